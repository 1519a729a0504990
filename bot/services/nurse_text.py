"""A nurse's own text to a patient: queued in the outbox like every other text.

It goes through the same dispatcher (the provider's rate cap, delivery receipts,
retries), at once and at any hour, because a person chose to send it now.
"""

from __future__ import annotations

import secrets
from datetime import datetime

import sqlite_utils

from bot.errors import InputError, InvalidChoice
from bot.store import audit as audit_store
from bot.store import outbox as outbox_store
from bot.store import patients as patient_store
from bot.store import transaction

KIND = "nurse"
MAX_LENGTH = 480  # three SMS segments; longer belongs in a phone call


def send_nurse_text(
    db: sqlite_utils.Database,
    patient_id: int,
    text: str,
    *,
    clinic_name: str,
    by: str,
    address: str,
    now: datetime,
) -> int:
    """Queue a nurse's text to the patient; return its outbox id."""
    words = " ".join(text.split())
    if not words:
        raise InputError("The text is empty; write what the patient should read.")
    if len(words) > MAX_LENGTH:
        raise InputError(f"The text is longer than {MAX_LENGTH} characters; phone instead.")
    with transaction(db):
        patient = patient_store.get_patient(db, patient_id)
        if patient["status"] == "opted_out":
            raise InvalidChoice("The patient replied STOP; texts are not allowed. Phone them.")
        if patient["phone_status"] != "ok":
            raise InvalidChoice("The patient's number is marked bad; phone them instead.")
        key = f"{KIND}:{patient_id}:{secrets.token_hex(8)}"
        body = words if words.startswith(clinic_name) else f"{clinic_name}: {words}"
        outbox_store.add_messages(
            db,
            [
                {
                    "patient_id": patient_id,
                    "idempotency_key": key,
                    "step": f"nurse:{by}",
                    "kind": KIND,
                    "to_phone": patient["phone"],
                    "body": body,
                    "send_at": now,
                    "timezone": patient["timezone"],
                }
            ],
            now,
        )
        outbox_id = int(outbox_store.by_key(db, [key])[key]["id"])
        audit_store.record(
            db,
            actor=by,
            action="send text",
            subject=f"patient {patient_id}",
            now=now,
            detail=f"outbox {outbox_id}",
            patient_id=patient_id,
            address=address,
        )
    return outbox_id
