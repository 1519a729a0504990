"""A generated grid: every sign, told as getting worse or as denied or gone, in both languages.

Issue 11: the plainest phrasings of a change were missed. Each sign of the clinic's list is
put into the common templates of an increase ("more", "worse", "a little more", "than
yesterday", "went up", "más", "peor") and of a reassurance ("no", "gone", "better", "less
than before surgery", "bajó"); every increase must reach a nurse as at least urgent, and
every denial or resolution must be read as good news.
"""

from __future__ import annotations

import pytest

from bot.triage import Level, triage

# (sign, article) per language; the article makes the Spanish read naturally.
SIGNS_EN = ["fever", "redness", "swelling", "drainage", "pain", "headache", "numbness"]
SIGNS_ES = [
    ("fiebre", "la"),
    ("enrojecimiento", "el"),
    ("hinchazón", "la"),
    ("supuración", "la"),
    ("dolor", "el"),
    ("dolor de cabeza", "el"),
    ("adormecimiento", "el"),
]

WORSE_EN = [
    "more {s}",
    "more {s} today",
    "a little more {s}",
    "a little more {s} than yesterday",
    "more {s} than yesterday",
    "the {s} is worse",
    "{s} worse today",
    "the {s} got worse",
    "the {s} went up",
    "{s} is a bit worse than yesterday",
]
WORSE_ES = [
    "más {s}",
    "más {s} hoy",
    "un poco más de {s}",
    "más {s} que ayer",
    "{a} {s} está peor",
    "{s} peor",
    "{a} {s} está peor que ayer",
    "{a} {s} subió",
    "tengo más {s}",
]
BETTER_EN = [
    "no {s}",
    "no {s} today",
    "the {s} is gone",
    "{s} is better",
    "the {s} went down",
    "less {s} than before surgery",
    "{s} is much better than yesterday",
]
BETTER_ES = [
    "sin {s}",
    "no tengo {s}",
    "ya no tengo {s}",
    "{a} {s} bajó",
    "{a} {s} está mejor",
    "menos {s} que antes de la cirugía",
    "ya se me quitó {a} {s}",
]


def _cases(templates: list[str], signs: list[tuple[str, str]]) -> list[str]:
    return [t.format(s=s, a=a) for t in templates for s, a in signs]


WORSE = _cases(WORSE_EN, [(s, "the") for s in SIGNS_EN]) + _cases(WORSE_ES, SIGNS_ES)
BETTER = _cases(BETTER_EN, [(s, "the") for s in SIGNS_EN]) + _cases(BETTER_ES, SIGNS_ES)


@pytest.mark.parametrize("text", WORSE)
def test_a_sign_getting_worse_reaches_a_nurse_at_once(text: str) -> None:
    assert triage(text).level.rank >= Level.URGENT.rank


@pytest.mark.parametrize("text", WORSE)
def test_a_sign_getting_worse_said_as_an_answer_is_still_urgent(text: str) -> None:
    assert triage(text, answering="symptom_check").level.rank >= Level.URGENT.rank


@pytest.mark.parametrize("text", BETTER)
def test_a_sign_denied_or_gone_is_good_news(text: str) -> None:
    assert triage(text).level is Level.OK


@pytest.mark.parametrize("text", BETTER)
def test_a_sign_denied_or_gone_answering_the_check_in_is_good_news(text: str) -> None:
    assert triage(text, answering="first_check_in").level is Level.OK
