"""The clock that drives the bot: APScheduler ticking the dispatcher and the follow-ups.

Routine ticks log at DEBUG. A job that keeps failing (the database is read-only, the disk
is full) says so once a minute, with how many ticks failed since, and once when it
recovers: an IT person reading the log at 3 a.m. sees what is wrong, not a wall of it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils
from apscheduler.schedulers.background import BackgroundScheduler

from bot.config import Config
from bot.services.escalation import escalate_due
from bot.services.follow_up import complete_patients, follow_up
from bot.services.inbound_reply import finish_unfinished
from bot.services.sending import Dispatcher
from bot.services.unstored import replay_spool
from bot.store import open_db
from bot.store.spool import Spool, spool_dir

log = logging.getLogger(__name__)
FOLLOW_UP_SECONDS = 300.0
SPOOL_SECONDS = 5.0
AT_START = ("dispatch", "replay spooled replies", "read unfinished replies")
REPEAT_EVERY = 60.0  # seconds between two log lines about the same failing job


def make_scheduler(config: Config, dispatcher: Dispatcher) -> BackgroundScheduler:
    """Build a scheduler: dispatch and escalation every tick, non-response every 5 minutes."""
    # APScheduler logs every job run at INFO, and a pass longer than a tick as a WARNING on
    # every tick; our jobs report their own failures (see Reported)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    scheduler = BackgroundScheduler(
        timezone="UTC",
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 30},
    )
    spool = Spool(spool_dir(config.database))
    jobs: list[tuple[str, Callable[[], object], float]] = [
        ("dispatch", dispatcher.run_pass, config.sms.tick_seconds),
        ("escalate", _with_db(config, escalate_due), config.sms.tick_seconds),
        ("replay spooled replies", _with_db(config, _replay(spool)), SPOOL_SECONDS),
        ("read unfinished replies", _with_db(config, finish_unfinished), FOLLOW_UP_SECONDS),
        ("follow-up", _with_db(config, follow_up), FOLLOW_UP_SECONDS),
        ("complete", _with_db(config, complete_patients), FOLLOW_UP_SECONDS),
    ]
    started = datetime.now(UTC)
    for name, job, seconds in jobs:
        # texts spooled before a restart are stored (and alerts sent) at once
        first = {"next_run_time": started} if name in AT_START else {}
        scheduler.add_job(
            Reported(name, job),
            "interval",
            seconds=seconds,
            id=name,
            name=name,
            replace_existing=True,
            **first,
        )
    dispatcher.alert_lane_error = Reported("alert lane", lambda: None).failed
    return scheduler


def wake(dispatcher: Dispatcher) -> Callable[[], None]:
    """Return a function that sends queued alerts now instead of at the next tick."""
    return dispatcher.wake_alerts


def _replay(spool: Spool) -> Callable[[sqlite_utils.Database, Config, datetime], object]:
    def run(db: sqlite_utils.Database, config: Config, _now: datetime) -> object:
        return {"replayed": replay_spool(db, config, spool)}

    return run


def _with_db(
    config: Config, job: Callable[[sqlite_utils.Database, Config, datetime], object]
) -> Callable[[], object]:
    def run() -> object:
        db = open_db(config.database.path, migrate=False)
        try:
            return job(db, config, datetime.now(UTC))
        finally:
            db.conn.close()

    return run


class Reported:
    """A job that logs what it did at DEBUG, and a failure once a minute, not every tick."""

    def __init__(self, name: str, job: Callable[[], object]):
        self.name = name
        self.job = job
        self.failures = 0
        self.last_said = -REPEAT_EVERY
        self.__name__ = name  # what APScheduler shows for the job

    def __call__(self) -> None:
        try:
            outcome = self.job()
        except Exception as ex:
            # keep ticking: the outbox is the source of truth, the next tick tries again
            self.failed(ex)
            return
        if self.failures:
            log.warning("%s works again after %s failed ticks", self.name, self.failures)
            self.failures = 0
            self.last_said = -REPEAT_EVERY
        as_dict = getattr(outcome, "as_dict", None)
        counts = as_dict() if callable(as_dict) else outcome
        if isinstance(counts, dict):
            counts = {key: value for key, value in counts.items() if value}
        if counts:
            log.debug("%s: %s", self.name, counts)

    def failed(self, ex: BaseException) -> None:
        """Count a failure; say it if nothing was said about this job for a minute."""
        self.failures += 1
        moment = time.monotonic()
        if moment - self.last_said < REPEAT_EVERY:
            return
        self.last_said = moment
        since = f" ({self.failures} failed ticks so far)" if self.failures > 1 else ""
        log.error("%s cannot run: %s%s", self.name, _why(ex), since, exc_info=self.failures == 1)


def _why(ex: BaseException) -> str:
    text = str(ex).strip()
    return f"{type(ex).__name__}: {text}" if text else type(ex).__name__
