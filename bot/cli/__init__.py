"""The `aftercare` command line: one group, a module per area of work."""

from __future__ import annotations

import click

from bot import __version__
from bot.cli.audit_cmd import audit_command
from bot.cli.backup_cmd import backup_command, restore_command
from bot.cli.context import AftercareGroup, AppContext
from bot.cli.demo_cmd import demo_command
from bot.cli.flags_cmd import ack_command, flags_command, resolve_command, simulate_command
from bot.cli.outbox_cmd import outbox_command
from bot.cli.patients import (
    discharge_date_command,
    enroll_command,
    import_command,
    lift_command,
    patient_command,
    patients_command,
)
from bot.cli.planning import plan_command
from bot.cli.service import run_command, send_due_command, serve_command
from bot.cli.triage_cmd import triage_command
from bot.cli.users_cmd import users_group

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


@click.group(cls=AftercareGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="aftercare")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Settings file (default: $AFTERCARE_CONFIG, else ./config.toml, else built-in).",
)
@click.pass_context
def cli(ctx: click.Context, config_path: str | None) -> None:
    """Post-discharge SMS check-ins and triage for intrathecal pump patients.

    Example: aftercare plan --discharged 2026-03-01 --timezone America/Chicago
    """
    ctx.obj = AppContext(config_path)
    ctx.call_on_close(ctx.obj.close)


for command in (
    plan_command,
    enroll_command,
    patients_command,
    patient_command,
    discharge_date_command,
    lift_command,
    import_command,
    outbox_command,
    send_due_command,
    serve_command,
    run_command,
    flags_command,
    ack_command,
    resolve_command,
    simulate_command,
    triage_command,
    users_group,
    audit_command,
    demo_command,
    backup_command,
    restore_command,
):
    cli.add_command(command)


def main() -> None:
    """Run the command line."""
    cli(prog_name="aftercare")
