"""Dashboard accounts: passwords, sign-in, throttling, idle sign-out, `aftercare users`."""

from __future__ import annotations

import json
import socket
import sqlite3
from datetime import timedelta

import pytest
import sqlite_utils
from flask.testing import FlaskClient

from bot.config import Config
from bot.errors import InputError
from bot.services.accounts import check_password
from bot.store import audit as audit_store
from bot.web import create_app
from tests.helpers.dashboard import (
    NURSE,
    PASSWORD,
    Aftercare,
    Clock,
    chicago,
    csrf_token,
    make_user,
    sign_in,
)

NOW = chicago(2026, 3, 4, 10, 0)


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def client(config: Config, clock: Clock, db: sqlite_utils.Database) -> FlaskClient:
    make_user(db)
    return create_app(config, clock=clock).test_client()


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("short-pass1", "shorter than 12"),
        ("password1234", "too common"),
        ("Password2026!", "too common"),
        ("qwertyuiop123", "too common"),
        ("aaaaaaaaaaaaaa", "too common"),
        ("nina.nurse-is-here", "contains the email"),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(password: str, why: str) -> None:
    with pytest.raises(InputError, match=why):
        check_password(password, NURSE)


def test_a_long_uncommon_password_is_accepted() -> None:
    check_password("violet-canoe-Tuesday-88", NURSE)


def test_passwords_are_stored_as_argon2id_hashes(db: sqlite_utils.Database) -> None:
    make_user(db)
    stored = db.execute("SELECT password_hash FROM users").fetchone()[0]
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_signing_in_lands_on_the_queue_with_a_new_session(client: FlaskClient) -> None:
    client.get("/sign-in")
    before = client.get_cookie("aftercare_session")
    response = sign_in(client)
    assert response.status_code == 303
    assert response.headers["Location"] == "/"
    after = client.get_cookie("aftercare_session")
    assert after is not None and (before is None or before.value != after.value)
    assert client.get("/").status_code == 200


def test_sign_in_goes_back_to_the_page_asked_for_but_never_off_site(
    client: FlaskClient,
) -> None:
    token = csrf_token(client)
    data = {"email": NURSE, "password": PASSWORD, "csrf_token": token}
    response = client.post("/sign-in", data={**data, "next": "//evil.example/x"})
    assert response.headers["Location"] == "/"
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    token = csrf_token(client)
    response = client.post("/sign-in", data={**data, "csrf_token": token, "next": "/overview"})
    assert response.headers["Location"] == "/overview"


def test_a_wrong_password_is_refused_and_logged(
    client: FlaskClient, db: sqlite_utils.Database, caplog: pytest.LogCaptureFixture
) -> None:
    response = sign_in(client, password="not-the-password-at-all")
    assert response.status_code == 401
    assert "Email or password is wrong." in response.get_data(as_text=True)
    assert client.get("/").status_code == 303
    assert "failed sign-in" in caplog.text
    assert audit_store.entries(db)[0]["action"] == "sign-in failed"


def test_an_unknown_email_gets_the_same_answer(client: FlaskClient) -> None:
    response = sign_in(client, email="nobody@clinic.test")
    assert response.status_code == 401
    assert "Email or password is wrong." in response.get_data(as_text=True)


def test_failed_sign_ins_are_throttled_per_account(client: FlaskClient, clock: Clock) -> None:
    for _ in range(5):
        assert sign_in(client, password="wrong-password-again").status_code == 401
    refused = sign_in(client)  # even the right password, for a while
    assert refused.status_code == 401
    assert "Too many failed sign-ins" in refused.get_data(as_text=True)
    clock.now = NOW + timedelta(minutes=16)
    assert sign_in(client).status_code == 303


def test_failed_sign_ins_are_throttled_per_address(
    client: FlaskClient, db: sqlite_utils.Database
) -> None:
    make_user(db, "other@clinic.test")
    for n in range(20):
        sign_in(client, email=f"guess{n}@clinic.test", password="wrong-password-again")
    refused = sign_in(client, email="other@clinic.test")
    assert "Too many failed sign-ins" in refused.get_data(as_text=True)


def test_thirty_idle_minutes_sign_a_nurse_out(client: FlaskClient, clock: Clock) -> None:
    sign_in(client)
    clock.now = NOW + timedelta(minutes=29)
    assert client.get("/").status_code == 200
    clock.now += timedelta(minutes=29)
    assert client.get("/").status_code == 200  # activity keeps the session alive
    clock.now += timedelta(minutes=31)
    response = client.get("/")
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "30 minutes without activity" in page


