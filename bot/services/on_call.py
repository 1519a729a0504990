"""Texts to the on-call clinician: queued in the outbox to go out at once, at any hour."""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

from bot.config import Config
from bot.store import outbox as outbox_store


def queue_on_call_text(
    db: sqlite_utils.Database,
    config: Config,
    *,
    key: str,
    patient_id: int | None,
    body: str,
    now: datetime,
) -> int | None:
    """Queue one text to the on-call phone (once per key); return its outbox id."""
    outbox_store.add_messages(
        db,
        [
            {
                "patient_id": patient_id,
                "idempotency_key": key,
                "step": key.replace(":", "-"),
                "kind": "alert",
                "to_phone": config.on_call.phone,
                "body": body,
                "send_at": now,
                "timezone": config.clinic.timezone,
            }
        ],
        now,
    )
    row = outbox_store.by_key(db, [key]).get(key)
    return int(row["id"]) if row else None
