"""How plans, patients and outbox rows look on a terminal and in JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

import click

from bot.domain.plan import Plan
from bot.store import from_db_time


def plan_json(plan: Plan) -> dict[str, Any]:
    """Return the plan as the JSON object scripts rely on."""
    return {
        "protocol": plan.protocol,
        "discharged": plan.discharged.isoformat(),
        "timezone": plan.timezone,
        "restrictions": [
            {
                "key": w.key,
                "label": w.label,
                "starts": w.starts.isoformat(),
                "earliest_end": w.earliest_end.isoformat(),
                "latest_end": w.latest_end.isoformat(),
            }
            for w in plan.windows
        ],
        "messages": [
            {
                "key": m.step,
                "kind": m.kind,
                "send_at": m.send_at.isoformat(),
                "body": m.body,
                "status": m.status,
            }
            for m in plan.messages
        ],
    }


def print_plan(plan: Plan) -> None:
    """Print the plan for a person to read."""
    click.echo(f"{plan.protocol}, discharged {plan.discharged} ({plan.timezone})")
    if plan.windows:
        click.echo("\nRestrictions (may be lifted from / expected to be lifted by):")
        for w in plan.windows:
            click.echo(f"  {w.key:<20} {w.starts} -> {w.earliest_end} ... {w.latest_end}")
    click.echo("\nTexts:")
    for m in plan.messages:
        click.echo(f"  {m.send_at:%a %Y-%m-%d %H:%M %Z}  {m.step:<7} {m.kind:<9} {m.status}")
        click.echo(f"      {m.body}")


def patient_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """Return a patient row as the JSON object scripts rely on."""
    return {
        "id": row["id"],
        "name": row["name"],
        "phone": row["phone"],
        "mrn": row["mrn"],
        "discharged": row["discharged_on"],
        "protocol": row["protocol"],
        "timezone": row["timezone"],
        "language": row["language"],
        "status": row["status"],
        "phone_status": row["phone_status"],
        "trial_days": row["trial_days"],
        "baseline_pain": row["baseline_pain"],
        "consent": {"method": row["consent_method"], "at": row["consent_at"]},
    }


def outbox_json(row: Mapping[str, Any]) -> dict[str, Any]:
    """Return an outbox row with its send time in the patient's own offset."""
    zone = ZoneInfo(row["timezone"])
    return {
        "id": row["id"],
        "patient_id": row["patient_id"],
        "to": row["to_phone"],
        "step": row["step"],
        "kind": row["kind"],
        "send_at": from_db_time(row["send_at"]).astimezone(zone).isoformat(),
        "status": row["status"],
        "attempts": row["attempts"],
        "provider_sid": row["provider_sid"],
        "provider_status": row["provider_status"],
        "error_code": row["error_code"],
        "error_message": row["error_message"],
        "body": row["body"],
    }


def print_outbox(rows: list[dict[str, Any]]) -> None:
    """Print outbox rows as a table."""
    if not rows:
        click.echo("No messages.")
        return
    for row in rows:
        item = outbox_json(row)
        extra = f" sid={item['provider_sid']}" if item["provider_sid"] else ""
        if item["error_code"]:
            extra += f" error={item['error_code']}"
        click.echo(
            f"{item['id']:>6}  patient {item['patient_id'] or '-':>5}  {item['send_at']}  "
            f"{item['kind']:<9} {item['status']:<11}{extra}"
        )
