"""Found while tuning on round 59's released sets: good news and small questions a nurse would
never want as red flags ("nno fever nno swelling", warm paraffin on arthritic hands, "bump up my
pramipexole", "allergies bad (sneezing)", the orchard's drip lines, "usual lousy sleep", knobby
fingers that "make texting hard", "get the tape gunk off"), beside the red flags they must not
hide. And the reviewed red flags the reader retrained on round 59's sets dropped, now rules: "I
used my whole bottle of pills today", "his hands won't work since last night", and a relative
unsure whether the heat is "her or the sun"."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    ("nno fever nno swelling", "symptom_check", None, "ok"),
    (
        "No redness. The warm paraffin on my hands helps as always and the pump is doing its job "
        "on the back",
        "symptom_check",
        None,
        "ok",
    ),
    (
        "no. my neurologist wants to bump up my pramipexole, is that ok with the pump meds",
        "symptom_check",
        None,
        "routine",
    ),
    ("there's a bump up by my pump", None, None, "urgent"),
    ("3. Allergies bad (sneezing) but no fever or headache", "trial_check", None, "ok"),
    ("allergic reaction is bad, my throat is swelling", None, None, "emergency"),
    (
        "Everything's fine. She's out in the almond orchard with her dad checking the drip "
        "lines, can't keep her down",
        "symptom_check",
        None,
        "ok",
    ),
    ("red lines going up from the incision", None, None, "urgent"),
    ("fine, usual lousy sleep but the pain is better", "first_check_in", None, "ok"),
    (
        "Better each day. Knobby fingers make texting hard so forgive the typos. no fever",
        "first_check_in",
        None,
        "ok",
    ),
    ("fine. what can i use to get the tape gunk off", "after_trial_check", None, "routine"),
    ("I used my whole bottle of pills today", None, None, "emergency"),
    (
        "He didn't answer because he can't text, his hands won't work since last night",
        None,
        None,
        "urgent",
    ),
    ("Felt her skin, so hot out here, dont know if its her or the sun", None, None, "routine"),
]

# A call asked for, then "mejor" (better by phone): the request stays with a nurse.
ASKED_TO_CALL = [
    (
        "¿hay alguien que hable español que me pueda llamar? mejor por telefono",
        None,
        None,
        "routine",
    ),
    ("me? doing great", "first_check_in", None, "ok"),
]

# The session's whole-change review: what the new raising rules must not catch.
NOT_RAISED = [
    ("coughing non stop no blood", "symptom_check", None, "ok"),
    ("wound looks fine, nurse said leave it a bit open to air", "first_check_in", None, "ok"),
    ("my hands don't work since my stroke years ago, otherwise fine", "first_check_in", None, "ok"),
    ("used my whole bottle of pills over 3 weeks, how do I get another", None, None, "routine"),
    (
        "dont know if its her or the weather, she's just cranky today, no fever",
        "symptom_check",
        None,
        "ok",
    ),
    ("new drip streaks again this morning", "after_trial_check", None, "urgent"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES + NOT_RAISED + ASKED_TO_CALL)
