"""Every text is answered at once, kept, and an emergency reaches the on-call phone, whatever
the database does: read-only, a full disk, locked by another process, or the process killed.

Each test runs the real `aftercare run` (real sockets, real SQLite, the Twilio stand-in).
"""

from __future__ import annotations

import collections
import contextlib
import http.client
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.faults import (
    Answer,
    Bot,
    make_read_only,
    patient_phone,
    record_fault,
    wait_for,
)
from tests.helpers.twilio_standin import TwilioStandIn

pytestmark = pytest.mark.slow

EMERGENCY = "I can't breathe and my chest hurts"
ROUTINE = "doing ok, a little sore. can I shower?"
STRANGER = "+13125559876"


@pytest.fixture
def twilio() -> Iterator[TwilioStandIn]:
    with TwilioStandIn() as standin:
        yield standin


@pytest.fixture
def bot(tmp_path: Path, twilio: TwilioStandIn) -> Iterator[Bot]:
    installation = Bot(tmp_path, twilio)
    yield installation
    installation.kill()


def burst(bot: Bot, texts: list[tuple[str, str]], sids: list[str]) -> list[Answer]:
    """Send the texts one after another; return the answers."""
    return [bot.text(phone, body, sid) for (phone, body), sid in zip(texts, sids, strict=True)]


def mixed_texts(phones: list[str], count: int) -> list[tuple[str, str]]:
    """Every third text an emergency, one from a number the clinic does not know."""
    texts = [(phones[n % len(phones)], EMERGENCY if n % 3 == 0 else ROUTINE) for n in range(count)]
    texts[-1] = (STRANGER, ROUTINE)
    return texts


def assert_answered_safely(answers: list[Answer], texts: list[tuple[str, str]]) -> None:
    for answer, (_, body) in zip(answers, texts, strict=True):
        assert answer.status == 200, answer
        assert answer.seconds < 1.0, answer
        assert "(312) 555-0100" in answer.text or "911" in answer.text, answer
        if body == EMERGENCY:
            assert "911" in answer.text, answer


def record(fault: str, bot: Bot, answers: list[Answer], sids: list[str], emergencies: int) -> None:
    kept = stored(bot, sids)
    record_fault(
        fault,
        texts=len(sids),
        answered_within_1s=sum(a.status == 200 and a.seconds < 1.0 for a in answers),
        slowest_answer_s=round(max(a.seconds for a in answers), 3),
        stored=len(kept),
        stored_twice=sum(n - 1 for n in kept.values()),
        emergencies=emergencies,
        alerts_sent=len(bot.alerts()),
    )


def stored(bot: Bot, sids: list[str]) -> collections.Counter[str]:
    marks = ", ".join("?" for _ in sids)
    rows = bot.query(
        f"SELECT message_sid FROM replies WHERE message_sid IN ({marks}) "
        "AND handled_as != 'received'",
        sids,
    )
    return collections.Counter(row["message_sid"] for row in rows)


def test_an_emergency_is_answered_and_alerted_while_the_database_is_read_only(
    bot: Bot,
) -> None:
    phones = bot.enroll(3)
    undo = make_read_only(bot.database)
    try:
        bot.start()
        status, health = bot.health()
        assert status == 503 and health["database"].startswith("down")

        texts = mixed_texts(phones, 9)
        sids = [f"SMro{n:030d}" for n in range(len(texts))]
        answers = burst(bot, texts, sids)
        # Twilio retries one of them: it is answered again, kept once, alerted once
        answers.append(bot.text(texts[0][0], texts[0][1], sids[0]))
        assert_answered_safely(answers, [*texts, texts[0]])
        emergencies = sum(body == EMERGENCY for _, body in texts)
        wait_for(lambda: len(bot.alerts()) >= emergencies, 5, "direct on-call alerts")
        status, health = bot.health()
        assert status == 503 and health["spool"] == f"{len(texts)} texts wait for the database"
    finally:
        undo()

    wait_for(lambda: sum(stored(bot, sids).values()) == len(texts), 15, "the spool's replay")
    assert stored(bot, sids) == {sid: 1 for sid in sids}
    time.sleep(1.5)  # the alert lane would have sent any alert the replay queued
    assert len(bot.alerts()) == emergencies  # the replay did not alert a second time
    flags = bot.query("SELECT level FROM flags WHERE reply_id IS NOT NULL")
    assert collections.Counter(f["level"] for f in flags)["emergency"] == emergencies
    wait_for(lambda: bot.health()[0] == 200, 5, "/healthz to recover")
    record("database file read-only (then writable)", bot, answers, sids, emergencies)


