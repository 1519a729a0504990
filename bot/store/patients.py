"""Patients and their restriction windows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

import sqlite_utils

from bot.domain.outbox_kinds import PLANNED_KINDS
from bot.errors import NotFound
from bot.store.db import to_db_time

Row = dict[str, Any]
PATIENT_COLUMNS = (
    "name, phone, mrn, discharged_on, protocol, timezone, language, trial_days, "
    "baseline_pain, consent_method, consent_at"
)


def find_duplicate(
    db: sqlite_utils.Database, *, mrn: str | None, phone: str, discharged: date
) -> Row | None:
    """Return the patient this one duplicates: same MRN, else same phone and discharge date."""
    if mrn:
        rows = list(db.query("SELECT * FROM patients WHERE mrn = ?", [mrn]))
    else:
        rows = list(
            db.query(
                "SELECT * FROM patients WHERE phone = ? AND discharged_on = ?",
                [phone, discharged.isoformat()],
            )
        )
    return rows[0] if rows else None


def insert_patient(db: sqlite_utils.Database, patient: Row, now: datetime) -> int:
    """Insert a patient row and return its id."""
    stamp = to_db_time(now)
    cursor = db.execute(
        f"INSERT INTO patients ({PATIENT_COLUMNS}, status, enrolled_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)",
        [
            patient["name"],
            patient["phone"],
            patient["mrn"] or None,
            patient["discharged_on"],
            patient["protocol"],
            patient["timezone"],
            patient["language"],
            patient["trial_days"],
            patient.get("baseline_pain"),
            patient["consent_method"],
            to_db_time(patient["consent_at"]),
            stamp,
            stamp,
        ],
    )
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def get_patient(db: sqlite_utils.Database, patient_id: int) -> Row:
    """Return one patient, or raise NotFound."""
    rows = list(db.query("SELECT * FROM patients WHERE id = ?", [patient_id]))
    if not rows:
        raise NotFound(f"Patient {patient_id} does not exist; run `aftercare patients` for ids.")
    return rows[0]


def list_patients(db: sqlite_utils.Database) -> list[Row]:
    """Return every patient, newest discharge first."""
    return list(db.query("SELECT * FROM patients ORDER BY discharged_on DESC, id DESC"))


def patients_by_phone(db: sqlite_utils.Database, phone: str) -> list[Row]:
    """Return the patients texting from this number, most recently discharged first."""
    return list(
        db.query(
            "SELECT * FROM patients WHERE phone = ? ORDER BY discharged_on DESC, id DESC",
            [phone],
        )
    )


def update_patient(
    db: sqlite_utils.Database, patient_id: int, now: datetime, **fields: Any
) -> None:
    """Change some of a patient's columns."""
    allowed = {"discharged_on", "status", "phone_status", "language", "timezone", "trial_days"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"cannot update patient columns {sorted(unknown)}")
    assignments = ", ".join(f"{column} = ?" for column in fields)
    db.execute(
        f"UPDATE patients SET {assignments}, updated_at = ? WHERE id = ?",
        [*fields.values(), to_db_time(now), patient_id],
    )


def save_restrictions(db: sqlite_utils.Database, patient_id: int, windows: Iterable[Row]) -> None:
    """Insert or update a patient's restriction windows (keeps lifted dates)."""
    for window in windows:
        db.execute(
            "INSERT INTO restrictions (patient_id, key, label, starts_on, earliest_end, "
            "latest_end, min_override, max_override) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (patient_id, key) DO UPDATE SET label = excluded.label, "
            "starts_on = excluded.starts_on, earliest_end = excluded.earliest_end, "
            "latest_end = excluded.latest_end",
            [
                patient_id,
                window["key"],
                window["label"],
                window["starts_on"],
                window["earliest_end"],
                window["latest_end"],
                window.get("min_override"),
                window.get("max_override"),
            ],
        )


def restrictions_of(db: sqlite_utils.Database, patient_id: int) -> list[Row]:
    """Return a patient's restriction windows."""
    return list(
        db.query("SELECT * FROM restrictions WHERE patient_id = ? ORDER BY id", [patient_id])
    )


def lift_restriction(db: sqlite_utils.Database, patient_id: int, key: str, on: date) -> bool:
    """Record that the physician lifted a restriction; False if it was already lifted."""
    cursor = db.execute(
        "UPDATE restrictions SET lifted_on = ? WHERE patient_id = ? AND key = ? "
        "AND lifted_on IS NULL",
        [on.isoformat(), patient_id, key],
    )
    return int(cursor.rowcount) == 1


def complete_finished(db: sqlite_utils.Database, now: datetime, grace: timedelta) -> int:
    """Mark active patients whose last planned text went out over `grace` ago as completed."""
    planned = ", ".join("?" for _ in PLANNED_KINDS)
    cursor = db.execute(
        "UPDATE patients SET status = 'completed', updated_at = ? WHERE status = 'active' "
        "AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.patient_id = patients.id "
        f"  AND outbox.kind IN ({planned}) AND outbox.status IN ('scheduled', 'sending')) "
        "AND (SELECT max(send_at) FROM outbox WHERE outbox.patient_id = patients.id "
        f"  AND outbox.kind IN ({planned})) < ?",
        [to_db_time(now), *PLANNED_KINDS, *PLANNED_KINDS, to_db_time(now - grace)],
    )
    return int(cursor.rowcount)
