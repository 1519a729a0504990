"""Round 23's released sets (MM1-MM5) read at the wrong level, each beside the counter-cases
that must keep their level: a fever "at night ... then ok in day time" keeps coming back (a
red flag read as routine). Round 24's draft also read Tongan "malo lava", "pink eye", "purple
scrubs", "hot pot" and "104 degrees at the park" as no sign, and made "preguntar", "ask can"
and "I don't know what you mean" questions; its safety review found each hid red flags
(ROUND_24 in tests/test_triage_reviewed_drops_round15.py), so they were removed. From the
review: blue fingertips are an emergency, "can't get out of bed" is bad, "barely surviving"
reaches a nurse."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a fever that comes back every night
    (
        "hot at night 101 then ok in day time. my wife says call, so here i am lol",
        "first_check_in",
        None,
        "urgent",
    ),
    ("fiebre en la noche y bien en el dia", None, None, "urgent"),
    (
        "All good. The headache went away after the first day like they said it might",
        "after_trial_check",
        None,
        "ok",
    ),
    ("pain much better in the morning", "after_trial_check", 4.0, "ok"),
    ("was a bit dizzy, better the next day", None, None, "ok"),
    # from the review
    ("his fingertips look a little blue shirt off so i can see his chest", None, None, "emergency"),
    ("minimal pain before, now can't get out of bed", None, None, "urgent"),
    ("barely surviving", None, None, "routine"),
    ("surviving and thriving, all good", "symptom_check", None, "ok"),
    # kept at their old reading: the drafts that lowered these hid red flags
    ("incision looks red eye doctor appt tomorrow too", None, None, "urgent"),
    ("site is hot pot roast for dinner tho", None, None, "urgent"),
    ("me siento muy malo, lava la herida mi nieta", None, None, "urgent"),
    ("104 degrees at the park, we came home", None, None, "emergency"),
    ("Muy bien, gracias por preguntar", "first_check_in", None, "ok"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
