"""Patients' replies: stored raw, once per Twilio MessageSid, with their triage."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import sqlite_utils

from bot.store.db import to_db_time

Row = dict[str, Any]


def by_sid(db: sqlite_utils.Database, message_sid: str) -> Row | None:
    """Return the reply with this Twilio MessageSid, if it was already stored."""
    rows = list(db.query("SELECT * FROM replies WHERE message_sid = ?", [message_sid]))
    return rows[0] if rows else None


def add_reply(db: sqlite_utils.Database, reply: Row, now: datetime) -> int:
    """Store one reply with its triage result and the answer given; return its id."""
    cursor = db.execute(
        "INSERT INTO replies (message_sid, patient_id, from_phone, body, media, level, findings, "
        "language, handled_as, answer, after_hours, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            reply["message_sid"],
            reply["patient_id"],
            reply["from_phone"],
            reply["body"],
            json.dumps(reply.get("media", [])),
            reply["level"],
            json.dumps(reply.get("findings", []), ensure_ascii=False),
            reply["language"],
            reply["handled_as"],
            reply["answer"],
            int(reply.get("after_hours", False)),
            to_db_time(now),
        ],
    )
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def replies_of(db: sqlite_utils.Database, patient_id: int) -> list[Row]:
    """Return a patient's replies, oldest first."""
    return list(
        db.query(
            "SELECT * FROM replies WHERE patient_id = ? ORDER BY received_at, id", [patient_id]
        )
    )


def get_reply(db: sqlite_utils.Database, reply_id: int) -> Row | None:
    """Return one reply."""
    rows = list(db.query("SELECT * FROM replies WHERE id = ?", [reply_id]))
    return rows[0] if rows else None


def replied_since(db: sqlite_utils.Database, patient_id: int, since: datetime) -> bool:
    """Tell whether the patient has texted us since this time."""
    row = db.execute(
        "SELECT 1 FROM replies WHERE patient_id = ? AND received_at >= ? LIMIT 1",
        [patient_id, to_db_time(since)],
    ).fetchone()
    return row is not None
