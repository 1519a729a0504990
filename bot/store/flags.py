"""Flags: what a nurse must look at, worst first, until someone resolves it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlite_utils

from bot.domain.levels import Level
from bot.errors import NotFound
from bot.store.db import to_db_time

Row = dict[str, Any]


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
    cursor = db.execute(
        "INSERT INTO flags (patient_id, level, priority, reason, detail, reply_id, outbox_id, "
        "after_hours, next_escalation_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            patient_id,
            level,
            Level(level).priority,
            reason,
            detail,
            reply_id,
            outbox_id,
            int(after_hours),
            to_db_time(escalate_at) if escalate_at else None,
            to_db_time(now),
        ],
    )
    assert cursor.lastrowid is not None
    flag_id = int(cursor.lastrowid)
    db.execute("UPDATE flags SET ack_code = ? WHERE id = ?", [ack_code_for(flag_id), flag_id])
    return get_flag(db, flag_id)


def ack_code_for(flag_id: int) -> str:
    """Return a flag's acknowledgement code: its id and a Luhn check digit, 6+ digits.

    Unique for ever without a search, and a one-digit slip on the phone's keypad gives a
    code that matches no flag rather than somebody else's.
    """
    digits = f"{flag_id:05d}"
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return digits + str((10 - total % 10) % 10)


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


def by_ack_code(db: sqlite_utils.Database, code: str) -> Row | None:
    """Return the flag an on-call alert's code refers to."""
    rows = list(db.query("SELECT * FROM flags WHERE ack_code = ?", [code]))
    return rows[0] if rows else None


def acknowledge(
    db: sqlite_utils.Database, flag_id: int, *, by: str, now: datetime, note: str | None = None
) -> bool:
    """Mark an open flag acknowledged (stops escalation); False if it was not open."""
    cursor = db.execute(
        "UPDATE flags SET status = 'acknowledged', acknowledged_by = ?, acknowledged_at = ?, "
        "next_escalation_at = NULL, note = COALESCE(?, note) WHERE id = ? AND status = 'open'",
        [by, to_db_time(now), note, flag_id],
    )
    return int(cursor.rowcount) == 1


def resolve(db: sqlite_utils.Database, flag_id: int, *, by: str, now: datetime, note: str) -> bool:
    """Close a flag with a note; False if it was already resolved."""
    cursor = db.execute(
        "UPDATE flags SET status = 'resolved', resolved_by = ?, resolved_at = ?, note = ?, "
        "next_escalation_at = NULL, acknowledged_by = COALESCE(acknowledged_by, ?), "
        "acknowledged_at = COALESCE(acknowledged_at, ?) WHERE id = ? AND status != 'resolved'",
        [by, to_db_time(now), note, by, to_db_time(now), flag_id],
    )
    return int(cursor.rowcount) == 1


def due_escalations(db: sqlite_utils.Database, now: datetime) -> list[Row]:
    """Return open flags whose acknowledgement time has passed."""
    return list(
        db.query(
            "SELECT * FROM flags WHERE status = 'open' AND next_escalation_at IS NOT NULL "
            "AND next_escalation_at <= ? ORDER BY priority, next_escalation_at",
            [to_db_time(now)],
        )
    )


def record_escalation(
    db: sqlite_utils.Database,
    flag: Row,
    *,
    outbox_id: int | None,
    now: datetime,
    next_at: datetime,
) -> bool:
    """Count one more escalation of a flag and set the next; False if another worker did it."""
    number = int(flag["escalations"]) + 1
    cursor = db.execute(
        "UPDATE flags SET escalations = ?, next_escalation_at = ? "
        "WHERE id = ? AND escalations = ? AND status = 'open'",
        [number, to_db_time(next_at), flag["id"], flag["escalations"]],
    )
    if cursor.rowcount != 1:
        return False
    db.execute(
        "INSERT INTO escalations (flag_id, number, outbox_id, created_at) VALUES (?, ?, ?, ?)",
        [flag["id"], number, outbox_id, to_db_time(now)],
    )
    return True


def escalations_of(db: sqlite_utils.Database, flag_id: int) -> list[Row]:
    """Return every escalation of a flag, first first."""
    return list(db.query("SELECT * FROM escalations WHERE flag_id = ? ORDER BY number", [flag_id]))


def flag_for_outbox(db: sqlite_utils.Database, outbox_id: int, reason: str) -> Row | None:
    """Return the flag already raised about this text for this reason, if any."""
    rows = list(
        db.query(
            "SELECT * FROM flags WHERE outbox_id = ? AND reason = ? LIMIT 1", [outbox_id, reason]
        )
    )
    return rows[0] if rows else None


def open_flags_with_reason(db: sqlite_utils.Database, reason: str) -> list[Row]:
    """Return unresolved flags with this reason (any patient, or none)."""
    return list(db.query("SELECT * FROM flags WHERE reason = ? AND status != 'resolved'", [reason]))
