"""The safety net around the bot: alerts, fallbacks, dead numbers and early receipts.

Each test drives the real code (SQLite, the twilio client against the local stand-in,
Flask's test client with Twilio's signatures, the CLI) with the clock set by hand.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from click.testing import CliRunner

from bot.cli import cli
from bot.config import Config
from bot.services.sending import Dispatcher
from bot.services.undelivered import text_not_delivered
from bot.sms.twilio_codes import PERMANENT_CODES
from bot.sms.twilio_gateway import TwilioGateway
from bot.store import dispatch as dispatch_store
from bot.store import flags as flag_store
from bot.store import to_db_time, transaction
from bot.web import create_app
from tests.helpers.clinic import (
    CLINIC_TOML,
    Aftercare,
)
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
from tests.helpers.sending import (
    CLINIC_NUMBER,
    START,
    dispatcher,
    enroll_due,
    twilio_config,
)
from tests.helpers.twilio_standin import TwilioStandIn

NIGHT = chicago(2026, 3, 4, 2, 0)  # Wednesday 02:00 in Chicago: the clinic is closed
PLANNED_KINDS = ("check_in", "reminder")


@pytest.fixture
def twilio() -> Iterator[TwilioStandIn]:
    with TwilioStandIn() as standin:
        yield standin


def run_once(settings: Config, twilio: TwilioStandIn, clock: Clock) -> dict[str, int]:
    """Run one dispatch pass against the stand-in and close the dispatcher."""
    sender = dispatcher(settings, twilio, clock)
    try:
        return sender.run_pass().as_dict()
    finally:
        sender.close()


def one(db: sqlite_utils.Database, sql: str, params: list[Any] | None = None) -> dict[str, Any]:
    [row] = rows(db, sql, params)
    return row


def patient_row(db: sqlite_utils.Database, patient_id: int) -> dict[str, Any]:
    return one(db, "SELECT * FROM patients WHERE id = ?", [patient_id])


def planned_statuses(db: sqlite_utils.Database, patient_id: int) -> dict[int, str]:
    marks = ", ".join("?" for _ in PLANNED_KINDS)
    return {
        row["id"]: row["status"]
        for row in rows(
            db,
            f"SELECT id, status FROM outbox WHERE patient_id = ? AND kind IN ({marks})",
            [patient_id, *PLANNED_KINDS],
        )
    }


def night_patient(db: sqlite_utils.Database, config: Config, **kwargs: Any) -> int:
    """Enroll a patient the evening before NIGHT: every planned text is still to come."""
    return enroll_patient(
        db, config, discharged=date(2026, 3, 3), now=chicago(2026, 3, 3, 21), **kwargs
    )


# -- 1. an alert the provider refuses is the on-call phone's problem, not the patient's ----


@pytest.mark.parametrize("code", [21614, 21610])
def test_a_refused_alert_to_on_call_never_stops_the_patients_texts(
    config: Config, db: sqlite_utils.Database, twilio: TwilioStandIn, code: int
) -> None:
    """A refused on-call alert must not cut the patient off or send a nurse after them.

    The patient who texted "I can't breathe" did nothing wrong: they stay active with a
    good number and every check-in still goes out, while the clinic is told at once (an
    urgent flag) that its on-call phone cannot be reached, i.e. its safety net has a hole.
    """
    patient_id = night_patient(db, config)
    before = planned_statuses(db, patient_id)
    scheduled = [row_id for row_id, status in before.items() if status == "scheduled"]
    assert scheduled
    assert "911" in text_bot(config, NIGHT, "I can't breathe")
    alert = one(db, "SELECT * FROM outbox WHERE kind = 'alert'")
    assert alert["to_phone"] == ON_CALL
    twilio.number_errors = {ON_CALL: code}

    counts = run_once(twilio_config(config, twilio, max_per_second=50), twilio, Clock(NIGHT))

    assert counts["failed"] == 1 and counts["sent"] == 0
    assert twilio.messages == []
    patient = patient_row(db, patient_id)
    assert (patient["status"], patient["phone_status"]) == ("active", "ok")
    after = planned_statuses(db, patient_id)
    assert {row_id: after[row_id] for row_id in scheduled} == dict.fromkeys(scheduled, "scheduled")
    assert one(db, "SELECT status FROM outbox WHERE id = ?", [alert["id"]])["status"] == "failed"
    all_flags = flag_store.flags(db)
    hole = [f for f in all_flags if f["reason"] == "on-call phone cannot be texted"]
    assert len(hole) == 1
    assert (hole[0]["level"], hole[0]["outbox_id"]) == ("urgent", alert["id"])
    assert not [f for f in all_flags if "Phone the patient" in f["detail"]]
    assert not [f for f in all_flags if f["reason"] in ("opted out", "delivery failure")]


# -- 2. a reply the bot fails on is kept, answered with 911 first and put before a human ---


@pytest.mark.parametrize(
    ("language", "first_words"),
    [
        ("en", "If this is an emergency, call 911 now."),
        ("es", "Si es una emergencia, llame al 911 ahora."),
    ],
)
def test_a_reply_the_bot_fails_on_is_answered_with_911_kept_once_and_alerted(
    config: Config, db: sqlite_utils.Database, language: str, first_words: str
) -> None:
    """A text the bot cannot process still gets "call 911" first and reaches a human now.

    Re-planning an opted-out patient's START fails (their protocol file is gone); the
    patient must not be left unanswered, the text must be kept exactly once (Twilio
    retries get the same answer) and an urgent flag plus an on-call alert must exist.
    """
    patient_id = night_patient(db, config, language=language)
    client = create_app(config, clock=Clock(NIGHT)).test_client()
    twiml_answer(signed_post(client, config, sms_form(PATIENT_PHONE, "STOP")))
    assert patient_row(db, patient_id)["status"] == "opted_out"
    db.execute("UPDATE patients SET protocol = 'retired-protocol' WHERE id = ?", [patient_id])
    form = sms_form(PATIENT_PHONE, "START", sid="SM" + "e" * 32)

    answer = twiml_answer(signed_post(client, config, form))
    again = twiml_answer(signed_post(client, config, form))  # Twilio's retry

    assert answer.startswith(first_words)
    assert again == answer
    [reply] = rows(db, "SELECT * FROM replies WHERE message_sid = ?", [form["MessageSid"]])
    assert (reply["patient_id"], reply["handled_as"], reply["answer"]) == (
        patient_id,
        "error",
        answer,
    )
    failed = [f for f in flag_store.flags(db) if f["reason"] == "reply could not be processed"]
    assert len(failed) == 1
    flag = failed[0]
    assert (flag["level"], flag["patient_id"], flag["reply_id"]) == (
        "urgent",
        patient_id,
        reply["id"],
    )
    alert = one(db, "SELECT * FROM outbox WHERE idempotency_key = ?", [f"flag:{flag['id']}:alert"])
    assert (alert["kind"], alert["to_phone"], alert["status"]) == ("alert", ON_CALL, "scheduled")
    assert f"ACK {flag['ack_code']}" in alert["body"]
    # the failed attempt left nothing half-done: the patient is still opted out
    assert patient_row(db, patient_id)["status"] == "opted_out"


# -- 3. an alert never waits behind the morning's check-ins ------------------------------


def test_an_on_call_alert_is_sent_before_forty_due_check_ins(
    config: Config, db: sqlite_utils.Database, twilio: TwilioStandIn
) -> None:
    """An emergency alert queued after 40 due check-ins still goes to the on-call first.

    At 10:00 every check-in falls due at once; an on-call alert queued a minute later
    must not wait behind them (claimed first, sent first).
    """
    settings = twilio_config(config, twilio, max_per_second=1000, max_in_flight=1)
    phones = enroll_due(db, settings, 40, START)
    later = START + timedelta(minutes=1)
    assert "911" in text_bot(config, later, "I can't breathe", phone=phones[-1])
    alert = one(db, "SELECT * FROM outbox WHERE kind = 'alert'")
    assert alert["send_at"] > to_db_time(START)
    # alerts have a claim of their own; the check-ins' claim never takes one (nor twice)
    with transaction(db):
        probe = dispatch_store.claim_due(
            db,
            now=later,
            owner="probe",
            lease_until=later + timedelta(minutes=2),
            limit=1,
            alerts=True,
        )
        check_ins = dispatch_store.claim_due(
            db, now=later, owner="probe", lease_until=later + timedelta(minutes=2), limit=100
        )
    assert [row["id"] for row in probe] == [alert["id"]]
    assert len(check_ins) == 40 and alert["id"] not in {row["id"] for row in check_ins}
    with transaction(db):
        assert dispatch_store.release(db, "probe", later) == 41

    counts = run_once(settings, twilio, Clock(later))

    assert counts["sent"] == 41
    assert twilio.max_in_flight == 1
    assert twilio.messages[0]["To"] == ON_CALL
    assert sorted(m["To"] for m in twilio.messages[1:]) == sorted(phones)


# -- 4. STOP beats a text already claimed by a worker ------------------------------------


def test_stop_cancels_a_check_in_a_worker_already_claimed(
    config: Config, db: sqlite_utils.Database, twilio: TwilioStandIn
) -> None:
    """A patient who texts STOP gets nothing more, even a text a worker holds in its queue.

    Carriers and the TCPA require STOP to stop texts; a claimed-but-unsent check-in must be
    cancelled, its worker must find it gone before sending, and nobody may revive it.
    """
    settings = twilio_config(config, twilio, max_per_second=50)
    [phone] = enroll_due(db, settings, 1, START)
    lease_until = START + timedelta(minutes=2)
    with transaction(db):
        [claimed] = dispatch_store.claim_due(
            db, now=START, owner="w1", lease_until=lease_until, limit=10
        )
    assert claimed["to_phone"] == phone and claimed["kind"] == "check_in"

    text_bot(config, START, "STOP", phone=phone)

    row = one(db, "SELECT * FROM outbox WHERE id = ?", [claimed["id"]])
    assert (row["status"], row["lease_owner"]) == ("cancelled", None)
    with transaction(db):
        assert not dispatch_store.take_for_send(
            db, claimed["id"], owner="w1", lease_until=lease_until
        )
        # the worker that had it cannot put it back in the queue either
        dispatch_store.retry_later(
            db,
            claimed["id"],
            send_at=START,
            now=START,
            error_code=None,
            error_message=None,
            owner="w1",
        )
    assert one(db, "SELECT status FROM outbox WHERE id = ?", [claimed["id"]])["status"] == (
        "cancelled"
    )
    counts = run_once(settings, twilio, Clock(START + timedelta(minutes=5)))
    assert counts["sent"] == 0
    assert [m for m in twilio.messages if m["To"] == phone] == []
    assert twilio.requests == 0


# -- 5. a dead number is never revived, and never texted ---------------------------------


@pytest.mark.parametrize("already_cancelled", [True, False])
def test_a_dead_number_gets_no_texts_back_from_a_re_plan(
    config: Config,
    db: sqlite_utils.Database,
    aftercare: Aftercare,
    time_machine: Any,
    already_cancelled: bool,
) -> None:
    """Correcting a discharge date or lifting a restriction must not re-text a dead number.

    A number the carrier reported invalid gets nothing until someone fixes it: re-plans
    leave its texts cancelled (or cancel them), so no text ends up at a stranger's phone.
    """
    now = chicago(2026, 3, 3, 9)
    time_machine.move_to(now, tick=False)
    patient_id = enroll_patient(db, config, discharged=date(2026, 3, 2), now=now)
    db.execute("UPDATE patients SET phone_status = 'invalid' WHERE id = ?", [patient_id])
    if already_cancelled:
        db.execute(
            "UPDATE outbox SET status = 'cancelled' WHERE patient_id = ? AND status = 'scheduled'",
            [patient_id],
        )

    moved = aftercare("discharge-date", str(patient_id), "2026-03-01")
    assert moved.exit_code == 0, moved.output
    assert "scheduled" not in planned_statuses(db, patient_id).values()
    lifted = aftercare("lift", str(patient_id), "driving")
    assert lifted.exit_code == 0, lifted.output

    statuses = planned_statuses(db, patient_id)
    assert statuses and "scheduled" not in statuses.values()
    assert "cancelled" in statuses.values()
    assert patient_row(db, patient_id)["phone_status"] == "invalid"


def test_a_due_check_in_to_a_dead_number_is_cancelled_at_send_time(
    config: Config, db: sqlite_utils.Database, twilio: TwilioStandIn
) -> None:
    """A number found dead after a check-in was planned must not be texted when it falls due.

    The dispatcher re-checks the patient at send time and cancels the text instead.
    """
    settings = twilio_config(config, twilio, max_per_second=50)
    [phone] = enroll_due(db, settings, 1, START)
    db.execute("UPDATE patients SET phone_status = 'invalid' WHERE phone = ?", [phone])
    [due] = rows(
        db,
        "SELECT * FROM outbox WHERE status = 'scheduled' AND send_at <= ?",
        [to_db_time(START)],
    )

    counts = run_once(settings, twilio, Clock(START))

    assert counts["sent"] == 0 and counts["cancelled"] == 1
    assert twilio.requests == 0
    row = one(db, "SELECT * FROM outbox WHERE id = ?", [due["id"]])
    assert (row["status"], row["provider_sid"]) == ("cancelled", None)
    assert "invalid" in row["error_message"]


# -- 6. a delivery receipt that beats the SID is not lost --------------------------------


def test_an_undelivered_receipt_that_arrives_before_the_sid_is_stored_still_counts(
    config: Config, db: sqlite_utils.Database, twilio: TwilioStandIn
) -> None:
    """A receipt that arrives before we stored the SID must still mark the text undelivered.

    Twilio can call back "undelivered" before the dispatcher has written the SID; the
    event waits unmatched and is replayed when the SID is stored, so a nurse learns the
    patient never got the check-in instead of the bot believing it went out.
    """
    settings = twilio_config(config, twilio, max_per_second=50)
    [phone] = enroll_due(db, settings, 1, START)
    with transaction(db):
        [row] = dispatch_store.claim_due(
            db, now=START, owner="w1", lease_until=START + timedelta(minutes=2), limit=10
        )
    with TwilioGateway(
        account_sid=twilio.account_sid,
        auth_token=twilio.auth_token,
        from_number=CLINIC_NUMBER,
        api_base_url=twilio.base_url,
        timeout=5.0,
    ) as gateway:
        accepted = gateway.send(row["to_phone"], row["body"])
    [message] = twilio.messages
    sid = message["sid"]
    assert (sid, message["To"]) == (accepted.sid, phone)

    # the carrier's receipt comes in through the webhook before the SID is stored
    client = create_app(config, clock=Clock(START + timedelta(seconds=1))).test_client()
    receipt = {
        "MessageSid": sid,
        "AccountSid": twilio.account_sid,
        "From": CLINIC_NUMBER,
        "To": phone,
        "MessageStatus": "undelivered",
        "ErrorCode": "30003",
    }
    response = signed_post(client, config, receipt, path="/twilio/status")
    assert response.status_code == 204, response.get_data(as_text=True)
    [event] = rows(db, "SELECT * FROM delivery_events WHERE provider_sid = ?", [sid])
    assert event["outbox_id"] is None

    # then the dispatcher stores the SID, as Dispatcher._record_sent does
    later = START + timedelta(seconds=2)
    with transaction(db):
        assert dispatch_store.mark_sent(
            db, row["id"], sid=accepted.sid, provider_status=accepted.status, now=later
        )
        final = dispatch_store.replay_early_events(db, row["id"], accepted.sid, later)
        if final["status"] in ("undelivered", "failed"):
            text_not_delivered(
                db,
                final,
                code=final["error_code"],
                what="the carrier reported it undelivered",
                now=later,
                permanent=final["error_code"] in PERMANENT_CODES,
            )

    stored = one(db, "SELECT * FROM outbox WHERE id = ?", [row["id"]])
    assert (stored["status"], stored["error_code"], stored["provider_sid"]) == (
        "undelivered",
        30003,
        sid,
    )
    event = one(db, "SELECT * FROM delivery_events WHERE id = ?", [event["id"]])
    assert event["outbox_id"] == row["id"]
    [flag] = flag_store.flags(db)
    assert (flag["reason"], flag["outbox_id"]) == ("delivery failure", row["id"])


# -- 7. our own wrong settings never drop a patient's text -------------------------------


def test_a_wrong_auth_token_keeps_the_text_for_a_retry(
    config: Config, db: sqlite_utils.Database, twilio: TwilioStandIn
) -> None:
    """HTTP 401 (our credentials) must not drop a patient's check-in as failed.

    The clinic's settings are wrong, not the patient's number: the text stays queued for
    a retry once someone fixes [twilio], and the error says where to look.
    """
    settings = twilio_config(config, twilio, max_per_second=50)
    [phone] = enroll_due(db, settings, 1, START)
    gateway = TwilioGateway(
        account_sid=twilio.account_sid,
        auth_token="not-the-right-token",
        from_number=CLINIC_NUMBER,
        api_base_url=twilio.base_url,
        timeout=5.0,
    )
    clock = Clock(START)
    sender = Dispatcher(settings, gateway, clock=clock)
    try:
        counts = sender.run_pass().as_dict()
        # an hour of wrong settings (twelve more tries) uses up none of the text's tries
        for _ in range(12):
            clock.advance(5 * 60)
            sender.run_pass()
    finally:
        sender.close()

    assert counts["retrying"] == 1 and counts["failed"] == 0 and counts["sent"] == 0
    assert twilio.messages == []
    [row] = rows(db, "SELECT * FROM outbox WHERE to_phone = ? AND error_code = 20003", [phone])
    assert (row["status"], row["attempts"]) == ("scheduled", 0)
    assert "[twilio]" in row["error_message"]
    assert row["send_at"] > to_db_time(START)
    # one flag for the clinic, not one "phone the patient" per text
    [flag] = rows(db, "SELECT * FROM flags")
    assert (flag["level"], flag["reason"]) == ("urgent", "SMS provider refuses our settings")
    assert one(db, "SELECT phone_status FROM patients WHERE phone = ?", [phone]) == {
        "phone_status": "ok"
    }


# -- 8. real texting refuses to start without an on-call phone ---------------------------


def test_run_with_twilio_and_no_on_call_phone_refuses_to_start(tmp_path: Path) -> None:
    """Texting real patients with nobody to alert would hide every emergency; refuse it."""
    text = CLINIC_TOML.format(db=tmp_path / "aftercare.db")
    text = text.replace('provider = "console"', 'provider = "twilio"')
    text = text.replace('phone = "+13125550199"\n', "")
    text += (
        "\n[twilio]\n"
        f'account_sid = "AC{"1" * 32}"\n'
        'auth_token = "a-token"\n'
        f'from_number = "{CLINIC_NUMBER}"\n'
        '\n[server]\npublic_url = "https://aftercare.example.org"\n'
    )
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")

    result = CliRunner().invoke(cli, ["--config", str(path), "run"])

    assert result.exit_code != 0
    assert (
        'Config key [on_call] phone is not set; set it when [sms] provider = "twilio" '
        "(emergencies and after-hours replies are texted to it)."
    ) in result.output


# -- 9. send-due keeps at the on-call until someone acknowledges --------------------------


def test_send_due_escalates_an_unacknowledged_emergency(
    config: Config, db: sqlite_utils.Database, aftercare: Aftercare, time_machine: Any
) -> None:
    """An emergency nobody acknowledged in 15 minutes is re-texted by a cron `send-due`.

    Deployments that run `aftercare serve` with `send-due` from cron must still escalate.
    """
    night_patient(db, config)
    assert "911" in text_bot(config, NIGHT, "I can't breathe")
    [flag] = flag_store.flags(db)
    assert flag["level"] == "emergency" and flag["status"] == "open"

    time_machine.move_to(NIGHT + timedelta(minutes=20), tick=False)
    result = aftercare("send-due", "--json")

    assert result.exit_code == 0, result.output
    # stdout is pure JSON for scripts; the console gateway's texts go to stderr
    counts = json.loads(result.stdout)
    assert "[SMS to" in result.stderr
    assert counts["escalated"] == 1
    [escalation] = rows(db, "SELECT * FROM escalations")
    assert (escalation["flag_id"], escalation["number"]) == (flag["id"], 1)
    text = one(db, "SELECT * FROM outbox WHERE id = ?", [escalation["outbox_id"]])
    assert (text["to_phone"], text["status"]) == (ON_CALL, "sent")
    assert datetime.fromisoformat(text["sent_at"]).astimezone(UTC) == NIGHT + timedelta(minutes=20)


# -- 10. HELP names 911 ------------------------------------------------------------------


@pytest.mark.parametrize(("language", "word"), [("en", "HELP"), ("es", "AYUDA")])
def test_the_help_answer_names_911(
    config: Config, db: sqlite_utils.Database, language: str, word: str
) -> None:
    """A patient who texts HELP may be in trouble; the answer must say how to reach 911."""
    night_patient(db, config, language=language)
    assert "911" in text_bot(config, chicago(2026, 3, 4, 10), word)
