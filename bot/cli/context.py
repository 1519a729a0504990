"""What every command shares: the settings, the database, the clock, error reporting."""

from __future__ import annotations

import getpass
import json
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
import sqlite_utils

from bot.config import Config, load_config
from bot.errors import AftercareError
from bot.store import audit as audit_store
from bot.store import open_db, transaction


class AftercareGroup(click.Group):
    """A click group that turns our errors into one sentence and a non-zero exit."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Accept --config after the command too (`aftercare patients --config FILE`)."""
        return super().parse_args(ctx, _config_first(args))

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; report AftercareError as a message, never a traceback."""
        try:
            return super().invoke(ctx)
        except AftercareError as ex:
            raise click.ClickException(str(ex)) from ex
        except sqlite3.Error as ex:
            logging.getLogger("aftercare").debug("database error", exc_info=True)
            raise click.ClickException(
                f"The database failed ({ex}); check [database] path, disk space and permissions."
            ) from ex


def _config_first(args: list[str]) -> list[str]:
    """Move a --config option given after the command name in front of it."""
    head: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        word = args[i]
        if word == "--":
            rest += args[i:]
            break
        if word == "--config" and i + 1 < len(args):
            head += args[i : i + 2]
            i += 2
            continue
        if word.startswith("--config="):
            head.append(word)
        else:
            rest.append(word)
        i += 1
    return head + rest


class AppContext:
    """Settings and database, opened on first use."""

    def __init__(self, config_path: str | None):
        self.config_path = config_path
        self._config: Config | None = None
        self._db: sqlite_utils.Database | None = None

    @property
    def config(self) -> Config:
        """Return the validated settings."""
        if self._config is None:
            self._config = load_config(self.config_path)
        return self._config

    @property
    def db(self) -> sqlite_utils.Database:
        """Return the open, migrated database."""
        if self._db is None:
            path = self.config.database.path
            new = path != ":memory:" and not Path(path).expanduser().exists()
            self._db = open_db(path)
            if new:
                # a wrong folder or a missing --config would otherwise pass unnoticed
                where = Path(path).expanduser().resolve()
                click.echo(f"Created a new, empty database at {where}.", err=True)
        return self._db

    def audit(self, action: str, subject: str, detail: str = "") -> None:
        """Record that the person at this terminal viewed or changed patient data."""
        with transaction(self.db):
            audit_store.record(
                self.db, actor=actor(), action=action, subject=subject, now=now(), detail=detail
            )

    def close(self) -> None:
        """Close the database if it was opened."""
        if self._db is not None:
            self._db.conn.close()
            self._db = None


def quiet_libraries() -> None:
    """Keep libraries that log request details (phone numbers) out of INFO logs."""
    # twilio's HTTP client logs query parameters, e.g. To=+1312... on a message look-up
    logging.getLogger("twilio.http_client").setLevel(logging.WARNING)


def actor() -> str:
    """Return who is at the terminal, for the audit log."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name in some containers
        return "cli:unknown"


def now() -> datetime:
    """Return the current time; the CLI is the edge where the clock is read."""
    return datetime.now(UTC)


def echo_json(value: object) -> None:
    """Print a value as JSON, keeping accents readable."""
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


pass_app = click.make_pass_decorator(AppContext)
