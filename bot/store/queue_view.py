"""The nurses' queue: open flags worst first, with their patient and reply in one query."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

Row = dict[str, Any]
LEVELS = ("emergency", "urgent", "routine")


@dataclass(frozen=True)
class QueueFilter:
    """What a nurse narrowed the queue to."""

    level: str = ""
    held_by: str = ""  # an email: only flags this person acknowledged
    unknown_senders: bool = False


def _where(chosen: QueueFilter) -> tuple[str, list[Any]]:
    where = ["flags.status != 'resolved'"]
    params: list[Any] = []
    if chosen.level in LEVELS:
        where.append("flags.level = ?")
        params.append(chosen.level)
    if chosen.held_by:
        where.append("flags.acknowledged_by = ?")
        params.append(chosen.held_by)
    if chosen.unknown_senders:
        where.append("flags.patient_id IS NULL")
    return " AND ".join(where), params


def open_flags(db: sqlite_utils.Database, chosen: QueueFilter, *, limit: int) -> list[Row]:
    """Return up to `limit` unresolved flags, emergency first, then urgent, then oldest."""
    where, params = _where(chosen)
    return list(
        db.query(
            "SELECT flags.*, patients.name AS patient_name, patients.mrn AS patient_mrn, "
            "patients.discharged_on AS discharged_on, patients.phone AS patient_phone, "
            "replies.body AS reply_body, replies.findings AS reply_findings, "
            "replies.from_phone AS reply_from, replies.received_at AS received_at, "
            "replies.media AS reply_media "
            "FROM flags INDEXED BY flags_open_queue "
            "LEFT JOIN patients ON patients.id = flags.patient_id "
            "LEFT JOIN replies ON replies.id = flags.reply_id "
            f"WHERE {where} ORDER BY flags.priority, flags.created_at "
            f"LIMIT {int(limit)}",
            params,
        )
    )


def count_open(db: sqlite_utils.Database, chosen: QueueFilter | None = None) -> int:
    """Count unresolved flags (matching a filter, if given)."""
    where, params = _where(chosen or QueueFilter())
    row = db.execute(
        f"SELECT count(*) FROM flags INDEXED BY flags_open_queue WHERE {where}", params
    ).fetchone()
    return int(row[0])


def find_patients(
    db: sqlite_utils.Database, text: str, *, phone: str | None, limit: int = 50
) -> list[Row]:
    """Find patients by name (any part), MRN (exact) or phone (normalized, exact)."""
    words = text.split()
    clauses = ["(" + " AND ".join("name LIKE ? ESCAPE '\\'" for _ in words) + ")"] if words else []
    params: list[Any] = [f"%{_escape(word)}%" for word in words]
    clauses.append("mrn = ?")
    params.append(text.strip())
    if phone:
        clauses.append("phone = ?")
        params.append(phone)
    return list(
        db.query(
            f"SELECT * FROM patients WHERE {' OR '.join(clauses)} "
            f"ORDER BY discharged_on DESC, id DESC LIMIT {int(limit)}",
            params,
        )
    )


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
