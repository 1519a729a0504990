"""All SQL lives here: the one SQLite file, its migrations, and a module per table group."""

from __future__ import annotations

from bot.store.db import batched, from_db_time, open_db, ping, to_db_time, transaction

__all__ = ["batched", "from_db_time", "open_db", "ping", "to_db_time", "transaction"]
