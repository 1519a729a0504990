"""Twilio's delivery status callbacks: signed, in any order, only ever moving a text forward."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlite_utils
from flask.testing import FlaskClient
from twilio.request_validator import RequestValidator

from bot.config import Config
from bot.sms.twilio_codes import describe_error
from bot.store import flags as flag_store
from bot.web import create_app
from bot.web.signature import signing_token
from tests.helpers.clock import Clock
from tests.helpers.sending import (
    START,
    dispatcher,
    enroll_due,
    twilio_config,
)
from tests.helpers.twilio_standin import TwilioStandIn

PATH = "/twilio/status"


@pytest.fixture
def twilio() -> Iterator[TwilioStandIn]:
    with TwilioStandIn() as standin:
        yield standin


@pytest.fixture
def settings(config: Config, twilio: TwilioStandIn) -> Config:
    return twilio_config(config, twilio, max_per_second=50)


@pytest.fixture
def sent(settings: Config, db: sqlite_utils.Database, twilio: TwilioStandIn) -> dict[str, Any]:
    """Send one check-in through the stand-in and return its outbox row (status 'queued')."""
    enroll_due(db, settings, 1, START)
    sender = dispatcher(settings, twilio, Clock(START))
    try:
        assert sender.run_pass().sent == 1
    finally:
        sender.close()
    [row] = db.query("SELECT * FROM outbox WHERE provider_sid IS NOT NULL")
    assert row["provider_status"] == "queued"
    assert row["provider_sid"] == twilio.messages[0]["sid"]
    return row


@pytest.fixture
def client(settings: Config) -> Iterator[FlaskClient]:
    app = create_app(settings, clock=Clock(START))
    with app.test_client() as test_client:
        yield test_client


def signed(config: Config, form: dict[str, str], url: str | None = None) -> dict[str, str]:
    """Return the header Twilio would send with this form, signed for `url`."""
    validator = RequestValidator(signing_token(config))
    return {
        "X-Twilio-Signature": validator.compute_signature(
            url or config.server.public_url + PATH, form
        )
    }


def callback(sid: str, status: str, error_code: int | None = None) -> dict[str, str]:
    form = {
        "MessageSid": sid,
        "SmsSid": sid,
        "MessageStatus": status,
        "SmsStatus": status,
        "AccountSid": "AC" + "0" * 32,
        "To": "+13125551000",
        "From": "+15005550006",
        "ApiVersion": "2010-04-01",
    }
    if error_code is not None:
        form["ErrorCode"] = str(error_code)
    return form


def outbox(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM outbox ORDER BY id"))


@pytest.mark.parametrize(
    ("arrivals", "status", "provider_status"),
    [
        (["queued", "sent", "delivered"], "delivered", "delivered"),
        (["delivered", "sent"], "delivered", "delivered"),
        (["sent", "queued"], "sent", "sent"),
        (["delivered", "undelivered"], "delivered", "delivered"),
        (["delivered", "read", "sent"], "delivered", "read"),
        (["sent", "sent"], "sent", "sent"),
    ],
)
def test_statuses_only_move_forward_whatever_order_they_arrive_in(
    settings: Config,
    db: sqlite_utils.Database,
    sent: dict[str, Any],
    client: FlaskClient,
    arrivals: list[str],
    status: str,
    provider_status: str,
) -> None:
    for arrival in arrivals:
        form = callback(sent["provider_sid"], arrival)
        assert client.post(PATH, data=form, headers=signed(settings, form)).status_code == 204

    [row] = db.query("SELECT * FROM outbox WHERE id = ?", [sent["id"]])
    assert (row["status"], row["provider_status"]) == (status, provider_status)
    assert flag_store.flags(db) == []
    events = db.execute("SELECT count(*) FROM delivery_events").fetchone()[0]
    assert events == len(arrivals)  # every callback is kept, even one that moved nothing


def test_an_undelivered_text_raises_a_flag_that_says_why_in_words(
    settings: Config, db: sqlite_utils.Database, sent: dict[str, Any], client: FlaskClient
) -> None:
    for form in (
        callback(sent["provider_sid"], "sent"),
        callback(sent["provider_sid"], "undelivered", error_code=30003),
        callback(sent["provider_sid"], "undelivered", error_code=30003),  # Twilio's retry
    ):
        assert client.post(PATH, data=form, headers=signed(settings, form)).status_code == 204

    [row] = db.query("SELECT * FROM outbox WHERE id = ?", [sent["id"]])
    assert (row["status"], row["error_code"]) == ("undelivered", 30003)
    [flag] = flag_store.flags(db)
    assert (flag["reason"], flag["patient_id"], flag["outbox_id"]) == (
        "delivery failure",
        sent["patient_id"],
        sent["id"],
    )
    assert describe_error(30003) in flag["detail"]
    assert sent["to_phone"] not in flag["detail"]


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(lambda config, form: {}, id="unsigned"),
        pytest.param(
            lambda config, form: signed(config, form, "https://elsewhere.example.com" + PATH),
            id="signed-for-another-url",
        ),
        pytest.param(
            lambda config, form: signed(config, form, config.server.public_url + "/twilio/sms"),
            id="signed-for-another-path",
        ),
        pytest.param(
            lambda config, form: {
                "X-Twilio-Signature": RequestValidator("not-our-token").compute_signature(
                    config.server.public_url + PATH, form
                )
            },
            id="signed-with-another-token",
        ),
        pytest.param(
            lambda config, form: signed(config, {**form, "MessageStatus": "sent"}),
            id="signature-of-another-form",
        ),
    ],
)
def test_a_callback_not_signed_by_twilio_for_our_url_is_refused_and_changes_nothing(
    settings: Config,
    db: sqlite_utils.Database,
    sent: dict[str, Any],
    client: FlaskClient,
    headers: Any,
) -> None:
    before = outbox(db)
    form = callback(sent["provider_sid"], "undelivered", error_code=30003)

    response = client.post(PATH, data=form, headers=headers(settings, form))

    assert response.status_code == 403
    assert outbox(db) == before
    assert flag_store.flags(db) == []


def test_a_callback_for_an_unknown_sid_is_acknowledged_and_changes_nothing(
    settings: Config, db: sqlite_utils.Database, sent: dict[str, Any], client: FlaskClient
) -> None:
    before = outbox(db)
    form = callback("SM" + "f" * 32, "undelivered", error_code=30003)

    response = client.post(PATH, data=form, headers=signed(settings, form))

    # 204, not 404: Twilio would otherwise retry a callback we can never match
    assert response.status_code == 204
    assert outbox(db) == before
    assert flag_store.flags(db) == []


def test_a_callback_without_a_sid_or_status_is_a_bad_request(
    settings: Config, db: sqlite_utils.Database, sent: dict[str, Any], client: FlaskClient
) -> None:
    form = {"MessageSid": sent["provider_sid"]}
    assert client.post(PATH, data=form, headers=signed(settings, form)).status_code == 400
