"""Replies of round 16's released sets (FF1-FF5) that were misread, each beside the
counter-cases that must keep their level: the rule that fixed the one must not drop the
other."""

from __future__ import annotations

import pytest

from bot.triage import triage

CASES = [
    # "tantito" is "a little": a yes to the symptom question
    ("Tantito, pero aguanto", "symptom_check", "urgent"),
    ("un tantito nomas", "symptom_check", "urgent"),
    # the pain no longer felt is no numb leg
    ("Un 2. Ya no siento ese dolor en la pierna que traiba", "trial_check", "routine"),
    ("no siento la pierna", None, "emergency"),
    # sayings and names one letter from a sign
    (
        "Nope all good. Out roasting chile with my brother, the whole yard smells like heaven",
        "symptom_check",
        "ok",
    ),
    ("Fine. House smells like my wife's pecan pies", "symptom_check", "ok"),
    ("the incision smells bad", None, "urgent"),
    # "Marcos" stays matched to "mareos" (dizziness): autocorrect writes one for the other
    ("me dan marcos cuando me levanto", None, "urgent"),
    ("mareos y vomito desde anoche", None, "urgent"),
    (
        "This is her granddaughter Keisha, grandma say she fine, no fever, she sitting on the "
        "porch shelling peas",
        None,
        "ok",
    ),
    ("All good. Sox lost again tho so that's the real pain", None, "ok"),
    ("no probs", "symptom_check", "ok"),
    # "itching to get back out" is a wish; "behaving" stays unknown ("dry behaving" is heaving)
    ("Nope. Shrimp season open and I'm itching to get back out there", "symptom_check", "ok"),
    ("my incision is itching like crazy and red", None, "urgent"),
    (
        "Just an update, went to sick call for my allergies, doc said incision looks good",
        None,
        "ok",
    ),
    ("I need to update my insurance, we switched to Blue Cross", None, "routine"),
    ("his lips are blue", None, "emergency"),
    ("He walked up to the morada for the procession, doing so much better", None, "ok"),
    ("se le puso la boca morada", None, "emergency"),
    # the weather
    ("Hot as blazes in NC but Im doing fine. no fever", None, "ok"),
    ("my incision is hot as hell", None, "urgent"),
    # good news and questions told from statements
    ("Pain's down, I'm down to half the pills they gave me", None, "ok"),
    ("6. No headache. Its working better than the pills did", "trial_check", "ok"),
    # "Can barely ..." after a stop may be a sign ("can barely swallow"): it stays before a nurse
    ("Healed up nice. Can barely see it", None, "routine"),
    ("Good morning. Can barely swallow", None, "emergency"),
    ("Feeling hot as hell today", None, "urgent"),
    ("The incision smells like rotten bacon", None, "urgent"),
    ("I'm sick call me", None, "urgent"),
    ("I want to quit living in this brace lol, when can I stop wearing it", None, "routine"),
    ("my heart is racing", None, "urgent"),
    ("My tongue feels fat", None, "emergency"),
    ("Bien, bien. Con el favor de Dios", "first_check_in", "ok"),
    ("negative all around. will advise if anything changes", "symptom_check", "ok"),
    (
        "I'm good. My husband's the one who needs a nurse, he threw his back out hauling "
        "chile sacks 😂",
        None,
        "ok",
    ),
    ("Copy all. Is ibuprofen ok", None, "routine"),
    (
        "no. Weathers nasty here in Norfolk, rain all week, but the back doesnt care for once",
        None,
        "ok",
    ),
    # a wish to die, said in other words
    ("I want to quit everything so bad", None, "emergency"),
    ("I want to be with Jesus so bad, I'm done", None, "emergency"),
]


@pytest.mark.parametrize(("text", "answering", "level"), CASES)
def test_reply_is_read_at_its_level(text: str, answering: str | None, level: str) -> None:
    assert triage(text, answering=answering).level.value == level
