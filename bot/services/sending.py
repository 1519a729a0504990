"""Send due texts from the outbox: claimed under a lease, paced under the provider's cap.

One pass claims every due text (a row whose lease expired counts as due: its worker
died), re-checks texting hours and the patient's status, then hands the texts to a
bounded pool of senders that never start more than ``max_per_second`` a second.
Alerts to the on-call phone have a lane of their own: a thread that claims only alerts,
wakes the moment one is queued (and polls twice a second for other processes' alerts),
sends outside the pool and takes the next slot of the shared rate cap before any check-in.
The provider's SID is stored the moment it answers; a row with a SID is never sent again.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.config import Config
from bot.domain.outbox_kinds import PLANNED_KINDS
from bot.domain.plan import next_allowed
from bot.domain.protocols import QUIET_END, QUIET_START
from bot.errors import SendError, TemporarySendError
from bot.services.rate_limit import RateLimiter, slot_file_for
from bot.services.send_failures import RetryPolicy, record_failure
from bot.services.undelivered import text_not_delivered
from bot.sms.gateway import Accepted, Gateway
from bot.sms.twilio_codes import PERMANENT_CODES
from bot.store import dispatch as dispatch_store
from bot.store import open_db, transaction

log = logging.getLogger(__name__)

LATE_LIMIT = timedelta(days=1)
CLOCK_SKEW = timedelta(minutes=10)  # between our clock and the provider's date_created
ALERT_POLL_SECONDS = 0.5  # the alert lane looks for alerts queued by other processes
ALERT_BATCH = 20
ALERT_LEASE = timedelta(seconds=15)  # above the gateway's 10 s request timeout


@dataclass
class PassResult:
    """What one dispatch pass did."""

    sent: int = 0
    duplicates: int = 0
    retrying: int = 0
    failed: int = 0
    skipped: int = 0
    deferred: int = 0
    cancelled: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, outcome: str) -> None:
        """Count one text's outcome."""
        with self.lock:
            setattr(self, outcome, getattr(self, outcome) + 1)

    def as_dict(self) -> dict[str, int]:
        """Return the counts."""
        keys = ("sent", "duplicates", "retrying", "failed", "skipped", "deferred", "cancelled")
        return {key: getattr(self, key) for key in keys}


