"""Flags: what a nurse must look at, worst first, until someone resolves it."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

import sqlite_utils

from bot.errors import NotFound
from bot.store.db import to_db_time

Row = dict[str, Any]
PRIORITY = {"emergency": 0, "urgent": 1, "routine": 2, "ok": 3}


def raise_flag(
    db: sqlite_utils.Database,
    *,
    patient_id: int | None,
    level: str,
    reason: str,
    now: datetime,
    detail: str = "",
    reply_id: int | None = None,
    outbox_id: int | None = None,
    after_hours: bool = False,
    escalate_at: datetime | None = None,
) -> Row:
    """Put a flag in the nurses' queue and return it (with its acknowledgement code)."""
    code = _new_code(db)
    cursor = db.execute(
        "INSERT INTO flags (patient_id, level, priority, reason, detail, reply_id, outbox_id, "
        "after_hours, ack_code, next_escalation_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            patient_id,
            level,
            PRIORITY[level],
            reason,
            detail,
            reply_id,
            outbox_id,
            int(after_hours),
            code,
            to_db_time(escalate_at) if escalate_at else None,
            to_db_time(now),
        ],
    )
    assert cursor.lastrowid is not None
    return get_flag(db, int(cursor.lastrowid))


def _new_code(db: sqlite_utils.Database) -> str:
    # short enough to type on a phone after "ACK", long enough not to be guessed by accident
    while True:
        code = f"{secrets.randbelow(10**6):06d}"
        if db.execute("SELECT 1 FROM flags WHERE ack_code = ?", [code]).fetchone() is None:
            return code


def get_flag(db: sqlite_utils.Database, flag_id: int) -> Row:
    """Return one flag, or raise NotFound."""
    rows = list(db.query("SELECT * FROM flags WHERE id = ?", [flag_id]))
    if not rows:
        raise NotFound(f"Flag {flag_id} does not exist; run `aftercare flags --all` for ids.")
    return rows[0]


def flags(db: sqlite_utils.Database, *, include_closed: bool = False) -> list[Row]:
    """Return flags worst first, then oldest first."""
    where = "" if include_closed else "WHERE status != 'resolved'"
    return list(
        db.query(f"SELECT * FROM flags {where} ORDER BY status = 'resolved', priority, created_at")
    )


def open_flags_for(db: sqlite_utils.Database, patient_id: int, reason: str) -> list[Row]:
    """Return a patient's unresolved flags with this reason."""
    return list(
        db.query(
            "SELECT * FROM flags WHERE patient_id = ? AND reason = ? AND status != 'resolved'",
            [patient_id, reason],
        )
    )
