"""Benchmark the dispatcher: throughput under a provider's cap, and cost per outbox size.

Usage: python -m bench.bench_dispatch [--messages 2000] [--large 1000000] [--passes 15]

1. Throughput: 2,000 due check-ins sent with the real twilio client to the local Twilio
   stand-in, which takes 0.25 s per request; [sms] max_per_second = 50 and max_in_flight =
   32. Target: at least 45 messages/s, every message accepted exactly once.
2. Outbox-size independence: one dispatch pass that finds 100 due texts in an outbox of
   1,000,000 rows, against the same in an outbox of 10,000 rows (the rest already sent or
   scheduled for later), through the console gateway so only our own cost is timed. The
   100 due rows are re-armed between passes. Target: median ratio at most 1.5x. Also
   timed: an idle tick (nothing due), where the claim query is nearly all the cost.
"""

from __future__ import annotations

import argparse
import collections
import io
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from bot.config import Config, Database, Sms, Twilio  # noqa: E402
from bot.services.sending import Dispatcher  # noqa: E402
from bot.sms.console import ConsoleGateway  # noqa: E402
from bot.sms.twilio_gateway import TwilioGateway  # noqa: E402
from bot.store import dispatch as dispatch_store  # noqa: E402
from bot.store import open_db, to_db_time, transaction  # noqa: E402
from tests.helpers.twilio_standin import TwilioStandIn  # noqa: E402

# 10:00 in Chicago (CDT), inside texting hours; the dispatcher's clock stands still here
NOW = datetime(2026, 6, 10, 15, 0, tzinfo=UTC)
ZONE = "America/Chicago"
CLINIC_NUMBER = "+15005550006"
THROUGHPUT_TARGET = 45.0
RATIO_TARGET = 1.5
DUE = 100


def clock() -> datetime:
    return NOW


def insert_due(db: sqlite_utils.Database, count: int) -> None:
    """Add `count` active patients, each with one check-in due now."""
    stamp = to_db_time(NOW)
    with transaction(db):
        db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
            "INSERT INTO patients (name, phone, discharged_on, protocol, timezone, language, "
            "consent_method, consent_at, enrolled_at, updated_at) "
            "SELECT 'Patient ' || i, printf('+1312%07d', 5550000 + i), ?, "
            "'intrathecal-pump-implant', ?, 'en', 'sms-verbal', ?, ?, ? FROM n",
            [count, NOW.date().isoformat(), ZONE, stamp, stamp, stamp],
        )
        db.execute(
            "INSERT INTO outbox (patient_id, idempotency_key, step, kind, to_phone, body, "
            "send_at, planned_at, timezone, status, created_at, updated_at) "
            "SELECT id, 'bench:' || id, 'day-1', 'check_in', phone, "
            "'Lakeside Spine: how are you today? Any fever, redness or swelling? Reply STOP "
            "to stop.', ?, ?, ?, 'scheduled', ?, ? FROM patients",
            [stamp, stamp, ZONE, stamp, stamp],
        )


def throughput(folder: Path, messages: int) -> bool:
    print(f"1. Throughput: {messages} due messages, stand-in latency 0.25 s per request")
    config = Config(
        database=Database(path=str(folder / "throughput.db")),
        sms=Sms(provider="twilio", max_per_second=50, max_in_flight=32, lease_seconds=120),
    )
    db = open_db(config.database.path)
    insert_due(db, messages)
    with TwilioStandIn(latency=0.25) as twilio:
        config = replace(
            config,
            twilio=Twilio(
                account_sid=twilio.account_sid,
                auth_token=twilio.auth_token,
                from_number=CLINIC_NUMBER,
                api_base_url=twilio.base_url,
            ),
        )
        gateway = TwilioGateway(
            account_sid=twilio.account_sid,
            auth_token=twilio.auth_token,
            from_number=CLINIC_NUMBER,
            api_base_url=twilio.base_url,
        )
        dispatcher = Dispatcher(config, gateway, clock=clock)
        try:
            started = time.perf_counter()
            result = dispatcher.run_pass()
            took = time.perf_counter() - started
        finally:
            dispatcher.close()
        per_phone = collections.Counter(message["To"] for message in twilio.messages)
        standin_in_flight = twilio.max_in_flight
    statuses = dict(db.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall())
    db.conn.close()
    rate = result.sent / took
    once = len(per_phone) == messages and set(per_phone.values()) == {1}
    print(f"   max_per_second = 50, max_in_flight = {config.sms.max_in_flight}")
    print(f"   sent {result.sent} in {took:.2f} s: {rate:.1f} messages/s (target >= 45)")
    print(f"   stand-in max in flight: {standin_in_flight}")
    print(
        f"   accepted by the stand-in: {sum(per_phone.values())} messages to "
        f"{len(per_phone)} numbers; every message exactly once: {once}"
    )
    print(f"   outbox afterwards: {statuses}")
    return rate >= THROUGHPUT_TARGET and once and statuses == {"sent": messages}


