"""`aftercare backup` while the bot answers texts, then `aftercare restore`: every reply the bot
had answered before the backup is there again; a restore refuses while the bot runs.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.faults import (
    AFTERCARE,
    Bot,
)
from tests.helpers.twilio_standin import TwilioStandIn

pytestmark = pytest.mark.slow


@pytest.fixture
def bot(tmp_path: Path) -> Iterator[Bot]:
    with TwilioStandIn() as twilio:
        installation = Bot(tmp_path, twilio)
        yield installation
        installation.kill()


def aftercare(bot: Bot, *args: str) -> subprocess.CompletedProcess[str]:
    assert AFTERCARE is not None
    return subprocess.run(
        [AFTERCARE, "--config", str(bot.config_path), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_backup_taken_under_live_traffic_restores_every_answered_reply(
    bot: Bot, tmp_path: Path
) -> None:
    phones = bot.enroll(3)
    bot.start()
    answered: list[tuple[float, str]] = []  # (when the answer came, MessageSid)
    stop = threading.Event()

    def traffic() -> None:
        n = 0
        while not stop.is_set():
            sid = f"SMbk{n:030d}"
            answer = bot.text(phones[n % 3], "I have a fever of 101" if n % 2 else "fine", sid)
            assert answer.status == 200
            answered.append((time.monotonic(), sid))
            n += 1

    sender = threading.Thread(target=traffic)
    sender.start()
    try:
        time.sleep(1.0)
        started = time.monotonic()
        backup = aftercare(bot, "backup", str(tmp_path / "copy.db"))
        time.sleep(0.5)
    finally:
        stop.set()
        sender.join()
    assert backup.returncode == 0, backup.stderr
    before = {sid for at, sid in answered if at < started}
    assert len(before) >= 5

    refused = aftercare(bot, "restore", str(tmp_path / "copy.db"))
    assert refused.returncode == 1
    assert "The bot is running" in refused.stderr and "Traceback" not in refused.stderr

    bot.stop()
    restored = aftercare(bot, "restore", str(tmp_path / "copy.db"))
    assert restored.returncode == 0, restored.stderr

    kept = {row["message_sid"] for row in bot.query("SELECT message_sid FROM replies")}
    assert before <= kept
    assert bot.query("PRAGMA integrity_check") == [{"integrity_check": "ok"}]
    again = aftercare(bot, "backup", str(tmp_path / "copy.db"))
    assert again.returncode == 1 and "already exists" in again.stderr


def test_a_damaged_backup_is_refused_before_anything_is_replaced(bot: Bot, tmp_path: Path) -> None:
    bot.enroll(1)
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)

    result = aftercare(bot, "restore", str(damaged))

    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert bot.query("SELECT count(*) AS n FROM patients") == [{"n": 1}]
