"""Found while tuning on round 46's released sets. Reviewed red flags the retrained reader dropped,
now rules: "me cuesta caminar y es algo nuevo" said to its end, "having trouble walking today",
"not once before has my vision been this blurry". An ordinary question read as a sign: "is that
a bad combo?". Beside them, the counter-cases that keep their level, most from the round's
safety review, which removed four lowering rules ("its so hot out", "roads ... are bad", "the
sujood is hard" and "mornings are hard", "tape goo") because each hid real red flags (their
probes are ROUND_47 in test_triage_reviewed_drops_round15.py), narrowed "bad mix" out and
narrowed every raising rule above after it sent ordinary replies to a nurse. Last, what a review
of the session's whole change found: drug teas "a bunch of" (the drink exception now steps aside
when a drug is named), double vision and a clouding sight, new stumbling, blue lips two words
from "como azulitos", pee that dribbles, and "thankful for this pump" that hid a sign after it
(now good news only at the reply's end)."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # reviewed red flags the retrained reader dropped, now rules
    ("me cuesta caminar y es algo nuevo", None, None, "urgent"),
    ("having trouble walking today", None, None, "urgent"),
    ("not once before has my vision been this blurry", None, None, "urgent"),
    # an ordinary question read as a sign
    (
        "no fever. can I take my usual zolpidem with the pump or is that a bad combo?",
        "symptom_check",
        None,
        "routine",
    ),
    # what a review of the session's whole change found missing
    ("He drank a bunch of tea from poppy pods last night for the pain", None, None, "emergency"),
    ("double vision since this morning", None, None, "urgent"),
    ("veo doble desde la mañana", None, None, "urgent"),
    ("se me nubla la vista desde ayer, antes no", None, None, "urgent"),
    ("se tropieza mucho al caminar, antes no le pasaba", None, None, "urgent"),
    ("sus labios se ven como azulitos", None, None, "emergency"),
    ("So thankful for my pump! Kinda sleepy, and my pee only dribbles out", None, None, "urgent"),
    ("I'm thankful for this pump, pain is a 7 today", None, None, "routine"),
    ("no double vision", "symptom_check", None, "ok"),
    # counter-cases that keep their level, from the round's safety review
    (
        "There was a bad mix up at the pharmacy and I took the wrong pills this morning",
        None,
        None,
        "urgent",
    ),
    ("Does everyone have trouble walking after the trial?", None, None, "routine"),
    ("Me cuesta caminar, no es algo nuevo", None, None, "routine"),
    (
        "Not once before has my vision been this blurry, but the eye doctor dilated my eyes today, "
        "it'll pass",
        None,
        None,
        "routine",
    ),
    ("I feel hot out of nowhere", None, None, "urgent"),
    ("green goo on the tape", None, None, "urgent"),
    ("Wound this morning is kinda hard, not red tho", None, None, "urgent"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
