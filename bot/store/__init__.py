"""All SQL lives here: the one SQLite file, its migrations, and a module per table group."""

from __future__ import annotations

from bot.store.db import from_db_time, open_db, to_db_time, transaction

__all__ = ["from_db_time", "open_db", "to_db_time", "transaction"]