def build_outbox(path: Path, total: int) -> tuple[sqlite_utils.Database, list[int]]:
    """Fill an outbox with `total` rows: mostly sent, some scheduled later, DUE due now."""
    db = open_db(path)
    past, future = to_db_time(NOW - timedelta(days=30)), to_db_time(NOW + timedelta(days=30))
    stamp = to_db_time(NOW)
    with transaction(db):
        # 70% already sent (with their SID), 30% scheduled for the coming weeks
        db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO outbox (idempotency_key, step, kind, to_phone, body, send_at, "
            "planned_at, timezone, status, provider_sid, provider_status, sent_at, attempts, "
            "created_at, updated_at) "
            "SELECT 'old:' || i, 'day-' || (i % 40), 'check_in', "
            "printf('+1312%07d', 5550000 + i % 100000), 'Lakeside Spine: how are you today?', "
            "CASE WHEN i % 10 < 7 THEN ? ELSE ? END, CASE WHEN i % 10 < 7 THEN ? ELSE ? END, "
            "?, CASE WHEN i % 10 < 7 THEN 'sent' ELSE 'scheduled' END, "
            "CASE WHEN i % 10 < 7 THEN 'SM' || printf('%032d', i) END, "
            "CASE WHEN i % 10 < 7 THEN 'delivered' END, CASE WHEN i % 10 < 7 THEN ? END, "
            "CASE WHEN i % 10 < 7 THEN 1 ELSE 0 END, ?, ? FROM n",
            [total - DUE, past, future, past, future, ZONE, past, stamp, stamp],
        )
        db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO outbox (idempotency_key, step, kind, to_phone, body, send_at, "
            "planned_at, timezone, status, created_at, updated_at) "
            "SELECT 'due:' || i, 'day-1', 'check_in', printf('+1773%07d', 5550000 + i), "
            "'Lakeside Spine: how are you today?', ?, ?, ?, 'scheduled', ?, ? FROM n",
            [DUE, stamp, stamp, ZONE, stamp, stamp],
        )
    db.execute("ANALYZE")
    due = [row[0] for row in db.execute("SELECT id FROM outbox WHERE idempotency_key LIKE 'due:%'")]
    return db, due


def rearm(db: sqlite_utils.Database, due: list[int]) -> None:
    marks = ", ".join("?" for _ in due)
    with transaction(db):
        db.execute(
            "UPDATE outbox SET status = 'scheduled', send_at = ?, provider_sid = NULL, "
            "provider_status = NULL, sent_at = NULL, attempts = 0, lease_owner = NULL, "
            f"lease_until = NULL WHERE id IN ({marks})",
            [to_db_time(NOW), *due],
        )


def pass_times(path: Path, total: int, passes: int) -> tuple[list[float], list[float]]:
    """Time passes that send the DUE rows, then idle passes (nothing due: a quiet tick)."""
    started = time.perf_counter()
    db, due = build_outbox(path, total)
    print(f"   built {total:,} rows in {time.perf_counter() - started:.1f} s")
    config = Config(
        database=Database(path=str(path)),
        sms=Sms(provider="console", max_per_second=100_000, max_in_flight=16),
    )
    dispatcher = Dispatcher(config, ConsoleGateway(io.StringIO()), clock=clock)
    times, idle = [], []
    try:
        for _ in range(passes + 1):  # the first pass warms connections and threads
            rearm(db, due)
            started = time.perf_counter()
            result = dispatcher.run_pass()
            times.append(time.perf_counter() - started)
            assert result.sent == DUE, result
        for _ in range(passes):
            started = time.perf_counter()
            result = dispatcher.run_pass()
            idle.append(time.perf_counter() - started)
            assert result.sent == 0, result
    finally:
        dispatcher.close()
        db.conn.close()
    return times[1:], idle


def claim_plan(path: Path) -> list[str]:
    """Return SQLite's plan for the claim statement exactly as claim_due issues it."""
    db = open_db(path, migrate=False)
    issued: list[str] = []
    try:
        db.conn.set_trace_callback(issued.append)
        db.conn.execute("BEGIN IMMEDIATE")
        dispatch_store.claim_due(
            db, now=NOW, owner="explain", lease_until=NOW + timedelta(minutes=2), limit=100
        )
        db.conn.execute("ROLLBACK")
        db.conn.set_trace_callback(None)
        claim = next(sql for sql in issued if sql.lstrip().upper().startswith("UPDATE OUTBOX"))
        rows = db.execute(f"EXPLAIN QUERY PLAN {claim}").fetchall()
    finally:
        db.conn.close()
    return [f"{'  ' * _depth(rows, row)}{row[3]}" for row in rows]


def _depth(rows: list[tuple[int, int, int, str]], row: tuple[int, int, int, str]) -> int:
    parents = {r[0]: r[1] for r in rows}
    depth, parent = 0, row[1]
    while parent:
        depth, parent = depth + 1, parents.get(parent, 0)
    return depth


def size_independence(folder: Path, large: int, passes: int) -> bool:
    print(f"2. Outbox-size independence: {DUE} due, console gateway, {passes} passes each")
    medians, idle_medians = {}, {}
    for total in (10_000, large):
        times, idle = pass_times(folder / f"outbox-{total}.db", total, passes)
        medians[total], idle_medians[total] = statistics.median(times), statistics.median(idle)
        print(
            f"   {total:>9,} rows: median pass with {DUE} due {medians[total] * 1000:.1f} ms "
            f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}); "
            f"median idle tick {idle_medians[total] * 1000:.2f} ms"
        )
    ratio = medians[large] / medians[10_000]
    idle_ratio = idle_medians[large] / idle_medians[10_000]
    print(f"   ratio {large:,} / 10,000: {ratio:.2f}x (target <= {RATIO_TARGET}x)")
    print(f"   idle-tick ratio {large:,} / 10,000: {idle_ratio:.1f}x")
    print("   EXPLAIN QUERY PLAN of the claim (1,000,000-row outbox):")
    for line in claim_plan(folder / f"outbox-{large}.db"):
        print(f"     {line}")
    return ratio <= RATIO_TARGET


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--passes", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-dispatch-") as folder:
        fast = throughput(Path(folder), args.messages)
        flat = size_independence(Path(folder), args.large, args.passes)
    print(f"throughput target met: {fast}; size-independence target met: {flat}")
    return 0 if fast and flat else 1


if __name__ == "__main__":
    sys.exit(main())
