"""Helpers for the dashboard tests: users, signed-in Flask clients, CSRF tokens."""

from __future__ import annotations

import re

import sqlite_utils
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from bot.services.accounts import add_user
from bot.sms.console import ConsoleGateway
from tests.helpers.clinic import Aftercare
from tests.helpers.clock import Clock
from tests.helpers.net import free_port
from tests.helpers.replies import (
    Server,
    chicago,
    enroll_patient,
    running_server,
    signature,
    signed_post,
    sms_form,
    with_server,
)

__all__ = [
    "ADMIN",
    "NURSE",
    "PASSWORD",
    "Aftercare",
    "Clock",
    "ConsoleGateway",
    "Server",
    "chicago",
    "csrf_token",
    "enroll_patient",
    "free_port",
    "make_user",
    "post_form",
    "running_server",
    "sign_in",
    "signature",
    "signed_post",
    "sms_form",
    "with_server",
]

NURSE = "nina.nurse@clinic.test"
ADMIN = "adam.admin@clinic.test"
PASSWORD = "correct-lamp-harbor-71"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def make_user(db: sqlite_utils.Database, email: str = NURSE, role: str = "nurse") -> int:
    """Create a dashboard user with the shared test password."""
    return add_user(
        db, email=email, password=PASSWORD, role=role, by="test", now=chicago(2026, 3, 1, 9)
    )


def csrf_token(client: FlaskClient, path: str = "/sign-in") -> str:
    """Return the CSRF token a page's forms carry."""
    found = TOKEN.search(client.get(path).get_data(as_text=True))
    assert found, f"no CSRF token on {path}"
    return found.group(1)


def sign_in(client: FlaskClient, email: str = NURSE, password: str = PASSWORD) -> TestResponse:
    """Sign in through the form, as a browser would."""
    return client.post(
        "/sign-in",
        data={"email": email, "password": password, "csrf_token": csrf_token(client)},
    )


def post_form(client: FlaskClient, path: str, data: dict[str, str] | None = None) -> TestResponse:
    """POST a dashboard form with the session's CSRF token."""
    return client.post(path, data={**(data or {}), "csrf_token": csrf_token(client, "/")})
