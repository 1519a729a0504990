"""One parametrized test for a round's released replies: each read at its labelled level."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.triage import triage

Case = tuple[str, str | None, float | None, str]


def read_at_their_levels(cases: Sequence[Case]) -> Callable[..., None]:
    """Return a test that triages each (text, answering, last_pain, level) case in its
    context and asserts its level; assign it to a module's ``test_...`` name."""

    @pytest.mark.parametrize(("text", "answering", "last_pain", "level"), cases)
    def test_reply_is_read_at_its_level(
        text: str, answering: str | None, last_pain: float | None, level: str
    ) -> None:
        assert triage(text, answering=answering, last_pain=last_pain).level.value == level

    return test_reply_is_read_at_its_level
