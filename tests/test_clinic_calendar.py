"""Opening hours, holidays, closures and DST in the clinic's own zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.config import Clinic
from bot.domain.clinic_calendar import closed_reason, is_open, next_opening
from tests.helpers.clinics import (
    CLINIC,
    SYDNEY_CLINIC,
    WEEKDAY_HOURS,
    chicago,
    sydney,
)

NO_HOLIDAYS = Clinic(timezone="America/Chicago", hours=WEEKDAY_HOURS, holidays="")


def utc(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# (moment, why the clinic is closed or None when open); 2026: Mar 8 and Nov 1 are
# the Sundays the US clocks change, so Mar 9 is CDT (UTC-5) and Nov 2 is CST (UTC-6).
CALENDAR = [
    pytest.param(chicago(2026, 3, 4, 10, 0), None, id="wednesday-in-hours"),
    pytest.param(utc(2026, 3, 4, 16, 0), None, id="wednesday-in-hours-utc"),
    pytest.param(chicago(2026, 3, 4, 7, 59), "outside hours", id="before-opening"),
    pytest.param(utc(2026, 3, 4, 13, 59), "outside hours", id="before-opening-utc"),
    pytest.param(chicago(2026, 3, 4, 8, 0), None, id="at-opening"),
    pytest.param(utc(2026, 3, 4, 14, 0), None, id="at-opening-utc"),
    pytest.param(chicago(2026, 3, 4, 16, 59), None, id="before-closing"),
    pytest.param(chicago(2026, 3, 4, 17, 0), "outside hours", id="at-closing"),
    pytest.param(utc(2026, 3, 4, 23, 0), "outside hours", id="at-closing-utc"),
    pytest.param(chicago(2026, 3, 4, 2, 0), "outside hours", id="night"),
    pytest.param(utc(2026, 3, 5, 2, 0), "outside hours", id="evening-utc-next-day"),
    pytest.param(chicago(2026, 3, 7, 10, 0), "weekend", id="saturday"),
    pytest.param(chicago(2026, 11, 26, 10, 0), "holiday: Thanksgiving Day", id="thanksgiving"),
    pytest.param(utc(2026, 11, 26, 16, 0), "holiday: Thanksgiving Day", id="thanksgiving-utc"),
    pytest.param(chicago(2026, 12, 25, 10, 0), "holiday: Christmas Day", id="christmas"),
    pytest.param(chicago(2026, 7, 3, 10, 0), "holiday: Independence Day (observed)", id="observed"),
    pytest.param(chicago(2027, 1, 1, 10, 0), "holiday: New Year's Day", id="next-year-holiday"),
    pytest.param(chicago(2026, 12, 24, 10, 0), "closure", id="closure"),
    pytest.param(chicago(2026, 3, 8, 10, 0), "weekend", id="dst-start-sunday"),
    pytest.param(chicago(2026, 11, 1, 10, 0), "weekend", id="dst-end-sunday"),
    pytest.param(chicago(2026, 3, 9, 8, 30), None, id="monday-after-dst-start"),
    pytest.param(utc(2026, 3, 9, 13, 30), None, id="monday-after-dst-start-utc"),
    # 07:30 CDT; read with last week's CST offset it would look like 06:30.
    pytest.param(utc(2026, 3, 9, 12, 30), "outside hours", id="dst-start-0730-utc"),
    # 17:30 CDT; read as CST it would look like 16:30, still open.
    pytest.param(utc(2026, 3, 9, 22, 30), "outside hours", id="dst-start-1730-utc"),
    pytest.param(chicago(2026, 11, 2, 8, 30), None, id="monday-after-dst-end"),
    pytest.param(utc(2026, 11, 2, 14, 30), None, id="monday-after-dst-end-utc"),
    # 07:30 CST; read with last week's CDT offset it would look like 08:30, open.
    pytest.param(utc(2026, 11, 2, 13, 30), "outside hours", id="dst-end-0730-utc"),
]


@pytest.mark.parametrize(("moment", "reason"), CALENDAR)
def test_calendar(moment: datetime, reason: str | None) -> None:
    assert closed_reason(moment, CLINIC) == reason
    assert is_open(moment, CLINIC) is (reason is None)


def test_no_holidays_means_open_on_thanksgiving() -> None:
    assert is_open(chicago(2026, 11, 26, 10, 0), NO_HOLIDAYS)


def test_closure_closes_a_day_that_is_not_a_holiday() -> None:
    assert is_open(chicago(2026, 12, 23, 10, 0), CLINIC)
    assert not is_open(chicago(2026, 12, 24, 10, 0), CLINIC)
    assert is_open(chicago(2026, 12, 24, 10, 0), NO_HOLIDAYS)


SYDNEY_CALENDAR = [
    pytest.param(sydney(2026, 3, 4, 10, 0), None, id="wednesday-in-hours"),
    pytest.param(sydney(2026, 4, 3, 10, 0), "holiday: Good Friday", id="good-friday"),
    pytest.param(sydney(2026, 4, 6, 10, 0), "holiday: Easter Monday", id="easter-monday"),
    # Still Easter Monday in UTC, but Tuesday 08:30 AEST in Sydney.
    pytest.param(utc(2026, 4, 6, 22, 30), None, id="tuesday-morning-utc"),
    pytest.param(utc(2026, 4, 6, 21, 30), "outside hours", id="tuesday-0730-utc"),
    pytest.param(sydney(2026, 10, 5, 10, 0), "holiday: Labor Day", id="labour-day"),
    # Sydney clocks went forward on Sunday 2026-10-04: Tuesday 08:00 is 21:00Z (AEDT, +11).
    pytest.param(utc(2026, 10, 5, 21, 0), None, id="after-dst-start-utc"),
    pytest.param(utc(2026, 10, 5, 20, 59), "outside hours", id="after-dst-start-0759-utc"),
]


@pytest.mark.parametrize(("moment", "reason"), SYDNEY_CALENDAR)
def test_calendar_in_sydney(moment: datetime, reason: str | None) -> None:
    assert closed_reason(moment, SYDNEY_CLINIC) == reason


NEXT_OPENING = [
    pytest.param(CLINIC, chicago(2026, 3, 4, 7, 0), chicago(2026, 3, 4, 8, 0), id="same-morning"),
    pytest.param(CLINIC, chicago(2026, 3, 4, 8, 0), chicago(2026, 3, 4, 8, 0), id="at-opening"),
    pytest.param(CLINIC, chicago(2026, 3, 4, 10, 0), chicago(2026, 3, 5, 8, 0), id="while-open"),
    pytest.param(CLINIC, chicago(2026, 3, 7, 10, 0), chicago(2026, 3, 9, 8, 0), id="weekend"),
    pytest.param(
        CLINIC, chicago(2026, 11, 25, 17, 0), chicago(2026, 11, 27, 8, 0), id="thanksgiving"
    ),
    # Closure Thu 24th, Christmas Fri 25th, then the weekend.
    pytest.param(
        CLINIC, chicago(2026, 12, 23, 17, 0), chicago(2026, 12, 28, 8, 0), id="christmas-weekend"
    ),
    pytest.param(
        CLINIC, utc(2026, 12, 24, 3, 0), chicago(2026, 12, 28, 8, 0), id="christmas-weekend-utc"
    ),
    # Good Friday to Easter Monday, with Sydney's clocks going back on Easter Sunday.
    pytest.param(
        SYDNEY_CLINIC, sydney(2026, 4, 2, 17, 0), sydney(2026, 4, 7, 8, 0), id="sydney-easter"
    ),
]


@pytest.mark.parametrize(("clinic", "now", "opening"), NEXT_OPENING)
def test_next_opening(clinic: Clinic, now: datetime, opening: datetime) -> None:
    found = next_opening(now, clinic)
    assert found == opening
    assert found is not None and found.tzinfo == clinic.zone
    assert is_open(found, clinic)
    assert not is_open(found - timedelta(minutes=1), clinic)


def test_next_opening_crosses_dst_start() -> None:
    found = next_opening(chicago(2026, 3, 6, 17, 0), CLINIC)
    assert found == utc(2026, 3, 9, 13, 0)
    assert found is not None and found.utcoffset() == timedelta(hours=-5)


def test_next_opening_is_none_for_a_clinic_that_never_opens() -> None:
    assert next_opening(chicago(2026, 3, 4, 10, 0), Clinic(hours={})) is None


def test_next_opening_gives_up_after_about_two_months() -> None:
    mondays = tuple(date(2026, 3, 9) + timedelta(weeks=n) for n in range(12))
    mondays_only = Clinic(hours={0: (time(8), time(17))}, holidays="", closures=mondays)
    assert next_opening(chicago(2026, 3, 4, 10, 0), mondays_only) is None


def test_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="no time zone"):
        is_open(datetime(2026, 3, 4, 10, 0), CLINIC)
