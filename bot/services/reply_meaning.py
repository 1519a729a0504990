"""What a stored text means: an acknowledgement, STOP/START/HELP, symptoms, or a stranger.

Runs inside the reply's second, short transaction; the reading (triage) is done before it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.config import Config
from bot.conversation import texts as answers
from bot.conversation.keywords import ack_code, affirmative, keyword
from bot.conversation.restriction_questions import asked_restrictions
from bot.conversation.routing import route
from bot.services.enrollment import replan
from bot.services.on_call import queue_on_call_text
from bot.services.reply_model import Given, Handled, Incoming, Outcome, sender_phone
from bot.store import flags as flag_store
from bot.store import outbox as outbox_store
from bot.store import patients as patient_store
from bot.store import replies as reply_store
from bot.triage import YES_TO_SYMPTOMS, Finding, Level, Triage

log = logging.getLogger(__name__)
ON_CALL_HELP = "To acknowledge, reply ACK and the code from the alert, e.g. ACK {code}"


def record_meaning(
    db: sqlite_utils.Database,
    config: Config,
    incoming: Incoming,
    reading: Triage,
    reply_id: int,
    now: datetime,
    given: Given | None,
) -> Handled:
    phone = sender_phone(incoming.from_phone)
    clinic = config.clinic
    text = incoming.readable
    if config.on_call.phone and phone == config.on_call.phone:
        return _from_on_call(db, incoming, reply_id, ack_code(text), now)
    patients = patient_store.patients_by_phone(db, phone)
    if not patients:
        return _unknown_sender(db, config, incoming, reading, reply_id, phone, now, given)
    patient = next((p for p in patients if p["status"] == "active"), patients[0])
    language = patient["language"]
    word = keyword(text)
    if word == "opt_out":
        # STOP is about the phone number: every patient texted at it stops getting texts
        outcome = Outcome("opt_out", answers.opted_out_text(clinic, language), language)
        _store(db, reply_id, phone, _given(outcome, given, patient))
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
                detail=f"Replied {text.strip()!r} from their number: {cancelled} texts "
                "cancelled. Phone the patient to arrange follow-up.",
            )
        return _handled(outcome, given, reply_id)
    if word == "opt_in" and affirmative(text) and patient["status"] != "opted_out":
        # "YES" from someone still getting texts answers the check-in's symptom question
        word = None
    if word == "opt_in":
        for each in patients:
            if each["status"] == "opted_out":
                patient_store.update_patient(db, each["id"], now, status="active")
                replan(db, config, each["id"], now)
        outcome = Outcome("opt_in", answers.opted_in_text(clinic, language), language, "ok")
        _store(db, reply_id, phone, _given(outcome, given, patient))
        return _handled(outcome, given, reply_id)
    if word == "help":
        outcome = Outcome("help", answers.help_text(clinic, language), language)
        _store(db, reply_id, phone, _given(outcome, given, patient))
        # the carrier's HELP answer is required, but "help" may also be a patient in trouble
        flag_store.raise_flag(
            db,
            patient_id=patient["id"],
            level="routine",
            reason="asked for help",
            now=now,
            reply_id=reply_id,
            detail=f"Patient texted {text.strip()!r}; they got the clinic's details. "
            "Phone them to check they are all right.",
        )
        return _handled(outcome, given, reply_id)
    return _symptoms(db, config, incoming, reading, reply_id, patient, phone, now, given)


def _symptoms(
    db: sqlite_utils.Database,
    config: Config,
    incoming: Incoming,
    result: Triage,
    reply_id: int,
    patient: dict[str, Any],
    phone: str,
    now: datetime,
    given: Given | None,
) -> Handled:
    # they answered: a "we haven't heard from you" reminder waiting for morning is moot
    outbox_store.cancel_waiting(db, patient["id"], "no_reply", now)
    text = incoming.readable
    pain = result.pain  # kept whatever the level becomes below
    if affirmative(text) and result.level.rank < Level.URGENT.rank:
        # a bare "yes" answers "any fever, redness, swelling or worse pain?", even when the
        # check-in it answers is too old for the triage to have read it as the answer
        said_yes = Finding(YES_TO_SYMPTOMS, text.strip())
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
    asked = asked_restrictions(text)
    if asked and result.level.rank <= Level.ROUTINE.rank:
        windows = _windows(db, patient["id"], asked)
        if windows:
            answer = answers.restriction_answer(config.clinic, language, windows)
            handled_as, reason = "restriction_question", "question: " + ", ".join(asked)
    outcome = Outcome(
        handled_as,
        answer,
        language,
        result.level.value,
        patient,
        result.findings,
        decision.after_hours,
    )
    _store(db, reply_id, phone, _given(outcome, given, patient))
    if pain is not None:
        reply_store.record_pain(db, reply_id, pain)
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
            detail=_detail(result, incoming, given),
            escalate_at=ack_by if urgent else None,
        )
        if decision.notify_on_call:
            alert = _alert_on_call(db, config, flag, patient, reason, now, given=given)
    return _handled(outcome, given, reply_id, alert)


def _unknown_sender(
    db: sqlite_utils.Database,
    config: Config,
    incoming: Incoming,
    result: Triage,
    reply_id: int,
    phone: str,
    now: datetime,
    given: Given | None,
) -> Handled:
    """Answer politely with the clinic's number; a nurse sees the text (it may be a patient)."""
    decision = route(result, now=now, clinic=config.clinic, language=result.language)
    urgent = result.level.rank >= Level.URGENT.rank
    # a red flag from any number still hears "call 911" or "go to the ER" first
    answer = decision.answer if urgent else answers.unknown_sender_text(config.clinic)
    level = result.level.value if urgent else "routine"
    outcome = Outcome(
        "unknown_sender",
        answer,
        result.language,
        level,
        None,
        result.findings,
        decision.after_hours,
    )
    _store(db, reply_id, phone, _given(outcome, given, None))
    flag = flag_store.raise_flag(
        db,
        patient_id=None,
        level=level,
        reason="unknown sender" + (f": {_reason(result)}" if result.findings else ""),
        now=now,
        reply_id=reply_id,
        after_hours=decision.after_hours,
        detail=_detail(result, incoming, given),
        escalate_at=now + timedelta(minutes=config.on_call.ack_within_minutes) if urgent else None,
    )
    alert = False
    if urgent and decision.notify_on_call:
        alert = _alert_on_call(
            db, config, flag, None, _reason(result), now, phone=phone, given=given
        )
    return _handled(outcome, given, reply_id, alert)


