"""What a nurse does from the dashboard, each in one transaction with its audit entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlite_utils

from bot.config import Config
from bot.errors import InputError, InvalidChoice
from bot.services import enrollment
from bot.store import audit as audit_store
from bot.store import flags as flag_store
from bot.store import patient_view, transaction
from bot.store import patients as patient_store


@dataclass(frozen=True)
class Nurse:
    """Who acts, and from which address (for the audit log)."""

    email: str
    address: str


def _audit(
    db: sqlite_utils.Database,
    nurse: Nurse,
    action: str,
    subject: str,
    now: datetime,
    *,
    patient_id: int | None,
    detail: str = "",
) -> None:
    audit_store.record(
        db,
        actor=nurse.email,
        action=action,
        subject=subject,
        now=now,
        detail=detail,
        patient_id=patient_id,
        address=nurse.address,
    )


def acknowledge(db: sqlite_utils.Database, flag_id: int, nurse: Nurse, now: datetime) -> None:
    """Take a flag: it is yours, and the on-call phone stops being re-texted about it."""
    with transaction(db):
        flag = flag_store.get_flag(db, flag_id)
        if not flag_store.acknowledge(db, flag_id, by=nurse.email, now=now):
            raise InvalidChoice(f"Flag {flag_id} is already {flag['status']}.")
        _audit(db, nurse, "acknowledge", f"flag {flag_id}", now, patient_id=flag["patient_id"])


def resolve(
    db: sqlite_utils.Database, flag_id: int, note: str, nurse: Nurse, now: datetime
) -> None:
    """Close a flag with a note saying what was done."""
    note = note.strip()
    if not note:
        raise InputError("The note is empty; say what was done before resolving.")
    with transaction(db):
        flag = flag_store.get_flag(db, flag_id)
        if not flag_store.resolve(db, flag_id, by=nurse.email, now=now, note=note):
            raise InvalidChoice(f"Flag {flag_id} is already resolved.")
        _audit(db, nurse, "resolve", f"flag {flag_id}", now, patient_id=flag["patient_id"])


def correct_discharge_date(
    db: sqlite_utils.Database,
    config: Config,
    patient_id: int,
    discharged: date,
    nurse: Nurse,
    now: datetime,
) -> dict[str, int]:
    """Correct the discharge date; every text not yet sent is re-planned."""
    with transaction(db):
        counts = enrollment.correct_discharge_date(db, config, patient_id, discharged, now)
        _audit(
            db,
            nurse,
            "correct discharge date",
            f"patient {patient_id}",
            now,
            patient_id=patient_id,
            detail=discharged.isoformat(),
        )
    return counts


def lift_restriction(
    db: sqlite_utils.Database,
    config: Config,
    patient_id: int,
    key: str,
    nurse: Nurse,
    now: datetime,
) -> None:
    """Record that the physician lifted a restriction; its reminders are cancelled."""
    with transaction(db):
        enrollment.lift_restriction(db, config, patient_id, key, now)
        _audit(
            db,
            nurse,
            "lift restriction",
            f"patient {patient_id}",
            now,
            patient_id=patient_id,
            detail=key,
        )


def set_paused(
    db: sqlite_utils.Database,
    config: Config,
    patient_id: int,
    paused: bool,
    nurse: Nurse,
    now: datetime,
) -> None:
    """Pause the patient's planned texts (cancelled while paused) or resume them."""
    with transaction(db):
        patient = patient_store.get_patient(db, patient_id)
        wanted, allowed = ("paused", "active") if paused else ("active", "paused")
        if patient["status"] != allowed:
            raise InvalidChoice(
                f"Texts to patient {patient_id} cannot be "
                f"{'paused' if paused else 'resumed'}: the patient is {patient['status']}."
            )
        patient_store.update_patient(db, patient_id, now, status=wanted)
        enrollment.replan(db, config, patient_id, now)
        _audit(
            db,
            nurse,
            "pause texts" if paused else "resume texts",
            f"patient {patient_id}",
            now,
            patient_id=patient_id,
        )


def mark_number_bad(
    db: sqlite_utils.Database, config: Config, patient_id: int, nurse: Nurse, now: datetime
) -> None:
    """Record that the patient's number cannot take texts; their planned texts stop."""
    with transaction(db):
        patient_store.get_patient(db, patient_id)
        patient_store.update_patient(db, patient_id, now, phone_status="invalid")
        enrollment.replan(db, config, patient_id, now)
        _audit(db, nurse, "mark number bad", f"patient {patient_id}", now, patient_id=patient_id)


def record_call(
    db: sqlite_utils.Database, patient_id: int, note: str, nurse: Nurse, now: datetime
) -> None:
    """Record that the patient was phoned, and what was said."""
    note = note.strip()
    if not note:
        raise InputError("The call note is empty; say what was discussed.")
    with transaction(db):
        patient_store.get_patient(db, patient_id)
        patient_view.record_call(db, patient_id, by=nurse.email, note=note, now=now)
        _audit(db, nurse, "record call", f"patient {patient_id}", now, patient_id=patient_id)


def record_view(
    db: sqlite_utils.Database,
    nurse: Nurse,
    what: str,
    now: datetime,
    *,
    patient_id: int | None = None,
    detail: str = "",
) -> None:
    """Audit that a nurse looked at patient data (a page, the queue, a search)."""
    with transaction(db):
        _audit(db, nurse, "view", what, now, patient_id=patient_id, detail=detail)
