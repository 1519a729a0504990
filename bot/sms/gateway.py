"""Hand text messages to an SMS provider: the console on a laptop, Twilio in production.

Every gateway has a ``name`` and two methods: ``send(to, body, status_callback=)`` returns
what the provider said (:class:`Accepted`) or raises :class:`~bot.errors.TemporarySendError`
(worth retrying) or :class:`~bot.errors.PermanentSendError` (never retry; a nurse must act);
``find_sent`` looks for a text whose answer never came.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class Accepted:
    """What the provider said when it took a message."""

    sid: str
    status: str


class Gateway(Protocol):
    """Anything that can hand one text message to an SMS provider."""

    name: str

    def send(self, to: str, body: str, *, status_callback: str | None = None) -> Accepted:
        """Send ``body`` to the E.164 number ``to`` and return the provider's answer."""
        ...

    def find_sent(self, to: str, body: str, *, since: datetime) -> Accepted | None:
        """Return the provider's record of this text to this number since then, if any."""
        ...