def test_the_queue_refresh_alone_does_not_keep_a_nurse_signed_in(
    client: FlaskClient, clock: Clock
) -> None:
    sign_in(client)
    for minutes in range(5, 35, 5):
        clock.now = NOW + timedelta(minutes=minutes)
        client.get("/queue/rows")
    clock.now = NOW + timedelta(minutes=31)
    assert client.get("/queue/rows").status_code == 401


def test_signing_out_ends_the_session_for_good(client: FlaskClient) -> None:
    sign_in(client)
    stolen = client.get_cookie("aftercare_session")
    assert stolen is not None
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/")})
    assert client.get("/").status_code == 303
    client.set_cookie("aftercare_session", stolen.value)  # replaying the old cookie
    assert client.get("/").status_code == 303


def test_disabling_a_user_ends_their_session(client: FlaskClient, aftercare: Aftercare) -> None:
    sign_in(client)
    result = aftercare("users", "disable", NURSE)
    assert result.exit_code == 0, result.output
    assert client.get("/").status_code == 303
    assert sign_in(client).status_code == 401


def test_the_audit_log_cannot_be_edited(db: sqlite_utils.Database) -> None:
    make_user(db)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM audit_log")


def test_users_cli_adds_lists_disables_and_resets(aftercare: Aftercare) -> None:
    added = aftercare(
        "users",
        "add",
        "ward@clinic.test",
        "--role",
        "admin",
        "--password-stdin",
        input="violet-canoe-Tuesday-88\n",
    )
    assert added.exit_code == 0, added.output
    assert "added as admin" in added.output
    listed = json.loads(aftercare("users", "list", "--json").output)
    assert [(u["email"], u["role"], u["disabled"]) for u in listed] == [
        ("ward@clinic.test", "admin", False)
    ]
    weak = aftercare(
        "users", "reset", "ward@clinic.test", "--password-stdin", input="password1234\n"
    )
    assert weak.exit_code == 1
    assert "too common" in weak.output and "Traceback" not in weak.output
    reset = aftercare(
        "users", "reset", "ward@clinic.test", "--password-stdin", input="amber-falcon-river-42\n"
    )
    assert reset.exit_code == 0, reset.output
    assert aftercare("users", "disable", "ward@clinic.test").exit_code == 0
    listed = json.loads(aftercare("users", "list", "--json").output)
    assert listed[0]["disabled"] is True
    again = aftercare(
        "users", "add", "ward@clinic.test", "--password-stdin", input="amber-falcon-river-42\n"
    )
    assert again.exit_code == 1 and "already exists" in again.output


def test_users_add_prompts_twice_without_stdin(aftercare: Aftercare) -> None:
    result = aftercare(
        "users", "add", "desk@clinic.test", input="amber-falcon-river-42\namber-falcon-river-42\n"
    )
    assert result.exit_code == 0, result.output
    assert "amber-falcon" not in result.output


def test_audit_cli_exports_json_since_a_day(
    aftercare: Aftercare, client: FlaskClient, clock: Clock
) -> None:
    sign_in(client)
    client.get("/")
    result = aftercare("audit", "--since", "2026-03-04", "--json")
    assert result.exit_code == 0, result.output
    entries = json.loads(result.output)
    assert [(e["actor"], e["action"]) for e in entries] == [
        (NURSE, "sign in"),
        (NURSE, "view"),
    ]
    later = aftercare("audit", "--since", "2026-03-05", "--json")
    assert json.loads(later.output) == []
    text = aftercare("audit").output
    assert "2026-03-04 10:00:00 CST" in text and NURSE in text  # the clinic's local time
    bad = aftercare("audit", "--since", "yesterday")
    assert bad.exit_code == 1 and "not a date" in bad.output


def test_signing_in_again_ends_the_earlier_session(
    client: FlaskClient, db: sqlite_utils.Database
) -> None:
    sign_in(client)
    token = csrf_token(client, "/")  # the sign-in page itself sends a signed-in nurse on
    again = client.post(
        "/sign-in", data={"email": NURSE, "password": PASSWORD, "csrf_token": token}
    )
    assert again.status_code == 303
    live = db.execute("SELECT count(*) FROM web_sessions WHERE ended_at IS NULL").fetchone()[0]
    assert live == 1


def test_a_throttled_sign_in_is_audited(client: FlaskClient, db: sqlite_utils.Database) -> None:
    for _ in range(6):
        sign_in(client, password="wrong-password-again")
    assert audit_store.entries(db)[0]["action"] == "sign-in throttled"


def test_demo_on_a_busy_port_says_so_in_one_sentence(aftercare: Aftercare) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = aftercare("demo", "--port", str(port))
    assert result.exit_code == 1
    assert f"Port {port} is in use" in result.output and "Traceback" not in result.output
