"""Copies of the one SQLite file: SQLite's online backup (safe while the bot writes) and a
restore that refuses while the bot runs and checks the copy first.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from pathlib import Path

from bot.errors import StoreError


def running_lock_path(database_path: str) -> Path:
    """Return the lock file a running bot holds beside its database."""
    path = Path(database_path).expanduser().resolve()
    return path.parent / (path.name + "-running.lock")


def hold_running_lock(database_path: str) -> int | None:
    """Mark the database as in use by a running bot until the process ends; return the fd."""
    try:
        fd = os.open(running_lock_path(database_path), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None  # a read-only folder: restore then cannot tell, and says nothing false
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise StoreError(
            f"A restore into {database_path} is under way; start the bot when it is done."
        ) from None
    return fd


def back_up(database_path: str, target: Path) -> int:
    """Copy the live database to `target` with SQLite's online backup; return its size."""
    if target.exists():
        raise StoreError(f"{target} already exists; choose a new file for the backup.")
    if not Path(database_path).exists():
        raise StoreError(f"There is no database at {database_path}; check [database] path.")
    partial = target.with_name(target.name + ".partial")
    try:
        source = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True, timeout=30)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)  # one consistent snapshot, even while the bot writes
                _check(copy, partial)
            finally:
                copy.close()
        finally:
            source.close()
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    except sqlite3.Error as ex:
        partial.unlink(missing_ok=True)
        raise StoreError(
            f"The backup to {target} failed ({ex}); check the folder and disk."
        ) from ex
    except OSError as ex:
        partial.unlink(missing_ok=True)
        raise StoreError(
            f"The backup to {target} failed ({ex.strerror}); check the folder and disk."
        ) from ex
    return target.stat().st_size


def restore(database_path: str, backup: Path) -> None:
    """Replace the database with a checked backup; refuse while a bot uses the database."""
    if not backup.is_file():
        raise StoreError(f"There is no backup file at {backup}.")
    lock_path = running_lock_path(database_path)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise StoreError(
                f"The bot is running on {database_path}; stop `aftercare run`/`serve` first."
            ) from None
        try:
            source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
            try:
                _check(source, backup)
                target = sqlite3.connect(database_path, timeout=30)
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
        except sqlite3.Error as ex:
            raise StoreError(
                f"{backup} cannot be restored ({ex}); it is not a good backup."
            ) from ex
    finally:
        os.close(fd)


def _check(conn: sqlite3.Connection, path: Path) -> None:
    verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        raise StoreError(f"{path} fails SQLite's integrity check ({verdict}); it is not used.")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "migrations" not in tables:
        raise StoreError(f"{path} is not an Aftercare database (no migrations table).")
