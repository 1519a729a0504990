"""`aftercare run` and `aftercare send-due` as real processes against the Twilio stand-in."""

from __future__ import annotations

import collections
import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.config import load_config
from bot.sms.twilio_codes import describe_error
from bot.store import open_db, to_db_time
from tests.helpers.net import free_port
from tests.helpers.sending import (
    CLINIC_NUMBER,
    daytime_zone,
    enroll_due,
    texts_per_phone,
)
from tests.helpers.twilio_standin import TwilioStandIn

pytestmark = pytest.mark.slow  # real processes

AFTERCARE = shutil.which("aftercare")


def write_config(
    folder: Path, twilio: TwilioStandIn, *, name: str = "config.toml", max_per_second: float = 5
) -> Path:
    """Write a Twilio config pointed at the stand-in, a free port and a database in `folder`."""
    path = folder / name
    path.write_text(
        f"""
[database]
path = "{folder / "aftercare.db"}"

[sms]
provider = "twilio"
max_per_second = {max_per_second}
tick_seconds = 0.2
lease_seconds = 30

[twilio]
account_sid = "{twilio.account_sid}"
auth_token = "{twilio.auth_token}"
from_number = "{CLINIC_NUMBER}"
api_base_url = "{twilio.base_url}"

[clinic]
phone = "+13125550100"

[on_call]
phone = "+13125550199"

[server]
port = {free_port()}
public_url = "https://aftercare.example.org"
""",
        encoding="utf-8",
    )
    return path


def enroll_due_now(config_path: Path, count: int) -> list[str]:
    """Enroll patients whose first check-in is due now, in a zone where it is daytime."""
    config = load_config(str(config_path), environ={})
    now = datetime.now(UTC)
    db = open_db(config.database.path)
    try:
        return enroll_due(db, config, count, now, timezone=daytime_zone(now))
    finally:
        db.conn.close()


def query(config_path: Path, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    db = open_db(load_config(str(config_path), environ={}).database.path, migrate=False)
    try:
        return list(db.query(sql, params or []))
    finally:
        db.conn.close()


class Aftercare:
    """One `aftercare` process, its output in files (pipes could fill up and block it)."""

    def __init__(self, folder: Path, name: str, *args: str) -> None:
        assert AFTERCARE is not None, "the aftercare script is not installed"
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("TWILIO_", "AFTERCARE_"))
        }
        self.out_path, self.err_path = folder / f"{name}.out", folder / f"{name}.err"
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            self.process = subprocess.Popen(
                [AFTERCARE, *args], stdout=out, stderr=err, env=env, cwd=folder
            )

    def wait(self, timeout: float) -> tuple[int, str, str]:
        code = self.process.wait(timeout=timeout)
        return code, self.out_path.read_text(), self.err_path.read_text()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def started(tmp_path: Path) -> Iterator[list[Aftercare]]:
    """Collect started processes so a failing test leaves none running."""
    processes: list[Aftercare] = []
    yield processes
    for process in processes:
        process.kill()


def start(started: list[Aftercare], folder: Path, name: str, *args: str) -> Aftercare:
    process = Aftercare(folder, name, *args)
    started.append(process)
    return process