class Dispatcher:
    """Claim due outbox rows and send them through the gateway, once each."""

    def __init__(
        self,
        config: Config,
        gateway: Gateway,
        *,
        clock: Callable[[], datetime],
        retry_base_seconds: float = 30.0,
        retry_cap_seconds: float = 1800.0,
        owner: str | None = None,
    ):
        self.config = config
        self.gateway = gateway
        self.clock = clock
        self.retry_base = retry_base_seconds
        self.retry_cap = retry_cap_seconds
        self.owner = owner or f"dispatcher-{uuid.uuid4().hex[:12]}"
        self.limiter = RateLimiter(config.sms.max_per_second, slot_file_for(config.database.path))
        self.pool = ThreadPoolExecutor(config.sms.max_in_flight, thread_name_prefix="send")
        self.stopping = threading.Event()
        self.status_callback = (
            f"{config.server.public_url}/twilio/status" if gateway.name == "twilio" else None
        )
        self._local = threading.local()
        self._connections: list[sqlite_utils.Database] = []
        self._connections_lock = threading.Lock()
        self._random = random.Random()
        self._alert_wake = threading.Event()
        self._alert_lane: threading.Thread | None = None
        self.alert_lane_error: Callable[[BaseException], None] | None = None

    def db(self) -> sqlite_utils.Database:
        """Return this thread's own connection (SQLite connections are not shared)."""
        conn: sqlite_utils.Database | None = getattr(self._local, "db", None)
        if conn is None:
            conn = open_db(self.config.database.path, migrate=False)
            self._local.db = conn
            with self._connections_lock:
                self._connections.append(conn)
        return conn

    def run_pass(self) -> PassResult:
        """Send alerts, then everything due now (and retries due meanwhile); wait for it."""
        try:
            result = self.run_alert_pass()
            self._run_check_ins(result)
            db = self.db()
            with transaction(db):
                dispatch_store.beat(db, "dispatch", self.clock())
            return result
        except sqlite3.Error:
            self._forget_connection()  # e.g. opened read-only: the next pass opens anew
            raise

    def run_alert_pass(self, result: PassResult | None = None) -> PassResult:
        """Send every due alert to the on-call phone, one by one, ahead of any check-in."""
        result = result or PassResult()
        while not self.stopping.is_set():
            now = self.clock()
            # short: an alert claimed by a process that died goes out again within seconds
            lease_until = now + ALERT_LEASE
            db = self.db()
            with transaction(db):
                claimed = dispatch_store.claim_due(
                    db,
                    now=now,
                    owner=self.owner,
                    lease_until=lease_until,
                    limit=ALERT_BATCH,
                    alerts=True,
                )
            if not claimed:
                break
            for row in claimed:
                self._send_one(row, result, urgent=True)
        return result

    def _run_check_ins(self, result: PassResult) -> None:
        batch = max(
            self.config.sms.max_in_flight,
            int(self.config.sms.max_per_second * self.config.sms.lease_seconds / 2),
        )
        while not self.stopping.is_set():
            now = self.clock()
            lease_until = now + timedelta(seconds=self.config.sms.lease_seconds)
            db = self.db()
            with transaction(db):
                claimed = dispatch_store.claim_due(
                    db, now=now, owner=self.owner, lease_until=lease_until, limit=batch
                )
                statuses = dispatch_store.patient_statuses(
                    db, [r["patient_id"] for r in claimed if r["patient_id"] is not None]
                )
                to_send = [r for r in claimed if self._ready(db, r, statuses, now, result)]
            if not claimed:
                break
            futures: list[Future[None]] = [
                self.pool.submit(self._send_one, row, result) for row in to_send
            ]
            for future in futures:
                future.result()

    def start_alert_lane(self) -> None:
        """Start the thread that sends alerts the moment they are queued."""
        if self._alert_lane is None:
            self._alert_lane = threading.Thread(
                target=self._alert_lane_loop, name="alert-lane", daemon=True
            )
            self._alert_lane.start()

    def wake_alerts(self) -> None:
        """Tell the alert lane an alert was just queued."""
        self._alert_wake.set()

    def _alert_lane_loop(self) -> None:
        while not self.stopping.is_set():
            self._alert_wake.wait(ALERT_POLL_SECONDS)
            self._alert_wake.clear()
            if self.stopping.is_set():
                break
            try:
                self.run_alert_pass()
            except Exception as ex:  # keep the lane alive; the next poll tries again
                if isinstance(ex, sqlite3.Error):
                    self._forget_connection()
                if self.alert_lane_error is not None:
                    self.alert_lane_error(ex)
                else:
                    log.exception("the alert lane failed")

    def _forget_connection(self) -> None:
        conn: sqlite_utils.Database | None = getattr(self._local, "db", None)
        if conn is None:
            return
        self._local.db = None
        with self._connections_lock:
            if conn in self._connections:
                self._connections.remove(conn)
        conn.conn.close()

    def _ready(
        self,
        db: sqlite_utils.Database,
        row: dict[str, Any],
        statuses: dict[int, str],
        now: datetime,
        result: PassResult,
    ) -> bool:
        """Re-check the patient and texting hours at send time; False if it must not go now."""
        if row["kind"] not in PLANNED_KINDS:
            return True
        ending = None
        status = statuses.get(row["patient_id"]) if row["patient_id"] is not None else "active"
        if status != "active":
            ending = ("cancelled", f"patient is {status}")
        elif now - datetime.fromisoformat(row["planned_at"]) > LATE_LIMIT:
            ending = ("skipped", "more than a day late; not sent out of context")
        if ending is not None:
            status, why = ending
            dispatch_store.finish(
                db, row["id"], status=status, now=now, owner=self.owner, error_message=why
            )
            result.add(status)
            return False
        local = now.astimezone(ZoneInfo(row["timezone"]))
        if not QUIET_START <= local.time() < QUIET_END:
            dispatch_store.retry_later(
                db,
                row["id"],
                send_at=next_allowed(local),
                now=now,
                error_code=None,
                error_message=None,
                owner=self.owner,
                count_attempt=False,
            )
            result.add("deferred")
            return False
        return True

    def _send_one(self, row: dict[str, Any], result: PassResult, urgent: bool = False) -> None:
        db = self.db()
        # the row may have waited in the queue past its lease: send only if it is still ours
        lease = ALERT_LEASE if urgent else timedelta(seconds=self.config.sms.lease_seconds)
        lease_until = self.clock() + lease
        with transaction(db):
            mine = dispatch_store.take_for_send(
                db, row["id"], owner=self.owner, lease_until=lease_until
            )
        if not mine:
            log.info("outbox %s was taken over by another worker; not sending", row["id"])
            return
        # the rate check comes last, right before the request, so database waits cannot
        # bunch requests together at the provider
        if not self.limiter.wait(self.stopping, urgent=urgent):
            with transaction(db):
                dispatch_store.retry_later(
                    db,
                    row["id"],
                    send_at=self.clock(),
                    now=self.clock(),
                    error_code=row["error_code"],
                    error_message=row["error_message"],
                    owner=self.owner,
                    count_attempt=False,
                )
            return
        if row["maybe_sent_at"]:
            # an earlier try got no answer: ask the provider before texting the patient again
            since = datetime.fromisoformat(row["maybe_sent_at"]) - CLOCK_SKEW
            try:
                earlier = self.gateway.find_sent(row["to_phone"], row["body"], since=since)
            except SendError as ex:
                self._failed(db, row, ex, result)
                return
            except Exception as ex:  # a look-up bug must not end the pass or lose the row
                log.exception("looking up outbox %s at the provider failed", row["id"])
                error = TemporarySendError(
                    f"unexpected error: {type(ex).__name__}", maybe_sent=True
                )
                self._failed(db, row, error, result)
                return
            if earlier is not None:
                self._record_sent(db, row, earlier, result)
                return
        try:
            accepted = self.gateway.send(
                row["to_phone"], row["body"], status_callback=self.status_callback
            )
        except SendError as ex:
            self._failed(db, row, ex, result)
            return
        except Exception as ex:  # a gateway bug must not kill the dispatcher or lose the row
            log.exception("gateway raised unexpectedly for outbox %s", row["id"])
            error = TemporarySendError(f"unexpected error: {type(ex).__name__}", maybe_sent=True)
            self._failed(db, row, error, result)
            return
        self._record_sent(db, row, accepted, result)

    def _record_sent(
        self, db: sqlite_utils.Database, row: dict[str, Any], accepted: Accepted, result: PassResult
    ) -> None:
        # stored at once and on its own: the window in which the provider has the text but
        # we don't know it is this one statement
        now = self.clock()
        with transaction(db):
            first = dispatch_store.mark_sent(
                db, row["id"], sid=accepted.sid, provider_status=accepted.status, now=now
            )
            if first:
                # a delivery receipt can beat us here; it waited, unmatched, for this SID
                final = dispatch_store.replay_early_events(db, row["id"], accepted.sid, now)
                if final["status"] in ("undelivered", "failed"):
                    text_not_delivered(
                        db,
                        final,
                        code=final["error_code"],
                        what="the carrier reported it undelivered",
                        now=now,
                        permanent=final["error_code"] in PERMANENT_CODES,
                    )
        if not first:
            log.error("outbox %s was sent twice; second SID %s", row["id"], accepted.sid)
            result.add("duplicates")
            return
        log.debug("outbox %s sent as %s", row["id"], accepted.sid)
        result.add("sent")

    def _failed(
        self, db: sqlite_utils.Database, row: dict[str, Any], error: SendError, result: PassResult
    ) -> None:
        log.info("outbox %s not sent: code %s, HTTP %s", row["id"], error.code, error.status)
        policy = RetryPolicy(self.retry_base, self.retry_cap, self.config.sms.max_attempts)
        with transaction(db):
            outcome = record_failure(
                db, row, error, owner=self.owner, now=self.clock(), policy=policy, rng=self._random
            )
        result.add(outcome)

    def stop(self) -> None:
        """Ask a running pass to finish what is in flight and start nothing new."""
        self.stopping.set()

    def close(self) -> None:
        """Stop, wait for in-flight sends, give back leases and close connections."""
        self.stop()
        self._alert_wake.set()
        if self._alert_lane is not None:
            self._alert_lane.join(timeout=30)
            self._alert_lane = None
        self.pool.shutdown(wait=True)
        db = self.db()
        with transaction(db):
            released = dispatch_store.release(db, self.owner, self.clock())
        if released:
            log.info("released %s leases on shutdown", released)
        with self._connections_lock:
            for conn in self._connections:
                conn.conn.close()
            self._connections.clear()
        self._local = threading.local()
        self.limiter.close()
        close_gateway = getattr(self.gateway, "close", None)
        if callable(close_gateway):
            close_gateway()
