"""Sending due texts through the real Twilio client: caps, retries, refusals, leases, hours."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlite_utils

from bot.config import Config
from bot.services.sending import Dispatcher
from bot.sms.twilio_codes import describe_error
from bot.sms.twilio_gateway import TwilioGateway
from bot.store import dispatch as dispatch_store
from bot.store import flags as flag_store
from bot.store import outbox as outbox_store
from bot.store import to_db_time, transaction
from tests.helpers.clock import Clock
from tests.helpers.sending import (
    CLINIC_NUMBER,
    START,
    dispatcher,
    enroll_due,
    texts_per_phone,
    twilio_config,
)
from tests.helpers.twilio_standin import TwilioStandIn


@pytest.fixture
def twilio() -> Iterator[TwilioStandIn]:
    with TwilioStandIn() as standin:
        yield standin


def due_rows(db: sqlite_utils.Database, now: datetime) -> list[dict[str, Any]]:
    """Return the texts due at `now` (to compare with what happened to them later)."""
    return list(
        db.query(
            "SELECT * FROM outbox WHERE status = 'scheduled' AND send_at <= ? ORDER BY id",
            [to_db_time(now)],
        )
    )


def rows_by_id(db: sqlite_utils.Database, ids: list[int]) -> dict[int, dict[str, Any]]:
    marks = ", ".join("?" for _ in ids)
    return {row["id"]: row for row in db.query(f"SELECT * FROM outbox WHERE id IN ({marks})", ids)}


def patient(db: sqlite_utils.Database, phone: str) -> dict[str, Any]:
    return next(iter(db.query("SELECT * FROM patients WHERE phone = ?", [phone])))


def run_once(settings: Config, twilio: TwilioStandIn, clock: Clock) -> dict[str, int]:
    sender = dispatcher(settings, twilio, clock)
    try:
        return sender.run_pass().as_dict()
    finally:
        sender.close()


def busiest_second(times: list[float]) -> int:
    """Return the most accepts that fall in any half-open 1-second window."""
    ordered = sorted(times)
    return max(
        (bisect.bisect_left(ordered, start + 1.0) - i for i, start in enumerate(ordered)),
        default=0,
    )


# Tolerance of two texts a second: the limiter spaces the *starts* of requests exactly 1/N
# apart, but the stand-in stamps a text when it has slept out its latency and parsed the
# form, so thread-scheduling jitter can bring neighbours closer than 1/N and let a window's
# edges catch one more at each end (a tolerance of one failed once on a busy 2-core machine).
# Twilio queues such an excess rather than refusing it; a real breach of the limiter (a
# burst, all 25 at once) would show as many more.
RATE_TOLERANCE = 2


@pytest.mark.parametrize(
    ("per_second", "in_flight", "latency", "count"),
    [
        (10, 8, 0.05, 25),  # the rate binds: 10/s with a fast provider
        (40, 3, 0.3, 24),  # concurrency binds: a slow provider and 3 senders
    ],
)
@pytest.mark.slow
def test_sending_stays_under_the_rate_and_concurrency_caps(
    config: Config,
    db: sqlite_utils.Database,
    twilio: TwilioStandIn,
    per_second: int,
    in_flight: int,
    latency: float,
    count: int,
) -> None:
    twilio.latency = latency
    settings = twilio_config(config, twilio, max_per_second=per_second, max_in_flight=in_flight)
    phones = enroll_due(db, settings, count, START)

    counts = run_once(settings, twilio, Clock(START))

    assert counts["sent"] == count
    assert texts_per_phone(twilio) == {phone: 1 for phone in phones}
    assert 1 <= twilio.max_in_flight <= in_flight
    assert busiest_second(twilio.accept_times) <= per_second + RATE_TOLERANCE


def test_injected_429s_and_500s_are_retried_until_every_text_is_sent_once(
    config: Config, db: sqlite_utils.Database
) -> None:
    with TwilioStandIn(latency=0.01, transient_failure_rate=0.2, seed=7) as twilio:
        # 10 attempts: the chance that one text meets ten 20% failures in a row is 1e-7
        settings = twilio_config(
            config, twilio, max_per_second=200, max_in_flight=8, max_attempts=10
        )
        phones = enroll_due(db, settings, 60, START)
        due = due_rows(db, START)

        counts = run_once(settings, twilio, Clock(START))

        assert twilio.requests > 60  # failures were injected and retried
        assert counts["sent"] == 60 and counts["failed"] == 0
        assert texts_per_phone(twilio) == {phone: 1 for phone in phones}
        bodies = sorted(message["Body"] for message in twilio.messages)
        assert bodies == sorted(row["body"] for row in due)
    after = rows_by_id(db, [row["id"] for row in due])
    assert {row["status"] for row in after.values()} == {"sent"}
    assert all(row["provider_sid"] and row["lease_owner"] is None for row in after.values())


@pytest.mark.parametrize(
    ("code", "patient_field", "value", "reason"),
    [
        (21610, "status", "opted_out", "opted out"),
        (21211, "phone_status", "invalid", "delivery failure"),
        (21614, "phone_status", "invalid", "delivery failure"),
    ],
)
def test_a_refused_number_stops_that_patients_texts_and_tells_a_nurse(
    config: Config,
    db: sqlite_utils.Database,
    twilio: TwilioStandIn,
    code: int,
    patient_field: str,
    value: str,
    reason: str,
) -> None:
    settings = twilio_config(config, twilio, max_per_second=50)
    refused, fine = enroll_due(db, settings, 2, START)
    twilio.number_errors = {refused: code}
    refused_id = patient(db, refused)["id"]

    counts = run_once(settings, twilio, Clock(START))

    assert counts == {**counts, "sent": 1, "failed": 1, "retrying": 0}
    assert twilio.requests == 2  # never retried
    assert texts_per_phone(twilio) == {fine: 1}
    assert patient(db, refused)[patient_field] == value
    statuses = [
        row["status"]
        for row in db.query(
            "SELECT status FROM outbox WHERE patient_id = ? ORDER BY send_at", [refused_id]
        )
    ]
    assert statuses[0] == "failed"
    assert "scheduled" not in statuses and statuses.count("cancelled") >= 1
    failed = next(iter(db.query("SELECT * FROM outbox WHERE status = 'failed'")))
    assert failed["error_code"] == code
    [flag] = flag_store.flags(db)
    assert (flag["patient_id"], flag["reason"], flag["outbox_id"]) == (
        refused_id,
        reason,
        failed["id"],
    )
    assert describe_error(code) in flag["detail"]
    assert refused not in flag["detail"]  # no phone number in the nurse's queue text


@pytest.mark.parametrize(("status", "code"), [(500, 20500), (429, 20429)])
def test_a_text_that_keeps_failing_is_given_up_with_a_flag_in_words(
    config: Config, db: sqlite_utils.Database, twilio: TwilioStandIn, status: int, code: int
) -> None:
    settings = twilio_config(config, twilio, max_per_second=50, max_attempts=3)
    [phone] = enroll_due(db, settings, 1, START)
    twilio.fail_next(3, status=status, code=code)

    counts = run_once(settings, twilio, Clock(START))

    assert counts["failed"] == 1 and counts["sent"] == 0 and counts["retrying"] == 2
    assert twilio.requests == 3 and twilio.messages == []
    [row] = db.query("SELECT * FROM outbox WHERE status = 'failed'")
    assert (row["attempts"], row["error_code"]) == (3, code)
    [flag] = flag_store.flags(db)
    assert flag["reason"] == "delivery failure"
    assert flag["patient_id"] == patient(db, phone)["id"]
    assert "3 tries" in flag["detail"]
    # the provider's trouble in words, without a promise that is no longer true: a nurse who
    # reads "will be retried" on a text the bot gave up on has no reason to phone
    assert describe_error(code).split(";")[0] in flag["detail"]
    assert "will be retried" not in flag["detail"]
    assert "will be retried" not in row["error_message"]


def test_claims_of_a_crashed_worker_come_back_after_their_lease_and_go_out_once(
    config: Config, db: sqlite_utils.Database, twilio: TwilioStandIn
) -> None:
    settings = twilio_config(config, twilio, max_per_second=50, lease_seconds=30)
    phones = enroll_due(db, settings, 5, START)
    with transaction(db):
        claimed = dispatch_store.claim_due(
            db, now=START, owner="dead", lease_until=START + timedelta(seconds=30), limit=100
        )
    assert len(claimed) == 5
    # the dead worker had the provider's answer for one text: that one went out already
    gone = claimed[0]
    db.execute("UPDATE outbox SET provider_sid = 'SMdead' WHERE id = ?", [gone["id"]])
    clock = Clock(START)

    clock.advance(20)  # the lease still holds: nobody may touch those rows
    assert run_once(settings, twilio, clock)["sent"] == 0
    assert twilio.requests == 0

    clock.advance(11)  # 31 s: past the lease, which is stored to the second
    assert run_once(settings, twilio, clock)["sent"] == 4
    clock.advance(60)
    assert run_once(settings, twilio, clock)["sent"] == 0

    assert texts_per_phone(twilio) == {phone: 1 for phone in phones if phone != gone["to_phone"]}
    after = rows_by_id(db, [row["id"] for row in claimed])
    assert after.pop(gone["id"])["status"] == "sending"  # left for a person, never re-sent
    assert {row["status"] for row in after.values()} == {"sent"}


@pytest.mark.parametrize(
    ("zone", "now", "deferred_to"),
    [
        # the first day of CST: 07:30 local is 13:30 UTC, 08:00 local is 14:00 UTC
        ("America/Chicago", datetime(2026, 11, 1, 13, 30, tzinfo=UTC), "2026-11-01T14:00:00"),
        # the evening before the change, deferred over it: 08:00 CST the next morning
        ("America/Chicago", datetime(2026, 11, 1, 1, 30, tzinfo=UTC), "2026-11-01T14:00:00"),
        # the first day of CDT: 07:30 CDT is 12:30 UTC, 08:00 CDT is 13:00 UTC
        ("America/Chicago", datetime(2026, 3, 8, 12, 30, tzinfo=UTC), "2026-03-08T13:00:00"),
        # Sydney's first day of AEST (UTC+10) and of AEDT (UTC+11), at 07:30 local
        ("Australia/Sydney", datetime(2026, 4, 4, 21, 30, tzinfo=UTC), "2026-04-04T22:00:00"),
        ("Australia/Sydney", datetime(2026, 10, 3, 20, 30, tzinfo=UTC), "2026-10-03T21:00:00"),
    ],
)
def test_a_check_in_outside_texting_hours_waits_for_8_am_local_across_dst(
    config: Config,
    db: sqlite_utils.Database,
    twilio: TwilioStandIn,
    zone: str,
    now: datetime,
    deferred_to: str,
) -> None:
    settings = twilio_config(config, twilio, max_per_second=50)
    [phone] = enroll_due(db, settings, 1, now, timezone=zone)
    [row] = due_rows(db, now)
    clock = Clock(now)

    counts = run_once(settings, twilio, clock)

    assert counts["deferred"] == 1 and counts["sent"] == 0
    deferred = rows_by_id(db, [row["id"]])[row["id"]]
    assert deferred["send_at"] == deferred_to + "+00:00"
    assert (deferred["status"], deferred["attempts"]) == ("scheduled", 0)
    assert twilio.requests == 0

    clock.now = datetime.fromisoformat(deferred["send_at"]) - timedelta(seconds=1)
    assert run_once(settings, twilio, clock)["sent"] == 0
    clock.now = datetime.fromisoformat(deferred["send_at"])
    assert run_once(settings, twilio, clock)["sent"] == 1
    assert texts_per_phone(twilio) == {phone: 1}


@pytest.mark.parametrize(("hours_late", "status"), [(23, "sent"), (25, "skipped")])
def test_a_check_in_more_than_a_day_late_is_skipped_not_sent(
    config: Config, db: sqlite_utils.Database, twilio: TwilioStandIn, hours_late: int, status: str
) -> None:
    settings = twilio_config(config, twilio, max_per_second=50)
    planned = START - timedelta(hours=hours_late)
    [phone] = enroll_due(db, settings, 1, planned)
    [row] = due_rows(db, planned)

    run_once(settings, twilio, Clock(START))

    assert rows_by_id(db, [row["id"]])[row["id"]]["status"] == status
    assert texts_per_phone(twilio) == ({phone: 1} if status == "sent" else {})


def test_a_patient_who_opted_out_after_planning_gets_nothing(
    config: Config, db: sqlite_utils.Database, twilio: TwilioStandIn
) -> None:
    settings = twilio_config(config, twilio, max_per_second=50)
    stopped, fine = enroll_due(db, settings, 2, START)
    [stopped_row, _] = due_rows(db, START)
    db.execute("UPDATE patients SET status = 'opted_out' WHERE phone = ?", [stopped])

    counts = run_once(settings, twilio, Clock(START))

    assert counts["cancelled"] == 1 and counts["sent"] == 1
    assert rows_by_id(db, [stopped_row["id"]])[stopped_row["id"]]["status"] == "cancelled"
    assert texts_per_phone(twilio) == {fine: 1}


def planned_lookups(db: sqlite_utils.Database, work: Any) -> list[str]:
    """Run `work` in a transaction that is rolled back; return SQLite's plan for each UPDATE."""
    issued: list[str] = []
    db.conn.set_trace_callback(issued.append)
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        work()
        db.conn.execute("ROLLBACK")
    finally:
        db.conn.set_trace_callback(None)
    updates = [sql for sql in issued if sql.lstrip().upper().startswith("UPDATE OUTBOX")]
    assert updates
    return [row[3] for sql in updates for row in db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()]


