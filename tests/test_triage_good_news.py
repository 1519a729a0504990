"""Good news is read as good news, and signs that are not the patient's stay out (issue 11).

Real replies are mostly good news wrapped in chit-chat, typos, blessings, Spanglish and
Caribbean phonetic Spanish; a nurse must not find them in her queue. Alarming words that
belong to someone else, a leaflet, a joke, the weather or the hot tub must not raise a
flag, in either language, while a relative's report about the patient still does.
"""

from __future__ import annotations

import pytest

from bot.triage import Level, triage


@pytest.mark.parametrize(
    "text",
    [
        "I'm doing find thank you",
        "bn grax",
        "ta bien",
        "toy bien, bendición",
        "toy bien grasias",
        "thumbs up",
        "doing good just tired",
        "This is his wife, hes doing fine today, no fever",
        "The trial worked great, pain went from 8 to 2",
        "pain 1/10 today",
        "less pain than before surgery",
        "menos dolor que antes de la cirugía",
        "pain is controlled and I'm walking more",
        "Getting there",
        "Denies fever, chills, redness. Pain 3/10.",
        "fever? no. redness? no. swelling? nope",
        "¿fiebre? no. ¿enrojecimiento? tampoco. todo bien",
        "All good, my granddaughter came to visit",
        "BP 120/80, temp 98.2, all good",
        "No chills, no sweats, no itching. Sleeping great.",
        "Legs strong, walking without cane now",
        "todo good gracias, no fever",
        "bien y usted?",  # a courtesy asks nothing a nurse must answer
        "Im fine, how are you doing?",
        "todo bien, y ustedes como estan?",
    ],
)
def test_good_news_with_ordinary_words_around_it_is_ok(text: str) -> None:
    assert triage(text).level is Level.OK


@pytest.mark.parametrize(
    "text",
    [
        "the pamphlet says call if trouble breathing, no trouble here, doing fine",
        "el folleto dice que llame si me falta el aire, pero estoy bien",
        "I almost passed out laughing at your text, im fine",
        "casi me desmayo de la risa con tu mensaje jaja, todo bien",
        "my grandson has a fever but I'm doing fine",
        "mi nieto tiene fiebre pero yo estoy bien",
        "Its 104 outside here in Phoenix but Im doing fine",
        "the hot tub was 104 and it felt great, doing good",
        "my sister passed out from the heat at the parade, shes ok. im fine too, no issues",
        "Husband's got a fever and the flu, I'm doing ok no symptoms",
        "watched greys, someone had a seizure, so dramatic. im fine, nothing like that here",
        "the show last night had a guy with a fever of 105, glad thats not me. im 98.6 and fine",
        "I was scared I'd pass out after the refill but nope, feeling normal",
        "compre un carro rojo jaja. la herida sin nada rojo",
    ],
)
def test_a_sign_that_is_not_the_patients_raises_no_flag(text: str) -> None:
    assert triage(text).level.rank <= Level.ROUTINE.rank


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my husband can't breathe", "emergency"),
        ("this is his wife, he has a fever", "urgent"),
        ("soy su esposa, tiene fiebre", "urgent"),
        ("mi esposo no puede respirar", "emergency"),
        ("no pue respirar bien mi mama", "emergency"),
        ("doing fine but the incision is red", "urgent"),
        ("todo bien gracias, solo que la herida está un poco roja", "urgent"),
        ("chest pain lol", "emergency"),  # no word that all is well: not read as a joke
        ("the game gave me chest pains lol. me? healing fine", "urgent"),  # a joke, still seen
        ("I fell yesterday but got up fine", "routine"),
        ("doing ok but hes been kinda zorblaxed", "routine"),  # turns to words nobody read
        ("doing good, when is my next appointment", "routine"),
        ("no fever, just wondering when my follow up is", "routine"),
        ("fine, how long do I wear the brace?", "routine"),
        ("e que me duele ma que ayer", "urgent"),  # Caribbean "más"
    ],
)
def test_a_relatives_report_and_a_sign_beside_good_news_still_count(text: str, level: str) -> None:
    assert triage(text).level.value == level


def test_not_with_a_thumbs_up_is_still_not_good() -> None:
    assert triage("not 👍").level is Level.URGENT
