"""Hill-country, church, office, South American and reservation voices (issue 11, round-9 sets
released for tuning): their ways of saying no, their everyday phrases that hold a sign word,
and the signs they tell in their own words.
"""

from __future__ import annotations

import pytest

from bot.triage import Level, triage

RED_FLAGS = [
    ("no fever. but when she stands up to cook her head just pounds, lays down its better", "u"),
    ("tengo fiebre 39 y mi mamá dice que estoy diciendo cosas raras, no sé ni qué día es hoy", "e"),
    ("9/10 pain", "u"),
    ("he took too much of his pills", "e"),
    ("discharge from the incision", "u"),
    ("10 today, is that the worst?", "u"),
    # a caregiver's "doing good" is not the patient's: the relative may be the patient
    ("Doing good. Hubby has a fever of 101 and chills", "u"),
]

GOOD_NEWS = [
    "Nary a bit of fever. Bit sore where they cut but its healing right along",
    "Not a bit of redness. The swelling I had last week is gone, its flat as a pancake now",
    "Quick update: feeling decent. Sore but nothing crazy. No fever/redness/swelling.",
    "I ate too much banana puddin and dressing, but other than that I'm fine. No fever",
    "Looks fine to me. Nothing coming out of it",
    "Qué pena con usted no contestar antes. Estoy bien, sin fiebre ni nada",
    "No fever. I got a little cough from my allergies but that's every spring",
    "6/10 pain",
    # a common word is not a misspelling of another ("showed" is not "shower")
    "Doing well. The redness they warned me about never showed up and the little swelling I "
    "had in the hospital is gone.",
    "I'm doing fine. The swelling by the pump pocket that I had last week has gone down "
    "completely, flat as a pancake now. No fever",
]

QUESTIONS = [
    "Is 0 no pain or is 10 no pain? I dont want to tell it wrong",
    "No sé cómo medirlo, el 10 es lo peor o lo mejor?",
    "no fever none of that. can he go in the sweat lodge this weekend",
    "Who is my nurse contact now? Got a new number in the discharge packet.",
    "I'm fine. Can I go to the fish fry Saturday, it's them hard benches at the fellowship hall",
    "signal real bad out here, will text when we go to town",
]


@pytest.mark.parametrize(("text", "level"), RED_FLAGS)
def test_a_sign_told_in_ones_own_words_reaches_a_nurse(text: str, level: str) -> None:
    at_least = Level.EMERGENCY if level == "e" else Level.URGENT
    assert triage(text, answering="trial_check").level.rank >= at_least.rank


@pytest.mark.parametrize("text", GOOD_NEWS)
def test_a_no_in_ones_own_words_and_everyday_phrases_are_good_news(text: str) -> None:
    assert triage(text, answering="symptom_check").level is Level.OK


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_around_a_sign_word_is_a_question_not_a_flag(text: str) -> None:
    assert triage(text, answering="trial_check").level is Level.ROUTINE
