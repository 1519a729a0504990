"""Chatty replies, clinicians' shorthand and late-night texts (issue 11, round-8 sets released
for tuning): a headache told by posture is always a red flag, however the reply ends; a sign
pinned on something else, a name or a figure of speech is not the patient's.
"""

from __future__ import annotations

import pytest

from bot.triage import Level, triage

RED_FLAGS = [
    # a headache that comes upright and goes lying down is the spinal headache itself
    "headache only when I sit up, lay down and it's gone. no fever tho",
    "My head kills when I stand up. Fine laying down",
    "le dune la cabeza cuando se para, se le quita acostada",
    "headache when I stand, gone when I lie down",
    # wet from the catheter site is drainage
    "Sheet under my back was wet in morning, I think from catheter place. No headache.",
    "the bed was wet this morning from the catheter site",
    # the pain that the trial took away is back
    "the pain is back as it was before the trial",
    "el dolor volvió",
    # someone who may be the patient keeps their sign unless the writer says they are fine
    "the only one with a fever is my husband",
    "the only thing swollen is my incision",
    # a review of this round's rules: a capitalised word, a real word one letter from a sign
    # and a spelling that is also a food are still read as the sign
    "Sarah Fainted at church",
    "He seized twice this morning",
    "I almost feint when I stood up",
    "Me dan chiles en la noche",
]

CALM = [
    "I'm good, no to all of it. The only swelling in this house is my husband's ankles "
    "because he won't stop eating chips",
    "Just letting you know I'm in Florida visiting my son for two weeks so if I don't answer "
    "fast that's why. Everything healing fine, no problems",
]


@pytest.mark.parametrize("text", RED_FLAGS)
def test_a_red_flag_in_a_chatty_or_sleepy_reply_reaches_a_nurse(text: str) -> None:
    assert triage(text, answering="symptom_check").level in {Level.URGENT, Level.EMERGENCY}


@pytest.mark.parametrize("text", CALM)
def test_a_sign_that_is_not_the_patients_raises_no_flag(text: str) -> None:
    assert triage(text, answering="symptom_check").level is Level.OK


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("yse", Level.URGENT),  # a typed "yes" to the symptom question
        ("my mom dropped to the floor", Level.EMERGENCY),
        ("he doesn't answer when I shake him", Level.EMERGENCY),
        ("can't swallow my medication, throat swelling", Level.EMERGENCY),
    ],
)
def test_the_words_near_a_calm_reading_still_count(text: str, level: Level) -> None:
    assert triage(text, answering="symptom_check").level is level


def test_a_grandson_dropped_off_is_not_a_faint_and_big_pills_are_not_a_swallowing_sign() -> None:
    text = (
        "Could you tell the pharmacy to switch the stool softener? I can't swallow the big "
        "pills, never could. Also my grandson's mama dropped him off here"
    )
    assert triage(text, answering="symptom_check").level is not Level.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "4. Negative fever, negative headache, negative leak. Over.",
        "Negative on fever, negative on redness, negative on swelling. Pain is what it is, not "
        "worse.",
        "I'm good. Just sore where they cut, about what I expected, not getting worse.",
        "All good here. It's 104 outside so I'm staying in the AC with my crosswords. No fever, "
        "no redness, no swelling",
        "No headache, which I was worried about because my friend Pat got one of those spinal "
        "headaches after her epidural years ago, but nope not me",
        "6, pero mejor de lo que estaba antes de la prueba que era un 9 diario. Sin fiebre ni "
        "dolor de cabeza.",
    ],
)
def test_service_and_clinic_talk_and_other_peoples_signs_are_good_news(text: str) -> None:
    assert triage(text, answering="trial_check").level is Level.OK


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("10-4, all negative", Level.ROUTINE),  # radio talk, not a pain of 10
        ("10", Level.URGENT),  # a pain of 10
        ("no fever, getting worse", Level.URGENT),
        ("I'm at 104 after the sauna", Level.EMERGENCY),
    ],
)
def test_numbers_and_worse_still_read_right(text: str, level: Level) -> None:
    assert triage(text, answering="trial_check").level is level
