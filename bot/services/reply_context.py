"""What a reply answers: the check-in the patient was last sent, and their last pain score.

Read-only and outside the writer lock, before the text is read: "no" to "any fever,
redness, swelling or more pain?" is good news, and "7" after a 3 yesterday is a rise.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlite_utils

from bot.store import outbox as outbox_store
from bot.store import pain as pain_store
from bot.store import patients as patient_store
from bot.triage import CHECK_INS

log = logging.getLogger(__name__)
# A reply days after the check-in no longer answers it (the patient may be texting of
# something new); a pain score a week old is no yardstick for today's.
ASKED_WITHIN = timedelta(days=3)
SCORED_WITHIN = timedelta(days=7)


@dataclass(frozen=True)
class ReplyContext:
    """The facts about a sender the triage reads a reply with; none for a stranger."""

    answering: str | None = None
    last_pain: float | None = None
    baseline_pain: float | None = None


NO_CONTEXT = ReplyContext()


def reply_context(db: sqlite_utils.Database, phone: str, now: datetime) -> ReplyContext:
    """Return what the patient texting from `phone` was last asked and last scored."""
    try:
        patients = patient_store.patients_by_phone(db, phone)
        if not patients:
            return NO_CONTEXT
        patient = next((p for p in patients if p["status"] == "active"), patients[0])
        question = outbox_store.last_question(db, patient["id"], since=now - ASKED_WITHIN)
        last = pain_store.last_score(db, patient["id"], since=now - SCORED_WITHIN)
    except sqlite3.Error:
        # the text still gets read, without its question: "no" then goes to a nurse
        log.warning("could not read a reply's context; reading it without")
        return NO_CONTEXT
    return ReplyContext(
        answering=question if question in CHECK_INS else None,
        last_pain=last[0] if last else None,
        baseline_pain=patient["baseline_pain"],
    )
