"""Helpers shared by the replies tests: signed Twilio webhooks, patients, a clock, a server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import sqlite_utils
from flask.testing import FlaskClient
from twilio.request_validator import RequestValidator
from werkzeug.test import TestResponse

from bot.config import Config
from bot.services.enrollment import enroll, prepare
from bot.store import to_db_time
from bot.web import create_app
from bot.web.signature import signing_token
from tests.helpers.clock import Clock

CHICAGO = ZoneInfo("America/Chicago")
CLINIC_PHONE = "(312) 555-0100"
ON_CALL = "+13125550199"
PATIENT_PHONE = "+13125550123"
SPANISH_PHONE = "+13125550124"
ACCOUNT_SID = "AC" + "1" * 32


def chicago(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """Return a wall-clock time at the clinic (America/Chicago)."""
    return datetime(year, month, day, hour, minute, tzinfo=CHICAGO)


def enroll_patient(
    db: sqlite_utils.Database,
    config: Config,
    *,
    discharged: date,
    now: datetime,
    phone: str = PATIENT_PHONE,
    language: str = "en",
    name: str = "Ana Lopez",
    protocol: str | None = None,
    timezone: str | None = None,
) -> int:
    """Enroll a patient as the clinic would and return the id."""
    request = prepare(
        name=name,
        phone=phone,
        discharged=discharged,
        protocol=protocol,
        timezone=timezone,
        language=language,
        config=config,
        today=now.date(),
    )
    return enroll(db, config, request, now)


_sids = iter(range(1, 10**9))


def sms_form(
    sender: str, body: str, *, sid: str | None = None, media: tuple[str, ...] = ()
) -> dict[str, str]:
    """Return the form Twilio posts for an incoming text (with MMS fields when media)."""
    form = {
        "MessageSid": sid or f"SM{next(_sids):032d}",
        "AccountSid": ACCOUNT_SID,
        "From": sender,
        "To": "+13125550100",
        "Body": body,
        "NumMedia": str(len(media)),
    }
    for i, url in enumerate(media):
        form[f"MediaUrl{i}"] = url
        form[f"MediaContentType{i}"] = "image/jpeg"
    return form


def signature(config: Config, form: Mapping[str, str], path: str = "/twilio/sms") -> str:
    """Return the X-Twilio-Signature Twilio would send for this form to our public URL."""
    validator = RequestValidator(signing_token(config))
    return str(validator.compute_signature(config.server.public_url + path, dict(form)))


def signed_post(
    client: FlaskClient, config: Config, form: Mapping[str, str], path: str = "/twilio/sms"
) -> TestResponse:
    """POST a form through Flask's test client, signed as Twilio signs it."""
    return client.post(
        path, data=dict(form), headers={"X-Twilio-Signature": signature(config, form, path)}
    )


def twiml_messages(xml: str | bytes) -> list[str]:
    """Return the texts of the <Message> elements of a TwiML answer."""
    return [message.text or "" for message in ElementTree.fromstring(xml).iter("Message")]


def twiml_answer(response: TestResponse) -> str:
    """Return the one text a TwiML response answers with (asserting it is one, as XML)."""
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "application/xml"
    messages = twiml_messages(response.data)
    assert len(messages) == 1, messages
    return messages[0]


def mark_sent(db: sqlite_utils.Database, outbox_id: int, at: datetime) -> None:
    """Record a text as handed to Twilio at `at` (what the dispatcher writes)."""
    db.execute(
        "UPDATE outbox SET status = 'sent', sent_at = ?, provider_sid = ?, updated_at = ? "
        "WHERE id = ?",
        [to_db_time(at), f"SM{outbox_id:032x}", to_db_time(at), outbox_id],
    )


def rows(db: sqlite_utils.Database, sql: str, params: list[Any] | None = None) -> list[dict]:
    """Return query rows as dicts."""
    return list(db.query(sql, params or []))


# -- a real server on a local port -------------------------------------------------------


def with_server(config_file: Path, port: int) -> None:
    """Add a [server] section listening on `port` to a config file."""
    text = config_file.read_text(encoding="utf-8")
    config_file.write_text(
        text + f'\n[server]\nhost = "127.0.0.1"\nport = {port}\n', encoding="utf-8"
    )


@dataclass
class Server:
    """An `aftercare serve`/`run` subprocess and where it listens."""

    process: subprocess.Popen[bytes]
    base_url: str
    log_path: Path

    def get(self, path: str) -> tuple[int, dict[str, Any]]:
        """GET a JSON endpoint; return the status and the body."""
        try:
            with urllib.request.urlopen(self.base_url + path, timeout=10) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as ex:
            with ex:
                return ex.code, json.loads(ex.read())

    def post(
        self, path: str, form: Mapping[str, str], headers: Mapping[str, str]
    ) -> tuple[int, str]:
        """POST a form; return the status and the body text."""
        request = urllib.request.Request(
            self.base_url + path,
            data=urllib.parse.urlencode(dict(form)).encode(),
            headers=dict(headers),
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as ex:
            with ex:
                return ex.code, ex.read().decode(errors="replace")

    def log(self) -> str:
        """Return what the server wrote to stdout and stderr."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")


@contextmanager
def running_server(config_file: Path, command: str = "serve") -> Iterator[Server]:
    """Start `aftercare --config FILE <command>` and yield once /healthz answers."""
    text = config_file.read_text(encoding="utf-8")
    port = int(text.split("port = ")[1].split()[0])
    log_path = config_file.with_name(f"server-{port}.log")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("TWILIO_AUTH_TOKEN", None)
    env.pop("TWILIO_ACCOUNT_SID", None)
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from bot.cli import main; main()",
                "--config",
                str(config_file),
                command,
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
    server = Server(process, f"http://127.0.0.1:{port}", log_path)
    try:
        _wait_until_up(server)
        yield server
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_up(server: Server, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise AssertionError(f"the server exited early:\n{server.log()}")
        try:
            server.get("/healthz")
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.05)
    raise AssertionError(f"the server did not answer /healthz in {timeout} s:\n{server.log()}")


def text_bot(config: Config, now: datetime, body: str, phone: str = PATIENT_PHONE) -> str:
    """Text the bot through its webhook at `now`, signed as Twilio signs; return its answer."""
    client = create_app(config, clock=Clock(now)).test_client()
    return twiml_answer(signed_post(client, config, sms_form(phone, body)))


def flags_json(aftercare: Any) -> list[dict[str, Any]]:
    """Return `aftercare flags --json`, as a nurse's script would read it."""
    result = aftercare("flags", "--json")
    assert result.exit_code == 0, result.output
    items: list[dict[str, Any]] = json.loads(result.output)
    return items
