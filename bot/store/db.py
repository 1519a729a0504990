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
    """
    conn = db.conn
    if conn.in_transaction:
        name = f"sp{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
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
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")


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
            conn.execute("COMMIT")
            conn.execute("BEGIN IMMEDIATE")

    with _WRITER:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield step
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


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
