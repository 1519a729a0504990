"""The SMS gateways: the real twilio client against a local Twilio stand-in."""

from __future__ import annotations

import io
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from bot.errors import ConfigError, PermanentSendError, TemporarySendError
from bot.sms.console import ConsoleGateway
from bot.sms.gateway import Accepted, Gateway
from bot.sms.twilio_codes import PERMANENT_CODES, describe_error
from bot.sms.twilio_gateway import TwilioGateway
from tests.helpers.twilio_standin import (
    SPEC_PATH,
    TwilioStandIn,
    num_segments,
)

CLINIC_NUMBER = "+15005550006"
PATIENT = "+15558675310"
BODY = "Hi, this is Valley Spine Clinic. How is your wound today? Reply with a few words."
CALLBACK = "https://clinic.example/twilio/status"
SPEC = json.loads(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture
def twilio() -> Iterator[TwilioStandIn]:
    with TwilioStandIn() as standin:
        yield standin


def make_gateway(twilio: TwilioStandIn, **settings: object) -> TwilioGateway:
    options: dict[str, object] = {
        "account_sid": twilio.account_sid,
        "auth_token": twilio.auth_token,
        "from_number": CLINIC_NUMBER,
        "api_base_url": twilio.base_url,
        "timeout": 5.0,
    }
    options.update(settings)
    return TwilioGateway(**options)  # type: ignore[arg-type]


@pytest.fixture
def gateway(twilio: TwilioStandIn) -> Iterator[TwilioGateway]:
    with make_gateway(twilio) as gateway:
        yield gateway


def create_url(twilio: TwilioStandIn) -> str:
    return f"{twilio.base_url}/2010-04-01/Accounts/{twilio.account_sid}/Messages.json"


# -- sending ----------------------------------------------------------------------------


def test_send_reaches_the_stand_in_with_to_body_from_and_callback(
    twilio: TwilioStandIn, gateway: TwilioGateway
) -> None:
    accepted = gateway.send(PATIENT, BODY, status_callback=CALLBACK)

    assert accepted == Accepted(sid=twilio.messages[0]["sid"], status="queued")
    assert accepted.sid.startswith("SM")
    [message] = twilio.messages
    assert message["To"] == PATIENT
    assert message["Body"] == BODY
    assert message["From"] == CLINIC_NUMBER
    assert message["StatusCallback"] == CALLBACK
    assert "MessagingServiceSid" not in message


def test_send_without_callback_sends_no_callback(
    twilio: TwilioStandIn, gateway: TwilioGateway
) -> None:
    gateway.send(PATIENT, BODY)

    assert "StatusCallback" not in twilio.messages[0]


def test_send_through_a_messaging_service(twilio: TwilioStandIn) -> None:
    service = "MG" + "0" * 32
    with make_gateway(twilio, from_number=None, messaging_service_sid=service) as gateway:
        accepted = gateway.send(PATIENT, BODY)

    assert accepted.status == "accepted"
    [message] = twilio.messages
    assert message["MessagingServiceSid"] == service
    assert "From" not in message


@pytest.mark.parametrize(
    ("from_number", "messaging_service_sid"),
    [(None, None), ("", ""), (CLINIC_NUMBER, "MG" + "0" * 32)],
)
def test_exactly_one_sender_must_be_configured(
    from_number: str | None, messaging_service_sid: str | None
) -> None:
    with pytest.raises(ConfigError) as raised:
        TwilioGateway(
            account_sid="AC" + "0" * 32,
            auth_token="secret",
            from_number=from_number,
            messaging_service_sid=messaging_service_sid,
        )
    assert "[twilio] from_number" in str(raised.value)
    assert "[twilio] messaging_service_sid" in str(raised.value)


@pytest.mark.parametrize(
    ("setting", "value", "key"),
    [
        ("account_sid", "", "[twilio] account_sid"),
        ("auth_token", "", "[twilio] auth_token"),
        ("api_base_url", "api.twilio.com", "[twilio] api_base_url"),
        ("timeout", 0, "[sms] request_timeout_seconds"),
    ],
)
def test_bad_settings_name_the_key(setting: str, value: object, key: str) -> None:
    settings: dict[str, object] = {
        "account_sid": "AC" + "0" * 32,
        "auth_token": "secret",
        "from_number": CLINIC_NUMBER,
        setting: value,
    }
    with pytest.raises(ConfigError, match=key.replace("[", r"\[").replace("]", r"\]")):
        TwilioGateway(**settings)  # type: ignore[arg-type]


def test_gateways_fit_the_protocol(twilio: TwilioStandIn) -> None:
    with make_gateway(twilio) as twilio_gateway:
        gateways: list[Gateway] = [ConsoleGateway(io.StringIO()), twilio_gateway]
        assert [gateway.name for gateway in gateways] == ["console", "twilio"]


# -- failures ---------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "code"), [(429, 20429), (500, 20500), (503, 20503)])
def test_busy_or_failing_provider_is_temporary(
    twilio: TwilioStandIn, gateway: TwilioGateway, status: int, code: int
) -> None:
    twilio.fail_next(1, status=status, code=code)

    with pytest.raises(TemporarySendError) as raised:
        gateway.send(PATIENT, BODY)

    assert (raised.value.code, raised.value.status) == (code, status)
    assert f"HTTP {status}" in str(raised.value)
    assert twilio.messages == []
    gateway.send(PATIENT, BODY)  # the next attempt goes through
    assert len(twilio.messages) == 1


@pytest.mark.parametrize("code", [21610, 21211, 21614])
def test_bad_or_unsubscribed_number_is_permanent(twilio: TwilioStandIn, code: int) -> None:
    twilio.number_errors[PATIENT] = code
    with make_gateway(twilio) as gateway, pytest.raises(PermanentSendError) as raised:
        gateway.send(PATIENT, BODY)

    assert (raised.value.code, raised.value.status) == (code, 400)
    assert describe_error(code) in str(raised.value)
    assert twilio.messages == []


def test_a_permanent_code_wins_over_a_server_error_status(
    twilio: TwilioStandIn, gateway: TwilioGateway
) -> None:
    twilio.fail_next(1, status=500, code=21610)

    with pytest.raises(PermanentSendError):
        gateway.send(PATIENT, BODY)


def test_failure_messages_and_logs_never_name_the_patient(
    twilio: TwilioStandIn, gateway: TwilioGateway, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    twilio.number_errors[PATIENT] = 21211
    twilio.fail_next(1, status=429, code=20429)
    errors = []
    for _ in range(2):
        with pytest.raises((TemporarySendError, PermanentSendError)) as raised:
            gateway.send(PATIENT, BODY)
        errors.append(str(raised.value))
    gateway.send("+15558675311", "Second text")

    # The stand-in, like Twilio, puts the number in its own message; it must not leak.
    shown = "\n".join(errors) + caplog.text
    assert "+1555" not in shown
    assert "8675310" not in shown
    assert BODY not in shown
    assert "Second text" not in shown


def test_wrong_auth_token_is_retried_and_names_the_setting(twilio: TwilioStandIn) -> None:
    """A rotated token is our mistake, not the patient's: the text waits until it is fixed."""
    with (
        make_gateway(twilio, auth_token="wrong") as gateway,
        pytest.raises(TemporarySendError) as raised,
    ):
        gateway.send(PATIENT, BODY)

    assert (raised.value.code, raised.value.status) == (20003, 401)
    assert "check [twilio] account_sid, auth_token and api_base_url" in str(raised.value)


def test_stopped_provider_is_temporary() -> None:
    standin = TwilioStandIn().start()
    gateway = make_gateway(standin)
    try:
        gateway.send(PATIENT, BODY)  # leaves a kept-alive connection in the pool
        standin.stop()
        with pytest.raises(TemporarySendError, match="could not be reached"):
            gateway.send(PATIENT, BODY)
    finally:
        gateway.close()
        standin.stop()


def test_nothing_listening_is_temporary() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with (
        TwilioGateway(
            account_sid="AC" + "0" * 32,
            auth_token="secret",
            from_number=CLINIC_NUMBER,
            api_base_url=f"http://127.0.0.1:{port}",
        ) as gateway,
        pytest.raises(TemporarySendError) as raised,
    ):
        gateway.send(PATIENT, BODY)
    assert raised.value.code is None


def test_slow_provider_times_out_as_temporary() -> None:
    with (
        TwilioStandIn(latency=0.4) as twilio,
        make_gateway(twilio, timeout=0.1) as gateway,
        pytest.raises(TemporarySendError, match="did not answer within 0.1 seconds"),
    ):
        gateway.send(PATIENT, BODY)
    # Twilio may still take a message the client stopped waiting for: a retry can duplicate it.
    assert len(twilio.messages) == 1


def test_random_transient_failures_repeat_with_the_seed() -> None:
    def outcomes() -> list[str]:
        with (
            TwilioStandIn(transient_failure_rate=0.5, seed=7) as standin,
            make_gateway(standin) as gateway,
        ):
            seen = []
            for _ in range(12):
                try:
                    gateway.send(PATIENT, BODY)
                    seen.append("ok")
                except TemporarySendError as error:
                    seen.append(str(error.status))
            assert len(standin.messages) == seen.count("ok")
            return seen

    first = outcomes()
    assert first == outcomes()
    assert {"ok", "429", "500"} <= set(first)


# -- the stand-in is honest ---------------------------------------------------------------


def test_stand_in_refuses_a_parameter_twilio_does_not_know(twilio: TwilioStandIn) -> None:
    answer = requests.post(
        create_url(twilio),
        data={"To": PATIENT, "From": CLINIC_NUMBER, "Body": BODY, "StatusCallBack": CALLBACK},
        headers={"Authorization": twilio.auth_header()},
        timeout=5,
    )

    assert answer.status_code == 400
    assert "StatusCallBack" in answer.json()["message"]
    assert twilio.unknown_parameters == ["StatusCallBack"]
    assert twilio.messages == []


def test_stand_in_refuses_wrong_credentials(twilio: TwilioStandIn) -> None:
    answer = requests.post(
        create_url(twilio),
        data={"To": PATIENT, "From": CLINIC_NUMBER, "Body": BODY},
        auth=(twilio.account_sid, "not-the-token"),
        timeout=5,
    )

    assert answer.status_code == 401
    assert set(answer.json()) == {"code", "message", "more_info", "status"}
    assert answer.json()["code"] == 20003
    assert twilio.messages == []


def test_stand_in_requires_to(twilio: TwilioStandIn) -> None:
    answer = requests.post(
        create_url(twilio),
        data={"From": CLINIC_NUMBER, "Body": BODY},
        headers={"Authorization": twilio.auth_header()},
        timeout=5,
    )

    assert (answer.status_code, answer.json()["code"]) == (400, 21604)


def test_answer_carries_every_field_of_twilios_message_resource(twilio: TwilioStandIn) -> None:
    with requests.Session() as session:
        session.headers["Authorization"] = twilio.auth_header()
        created = session.post(
            create_url(twilio),
            data={"To": PATIENT, "From": CLINIC_NUMBER, "Body": BODY},
            timeout=5,
        )
        fetched = session.get(f"{twilio.base_url}{created.json()['uri']}", timeout=5)

    assert created.status_code == 201
    resource = created.json()
    assert set(resource) == set(SPEC["message_resource_fields"])
    assert resource["status"] in SPEC["message_status"]["enum"]
    assert resource["direction"] == "outbound-api"
    assert resource["num_segments"] == "1"
    assert fetched.json() == resource


@pytest.mark.parametrize(
    ("body", "segments"),
    [
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("{" * 80, 1),  # extension characters take two septets each
        ("{" * 81, 2),
        ("ñ" * 160, 1),  # in the GSM alphabet
        ("ç" * 70, 1),  # lower-case ç is not, so UCS-2
        ("ç" * 71, 2),
        ("🙂" * 35, 1),  # two UTF-16 units each
        ("🙂" * 36, 2),
    ],
)
def test_stand_in_counts_segments_like_twilio(body: str, segments: int) -> None:
    assert num_segments(body) == segments


# -- concurrency --------------------------------------------------------------------------


def test_fifty_concurrent_sends_do_not_wait_for_each_other(twilio: TwilioStandIn) -> None:
    twilio.latency = 0.2
    numbers = [f"+1555867{n:04d}" for n in range(50)]
    with make_gateway(twilio) as gateway, ThreadPoolExecutor(50) as pool:
        started = time.monotonic()
        accepted = list(pool.map(lambda to: gateway.send(to, BODY), numbers))
        elapsed = time.monotonic() - started

    assert elapsed < 50 * 0.2 / 4, f"50 sends took {elapsed:.2f} s"
    assert twilio.max_in_flight >= 20
    assert sorted(message["To"] for message in twilio.messages) == numbers
    assert len({answer.sid for answer in accepted}) == 50


# -- console ------------------------------------------------------------------------------


def test_console_prints_number_and_body() -> None:
    out = io.StringIO()

    accepted = ConsoleGateway(out).send(PATIENT, "Line one\nLine two")

    assert out.getvalue() == (
        f"[SMS to {PATIENT}] Line one\n" + " " * len(f"[SMS to {PATIENT}] ") + "Line two\n"
    )
    assert accepted.status == "sent"
    assert accepted.sid.startswith("CONSOLE")
    assert len(accepted.sid) == len("CONSOLE") + 32


def test_console_defaults_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    ConsoleGateway().send(PATIENT, BODY)

    assert capsys.readouterr().out == f"[SMS to {PATIENT}] {BODY}\n"


def test_console_keeps_each_message_whole_across_threads() -> None:
    out = io.StringIO()
    console = ConsoleGateway(out)
    bodies = [f"message {n}\nsecond line of {n}" for n in range(40)]

    threads = [threading.Thread(target=console.send, args=(PATIENT, b)) for b in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    lines = out.getvalue().splitlines()
    for first, second in zip(lines[::2], lines[1::2], strict=True):
        n = first.rsplit(" ", 1)[1]
        assert second.strip() == f"second line of {n}"


# -- error words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (21610, "the patient replied STOP and has unsubscribed from texts; phone them"),
        (21211, "the number is not a valid phone number"),
        (21614, "the number is not a mobile number (landline?)"),
        (30003, "the phone is switched off or unreachable"),
        (30004, "message blocked by the recipient"),
        (30005, "unknown or inactive number"),
        (30006, "landline or unreachable carrier"),
        (30007, "blocked by the carrier as spam"),
        (30008, "unknown delivery error"),
        (12345, "error 12345"),
    ],
)
def test_describe_error_in_a_nurses_words(code: int, words: str) -> None:
    assert describe_error(code) == words


def test_describe_error_without_a_code() -> None:
    assert "error" in describe_error(None)


def test_every_permanent_code_has_words() -> None:
    assert all(not describe_error(code).startswith("error ") for code in PERMANENT_CODES)
