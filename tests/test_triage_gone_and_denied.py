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


@pytest.mark.parametrize(
    "text",
    [
        "I read the paper you give, it say call if fever, stiff neck, cannot breathe. I don't "
        "have any of that, just want to say I am fine",
        "All clear! My wife read me the paper with the warning signs, fever, redness, swelling, "
        "pus, I have none of it",
        "Vi en el papel que me dieron todo lo que hay que vigilar, fiebre, rojo, pus, dolor de "
        "cabeza. Yo no tengo nada de eso, estoy tranquila.",
        "the leaflet you gave us says call if he has a fever with a stiff neck or confusion. just "
        "letting you know we read it and he has none of that lol. all good",
        "The paper from hospital say call if fever or red. I don't have any.",
        "Nothing from this list",
    ],
)
def test_a_leaflets_list_copied_out_and_denied_is_good_news(text: str) -> None:
    assert triage(text, answering="symptom_check").level is Level.OK


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the paper says call if fever and he has a fever of 102", Level.URGENT),
        ("the leaflet said watch for fever, now he can't breathe", Level.EMERGENCY),
        ("He ran out of the paper towels, blood soaking through the dressing", Level.EMERGENCY),
        ("Not sure if it's a side effect, fever 102 and shaking chills", Level.URGENT),
        ("No fever. Maybe side effects from the new dose, can't feel my legs", Level.EMERGENCY),
    ],
)
def test_a_sign_had_beside_a_leaflet_still_counts(text: str, level: Level) -> None:
    assert triage(text, answering="symptom_check").level.rank >= level.rank
