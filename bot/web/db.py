"""One database connection per request, opened on first use and closed at teardown."""

from __future__ import annotations

import sqlite_utils
from flask import g

from bot.store import open_db
from bot.web import settings


def get_db() -> sqlite_utils.Database:
    """Return this request's connection."""
    if "db" not in g:
        g.db = open_db(settings().database.path, migrate=False)
    db: sqlite_utils.Database = g.db
    return db


def close_db(_: BaseException | None = None) -> None:
    """Close the request's connection, if it opened one."""
    db = g.pop("db", None)
    if db is not None:
        db.conn.close()
