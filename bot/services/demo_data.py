"""Synthetic patients for `aftercare demo` and the dashboard's screenshots.

A dozen made-up patients at different days after discharge, their check-ins sent and
delivered, replies of every triage level read by the real triage, an unknown sender,
a trial patient with a week of pain scores against a baseline, a nurse's text and its
answer, and flags already worked by a nurse. Nothing here is a real person.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import sqlite_utils

from bot.config import Config
from bot.services import nurse_actions
from bot.services.enrollment import enroll, prepare
from bot.services.inbound_reply import Incoming, handle_reply
from bot.services.nurse_text import send_nurse_text
from bot.services.undelivered import text_not_delivered
from bot.store import dispatch as dispatch_store
from bot.store import outbox as outbox_store
from bot.store import patient_view, transaction

UNKNOWN_SENDER = "+13125550777"
TRIAL_PATIENT = "Harold Jensen"
NURSE = nurse_actions.Nurse("kelly.nurse@demo.aftercare", "127.0.0.1")


@dataclass(frozen=True)
class DemoPatient:
    """A made-up patient: name, phone, days since discharge, language."""

    name: str
    phone: str
    days_ago: int
    language: str = "en"
    trial: bool = False


PATIENTS = (
    DemoPatient("Margaret Olsen", "+13125550101", 2),
    DemoPatient("Luis Hernández", "+13125550102", 5, "es"),
    DemoPatient("Denise Carter", "+13125550103", 8),
    DemoPatient("Walter Brooks", "+13125550104", 3),
    DemoPatient("Patricia Nguyen", "+13125550105", 13),
    DemoPatient("Raymond Ellis", "+13125550106", 20),
    DemoPatient("Gloria Ramírez", "+13125550107", 27, "es"),
    DemoPatient("Frank Dubois", "+13125550108", 35),
    DemoPatient("Evelyn Park", "+13125550109", 41),
    DemoPatient("Thomas Quinn", "+13125550110", 16),
    DemoPatient("Shirley Adams", "+13125550111", 1),
    DemoPatient(TRIAL_PATIENT, "+13125550112", 7, trial=True),
)

# (patient, hours ago, text); the real triage decides each level
REPLIES = (
    (
        "Margaret Olsen",
        0.6,
        "my husband is very drowsy and his breathing is slow, I can't wake him",
    ),
    ("Walter Brooks", 2.5, "I have a fever of 101.4 and the incision is red and swollen"),
    ("Denise Carter", 15, "headache is much worse when I stand up, better lying down"),
    ("Luis Hernández", 26, "¿puedo ducharme ya? la herida se ve bien"),
    ("Patricia Nguyen", 30, "Can I drive to church on Sunday?"),
    ("Raymond Ellis", 50, "doing fine, no fever, pain is better"),
    ("Thomas Quinn", 4, "there is some clear fluid leaking from the wound"),
    ("Evelyn Park", 75, "no redness no swelling, all good"),
)
TRIAL_PAIN = (7.5, 6.0, 5.0, 4.0, 4.0, 3.0, 3.0)
TRIAL_WORDS = (
    "pain is {s} today",
    "about a {s} this morning",
    "{s}/10, walked to the mailbox",
    "pain {s}, slept better",
    "still {s}, no fever",
    "{s} today, feeling good",
    "{s}",
)


def seed(db: sqlite_utils.Database, config: Config, now: datetime) -> dict[str, int]:
    """Fill an empty database with the demo's patients and their stories; return ids."""
    zone = config.clinic.zone
    today = now.astimezone(zone).date()
    sids = (f"SMdemo{n:026d}" for n in itertools.count(1))
    ids: dict[str, int] = {}
    for person in PATIENTS:
        discharged = today - timedelta(days=person.days_ago)
        enrolled_at = datetime.combine(discharged, time(9), zone)
        request = prepare(
            name=person.name,
            phone=person.phone,
            discharged=discharged,
            protocol="intrathecal-pump-trial" if person.trial else None,
            timezone=None,
            language=person.language,
            config=config,
            today=discharged,
            mrn=f"MRN-{40100 + len(ids)}",
            trial_days=7 if person.trial else None,
        )
        ids[person.name] = enroll(db, config, request, enrolled_at)
        _deliver_due(db, ids[person.name], now, last_fails=person.name == "Frank Dubois")
    for name, hours, body in REPLIES:
        at = now - timedelta(hours=hours)
        handle_reply(db, config, Incoming(next(sids), _phone(name), body), at)
    _trial(db, config, ids[TRIAL_PATIENT], today, sids)
    handle_reply(
        db,
        config,
        Incoming(next(sids), UNKNOWN_SENDER, "this is his daughter, dad has a fever of 102"),
        now - timedelta(minutes=25),
    )
    _worked_flags(db, config, now, sids)
    _nurse_conversation(db, config, ids["Raymond Ellis"], now, sids)
    return ids


