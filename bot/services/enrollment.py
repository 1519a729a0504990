"""Enroll patients and keep their planned texts in step with their plan.

Sits above the store and the planner: validates, stores the patient, computes the
plan and writes every future text to the outbox, all in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.config import Config
from bot.domain.enrollment_fields import (
    check_enrollment_date,
    check_pain_score,
    parse_consent,
    parse_language,
    parse_timezone,
)
from bot.domain.phones import display_phone, normalize_mobile
from bot.domain.plan import Override, Plan, make_plan
from bot.domain.protocols import Protocol, load_protocol, parse_duration
from bot.errors import DuplicateEnrollment, InvalidChoice
from bot.store import from_db_time, transaction
from bot.store import outbox as outbox_store
from bot.store import patients as patient_store

DEFAULT_PROTOCOL = "intrathecal-pump-implant"


@dataclass(frozen=True)
class Enrollment:
    """A validated request to enroll one patient."""

    name: str
    phone: str
    discharged: date
    protocol: str
    timezone: str
    language: str
    mrn: str | None = None
    overrides: Mapping[str, Override] = field(default_factory=dict)
    consent_method: str = "sms-verbal"
    trial_days: int | None = None
    baseline_pain: float | None = None


def prepare(
    *,
    name: str,
    phone: str,
    discharged: date,
    protocol: str | None,
    timezone: str | None,
    language: str | None,
    config: Config,
    today: date,
    mrn: str | None = None,
    overrides: Mapping[str, Override] | None = None,
    consent_method: str = "sms-verbal",
    trial_days: int | None = None,
    baseline_pain: float | None = None,
) -> Enrollment:
    """Check every field of an enrollment and return it normalized."""
    clean_name = " ".join((name or "").split())
    if not clean_name:
        raise InvalidChoice("Patient name is empty; give the name the clinic uses.")
    chosen = load_protocol(protocol or DEFAULT_PROTOCOL)
    for key in overrides or {}:
        chosen.restriction(key)
    return Enrollment(
        name=clean_name,
        phone=normalize_mobile(phone),
        discharged=check_enrollment_date(discharged, today),
        protocol=chosen.name,
        timezone=parse_timezone(timezone or config.clinic.timezone),
        language=parse_language(language or "en"),
        mrn=(mrn or "").strip() or None,
        overrides=dict(overrides or {}),
        consent_method=parse_consent(consent_method),
        trial_days=trial_days,
        baseline_pain=check_pain_score(baseline_pain, "Baseline pain"),
    )


def enroll(db: sqlite_utils.Database, config: Config, request: Enrollment, now: datetime) -> int:
    """Store the patient, their windows and every planned text; return the patient id."""
    protocol = load_protocol(request.protocol)
    plan = _plan(protocol, config, request, now, lifted=(), notice=True)
    with transaction(db):
        existing = patient_store.find_duplicate(
            db, mrn=request.mrn, phone=request.phone, discharged=request.discharged
        )
        if existing is not None:
            how = f"MRN {request.mrn}" if request.mrn else "this phone and discharge date"
            raise DuplicateEnrollment(
                f"Patient {existing['id']} is already enrolled with {how}; use "
                f"`aftercare patient {existing['id']}` or correct that record instead."
            )
        patient_id = patient_store.insert_patient(
            db,
            {
                "name": request.name,
                "phone": request.phone,
                "mrn": request.mrn,
                "discharged_on": request.discharged.isoformat(),
                "protocol": request.protocol,
                "timezone": request.timezone,
                "language": request.language,
                "trial_days": request.trial_days,
                "baseline_pain": request.baseline_pain,
                "consent_method": request.consent_method,
                "consent_at": now,
            },
            now,
        )
        patient_store.save_restrictions(db, patient_id, _window_rows(plan, request.overrides))
        outbox_store.add_messages(db, _outbox_rows(patient_id, request.phone, plan), now)
    return patient_id


def patient_plan(db: sqlite_utils.Database, config: Config, patient: Mapping[str, Any]) -> Plan:
    """Recompute a stored patient's plan (windows with overrides, lifted ones left out)."""
    protocol = load_protocol(patient["protocol"])
    request, lifted = _stored_request(db, patient)
    return _plan(protocol, config, request, None, lifted=lifted, notice=True)


def replan(
    db: sqlite_utils.Database, config: Config, patient_id: int, now: datetime
) -> dict[str, int]:
    """Bring every not-yet-sent text of a patient in line with their current plan."""
    patient = patient_store.get_patient(db, patient_id)
    protocol = load_protocol(patient["protocol"])
    request, lifted = _stored_request(db, patient)
    existing = [
        row
        for row in outbox_store.messages(db, patient_id=patient_id)
        if row["kind"] in ("check_in", "reminder")  # the plan's own texts, not follow-ups
    ]
    already_texted = any(row["provider_sid"] for row in existing)
    plan = _plan(protocol, config, request, now, lifted=lifted, notice=not already_texted)
    rows = _one_a_day(_outbox_rows(patient_id, patient["phone"], plan), existing)
    by_key = {row["idempotency_key"]: row for row in existing}
    counts = {"added": 0, "changed": 0, "cancelled": 0}
    # a number known to be dead gets no texts, whatever the plan says
    active = patient["status"] == "active" and patient["phone_status"] == "ok"
    new_rows = []
    for row in rows:
        status = row["status"] if active else "cancelled"
        old = by_key.get(row["idempotency_key"])
        if old is None:
            new_rows.append({**row, "status": status})
        elif old["status"] in ("scheduled", "skipped", "cancelled") and not old["provider_sid"]:
            outbox_store.replan(
                db,
                old["id"],
                send_at=row["send_at"],
                planned_at=row["send_at"],
                body=row["body"],
                status=status,
                to_phone=patient["phone"],
                now=now,
            )
            counts["changed"] += 1
    counts["added"] = outbox_store.add_messages(db, new_rows, now)
    planned = {row["idempotency_key"] for row in rows}
    stale = [row["id"] for row in existing if row["idempotency_key"] not in planned]
    counts["cancelled"] = outbox_store.cancel_unsent(db, patient_id, now, stale)
    patient_store.save_restrictions(db, patient_id, _window_rows(plan, request.overrides))
    return counts


