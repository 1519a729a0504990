"""Two dispatchers on one database: every text reaches the provider exactly once."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlite_utils

from bot.config import Config
from bot.services.sending import PassResult
from tests.helpers.clock import Clock
from tests.helpers.sending import (
    START,
    daytime_zone,
    dispatcher,
    enroll_due,
    texts_per_phone,
    twilio_config,
)
from tests.helpers.twilio_standin import TwilioStandIn


@pytest.fixture
def twilio() -> Iterator[TwilioStandIn]:
    with TwilioStandIn(latency=0.05) as standin:
        yield standin


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


@pytest.mark.slow
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