def _from_on_call(
    db: sqlite_utils.Database, incoming: Incoming, reply_id: int, code: str | None, now: datetime
) -> Handled:
    """Acknowledge a flag from the on-call phone; anything else gets how to do it, no flag."""
    if code is None:
        newest = flag_store.flags(db)
        example = newest[0]["ack_code"] if newest else flag_store.ack_code_for(2)
        answer = ON_CALL_HELP.format(code=example)
        handled_as = "on_call"
    else:
        flag = flag_store.by_ack_code(db, code)
        handled_as = "ack"
        if flag is None:
            answer = f"No flag has code {code}; check the alert and reply ACK <code>."
        elif flag_store.acknowledge(db, flag["id"], by="on-call (text)", now=now):
            answer = f"Flag {flag['id']} acknowledged. Thank you."
        else:
            answer = f"Flag {flag['id']} was already {flag['status']}."
    outcome = Outcome(handled_as, answer, "en", "ok")
    _store(db, reply_id, sender_phone(incoming.from_phone), outcome)
    return _handled(outcome, None, reply_id)


def keep_unprocessed(
    db: sqlite_utils.Database,
    config: Config,
    incoming: Incoming,
    reply_id: int,
    now: datetime,
    given: Given | None,
) -> Handled:
    """Keep a text the bot failed on, answer safely, and get a person onto it at once."""
    phone = sender_phone(incoming.from_phone)
    # plain reads only: whatever failed above must not stop the text being kept
    known = patient_store.patients_by_phone(db, phone)
    patient = known[0] if known else None
    language = patient["language"] if patient else "en"
    outcome = Outcome(
        "error", answers.fallback_text(config.clinic, language), language, "urgent", patient
    )
    _store(db, reply_id, phone, _given(outcome, given, patient))
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
        db, config, flag, patient, "a text the bot could not read", now, phone=phone, given=given
    )
    return _handled(outcome, given, reply_id, alert)


def _alert_on_call(
    db: sqlite_utils.Database,
    config: Config,
    flag: dict[str, Any],
    patient: dict[str, Any] | None,
    reason: str,
    now: datetime,
    phone: str = "",
    given: Given | None = None,
) -> bool:
    """Queue a text to the on-call clinician; it goes out at any hour, in the alert lane."""
    if given is not None and given.on_call_alerted:
        log.info("flag %s: the on-call phone was already alerted directly", flag["id"])
        return False
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


def _given(outcome: Outcome, given: Given | None, patient: dict[str, Any] | None) -> Outcome:
    """Keep the answer the patient really got (a spooled text was answered long ago)."""
    if given is None:
        return replace(outcome, patient=patient)
    return replace(outcome, answer=given.answer, language=given.language, patient=patient)


def _handled(
    outcome: Outcome, given: Given | None, reply_id: int, alert_queued: bool = False
) -> Handled:
    answer = given.answer if given else outcome.answer
    language = given.language if given else outcome.language
    return Handled(answer, language, reply_id, alert_queued, handled_as=outcome.handled_as)


def _store(db: sqlite_utils.Database, reply_id: int, phone: str, outcome: Outcome) -> None:
    reply_store.complete_reply(
        db,
        reply_id,
        {
            "patient_id": outcome.patient["id"] if outcome.patient else None,
            "from_phone": phone,
            "level": outcome.level,
            "findings": [{"symptom": f.symptom, "evidence": f.evidence} for f in outcome.findings],
            "language": outcome.language,
            "handled_as": outcome.handled_as,
            "answer": outcome.answer,
            "after_hours": outcome.after_hours,
        },
    )


def _reason(result: Triage) -> str:
    symptoms = [f.symptom for f in result.findings]
    if not symptoms:
        return "not understood" if result.level is not Level.OK else "ok"
    unique = list(dict.fromkeys(symptoms))
    return ", ".join(unique[:4])


def _detail(result: Triage, incoming: Incoming, given: Given | None = None) -> str:
    evidence = "; ".join(f'{f.symptom}: "{f.evidence}"' for f in result.findings[:6])
    media = f" {len(incoming.media)} picture(s) attached." if incoming.media else ""
    late = ""
    if given is not None:
        late = " Kept on disk while the database was down; stored late."
        if given.on_call_alerted:
            late += " The on-call phone was alerted directly."
    return (evidence or "No recognised sign.") + media + late


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
