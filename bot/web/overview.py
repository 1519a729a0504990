"""The overview (`/overview`): the last 30 days, per day, as charts with the numbers beside."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from time import monotonic

import sqlite_utils
from flask import Blueprint, render_template
from flask.typing import ResponseReturnValue

from bot.services import nurse_actions
from bot.store import overview_stats
from bot.web import charts
from bot.web.request_context import get_db, now, settings
from bot.web.security import nurse, signed_in_required

overview = Blueprint("overview", __name__)
DAYS = 30
LEVELS = ("emergency", "urgent", "routine")
# A finished day changes little (a late acknowledgement, a late delivery receipt), and
# counting its replies to check-ins costs hundreds of milliseconds at a health system's
# size: finished days are kept this long per process; today is always counted afresh.
PAST_DAY_SECONDS = 600.0
_past_days: dict[tuple[str, str, date], tuple[float, overview_stats.DayCounts]] = {}
_past_days_lock = threading.Lock()


@dataclass(frozen=True)
class Day:
    """One day's figures as the page shows them."""

    day: date
    check_ins: int
    reply_rate: float | None
    flags: dict[str, int]
    median_ack: float | None
    p90_ack: float | None
    undelivered: int


def percentile(values: list[float], share: float) -> float | None:
    """Return the value below which `share` of the values lie (nearest rank)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-int(share * 100) * len(ordered) // 100))  # ceil(share * n)
    return round(ordered[rank - 1], 1)


def figures(today: date) -> tuple[list[Day], list[float]]:
    """Compute the last DAYS days up to today, in the clinic's zone; and every ack time."""
    zone = settings().clinic.zone
    db = get_db()
    days, acks = [], []
    for offset in range(DAYS - 1, -1, -1):
        chosen = today - timedelta(days=offset)
        start = datetime.combine(chosen, time(0), zone)
        end = datetime.combine(chosen + timedelta(days=1), time(0), zone)
        raw = _counts(db, chosen, start, end, finished=chosen < today)
        acks.extend(raw.minutes_to_ack)
        days.append(
            Day(
                day=chosen,
                check_ins=raw.check_ins,
                reply_rate=round(100 * raw.answered / raw.check_ins, 1) if raw.check_ins else None,
                flags={level: raw.flags.get(level, 0) for level in LEVELS},
                median_ack=percentile(raw.minutes_to_ack, 0.5),
                p90_ack=percentile(raw.minutes_to_ack, 0.9),
                undelivered=raw.undelivered,
            )
        )
    return days, acks


def _counts(
    db: sqlite_utils.Database, chosen: date, start: datetime, end: datetime, *, finished: bool
) -> overview_stats.DayCounts:
    key = (settings().database.path, settings().clinic.timezone, chosen)
    if finished:
        with _past_days_lock:
            kept = _past_days.get(key)
        if kept is not None and monotonic() - kept[0] < PAST_DAY_SECONDS:
            return kept[1]
    counts = overview_stats.day_counts(db, start, end)
    if finished:
        with _past_days_lock:
            _past_days[key] = (monotonic(), counts)
    return counts


@overview.get("/overview")
@signed_in_required
def overview_page() -> ResponseReturnValue:
    """Show the last 30 days."""
    days, acks = figures(settings().clinic.today(now()))
    nurse_actions.record_view(get_db(), nurse(), "overview", now())
    dates = [d.day for d in days]
    sent = sum(d.check_ins for d in days)
    return render_template(
        "overview.html",
        days=days,
        zone=settings().clinic.timezone,
        bar_width=charts.bar_width(len(days)),
        check_ins=charts.daily_chart(
            dates, stacked=[("check-ins", "bar-checkins", [d.check_ins for d in days])]
        ),
        reply_rate=charts.daily_chart(
            dates, lines=[("reply rate", "line-rate", [d.reply_rate for d in days])], top=100
        ),
        flags=charts.daily_chart(
            dates,
            stacked=[(level, f"bar-{level}", [d.flags[level] for d in days]) for level in LEVELS],
        ),
        ack=charts.daily_chart(
            dates,
            lines=[
                ("median", "line-median", [d.median_ack for d in days]),
                ("p90", "line-p90", [d.p90_ack for d in days]),
            ],
        ),
        undelivered=charts.daily_chart(
            dates, stacked=[("undelivered", "bar-undelivered", [d.undelivered for d in days])]
        ),
        totals={
            "check_ins": sent,
            "reply_rate": _overall_rate(days),
            "flags": {level: sum(d.flags[level] for d in days) for level in LEVELS},
            "undelivered": sum(d.undelivered for d in days),
            "median_ack": percentile(acks, 0.5),
        },
    )


def _overall_rate(days: list[Day]) -> float | None:
    sent = sum(d.check_ins for d in days)
    answered = sum((d.reply_rate or 0) * d.check_ins / 100 for d in days)
    return round(100 * answered / sent, 1) if sent else None
