"""What the dashboard's pages say and do: queue order and filters, search, the patient's
actions, the nurse's text through the dispatcher, the overview's numbers."""

from __future__ import annotations

import io
import logging
from datetime import date, timedelta

import pytest
import sqlite_utils
from flask.testing import FlaskClient

from bot.config import Config
from bot.services.demo_data import PATIENTS, TRIAL_PATIENT, UNKNOWN_SENDER, seed
from bot.services.sending import Dispatcher
from bot.store import audit as audit_store
from bot.store import flags as flag_store
from bot.web import create_app
from bot.web.overview import percentile
from tests.helpers.dashboard import (
    ADMIN,
    NURSE,
    Clock,
    ConsoleGateway,
    chicago,
    csrf_token,
    enroll_patient,
    make_user,
    post_form,
    sign_in,
    signed_post,
    sms_form,
)

DISCHARGED = date(2026, 3, 2)
NOW = chicago(2026, 3, 4, 10, 0)
ANA, BRUNO, STRANGER = "+13125550123", "+13125550124", "+13125550777"


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def client(config: Config, clock: Clock, db: sqlite_utils.Database) -> FlaskClient:
    make_user(db, NURSE)
    make_user(db, ADMIN, "admin")
    enroll_patient(db, config, discharged=DISCHARGED, now=chicago(2026, 3, 2, 9))
    enroll_patient(
        db,
        config,
        discharged=DISCHARGED - timedelta(days=7),
        now=chicago(2026, 3, 2, 9),
        phone=BRUNO,
        name="Bruno Diaz",
    )
    app = create_app(config, clock=clock).test_client()
    return app


def text_in(client: FlaskClient, config: Config, clock: Clock, phone: str, body: str) -> None:
    assert signed_post(client, config, sms_form(phone, body)).status_code == 200
    clock.now += timedelta(minutes=1)


def order(client: FlaskClient, path: str = "/") -> list[str]:
    html = client.get(path).get_data(as_text=True)
    names = ["Ana Lopez", "Bruno Diaz", "Unknown sender (312) 555-0777"]
    return sorted((n for n in names if n in html), key=html.index)


def test_the_queue_is_emergency_first_then_urgent_then_oldest(
    client: FlaskClient, config: Config, clock: Clock
) -> None:
    text_in(client, config, clock, ANA, "can I drive yet?")
    text_in(client, config, clock, STRANGER, "my dad has a fever of 102")
    text_in(client, config, clock, BRUNO, "he is very drowsy and his breathing is slow")
    sign_in(client)
    assert order(client) == ["Bruno Diaz", "Unknown sender (312) 555-0777", "Ana Lopez"]
    html = client.get("/").get_data(as_text=True)
    assert "<title>(3) Queue · Aftercare</title>" in html
    assert "Day 2 after discharge" in html and "Day 9 after discharge" in html
    assert "Wed 4 Mar, 10:00 CST" in html  # the clinic's local time, not UTC
    assert "<strong>fever</strong> — “fever”, “102”" in html  # why: findings and evidence


def test_queue_filters_by_level_holder_and_unknown_senders(
    client: FlaskClient, config: Config, clock: Clock, db: sqlite_utils.Database
) -> None:
    text_in(client, config, clock, ANA, "can I drive yet?")
    text_in(client, config, clock, STRANGER, "my dad has a fever of 102")
    text_in(client, config, clock, BRUNO, "he is very drowsy and his breathing is slow")
    sign_in(client)
    bruno = db.execute("SELECT id FROM flags WHERE level = 'emergency'").fetchone()[0]
    post_form(client, f"/flags/{bruno}/acknowledge")
    assert order(client, "/?level=routine") == ["Ana Lopez"]
    assert order(client, "/?mine=1") == ["Bruno Diaz"]
    assert order(client, "/?unknown=1") == ["Unknown sender (312) 555-0777"]
    assert "No open flags match these filters." in client.get("/?level=urgent&mine=1").get_data(
        as_text=True
    )


@pytest.mark.parametrize("query", ["lopez", "Ana", "(312) 555-0123", "MRN-1"])
def test_search_finds_a_patient_by_name_mrn_or_phone(
    client: FlaskClient, db: sqlite_utils.Database, query: str
) -> None:
    db.execute("UPDATE patients SET mrn = 'MRN-1' WHERE name = 'Ana Lopez'")
    sign_in(client)
    html = client.get("/patients", query_string={"q": query}).get_data(as_text=True)
    assert "Ana Lopez" in html and "Bruno Diaz" not in html


