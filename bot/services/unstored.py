"""Texts the database cannot take now: answer safely, keep them on disk, alert if urgent.

When a reply cannot be committed (the database is locked, read-only or on a full disk)
the patient is still answered at once, the text goes to the spool and is replayed exactly
once when the store is writable again (``replay_spool``), and an urgent or emergency text
alerts the on-call phone directly through the gateway, since the outbox cannot take the
alert either. Logs carry MessageSids only, never a phone number or a body.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

import sqlite_utils

from bot.config import Config
from bot.conversation import texts as answers
from bot.conversation.routing import route
from bot.errors import StoreUnavailable
from bot.services.inbound_reply import Given, Incoming, handle_reply, read, sender_phone
from bot.store import patients as patient_store
from bot.store.db import to_db_time
from bot.store.spool import Spool, SpooledText, received_at
from bot.triage import Level

log = logging.getLogger(__name__)
AlertSender = Callable[[str, str], None]  # (to phone, body): send now through the gateway
# texts this process is alerting about now: a Twilio retry may come before the note is written
_alerting: set[str] = set()
_alerting_lock = threading.Lock()


def answer_unstored(
    config: Config,
    incoming: Incoming,
    now: datetime,
    *,
    spool: Spool,
    db: sqlite_utils.Database | None,
    send_alert: AlertSender | None,
) -> str:
    """Return the answer to a text the database could not take; spool it; alert if urgent."""
    reading = read(incoming)
    patient = _patient(db, incoming.from_phone)
    language = patient["language"] if patient else reading.language
    decision = route(reading, now=now, clinic=config.clinic, language=language)
    urgent = reading.level.rank >= Level.URGENT.rank
    # not urgent: the answer that fits any text, 911 first, then the clinic's number
    answer = decision.answer if urgent else answers.fallback_text(config.clinic, language)
    spooled = _keep(spool, incoming, now, answer, language)
    if urgent and config.on_call.phone and _first_alert(spool, incoming.message_sid):
        body = answers.unstored_alert_text(
            config.clinic,
            level=reading.level.value,
            patient=f"patient {patient['id']} ({patient['name']})" if patient else "a sender",
            patient_phone=incoming.from_phone,
            reason=_reason(reading.findings),
        )
        # sent beside the answer, not before it: the provider may take seconds
        threading.Thread(
            target=_alert,
            args=(send_alert, config.on_call.phone, body, spool, incoming.message_sid, spooled),
            name="direct-alert",
        ).start()
    return answer


def replay_spool(db: sqlite_utils.Database, config: Config, spool: Spool) -> int:
    """Store every spooled text (once each, in arrival order); return how many were new."""
    stored = 0
    with spool.replaying() as texts:
        for text in texts:
            incoming = Incoming(text.message_sid, text.from_phone, text.body, text.media)
            given = Given(text.answer, text.language, on_call_alerted=text.alerted)
            handled = handle_reply(
                db, config, incoming, received_at(text), given=given, writer_wait=5.0
            )
            stored += not handled.replayed
            log.info("spooled reply %s stored as %s", text.message_sid, handled.reply_id)
    return stored


def _keep(spool: Spool, incoming: Incoming, now: datetime, answer: str, language: str) -> bool:
    try:
        spool.keep(
            SpooledText(
                message_sid=incoming.message_sid,
                from_phone=incoming.from_phone,
                body=incoming.body,
                media=incoming.media,
                received_at=to_db_time(now),
                answer=answer,
                language=language,
            )
        )
    except OSError as ex:
        log.error(
            "reply %s LOST: the database and the spool %s both refused it (%s)",
            incoming.message_sid,
            spool.folder,
            ex.strerror or type(ex).__name__,
        )
        return False
    log.warning("reply %s spooled: the database cannot take it now", incoming.message_sid)
    return True


def _alert(
    send_alert: AlertSender | None,
    to: str,
    body: str,
    spool: Spool,
    message_sid: str,
    spooled: bool,
) -> None:
    if send_alert is None:
        log.error("reply %s needs the on-call phone but no gateway is at hand", message_sid)
        return
    try:
        send_alert(to, body)
    except Exception as ex:  # the last resort failed: say so loudly, keep serving
        log.error("reply %s: the direct on-call alert failed (%s)", message_sid, type(ex).__name__)
        return
    log.warning("reply %s: the on-call phone was alerted directly", message_sid)
    if spooled:
        try:
            spool.note_alerted(message_sid)
        except OSError:
            log.error(
                "reply %s: could not note the direct alert; replay may alert again", message_sid
            )


def _first_alert(spool: Spool, message_sid: str) -> bool:
    """Tell whether nobody alerted (or is alerting) the on-call phone about this text yet."""
    with _alerting_lock:
        if message_sid in _alerting:
            return False
        try:
            if spool.alerted(message_sid):
                return False
        except OSError:
            pass  # cannot tell: alerting twice beats not alerting
        _alerting.add(message_sid)
        return True


def _patient(db: sqlite_utils.Database | None, raw_phone: str) -> dict[str, Any] | None:
    """Look the sender up if the database can still be read (usually it can)."""
    if db is None:
        return None
    try:
        found = patient_store.patients_by_phone(db, sender_phone(raw_phone))
    except (sqlite3.Error, StoreUnavailable):
        return None
    return found[0] if found else None


def _reason(findings: tuple[object, ...]) -> str:
    symptoms = [str(getattr(f, "symptom", "")) for f in findings]
    unique = [s for s in dict.fromkeys(symptoms) if s]
    return ", ".join(unique[:3]) or "a red-flag text"
