"""The clock that drives the bot: APScheduler ticking the dispatcher and the follow-ups."""

from __future__ import annotations

import logging
from collections.abc import Callable

from apscheduler.schedulers.background import BackgroundScheduler

from bot.config import Config
from bot.dispatch import Dispatcher

log = logging.getLogger(__name__)


def make_scheduler(
    config: Config,
    dispatcher: Dispatcher,
    extra_jobs: dict[str, Callable[[], object]] | None = None,
) -> BackgroundScheduler:
    """Build a scheduler that runs one dispatch pass every tick (never two at once)."""
    scheduler = BackgroundScheduler(
        timezone="UTC",
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 30},
    )
    jobs: dict[str, Callable[[], object]] = {"dispatch": dispatcher.run_pass}
    jobs.update(extra_jobs or {})
    for job_id, job in jobs.items():
        scheduler.add_job(
            _logged(job_id, job),
            "interval",
            seconds=config.sms.tick_seconds,
            id=job_id,
            replace_existing=True,
        )
    return scheduler


def _logged(job_id: str, job: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        try:
            outcome = job()
        except Exception:
            # keep ticking: the outbox is the source of truth, the next tick tries again
            log.exception("scheduled job %s failed", job_id)
            return
        as_dict = getattr(outcome, "as_dict", None)
        if callable(as_dict) and any(as_dict().values()):
            log.info("%s: %s", job_id, as_dict())

    return run
