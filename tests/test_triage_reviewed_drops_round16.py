"""Red-flag replies that a first draft of round 16's rules read lower than the version
before it, found by a safety review (a helper writing replies aimed at each new rule: animals
as someone else, "X is all", "has been worse", the television and the air conditioning as the
weather, seasonal allergies, a word no longer matched to a sign). Each must keep at least the
level the review judged right, or the level the version before read it at when that was
lower."""

from __future__ import annotations

from bot.triage import Level, triage

# (reply, what it answers, last pain score, the lowest level it may be read at)
ROUND_16 = [
    ("Both calves are swollen and tight, is that normal?", None, None, Level.URGENT),
    ("calves swollen and red, hurts to walk", "symptom_check", None, Level.URGENT),
    ("holy cow cant breathe chest tight", None, None, Level.EMERGENCY),
    ("night sweets every night since the surgery", None, None, Level.URGENT),
    ("site feels hot dogs keep jumping on me", None, None, Level.URGENT),
    ("the discharge notes say call if fever and I have 101.5", None, None, Level.URGENT),
    ("allergies fever 101 chills in october", None, None, Level.URGENT),
    ("Pain in my back, has been a lot worse.", "trial_check", 4.0, Level.URGENT),
    ("just a little swelling is all", None, None, Level.URGENT),
    ("Bit of a fever is all.", "symptom_check", None, Level.URGENT),
    ("just tired, little fever is all", "symptom_check", None, Level.URGENT),
    ("just a headache when I sit is all", None, None, Level.URGENT),
    ("headache sitting up is all.", None, None, Level.URGENT),
    ("a little soreness and swelling is all, nothing major", None, None, Level.URGENT),
    ("my pain is all most unbearable", None, None, Level.URGENT),
    ("the headache is all most constant when I sit up", None, None, Level.URGENT),
    ("Im hot even with the ac on high", None, None, Level.URGENT),
    ("Feeling hot, 100.9 and the AC is on", None, None, Level.URGENT),
    ("101.8 tv on all day in bed", None, None, Level.URGENT),
    ("Sometimes I want to disappear from this world", None, None, Level.EMERGENCY),
    ("my left calf is swollen", None, None, Level.URGENT),
    ("my calf is swollen and hurts", None, None, Level.URGENT),
    ("my calves are swollen", None, None, Level.URGENT),
    ("my calf is red hot and swollen", None, None, Level.URGENT),
    ("holy cow fever 102", None, None, Level.URGENT),
    ("holy cow I'm bleeding everywhere", None, None, Level.EMERGENCY),
    ("Fever 101 is all", None, None, Level.URGENT),
    ("little bit of swelling is all", None, None, Level.URGENT),
    ("only a slight fever is all", None, None, Level.ROUTINE),
    ("the pain is all most a 10", None, None, Level.URGENT),
    ("the headache is all most every time i stand", None, None, Level.URGENT),
    ("has been a lot worse", "trial_check", 4.0, Level.URGENT),
    ("101.5 in front of the tv", None, None, Level.URGENT),
]


def test_no_reviewed_red_flag_is_read_below_its_level() -> None:
    read_lower = [
        (text, found.level.value, at_least.value)
        for text, answering, last_pain, at_least in ROUND_16
        if (found := triage(text, answering=answering, last_pain=last_pain)).level.rank
        < at_least.rank
    ]
    assert read_lower == []
