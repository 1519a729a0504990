"""`aftercare plan`: compute a patient's windows and texts without storing anything."""

from __future__ import annotations

import click

from bot.cli.context import AppContext, echo_json, pass_app
from bot.cli.views import plan_json, print_plan
from bot.domain.enrollment_fields import parse_date, parse_language, parse_override, parse_timezone
from bot.domain.phones import display_phone
from bot.domain.plan import make_plan
from bot.domain.protocols import load_protocol
from bot.services.enrollment import DEFAULT_PROTOCOL


@click.command("plan")
@click.option("--discharged", required=True, help="Discharge date, YYYY-MM-DD.")
@click.option("--protocol", default=DEFAULT_PROTOCOL, show_default=True, help="Protocol name.")
@click.option("--timezone", help="Patient's IANA time zone (default: the clinic's).")
@click.option("--language", default="en", show_default=True, help="en or es.")
@click.option("--restrict", multiple=True, metavar="KEY=DURATION", help="Override a window.")
@click.option("--trial-days", type=int, help="Trial length in days (trial protocol only).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@pass_app
def plan_command(
    app: AppContext,
    discharged: str,
    protocol: str,
    timezone: str | None,
    language: str,
    restrict: tuple[str, ...],
    trial_days: int | None,
    as_json: bool,
) -> None:
    """Show the restriction windows and check-in texts for a discharge date.

    Computes without storing; any real date works, for what-if questions.

    Example: aftercare plan --discharged 2026-03-01 --timezone America/Chicago --json
    """
    config = app.config
    chosen = load_protocol(protocol)
    overrides = dict(parse_override(spec) for spec in restrict)
    plan = make_plan(
        chosen,
        discharged=parse_date(discharged, "Discharge date"),
        timezone=parse_timezone(timezone or config.clinic.timezone),
        language=parse_language(language),
        clinic_name=config.clinic.name,
        clinic_phone=display_phone(config.clinic.phone),
        overrides=overrides,
        trial_days=trial_days,
    )
    if as_json:
        echo_json(plan_json(plan))
    else:
        print_plan(plan)
