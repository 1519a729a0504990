"""The outbox: every planned and sent text, with its send time and idempotency key."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

import sqlite_utils

from bot.domain.outbox_kinds import CHECK_IN, PLANNED_KINDS
from bot.store.db import from_db_time, to_db_time

Row = dict[str, Any]
PLANNED = ", ".join("?" for _ in PLANNED_KINDS)  # placeholders; the kinds are bound


def add_messages(db: sqlite_utils.Database, rows: Iterable[Row], now: datetime) -> int:
    """Insert planned texts; a row whose idempotency key exists is left alone. Return count."""
    stamp = to_db_time(now)
    added = 0
    for row in rows:
        cursor = db.execute(
            "INSERT INTO outbox (patient_id, idempotency_key, step, kind, to_phone, body, "
            "send_at, planned_at, timezone, status, question, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (idempotency_key) DO NOTHING",
            [
                row["patient_id"],
                row["idempotency_key"],
                row["step"],
                row["kind"],
                row["to_phone"],
                row["body"],
                to_db_time(row["send_at"]),
                to_db_time(row.get("planned_at") or row["send_at"]),
                row["timezone"],
                row.get("status", "scheduled"),
                row.get("question"),
                stamp,
                stamp,
            ],
        )
        added += cursor.rowcount
    return added


def messages(
    db: sqlite_utils.Database,
    *,
    patient_id: int | None = None,
    status: str | None = None,
    limit: int | None = None,
) -> list[Row]:
    """Return outbox rows, optionally for one patient or one status, in send order."""
    where: list[str] = []
    params: list[Any] = []
    if patient_id is not None:
        where.append("patient_id = ?")
        params.append(patient_id)
    if status is not None:
        where.append("status = ?")
        params.append(status)
    sql = "SELECT * FROM outbox"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY send_at, id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return list(db.query(sql, params))


def by_key(db: sqlite_utils.Database, keys: Iterable[str]) -> dict[str, Row]:
    """Return outbox rows by idempotency key."""
    wanted = list(keys)
    if not wanted:
        return {}
    marks = ", ".join("?" for _ in wanted)
    rows = db.query(f"SELECT * FROM outbox WHERE idempotency_key IN ({marks})", wanted)
    return {row["idempotency_key"]: row for row in rows}


def replan(
    db: sqlite_utils.Database,
    row_id: int,
    *,
    send_at: datetime,
    planned_at: datetime,
    body: str,
    status: str,
    to_phone: str,
    now: datetime,
) -> None:
    """Change a not-yet-sent text's time and words (only while it is still scheduled)."""
    db.execute(
        "UPDATE outbox SET send_at = ?, planned_at = ?, body = ?, status = ?, to_phone = ?, "
        "updated_at = ? WHERE id = ? AND status IN ('scheduled', 'skipped', 'cancelled') "
        "AND +provider_sid IS NULL",
        [
            to_db_time(send_at),
            to_db_time(planned_at),
            body,
            status,
            to_phone,
            to_db_time(now),
            row_id,
        ],
    )


def cancel_unsent(
    db: sqlite_utils.Database, patient_id: int, now: datetime, ids: Iterable[int] | None = None
) -> int:
    """Cancel a patient's scheduled plan texts (all, or just these ids); return the count.

    Alerts about the patient to the on-call phone are not the patient's texts and stay.
    """
    # 'sending' rows too: a worker that claimed one re-checks it (take_for_send) before
    # sending, so a STOP that lands while the row waits in its queue still stops it
    sql = (
        "UPDATE outbox SET status = 'cancelled', lease_owner = NULL, lease_until = NULL, "
        "updated_at = ? WHERE patient_id = ? AND status IN ('scheduled', 'sending') "
        f"AND +provider_sid IS NULL AND kind IN ({PLANNED})"
    )
    params: list[Any] = [to_db_time(now), patient_id, *PLANNED_KINDS]
    if ids is not None:
        chosen = list(ids)
        if not chosen:
            return 0
        sql += f" AND id IN ({', '.join('?' for _ in chosen)})"
        params += chosen
    return int(db.execute(sql, params).rowcount)


def next_scheduled(
    db: sqlite_utils.Database, patient_id: int, *, kind: str, after: datetime
) -> datetime | None:
    """Return when the patient's next scheduled text of this kind goes out, if any."""
    row = db.execute(
        "SELECT send_at FROM outbox WHERE patient_id = ? AND status = 'scheduled' "
        "AND kind = ? AND send_at > ? ORDER BY send_at LIMIT 1",
        [patient_id, kind, to_db_time(after)],
    ).fetchone()
    return from_db_time(row[0]) if row else None


def sent_between(db: sqlite_utils.Database, kind: str, start: datetime, end: datetime) -> list[Row]:
    """Return texts of a kind sent in [start, end], with their patient's status and language."""
    return list(
        db.query(
            "SELECT outbox.*, patients.status AS patient_status, patients.language AS language "
            "FROM outbox JOIN patients ON patients.id = outbox.patient_id "
            "WHERE outbox.kind = ? AND outbox.sent_at >= ? AND outbox.sent_at <= ? "
            "AND outbox.status IN ('sent', 'delivered')",
            [kind, to_db_time(start), to_db_time(end)],
        )
    )


def cancel_waiting(db: sqlite_utils.Database, patient_id: int, kind: str, now: datetime) -> int:
    """Cancel a patient's scheduled texts of one kind; return the count."""
    cursor = db.execute(
        "UPDATE outbox SET status = 'cancelled', updated_at = ? WHERE patient_id = ? "
        "AND kind = ? AND status = 'scheduled' AND +provider_sid IS NULL",
        [to_db_time(now), patient_id, kind],
    )
    return int(cursor.rowcount)


def planned_text_on(db: sqlite_utils.Database, patient_id: int, moment: datetime) -> Row | None:
    """Return the patient's plan text going out (or gone) on moment's local day, if any."""
    start = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + timedelta(days=1)
    rows = list(
        db.query(
            "SELECT * FROM outbox WHERE patient_id = ? AND kind IN ('check_in', 'reminder') "
            "AND status IN ('scheduled', 'sending', 'sent', 'delivered') "
            "AND send_at >= ? AND send_at < ? ORDER BY send_at LIMIT 1",
            [patient_id, to_db_time(start), to_db_time(end)],
        )
    )
    return rows[0] if rows else None


def add_to_body(db: sqlite_utils.Database, row_id: int, note: str, now: datetime) -> bool:
    """Append a note to a text not yet claimed for sending; False if it is too late."""
    cursor = db.execute(
        "UPDATE outbox SET body = body || ' ' || ?, updated_at = ? WHERE id = ? "
        "AND status = 'scheduled' AND +provider_sid IS NULL",
        [note, to_db_time(now), row_id],
    )
    return int(cursor.rowcount) == 1


def last_question(db: sqlite_utils.Database, patient_id: int, since: datetime) -> str | None:
    """Return what the patient's latest check-in sent since then asked (its text key)."""
    rows = list(
        db.query(
            "SELECT question FROM outbox WHERE patient_id = ? AND kind = ? "
            "AND sent_at IS NOT NULL AND sent_at >= ? ORDER BY sent_at DESC, id DESC LIMIT 1",
            [patient_id, CHECK_IN, to_db_time(since)],
        )
    )
    return rows[0]["question"] if rows else None
