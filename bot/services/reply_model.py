"""A patient's text as the webhook hands it over, and what the bot made of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.domain.phones import normalize_mobile
from bot.errors import InputError
from bot.triage import Finding

# Twilio joins a long text into at most 1,600 characters; anything past that is not a
# patient typing, and reading it would only cost time (triage is not linear in length).
READ_LIMIT = 1600


@dataclass(frozen=True)
class Incoming:
    """A text as Twilio hands it to the webhook."""

    message_sid: str
    from_phone: str
    body: str
    media: tuple[str, ...] = ()

    @property
    def readable(self) -> str:
        """Return the part of the body that is read (the whole body is stored)."""
        return self.body[:READ_LIMIT]


@dataclass(frozen=True)
class Given:
    """What a text spooled while the database was down was already answered."""

    answer: str
    language: str
    on_call_alerted: bool = False


@dataclass(frozen=True)
class Handled:
    """What the bot answers, and whether an alert now waits in the outbox."""

    answer: str
    language: str
    reply_id: int
    alert_queued: bool = False
    replayed: bool = False
    handled_as: str = "triage"

    @property
    def track_delivery(self) -> bool:
        """Tell whether to ask Twilio for the answer's delivery receipt.

        Not after STOP: the carrier (or Twilio's own opt-out handling) may block any text to
        the number from then on, and that expected refusal must not raise an alarm.
        """
        return self.handled_as != "opt_out"


@dataclass(frozen=True)
class Outcome:
    """What the bot made of a text, as the reply row records it."""

    handled_as: str
    answer: str
    language: str
    level: str = "routine"
    patient: dict[str, Any] | None = None
    findings: tuple[Finding, ...] = field(default=())
    after_hours: bool = False


def sender_phone(raw: str) -> str:
    """Return the sender's number in E.164 when it is one, else as Twilio gave it."""
    try:
        return normalize_mobile(raw)
    except InputError:
        return raw.strip()
