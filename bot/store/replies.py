"""Patients' replies: stored raw, once per Twilio MessageSid, with their triage."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import sqlite_utils

from bot.store.db import to_db_time
from bot.store.dispatch import STATUS_RANK

Row = dict[str, Any]


def by_sid(db: sqlite_utils.Database, message_sid: str) -> Row | None:
    """Return the reply with this Twilio MessageSid, if it was already stored."""
    rows = list(db.query("SELECT * FROM replies WHERE message_sid = ?", [message_sid]))
    return rows[0] if rows else None


RECEIVED = "received"  # handled_as of a text stored raw, not yet read


def add_received(
    db: sqlite_utils.Database,
    *,
    message_sid: str,
    from_phone: str,
    body: str,
    media: list[str],
    now: datetime,
) -> int:
    """Store a text as it arrived, before it is read; return its id (the old one on a retry)."""
    db.execute(
        "INSERT INTO replies (message_sid, from_phone, body, media, level, language, handled_as, "
        "answer, received_at) VALUES (?, ?, ?, ?, 'unread', 'en', ?, '', ?) "
        "ON CONFLICT (message_sid) DO NOTHING",
        [message_sid, from_phone, body, json.dumps(media), RECEIVED, to_db_time(now)],
    )
    row = db.execute("SELECT id FROM replies WHERE message_sid = ?", [message_sid]).fetchone()
    return int(row[0])


def complete_reply(db: sqlite_utils.Database, reply_id: int, reply: Row) -> bool:
    """Record what a stored text turned out to be and what it was answered; False if done."""
    cursor = db.execute(
        "UPDATE replies SET patient_id = ?, from_phone = ?, level = ?, findings = ?, "
        "language = ?, handled_as = ?, answer = ?, after_hours = ? "
        "WHERE id = ? AND handled_as = ?",
        [
            reply["patient_id"],
            reply["from_phone"],
            reply["level"],
            json.dumps(reply.get("findings", []), ensure_ascii=False),
            reply["language"],
            reply["handled_as"],
            reply["answer"],
            int(reply.get("after_hours", False)),
            reply_id,
            RECEIVED,
        ],
    )
    return int(cursor.rowcount) == 1


def unfinished(db: sqlite_utils.Database, *, received_before: datetime, limit: int) -> list[Row]:
    """Return texts stored raw but never read (their process died in between), oldest first."""
    return list(
        db.query(
            "SELECT * FROM replies WHERE handled_as = ? AND received_at <= ? "
            "ORDER BY received_at, id LIMIT ?",
            [RECEIVED, to_db_time(received_before), limit],
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


def record_answer_status(
    db: sqlite_utils.Database,
    reply_id: int,
    *,
    sid: str,
    provider_status: str,
    error_code: int | None,
) -> tuple[Row | None, bool]:
    """Move the delivery status of our answer to a reply forward; return it and if it moved."""
    reply = get_reply(db, reply_id)
    if reply is None:
        return None, False
    old = STATUS_RANK.get(reply["answer_status"] or "accepted", 0)
    if reply["answer_status"] is not None and STATUS_RANK.get(provider_status, -1) <= old:
        return reply, False
    db.execute(
        "UPDATE replies SET answer_sid = ?, answer_status = ?, "
        "answer_error = COALESCE(?, answer_error) WHERE id = ?",
        [sid, provider_status, error_code, reply_id],
    )
    return get_reply(db, reply_id), True


def record_pain(db: sqlite_utils.Database, reply_id: int, pain: float) -> None:
    """Keep the 0-10 pain score a reply told, so the trend can be judged and drawn."""
    db.execute("UPDATE replies SET pain = ? WHERE id = ?", [pain, reply_id])
