"""Everything on one patient's page: texts, replies, flags, calls and pain scores."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlite_utils

from bot.store.db import to_db_time

Row = dict[str, Any]


def texts_to(db: sqlite_utils.Database, patient_id: int) -> list[Row]:
    """Return every text about the patient in the outbox, in send order."""
    return list(
        db.query(
            "SELECT * FROM outbox WHERE patient_id = ? ORDER BY send_at, id",
            [patient_id],
        )
    )


def replies_from(db: sqlite_utils.Database, patient_id: int) -> list[Row]:
    """Return the patient's replies, oldest first."""
    return list(
        db.query(
            "SELECT * FROM replies WHERE patient_id = ? ORDER BY received_at, id", [patient_id]
        )
    )


def flags_of(db: sqlite_utils.Database, patient_id: int) -> list[Row]:
    """Return every flag about the patient, oldest first."""
    return list(
        db.query("SELECT * FROM flags WHERE patient_id = ? ORDER BY created_at, id", [patient_id])
    )


def pain_scores(db: sqlite_utils.Database, patient_id: int) -> list[Row]:
    """Return the pain scores read from the patient's replies, oldest first."""
    return list(
        db.query(
            "SELECT received_at, pain FROM replies INDEXED BY replies_pain "
            "WHERE patient_id = ? AND pain IS NOT NULL ORDER BY received_at",
            [patient_id],
        )
    )


def calls_to(db: sqlite_utils.Database, patient_id: int) -> list[Row]:
    """Return the phone calls nurses recorded for the patient."""
    return list(
        db.query(
            "SELECT * FROM phone_calls WHERE patient_id = ? ORDER BY called_at, id", [patient_id]
        )
    )


def record_call(
    db: sqlite_utils.Database, patient_id: int, *, by: str, note: str, now: datetime
) -> int:
    """Record that a nurse phoned the patient; return the id."""
    cursor = db.execute(
        "INSERT INTO phone_calls (patient_id, called_by, note, called_at) VALUES (?, ?, ?, ?)",
        [patient_id, by, note, to_db_time(now)],
    )
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def set_baseline_pain(db: sqlite_utils.Database, patient_id: int, score: float | None) -> None:
    """Record the patient's pain score before the trial (0-10)."""
    db.execute("UPDATE patients SET baseline_pain = ? WHERE id = ?", [score, patient_id])


def set_pain_if_unread(db: sqlite_utils.Database, reply_id: int, score: float) -> None:
    """Store a reply's pain score where the triage stored none (synthetic demo data)."""
    db.execute("UPDATE replies SET pain = ? WHERE id = ? AND pain IS NULL", [score, reply_id])
