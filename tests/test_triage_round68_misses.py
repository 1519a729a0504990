"""Found while tuning on round 67's released sets (EEEE): EEEE3's missed red flag, a rising
score told after "but" to the catheter-site check-in ("site ok but 4 now" after a 2); a
bladder pill or bladder botox read as a bladder out of control; "go in the sweat this weekend"
(a sweat lodge) read as sweating. The safety review's finds: "no bladder control since
yesterday" and "my bladder gave out" were read only by the learned reader. Three reviewed red
flags the retrained reader stopped raising, now read by rules: "I past out", an itch "like
always" that "started after the pump was filled", gums bleeding "ya llené una toalla". Beside
each, the red flag it must not hide."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    ("site ok but 4 now", "after_trial_check", 2, "urgent"),
    ("site ok but 1 now", "after_trial_check", 2, "ok"),
    ("no fever, 7 today", "symptom_check", 5, "urgent"),
    (
        "No. Took my bladder pill and my pain med on schedule, all good",
        "symptom_check",
        None,
        "routine",
    ),
    ("bladder meds? my bladder let go on the way to the bathroom", None, None, "emergency"),
    ("bladder pill didnt help, peed on the floor twice", None, None, "urgent"),
    (
        "no bladder control since yesterday, took the medication the urologist gave me",
        None,
        None,
        "emergency",
    ),
    (
        "my bladder gave out in the car, im on meds for it but this is new",
        "symptom_check",
        None,
        "emergency",
    ),
    ("no bladder control issues, all good", "symptom_check", None, "routine"),
    ("is it ok to go in the sweat this weekend? its for my nephew", None, None, "routine"),
    ("woke up in the sweats tonight after my dose got cut", None, None, "urgent"),
    ("missed my dose and broke out in a sweat", None, None, "urgent"),
    ("I past out for a few seconds when I stood up this morning", "symptom_check", 3, "emergency"),
    ("the past out of town trip was fun", None, None, "routine"),
    ("I past out early last night, slept 9 hrs", None, None, "routine"),
    ("he has no pulse", None, None, "emergency"),
    ("no pulse ox at home, is that ok", None, None, "routine"),
    (
        "Itchy like always. It started after the pump was filled yesterday and its everywhere.",
        None,
        None,
        "urgent",
    ),
    ("Me sangran las encías como siempre, ya llené una toalla", None, None, "emergency"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
