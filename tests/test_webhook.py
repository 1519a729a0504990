"""Twilio's POST /twilio/sms: signatures, replays, TwiML answers and routing at frozen times."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
import sqlite_utils
from flask.testing import FlaskClient
from twilio.request_validator import RequestValidator

from bot.config import Config, load_config
from bot.store import from_db_time, open_db
from bot.store import outbox as outbox_store
from bot.web import create_app
from bot.web.signature import signing_token
from tests.helpers.clinic import (
    CLINIC_TOML,
    Aftercare,
)
from tests.helpers.clock import Clock
from tests.helpers.net import free_port
from tests.helpers.replies import (
    CHICAGO,
    CLINIC_PHONE,
    ON_CALL,
    PATIENT_PHONE,
    SPANISH_PHONE,
    Server,
    chicago,
    enroll_patient,
    mark_sent,
    rows,
    running_server,
    signature,
    signed_post,
    sms_form,
    twiml_answer,
    twiml_messages,
    with_server,
)

DISCHARGED = date(2026, 3, 2)  # a Monday
WEEKDAY_10AM = chicago(2026, 3, 4, 10, 0)  # Wednesday, clinic open
STRANGER = "+13125550777"


@pytest.fixture
def clock() -> Clock:
    return Clock(WEEKDAY_10AM)


@pytest.fixture
def client(config: Config, clock: Clock) -> FlaskClient:
    return create_app(config, clock=clock).test_client()


def alerts(db: sqlite_utils.Database) -> list[dict]:
    return rows(db, "SELECT * FROM outbox WHERE kind = 'alert' ORDER BY id")


def flags(aftercare: Aftercare) -> list[dict]:
    result = aftercare("flags", "--json")
    assert result.exit_code == 0, result.output
    items: list[dict] = json.loads(result.output)
    return items


# -- signatures through Flask's test client ----------------------------------------------


def _unsigned(config: Config, form: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    return form, {}


def _garbage(config: Config, form: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    return form, {"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJlIGF0IGFsbA=="}


def _other_token(config: Config, form: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    sig = RequestValidator("not-our-token").compute_signature(
        config.server.public_url + "/twilio/sms", form
    )
    return form, {"X-Twilio-Signature": sig}


def _other_url(config: Config, form: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    sig = RequestValidator(signing_token(config)).compute_signature(
        "https://attacker.example.com/twilio/sms", form
    )
    return form, {"X-Twilio-Signature": sig}


def _other_path(config: Config, form: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    return form, {"X-Twilio-Signature": signature(config, form, "/twilio/status")}


def _changed_body(config: Config, form: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    headers = {"X-Twilio-Signature": signature(config, form)}
    return {**form, "Body": "doing fine"}, headers


def _changed_sender(config: Config, form: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    headers = {"X-Twilio-Signature": signature(config, form)}
    return {**form, "From": STRANGER}, headers


def _added_param(config: Config, form: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    headers = {"X-Twilio-Signature": signature(config, form)}
    return {**form, "MediaUrl0": "https://attacker.example.com/x.jpg"}, headers


BAD_SIGNATURES = {
    "unsigned": _unsigned,
    "garbage signature": _garbage,
    "signed with another token": _other_token,
    "signed for another URL": _other_url,
    "signed for another path": _other_path,
    "changed body": _changed_body,
    "changed sender": _changed_sender,
    "added parameter": _added_param,
}


@pytest.mark.parametrize("case", list(BAD_SIGNATURES))
def test_a_request_not_signed_by_twilio_is_refused_and_stores_nothing(
    client: FlaskClient, config: Config, db: sqlite_utils.Database, patient: int, case: str
) -> None:
    form, headers = BAD_SIGNATURES[case](config, sms_form(PATIENT_PHONE, "I can't breathe"))

    response = client.post("/twilio/sms", data=form, headers=headers)

    assert response.status_code == 403
    assert rows(db, "SELECT * FROM replies") == []
    assert rows(db, "SELECT * FROM flags") == []
    assert alerts(db) == []


def test_the_status_callback_refuses_an_unsigned_request(
    client: FlaskClient, db: sqlite_utils.Database
) -> None:
    form = {"MessageSid": "SM" + "0" * 32, "MessageStatus": "failed", "ErrorCode": "30003"}
    response = client.post("/twilio/status", data=form)
    assert response.status_code == 403
    assert rows(db, "SELECT * FROM flags") == []


def test_a_signature_for_the_public_url_is_accepted_behind_a_proxy(
    config: Config, clock: Clock, db: sqlite_utils.Database, patient: int
) -> None:
    behind_proxy = replace(
        config, server=replace(config.server, public_url="https://aftercare.example.org")
    )
    client = create_app(behind_proxy, clock=clock).test_client()
    form = sms_form(PATIENT_PHONE, "doing fine, no fever")

    assert signed_post(client, behind_proxy, form).status_code == 200
    # the URL this process sees is not the one Twilio called
    assert signed_post(client, config, sms_form(PATIENT_PHONE, "ok")).status_code == 403


@pytest.mark.parametrize(
    ("posted_to", "signed_for", "status"),
    [
        ("/twilio/sms?clinic=lakeside", "/twilio/sms?clinic=lakeside", 200),
        ("/twilio/sms?clinic=lakeside", "/twilio/sms", 403),
        ("/twilio/sms?clinic=other", "/twilio/sms?clinic=lakeside", 403),
    ],
)
def test_the_signature_covers_the_query_string_twilio_called(
    client: FlaskClient, config: Config, patient: int, posted_to: str, signed_for: str, status: int
) -> None:
    form = sms_form(PATIENT_PHONE, "doing fine")
    headers = {"X-Twilio-Signature": signature(config, form, signed_for)}

    assert client.post(posted_to, data=form, headers=headers).status_code == status


def test_a_replayed_message_sid_is_stored_once_and_answered_the_same(
    client: FlaskClient,
    config: Config,
    clock: Clock,
    db: sqlite_utils.Database,
    patient: int,
    aftercare: Aftercare,
) -> None:
    clock.now = chicago(2026, 3, 4, 2, 0)  # after hours: an alert to the on-call phone too
    form = sms_form(PATIENT_PHONE, "I have a fever of 102")

    first = twiml_answer(signed_post(client, config, form))
    clock.now = chicago(2026, 3, 4, 9, 0)  # Twilio retries after the clinic opened
    again = twiml_answer(signed_post(client, config, form))

    assert again == first
    assert "emergency room" in first
    assert len(rows(db, "SELECT * FROM replies")) == 1
    assert len(flags(aftercare)) == 1
    assert len(alerts(db)) == 1


# -- TwiML in the patient's language ------------------------------------------------------


@pytest.mark.parametrize(
    ("phone", "body", "expected"),
    [
        (PATIENT_PHONE, "I have a fever of 101", "A nurse from Lakeside Spine will call you"),
        (SPANISH_PHONE, "tengo fiebre de 39", "Una enfermera de Lakeside Spine lo llamará"),
        (PATIENT_PHONE, "doing fine", "Thank you for letting us know."),
        (SPANISH_PHONE, "estoy bien", "Gracias por avisarnos."),
        # the patient's language is the enrolled one, whatever language the text is in
        (SPANISH_PHONE, "I have a fever of 101", "Una enfermera de Lakeside Spine lo llamará"),
        (PATIENT_PHONE, "Tengo dolor de pecho", "Call 911 now."),
        (SPANISH_PHONE, "chest pain", "Llame al 911 ahora."),
    ],
)
def test_twiml_answers_in_the_patients_language(
    client: FlaskClient,
    config: Config,
    patient: int,
    spanish_patient: int,
    phone: str,
    body: str,
    expected: str,
) -> None:
    response = signed_post(client, config, sms_form(phone, body))
    assert response.headers["Content-Type"].startswith("application/xml")
    assert expected in twiml_answer(response)


def test_an_answer_with_xml_characters_is_valid_twiml(
    client: FlaskClient, config: Config, patient: int
) -> None:
    response = signed_post(client, config, sms_form(PATIENT_PHONE, "<b>fever</b> & chills?"))
    assert len(twiml_messages(response.data)) == 1


# -- unknown senders ---------------------------------------------------------------------


def test_an_unknown_sender_gets_the_clinics_phone_and_a_nurse_sees_the_text(
    client: FlaskClient, config: Config, db: sqlite_utils.Database, aftercare: Aftercare
) -> None:
    answer = twiml_answer(signed_post(client, config, sms_form(STRANGER, "hi is this Dr Lee?")))

    assert CLINIC_PHONE in answer
    assert "Lakeside Spine" in answer
    [flag] = flags(aftercare)
    assert flag["patient_id"] is None
    assert flag["reply"] == "hi is this Dr Lee?"
    assert flag["reason"].startswith("unknown sender")
    [reply] = rows(db, "SELECT * FROM replies")
    assert reply["from_phone"] == STRANGER


def test_an_unknown_sender_with_an_emergency_hears_911_first_and_on_call_is_told(
    client: FlaskClient, config: Config, db: sqlite_utils.Database, aftercare: Aftercare
) -> None:
    answer = twiml_answer(
        signed_post(client, config, sms_form(STRANGER, "my husband can't breathe"))
    )

    assert answer.startswith("Call 911")
    [flag] = flags(aftercare)
    assert (flag["level"], flag["patient_id"]) == ("emergency", None)
    [alert] = alerts(db)
    assert alert["to_phone"] == ON_CALL
    assert "(312) 555-0777" in alert["body"]


def test_an_unknown_sender_with_a_fever_at_night_is_sent_to_the_er_not_to_a_closed_clinic(
    client: FlaskClient, config: Config, clock: Clock, db: sqlite_utils.Database
) -> None:
    """A patient texting from a new phone at 02:00 must hear what a known patient hears."""
    clock.now = chicago(2026, 3, 4, 2, 0)
    answer = twiml_answer(
        signed_post(client, config, sms_form(STRANGER, "I have a fever of 102 and chills"))
    )

    assert len(alerts(db)) == 1  # the on-call clinician is told
    assert "emergency room" in answer or "911" in answer, answer


# -- MMS ---------------------------------------------------------------------------------


@pytest.mark.parametrize("body", ["here is my wound", "doing fine", ""])
def test_pictures_are_stored_as_links_and_shown_to_the_nurse(
    client: FlaskClient,
    config: Config,
    db: sqlite_utils.Database,
    patient: int,
    aftercare: Aftercare,
    body: str,
) -> None:
    media = (
        "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
        "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME2",
    )
    response = signed_post(client, config, sms_form(PATIENT_PHONE, body, media=media))

    assert response.status_code == 200
    [reply] = rows(db, "SELECT * FROM replies")
    assert json.loads(reply["media"]) == list(media)
    # a picture always reaches a nurse, even with "doing fine" under it
    [flag] = flags(aftercare)
    assert flag["media"] == list(media)
    assert flag["patient_id"] == patient
    assert "2 picture(s)" in flag["detail"]


# -- routing through the webhook at frozen times -----------------------------------------


@dataclass(frozen=True)
class Case:
    now: datetime
    body: str
    answer: str
    level: str | None  # the flag's level, None for no flag
    alert: bool
    after_hours: bool = False


ROUTING = {
    "fever, weekday in hours": Case(
        WEEKDAY_10AM,
        "I have a fever of 101",
        "A nurse from Lakeside Spine will call you shortly",
        "urgent",
        alert=False,
    ),
    "fever at 16:59": Case(
        chicago(2026, 3, 4, 16, 59), "fever 100.8", "will call you shortly", "urgent", alert=False
    ),
    "fever at 17:00": Case(
        chicago(2026, 3, 4, 17, 0),
        "fever 100.8",
        "emergency room",
        "urgent",
        alert=True,
        after_hours=True,
    ),
    "fever at 02:00": Case(
        chicago(2026, 3, 4, 2, 0),
        "I have a fever of 102",
        "Go to the nearest emergency room",
        "urgent",
        alert=True,
        after_hours=True,
    ),
    "redness on Saturday": Case(
        chicago(2026, 3, 7, 11, 0),
        "the incision is red and swollen",
        "emergency room",
        "urgent",
        alert=True,
        after_hours=True,
    ),
    "fever on Thanksgiving": Case(
        chicago(2026, 11, 26, 10, 0),
        "I have a fever of 101",
        "emergency room",
        "urgent",
        alert=True,
        after_hours=True,
    ),
    "fever on the clinic's closure": Case(
        chicago(2026, 12, 24, 10, 0),
        "I have a fever of 101",
        "emergency room",
        "urgent",
        alert=True,
        after_hours=True,
    ),
    "emergency in hours": Case(
        WEEKDAY_10AM, "I can't breathe", "Call 911", "emergency", alert=True
    ),
    "emergency at 02:00": Case(
        chicago(2026, 3, 4, 2, 0),
        "chest pain",
        "Call 911",
        "emergency",
        alert=True,
        after_hours=True,
    ),
    "suicidal": Case(
        chicago(2026, 3, 4, 23, 0),
        "I want to kill myself",
        "Call 911",
        "emergency",
        alert=True,
        after_hours=True,
    ),
    "routine question": Case(
        WEEKDAY_10AM, "Can I shower?", "will answer during clinic hours", "routine", alert=False
    ),
    "routine question at night": Case(
        chicago(2026, 3, 4, 22, 0),
        "Can I shower?",
        "will answer during clinic hours",
        "routine",
        alert=False,
        after_hours=True,
    ),
    "ok": Case(WEEKDAY_10AM, "doing fine, no fever", "Thank you", None, alert=False),
}


@pytest.mark.parametrize("name", list(ROUTING))
def test_routing_through_the_webhook(
    config: Config,
    db: sqlite_utils.Database,
    aftercare: Aftercare,
    name: str,
) -> None:
    case = ROUTING[name]
    discharged = case.now.date() - timedelta(days=2)
    enrolled_at = datetime.combine(discharged, time(9), tzinfo=CHICAGO)
    patient = enroll_patient(db, config, discharged=discharged, now=enrolled_at)
    client = create_app(config, clock=Clock(case.now)).test_client()

    answer = twiml_answer(signed_post(client, config, sms_form(PATIENT_PHONE, case.body)))

    assert case.answer in answer
    assert "you're fine" not in answer.lower() and "you are fine" not in answer.lower()
    queue = flags(aftercare)
    if case.level is None:
        assert queue == []
    else:
        [flag] = queue
        assert (flag["level"], flag["patient_id"], flag["status"]) == (case.level, patient, "open")
        assert flag["after_hours"] is case.after_hours
        assert flag["reply"] == case.body
    sent_to_on_call = alerts(db)
    if case.alert:
        [alert] = sent_to_on_call
        code = rows(db, "SELECT ack_code FROM flags")[0]["ack_code"]
        assert alert["to_phone"] == ON_CALL
        assert f"ACK {code}" in alert["body"]
        assert alert["status"] == "scheduled"
        assert from_db_time(alert["send_at"]) == case.now  # at once, at any hour
    else:
        assert sent_to_on_call == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [("I want to kill myself", "988"), ("quiero morirme", "988")],
)
def test_suicidal_thoughts_get_988_as_well_as_911(
    client: FlaskClient, config: Config, patient: int, body: str, expected: str
) -> None:
    answer = twiml_answer(signed_post(client, config, sms_form(PATIENT_PHONE, body)))
    assert answer.startswith("Call 911")
    assert expected in answer


def test_an_ok_reply_is_thanked_with_the_next_check_in_date_and_needs_nobody(
    client: FlaskClient,
    config: Config,
    clock: Clock,
    db: sqlite_utils.Database,
    patient: int,
    aftercare: Aftercare,
) -> None:
    clock.now = chicago(2026, 3, 4, 12, 0)  # after the day-2 check-in of 10:00

    answer = twiml_answer(
        signed_post(client, config, sms_form(PATIENT_PHONE, "feeling good today"))
    )

    # check-ins on days 1, 2, 3, 7...: the next one is day 3, Thursday March 5
    assert answer.startswith("Thank you for letting us know. Your next check-in is Thu Mar 5.")
    assert "fine" not in answer.lower()
    assert CLINIC_PHONE in answer
    assert flags(aftercare) == []
    assert alerts(db) == []


def test_the_nurses_queue_puts_an_emergency_first(
    client: FlaskClient, config: Config, patient: int, aftercare: Aftercare
) -> None:
    for body in ("Can I shower?", "I have a fever of 101", "I can't breathe"):
        signed_post(client, config, sms_form(PATIENT_PHONE, body))

    assert [flag["level"] for flag in flags(aftercare)] == ["emergency", "urgent", "routine"]


def test_an_alert_wakes_the_dispatcher_at_once(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    woken: list[bool] = []
    app = create_app(config, clock=Clock(WEEKDAY_10AM), wake_dispatcher=lambda: woken.append(True))

    signed_post(app.test_client(), config, sms_form(PATIENT_PHONE, "doing fine"))
    assert woken == []
    signed_post(app.test_client(), config, sms_form(PATIENT_PHONE, "I can't breathe"))
    assert woken == [True]


# -- against the real server on a local port ---------------------------------------------


@dataclass
class Served:
    server: Server
    config: Config
    db_path: str


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("served")
    config_file = folder / "config.toml"
    config_file.write_text(CLINIC_TOML.format(db=folder / "aftercare.db"), encoding="utf-8")
    with_server(config_file, free_port())
    config = load_config(str(config_file), environ={})
    db = open_db(config.database.path)
    try:
        now = datetime.now(CHICAGO)
        enroll_patient(db, config, discharged=now.date(), now=now)
    finally:
        db.conn.close()
    with running_server(Path(config_file), "serve") as server:
        yield Served(server, config, config.database.path)


def _count(path: str, sql: str, params: list[object]) -> int:
    db = open_db(path, migrate=False)
    try:
        return int(db.execute(sql, params).fetchone()[0])
    finally:
        db.conn.close()


@pytest.mark.parametrize("case", list(BAD_SIGNATURES))
def test_the_real_server_refuses_requests_not_signed_by_twilio(served: Served, case: str) -> None:
    form, headers = BAD_SIGNATURES[case](served.config, sms_form(PATIENT_PHONE, "chest pain"))

    status, _ = served.server.post("/twilio/sms", form, headers)

    assert status == 403
    stored = _count(
        served.db_path, "SELECT count(*) FROM replies WHERE message_sid = ?", [form["MessageSid"]]
    )
    assert stored == 0


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tengo fiebre 🤒 y la herida está roja", "Lakeside Spine"),
        ("todo bien 👍, sin fiebre", "Thank you"),
    ],
)
def test_the_real_server_accepts_a_signed_text_with_accents_and_emoji(
    served: Served, body: str, expected: str
) -> None:
    form = sms_form(PATIENT_PHONE, body)

    status, answer = served.server.post(
        "/twilio/sms", form, {"X-Twilio-Signature": signature(served.config, form)}
    )

    assert status == 200
    assert expected in twiml_messages(answer)[0]
    db = open_db(served.db_path, migrate=False)
    try:
        [stored] = rows(db, "SELECT body FROM replies WHERE message_sid = ?", [form["MessageSid"]])
    finally:
        db.conn.close()
    assert stored["body"] == body


def test_the_real_server_stores_a_replayed_message_once_and_answers_the_same(
    served: Served,
) -> None:
    form = sms_form(PATIENT_PHONE, "I can't breathe")
    headers = {"X-Twilio-Signature": signature(served.config, form)}
    flags_before = _count(served.db_path, "SELECT count(*) FROM flags", [])

    first = served.server.post("/twilio/sms", form, headers)
    second = served.server.post("/twilio/sms", form, headers)

    assert first[0] == second[0] == 200
    assert twiml_messages(first[1]) == twiml_messages(second[1])
    assert twiml_messages(first[1])[0].startswith("Call 911")
    sid = [form["MessageSid"]]
    assert _count(served.db_path, "SELECT count(*) FROM replies WHERE message_sid = ?", sid) == 1
    assert _count(served.db_path, "SELECT count(*) FROM flags", []) == flags_before + 1


def test_the_real_server_stores_simultaneous_deliveries_of_one_message_once(
    served: Served,
) -> None:
    form = sms_form(PATIENT_PHONE, "the incision is red and leaking")
    headers = {"X-Twilio-Signature": signature(served.config, form)}
    flags_before = _count(served.db_path, "SELECT count(*) FROM flags", [])
    answers: list[tuple[int, str]] = []
    lock = threading.Lock()

    def deliver() -> None:
        outcome = served.server.post("/twilio/sms", form, headers)
        with lock:
            answers.append(outcome)

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)

    assert [status for status, _ in answers] == [200] * 4
    assert len({tuple(twiml_messages(body)) for _, body in answers}) == 1
    sid = [form["MessageSid"]]
    assert _count(served.db_path, "SELECT count(*) FROM replies WHERE message_sid = ?", sid) == 1
    assert _count(served.db_path, "SELECT count(*) FROM flags", []) == flags_before + 1


def test_the_real_server_answers_a_stranger_by_twiml_alone(
    served: Served,
) -> None:
    """An unknown number is answered by TwiML only; nothing is queued to it."""
    form = sms_form(STRANGER, "who is this")
    status, body = served.server.post(
        "/twilio/sms", form, {"X-Twilio-Signature": signature(served.config, form)}
    )
    assert status == 200
    assert CLINIC_PHONE in twiml_messages(body)[0]
    db = open_db(served.db_path, migrate=False)
    try:
        assert [m for m in outbox_store.messages(db) if m["to_phone"] == STRANGER] == []
    finally:
        db.conn.close()


# -- a reply read as the answer to the check-in it answers ------------------------------


def sent_check_in(db: sqlite_utils.Database, patient_id: int, step: str, at: datetime) -> None:
    """Hand the patient's check-in of `step` to the provider at `at`, as the dispatcher does."""
    [row] = rows(db, "SELECT id FROM outbox WHERE patient_id = ? AND step = ?", [patient_id, step])
    mark_sent(db, row["id"], at)


