"""Open the one SQLite file and run work inside short, explicit transactions."""

from __future__ import annotations

import itertools
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from bot.errors import StoreError

_savepoints = itertools.count()
_WRITER = threading.Lock()


def open_db(path: str | Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the database file in WAL mode and apply migrations."""
    target = str(path)
    if target != ":memory:":
        parent = Path(target).expanduser().resolve().parent
        if not parent.is_dir():
            raise StoreError(
                f"Database folder {parent} does not exist; create it or change [database] path."
            )
    try:
        # isolation_level=None: we issue BEGIN IMMEDIATE ourselves, so a write transaction
        # takes the lock up front instead of failing half-way with SQLITE_BUSY.
        conn = sqlite3.connect(target, timeout=30, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
    except sqlite3.Error as ex:
        raise StoreError(f"Cannot open database {target} ({ex}); check [database] path.") from ex
    db = sqlite_utils.Database(conn)
    if migrate:
        from bot.store.migrations import apply_migrations

        apply_migrations(db)
    return db


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Run the block in one write transaction: all of it lands, or none of it.

    Nested inside another transaction it becomes a savepoint, so a batch (an import)
    can commit many patients at once while a failing patient still leaves no trace.
    As in sqlite-utils' ``atomic()``: a failed COMMIT is rolled back, so the connection
    never stays inside a transaction that later blocks would only nest in; and a rollback
    that cannot run (SQLite already rolled back) never hides the error that caused it.
    """
    conn = db.conn
    if conn.in_transaction:
        name = f"sp{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            _quietly(conn, f"ROLLBACK TO {name}", f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    # Threads of this process queue here, in order, rather than inside SQLite, whose busy
    # handler sleeps up to 100 ms between tries and lets late arrivals overtake (webhook
    # latency spikes under load). Other processes still meet SQLite's busy_timeout.
    with _WRITER:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            _quietly(conn, "ROLLBACK")
            raise
        _commit(conn)


@contextmanager
def batched(db: sqlite_utils.Database, every: int) -> Iterator[Callable[[], None]]:
    """Write in one transaction committed every `every` steps (call the yielded `step`).

    For bulk work such as an import: one fsync per batch instead of one per row, while
    each row inside may still use `transaction()` (a savepoint) to land whole or not at all.
    """
    conn = db.conn
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if done % every == 0:
            _commit(conn)
            conn.execute("BEGIN IMMEDIATE")

    with _WRITER:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield step
        except BaseException:
            _quietly(conn, "ROLLBACK")
            raise
        _commit(conn)


def _commit(conn: sqlite3.Connection) -> None:
    """COMMIT, or roll back and re-raise: a failed COMMIT leaves the transaction open."""
    try:
        conn.execute("COMMIT")
    except BaseException:
        _quietly(conn, "ROLLBACK")
        raise


def _quietly(conn: sqlite3.Connection, *statements: str) -> None:
    """Undo what a failed block wrote, if SQLite has not already, without masking its error."""
    for statement in statements:
        if not conn.in_transaction:
            return
        try:
            conn.execute(statement)
        except sqlite3.Error:
            # SQLite rolled back on its own (a full disk, an I/O error): nothing left to undo,
            # and the error the caller is about to see is the one that matters.
            return


def ping(db: sqlite_utils.Database) -> None:
    """Raise if the database does not answer or is not ours (no migrations table)."""
    db.execute("SELECT count(*) FROM migrations").fetchone()


def to_db_time(moment: datetime) -> str:
    """Store an aware time as a UTC ISO string, which sorts as text in time order."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to the store; times must carry their zone")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_db_time(text: str) -> datetime:
    """Read a stored UTC ISO string back as an aware datetime."""
    return datetime.fromisoformat(text)
