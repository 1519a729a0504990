"""Pain scores the patients reported in their replies (0-10), read back for triage and charts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlite_utils

from bot.store.db import from_db_time, to_db_time


def last_score(
    db: sqlite_utils.Database, patient_id: int, since: datetime
) -> tuple[float, datetime] | None:
    """Return the patient's latest reported pain score since then, and when it came."""
    rows = list(
        db.query(
            "SELECT pain, received_at FROM replies WHERE patient_id = ? AND pain IS NOT NULL "
            "AND received_at >= ? ORDER BY received_at DESC, id DESC LIMIT 1",
            [patient_id, to_db_time(since)],
        )
    )
    if not rows:
        return None
    return float(rows[0]["pain"]), from_db_time(rows[0]["received_at"])


def scores_of(db: sqlite_utils.Database, patient_id: int) -> list[dict[str, Any]]:
    """Return every pain score the patient texted, oldest first."""
    return list(
        db.query(
            "SELECT pain, received_at FROM replies WHERE patient_id = ? AND pain IS NOT NULL "
            "ORDER BY received_at, id",
            [patient_id],
        )
    )
