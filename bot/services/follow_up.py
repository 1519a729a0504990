"""Non-response: one reminder a day after a silent check-in, a nurse's call a day after that."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.config import Config
from bot.conversation import texts as answers
from bot.domain.plan import next_allowed
from bot.store import flags as flag_store
from bot.store import outbox as outbox_store
from bot.store import patients as patient_store
from bot.store import replies as reply_store
from bot.store import transaction

WAIT = timedelta(hours=24)
LOOK_BACK = timedelta(hours=48)  # only texts sent one to two days ago are looked at
NO_REPLY_SUFFIX = ":no-reply"


def follow_up(db: sqlite_utils.Database, config: Config, now: datetime) -> dict[str, int]:
    """Send reminders for silent check-ins and flag patients silent after the reminder."""
    counts = {"reminders": 0, "flags": 0}
    for row in outbox_store.sent_between(db, "check_in", now - LOOK_BACK, now - WAIT):
        if row["patient_status"] != "active":
            continue
        if reply_store.replied_since(db, row["patient_id"], datetime.fromisoformat(row["sent_at"])):
            continue
        send_at = next_allowed(now.astimezone(ZoneInfo(row["timezone"])))
        key = row["idempotency_key"] + NO_REPLY_SUFFIX
        if outbox_store.by_key(db, [key]):
            continue
        reminder = {
            "patient_id": row["patient_id"],
            "idempotency_key": key,
            "step": f"{row['step']}-no-reply",
            "kind": "no_reply",
            "to_phone": row["to_phone"],
            "body": answers.no_reply_reminder_text(config.clinic, row["language"]),
            "send_at": send_at,
            "timezone": row["timezone"],
        }
        with transaction(db):
            same_day = outbox_store.planned_text_on(db, row["patient_id"], send_at)
            if same_day is not None:
                # one scheduled text a day: the reminder rides in that day's own text (or
                # that text, already gone, asked again); silence is flagged two days on
                note = answers.no_reply_note(row["language"])
                folded = outbox_store.add_to_body(db, same_day["id"], note, now)
                why = "folded into that day's text" if folded else "that day's text asked again"
                reminder.update(status="cancelled", body=f"({why}) {reminder['body']}")
            counts["reminders"] += outbox_store.add_messages(db, [reminder], now)
    for row in outbox_store.sent_between(db, "no_reply", now - LOOK_BACK, now - WAIT):
        if row["patient_status"] != "active":
            continue
        # any answer since the check-in counts, even one that came before the reminder went
        check_in_key = row["idempotency_key"].removesuffix(NO_REPLY_SUFFIX)
        check_in = outbox_store.by_key(db, [check_in_key]).get(check_in_key)
        since = (check_in or row)["sent_at"] or row["sent_at"]
        if reply_store.replied_since(db, row["patient_id"], datetime.fromisoformat(since)):
            continue
        counts["flags"] += _flag_silence(
            db, row, now, "No reply to a check-in or to the reminder a day later."
        )
    # a silent check-in whose reminder never went (its day had another text) is flagged
    # two days on, so nobody's silence goes unseen
    for row in outbox_store.sent_between(db, "check_in", now - LOOK_BACK - WAIT, now - LOOK_BACK):
        if row["patient_status"] != "active":
            continue
        reminder_key = row["idempotency_key"] + NO_REPLY_SUFFIX
        own = outbox_store.by_key(db, [reminder_key]).get(reminder_key)
        if own is not None and own["status"] != "cancelled":
            continue  # a reminder of its own went (or waits): flagged a day after it, above
        if reply_store.replied_since(db, row["patient_id"], datetime.fromisoformat(row["sent_at"])):
            continue
        counts["flags"] += _flag_silence(db, row, now, "No reply to a check-in for two days.")
    return counts


def _flag_silence(db: sqlite_utils.Database, row: dict[str, Any], now: datetime, why: str) -> int:
    """Flag a silent patient for a nurse's call, once per text; return 1 if flagged."""
    with transaction(db):
        if flag_store.flag_for_outbox(db, row["id"], "no response") is not None:
            return 0
        flag_store.raise_flag(
            db,
            patient_id=row["patient_id"],
            level="routine",
            reason="no response",
            now=now,
            outbox_id=row["id"],
            detail=f"{why} Phone the patient.",
        )
    return 1


def complete_patients(db: sqlite_utils.Database, config: Config, now: datetime) -> int:
    """Mark patients whose plan is over as completed (last text two days old, none pending)."""
    # two days: time for a reply to the last check-in, and for its reminder and flag
    with transaction(db):
        return patient_store.complete_finished(db, now, LOOK_BACK)