def _phone(name: str) -> str:
    return next(p.phone for p in PATIENTS if p.name == name)


def _deliver_due(
    db: sqlite_utils.Database, patient_id: int, now: datetime, *, last_fails: bool = False
) -> None:
    """Record the patient's texts that fell due before now as sent and delivered."""
    due = [
        row
        for row in outbox_store.messages(db, patient_id=patient_id, status="scheduled")
        if datetime.fromisoformat(row["send_at"]) <= now
    ]
    for number, row in enumerate(due, 1):
        send_at = datetime.fromisoformat(row["send_at"])
        if last_fails and number == len(due):
            _undelivered(db, row["id"], send_at)
        else:
            _delivered(db, row["id"], send_at)


def _delivered(db: sqlite_utils.Database, outbox_id: int, at: datetime) -> None:
    sid = f"SMdemoout{outbox_id:023d}"
    with transaction(db):
        dispatch_store.mark_sent(db, outbox_id, sid=sid, provider_status="queued", now=at)
        dispatch_store.record_delivery(
            db, sid=sid, provider_status="delivered", error_code=None, now=at + timedelta(seconds=4)
        )


def _trial(
    db: sqlite_utils.Database, config: Config, patient_id: int, today: date, sids: Iterator[str]
) -> None:
    zone = config.clinic.zone
    patient_view.set_baseline_pain(db, patient_id, 8.0)
    for day, (score, words) in enumerate(zip(TRIAL_PAIN, TRIAL_WORDS, strict=True)):
        at = datetime.combine(today - timedelta(days=6 - day), time(10, 40 + day), zone)
        shown = f"{score:g}"
        handled = handle_reply(
            db,
            config,
            Incoming(next(sids), _phone(TRIAL_PATIENT), words.format(s=shown)),
            at,
        )
        with transaction(db):
            # the triage stores the score it reads; where it read none, the demo fills it in
            patient_view.set_pain_if_unread(db, handled.reply_id, score)


def _worked_flags(
    db: sqlite_utils.Database, config: Config, now: datetime, sids: Iterator[str]
) -> None:
    """Replies of the past weeks that nurses already acknowledged and resolved."""
    worked = (
        ("Frank Dubois", 9 * 24, 18, "the wound looks a little red around the edges"),
        ("Evelyn Park", 6 * 24, 7, "when can I lift my grandson?"),
        ("Gloria Ramírez", 12 * 24, 42, "tengo fiebre de 38.5"),
        ("Patricia Nguyen", 3 * 24, 11, "is it normal to feel the pump under the skin?"),
        ("Raymond Ellis", 17 * 24, 25, "pain is getting worse every day"),
    )
    for name, hours, minutes, body in worked:
        at = now - timedelta(hours=hours)
        handled = handle_reply(db, config, Incoming(next(sids), _phone(name), body), at)
        flag = db.execute("SELECT id FROM flags WHERE reply_id = ?", [handled.reply_id]).fetchone()
        if flag is None:
            continue
        acked = at + timedelta(minutes=minutes)
        nurse_actions.acknowledge(db, int(flag[0]), NURSE, acked)
        nurse_actions.resolve(
            db,
            int(flag[0]),
            "Phoned the patient; advice given, seen at the next visit.",
            NURSE,
            acked + timedelta(minutes=20),
        )


def _nurse_conversation(
    db: sqlite_utils.Database, config: Config, patient_id: int, now: datetime, sids: Iterator[str]
) -> None:
    at = now - timedelta(hours=28)
    outbox_id = send_nurse_text(
        db,
        patient_id,
        "Hi Raymond, this is Kelly from the clinic. How does the wound look today?",
        clinic_name=config.clinic.name,
        by=NURSE.email,
        address=NURSE.address,
        now=at,
    )
    _delivered(db, outbox_id, at + timedelta(seconds=5))
    handle_reply(
        db,
        config,
        Incoming(next(sids), "+13125550106", "looks good, dry, healing well"),
        at + timedelta(minutes=12),
    )
    nurse_actions.record_call(
        db,
        patient_id,
        "Called back: wound dry and clean; keep the dressing on two more days.",
        NURSE,
        at + timedelta(minutes=30),
    )


def _undelivered(db: sqlite_utils.Database, outbox_id: int, at: datetime) -> None:
    """A check-in the carrier could not deliver (30003: phone off), as Twilio reports it."""
    sid = f"SMdemoout{outbox_id:023d}"
    later = at + timedelta(minutes=2)
    with transaction(db):
        dispatch_store.mark_sent(db, outbox_id, sid=sid, provider_status="queued", now=at)
        row, moved = dispatch_store.record_delivery(
            db, sid=sid, provider_status="undelivered", error_code=30003, now=later
        )
        if row is not None and moved:
            text_not_delivered(
                db,
                row,
                code=30003,
                what="Twilio reported it undelivered",
                now=later,
                permanent=False,
            )
