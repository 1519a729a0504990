"""Replies read wrong when round 21 closed, each beside the counter-cases that must keep
their level: "mejor me la quitan" (rather remove it) is no "mejor" (better), and French
worsening ("ça empire", "c'est pire") is worse pain."""

from __future__ import annotations

import pytest

from bot.triage import triage

CASES = [
    # "mejor" opening a wish is what one would rather do, not feeling better
    ("quiero rendirme con esta bomba, mejor me la quitan", None, None, "routine"),
    ("mejor lo dejo asi", "symptom_check", None, "routine"),
    ("estoy mejor me duele menos", "symptom_check", None, "ok"),
    ("mejor, me siento bien gracias", "symptom_check", None, "ok"),
    # French worsening
    ("C est pire aujourd hui", "symptom_check", None, "urgent"),
    ("ça fait plus mal qu'hier", None, None, "urgent"),
    ("c'est pas pire, merci", "symptom_check", None, "ok"),
]


@pytest.mark.parametrize(("text", "answering", "last_pain", "level"), CASES)
def test_reply_is_read_at_its_level(
    text: str, answering: str | None, last_pain: float | None, level: str
) -> None:
    assert triage(text, answering=answering, last_pain=last_pain).level.value == level
