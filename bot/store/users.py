"""Dashboard users: nurses and admins, with their argon2id password hashes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlite_utils

from bot.errors import NotFound
from bot.store.db import to_db_time

Row = dict[str, Any]


def add_user(
    db: sqlite_utils.Database, *, email: str, password_hash: str, role: str, now: datetime
) -> int:
    """Insert a user and return the id."""
    stamp = to_db_time(now)
    cursor = db.execute(
        "INSERT INTO users (email, password_hash, role, password_changed_at, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [email, password_hash, role, stamp, stamp],
    )
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def by_email(db: sqlite_utils.Database, email: str) -> Row | None:
    """Return the user with this email (any case), if any."""
    rows = list(db.query("SELECT * FROM users WHERE email = ?", [email]))
    return rows[0] if rows else None


def get_user(db: sqlite_utils.Database, user_id: int) -> Row:
    """Return one user, or raise NotFound."""
    rows = list(db.query("SELECT * FROM users WHERE id = ?", [user_id]))
    if not rows:
        raise NotFound(f"User {user_id} does not exist; run `aftercare users list` for ids.")
    return rows[0]


def list_users(db: sqlite_utils.Database) -> list[Row]:
    """Return every user, by email."""
    return list(db.query("SELECT * FROM users ORDER BY email"))


def set_disabled(db: sqlite_utils.Database, user_id: int, now: datetime | None) -> None:
    """Disable a user (a time) or enable them again (None)."""
    db.execute(
        "UPDATE users SET disabled_at = ? WHERE id = ?",
        [to_db_time(now) if now else None, user_id],
    )


def set_password(
    db: sqlite_utils.Database, user_id: int, password_hash: str, now: datetime
) -> None:
    """Store a new password hash."""
    db.execute(
        "UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?",
        [password_hash, to_db_time(now), user_id],
    )
