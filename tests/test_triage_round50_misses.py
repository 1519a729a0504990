"""Found while tuning on round 49's released sets. A red flag read as routine: "Ya kind of" to
the check-in, a yes (the whole reply only: not "ya kinda busy today"). Ordinary words read as
unknown: "jeje", "y'all". Beside them, the counter-cases that keep their level, from the
round's safety review, which removed "or is ... bad" and "if ... is bad for the pump" as
questions, "the fever was my wife not me", "induction" and "iced" as known words and the Red
Raiders as a team, because each hid real red flags (their probes are ROUND_50 in
test_triage_reviewed_drops_round15.py). Last, reviewed red flags the retrained reader dropped,
now rules: "Mom has low pain, she's crying", a second dose "then took it again", and "not
answering, not because his phone is dead, I'm sitting right next to him"."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a red flag read as routine
    ("Ya kind of", "first_check_in", None, "urgent"),
    ("yeah sort of", "symptom_check", None, "urgent"),
    # ordinary words read as unknown
    ("negativo jeje", "symptom_check", None, "ok"),
    ("No, yall have a blessed day", "symptom_check", None, "ok"),
    # counter-cases that keep their level, from the round's safety review
    ("ya kinda busy today can I call later", "first_check_in", None, "routine"),
    ("can I take tylenol or is the swelling around my pump bad", None, None, "urgent"),
    ("the fever was my wife's not mine, but now I have it too", "symptom_check", None, "urgent"),
    ("the incision is red raiders won tho lol", None, None, "urgent"),
    # reviewed red flags the retrained reader dropped, now rules
    ("Mom has low pain, she's crying", "symptom_check", None, "urgent"),
    ("crying from the pain all night", None, None, "urgent"),
    ("Took the oxy then took it again an hour later, temp 99.9", None, None, "emergency"),
    (
        "he's not answering, not because his phone is dead, I'm sitting right next to him",
        None,
        None,
        "emergency",
    ),
    # and their counter-cases
    ("no pain, she's crying happy tears", "symptom_check", None, "ok"),
    (
        "He's not answering, not because his phone is dead, he went fishing. He said all is good",
        None,
        None,
        "ok",
    ),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
