"""`aftercare backup` and `aftercare restore`: a copy taken while running, a drill to restore."""

from __future__ import annotations

from pathlib import Path

import click

from bot.cli.context import AppContext, pass_app
from bot.store.backup import back_up, restore


@click.command("backup")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@pass_app
def backup_command(app: AppContext, path: Path) -> None:
    """Copy the database to PATH; safe while the bot runs (SQLite's online backup).

    The copy is checked with SQLite's integrity check before it is kept.

    Example: aftercare backup /var/backups/aftercare-2026-03-01.db
    """
    size = back_up(app.config.database.path, path)
    click.echo(f"Backed up {app.config.database.path} to {path} ({size:,} bytes).")


@click.command("restore")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@pass_app
def restore_command(app: AppContext, path: Path) -> None:
    """Replace the database with the backup at PATH; refuses while the bot runs.

    The backup is checked with SQLite's integrity check first; stop `aftercare run` (or
    `serve`) before restoring.

    Example: aftercare restore /var/backups/aftercare-2026-03-01.db
    """
    restore(app.config.database.path, path)
    click.echo(f"Restored {app.config.database.path} from {path}.")
