"""What to do when a text cannot reach its number: stop texting it, and tell a person.

Shared by the dispatcher (the provider refused the text) and the status callback (the
carrier could not deliver it), so both treat a dead number the same way.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlite_utils

from bot.sms.twilio_codes import describe_error
from bot.store import flags as flag_store
from bot.store import outbox as outbox_store
from bot.store import patients as patient_store

UNSUBSCRIBED = frozenset({21610})  # the person replied STOP to the carrier
BLOCKED = frozenset({30004})  # the person blocked the sender
DEAD_NUMBER = frozenset({21211, 21614, 30005, 30006})  # not a valid, textable number


def text_not_delivered(
    db: sqlite_utils.Database,
    row: dict[str, Any],
    *,
    code: int | None,
    what: str,
    now: datetime,
    permanent: bool,
) -> dict[str, Any]:
    """Record that this outbox text failed for good and raise the flag a person needs."""
    words = describe_error(code) if code else what
    if row["kind"] == "alert":
        # an alert to the on-call clinician failed: the patient is not to blame, and the
        # clinic must learn at once that its safety net has a hole
        return flag_store.raise_flag(
            db,
            patient_id=row["patient_id"],
            level="urgent",
            reason="on-call phone cannot be texted",
            now=now,
            outbox_id=row["id"],
            detail=f"An alert to the on-call phone failed: {words}. Check [on_call] phone "
            "and read this queue by hand until it is fixed.",
        )
    patient_id = row["patient_id"]
    reason = "delivery failure"
    if permanent and patient_id is not None:
        if code in UNSUBSCRIBED | BLOCKED:
            reason = "opted out"
            # the carrier's opt-out is for the number: nobody texted at it gets texts
            for each in patient_store.patients_by_phone(db, row["to_phone"]):
                if each["status"] in ("active", "paused"):
                    patient_store.update_patient(db, each["id"], now, status="opted_out")
                    outbox_store.cancel_unsent(db, each["id"], now)
        elif code in DEAD_NUMBER:
            patient_store.update_patient(db, patient_id, now, phone_status="invalid")
            outbox_store.cancel_unsent(db, patient_id, now)
    return flag_store.raise_flag(
        db,
        patient_id=patient_id,
        level="routine",
        reason=reason,
        now=now,
        outbox_id=row["id"],
        detail=f"Text not delivered: {words}. Phone the patient.",
    )


def answer_not_delivered(
    db: sqlite_utils.Database,
    reply: dict[str, Any],
    *,
    code: int | None,
    now: datetime,
    escalate_at: datetime,
) -> dict[str, Any]:
    """Our answer to a patient's text did not arrive: it may have said "call 911"."""
    return flag_store.raise_flag(
        db,
        patient_id=reply["patient_id"],
        level="urgent",
        reason="answer not delivered",
        now=now,
        reply_id=reply["id"],
        detail=f"Our answer to their text did not reach them ({describe_error(code)}). "
        "Phone the patient now.",
        escalate_at=escalate_at,
    )
