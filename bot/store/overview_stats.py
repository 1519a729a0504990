"""The overview's numbers: per day, what was sent, answered, flagged and acknowledged.

Every query counts one day's range of an index, so the cost follows the traffic of
30 days, not the size of the tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlite_utils

from bot.store.db import from_db_time, to_db_time


@dataclass
class DayCounts:
    """One day's raw numbers."""

    check_ins: int = 0
    answered: int = 0
    undelivered: int = 0
    flags: dict[str, int] = field(default_factory=dict)
    minutes_to_ack: list[float] = field(default_factory=list)


def day_counts(db: sqlite_utils.Database, start: datetime, end: datetime) -> DayCounts:
    """Count one day [start, end): check-ins sent and answered, flags, acks, undelivered."""
    low, high = to_db_time(start), to_db_time(end)
    counts = DayCounts()
    sent, answered = db.execute(
        "SELECT count(*), coalesce(sum(EXISTS ("
        "  SELECT 1 FROM replies WHERE replies.patient_id = outbox.patient_id"
        "  AND replies.received_at >= outbox.sent_at"
        "  AND replies.received_at < strftime('%Y-%m-%dT%H:%M:%S+00:00', outbox.sent_at, '+1 day')"
        ")), 0) FROM outbox INDEXED BY outbox_sent "
        "WHERE kind = 'check_in' AND sent_at >= ? AND sent_at < ?",
        [low, high],
    ).fetchone()
    counts.check_ins, counts.answered = int(sent), int(answered)
    counts.undelivered = int(
        db.execute(
            "SELECT count(*) FROM outbox WHERE status IN ('undelivered', 'failed') "
            "AND send_at >= ? AND send_at < ?",
            [low, high],
        ).fetchone()[0]
    )
    rows = db.execute(
        "SELECT level, created_at, acknowledged_at FROM flags INDEXED BY flags_created "
        "WHERE created_at >= ? AND created_at < ?",
        [low, high],
    ).fetchall()
    for level, created, acknowledged in rows:
        counts.flags[level] = counts.flags.get(level, 0) + 1
        if acknowledged:
            waited = from_db_time(acknowledged) - from_db_time(created)
            counts.minutes_to_ack.append(waited.total_seconds() / 60)
    return counts
