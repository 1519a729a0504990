"""The nurses' queue from a terminal, `aftercare simulate`, and /healthz of a real server."""

from __future__ import annotations

import json
import shutil
import time
from datetime import datetime
from pathlib import Path

import pytest
import sqlite_utils

from bot.config import Config, load_config
from bot.store import open_db
from bot.web import create_app
from tests.helpers.clinic import Aftercare
from tests.helpers.net import free_port
from tests.helpers.replies import (
    CHICAGO,
    CLINIC_PHONE,
    ON_CALL,
    chicago,
    enroll_patient,
    flags_json,
    rows,
    running_server,
    text_bot,
    with_server,
)

NIGHT = chicago(2026, 3, 4, 2, 0)
DAY = chicago(2026, 3, 4, 10, 0)
STRANGER = "+13125550777"
FIELDS = {
    "id",
    "patient_id",
    "level",
    "reason",
    "reply",
    "received_at",
    "after_hours",
    "status",
    "acknowledged_by",
    "media",
}


@pytest.fixture
def two_flags(config: Config, patient: int) -> tuple[int, int]:
    """A patient's fever at 02:00 and a stranger's question at 10:00; return their flag ids."""
    text_bot(config, NIGHT, "I have a fever of 102")
    text_bot(config, DAY, "is this the pain clinic?", STRANGER)
    db = open_db(config.database.path, migrate=False)
    try:
        ids = [row["id"] for row in rows(db, "SELECT id FROM flags ORDER BY id")]
    finally:
        db.conn.close()
    return ids[0], ids[1]


def by_id(aftercare: Aftercare, *args: str) -> dict[int, dict]:
    result = aftercare("flags", "--json", *args)
    assert result.exit_code == 0, result.output
    return {item["id"]: item for item in json.loads(result.output)}


def test_flags_json_carries_what_a_nurse_and_a_script_need(
    aftercare: Aftercare, patient: int, two_flags: tuple[int, int]
) -> None:
    fever, stranger = two_flags

    items = flags_json(aftercare)

    assert [item["id"] for item in items] == [fever, stranger]  # urgent before routine
    for item in items:
        assert set(item) >= FIELDS, FIELDS - set(item)
    first, second = items
    assert first == first | {
        "patient_id": patient,
        "level": "urgent",
        "reason": "fever",
        "reply": "I have a fever of 102",
        "received_at": "2026-03-04T08:00:00+00:00",  # 02:00 in Chicago, stored in UTC
        "after_hours": True,
        "status": "open",
        "acknowledged_by": None,
        "media": [],
    }
    assert second == second | {
        "patient_id": None,
        "level": "routine",
        "reply": "is this the pain clinic?",
        "received_at": "2026-03-04T16:00:00+00:00",
        "after_hours": False,
        "status": "open",
    }


def test_flags_as_text_for_a_person(
    aftercare: Aftercare, patient: int, two_flags: tuple[int, int]
) -> None:
    result = aftercare("flags")

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "URGENT" in lines[0] and f"patient {patient}" in lines[0] and "after hours" in lines[0]
    assert lines[1].strip() == '"I have a fever of 102"'
    assert "unknown sender" in lines[2]


def test_an_empty_queue_says_so(aftercare: Aftercare) -> None:
    result = aftercare("flags")
    assert (result.exit_code, result.stdout.strip()) == (0, "No open flags.")
    assert flags_json(aftercare) == []


def test_ack_then_resolve_moves_a_flag_through_the_queue(
    aftercare: Aftercare, two_flags: tuple[int, int]
) -> None:
    fever, stranger = two_flags

    acked = aftercare("ack", str(fever), "--note", "calling now", "--by", "rn.kim")
    assert (acked.exit_code, acked.output.strip()) == (0, f"Flag {fever} acknowledged by rn.kim.")
    item = by_id(aftercare)[fever]
    assert (item["status"], item["acknowledged_by"], item["note"]) == (
        "acknowledged",
        "rn.kim",
        "calling now",
    )

    resolved = aftercare(
        "resolve", str(fever), "--note", "  sent to ER, admitted  ", "--by", "dr.o"
    )
    assert (resolved.exit_code, resolved.output.strip()) == (0, f"Flag {fever} resolved.")
    assert set(by_id(aftercare)) == {stranger}  # resolved flags leave the queue...
    item = by_id(aftercare, "--all")[fever]  # ...and stay on record
    assert (item["status"], item["acknowledged_by"], item["note"]) == (
        "resolved",
        "rn.kim",
        "sent to ER, admitted",
    )


def test_resolving_an_open_flag_also_records_who_took_it(
    aftercare: Aftercare, two_flags: tuple[int, int]
) -> None:
    fever, _ = two_flags

    assert aftercare("resolve", str(fever), "--note", "done", "--by", "rn.kim").exit_code == 0

    assert by_id(aftercare, "--all")[fever]["acknowledged_by"] == "rn.kim"