@pytest.mark.parametrize(
    "work",
    [
        pytest.param(
            lambda db: dispatch_store.claim_due(
                db, now=START, owner="me", lease_until=START + timedelta(minutes=2), limit=100
            ),
            id="claim-due",
        ),
        pytest.param(lambda db: dispatch_store.release(db, "me", START), id="release"),
        pytest.param(lambda db: outbox_store.cancel_unsent(db, 1, START), id="cancel-unsent"),
    ],
)
def test_the_outbox_lookups_do_not_walk_every_unsent_text(
    config: Config, db: sqlite_utils.Database, work: Any
) -> None:
    """A tick's cost must not grow with the outbox (DESIGN, "Scale").

    `provider_sid IS NULL` matches every text not yet sent, cancelled or skipped, and they
    pile up; SQLite nonetheless picks the UNIQUE index on provider_sid for it (it takes an
    equality on a unique index for one row), so the lookup walks all of them: 90 ms a tick
    with 300,000 such rows in a 1,000,000-row outbox (bench/bench_dispatch.py), inside the
    write lock the webhook also needs.
    """
    enroll_due(db, config, 3, START)
    plan = planned_lookups(db, lambda: work(db))
    assert [step for step in plan if "provider_sid" in step or step.startswith("SCAN")] == []


def test_a_text_whose_answer_timed_out_is_not_sent_again(
    config: Config, db: sqlite_utils.Database
) -> None:
    """The provider got the request but its answer came after our timeout (a slow Twilio).

    The text may well have gone out, as the gateway itself reasons for an unreadable answer;
    sending it again on the next try texts the patient twice, and "failed" with a nurse flag
    is then untrue as well.
    """
    with TwilioStandIn(latency=0.6) as twilio:
        settings = twilio_config(config, twilio, max_per_second=50, max_attempts=2)
        [phone] = enroll_due(db, settings, 1, START)
        gateway = TwilioGateway(
            account_sid=twilio.account_sid,
            auth_token=twilio.auth_token,
            from_number=CLINIC_NUMBER,
            api_base_url=twilio.base_url,
            timeout=0.3,
        )
        sender = Dispatcher(settings, gateway, clock=Clock(START), retry_base_seconds=0)
        try:
            sender.run_pass()
        finally:
            sender.close()
    # the stand-in has finished every request it was sent
    assert texts_per_phone(twilio)[phone] == 1
