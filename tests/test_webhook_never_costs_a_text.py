"""Malformed webhook fields, the on-call phone's own texts and a failing database never cost a
patient's text or answer with a 500 (Flask's test client; the process tests cover the rest).
"""

from __future__ import annotations

import io
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from bot.config import Config
from bot.services.inbound_reply import READ_LIMIT, Incoming, handle_reply
from bot.sms.console import ConsoleGateway
from bot.store import flags as flag_store
from bot.store.spool import Spool, spool_dir
from bot.web import create_app
from tests.helpers.clock import Clock
from tests.helpers.replies import (
    ON_CALL,
    PATIENT_PHONE,
    chicago,
    enroll_patient,
    rows,
    signed_post,
    sms_form,
    text_bot,
    twiml_answer,
)

DAY = chicago(2026, 3, 4, 10, 0)  # Wednesday 10:00, clinic open


@pytest.fixture
def patient(db: sqlite_utils.Database, config: Config) -> int:
    return enroll_patient(db, config, discharged=date(2026, 3, 2), now=DAY)


@pytest.mark.parametrize("count", ["²", "٣", "1e3", "-1", "99999999999999999999", ""])
def test_a_strange_picture_count_still_keeps_the_text(
    config: Config, db: sqlite_utils.Database, patient: int, count: str
) -> None:
    client = create_app(config, clock=Clock(DAY)).test_client()
    form = {**sms_form(PATIENT_PHONE, "my wound is red"), "NumMedia": count}

    answer = twiml_answer(signed_post(client, config, form))

    assert "nurse" in answer or "911" in answer
    [reply] = rows(db, "SELECT body, media, level FROM replies")
    assert (reply["body"], reply["media"], reply["level"]) == ("my wound is red", "[]", "urgent")


@pytest.mark.parametrize(
    ("error_code", "reply"),
    [("²", ""), ("12345678901234567890123", ""), ("30003", "²"), ("", "²"), ("", "1" * 30)],
)
def test_a_strange_status_callback_is_recorded_not_a_500(
    config: Config, db: sqlite_utils.Database, error_code: str, reply: str
) -> None:
    client = create_app(config, clock=Clock(DAY)).test_client()
    form = {"MessageSid": "SM" + "a" * 32, "MessageStatus": "undelivered", "ErrorCode": error_code}
    path = "/twilio/status" + (f"?reply={reply}" if reply else "")

    response = signed_post(client, config, form, path=path)

    assert response.status_code == 204
    [event] = rows(db, "SELECT error_code FROM delivery_events")
    assert event["error_code"] in (None, 30003)


def test_the_on_call_phone_texting_something_else_is_told_how_to_acknowledge(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    text_bot(config, DAY, "I have a fever of 102")  # raises flag 1
    text_bot(config, DAY, "my wound is red and swollen")  # raises flag 2
    newest = flag_store.flags(db)[0]["ack_code"]

    answer = text_bot(config, DAY, "ack 18", ON_CALL)

    assert answer == f"To acknowledge, reply ACK and the code from the alert, e.g. ACK {newest}"
    assert [f["patient_id"] for f in flag_store.flags(db, include_closed=True)] == [
        patient,
        patient,
    ]
    assert rows(db, "SELECT handled_as FROM replies WHERE from_phone = ?", [ON_CALL]) == [
        {"handled_as": "on_call"}
    ]


@pytest.mark.parametrize(
    ("body", "handled_as"),
    [("START", "opt_in"), ("HELP", "help"), ("STOP", "opt_out"), ("doing fine", "triage")],
)
def test_a_retried_webhook_says_what_the_first_one_said(
    config: Config, db: sqlite_utils.Database, patient: int, body: str, handled_as: str
) -> None:
    incoming = Incoming("SM" + "b" * 32, PATIENT_PHONE, body)
    first = handle_reply(db, config, incoming, DAY)
    again = handle_reply(db, config, incoming, DAY)

    assert (first.handled_as, first.replayed) == (handled_as, False)
    assert (again.handled_as, again.replayed, again.answer) == (handled_as, True, first.answer)


def test_a_text_longer_than_twilio_allows_is_kept_whole_and_read_from_its_start(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    body = "I can't breathe. " + "blah " * 40_000

    answer = text_bot(config, DAY, body)

    assert answer.startswith("Call 911")
    [reply] = rows(db, "SELECT body, level FROM replies")
    assert (reply["body"], reply["level"]) == (body, "emergency")
    assert READ_LIMIT == 1600


def test_an_emergency_is_answered_with_911_when_the_database_cannot_be_written(
    config: Config, db: sqlite_utils.Database, patient: int, tmp_path: Path
) -> None:
    db.conn.execute("BEGIN IMMEDIATE")  # another writer holds the database
    try:
        answer = text_bot(config, DAY, "I can't breathe")
    finally:
        db.conn.execute("ROLLBACK")

    assert answer.startswith("Call 911")
    assert rows(db, "SELECT * FROM replies") == []
    spool = Spool(spool_dir(config.database))
    assert spool.waiting() == 1
    assert spool_dir(config.database) == tmp_path / "aftercare.db-spool"


def test_an_emergency_still_reaches_on_call_when_neither_database_nor_spool_can_keep_it(
    config: Config,
    db: sqlite_utils.Database,
    patient: int,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    config = replace(config, database=replace(config.database, spool=str(blocked)))
    printed = io.StringIO()
    gateway = ConsoleGateway(printed)
    app = create_app(config, clock=Clock(DAY))
    app.config["SEND_ALERT"] = lambda to, body: gateway.send(to, body)
    form = sms_form(PATIENT_PHONE, "I can't breathe")

    db.conn.execute("BEGIN IMMEDIATE")  # another writer holds the database
    try:
        answer = twiml_answer(signed_post(app.test_client(), config, form))
    finally:
        db.conn.execute("ROLLBACK")

    assert answer.startswith("Call 911")
    for _ in range(100):  # the alert goes out beside the answer, not before it
        if "[SMS to +13125550199]" in printed.getvalue():
            break
        time.sleep(0.02)
    assert "[SMS to +13125550199]" in printed.getvalue()
    # no flag exists to acknowledge: the on-call clinician is told to act on the text itself
    assert "no flag or ACK code; act on this text" in printed.getvalue()
    lost = [r for r in caplog.records if r.levelname == "ERROR"]
    assert [r.getMessage().split(":")[0] for r in lost] == [f"reply {form['MessageSid']} LOST"]
    assert all(PATIENT_PHONE not in r.getMessage() for r in caplog.records)
