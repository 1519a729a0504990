"""Found while tuning on round 58's released sets and on the code before: the catheter's hole
"kind of open, not closed up" (round 58's one red flag read as routine), "non stop bleeding"
read as bleeding that stopped (ok), a numb foot "like it's asleep and won't wake up" read as
an unresponsive person, and good news or answers a nurse would never want to see: "Negative
👍", "nada, estoy trankila", "nothing cher", "no sé cómo contestar esto", a wood stove that
kept them warm, light that is hard on the eyes, dry eyes "bugging me", "I swear", "that's the
meds I think", the whole daycare sick."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    (
        "the hole where the catheter was is kind of open, not closed up",
        "after_trial_check",
        None,
        "urgent",
    ),
    ("the catheter hole hasnt closed up", "after_trial_check", None, "urgent"),
    ("the hole where the catheter was closed up nicely", "after_trial_check", None, "ok"),
    ("Non stop bleeding from the site", None, None, "emergency"),
    ("non stop bleeding", "symptom_check", None, "emergency"),
    ("my incision is bleeding non-stop", None, None, "emergency"),
    ("no more nonstop bleeding, it stopped yesterday", "symptom_check", None, "ok"),
    ("Non stop rain here but im fine", "first_check_in", None, "ok"),
    (
        "new numbness in my left foot since yesterday, like its asleep and wont wake up",
        "first_check_in",
        None,
        "urgent",
    ),
    ("he's asleep and wont wake up", None, None, "emergency"),
    ("Negative 👍", "symptom_check", None, "ok"),
    ("nada, estoy trankila", "symptom_check", None, "ok"),
    ("nothing cher", "symptom_check", None, "ok"),
    ("no se como contestar esto", "symptom_check", None, "routine"),
    ("no se como, no contesta", None, None, "emergency"),
    (
        "Doing well. Lost power a few hours with the wind but the wood stove kept us warm",
        "first_check_in",
        None,
        "ok",
    ),
    (
        "Doing great. Took a short walk, the light's hard on my eyes since the dilation",
        "first_check_in",
        None,
        "ok",
    ),
    ("Fine. Dry eyes bugging me as usual, using the tears", "symptom_check", None, "ok"),
    ("Incision looks like its bugging", None, None, "urgent"),
    (
        "what time is my appt tomorrow, I wrote it on a napkin and the dog ate it I swear",
        None,
        None,
        "routine",
    ),
    ("Im doing good. little tired but thats the meds i think", "first_check_in", None, "ok"),
    ("No. My grandson got a fever though, the whole daycare sick", "symptom_check", None, "ok"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