def test_a_nurses_text_goes_through_the_outbox_and_the_dispatcher(
    client: FlaskClient, config: Config, clock: Clock, db: sqlite_utils.Database
) -> None:
    sign_in(client)
    post_form(client, "/patients/1/text", {"body": "Hola Ana, ¿cómo está la herida?"})
    row = dict(next(iter(db.query("SELECT * FROM outbox WHERE kind = 'nurse'")), {}))
    assert row is not None
    printed = io.StringIO()
    dispatcher = Dispatcher(config, ConsoleGateway(printed), clock=clock)
    try:
        dispatcher.run_pass()
    finally:
        dispatcher.close()
    sent = db.execute("SELECT status, provider_sid FROM outbox WHERE id = ?", [row["id"]])
    status, sid = sent.fetchone()
    assert status == "sent" and sid
    assert "Lakeside Spine: Hola Ana, ¿cómo está la herida?" in printed.getvalue()
    html = client.get("/patients/1").get_data(as_text=True)
    assert "Hola Ana, ¿cómo está la herida?" in html and f"Text from {NURSE}" in html


def test_no_text_to_a_patient_who_said_stop(
    client: FlaskClient, config: Config, clock: Clock, db: sqlite_utils.Database
) -> None:
    text_in(client, config, clock, ANA, "STOP")
    sign_in(client)
    response = post_form(client, "/patients/1/text", {"body": "are you ok?"})
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "replied STOP" in page
    assert db.execute("SELECT count(*) FROM outbox WHERE kind = 'nurse'").fetchone()[0] == 0


def test_pause_resume_and_a_bad_number_stop_and_restart_planned_texts(
    client: FlaskClient, db: sqlite_utils.Database
) -> None:
    def scheduled() -> int:
        return int(
            db.execute(
                "SELECT count(*) FROM outbox WHERE patient_id = 1 AND status = 'scheduled'"
            ).fetchone()[0]
        )

    sign_in(client)
    planned = int(
        db.execute(
            "SELECT count(*) FROM outbox WHERE patient_id = 1 AND status = 'scheduled' "
            "AND send_at >= '2026-03-04T16:00:00+00:00'"
        ).fetchone()[0]
    )
    assert planned > 0
    post_form(client, "/patients/1/pause", {"paused": "1"})
    assert scheduled() == 0
    post_form(client, "/patients/1/pause", {"paused": "0"})
    assert scheduled() == planned  # every text still ahead; none sent late
    post_form(client, "/patients/1/number-bad")
    assert scheduled() == 0
    assert "Number marked bad" in client.get("/patients/1").get_data(as_text=True)


def test_correcting_the_discharge_date_and_lifting_a_restriction(
    client: FlaskClient, db: sqlite_utils.Database
) -> None:
    sign_in(client)
    post_form(client, "/patients/1/discharge-date", {"discharged": "2026-03-03"})
    assert db.execute("SELECT discharged_on FROM patients WHERE id = 1").fetchone()[0] == (
        "2026-03-03"
    )
    post_form(client, "/patients/1/lift", {"key": "driving"})
    lifted = db.execute(
        "SELECT lifted_on FROM restrictions WHERE patient_id = 1 AND key = 'driving'"
    ).fetchone()[0]
    assert lifted == "2026-03-04"
    response = post_form(client, "/patients/1/discharge-date", {"discharged": "not a date"})
    assert "not a date" in client.get(response.headers["Location"]).get_data(as_text=True)


def test_a_recorded_call_and_a_resolved_flag_show_in_the_conversation(
    client: FlaskClient, config: Config, clock: Clock, db: sqlite_utils.Database
) -> None:
    text_in(client, config, clock, ANA, "I have a fever of 101")
    sign_in(client)
    post_form(client, "/patients/1/call", {"note": "Temp 99.5 now; seen tomorrow 9am"})
    flag = db.execute("SELECT id FROM flags").fetchone()[0]
    post_form(client, f"/flags/{flag}/resolve", {"note": "Phoned; seen tomorrow"})
    html = client.get("/patients/1").get_data(as_text=True)
    for words in (
        "I have a fever of 101",
        f"Phoned by {NURSE}",
        "Temp 99.5 now",
        f"Resolved by {NURSE}",
        "Phoned; seen tomorrow",
    ):
        assert words in html, words


