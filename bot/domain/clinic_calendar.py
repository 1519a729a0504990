"""Say whether the clinic is open at a given moment, and when it next opens.

Pure: the moment is a parameter and must be timezone-aware. The clinic's weekly
hours are read in the clinic's own zone, opening time inclusive and closing time
exclusive. A public holiday (the ``holidays`` package) or one of the clinic's own
closures closes the clinic all day, whatever the weekly hours say.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from types import MappingProxyType

import holidays

from bot.config import Clinic

# Long enough to cross any run of holidays and closures a clinic would have;
# a clinic with no open day in this window is treated as never opening.
SCAN_DAYS = 62


def is_open(now: datetime, clinic: Clinic) -> bool:
    """Return whether the clinic is open at ``now``."""
    return closed_reason(now, clinic) is None


def closed_reason(now: datetime, clinic: Clinic) -> str | None:
    """Return why the clinic is closed at ``now`` for the nurses, or None when open."""
    local = _local(now, clinic)
    reason = _day_closed_reason(local.date(), clinic)
    if reason is not None:
        return reason
    span = clinic.hours.get(local.weekday())
    if span is None:
        return "weekend" if local.weekday() >= 5 else "outside hours"
    opens, closes = span
    if opens <= local.time() < closes:
        return None
    return "outside hours"


def next_opening(now: datetime, clinic: Clinic) -> datetime | None:
    """Return when the clinic next opens at or after ``now``, in the clinic's zone."""
    local = _local(now, clinic)
    if not clinic.hours:
        return None
    for offset in range(SCAN_DAYS + 1):
        day = local.date() + timedelta(days=offset)
        span = clinic.hours.get(day.weekday())
        if span is None or _day_closed_reason(day, clinic) is not None:
            continue
        # Round-trip through UTC so an opening time that falls in a DST gap
        # becomes the real instant the wall clock shows it.
        opening = datetime.combine(day, span[0], tzinfo=clinic.zone)
        opening = opening.astimezone(UTC).astimezone(clinic.zone)
        if opening >= now:
            return opening
    return None


def holiday_name(day: date, clinic: Clinic) -> str | None:
    """Return the name of the public holiday on ``day`` for the clinic, or None."""
    if not clinic.holidays:
        return None
    return _holidays(clinic.holidays, clinic.holidays_subdivision, day.year).get(day)


def _day_closed_reason(day: date, clinic: Clinic) -> str | None:
    if day in clinic.closures:
        return "closure"
    name = holiday_name(day, clinic)
    return None if name is None else f"holiday: {name}"


def _local(now: datetime, clinic: Clinic) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"The time {now.isoformat()} has no time zone; pass an aware datetime.")
    return now.astimezone(clinic.zone)


@lru_cache(maxsize=64)
def _holidays(country: str, subdivision: str, year: int) -> Mapping[date, str]:
    # Building a country's calendar is slow, and a HolidayBase grows itself on
    # lookups of other years, so keep a read-only copy per country and year.
    calendar = holidays.country_holidays(country, subdiv=subdivision or None, years=year)
    return MappingProxyType(dict(calendar))