def wait_for(condition: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def test_sigterm_during_a_pass_stops_cleanly_and_the_next_run_sends_the_rest_once(
    tmp_path: Path, started: list[Aftercare]
) -> None:
    with TwilioStandIn(latency=0.3) as twilio:
        config_path = write_config(tmp_path, twilio, max_per_second=5)
        phones = enroll_due_now(config_path, 30)
        due = query(
            config_path, "SELECT * FROM outbox WHERE send_at <= ?", [to_db_time(datetime.now(UTC))]
        )
        due = [row for row in due if row["status"] == "scheduled"]
        assert len(due) == 30
        ids = [row["id"] for row in due]
        service = start(started, tmp_path, "run", "--config", str(config_path), "run")

        wait_for(lambda: len(twilio.messages) >= 3, 20)  # it is sending
        service.process.send_signal(signal.SIGTERM)
        stopped_at = time.monotonic()
        code, _, err = service.wait(timeout=15)
        took = time.monotonic() - stopped_at

        assert code == 0, err
        assert took < 10
        marks = ", ".join("?" for _ in ids)
        rows = query(config_path, f"SELECT * FROM outbox WHERE id IN ({marks})", ids)
        sids = {message["To"]: message["sid"] for message in twilio.messages}
        assert max(texts_per_phone(twilio).values()) == 1
        for row in rows:
            if row["status"] == "sent":
                assert row["provider_sid"] == sids[row["to_phone"]]
            else:
                assert (row["status"], row["lease_owner"], row["lease_until"]) == (
                    "scheduled",
                    None,
                    None,
                )
                assert row["to_phone"] not in sids
        sent_first = sum(row["status"] == "sent" for row in rows)
        assert 3 <= sent_first < 30  # stopped in the middle of the pass

        rest = start(
            started,
            tmp_path,
            "send-due",
            "--config",
            str(write_config(tmp_path, twilio, name="fast.toml", max_per_second=50)),
            "send-due",
            "--json",
        )
        code, out, err = rest.wait(timeout=30)
        assert code == 0, err
        assert json.loads(out)["sent"] == 30 - sent_first
        assert texts_per_phone(twilio) == {phone: 1 for phone in phones}
        statuses = {
            row["status"]
            for row in query(config_path, f"SELECT status FROM outbox WHERE id IN ({marks})", ids)
        }
        assert statuses == {"sent"}


def test_send_due_prints_its_counts_and_outbox_shows_what_the_provider_said(
    tmp_path: Path, started: list[Aftercare]
) -> None:
    with TwilioStandIn() as twilio:
        config_path = write_config(tmp_path, twilio, max_per_second=50)
        phones = enroll_due_now(config_path, 4)
        twilio.number_errors = {phones[0]: 21211}

        code, out, err = start(
            started, tmp_path, "send-due", "--config", str(config_path), "send-due", "--json"
        ).wait(timeout=30)
        assert code == 0, err
        assert json.loads(out) == {
            "sent": 3,
            "duplicates": 0,
            "retrying": 0,
            "failed": 1,
            "skipped": 0,
            "deferred": 0,
            "cancelled": 0,
            "escalated": 0,
            "reminders": 0,
            "flags": 0,
        }

        code, out, err = start(
            started, tmp_path, "outbox", "--config", str(config_path), "outbox", "--json"
        ).wait(timeout=30)
        assert code == 0, err
        listed = json.loads(out)
        sids = {message["To"]: message["sid"] for message in twilio.messages}
        sent = [row for row in listed if row["status"] == "sent"]
        assert {row["to"]: row["provider_sid"] for row in sent} == sids
        assert {(row["provider_status"], row["error_code"]) for row in sent} == {("queued", None)}
        [failed] = [row for row in listed if row["status"] == "failed"]
        assert (failed["to"], failed["provider_sid"], failed["error_code"]) == (
            phones[0],
            None,
            21211,
        )
        assert failed["error_message"] == describe_error(21211)


def test_two_send_due_processes_at_once_send_each_text_once(
    tmp_path: Path, started: list[Aftercare]
) -> None:
    with TwilioStandIn(latency=0.05) as twilio:
        config_path = write_config(tmp_path, twilio, max_per_second=20)
        phones = enroll_due_now(config_path, 40)

        both = [
            start(
                started,
                tmp_path,
                f"send-due-{n}",
                "--config",
                str(config_path),
                "send-due",
                "--json",
            )
            for n in (1, 2)
        ]
        finished = [process.wait(timeout=30) for process in both]

        assert [code for code, _, _ in finished] == [0, 0], [err for _, _, err in finished]
        assert sum(json.loads(out)["sent"] for _, out, _ in finished) == 40
        assert texts_per_phone(twilio) == {phone: 1 for phone in phones}
        assert collections.Counter(
            row["status"]
            for row in query(
                config_path, "SELECT status FROM outbox WHERE provider_sid IS NOT NULL"
            )
        ) == {"sent": 40}
