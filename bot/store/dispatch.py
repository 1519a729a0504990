"""The dispatcher's SQL: claim due texts under a lease and record what the provider said."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import sqlite_utils

from bot.store.db import to_db_time

Row = dict[str, Any]


def claim_due(
    db: sqlite_utils.Database,
    *,
    now: datetime,
    owner: str,
    lease_until: datetime,
    limit: int,
    alerts: bool = False,
) -> list[Row]:
    """Atomically take up to `limit` due texts (and texts whose lease expired) for this worker.

    Alerts to the on-call phone have a lane of their own (``alerts=True``): at 10:00 every
    check-in falls due at once, and an emergency must not wait behind them. The two arms of
    each query are disjoint (scheduled, or sending with a lapsed lease), so LIMIT counts
    each text once.
    """
    stamp = to_db_time(now)
    # Each lookup walks an index, so the cost follows the number of due rows, not the size
    # of the outbox. A row with a provider SID is never taken again (`+` keeps SQLite off
    # the provider_sid index for IS NULL).
    if alerts:
        due = (
            "SELECT id FROM outbox INDEXED BY outbox_alerts_due "
            "WHERE status = 'scheduled' AND kind = 'alert' AND send_at <= ? "
            "AND +provider_sid IS NULL"
        )
        lapsed = "AND kind = 'alert'"
    else:
        due = (
            "SELECT id FROM outbox WHERE status = 'scheduled' AND send_at <= ? "
            "AND kind != 'alert' AND +provider_sid IS NULL"
        )
        lapsed = "AND kind != 'alert'"
    rows = db.execute(
        "UPDATE outbox SET status = 'sending', lease_owner = ?, lease_until = ?, "
        f"attempts = attempts + 1, updated_at = ? WHERE id IN ({due} UNION ALL "
        "  SELECT id FROM outbox WHERE status = 'sending' AND lease_until < ? "
        f"  AND +provider_sid IS NULL {lapsed}"
        "  LIMIT ?"
        ") RETURNING *",
        [owner, to_db_time(lease_until), stamp, stamp, stamp, limit],
    )
    columns = [c[0] for c in rows.description]
    claimed = [dict(zip(columns, values, strict=True)) for values in rows.fetchall()]
    claimed.sort(key=lambda row: (row["send_at"], row["id"]))
    return claimed


def patient_statuses(db: sqlite_utils.Database, patient_ids: Iterable[int]) -> dict[int, str]:
    """Return each patient's status; "invalid number" when their number cannot take texts."""
    ids = sorted(set(patient_ids))
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = db.execute(
        "SELECT id, CASE WHEN phone_status = 'ok' THEN status ELSE 'invalid number' END "
        f"FROM patients WHERE id IN ({marks})",
        ids,
    ).fetchall()
    return {int(pid): str(status) for pid, status in rows}


def take_for_send(
    db: sqlite_utils.Database, row_id: int, *, owner: str, lease_until: datetime
) -> bool:
    """Renew this worker's lease right before sending; False if another worker took the row.

    A claimed row may wait in the send queue longer than its lease (a slow provider); if
    another worker re-claimed it meanwhile, this one must not send it too.
    """
    cursor = db.execute(
        "UPDATE outbox SET lease_until = ? WHERE id = ? AND lease_owner = ? "
        "AND status = 'sending' AND +provider_sid IS NULL",
        [to_db_time(lease_until), row_id, owner],
    )
    return int(cursor.rowcount) == 1


def mark_sent(
    db: sqlite_utils.Database, row_id: int, *, sid: str, provider_status: str, now: datetime
) -> bool:
    """Record the provider's SID: from now on this text is never sent again.

    Returns False when the row already carries another SID (it went out twice); the first
    SID is kept so its status callbacks still match.
    """
    cursor = db.execute(
        "UPDATE outbox SET status = 'sent', provider_sid = ?, provider_status = ?, sent_at = ?, "
        "lease_owner = NULL, lease_until = NULL, error_code = NULL, error_message = NULL, "
        "updated_at = ? WHERE id = ? AND +provider_sid IS NULL",
        [sid, provider_status, to_db_time(now), to_db_time(now), row_id],
    )
    return int(cursor.rowcount) == 1


def retry_later(
    db: sqlite_utils.Database,
    row_id: int,
    *,
    send_at: datetime,
    now: datetime,
    error_code: int | None,
    error_message: str | None,
    owner: str,
    count_attempt: bool = True,
    maybe_sent: bool = False,
) -> None:
    """Put a text this worker claimed back in the queue for a later try.

    With ``maybe_sent`` the time of this try is kept (the first such try wins), so the next
    try first asks the provider whether the text went out after all.
    """
    db.execute(
        "UPDATE outbox SET status = 'scheduled', send_at = ?, lease_owner = NULL, "
        "lease_until = NULL, error_code = ?, error_message = ?, updated_at = ?, "
        "attempts = attempts - ?, maybe_sent_at = COALESCE(maybe_sent_at, ?) "
        "WHERE id = ? AND +provider_sid IS NULL AND lease_owner = ?",
        [
            to_db_time(send_at),
            error_code,
            error_message,
            to_db_time(now),
            0 if count_attempt else 1,
            to_db_time(now) if maybe_sent else None,
            row_id,
            owner,
        ],
    )


