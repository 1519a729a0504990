"""Two dispatchers on one database: every text reaches the provider exactly once."""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import sqlite_utils

from bot.config import Config
from bot.services.enrollment import enroll, prepare
from bot.services.sending import Dispatcher, PassResult
from bot.sms.twilio_gateway import TwilioGateway
from bot.store import to_db_time
from tests.twilio_standin import TwilioStandIn

CLINIC_NUMBER = "+15005550006"
# 10:00 in Chicago (CDT), inside texting hours
START = datetime(2026, 6, 10, 15, 0, tzinfo=UTC)


class Clock:
    """A wall clock the test moves by hand; every dispatcher reads the same one."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.lock = threading.Lock()

    def __call__(self) -> datetime:
        with self.lock:
            return self.now

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.now += timedelta(seconds=seconds)


def enroll_due(
    db: sqlite_utils.Database,
    config: Config,
    count: int,
    now: datetime,
    timezone: str = "America/Chicago",
) -> list[str]:
    """Enroll `count` patients and make each one's first check-in due at `now`; return phones."""
    phones = []
    for i in range(count):
        request = prepare(
            name=f"Patient {i}",
            phone=f"+1312555{1000 + i:04d}",
            discharged=now.date(),
            protocol=None,
            timezone=timezone,
            language="en",
            config=config,
            today=now.date(),
        )
        patient_id = enroll(db, config, request, now)
        db.execute(
            "UPDATE outbox SET send_at = ?, planned_at = ? WHERE id = ("
            "SELECT id FROM outbox WHERE patient_id = ? AND status = 'scheduled' "
            "ORDER BY send_at LIMIT 1)",
            [to_db_time(now), to_db_time(now), patient_id],
        )
        phones.append(request.phone)
    return phones


@pytest.fixture
def twilio() -> Iterator[TwilioStandIn]:
    with TwilioStandIn(latency=0.05) as standin:
        yield standin


def twilio_config(config: Config, twilio: TwilioStandIn, **sms: object) -> Config:
    return replace(
        config,
        sms=replace(config.sms, provider="twilio", **sms),  # type: ignore[arg-type]
        twilio=replace(
            config.twilio,
            account_sid=twilio.account_sid,
            auth_token=twilio.auth_token,
            from_number=CLINIC_NUMBER,
            api_base_url=twilio.base_url,
        ),
    )


def dispatcher(config: Config, twilio: TwilioStandIn, clock: Clock) -> Dispatcher:
    gateway = TwilioGateway(
        account_sid=twilio.account_sid,
        auth_token=twilio.auth_token,
        from_number=CLINIC_NUMBER,
        api_base_url=twilio.base_url,
        timeout=5.0,
    )
    return Dispatcher(config, gateway, clock=clock, retry_base_seconds=0)


def texts_per_phone(twilio: TwilioStandIn) -> collections.Counter[str]:
    return collections.Counter(message["To"] for message in twilio.messages)


def test_two_dispatchers_in_threads_send_each_text_once(
    config: Config, db: sqlite_utils.Database, twilio: TwilioStandIn
) -> None:
    # a small batch (max(max_in_flight, max_per_second * lease_seconds / 2) = 10) so the two
    # dispatchers take turns claiming from the same due rows
    settings = twilio_config(config, twilio, max_per_second=20, max_in_flight=4, lease_seconds=1)
    phones = enroll_due(db, settings, 40, START)
    clock = Clock(START)
    first, second = dispatcher(settings, twilio, clock), dispatcher(settings, twilio, clock)
    results: dict[str, PassResult] = {}
    try:
        threads = [
            threading.Thread(target=lambda d=d, k=k: results.__setitem__(k, d.run_pass()))
            for k, d in (("first", first), ("second", second))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        first.close()
        second.close()

    assert texts_per_phone(twilio) == {phone: 1 for phone in phones}
    assert results["first"].sent + results["second"].sent == 40
    assert results["first"].sent > 0 and results["second"].sent > 0
    stuck = db.execute("SELECT count(*) FROM outbox WHERE status = 'sending'").fetchone()[0]
    assert stuck == 0


def daytime_zone(now: datetime) -> str:
    """Return a fixed-offset zone where `now` is around noon, inside texting hours."""
    offset = 12 - now.hour
    if offset > 12:
        offset -= 24
    return f"Etc/GMT{-offset:+d}" if offset else "Etc/GMT"


def test_rows_left_waiting_past_their_lease_are_sent_once_by_whoever_takes_them(
    config: Config, db: sqlite_utils.Database, twilio: TwilioStandIn
) -> None:
    """One worker's batch outlives its lease (a slow provider); a second worker keeps polling.

    Scaled down from production (lease 120 s, 3,000 rows claimed, Twilio slowing to 1 s a
    request): the slow worker claims 20 rows with 1 request in flight at 0.2 s each, so it
    needs 4 s while its 1-second lease runs out. The second worker re-claims the rows still
    waiting; the slow worker must then skip them. Each request (0.2 s) stays inside its lease,
    as a request always does in production (the HTTP timeout is far below the lease).
    """
    twilio.latency = 0.2
    slow_settings = twilio_config(
        config, twilio, max_per_second=40, max_in_flight=1, lease_seconds=1
    )
    fast_settings = twilio_config(
        config, twilio, max_per_second=40, max_in_flight=8, lease_seconds=1
    )
    now = datetime.now(UTC)
    phones = enroll_due(db, slow_settings, 40, now, timezone=daytime_zone(now))

    def wall_clock() -> datetime:
        return datetime.now(UTC)

    slow = dispatcher(slow_settings, twilio, wall_clock)  # type: ignore[arg-type]
    second = dispatcher(fast_settings, twilio, wall_clock)  # type: ignore[arg-type]
    second_sent = 0
    try:
        worker = threading.Thread(target=slow.run_pass)
        worker.start()
        deadline = time.monotonic() + 20
        while worker.is_alive() and time.monotonic() < deadline:
            second_sent += second.run_pass().sent
            time.sleep(0.2)
        worker.join(timeout=30)
        second_sent += second.run_pass().sent
    finally:
        slow.close()
        second.close()

    doubled = {phone: n for phone, n in texts_per_phone(twilio).items() if n > 1}
    assert doubled == {}
    assert set(texts_per_phone(twilio)) == set(phones)
    # the slow worker's first claim was 20 rows; the second took over some of them
    assert second_sent > 20
    stuck = db.execute("SELECT count(*) FROM outbox WHERE status = 'sending'").fetchone()[0]
    assert stuck == 0
