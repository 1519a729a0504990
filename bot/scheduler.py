"""The clock that drives the bot: APScheduler ticking the dispatcher and the follow-ups."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils
from apscheduler.schedulers.background import BackgroundScheduler

from bot.config import Config
from bot.services.escalation import escalate_due
from bot.services.follow_up import complete_patients, follow_up
from bot.services.sending import Dispatcher
from bot.store import open_db

log = logging.getLogger(__name__)
FOLLOW_UP_SECONDS = 300.0


def make_scheduler(config: Config, dispatcher: Dispatcher) -> BackgroundScheduler:
    """Build a scheduler: dispatch and escalation every tick, non-response every 5 minutes."""
    scheduler = BackgroundScheduler(
        timezone="UTC",
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 30},
    )
    jobs: list[tuple[str, Callable[[], object], float]] = [
        ("dispatch", dispatcher.run_pass, config.sms.tick_seconds),
        ("escalate", _with_db(config, escalate_due), config.sms.tick_seconds),
        ("follow-up", _with_db(config, follow_up), FOLLOW_UP_SECONDS),
        ("complete", _with_db(config, complete_patients), FOLLOW_UP_SECONDS),
    ]
    for job_id, job, seconds in jobs:
        scheduler.add_job(
            _logged(job_id, job), "interval", seconds=seconds, id=job_id, replace_existing=True
        )
    return scheduler


def wake(scheduler: BackgroundScheduler) -> Callable[[], None]:
    """Return a function that runs the dispatch job now instead of at the next tick."""

    def run_now() -> None:
        if scheduler.running:
            scheduler.modify_job("dispatch", next_run_time=datetime.now(UTC))

    return run_now


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


def _logged(job_id: str, job: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        try:
            outcome = job()
        except Exception:
            # keep ticking: the outbox is the source of truth, the next tick tries again
            log.exception("scheduled job %s failed", job_id)
            return
        as_dict = getattr(outcome, "as_dict", None)
        counts = as_dict() if callable(as_dict) else outcome
        if isinstance(counts, dict):
            counts = {key: value for key, value in counts.items() if value}
        if counts:
            log.info("%s: %s", job_id, counts)

    return run