def test_no_after_a_symptom_check_in_is_good_news_answered_with_the_next_check_in(
    client: FlaskClient,
    config: Config,
    clock: Clock,
    db: sqlite_utils.Database,
    patient: int,
    aftercare: Aftercare,
) -> None:
    sent_check_in(db, patient, "day-2", chicago(2026, 3, 4, 10, 0))
    clock.now = chicago(2026, 3, 4, 11, 0)

    answer = twiml_answer(signed_post(client, config, sms_form(PATIENT_PHONE, "nope")))

    assert answer.startswith("Thank you for letting us know. Your next check-in is Thu Mar 5.")
    assert flags(aftercare) == []


def test_no_out_of_the_blue_still_goes_to_a_nurse(
    client: FlaskClient, config: Config, patient: int, aftercare: Aftercare
) -> None:
    # no check-in was sent in days: "no" answers nothing a nurse can see, so she reads it
    signed_post(client, config, sms_form(PATIENT_PHONE, "no"))
    assert [flag["level"] for flag in flags(aftercare)] == ["routine"]


def trial_patient(db: sqlite_utils.Database, config: Config) -> int:
    return enroll_patient(
        db,
        config,
        discharged=DISCHARGED,
        now=chicago(2026, 3, 2, 9),
        protocol="intrathecal-pump-trial",
        phone="+13125550131",
        name="Harold Jensen",
    )


