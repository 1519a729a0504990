"""`aftercare outbox`: the planned and sent texts."""

from __future__ import annotations

import click

from bot.cli.context import AppContext, echo_json, pass_app
from bot.cli.views import outbox_json, print_outbox
from bot.store import outbox as outbox_store

STATUSES = (
    "scheduled",
    "sending",
    "sent",
    "delivered",
    "undelivered",
    "failed",
    "cancelled",
    "skipped",
)


@click.command("outbox")
@click.option("--patient", "patient_id", type=int, help="Only this patient's texts.")
@click.option("--status", type=click.Choice(STATUSES), help="Only texts with this status.")
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_app
def outbox_command(
    app: AppContext, patient_id: int | None, status: str | None, limit: int | None, as_json: bool
) -> None:
    """List planned and sent texts with their status, provider SID and error code.

    Example: aftercare outbox --patient 3 --status scheduled
    """
    rows = outbox_store.messages(app.db, patient_id=patient_id, status=status, limit=limit)
    app.audit("view", f"patient {patient_id} texts" if patient_id else "outbox")
    if as_json:
        echo_json([outbox_json(row) for row in rows])
    else:
        print_outbox(rows)
