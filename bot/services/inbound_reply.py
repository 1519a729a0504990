"""Handle a patient's text: store it, triage it, answer at once, tell the right people.

Everything about one reply happens in one transaction, keyed by Twilio's MessageSid,
so Twilio's retries store nothing twice and get the same answer again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.config import Config
from bot.conversation import texts as answers
from bot.conversation.keywords import ack_code, affirmative, keyword
from bot.conversation.restriction_questions import asked_restrictions
from bot.conversation.routing import route
from bot.domain.phones import normalize_mobile
from bot.errors import InputError
from bot.services.enrollment import replan
from bot.services.on_call import queue_on_call_text
from bot.store import flags as flag_store
from bot.store import outbox as outbox_store
from bot.store import patients as patient_store
from bot.store import replies as reply_store
from bot.store import transaction
from bot.triage import Finding, Level, Triage, triage

log = logging.getLogger(__name__)
YES_TO_SYMPTOMS = "said yes to the symptom questions"


@dataclass(frozen=True)
class Incoming:
    """A text as Twilio hands it to the webhook."""

    message_sid: str
    from_phone: str
    body: str
    media: tuple[str, ...] = ()


@dataclass(frozen=True)
class Handled:
    """What the bot answers, and whether an alert now waits in the outbox."""

    answer: str
    language: str
    reply_id: int
    alert_queued: bool = False
    replayed: bool = False
    handled_as: str = "triage"

    @property
    def track_delivery(self) -> bool:
        """Tell whether to ask Twilio for the answer's delivery receipt.

        Not after STOP: the carrier (or Twilio's own opt-out handling) may block any text to
        the number from then on, and that expected refusal must not raise an alarm.
        """
        return self.handled_as != "opt_out"


def handle_reply(
    db: sqlite_utils.Database, config: Config, incoming: Incoming, now: datetime
) -> Handled:
    """Store, triage, route and answer one incoming text (idempotent on MessageSid)."""
    with transaction(db):
        stored = reply_store.by_sid(db, incoming.message_sid)
        if stored is not None:
            return Handled(
                stored["answer"],
                stored["language"],
                stored["id"],
                replayed=True,
                handled_as=stored["handled_as"],
            )
        try:
            with transaction(db):  # a savepoint: a failure below leaves none of its writes
                return _handle(db, config, incoming, now)
        except Exception:
            # the text must not be lost: keep it, put it before a nurse, answer safely
            log.exception("reply %s could not be processed", incoming.message_sid)
        return _keep_unprocessed(db, config, incoming, now)


def _handle(
    db: sqlite_utils.Database, config: Config, incoming: Incoming, now: datetime
) -> Handled:
    phone = _phone(incoming.from_phone)
    clinic = config.clinic
    if config.on_call.phone and phone == config.on_call.phone:
        code = ack_code(incoming.body)
        if code is not None:
            return _on_call_ack(db, config, incoming, code, now)
    patients = patient_store.patients_by_phone(db, phone)
    if not patients:
        return _unknown_sender(db, config, incoming, phone, now)
    patient = next((p for p in patients if p["status"] == "active"), patients[0])
    language = patient["language"]
    word = keyword(incoming.body)
    if word == "opt_out":
        # STOP is about the phone number: every patient texted at it stops getting texts
        answer = answers.opted_out_text(clinic, language)
        reply_id = _store(
            db, incoming, patient, phone, "routine", (), language, "opt_out", answer, False, now
        )
        for each in patients:
            if each["status"] not in ("active", "paused"):
                continue
            patient_store.update_patient(db, each["id"], now, status="opted_out")
            cancelled = outbox_store.cancel_unsent(db, each["id"], now)
            flag_store.raise_flag(
                db,
                patient_id=each["id"],
                level="routine",
                reason="opted out",
                now=now,
                reply_id=reply_id,
                detail=f"Replied {incoming.body.strip()!r} from their number: {cancelled} texts "
                "cancelled. Phone the patient to arrange follow-up.",
            )
        return Handled(answer, language, reply_id, handled_as="opt_out")
    if word == "opt_in" and affirmative(incoming.body) and patient["status"] != "opted_out":
        # "YES" from someone still getting texts answers the check-in's symptom question
        word = None
    if word == "opt_in":
        for each in patients:
            if each["status"] == "opted_out":
                patient_store.update_patient(db, each["id"], now, status="active")
                replan(db, config, each["id"], now)
        answer = answers.opted_in_text(clinic, language)
        reply_id = _store(
            db, incoming, patient, phone, "ok", (), language, "opt_in", answer, False, now
        )
        return Handled(answer, language, reply_id)
    if word == "help":
        answer = answers.help_text(clinic, language)
        reply_id = _store(
            db, incoming, patient, phone, "routine", (), language, "help", answer, False, now
        )
        # the carrier's HELP answer is required, but "help" may also be a patient in trouble
        flag_store.raise_flag(
            db,
            patient_id=patient["id"],
            level="routine",
            reason="asked for help",
            now=now,
            reply_id=reply_id,
            detail=f"Patient texted {incoming.body.strip()!r}; they got the clinic's details. "
            "Phone them to check they are all right.",
        )
        return Handled(answer, language, reply_id)
    return _symptoms(db, config, incoming, patient, phone, now)


def _symptoms(
    db: sqlite_utils.Database,
    config: Config,
    incoming: Incoming,
    patient: dict[str, Any],
    phone: str,
    now: datetime,
) -> Handled:
    # they answered: a "we haven't heard from you" reminder waiting for morning is moot
    outbox_store.cancel_waiting(db, patient["id"], "no_reply", now)
    result = triage(incoming.body)
    if affirmative(incoming.body):
        # a bare "yes" answers "any fever, redness, swelling or worse pain?"
        said_yes = Finding(YES_TO_SYMPTOMS, incoming.body.strip())
        result = Triage(Level.URGENT, (said_yes,), result.language, result.question)
    if incoming.media and result.level is Level.OK:
        result = Triage(Level.ROUTINE, result.findings, result.language, result.question)
    language = patient["language"]
    decision = route(
        result,
        now=now,
        clinic=config.clinic,
        language=language,
        next_check_in=_next_check_in(db, patient, now),
    )
    answer, handled_as, reason = decision.answer, "triage", _reason(result)
    asked = asked_restrictions(incoming.body)
    if asked and result.level.rank <= Level.ROUTINE.rank:
        windows = _windows(db, patient["id"], asked)
        if windows:
            answer = answers.restriction_answer(config.clinic, language, windows)
            handled_as, reason = "restriction_question", "question: " + ", ".join(asked)
    reply_id = _store(
        db,
        incoming,
        patient,
        phone,
        result.level.value,
        result.findings,
        language,
        handled_as,
        answer,
        decision.after_hours,
        now,
    )
    alert = False
    if decision.queue or handled_as == "restriction_question":
        urgent = result.level in (Level.URGENT, Level.EMERGENCY)
        ack_by = now + timedelta(minutes=config.on_call.ack_within_minutes)
        # a question the bot answered still goes to a nurse, at least as routine
        level = max(result.level, Level.ROUTINE, key=lambda lv: lv.rank).value
        flag = flag_store.raise_flag(
            db,
            patient_id=patient["id"],
            level=level,
            reason=reason,
            now=now,
            reply_id=reply_id,
            after_hours=decision.after_hours,
            detail=_detail(result, incoming),
            escalate_at=ack_by if urgent else None,
        )
        if decision.notify_on_call:
            alert = _alert_on_call(db, config, flag, patient, reason, now)
    return Handled(answer, language, reply_id, alert_queued=alert)


def _unknown_sender(
    db: sqlite_utils.Database, config: Config, incoming: Incoming, phone: str, now: datetime
) -> Handled:
    """Answer politely with the clinic's number; a nurse sees the text (it may be a patient)."""
    result = triage(incoming.body)
    decision = route(result, now=now, clinic=config.clinic, language=result.language)
    # a red flag from any number still hears "call 911" or "go to the ER" first
    answer = (
        decision.answer
        if result.level.rank >= Level.URGENT.rank
        else answers.unknown_sender_text(config.clinic)
    )
    level = result.level.value if result.level.rank >= Level.URGENT.rank else "routine"
    reply_id = _store(
        db,
        incoming,
        None,
        phone,
        level,
        result.findings,
        result.language,
        "unknown_sender",
        answer,
        decision.after_hours,
        now,
    )
    urgent = result.level.rank >= Level.URGENT.rank
    flag = flag_store.raise_flag(
        db,
        patient_id=None,
        level=level,
        reason="unknown sender" + (f": {_reason(result)}" if result.findings else ""),
        now=now,
        reply_id=reply_id,
        after_hours=decision.after_hours,
        detail=_detail(result, incoming),
        escalate_at=now + timedelta(minutes=config.on_call.ack_within_minutes) if urgent else None,
    )
    alert = False
    if urgent and decision.notify_on_call:
        alert = _alert_on_call(db, config, flag, None, _reason(result), now, phone=phone)
    return Handled(answer, result.language, reply_id, alert_queued=alert)


def _on_call_ack(
    db: sqlite_utils.Database, config: Config, incoming: Incoming, code: str, now: datetime
) -> Handled:
    flag = flag_store.by_ack_code(db, code)
    if flag is None:
        answer = f"No flag has code {code}; check the alert and reply ACK <code>."
    elif flag_store.acknowledge(db, flag["id"], by="on-call (text)", now=now):
        answer = f"Flag {flag['id']} acknowledged. Thank you."
    else:
        answer = f"Flag {flag['id']} was already {flag['status']}."
    reply_id = _store(
        db, incoming, None, _phone(incoming.from_phone), "ok", (), "en", "ack", answer, False, now
    )
    return Handled(answer, "en", reply_id)


def _keep_unprocessed(
    db: sqlite_utils.Database, config: Config, incoming: Incoming, now: datetime
) -> Handled:
    """Keep a text the bot failed on, answer safely, and get a person onto it at once."""
    phone = _phone(incoming.from_phone)
    # plain reads only: whatever failed above must not stop the text being kept
    known = patient_store.patients_by_phone(db, phone)
    patient = known[0] if known else None
    language = patient["language"] if patient else "en"
    answer = answers.fallback_text(config.clinic, language)
    reply_id = _store(
        db, incoming, patient, phone, "urgent", (), language, "error", answer, False, now
    )
    flag = flag_store.raise_flag(
        db,
        patient_id=patient["id"] if patient else None,
        level="urgent",
        reason="reply could not be processed",
        now=now,
        reply_id=reply_id,
        detail="The bot failed on this text; read it and phone the sender.",
        escalate_at=now + timedelta(minutes=config.on_call.ack_within_minutes),
    )
    alert = _alert_on_call(
        db, config, flag, patient, "a text the bot could not read", now, phone=phone
    )
    return Handled(answer, language, reply_id, alert_queued=alert)


def _alert_on_call(
    db: sqlite_utils.Database,
    config: Config,
    flag: dict[str, Any],
    patient: dict[str, Any] | None,
    reason: str,
    now: datetime,
    phone: str = "",
) -> bool:
    """Queue a text to the on-call clinician; it goes out at any hour, on the next tick."""
    if not config.on_call.phone:
        log.warning("flag %s needs the on-call clinician but [on_call] phone is empty", flag["id"])
        return False
    who = f"patient {patient['id']} ({patient['name']})" if patient else "an unknown number"
    body = answers.on_call_alert_text(
        config.clinic,
        level=flag["level"],
        patient=who,
        patient_phone=patient["phone"] if patient else phone,
        reason=reason,
        code=flag["ack_code"],
    )
    queue_on_call_text(
        db,
        config,
        key=f"flag:{flag['id']}:alert",
        patient_id=patient["id"] if patient else None,
        body=body,
        now=now,
    )
    return True


def _store(
    db: sqlite_utils.Database,
    incoming: Incoming,
    patient: dict[str, Any] | None,
    phone: str,
    level: str,
    findings: tuple[Any, ...],
    language: str,
    handled_as: str,
    answer: str,
    after_hours: bool,
    now: datetime,
) -> int:
    return reply_store.add_reply(
        db,
        {
            "message_sid": incoming.message_sid,
            "patient_id": patient["id"] if patient else None,
            "from_phone": phone,
            "body": incoming.body,
            "media": list(incoming.media),
            "level": level,
            "findings": [{"symptom": f.symptom, "evidence": f.evidence} for f in findings],
            "language": language,
            "handled_as": handled_as,
            "answer": answer,
            "after_hours": after_hours,
        },
        now,
    )


def _phone(raw: str) -> str:
    try:
        return normalize_mobile(raw)
    except InputError:
        return raw.strip()


def _reason(result: Triage) -> str:
    symptoms = [f.symptom for f in result.findings]
    if not symptoms:
        return "not understood" if result.level is not Level.OK else "ok"
    unique = list(dict.fromkeys(symptoms))
    return ", ".join(unique[:4])


def _detail(result: Triage, incoming: Incoming) -> str:
    evidence = "; ".join(f'{f.symptom}: "{f.evidence}"' for f in result.findings[:6])
    media = f" {len(incoming.media)} picture(s) attached." if incoming.media else ""
    return (evidence or "No recognised sign.") + media


def _next_check_in(
    db: sqlite_utils.Database, patient: dict[str, Any], now: datetime
) -> date | None:
    upcoming = outbox_store.next_scheduled(db, patient["id"], kind="check_in", after=now)
    if upcoming is None:
        return None
    return upcoming.astimezone(ZoneInfo(patient["timezone"])).date()


def _windows(
    db: sqlite_utils.Database, patient_id: int, keys: list[str]
) -> list[tuple[str, date, date, date | None]]:
    rows = {r["key"]: r for r in patient_store.restrictions_of(db, patient_id)}
    return [
        (
            rows[key]["label"],
            date.fromisoformat(rows[key]["earliest_end"]),
            date.fromisoformat(rows[key]["latest_end"]),
            date.fromisoformat(rows[key]["lifted_on"]) if rows[key]["lifted_on"] else None,
        )
        for key in keys
        if key in rows
    ]
