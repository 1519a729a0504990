"""What a request needs from its app: the settings, the clock, one database connection."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import sqlite_utils
from flask import current_app, g

from bot.config import Config
from bot.store import open_db


def settings() -> Config:
    """Return the app's settings inside a request."""
    config: Config = current_app.config["AFTERCARE"]
    return config


def now() -> datetime:
    """Return the request's current time (a parameter, so tests can set it)."""
    clock: Callable[[], datetime] = current_app.config["CLOCK"]
    return clock()


def get_db() -> sqlite_utils.Database:
    """Return this request's connection, opened on first use."""
    if "db" not in g:
        g.db = open_db(settings().database.path, migrate=False)
    db: sqlite_utils.Database = g.db
    return db


def close_db(_: BaseException | None = None) -> None:
    """Close the request's connection, if it opened one."""
    db = g.pop("db", None)
    if db is not None:
        db.conn.close()
