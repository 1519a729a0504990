"""What a refused or failed send becomes: a retry with backoff, a held text, or a failure."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlite_utils

from bot.errors import PermanentSendError, SendError
from bot.services.undelivered import text_not_delivered
from bot.sms.twilio_codes import describe_error
from bot.store import dispatch as dispatch_store
from bot.store import flags as flag_store

MAYBE_SENT_WAIT = timedelta(seconds=60)
SETTINGS_WAIT = timedelta(minutes=5)
SETTINGS_REASON = "SMS provider refuses our settings"
ALERT_RETRY_SECONDS = 1.0  # first retry of an alert the provider refused for now


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait before each retry, and when to give up."""

    base_seconds: float
    cap_seconds: float
    max_attempts: int


def record_failure(
    db: sqlite_utils.Database,
    row: dict[str, Any],
    error: SendError,
    *,
    owner: str,
    now: datetime,
    policy: RetryPolicy,
    rng: random.Random,
) -> str:
    """Record a send that did not succeed; return the outcome: "retrying" or "failed"."""
    words = (describe_error(error.code) if error.code else str(error)).rstrip(".")
    if error.our_settings:
        _settings_refused(db, row, error, now, words, owner)
        return "retrying"
    permanent = isinstance(error, PermanentSendError)
    if permanent or row["attempts"] >= policy.max_attempts:
        dispatch_store.finish(
            db,
            row["id"],
            status="failed",
            now=now,
            owner=owner,
            error_code=error.code,
            error_message=words,
        )
        what = words
        if not permanent:
            maybe = error.maybe_sent or bool(row["maybe_sent_at"])
            what = f"gave up after {row['attempts']} tries ({words})" + (
                "; it may have reached the patient" if maybe else ""
            )
        text_not_delivered(
            db,
            row,
            code=error.code if permanent else None,
            what=what,
            now=now,
            permanent=permanent,
        )
        return "failed"
    # an on-call alert is retried within seconds: a person must hear of an emergency
    base = policy.base_seconds
    if row["kind"] == "alert":
        base = min(base, ALERT_RETRY_SECONDS)
    delay = min(policy.cap_seconds, base * 2 ** (row["attempts"] - 1))
    delay *= rng.uniform(0.5, 1.0)  # jitter: retries from a burst spread out
    if error.maybe_sent:
        # give the provider time to list a text it took without answering us
        delay = max(delay, MAYBE_SENT_WAIT.total_seconds())
    dispatch_store.retry_later(
        db,
        row["id"],
        send_at=now + timedelta(seconds=delay),
        now=now,
        error_code=error.code,
        error_message=words,
        owner=owner,
        maybe_sent=error.maybe_sent,
    )
    return "retrying"


def _settings_refused(
    db: sqlite_utils.Database,
    row: dict[str, Any],
    error: SendError,
    now: datetime,
    words: str,
    owner: str,
) -> None:
    """Keep the text for when the settings are fixed; tell a person once, not per text."""
    dispatch_store.retry_later(
        db,
        row["id"],
        send_at=now + SETTINGS_WAIT,
        now=now,
        error_code=error.code,
        error_message=words,
        owner=owner,
        count_attempt=False,
    )
    if not flag_store.open_flags_with_reason(db, SETTINGS_REASON):
        flag_store.raise_flag(
            db,
            patient_id=None,
            level="urgent",
            reason=SETTINGS_REASON,
            now=now,
            outbox_id=row["id"],
            detail=f"Texts are held: {words}. Fix the settings; held texts then go out.",
        )
