"""Short write transactions that give up quickly instead of queueing behind a busy writer.

A patient's text must be answered within a second whatever the database does: locked by
another process, read-only, or on a full disk. These transactions wait at most ``within``
seconds for the writer and raise ``StoreUnavailable`` (never a bare sqlite3 error), so the
caller can keep the text elsewhere and still answer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import sqlite_utils

from bot.errors import StoreUnavailable
from bot.store.db import _WRITER  # the process's one writer queue, shared with transaction()

NORMAL_BUSY_MS = 30000  # what open_db sets; put back after a brief transaction


@contextmanager
def brief_transaction(db: sqlite_utils.Database, *, within: float) -> Iterator[None]:
    """Run the block in one write transaction, or raise StoreUnavailable within `within` s."""
    if not _WRITER.acquire(timeout=within):
        raise StoreUnavailable("the database writer stayed busy")
    conn = db.conn
    before = NORMAL_BUSY_MS
    try:
        before = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
        conn.execute(f"PRAGMA busy_timeout={max(1, int(within * 1000))}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as ex:
            raise StoreUnavailable(f"the database cannot be written ({ex})") from ex
        try:
            yield
        except sqlite3.Error as ex:
            _rollback(conn)
            raise StoreUnavailable(f"the database cannot be written ({ex})") from ex
        except BaseException:
            _rollback(conn)
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as ex:
            _rollback(conn)
            raise StoreUnavailable(f"the database cannot be written ({ex})") from ex
    finally:
        try:
            conn.execute(f"PRAGMA busy_timeout={before}")
        finally:
            _WRITER.release()


def _rollback(conn: sqlite3.Connection) -> None:
    # guarded, so the error that got us here is the one the caller sees
    if conn.in_transaction:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
