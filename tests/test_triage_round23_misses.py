"""Round 22's released sets (LL1-LL5) read at the wrong level, each beside the counter-cases
that must keep their level: "rigors" are chills (a red flag read as ok); "never been worse" is
the worst; "nobody called" is a call owed; "better off gone", "what's the point anymore" are
emergencies and "I can't do this anymore", "feel like garbage", "rough night" are bad (found by
round 23's safety review, read low before it). Round 23's drafts also read "no s/sx
infection", "¿está abierta la clínica?", "my alarm date", "I've seen worse", "didn't take pain
pills", "usually a 10" and "sitting in 104 water" as no sign; the review found each of those
rules hid red flags (ROUND_23 in tests/test_triage_reviewed_drops_round15.py), so they were
removed and those replies keep their old reading."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # rigors: shaking chills, a red flag whatever the thermometer says
    ("had rigors about an hour ago, temp 100.2 now", "first_check_in", None, "urgent"),
    ("no rigors", "symptom_check", None, "ok"),
    # never worse: the worst it has been
    ("I have never seen worse", "symptom_check", None, "urgent"),
    ("it has never been worse", "symptom_check", None, "urgent"),
    ("nunca ha estado peor", None, None, "urgent"),
    ("not worse", "symptom_check", None, "ok"),
    ("never felt better", "symptom_check", None, "ok"),
    # a call promised and not made reaches a nurse
    (
        "Nothing wrong, pain about 4. But they said someone would call about the implant date "
        "and nobody did",
        "after_trial_check",
        4.0,
        "routine",
    ),
    ("nadie me llamo", None, None, "routine"),
    # despair
    ("better off gone", None, None, "emergency"),
    ("whats the point anymore", None, None, "emergency"),
    ("whats the point of the brace?", None, None, "routine"),
    ("cant do this anymore", None, None, "urgent"),
    ("feel like garbage", None, None, "urgent"),
    ("rough night", None, None, "urgent"),
    ("no rough night, slept great", "symptom_check", None, "ok"),
    # kept at their old reading: the drafts that lowered these hid red flags
    ("No s/sx infection site red warm and swollen", "symptom_check", None, "urgent"),
    ("la costura esta abierta la clinica no abre hasta el lunes", None, None, "urgent"),
    ("critical alarm day 2", None, None, "urgent"),
    ("good. incision sells funny", "symptom_check", None, "urgent"),
    ("3 in the morning, usually 9 by bedtime", "trial_check", 5.0, "urgent"),
    ("he's 102 water not staying down", None, None, "urgent"),
    ("Doing good. I had a few other questions about my refill", "symptom_check", None, "routine"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