def test_replies_are_answered_and_kept_when_the_disk_is_full(bot: Bot) -> None:
    phones = bot.enroll(3)
    # the database and its WAL cannot grow past 64 KB: the disk is full for them
    assert bot.database.stat().st_size > 64 * 1024
    bot.start(file_size_limit=64 * 1024)
    texts = mixed_texts(phones, 12)
    sids = [f"SMfull{n:028d}" for n in range(len(texts))]

    answers = burst(bot, texts, sids)

    assert_answered_safely(answers, texts)
    emergencies = sum(body == EMERGENCY for _, body in texts)
    assert bot.health()[0] == 503
    spooled = emergencies - len(
        bot.query("SELECT 1 FROM outbox WHERE kind = 'alert' AND status = 'scheduled'")
    )
    wait_for(lambda: len(bot.alerts()) >= min(spooled, emergencies), 5, "on-call alerts")

    bot.stop()  # space is freed; the bot starts again without the limit
    bot.start()
    wait_for(lambda: sum(stored(bot, sids).values()) == len(texts), 15, "the spool's replay")
    assert stored(bot, sids) == {sid: 1 for sid in sids}
    wait_for(lambda: len(bot.alerts()) >= emergencies, 5, "every emergency's alert")
    time.sleep(1.0)
    assert len(bot.alerts()) == emergencies
    record("disk full (RLIMIT_FSIZE 64 KB), then restarted", bot, answers, sids, emergencies)


def test_replies_are_answered_within_a_second_while_another_process_locks_the_database(
    bot: Bot,
) -> None:
    phones = bot.enroll(3)
    bot.start()
    texts = mixed_texts(phones, 15)
    sids = [f"SMlock{n:028d}" for n in range(len(texts))]
    locker = sqlite3.connect(bot.database, timeout=5, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")  # e.g. a backup script holding the writer for 30 s
    started = time.monotonic()
    try:
        answers = []
        for n, ((phone, body), sid) in enumerate(zip(texts, sids, strict=True)):
            # spread over the 30 s the lock is held
            time.sleep(max(0.0, started + n * 1.9 - time.monotonic()))
            answers.append(bot.text(phone, body, sid))
        assert_answered_safely(answers, texts)
        emergencies = sum(body == EMERGENCY for _, body in texts)
        wait_for(lambda: len(bot.alerts()) >= emergencies, 5, "direct on-call alerts")
        time.sleep(max(0.0, started + 30 - time.monotonic()))
    finally:
        if locker.in_transaction:
            locker.execute("COMMIT")
        locker.close()

    wait_for(lambda: sum(stored(bot, sids).values()) == len(texts), 15, "the spool's replay")
    assert stored(bot, sids) == {sid: 1 for sid in sids}
    time.sleep(1.5)
    assert len(bot.alerts()) == emergencies
    assert bot.health()[0] == 200
    record("database locked by another process for 30 s", bot, answers, sids, emergencies)


def test_no_text_is_lost_or_kept_twice_when_the_process_is_killed_during_a_burst(
    bot: Bot,
) -> None:
    phones = bot.enroll(5)
    bot.start()
    texts = mixed_texts(phones, 40)
    sids = [f"SMkill{n:028d}" for n in range(len(texts))]
    answered: dict[str, Answer] = {}

    def send(index: int) -> None:
        phone, body = texts[index]
        # the process died under this request; Twilio retries it below
        with contextlib.suppress(OSError, http.client.HTTPException):
            answered[sids[index]] = bot.text(phone, body, sids[index])

    threads = [threading.Thread(target=send, args=(n,)) for n in range(len(texts))]
    for n, thread in enumerate(threads):
        thread.start()
        if n == 20:
            bot.kill()  # SIGKILL, mid-burst
    for thread in threads:
        thread.join()

    bot.start()
    # Twilio retries every webhook that got no answer; a retry of an answered one is a replay
    for index, sid in enumerate(sids):
        if sid not in answered or answered[sid].status != 200:
            answered[sid] = bot.text(texts[index][0], texts[index][1], sid)
    assert_answered_safely([answered[sid] for sid in sids], texts)
    wait_for(lambda: sum(stored(bot, sids).values()) == len(texts), 15, "every text stored")
    assert stored(bot, sids) == {sid: 1 for sid in sids}
    emergencies = sum(body == EMERGENCY for _, body in texts)
    # an alert the killed process had claimed goes out when its 15-second lease lapses
    wait_for(lambda: len(bot.alerts()) >= emergencies, 25, "every emergency's alert")
    time.sleep(0.5)
    record(
        "SIGKILL during a burst of 40 replies (Twilio retries)",
        bot,
        [answered[sid] for sid in sids],
        sids,
        emergencies,
    )


def test_a_patient_text_is_never_lost_to_a_kill_between_storing_and_reading(bot: Bot) -> None:
    """A text stored raw whose process died before reading it is read at the next start."""
    phones = bot.enroll(1)
    bot.start()
    bot.stop()
    db = sqlite3.connect(bot.database, isolation_level=None)
    db.execute(
        "INSERT INTO replies (message_sid, from_phone, body, level, language, handled_as, "
        "answer, received_at) VALUES ('SMraw', ?, ?, 'unread', 'en', 'received', '', "
        "'2020-01-01T00:00:00+00:00')",
        [phones[0], EMERGENCY],
    )
    db.close()

    bot.start()

    wait_for(
        lambda: (
            bot.query("SELECT handled_as FROM replies WHERE message_sid = 'SMraw'")
            == [{"handled_as": "triage"}]
        ),
        10,
        "the unfinished text to be read",
    )
    wait_for(lambda: len(bot.alerts()) == 1, 5, "the on-call alert")
    # the patient never got the webhook's answer, so it goes out as a text
    wait_for(lambda: any(m["To"] == patient_phone(0) for m in bot.twilio.messages), 5, "answer")