def test_resolving_without_a_note_is_refused(
    client: FlaskClient, config: Config, clock: Clock, db: sqlite_utils.Database
) -> None:
    text_in(client, config, clock, ANA, "I have a fever of 101")
    sign_in(client)
    flag = db.execute("SELECT id FROM flags").fetchone()[0]
    response = post_form(client, f"/flags/{flag}/resolve", {"note": "  "})
    assert "note is empty" in client.get(response.headers["Location"]).get_data(as_text=True)
    assert flag_store.get_flag(db, flag)["status"] == "open"


def test_the_overview_counts_each_clinic_day(
    client: FlaskClient, config: Config, clock: Clock, db: sqlite_utils.Database
) -> None:
    # two check-ins sent on Tuesday 3 March (Chicago); Ana answers hers within the day
    db.execute(
        "UPDATE outbox SET status = 'delivered', sent_at = '2026-03-03T16:00:00+00:00', "
        "provider_sid = 'SM' || id WHERE id IN (SELECT min(id) FROM outbox WHERE kind = "
        "'check_in' GROUP BY patient_id)"
    )
    clock.now = chicago(2026, 3, 3, 11, 0)
    text_in(client, config, clock, ANA, "I have a fever of 101")
    flag = db.execute("SELECT id FROM flags").fetchone()[0]
    clock.now = chicago(2026, 3, 3, 11, 20)
    sign_in(client)
    post_form(client, f"/flags/{flag}/acknowledge")
    clock.now = NOW
    sign_in(client)
    html = client.get("/overview").get_data(as_text=True)
    row = html[html.index("Tue 3 Mar</th>") :]
    row = row[: row.index("</tr>")]
    cells = [c.split("<")[0] for c in row.split("<td>")[1:]]
    assert cells == ["2", "50%", "0", "1", "0", "20 / 20", "0"]


def test_percentile_is_nearest_rank() -> None:
    assert percentile([], 0.5) is None
    assert percentile([4.0], 0.9) == 4.0
    assert percentile([float(n) for n in range(1, 11)], 0.5) == 5.0
    assert percentile([float(n) for n in range(1, 11)], 0.9) == 9.0


def test_demo_data_has_every_level_an_unknown_sender_and_a_trial(
    db: sqlite_utils.Database, config: Config
) -> None:
    ids = seed(db, config, NOW)
    assert len(ids) == len(PATIENTS) == 12
    levels = {row[0] for row in db.execute("SELECT level FROM flags WHERE status = 'open'")}
    assert {"emergency", "urgent", "routine"} <= levels
    assert (
        db.execute(
            "SELECT count(*) FROM replies WHERE from_phone = ? AND patient_id IS NULL",
            [UNKNOWN_SENDER],
        ).fetchone()[0]
        == 1
    )
    scores = db.execute(
        "SELECT count(*) FROM replies WHERE patient_id = ? AND pain IS NOT NULL",
        [ids[TRIAL_PATIENT]],
    ).fetchone()[0]
    assert scores == 7
    assert db.execute("SELECT count(*) FROM outbox WHERE kind = 'nurse'").fetchone()[0] == 1


