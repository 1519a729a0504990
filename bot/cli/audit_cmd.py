"""`aftercare audit`: export the audit log of who viewed or changed patient data."""

from __future__ import annotations

from datetime import date, datetime, time

import click

from bot.cli.context import AppContext, echo_json, pass_app
from bot.errors import InvalidDate
from bot.store import audit as audit_store


@click.command("audit")
@click.option("--since", help="First day to include (YYYY-MM-DD, the clinic's calendar).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_app
def audit_command(app: AppContext, since: str | None, as_json: bool) -> None:
    """Print the audit log, oldest first: who, what, which patient, when, from where.

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
    for row in rows:
        patient = f"patient {row['patient_id']}" if row["patient_id"] else "-"
        click.echo(
            f"{row['at']}  {row['actor']:<28} {row['action']:<22} {row['subject']:<14} "
            f"{patient:<12} {row['address'] or '-':<15} {row['detail']}"
        )
