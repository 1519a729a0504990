"""Sign-in bookkeeping: server-side sessions, failed attempts, the cookie-signing secret."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

import sqlite_utils

from bot.store.db import to_db_time

Row = dict[str, Any]


def secret(db: sqlite_utils.Database, name: str) -> str:
    """Return a named random secret, created on first use and kept in the database.

    Every process serving the same database signs cookies with the same key, and a
    restart does not sign everybody out.
    """
    db.execute(
        "INSERT INTO web_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
        [name, secrets.token_hex(32)],
    )
    row = db.execute("SELECT value FROM web_secrets WHERE name = ?", [name]).fetchone()
    return str(row[0])


def start_session(
    db: sqlite_utils.Database, *, session_id: str, user_id: int, address: str, now: datetime
) -> None:
    """Record a new signed-in session."""
    stamp = to_db_time(now)
    db.execute(
        "INSERT INTO web_sessions (id, user_id, address, created_at, last_seen_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [session_id, user_id, address, stamp, stamp],
    )


def live_session(db: sqlite_utils.Database, session_id: str) -> Row | None:
    """Return a session that has not ended, with its user's email, role and state."""
    rows = list(
        db.query(
            "SELECT web_sessions.*, users.email, users.role, users.disabled_at "
            "FROM web_sessions JOIN users ON users.id = web_sessions.user_id "
            "WHERE web_sessions.id = ? AND web_sessions.ended_at IS NULL",
            [session_id],
        )
    )
    return rows[0] if rows else None


def touch_session(db: sqlite_utils.Database, session_id: str, now: datetime) -> None:
    """Move a session's last activity to now."""
    db.execute(
        "UPDATE web_sessions SET last_seen_at = ? WHERE id = ?", [to_db_time(now), session_id]
    )


def end_session(db: sqlite_utils.Database, session_id: str, now: datetime) -> None:
    """End one session (sign-out, idle time-out)."""
    db.execute(
        "UPDATE web_sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
        [to_db_time(now), session_id],
    )


def end_sessions_of(db: sqlite_utils.Database, user_id: int, now: datetime) -> int:
    """End every open session of a user (disabled, password reset); return how many."""
    cursor = db.execute(
        "UPDATE web_sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL",
        [to_db_time(now), user_id],
    )
    return int(cursor.rowcount)


def record_failure(db: sqlite_utils.Database, *, email: str, address: str, now: datetime) -> None:
    """Remember one failed sign-in."""
    db.execute(
        "INSERT INTO sign_in_failures (email, address, at) VALUES (?, ?, ?)",
        [email, address, to_db_time(now)],
    )


def failures_since(
    db: sqlite_utils.Database, since: datetime, *, email: str | None = None, address: str = ""
) -> int:
    """Count failed sign-ins since a time, for an account or from an address."""
    if email is not None:
        sql, key = "SELECT count(*) FROM sign_in_failures WHERE email = ? AND at >= ?", email
    else:
        sql, key = "SELECT count(*) FROM sign_in_failures WHERE address = ? AND at >= ?", address
    return int(db.execute(sql, [key, to_db_time(since)]).fetchone()[0])


def clear_failures(db: sqlite_utils.Database, email: str) -> None:
    """Forget an account's failed sign-ins after it signed in."""
    db.execute("DELETE FROM sign_in_failures WHERE email = ?", [email])
