"""A sign told as gone or denied in a second-language shape is good news; its twin that
says the sign stays is still a red flag (issue 11, round-7 sets released for tuning).

Each good-news reply here went to a nurse before; each twin beside it must keep going. A
real word is not taken for a sign word one letter away, while misspelt signs still count.
"""

from __future__ import annotations

import pytest

from bot.triage import Level, triage

GONE_OR_DENIED = [
    "Headache was first day when I stand up, now gone completely.",
    "Was little red around sticker two days ago, now gone. No fever.",
    "Fine. It was a little pink the day they pulled it but it's normal color now",
    "Pain 5. Headache is no. Fluid no.",
    "5 maybe. Head no pain.",
    "Im ok. the swelling they warned me about never happened",
    "la fiebre nunca llegó",
    "hola soy la nieta, nomas para decir que esta bien, ya no le ha dado fiebre desde el viernes",
    "no le ha dado fiebre",
]

STILL_THERE = [
    ("fever yesterday, now worse", Level.URGENT),
    ("it was fine yesterday, now red", Level.URGENT),
    ("Redness on Monday, now gone but the fever is 101", Level.URGENT),
    ("headache is no better", Level.URGENT),
    ("fever is no. redness is yes", Level.URGENT),
    ("the fever never went away", Level.URGENT),
    ("no le ha bajado la fiebre", Level.URGENT),
    ("no se le ha quitado lo rojo", Level.URGENT),
    ("todavía no se le quita la hinchazón", Level.URGENT),
    ("no se ha desmayado pero tiene fiebre", Level.URGENT),
    ("no, he fainted", Level.EMERGENCY),
]


@pytest.mark.parametrize("text", GONE_OR_DENIED)
def test_a_sign_gone_or_denied_is_good_news(text: str) -> None:
    assert triage(text, answering="symptom_check").level is Level.OK


@pytest.mark.parametrize(("text", "level"), STILL_THERE)
def test_a_sign_that_stays_still_reaches_a_nurse(text: str, level: Level) -> None:
    assert triage(text, answering="symptom_check").level.rank >= level.rank


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("can I get injections of vitamin B here also?", Level.ROUTINE),
        ("the incision looks small and clean", Level.OK),
    ],
)
def test_a_real_word_is_not_read_as_a_sign_one_letter_away(text: str, level: Level) -> None:
    assert triage(text, answering="symptom_check").level is level


@pytest.mark.parametrize(
    "text",
    [
        "feaver last nite",
        "its sweling",
        "bleading a little",
        "the site got infectd",
        "es normal q me duela mas cada dia?",
        "I am tired to live with this pain. Better to die. Sorry that I write this.",
    ],
)
def test_a_misspelt_or_second_language_sign_still_reaches_a_nurse(text: str) -> None:
    assert triage(text, answering="symptom_check").level in {Level.URGENT, Level.EMERGENCY}


def test_better_to_die_is_an_emergency() -> None:
    assert triage("Better to die. Sorry that I write this.").level is Level.EMERGENCY