@pytest.mark.parametrize(
    ("before", "command", "message"),
    [
        ([], ["ack", "999"], "Flag 999 does not exist"),
        ([], ["resolve", "999", "--note", "x"], "Flag 999 does not exist"),
        ([], ["resolve", "{id}", "--note", ""], "The note is empty; say what was done."),
        ([], ["resolve", "{id}", "--note", "   "], "The note is empty; say what was done."),
        ([["ack", "{id}"]], ["ack", "{id}"], "Flag {id} is already acknowledged."),
        (
            [["resolve", "{id}", "--note", "done"]],
            ["resolve", "{id}", "--note", "again"],
            "Flag {id} is already resolved.",
        ),
        (
            [["resolve", "{id}", "--note", "done"]],
            ["ack", "{id}"],
            "Flag {id} is already resolved.",
        ),
        ([], ["resolve", "{id}"], "Missing option '--note'"),
        ([], ["ack", "twelve"], "'twelve' is not a valid integer"),
    ],
)
def test_mistakes_get_one_sentence_and_a_non_zero_exit(
    aftercare: Aftercare,
    two_flags: tuple[int, int],
    before: list[list[str]],
    command: list[str],
    message: str,
) -> None:
    flag = str(two_flags[0])
    for step in before:
        assert aftercare(*[part.format(id=flag) for part in step]).exit_code == 0

    result = aftercare(*[part.format(id=flag) for part in command])

    assert result.exit_code != 0
    assert message.format(id=flag) in result.output
    assert "Traceback" not in result.output


def test_a_failed_resolve_changes_nothing(aftercare: Aftercare, two_flags: tuple[int, int]) -> None:
    fever, _ = two_flags
    aftercare("resolve", str(fever), "--note", "first", "--by", "rn.kim")

    aftercare("resolve", str(fever), "--note", "second", "--by", "someone.else")

    item = by_id(aftercare, "--all")[fever]
    assert item["note"] == "first"


# -- against a running server ------------------------------------------------------------


@pytest.mark.slow
def test_simulate_texts_the_running_bot_and_prints_its_answer(
    config_file: Path, aftercare: Aftercare
) -> None:
    with_server(config_file, free_port())
    config = load_config(str(config_file), environ={})
    db = open_db(config.database.path)  # created and migrated before the server starts
    try:
        now = datetime.now(CHICAGO)
        patient = enroll_patient(db, config, discharged=now.date(), now=now)
    finally:
        db.conn.close()

    with running_server(config_file, "run") as server:
        status, health = server.get("/healthz")
        assert (status, health) == (200, {"status": "ok", "database": "ok", "scheduler": "running"})

        emergency = aftercare("simulate", "--from", "(312) 555-0123", "I can't breathe")
        stranger = aftercare("simulate", "--from", STRANGER, "hello?")
        alert = _wait_for_sent_alert(config.database.path)

    assert emergency.exit_code == 0, emergency.output
    assert emergency.output.startswith("Call 911 now.")
    assert stranger.exit_code == 0, stranger.output
    assert CLINIC_PHONE in stranger.output
    queue = flags_json(aftercare)
    assert [(f["level"], f["patient_id"]) for f in queue] == [
        ("emergency", patient),
        ("routine", None),
    ]
    assert [f["reply"] for f in queue] == ["I can't breathe", "hello?"]
    # `run` sent the on-call alert at once (the console gateway prints it)
    assert alert["to_phone"] == ON_CALL
    assert "[SMS to +13125550199]" in server.log()


def _wait_for_sent_alert(path: str, timeout: float = 10.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        db = open_db(path, migrate=False)
        try:
            sent = rows(db, "SELECT * FROM outbox WHERE kind = 'alert' AND status = 'sent'")
        finally:
            db.conn.close()
        if sent or time.monotonic() > deadline:
            assert sent, "the alert to the on-call phone was not sent"
            return sent[0]
        time.sleep(0.1)


def test_simulate_without_a_server_says_how_to_start_one(
    config_file: Path, aftercare: Aftercare
) -> None:
    port = free_port()
    with_server(config_file, port)

    result = aftercare("simulate", "--from", "(312) 555-0123", "hello")

    assert result.exit_code == 1
    assert f"Cannot reach the bot at http://127.0.0.1:{port}" in result.output
    assert "aftercare run" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_healthz_of_serve_reports_the_scheduler_disabled_then_the_database_down(
    config_file: Path, config: Config, aftercare: Aftercare
) -> None:
    with_server(config_file, free_port())
    open_db(config.database.path).conn.close()  # created and migrated before the server starts

    with running_server(config_file, "serve") as server:
        assert server.get("/healthz") == (
            200,
            {"status": "ok", "database": "ok", "scheduler": "disabled", "dispatch": "no pass yet"},
        )
        database = Path(config.database.path)
        for leftover in database.parent.glob(database.name + "*"):
            leftover.unlink()
        database.mkdir()  # the file is gone and nothing can be created in its place

        status, body = server.get("/healthz")

    shutil.rmtree(database)
    assert status == 503
    assert body["status"] == "down"
    assert body["database"].startswith("down")


@pytest.mark.parametrize(
    ("state", "code", "status"),
    [("running", 200, "ok"), ("disabled", 200, "ok"), ("stopped", 503, "down")],
)
def test_healthz_reports_the_scheduler(
    config: Config, db: sqlite_utils.Database, state: str, code: int, status: str
) -> None:
    client = create_app(config, scheduler_state=lambda: state).test_client()

    response = client.get("/healthz")

    assert response.status_code == code
    expected = {"status": status, "database": "ok", "scheduler": state}
    if state == "disabled":  # `serve` beside cron also says when a dispatch pass last ran
        expected["dispatch"] = "no pass yet"
    assert response.json == expected


def test_healthz_is_503_when_the_database_file_is_gone(config: Config) -> None:
    open_db(config.database.path).conn.close()
    client = create_app(config, scheduler_state=lambda: "running").test_client()
    assert client.get("/healthz").status_code == 200
    database = Path(config.database.path)
    for leftover in database.parent.glob(database.name + "*"):
        leftover.unlink()

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json is not None
    assert response.json["database"].startswith("down")
