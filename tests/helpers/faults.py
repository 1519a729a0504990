"""A real `aftercare run` for fault injection: its own folder, port, database and Twilio.

The process is started as a clinic would start it, texts reach it as Twilio sends them
(signed form posts over a real socket) and its texts go to the Twilio stand-in. Shared by
the fault tests and bench/bench_alert_latency.py.
"""

from __future__ import annotations

import http.client
import json
import os
import resource
import shutil
import signal
import socket
import sqlite3
import subprocess
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from twilio.request_validator import RequestValidator

from bot.config import load_config
from bot.services.enrollment import enroll, prepare
from bot.store import open_db
from tests.helpers.twilio_standin import TwilioStandIn

AFTERCARE = shutil.which("aftercare")
PUBLIC_URL = "https://aftercare.example.org"
CLINIC_NUMBER = "+13125550100"
ON_CALL = "+13125550199"


def free_port() -> int:
    """Return a TCP port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def patient_phone(n: int) -> str:
    """Return the n-th test patient's mobile number."""
    return f"+1312555{2000 + n:04d}"


@dataclass
class Answer:
    """What the bot answered one webhook, and how long it took."""

    status: int
    text: str
    seconds: float


class Bot:
    """One clinic's installation: a config, a database and (when started) `aftercare run`."""

    def __init__(
        self,
        folder: Path,
        twilio: TwilioStandIn,
        *,
        max_per_second: float = 10,
        lease_seconds: float = 30,
        tick_seconds: float = 0.5,
        name: str = "run",
    ) -> None:
        self.folder = folder
        self.twilio = twilio
        self.port = free_port()
        self.database = folder / "aftercare.db"
        self.name = name
        self.config_path = folder / f"{name}.toml"
        self.config_path.write_text(
            f"""
[database]
path = "{self.database}"

[sms]
provider = "twilio"
max_per_second = {max_per_second}
max_in_flight = 8
tick_seconds = {tick_seconds}
lease_seconds = {lease_seconds}

[twilio]
account_sid = "{twilio.account_sid}"
auth_token = "{twilio.auth_token}"
from_number = "{CLINIC_NUMBER}"
api_base_url = "{twilio.base_url}"

[clinic]
phone = "{CLINIC_NUMBER}"

[on_call]
phone = "{ON_CALL}"

[server]
port = {self.port}
threads = 16
public_url = "{PUBLIC_URL}"
""",
            encoding="utf-8",
        )
        self.config = load_config(str(self.config_path), environ={})
        self.validator = RequestValidator(twilio.auth_token)
        self.process: subprocess.Popen[bytes] | None = None
        self.runs = 0
        self._sids = iter(range(1, 10**9))

    # -- the clinic's data ----------------------------------------------------------------

    def enroll(self, count: int) -> list[str]:
        """Enroll `count` patients discharged today; return their phones."""
        db = open_db(self.database)
        now = datetime.now(UTC)
        try:
            phones = []
            for n in range(count):
                request = prepare(
                    name=f"Patient {n}",
                    phone=patient_phone(n),
                    discharged=now.date(),
                    protocol=None,
                    timezone=None,
                    language="en",
                    config=self.config,
                    today=now.date(),
                )
                enroll(db, self.config, request, now)
                phones.append(patient_phone(n))
            return phones
        finally:
            db.conn.close()

    def queue_check_ins(self, count: int) -> list[str]:
        """Put `count` check-ins in the outbox, all due now, where it is daytime; return phones."""
        open_db(self.database).conn.close()  # created and migrated
        now = datetime.now(UTC)
        stamp = now.isoformat(timespec="seconds")
        phones = [f"+1415{5000000 + n:07d}" for n in range(count)]
        conn = sqlite3.connect(self.database, timeout=30, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO outbox (patient_id, idempotency_key, step, kind, to_phone, body, "
                "send_at, planned_at, timezone, created_at, updated_at) "
                "VALUES (NULL, ?, 'day-1', 'check_in', ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        f"bench:{phone}",
                        phone,
                        "Lakeside Spine: how are you today? Any fever, redness or swelling?",
                        stamp,
                        stamp,
                        daytime_zone(now),
                        stamp,
                        stamp,
                    )
                    for phone in phones
                ],
            )
            conn.execute("COMMIT")
        finally:
            conn.close()
        return phones

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Read the database as a nurse's script would (a separate connection)."""
        conn = sqlite3.connect(self.database, timeout=30)
        conn.row_factory = sqlite3.Row
        try:
            return [dict(row) for row in conn.execute(sql, params or [])]
        finally:
            conn.close()

    # -- the process ----------------------------------------------------------------------

    def start(self, *, file_size_limit: int | None = None) -> Bot:
        """Start `aftercare run` and wait until it answers /healthz (with any status)."""
        assert AFTERCARE is not None, "the aftercare script is not installed"
        self.runs += 1
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "AFTERCARE_"))}
        env["PYTHONUNBUFFERED"] = "1"
        limit: Callable[[], None] | None = None
        if file_size_limit is not None:
            size = file_size_limit

            def limit() -> None:  # a full disk, as the process sees it
                resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [AFTERCARE, "--config", str(self.config_path), "run"],
                stdout=log,
                stderr=log,
                env=env,
                cwd=self.folder,
                preexec_fn=limit,
            )
        deadline = time.monotonic() + 20
        while True:
            assert self.process.poll() is None, f"aftercare run exited:\n{self.log()}"
            try:
                self.health()
                return self
            except OSError:
                assert time.monotonic() < deadline, f"aftercare run never answered:\n{self.log()}"
                time.sleep(0.05)

    @property
    def log_path(self) -> Path:
        return self.folder / f"{self.name}.log"

    def log(self) -> str:
        """Return what every run of the process wrote."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def kill(self, sig: int = signal.SIGKILL) -> None:
        """Send a signal and wait for the process to end."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def stop(self) -> None:
        """Stop cleanly (SIGTERM), as systemd does."""
        self.kill(signal.SIGTERM)

    # -- talking to it --------------------------------------------------------------------

    def sms_form(self, phone: str, body: str, sid: str | None = None) -> dict[str, str]:
        """Return the form Twilio posts for a text from `phone`."""
        return {
            "MessageSid": sid or f"SM{self.port:05d}{next(self._sids):027d}",
            "AccountSid": self.twilio.account_sid,
            "From": phone,
            "To": CLINIC_NUMBER,
            "Body": body,
            "NumMedia": "0",
        }

    def post(
        self, form: Mapping[str, str], path: str = "/twilio/sms", timeout: float = 20
    ) -> Answer:
        """POST a form signed as Twilio signs it; return the status, the TwiML text, the time."""
        signature = self.validator.compute_signature(PUBLIC_URL + path, dict(form))
        data = urllib.parse.urlencode(form).encode()
        started = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(
                "POST",
                path,
                body=data,
                headers={
                    "X-Twilio-Signature": signature,
                    "Content-Type": "application/x-www-form-urlencoded",
                },
            )
            response = conn.getresponse()
            raw = response.read()
        finally:
            conn.close()
        seconds = time.monotonic() - started
        text = ""
        if response.status == 200 and raw.startswith(b"<?xml"):
            text = " ".join(m.text or "" for m in ElementTree.fromstring(raw).iter("Message"))
        return Answer(response.status, text, seconds)

    def text(self, phone: str, body: str, sid: str | None = None) -> Answer:
        """Text the bot from `phone`."""
        return self.post(self.sms_form(phone, body, sid))

    def health(self) -> tuple[int, dict[str, Any]]:
        """Return /healthz's status and body."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            conn.request("GET", "/healthz")
            response = conn.getresponse()
            return response.status, json.loads(response.read() or b"{}")
        finally:
            conn.close()

    def alerts(self) -> list[dict[str, Any]]:
        """Return the texts the stand-in took for the on-call phone."""
        return [m for m in self.twilio.messages if m["To"] == ON_CALL]


def daytime_zone(now: datetime) -> str:
    """Return a fixed-offset zone where `now` is around noon, inside texting hours."""
    offset = 12 - now.hour
    if offset > 12:
        offset -= 24
    return f"Etc/GMT{-offset:+d}" if offset else "Etc/GMT"


def wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    """Poll until `condition()` holds; fail naming `what` after `seconds`."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def make_read_only(path: Path) -> Callable[[], None]:
    """Make the database file read-only to the bot; return how to undo it.

    Root ignores file modes, so as root the file is made immutable (chattr +i) instead.
    """
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        return lambda: subprocess.run(["chattr", "-i", str(path)], check=True) and None
    mode = path.stat().st_mode
    path.chmod(0o444)
    return lambda: path.chmod(mode)


def record_fault(fault: str, **figures: object) -> None:
    """Append a fault test's figures to $FAULT_TABLE (JSON lines), for the README's table."""
    target = os.environ.get("FAULT_TABLE")
    if target:
        with open(target, "a", encoding="utf-8") as table:
            table.write(json.dumps({"fault": fault, **figures}) + "\n")
