"""The answer to a patient's text is tracked to the phone: an undelivered one is chased."""

from __future__ import annotations

from datetime import date
from xml.etree import ElementTree

import sqlite_utils

from bot.config import Config
from bot.web import create_app
from tests.helpers.clock import Clock
from tests.helpers.replies import (
    chicago,
    enroll_patient,
    rows,
    signature,
    signed_post,
    sms_form,
)

NIGHT = chicago(2026, 3, 4, 2, 0)
PATIENT = "+13125550123"


def test_the_answer_asks_twilio_to_report_its_delivery(
    config: Config, db: sqlite_utils.Database
) -> None:
    enroll_patient(db, config, discharged=date(2026, 3, 2), now=chicago(2026, 3, 2, 9))
    client = create_app(config, clock=Clock(NIGHT)).test_client()

    response = signed_post(client, config, sms_form(PATIENT, "I can't breathe"))

    [message] = ElementTree.fromstring(response.data).iter("Message")
    [reply] = rows(db, "SELECT * FROM replies")
    assert message.get("action") == (
        f"{config.server.public_url}/twilio/status?reply={reply['id']}"
    )


def test_an_undelivered_answer_puts_a_nurse_on_the_phone_and_escalates(
    config: Config, db: sqlite_utils.Database
) -> None:
    """The answer may have said "call 911": if it never arrived, someone must call."""
    enroll_patient(db, config, discharged=date(2026, 3, 2), now=chicago(2026, 3, 2, 9))
    client = create_app(config, clock=Clock(NIGHT)).test_client()
    signed_post(client, config, sms_form(PATIENT, "I can't breathe"))
    [reply] = rows(db, "SELECT * FROM replies")
    path = f"/twilio/status?reply={reply['id']}"
    answer_sid = "SM" + "a" * 32

    for status, code in (("sent", ""), ("undelivered", "30003"), ("queued", "")):
        form = {"MessageSid": answer_sid, "MessageStatus": status, "ErrorCode": code}
        assert signed_post(client, config, form, path).status_code == 204

    [stored] = rows(db, "SELECT * FROM replies")
    assert (stored["answer_sid"], stored["answer_status"], stored["answer_error"]) == (
        answer_sid,
        "undelivered",
        30003,
    )
    [flag] = rows(db, "SELECT * FROM flags WHERE reason = 'answer not delivered'")
    assert flag["level"] == "urgent"
    assert flag["patient_id"] == reply["patient_id"]
    assert "switched off or unreachable" in flag["detail"]
    assert flag["next_escalation_at"] is not None


def test_a_status_for_the_answer_must_be_signed_for_its_own_url(
    config: Config, db: sqlite_utils.Database
) -> None:
    enroll_patient(db, config, discharged=date(2026, 3, 2), now=chicago(2026, 3, 2, 9))
    client = create_app(config, clock=Clock(NIGHT)).test_client()
    signed_post(client, config, sms_form(PATIENT, "fever 101"))
    [reply] = rows(db, "SELECT * FROM replies")
    form = {"MessageSid": "SM" + "b" * 32, "MessageStatus": "undelivered", "ErrorCode": "30003"}

    # signed for the plain status URL, sent to the one naming the reply: refused
    response = client.post(
        f"/twilio/status?reply={reply['id']}",
        data=form,
        headers={"X-Twilio-Signature": signature(config, form, "/twilio/status")},
    )

    assert response.status_code == 403
    assert rows(db, "SELECT * FROM flags WHERE reason = 'answer not delivered'") == []


def test_the_stop_confirmation_is_not_chased(config: Config, db: sqlite_utils.Database) -> None:
    """After STOP the carrier may block every text to the number; that is no emergency."""
    enroll_patient(db, config, discharged=date(2026, 3, 2), now=chicago(2026, 3, 2, 9))
    client = create_app(config, clock=Clock(NIGHT)).test_client()

    response = signed_post(client, config, sms_form(PATIENT, "STOP"))

    [message] = ElementTree.fromstring(response.data).iter("Message")
    assert message.get("action") is None
    assert "no more texts" in (message.text or "")
