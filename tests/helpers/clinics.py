"""The clinics the calendar and routing tests are set in, and their local clocks."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.config import Clinic

CHICAGO = ZoneInfo("America/Chicago")
SYDNEY = ZoneInfo("Australia/Sydney")
WEEKDAY_HOURS = {day: (time(8), time(17)) for day in range(5)}

CLINIC = Clinic(
    name="Lakeside Spine & Pain",
    phone="+13125550100",
    timezone="America/Chicago",
    hours=WEEKDAY_HOURS,
    holidays="US",
    closures=(date(2026, 12, 24),),
)
SYDNEY_CLINIC = Clinic(
    name="Harbour Pain Clinic",
    phone="+61293824000",
    timezone="Australia/Sydney",
    hours=WEEKDAY_HOURS,
    holidays="AU",
    holidays_subdivision="NSW",
)


def chicago(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=CHICAGO)


def sydney(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SYDNEY)