def scored_yesterday(
    client: FlaskClient, config: Config, clock: Clock, db: sqlite_utils.Database, score: str
) -> int:
    """Enroll Harold on the trial; he answers day 1's pain question with `score`; day 2's
    check-in has just gone out. Return his id."""
    harold = trial_patient(db, config)
    sent_check_in(db, harold, "day-1", chicago(2026, 3, 3, 10, 0))
    clock.now = chicago(2026, 3, 3, 10, 30)
    signed_post(client, config, sms_form("+13125550131", score))
    sent_check_in(db, harold, "day-2", chicago(2026, 3, 4, 10, 0))
    clock.now = chicago(2026, 3, 4, 10, 30)
    return harold


def test_a_pain_score_above_yesterdays_is_urgent(
    client: FlaskClient,
    config: Config,
    clock: Clock,
    db: sqlite_utils.Database,
    aftercare: Aftercare,
) -> None:
    harold = scored_yesterday(client, config, clock, db, "3")

    answer = twiml_answer(signed_post(client, config, sms_form("+13125550131", "7")))

    assert "will call you" in answer
    [flag] = flags(aftercare)
    assert flag["level"] == "urgent"
    scores = rows(db, "SELECT pain FROM replies WHERE patient_id = ? ORDER BY id", [harold])
    assert [r["pain"] for r in scores] == [3, 7]


def test_a_pain_score_below_the_last_is_good_news_and_kept(
    client: FlaskClient,
    config: Config,
    clock: Clock,
    db: sqlite_utils.Database,
    aftercare: Aftercare,
) -> None:
    harold = scored_yesterday(client, config, clock, db, "7/10")
    flagged_before = len(flags(aftercare))

    answer = twiml_answer(signed_post(client, config, sms_form("+13125550131", "3")))

    assert answer.startswith("Thank you for letting us know.")
    assert len(flags(aftercare)) == flagged_before
    latest = rows(
        db, "SELECT pain, level FROM replies WHERE patient_id = ? ORDER BY id DESC", [harold]
    )
    assert (latest[0]["pain"], latest[0]["level"]) == (3, "ok")
