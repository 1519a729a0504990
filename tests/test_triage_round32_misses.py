"""Round 31's red flag read low on its one measure (UU3: a headache "better on the couch"),
now released, and a red flag the retrained reader stopped raising ("pain was at 10-4 this
morning"), each with the counter-cases that keep their level. The round's safety review
removed every lowering rule it was tried with (a usual migraine, a headache posture is said
not to change, a language "not spoken right"); its cases are ROUND_32 in
test_triage_reviewed_drops_round15.py. A later review of the session's change removed the last
one ("my migraine doctor" as no headache: it hid a fever with a severe headache)."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # lying told by where: the couch, the bed
    ("Headache when I get up, better on the couch. Site ok", "after_trial_check", 2.0, "urgent"),
    ("me duele la cabeza al pararme, se me quita en la cama", "trial_check", None, "urgent"),
    (
        "doing good, headache gone, sitting up on the couch watching tv",
        "first_check_in",
        None,
        "ok",
    ),
    ("doing good, no headache, standing fine, tired so back in bed", "first_check_in", None, "ok"),
    # a migraine told is a headache, whoever else is named beside it
    ("I have a migraine doctor said to call", None, None, "urgent"),
    ("fever 102 and severe neck pain, my migraine doctor said call you", None, None, "emergency"),
    ("my migraine doctor says this headache is from the pump", None, None, "urgent"),
    ("just my usual migraine", "symptom_check", None, "urgent"),
    # "10-4" after a pain word is a range told from its top; on its own it is "understood"
    ("pain was at 10-4 this morning", "symptom_check", None, "urgent"),
    ("back pain level 10-4", "symptom_check", None, "urgent"),
    ("10-4, all good", "first_check_in", None, "ok"),
    ("pain 4-5", "trial_check", None, "ok"),
    # a usual numbness with a word of it starting is not the usual
    ("feet numb as always, it started going up my legs this week", "symptom_check", None, "urgent"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
