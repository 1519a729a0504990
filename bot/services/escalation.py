"""Keep at it until a human acknowledges: re-text the on-call phone about open flags."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import sqlite_utils

from bot.config import Config
from bot.conversation import texts as answers
from bot.services.on_call import queue_on_call_text
from bot.store import flags as flag_store
from bot.store import patients as patient_store
from bot.store import replies as reply_store
from bot.store import transaction

log = logging.getLogger(__name__)


def escalate_due(db: sqlite_utils.Database, config: Config, now: datetime) -> int:
    """Re-text the on-call phone for every urgent/emergency flag past its time; return count."""
    interval = timedelta(minutes=config.on_call.ack_within_minutes)
    escalated = 0
    for flag in flag_store.due_escalations(db, now):
        with transaction(db):
            number = int(flag["escalations"]) + 1
            outbox_id = None
            if config.on_call.phone:
                outbox_id = _queue_text(db, config, flag, number, now)
            else:
                log.warning("flag %s is unacknowledged and [on_call] phone is empty", flag["id"])
            if flag_store.record_escalation(
                db, flag, outbox_id=outbox_id, now=now, next_at=now + interval
            ):
                escalated += 1
    return escalated


def _queue_text(
    db: sqlite_utils.Database, config: Config, flag: dict[str, object], number: int, now: datetime
) -> int | None:
    patient_id = flag["patient_id"]
    patient = patient_store.get_patient(db, int(str(patient_id))) if patient_id else None
    who = f"patient {patient['id']} ({patient['name']})" if patient else "an unknown number"
    phone = patient["phone"] if patient else _sender_phone(db, flag)
    body = answers.escalation_text(
        config.clinic,
        number=number,
        level=str(flag["level"]),
        patient=who,
        patient_phone=phone,
        code=str(flag["ack_code"]),
    )
    return queue_on_call_text(
        db,
        config,
        key=f"flag:{flag['id']}:escalation:{number}",
        patient_id=patient["id"] if patient else None,
        body=body,
        now=now,
    )


def _sender_phone(db: sqlite_utils.Database, flag: dict[str, object]) -> str:
    """Return the number an unknown sender texted from, so the on-call can call back."""
    reply_id = flag["reply_id"]
    reply = reply_store.get_reply(db, int(str(reply_id))) if reply_id else None
    return str(reply["from_phone"]) if reply else ""
