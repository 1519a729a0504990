"""`aftercare audit`: export the audit log of who viewed or changed patient data."""

from __future__ import annotations

from datetime import date, datetime, time

import click

from bot.cli.context import AppContext, echo_json, pass_app
from bot.errors import InvalidDate
from bot.store import audit as audit_store
from bot.store import from_db_time


@click.command("audit")
@click.option("--since", help="First day to include (YYYY-MM-DD, the clinic's calendar).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_app
def audit_command(app: AppContext, since: str | None, as_json: bool) -> None:
    """Print the audit log, oldest first: who, what, which patient, when, from where.

    Times are the clinic's local time; with --json, UTC ISO times as stored.

    Example: aftercare audit --since 2026-03-01 --json
    """
    start = None
    if since:
        try:
            start = datetime.combine(date.fromisoformat(since), time(0), app.config.clinic.zone)
        except ValueError as ex:
            raise InvalidDate(f"--since {since!r} is not a date; use YYYY-MM-DD.") from ex
    rows = audit_store.search(app.db, since=start, limit=None, oldest_first=True)
    if as_json:
        echo_json(rows)
        return
    zone = app.config.clinic.zone
    for row in rows:
        patient = f"patient {row['patient_id']}" if row["patient_id"] else "-"
        local = from_db_time(row["at"]).astimezone(zone)
        click.echo(
            f"{local:%Y-%m-%d %H:%M:%S %Z}  {row['actor']:<28} {row['action']:<22} "
            f"{row['subject']:<14} {patient:<12} {row['address'] or '-':<15} {row['detail']}"
        )
