"""What the clinic's IT person sees: one sentence for a busy port, a bad --url or an exposed
console; /healthz that notices a stopped cron; a failing job said once a minute; a pass that
survives a broken provider look-up and counts a duplicate as one.
"""

from __future__ import annotations

import io
import logging
import socket
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from bot.cli import cli
from bot.config import Config
from bot.scheduler import Reported, make_scheduler
from bot.services.sending import Dispatcher
from bot.sms.console import ConsoleGateway
from bot.sms.gateway import Accepted
from bot.store import dispatch as dispatch_store
from bot.store import transaction
from bot.store.spool import Spool, SpooledText, spool_dir
from bot.web import create_app
from tests.helpers.clinic import Aftercare
from tests.helpers.clock import Clock
from tests.helpers.net import free_port
from tests.helpers.replies import (
    rows,
    with_server,
)
from tests.helpers.sending import (
    START,
    enroll_due,
)


def test_run_on_a_port_in_use_says_so_in_one_sentence(
    config_file: Path, aftercare: Aftercare
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with_server(config_file, taken.getsockname()[1])

        result = aftercare.runner.invoke(
            cli,
            ["--config", str(config_file), "run"],
        )

    assert result.exit_code == 1
    assert "Cannot listen on 127.0.0.1:" in result.output
    assert "Change [server] port." in result.output
    assert "Traceback" not in result.output


def test_simulate_with_a_url_that_is_not_one_says_so(aftercare: Aftercare) -> None:
    result = aftercare.runner.invoke(
        cli,
        [
            "--config",
            str(aftercare.config_file),
            "simulate",
            "--url",
            "notaurl",
            "--from",
            "(312) 555-0123",
            "hi",
        ],
    )

    assert result.exit_code == 1
    assert "--url 'notaurl' is not a web address" in result.output
    assert "Traceback" not in result.output


def test_the_console_provider_refuses_to_listen_where_others_can_reach_it(
    config_file: Path, aftercare: Aftercare
) -> None:
    config_file.write_text(
        config_file.read_text() + f'\n[server]\nhost = "0.0.0.0"\nport = {free_port()}\n'
    )

    result = aftercare.runner.invoke(cli, ["--config", str(config_file), "serve"])

    assert result.exit_code == 1
    assert "[server] host = '0.0.0.0'" in result.output
    assert "Traceback" not in result.output


def test_healthz_of_serve_is_503_when_cron_stopped_dispatching(
    config: Config, db: sqlite_utils.Database
) -> None:
    now = datetime(2026, 3, 4, 16, 0, tzinfo=UTC)
    with transaction(db):
        dispatch_store.beat(db, "dispatch", now - timedelta(minutes=9))
    client = create_app(config, clock=lambda: now).test_client()

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json is not None
    assert response.json["dispatch"].startswith("down: the last dispatch pass finished 9 minutes")

    with transaction(db):
        dispatch_store.beat(db, "dispatch", now - timedelta(minutes=1))
    assert client.get("/healthz").status_code == 200


def test_send_due_records_when_its_pass_finished(
    aftercare: Aftercare, db: sqlite_utils.Database
) -> None:
    assert aftercare("send-due").exit_code == 0
    assert dispatch_store.last_beat(db, "dispatch") is not None


def test_a_job_that_keeps_failing_is_reported_once_a_minute(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken() -> None:
        raise OSError("disk I/O error")

    job = Reported("dispatch", broken)
    with caplog.at_level(logging.DEBUG, logger="bot.scheduler"):
        for _ in range(50):  # ticks of a few seconds: well under a minute
            job()
    said = [r for r in caplog.records if r.name == "bot.scheduler"]
    assert len(said) == 1
    assert said[0].getMessage() == "dispatch cannot run: OSError: disk I/O error"
    job.job = lambda: {"sent": 1}
    job()
    assert caplog.records[-1].getMessage() == "dispatch works again after 50 failed ticks"


class LookupBreaks(ConsoleGateway):
    """A provider adapter whose look-up of earlier sends fails in a way nobody planned for."""

    name = "twilio"

    def find_sent(self, to: str, body: str, *, since: datetime) -> Accepted | None:
        raise RuntimeError("unexpected payload")


def test_a_broken_look_up_keeps_the_text_for_a_retry_and_the_pass_goes_on(
    config: Config, db: sqlite_utils.Database
) -> None:
    settings = replace(config, sms=replace(config.sms, max_per_second=100))
    enroll_due(db, settings, 3, START)
    db.execute("UPDATE outbox SET maybe_sent_at = ? WHERE id = 1", [START.isoformat()])
    sender = Dispatcher(settings, LookupBreaks(io.StringIO()), clock=Clock(START))
    try:
        counts = sender.run_pass().as_dict()
    finally:
        sender.close()

    assert (counts["sent"], counts["retrying"]) == (2, 1)
    [kept] = rows(db, "SELECT status FROM outbox WHERE id = 1")
    assert kept["status"] == "scheduled"


class SentTwice(ConsoleGateway):
    """A provider that took the text while another worker already recorded its SID."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        super().__init__(io.StringIO())
        self.db = db

    def send(self, to: str, body: str, *, status_callback: str | None = None) -> Accepted:
        self.db.execute(
            "UPDATE outbox SET provider_sid = 'SMfirst' WHERE to_phone = ? AND status = 'sending'",
            [to],
        )
        return super().send(to, body, status_callback=status_callback)


def test_a_text_that_went_out_twice_counts_as_a_duplicate_not_as_sent(
    config: Config, db: sqlite_utils.Database
) -> None:
    settings = replace(config, sms=replace(config.sms, max_per_second=100))
    enroll_due(db, settings, 1, START)
    sender = Dispatcher(settings, SentTwice(db), clock=Clock(START))
    try:
        counts = sender.run_pass().as_dict()
    finally:
        sender.close()

    assert (counts["sent"], counts["duplicates"]) == (0, 1)


def test_the_spool_replays_each_text_once_and_skips_a_torn_line(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    text = SpooledText("SM1", "+13125550123", "fever", (), "2026-03-04T16:00:00+00:00", "ok", "en")
    spool.keep(text)
    spool.keep(text)  # Twilio's retry while the database was still down
    spool.note_alerted("SM1")
    with open(spool.path, "ab") as journal:
        journal.write(b'{"kind": "text", "message_sid": "SM2", "bo')  # the power went out

    with spool.replaying() as texts:
        assert [(t.message_sid, t.alerted) for t in texts] == [("SM1", True)]
    with spool.replaying() as texts:
        assert texts == []
    assert spool.waiting() == 0


def test_send_due_from_cron_stores_texts_spooled_while_the_database_was_down(
    aftercare: Aftercare, config: Config, db: sqlite_utils.Database
) -> None:
    spool = Spool(spool_dir(config.database))
    spool.keep(
        SpooledText("SMcron", "+13125559876", "hello?", (), "2026-03-04T16:00:00+00:00", "hi", "en")
    )

    result = aftercare("send-due", "--json")

    assert result.exit_code == 0, result.output
    assert '"replayed": 1' in result.stdout
    assert rows(db, "SELECT handled_as, answer FROM replies WHERE message_sid = 'SMcron'") == [
        {"handled_as": "unknown_sender", "answer": "hi"}
    ]
    assert spool.waiting() == 0


def test_the_scheduler_names_its_jobs_as_a_person_would(
    config: Config, db: sqlite_utils.Database
) -> None:
    sender = Dispatcher(config, ConsoleGateway(io.StringIO()), clock=Clock(START))
    try:
        scheduler = make_scheduler(config, sender)
        names = sorted(str(job.name) for job in scheduler.get_jobs())
    finally:
        sender.close()

    assert names == [
        "complete",
        "dispatch",
        "escalate",
        "follow-up",
        "read unfinished replies",
        "replay spooled replies",
    ]
    assert logging.getLogger("apscheduler").getEffectiveLevel() == logging.ERROR
