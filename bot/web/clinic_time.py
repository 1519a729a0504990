"""Show times and numbers as the desk reads them: the clinic's local time, US phones."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.domain.phones import display_phone
from bot.store import from_db_time
from bot.web.request_context import settings
from bot.web.strings import text


def zone() -> ZoneInfo:
    """Return the clinic's time zone."""
    return settings().clinic.zone


def local(stamp: str | datetime | None) -> datetime | None:
    """Return a stored UTC time in the clinic's zone."""
    if stamp is None or stamp == "":
        return None
    moment = from_db_time(stamp) if isinstance(stamp, str) else stamp
    return moment.astimezone(zone())


def when(stamp: str | datetime | None) -> str:
    """Format a stored time as 'Wed 4 Mar, 10:05 CST' in the clinic's zone."""
    moment = local(stamp)
    if moment is None:
        return ""
    return f"{_weekday(moment)} {moment.day} {_month(moment)}, {moment:%H:%M %Z}"


def iso(stamp: str | datetime | None) -> str:
    """Return the clinic-local ISO time, for a <time datetime=...> attribute."""
    moment = local(stamp)
    return moment.isoformat(timespec="minutes") if moment else ""


def day(value: str | date) -> str:
    """Format a date as 'Wed 4 Mar 2026'."""
    chosen = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{_weekday(chosen)} {chosen.day} {_month(chosen)} {chosen.year}"


def short_day(chosen: date) -> str:
    """Format a date as 'Wed 4 Mar'."""
    return f"{_weekday(chosen)} {chosen.day} {_month(chosen)}"


def _weekday(chosen: date) -> str:
    return text("date.weekdays").split()[chosen.weekday()]


def _month(chosen: date) -> str:
    return text("date.months").split()[chosen.month - 1]


def phone(number: str | None) -> str:
    """Format a stored E.164 number for reading aloud on the phone."""
    return display_phone(number) if number else ""


def age(stamp: str, now: datetime) -> str:
    """Say how long ago a stored time was: '4 min', '3 h 10 min', '2 days'."""
    minutes = max(0, int((now - from_db_time(stamp)).total_seconds() // 60))
    if minutes < 60:
        return text("age.minutes", n=minutes)
    if minutes < 3 * 60:
        return text("age.hours_minutes", h=minutes // 60, m=minutes % 60)
    if minutes < 24 * 60:
        return text("age.hours", h=minutes // 60)
    return text("age.days", n=minutes // (24 * 60)) if minutes >= 48 * 60 else text("age.day")
