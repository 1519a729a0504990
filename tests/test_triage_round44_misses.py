"""Found while tuning on round 43's released sets: reviewed red flags the retrained reader
dropped, now rules — "me cuesta caminar" said alone, sight gone blurry "de un ojo", and an
old man "not answering me when I shake him" though a phone is named after it. Then what a
review of rounds 42 and 43's whole change found those rounds' rules missing: "she past out
again", "Grandma past out at church", "se quedó tirado en el suelo, ¿le damos agua?", numb legs
or numbness "down there" beside not being able to pee in any order and in Spanish, "mi pierna se
siente muerta", "found her on the bathroom floor, is she going to be ok", a face that feels
funny "and this is new", "my back went from 0 to 10", "small small o". Beside them, the
counter-cases that keep their level: cookies "past out" to the nurses, legs that are not numb,
"what if his legs go numb and he cant pee?", a father found on the floor fixing the
dishwasher, steps that went from 0 to 10 thousand, eye drops that blur for a few minutes, "me
cuesta caminar" up a hill, and a son "not answering, not because his phone is dead, he went
fishing". (The round's blurry-sight rule read "her eye is drooping and blurry" as only urgent
and "never had my vision this blurry" as a denial; it was narrowed to one eye. The exception
"not because his phone" sent fishing trips to 911; it was removed.) Last, what a review of
the session's whole change found: "Dad past out early this morning", "her son past out", sight
blurry in one eye in other word orders, numb legs and not peeing told in two sentences or with
"me cuesta caminar", "me cuesta trabajo caminar", "small small pain"; and its counter-cases:
blurry sight "ya no", legs that "aren't numb", feet "muertos de tanto caminar jaja", "I past
out early last night, slept 9 hrs"."""

from __future__ import annotations

from bot.domain.levels import Level
from bot.triage import triage
from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # reviewed red flags the retrained reader dropped, now rules
    ("me cuesta caminar", "symptom_check", None, "urgent"),
    ("la vista se le puso borrosa de un ojo y nunca regresó", None, None, "urgent"),
    (
        "Grandpa not answering me when I shake him, not because his phone was dead. All good "
        "with the wound but this is new",
        None,
        None,
        "emergency",
    ),
    # what the whole-change review found missing
    ("she past out again", None, None, "emergency"),
    ("Grandma past out at church this morning", None, None, "emergency"),
    ("se quedó tirado en el suelo, está bien que le demos agua?", None, None, "emergency"),
    ("numb legs and can't pee", None, None, "emergency"),
    ("can't pee and my legs are numb", None, None, "emergency"),
    ("no puede orinar y tiene las piernas débiles", None, None, "emergency"),
    ("numb down there and can't pee", None, None, "emergency"),
    ("mi pierna se siente muerta", None, None, "urgent"),
    ("found her on the bathroom floor, is she going to be ok", None, None, "emergency"),
    ("my back went from 0 to 10 what should i do", None, None, "urgent"),
    ("small small o", "symptom_check", None, "urgent"),
    # what a last review of the session's whole change found missing
    ("Dad past out early this morning in the bathroom", None, None, "emergency"),
    ("her son past out at work", None, None, "emergency"),
    ("se le puso borrosa la vista de un ojo", None, None, "urgent"),
    ("veo borroso de un ojo", None, None, "urgent"),
    ("I can't pee. My legs are numb too", None, None, "emergency"),
    ("me cuesta caminar y no puedo orinar", None, None, "emergency"),
    ("me cuesta trabajo caminar", None, None, "urgent"),
    ("small small pain", "symptom_check", None, "urgent"),
    # counter-cases that keep their level
    ("ya no tengo la vista borrosa de un ojo, todo bien", None, None, "ok"),
    ("legs aren't numb but he can't pee", None, None, "urgent"),
    ("tengo los pies muertos de tanto caminar jaja", None, None, "routine"),
    ("I past out early last night, slept 9 hrs", None, None, "routine"),
    (
        "Mom past out the cookies to the nurses, she says thank you all, doing well",
        None,
        None,
        "ok",
    ),
    (
        "her legs are not numb or weak, she just cant pee since the catheter came out",
        None,
        None,
        "urgent",
    ),
    ("found dad on the kitchen floor fixing the dishwasher lol, says hes fine", None, None, "ok"),
    ("pain is fine, steps went from 0 to 10 thousand, what a week", None, None, "routine"),
    ("Eye drops make my eyes blurry for a few min, otherwise fine", None, None, "ok"),
    ("me cuesta caminar de subida, siempre me ha costado, lo demás bien", None, None, "ok"),
    (
        "He's not answering, not because his phone is dead, he went fishing. He said all is good",
        None,
        None,
        "ok",
    ),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)


def test_a_face_that_feels_funny_and_new_goes_to_a_nurse() -> None:
    for text in ("my face feels funny and this is new", "face feels odd when I talk"):
        assert triage(text).level.rank >= Level.URGENT.rank, text