def correct_discharge_date(
    db: sqlite_utils.Database, config: Config, patient_id: int, discharged: date, now: datetime
) -> dict[str, int]:
    """Correct a discharge date and re-plan every text not yet sent."""
    check_enrollment_date(discharged, config.clinic.today(now))
    with transaction(db):
        patient_store.get_patient(db, patient_id)
        patient_store.update_patient(db, patient_id, now, discharged_on=discharged.isoformat())
        return replan(db, config, patient_id, now)


def lift_restriction(
    db: sqlite_utils.Database, config: Config, patient_id: int, key: str, now: datetime
) -> dict[str, int]:
    """Record that the physician cleared a restriction early; drop its remaining reminders."""
    with transaction(db):
        patient = patient_store.get_patient(db, patient_id)
        load_protocol(patient["protocol"]).restriction(key)
        local_today = now.astimezone(ZoneInfo(patient["timezone"])).date()
        if not patient_store.lift_restriction(db, patient_id, key, local_today):
            raise InvalidChoice(f"Restriction {key} of patient {patient_id} is already lifted.")
        return replan(db, config, patient_id, now)


def _plan(
    protocol: Protocol,
    config: Config,
    request: Enrollment,
    now: datetime | None,
    *,
    lifted: tuple[str, ...] | list[str],
    notice: bool,
) -> Plan:
    return make_plan(
        protocol,
        discharged=request.discharged,
        timezone=request.timezone,
        language=request.language,
        clinic_name=config.clinic.name,
        clinic_phone=display_phone(config.clinic.phone),
        overrides=request.overrides,
        lifted=lifted,
        trial_days=request.trial_days,
        now=now,
        opt_out_notice=notice,
    )


def _stored_request(
    db: sqlite_utils.Database, patient: Mapping[str, Any]
) -> tuple[Enrollment, list[str]]:
    overrides: dict[str, Override] = {}
    lifted: list[str] = []
    for row in patient_store.restrictions_of(db, patient["id"]):
        if row["min_override"] or row["max_override"]:
            overrides[row["key"]] = Override(
                parse_duration(row["min_override"]) if row["min_override"] else None,
                parse_duration(row["max_override"]) if row["max_override"] else None,
            )
        if row["lifted_on"]:
            lifted.append(row["key"])
    request = Enrollment(
        name=patient["name"],
        phone=patient["phone"],
        discharged=date.fromisoformat(patient["discharged_on"]),
        protocol=patient["protocol"],
        timezone=patient["timezone"],
        language=patient["language"],
        mrn=patient["mrn"],
        overrides=overrides,
        trial_days=patient["trial_days"],
        baseline_pain=patient["baseline_pain"],
    )
    return request, lifted


def _one_a_day(rows: list[dict[str, Any]], existing: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Skip a re-planned text that would land on a local day that already had one."""
    texted_days = {
        from_db_time(row["send_at"]).astimezone(ZoneInfo(row["timezone"])).date()
        for row in existing
        if row["provider_sid"] and row["kind"] in ("check_in", "reminder")
    }
    sent_keys = {row["idempotency_key"] for row in existing if row["provider_sid"]}
    return [
        {**row, "status": "skipped"}
        if row["status"] == "scheduled"
        and row["idempotency_key"] not in sent_keys
        and row["send_at"].date() in texted_days
        else row
        for row in rows
    ]


def _window_rows(plan: Plan, overrides: Mapping[str, Override]) -> list[dict[str, Any]]:
    rows = []
    for window in plan.windows:
        override = overrides.get(window.key, Override())
        rows.append(
            {
                "key": window.key,
                "label": window.label,
                "starts_on": window.starts.isoformat(),
                "earliest_end": window.earliest_end.isoformat(),
                "latest_end": window.latest_end.isoformat(),
                "min_override": str(override.minimum) if override.minimum else None,
                "max_override": str(override.maximum) if override.maximum else None,
            }
        )
    return rows


def _outbox_rows(patient_id: int, phone: str, plan: Plan) -> list[dict[str, Any]]:
    return [
        {
            "patient_id": patient_id,
            "idempotency_key": f"{patient_id}:{plan.protocol}:{message.step}",
            "step": message.step,
            "kind": message.kind,
            "to_phone": phone,
            "body": message.body,
            "send_at": message.send_at,
            "timezone": plan.timezone,
            "status": message.status,
            "question": message.question,
        }
        for message in plan.messages
    ]