def test_no_phone_number_or_text_reaches_the_logs(
    client: FlaskClient, config: Config, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    text_in(client, config, clock, ANA, "I have a fever of 101")
    sign_in(client)
    client.get("/")
    client.get("/patients", query_string={"q": "(312) 555-0123"})
    post_form(client, "/patients/1/text", {"body": "secret words for Ana"})
    post_form(client, "/flags/1/resolve", {"note": "private note about Ana"})
    for forbidden in ("3125550123", "555-0123", "fever of 101", "secret words", "private note"):
        assert forbidden not in caplog.text, forbidden


def test_an_unchanged_queue_refresh_sends_and_audits_nothing(
    client: FlaskClient, config: Config, clock: Clock, db: sqlite_utils.Database
) -> None:
    text_in(client, config, clock, ANA, "I have a fever of 101")
    sign_in(client)
    first = client.get("/queue/rows").json
    assert first and "Ana Lopez" in first["html"]
    audited = len(audit_store.entries(db))
    same = client.get("/queue/rows", query_string={"version": first["version"]}).json
    assert same == {"unchanged": True}
    assert len(audit_store.entries(db)) == audited
    text_in(client, config, clock, BRUNO, "can I shower?")
    changed = client.get("/queue/rows", query_string={"version": first["version"]}).json
    assert changed and "Bruno Diaz" in changed["html"]
    assert len(audit_store.entries(db)) == audited + 1


def test_an_admin_adds_disables_and_resets_users_on_the_page(
    client: FlaskClient, db: sqlite_utils.Database
) -> None:
    sign_in(client, ADMIN)
    response = post_form(
        client,
        "/admin/users",
        {"email": "new.nurse@clinic.test", "password": "violet-canoe-Tuesday-88", "role": "nurse"},
    )
    assert "User added." in client.get(response.headers["Location"]).get_data(as_text=True)
    weak = post_form(client, "/admin/users", {"email": "x@clinic.test", "password": "password1234"})
    assert "too common" in client.get(weak.headers["Location"]).get_data(as_text=True)
    new_id = db.execute("SELECT id FROM users WHERE email = 'new.nurse@clinic.test'").fetchone()[0]
    post_form(client, f"/admin/users/{new_id}/disabled", {"disabled": "1"})
    assert db.execute("SELECT disabled_at FROM users WHERE id = ?", [new_id]).fetchone()[0]
    post_form(client, f"/admin/users/{new_id}/password", {"password": "amber-falcon-river-42"})
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    assert sign_in(client, "new.nurse@clinic.test", "amber-falcon-river-42").status_code == 401
    actions = [e["action"] for e in audit_store.entries(db) if e["actor"] == ADMIN]
    assert {"add user", "disable user", "reset password"} <= set(actions)


def test_the_audit_page_filters_by_person_action_and_patient(
    client: FlaskClient, config: Config, clock: Clock
) -> None:
    text_in(client, config, clock, ANA, "I have a fever of 101")
    sign_in(client, NURSE)
    client.get("/patients/1")
    post_form(client, "/flags/1/acknowledge")
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    sign_in(client, ADMIN)
    html = client.get(
        "/admin/audit", query_string={"actor": NURSE, "action": "acknowledge", "patient": "1"}
    ).get_data(as_text=True)
    body = html[html.index("<tbody>") :]
    assert body.count("<tr>") == 1 and "flag 1" in body
    everything = client.get("/admin/audit").get_data(as_text=True)
    assert "sign in" in everything and "patient 1" in everything


def test_behind_an_https_proxy_the_audit_keeps_the_clients_address(
    config: Config, clock: Clock, db: sqlite_utils.Database
) -> None:
    from dataclasses import replace

    make_user(db)
    https = replace(config, server=replace(config.server, public_url="https://care.example.org"))
    client = create_app(https, clock=clock).test_client()
    client.environ_base = {"HTTP_X_FORWARDED_FOR": "203.0.113.9", "REMOTE_ADDR": "127.0.0.1"}
    sign_in(client)
    assert audit_store.entries(db)[0]["address"] == "203.0.113.9"


def test_overview_days_follow_the_clinics_calendar_across_the_dst_change(
    client: FlaskClient, clock: Clock, db: sqlite_utils.Database
) -> None:
    # Chicago springs forward on Sunday 8 March 2026: that day has 23 hours
    for at in (
        chicago(2026, 3, 7, 23, 30),  # Saturday night, CST
        chicago(2026, 3, 8, 0, 30),  # Sunday, just after midnight, CST
        chicago(2026, 3, 8, 23, 30),  # Sunday night, CDT
        chicago(2026, 3, 9, 0, 15),  # Monday
    ):
        flag_store.raise_flag(db, patient_id=1, level="urgent", reason="test", now=at)
    clock.now = chicago(2026, 3, 10, 9)
    sign_in(client)
    html = client.get("/overview").get_data(as_text=True)

    def urgent_on(day: str) -> str:
        row = html[html.index(f"{day}</th>") :]
        return [c.split("<")[0] for c in row[: row.index("</tr>")].split("<td>")[1:]][3]

    assert (urgent_on("Sat 7 Mar"), urgent_on("Sun 8 Mar"), urgent_on("Mon 9 Mar")) == (
        "1",
        "2",
        "1",
    )
