"""The audit log: every view and change of patient data, by whom, from where and when.

Append-only: triggers refuse any UPDATE or DELETE of an entry.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlite_utils

from bot.store.db import to_db_time


def record(
    db: sqlite_utils.Database,
    *,
    actor: str,
    action: str,
    subject: str,
    now: datetime,
    detail: str = "",
    patient_id: int | None = None,
    address: str = "",
) -> None:
    """Write one audit entry (subject like "patient 3", "flags", "outbox")."""
    db.execute(
        "INSERT INTO audit_log (at, actor, action, subject, detail, patient_id, address) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [to_db_time(now), actor, action, subject, detail, patient_id, address],
    )


def entries(db: sqlite_utils.Database, subject: str | None = None) -> list[dict[str, Any]]:
    """Return audit entries, newest first, optionally for one subject."""
    if subject is None:
        return list(db.query("SELECT * FROM audit_log ORDER BY id DESC"))
    return list(db.query("SELECT * FROM audit_log WHERE subject = ? ORDER BY id DESC", [subject]))


def search(
    db: sqlite_utils.Database,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    actor: str = "",
    action: str = "",
    patient_id: int | None = None,
    limit: int | None = 500,
    oldest_first: bool = False,
) -> list[dict[str, Any]]:
    """Return audit entries matching every filter given, newest first unless asked."""
    where, params = ["1 = 1"], []  # type: tuple[list[str], list[Any]]
    if since is not None:
        where.append("at >= ?")
        params.append(to_db_time(since))
    if until is not None:
        where.append("at < ?")
        params.append(to_db_time(until))
    if actor:
        where.append("actor = ?")
        params.append(actor)
    if action:
        where.append("action = ?")
        params.append(action)
    if patient_id is not None:
        where.append("patient_id = ?")
        params.append(patient_id)
    order = "ASC" if oldest_first else "DESC"
    sql = f"SELECT * FROM audit_log WHERE {' AND '.join(where)} ORDER BY id {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return list(db.query(sql, params))


def actions(db: sqlite_utils.Database) -> list[str]:
    """Return every action name seen in the log, for a filter's choices."""
    return [row[0] for row in db.execute("SELECT DISTINCT action FROM audit_log ORDER BY 1")]
