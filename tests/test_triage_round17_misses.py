"""Red flags of round 17's released sets (GG1-GG5) that were read as ok, each beside the
counter-cases that must keep their level."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # an alarm that sounded is checked even when it has stopped
    (
        "the pump alarm went off twice this morning and then stopped",
        "symptom_check",
        None,
        "urgent",
    ),
    ("pump alarm went off then stopped", None, None, "urgent"),
    ("the pump stopped beeping after the refill", "symptom_check", None, "ok"),
    ("pump is not beeping", "symptom_check", None, "ok"),
    # the posture first, then the head
    (
        "every time I stand up my head pounds. lying down its fine. pain 4",
        "trial_check",
        None,
        "urgent",
    ),
    ("when I sit up my head hurts", None, None, "urgent"),
    ("headache gone, pain 4", "trial_check", None, "ok"),
    # a hedged score is a score
    ("about a 6 now, was better on the trial", "after_trial_check", 3.0, "urgent"),
    ("about a 2 now", "after_trial_check", 5.0, "ok"),
    ("about 5 maybe 7 today, increasing", "symptom_check", None, "urgent"),
    ("5 maybe 7 today, increasing", "symptom_check", None, "urgent"),
    ("4 and rising", "trial_check", None, "urgent"),
    ("6 today, not rising", "trial_check", None, "ok"),
    # found on the floor; a wish to disappear
    ("sorry, mom not answering me, shes on the floor", None, None, "emergency"),
    ("la encontre tirada en el suelo", None, None, "emergency"),
    ("I want to disappear before I become a burden", None, None, "emergency"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