def finish(
    db: sqlite_utils.Database,
    row_id: int,
    *,
    status: str,
    now: datetime,
    owner: str,
    error_code: int | None = None,
    error_message: str | None = None,
) -> bool:
    """End a text this worker claimed as failed, skipped or cancelled; False if not ours."""
    cursor = db.execute(
        "UPDATE outbox SET status = ?, lease_owner = NULL, lease_until = NULL, error_code = ?, "
        "error_message = ?, updated_at = ? WHERE id = ? AND +provider_sid IS NULL "
        "AND lease_owner = ?",
        [status, error_code, error_message, to_db_time(now), row_id, owner],
    )
    return int(cursor.rowcount) == 1


def release(db: sqlite_utils.Database, owner: str, now: datetime) -> int:
    """Give back every lease this worker still holds (on a clean shutdown)."""
    cursor = db.execute(
        "UPDATE outbox SET status = 'scheduled', lease_owner = NULL, lease_until = NULL, "
        "attempts = attempts - 1, updated_at = ? "
        "WHERE status = 'sending' AND lease_owner = ? AND +provider_sid IS NULL",
        [to_db_time(now), owner],
    )
    return int(cursor.rowcount)


# Twilio's statuses in the order a message moves through them; a callback may only move a
# text forward, because Twilio does not promise to deliver callbacks in order.
STATUS_RANK = {
    "accepted": 0,
    "scheduled": 0,
    "queued": 1,
    "sending": 2,
    "sent": 3,
    "delivered": 4,
    "undelivered": 4,
    "failed": 4,
    "read": 5,
    "canceled": 4,
}
OUR_STATUS = {
    "delivered": "delivered",
    "read": "delivered",
    "undelivered": "undelivered",
    "failed": "failed",
}


def record_delivery(
    db: sqlite_utils.Database,
    *,
    sid: str,
    provider_status: str,
    error_code: int | None,
    now: datetime,
) -> tuple[Row | None, bool]:
    """Apply a status callback; return (the text, whether its status moved forward)."""
    rows = list(db.query("SELECT * FROM outbox WHERE provider_sid = ?", [sid]))
    row = rows[0] if rows else None
    db.execute(
        "INSERT INTO delivery_events (outbox_id, provider_sid, status, error_code, received_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [row["id"] if row else None, sid, provider_status, error_code, to_db_time(now)],
    )
    if row is None:
        return None, False
    return _advance(db, row, provider_status, error_code, now)


def replay_early_events(db: sqlite_utils.Database, row_id: int, sid: str, now: datetime) -> Row:
    """Apply callbacks that arrived before the SID was stored; return the text as it ends."""
    events = db.execute(
        "SELECT status, error_code FROM delivery_events WHERE provider_sid = ? "
        "AND outbox_id IS NULL ORDER BY id",
        [sid],
    ).fetchall()
    db.execute(
        "UPDATE delivery_events SET outbox_id = ? WHERE provider_sid = ? AND outbox_id IS NULL",
        [row_id, sid],
    )
    row: Row = next(iter(db.query("SELECT * FROM outbox WHERE id = ?", [row_id])))
    for provider_status, error_code in events:
        row, _ = _advance(db, row, provider_status, error_code, now)
    return row


def _advance(
    db: sqlite_utils.Database, row: Row, provider_status: str, error_code: int | None, now: datetime
) -> tuple[Row, bool]:
    """Move a text's status forward (never back); return it and whether it moved."""
    old = STATUS_RANK.get(row["provider_status"] or "queued", 1)
    new = STATUS_RANK.get(provider_status, -1)
    if new <= old:
        return row, False
    status = OUR_STATUS.get(provider_status, "sent")
    db.execute(
        "UPDATE outbox SET provider_status = ?, status = ?, error_code = COALESCE(?, error_code), "
        "updated_at = ? WHERE id = ?",
        [provider_status, status, error_code, to_db_time(now), row["id"]],
    )
    return {
        **row,
        "provider_status": provider_status,
        "status": status,
        "error_code": error_code or row["error_code"],
    }, True


def beat(db: sqlite_utils.Database, name: str, now: datetime) -> None:
    """Record that a part of the clockwork (e.g. "dispatch") just finished a pass."""
    db.execute(
        "INSERT INTO heartbeats (name, finished_at) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET finished_at = excluded.finished_at",
        [name, to_db_time(now)],
    )


def last_beat(db: sqlite_utils.Database, name: str) -> datetime | None:
    """Return when that part of the clockwork last finished a pass, if ever."""
    row = db.execute("SELECT finished_at FROM heartbeats WHERE name = ?", [name]).fetchone()
    return datetime.fromisoformat(row[0]) if row else None
