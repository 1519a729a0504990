"""Patient commands: enroll, list, show, correct a discharge date, lift, import."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from bot.cli.context import AppContext, echo_json, now, pass_app
from bot.cli.views import outbox_json, patient_json, print_outbox
from bot.domain.enrollment_fields import CONSENT_METHODS, parse_date, parse_override
from bot.domain.pain import relief_percent
from bot.errors import ImportFileError
from bot.services.csv_import import import_csv, read_rows
from bot.services.enrollment import (
    correct_discharge_date,
    enroll,
    lift_restriction,
    patient_plan,
    prepare,
)
from bot.store import outbox as outbox_store
from bot.store import pain as pain_store
from bot.store import patients as patient_store


@click.command("enroll")
@click.option("--name", required=True, help="Patient's name.")
@click.option("--phone", required=True, help="Mobile number, e.g. (312) 555-0123 or +13125550123.")
@click.option("--discharged", required=True, help="Discharge date, YYYY-MM-DD.")
@click.option("--protocol", help="Protocol name (default: intrathecal-pump-implant).")
@click.option("--timezone", help="Patient's IANA time zone (default: the clinic's).")
@click.option("--language", help="en or es (default: en).")
@click.option("--mrn", help="Medical record number (used to spot duplicates).")
@click.option("--restrict", multiple=True, metavar="KEY=DURATION", help="Physician override.")
@click.option("--trial-days", type=int, help="Trial length in days (trial protocol only).")
@click.option(
    "--baseline-pain",
    type=float,
    metavar="0-10",
    help="Pain score before the procedure (a trial's relief is measured from it).",
)
@click.option(
    "--consent",
    type=click.Choice(CONSENT_METHODS),
    default="sms-verbal",
    show_default=True,
    help="How the patient agreed to receive texts.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the new patient as JSON.")
@pass_app
def enroll_command(
    app: AppContext,
    name: str,
    phone: str,
    discharged: str,
    protocol: str | None,
    timezone: str | None,
    language: str | None,
    mrn: str | None,
    restrict: tuple[str, ...],
    trial_days: int | None,
    baseline_pain: float | None,
    consent: str,
    as_json: bool,
) -> None:
    """Enroll a patient and schedule every check-in text.

    Example: aftercare enroll --name "Ana Ruiz" --phone "(312) 555-0123"
    --discharged 2026-03-01 --language es --restrict driving=3w
    """
    moment = now()
    request = prepare(
        name=name,
        phone=phone,
        discharged=parse_date(discharged, "Discharge date"),
        protocol=protocol,
        timezone=timezone,
        language=language,
        mrn=mrn,
        overrides=dict(parse_override(spec) for spec in restrict),
        consent_method=consent,
        trial_days=trial_days,
        baseline_pain=baseline_pain,
        config=app.config,
        today=app.config.clinic.today(moment),
    )
    patient_id = enroll(app.db, app.config, request, moment)
    app.audit("enroll", f"patient {patient_id}")
    row = patient_store.get_patient(app.db, patient_id)
    if as_json:
        echo_json(patient_json(row))
        return
    scheduled = outbox_store.messages(app.db, patient_id=patient_id, status="scheduled")
    click.echo(f"Enrolled patient {patient_id}: {row['name']}, {len(scheduled)} texts scheduled.")


@click.command("patients")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_app
def patients_command(app: AppContext, as_json: bool) -> None:
    """List enrolled patients.

    Example: aftercare patients --json
    """
    rows = patient_store.list_patients(app.db)
    app.audit("view", "patients", f"{len(rows)} listed")
    if as_json:
        echo_json([patient_json(row) for row in rows])
        return
    if not rows:
        click.echo("No patients enrolled yet.")
    for row in rows:
        click.echo(
            f"{row['id']:>6}  {row['name']:<28} {row['phone']:<14} discharged "
            f"{row['discharged_on']}  {row['protocol']:<26} {row['language']}  {row['status']}"
        )


@click.command("patient")
@click.argument("patient_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@pass_app
def patient_command(app: AppContext, patient_id: int, as_json: bool) -> None:
    """Show one patient: details, restriction windows and texts.

    Example: aftercare patient 3
    """
    row = patient_store.get_patient(app.db, patient_id)
    restrictions = patient_store.restrictions_of(app.db, patient_id)
    texts = outbox_store.messages(app.db, patient_id=patient_id)
    app.audit("view", f"patient {patient_id}")
    if as_json:
        echo_json(
            {
                **patient_json(row),
                "restrictions": [
                    {
                        "key": r["key"],
                        "label": r["label"],
                        "starts": r["starts_on"],
                        "earliest_end": r["earliest_end"],
                        "latest_end": r["latest_end"],
                        "lifted_on": r["lifted_on"],
                    }
                    for r in restrictions
                ],
                "messages": [outbox_json(t) for t in texts],
                "pain": _pain_json(app, row),
            }
        )
        return
    plan = patient_plan(app.db, app.config, row)
    click.echo(f"Patient {row['id']}: {row['name']}  {row['phone']}  MRN {row['mrn'] or '-'}")
    click.echo(
        f"{plan.protocol}, discharged {row['discharged_on']}, {row['timezone']}, "
        f"{row['language']}, {row['status']}"
    )
    if restrictions:
        click.echo("\nRestrictions (may be lifted from / expected to be lifted by):")
        for r in restrictions:
            lifted = f"  lifted {r['lifted_on']}" if r["lifted_on"] else ""
            click.echo(f"  {r['key']:<20} {r['earliest_end']} ... {r['latest_end']}{lifted}")
    click.echo("\nTexts:")
    print_outbox(texts)


@click.command("discharge-date")
@click.argument("patient_id", type=int)
@click.argument("discharged")
@pass_app
def discharge_date_command(app: AppContext, patient_id: int, discharged: str) -> None:
    """Correct a patient's discharge date and re-plan every text not yet sent.

    Example: aftercare discharge-date 3 2026-03-02
    """
    counts = correct_discharge_date(
        app.db, app.config, patient_id, parse_date(discharged, "Discharge date"), now()
    )
    app.audit("correct discharge date", f"patient {patient_id}", discharged)
    click.echo(
        f"Patient {patient_id} re-planned from {discharged}: {counts['changed']} texts moved, "
        f"{counts['added']} added, {counts['cancelled']} cancelled; texts already sent stay."
    )


@click.command("lift")
@click.argument("patient_id", type=int)
@click.argument("key")
@pass_app
def lift_command(app: AppContext, patient_id: int, key: str) -> None:
    """Record that the physician cleared a restriction early; cancel its reminders.

    Example: aftercare lift 3 driving
    """
    lift_restriction(app.db, app.config, patient_id, key, now())
    app.audit("lift restriction", f"patient {patient_id}", key)
    click.echo(f"Restriction {key} lifted for patient {patient_id}; its reminders are cancelled.")


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@pass_app
def import_command(app: AppContext, file: Path) -> None:
    """Enroll patients from a CSV file; report every bad row by line number.

    Columns: name, phone, discharged, protocol, timezone, language, mrn. Re-importing
    the same file adds nothing (patients match by MRN, else phone and discharge date).

    Example: aftercare import discharges-2026-03-01.csv
    """
    moment = now()
    try:
        lines, _ = read_rows(file)  # reads the whole file before anything is written
    except ImportFileError as ex:
        app.audit("import refused", f"file {file.name}", str(ex))
        raise
    if sys.stdout.isatty():
        with click.progressbar(length=lines, label="Importing", file=sys.stderr) as bar:
            seen = [0]

            def advance(line: int) -> None:
                bar.update(line - seen[0])
                seen[0] = line

            report = import_csv(app.db, app.config, file, moment, progress=advance)
    else:
        report = import_csv(app.db, app.config, file, moment)
    app.audit("import", f"file {file.name}", f"{len(report.added)} enrolled")
    click.echo(
        f"{len(report.added)} patients enrolled, {len(report.already_enrolled)} already "
        f"enrolled, {len(report.errors)} rows with errors."
    )
    for line, reason in report.errors:
        click.echo(f"line {line}: {reason}", err=True)
    if report.errors:
        raise click.exceptions.Exit(1)


def _pain_json(app: AppContext, row: dict[str, Any]) -> dict[str, Any]:
    """Return the baseline, the scores the patient texted and the relief from the baseline."""
    scores = pain_store.scores_of(app.db, row["id"])
    latest = scores[-1]["pain"] if scores else None
    return {
        "baseline": row["baseline_pain"],
        "scores": [{"at": s["received_at"], "score": s["pain"]} for s in scores],
        "relief_percent": relief_percent(row["baseline_pain"], latest),
    }
