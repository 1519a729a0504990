"""The audit log: every view and change of patient data, by whom and when."""

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
) -> None:
    """Write one audit entry (subject like "patient 3", "flags", "outbox")."""
    db.execute(
        "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
        [to_db_time(now), actor, action, subject, detail],
    )


def entries(db: sqlite_utils.Database, subject: str | None = None) -> list[dict[str, Any]]:
    """Return audit entries, newest first, optionally for one subject."""
    if subject is None:
        return list(db.query("SELECT * FROM audit_log ORDER BY id DESC"))
    return list(db.query("SELECT * FROM audit_log WHERE subject = ? ORDER BY id DESC", [subject]))
