"""The dashboard's doors: who gets in, what every look at patient data leaves in the audit log."""

from __future__ import annotations

from datetime import date

import pytest
import sqlite_utils
from flask.testing import FlaskClient

from bot.config import Config
from bot.store import audit as audit_store
from bot.web import create_app
from tests.helpers.dashboard import (
    ADMIN,
    NURSE,
    Clock,
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


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def client(config: Config, clock: Clock, db: sqlite_utils.Database) -> FlaskClient:
    make_user(db, NURSE, "nurse")
    make_user(db, ADMIN, "admin")
    return create_app(config, clock=clock).test_client()


@pytest.fixture
def story(db: sqlite_utils.Database, config: Config, client: FlaskClient) -> dict[str, int]:
    """A patient with an urgent reply in the queue; returns the patient and flag ids."""
    patient = enroll_patient(db, config, discharged=DISCHARGED, now=chicago(2026, 3, 2, 9))
    signed_post(client, config, sms_form("+13125550123", "I have a fever of 101 and it is red"))
    flag = db.execute("SELECT id FROM flags ORDER BY id DESC LIMIT 1").fetchone()[0]
    return {"patient": patient, "flag": int(flag)}


def patient_reads(story: dict[str, int]) -> list[str]:
    p = story["patient"]
    return ["/", "/queue/rows", f"/patients/{p}", "/patients?q=Lopez", "/overview"]


def patient_writes(story: dict[str, int]) -> list[tuple[str, dict[str, str]]]:
    p, f = story["patient"], story["flag"]
    return [
        (f"/flags/{f}/acknowledge", {}),
        (f"/flags/{f}/resolve", {"note": "phoned, fine"}),
        (f"/patients/{p}/text", {"body": "How are you feeling today?"}),
        (f"/patients/{p}/call", {"note": "called, no answer"}),
        (f"/patients/{p}/discharge-date", {"discharged": "2026-03-03"}),
        (f"/patients/{p}/lift", {"key": "driving"}),
        (f"/patients/{p}/pause", {"paused": "1"}),
        (f"/patients/{p}/number-bad", {}),
    ]


def test_every_page_of_patient_data_sends_an_anonymous_request_to_sign_in(
    client: FlaskClient, story: dict[str, int]
) -> None:
    for path in patient_reads(story):
        response = client.get(path)
        if path == "/queue/rows":
            assert response.status_code == 401, path  # the page's script goes to sign-in
            assert response.json == {"signed_out": True, "url": "/sign-in"}
            continue
        assert response.status_code == 303, path
        assert response.headers["Location"].startswith("/sign-in"), path
        assert "Ana Lopez" not in response.get_data(as_text=True)


def test_every_action_refuses_an_anonymous_request_and_changes_nothing(
    client: FlaskClient, story: dict[str, int], db: sqlite_utils.Database
) -> None:
    token = csrf_token(client)  # an anonymous visitor can get a token from the sign-in page
    for path, data in patient_writes(story):
        response = client.post(path, data={**data, "csrf_token": token})
        assert response.status_code == 303, path
        assert response.headers["Location"].startswith("/sign-in"), path
    flag = db.execute("SELECT status FROM flags WHERE id = ?", [story["flag"]]).fetchone()
    assert flag[0] == "open"
    assert db.execute("SELECT count(*) FROM outbox WHERE kind = 'nurse'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM phone_calls").fetchone()[0] == 0


def test_every_view_of_patient_data_is_audited_with_who_and_where(
    client: FlaskClient, story: dict[str, int], db: sqlite_utils.Database
) -> None:
    sign_in(client)
    for path in patient_reads(story):
        before = len(audit_store.entries(db))
        response = client.get(path, environ_base={"REMOTE_ADDR": "10.1.2.3"})
        assert response.status_code == 200, path
        newest = audit_store.entries(db)[0]
        assert len(audit_store.entries(db)) == before + 1, path
        assert (newest["actor"], newest["action"], newest["address"]) == (
            NURSE,
            "view",
            "10.1.2.3",
        ), path
    page = [e for e in audit_store.entries(db) if e["subject"] == f"patient {story['patient']}"]
    assert page[0]["patient_id"] == story["patient"]
    assert page[0]["at"] == "2026-03-04T16:00:00+00:00"


def test_every_action_is_audited_with_the_patient(
    client: FlaskClient, story: dict[str, int], db: sqlite_utils.Database
) -> None:
    sign_in(client)
    for path, data in patient_writes(story):
        before = len(audit_store.entries(db))
        response = post_form(client, path, data)
        assert response.status_code == 303, path
        entries = audit_store.entries(db)
        # the page the nurse is sent back to is a view, audited too: look past it
        actions = [e for e in entries[: len(entries) - before] if e["action"] != "view"]
        assert len(actions) == 1, (path, actions)
        assert actions[0]["actor"] == NURSE
        assert actions[0]["patient_id"] == story["patient"], path


def test_a_post_without_a_csrf_token_is_refused(
    client: FlaskClient, story: dict[str, int], db: sqlite_utils.Database
) -> None:
    sign_in(client)
    response = client.post(f"/flags/{story['flag']}/acknowledge")
    assert response.status_code == 400
    assert "expired" in response.get_data(as_text=True)
    flag = db.execute("SELECT status FROM flags WHERE id = ?", [story["flag"]]).fetchone()
    assert flag[0] == "open"


@pytest.mark.parametrize("path", ["/admin/audit", "/admin/users"])
def test_a_nurse_cannot_reach_admin_pages(client: FlaskClient, path: str) -> None:
    sign_in(client, NURSE)
    assert client.get(path).status_code == 403
    assert (
        client.post(
            path.replace("audit", "users"),
            data={
                "email": "x@y.org",
                "password": "a-long-enough-pass-99",
                "csrf_token": csrf_token(client, "/"),
            },
        ).status_code
        == 403
    )


@pytest.mark.parametrize("path", ["/admin/audit", "/admin/users"])
def test_an_admin_reaches_admin_pages(client: FlaskClient, path: str) -> None:
    sign_in(client, ADMIN)
    assert client.get(path).status_code == 200


def test_admin_pages_send_anonymous_requests_to_sign_in(client: FlaskClient) -> None:
    for path in ("/admin/audit", "/admin/users"):
        response = client.get(path)
        assert response.status_code == 303
        assert response.headers["Location"].startswith("/sign-in")


def test_every_dashboard_response_carries_the_security_headers(
    client: FlaskClient, story: dict[str, int]
) -> None:
    sign_in(client)
    for path in ["/sign-in", *patient_reads(story)]:
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert "unsafe-inline" not in headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Cache-Control"] == "no-store"


def test_no_page_has_inline_script(client: FlaskClient, story: dict[str, int]) -> None:
    sign_in(client)
    for path in patient_reads(story):
        html = client.get(path).get_data(as_text=True)
        assert "<script>" not in html and " onclick=" not in html and "style=" not in html


def test_the_session_cookie_is_httponly_and_lax(client: FlaskClient) -> None:
    response = sign_in(client)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # public_url is http here


def test_the_session_cookie_is_secure_behind_https(
    config: Config, clock: Clock, db: sqlite_utils.Database
) -> None:
    from dataclasses import replace

    make_user(db)
    https = replace(config, server=replace(config.server, public_url="https://care.example.org"))
    client = create_app(https, clock=clock).test_client()
    response = sign_in(client)
    assert "Secure" in response.headers["Set-Cookie"]
    assert response.headers.get("Strict-Transport-Security")
