"""Non-response: one reminder a day after a silent check-in, a nurse's call a day after that."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import sqlite_utils

from bot import answers
from bot.config import Config
from bot.plan import next_allowed
from bot.store import flags as flag_store
from bot.store import outbox as outbox_store
from bot.store import patients as patient_store
from bot.store import replies as reply_store
from bot.store import transaction

WAIT = timedelta(hours=24)
LOOK_BACK = timedelta(hours=48)
NO_REPLY_SUFFIX = ":no-reply"  # only texts sent one to two days ago are looked at


def follow_up(db: sqlite_utils.Database, config: Config, now: datetime) -> dict[str, int]:
    """Send reminders for silent check-ins and flag patients silent after the reminder."""
    counts = {"reminders": 0, "flags": 0}
    for row in outbox_store.sent_between(db, "check_in", now - LOOK_BACK, now - WAIT):
        if row["patient_status"] != "active":
            continue
        if reply_store.replied_since(db, row["patient_id"], datetime.fromisoformat(row["sent_at"])):
            continue
        local = now.astimezone(ZoneInfo(row["timezone"]))
        with transaction(db):
            counts["reminders"] += outbox_store.add_messages(
                db,
                [
                    {
                        "patient_id": row["patient_id"],
                        "idempotency_key": row["idempotency_key"] + NO_REPLY_SUFFIX,
                        "step": f"{row['step']}-no-reply",
                        "kind": "no_reply",
                        "to_phone": row["to_phone"],
                        "body": answers.no_reply_reminder_text(config.clinic, row["language"]),
                        "send_at": next_allowed(local),
                        "timezone": row["timezone"],
                    }
                ],
                now,
            )
    for row in outbox_store.sent_between(db, "no_reply", now - LOOK_BACK, now - WAIT):
        if row["patient_status"] != "active":
            continue
        # any answer since the check-in counts, even one that came before the reminder went
        check_in_key = row["idempotency_key"].removesuffix(NO_REPLY_SUFFIX)
        check_in = outbox_store.by_key(db, [check_in_key]).get(check_in_key)
        since = (check_in or row)["sent_at"] or row["sent_at"]
        if reply_store.replied_since(db, row["patient_id"], datetime.fromisoformat(since)):
            continue
        with transaction(db):
            if flag_store.flag_for_outbox(db, row["id"], "no response") is None:
                flag_store.raise_flag(
                    db,
                    patient_id=row["patient_id"],
                    level="routine",
                    reason="no response",
                    now=now,
                    outbox_id=row["id"],
                    detail="No reply to a check-in or to the reminder a day later. "
                    "Phone the patient.",
                )
                counts["flags"] += 1
    return counts


def complete_patients(db: sqlite_utils.Database, config: Config, now: datetime) -> int:
    """Mark patients whose plan is over as completed (last text two days old, none pending)."""
    # two days: time for a reply to the last check-in, and for its reminder and flag
    with transaction(db):
        return patient_store.complete_finished(db, now, LOOK_BACK)
