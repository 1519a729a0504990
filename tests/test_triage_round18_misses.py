"""Replies of round 17's released sets (GG1-GG5) that were sent to a nurse, or raised to a red
flag, for a word that was not the patient's sign — each beside the counter-cases the round's
safety review wrote, which must keep their level."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # the pump at airport security is a question, not an alarm; an alarm at home still is
    (
        "Is it ok to fly to El Salvador in december with the pump? will it beep at the airport",
        None,
        None,
        "routine",
    ),
    ("will my pump alarm at the airport?", None, None, "routine"),
    ("will it alarm at the airport like it did all night at home?", None, None, "urgent"),
    ("Does it alarm at the airport? It alarmed twice this morning at home", None, None, "urgent"),
    ("my pump alarmed twice this morning", None, None, "urgent"),
    # IV fluids are no drainage; fluid on the dressing is
    (
        "Home and settled. Port got accessed for fluids today, pump site untouched and fine",
        "first_check_in",
        None,
        "ok",
    ),
    ("no, just drinking plenty of fluids like you said", "symptom_check", None, "ok"),
    ("lots of fluid by the catheter", None, None, "urgent"),
    ("IV fluids leaking at the site", None, None, "urgent"),
    ("they used the port that's red for fluids", None, None, "urgent"),
    # the pain scale asked about
    (
        "uhh what number was I supposed to say, is 0 no pain or worst pain",
        "trial_check",
        None,
        "routine",
    ),
    ("worst pain ever today", "symptom_check", None, "urgent"),
    # a shell is not a smell
    (
        "Feeling good. I left my reading glasses in pre op room 3, did anybody find them? "
        "tortoise shell",
        "first_check_in",
        None,
        "routine",
    ),
    ("the incision smells bad", None, None, "urgent"),
    # Dolores who signs the reply; dolores that are pains
    (
        "Hi its Dolores. Feeling much better this week, just checking in since I didnt hear "
        "from you",
        None,
        None,
        "ok",
    ),
    ("Hola soy Dolores, todo bien gracias", "symptom_check", None, "ok"),
    ("Hola Dolores de cabeza cuando me paro, acostada se me quita", None, None, "urgent"),
    ("Hola Dolores más fuertes que ayer", "symptom_check", None, "urgent"),
    # seasonal allergies are no allergic reaction; a reaction to a drug or tape still counts
    (
        "none. allergies are killing me tho, pollen count is crazy, sneezing my head off",
        "symptom_check",
        None,
        "routine",
    ),
    ("allergies acting up with all the ragweed, otherwise great", "symptom_check", None, "ok"),
    ("allergies to the tape, skin raw, sneezing", None, None, "urgent"),
    # a night's sleep is good news; sweating through it is not
    ("duerme toda la noche", "symptom_check", None, "ok"),
    ("slept whole night", "symptom_check", None, "ok"),
    ("duermo sudando toda la noche", None, None, "urgent"),
    ("slept sweating all night", None, None, "urgent"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
