"""The settings, as validated values with safe defaults: one dataclass per config section."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Clinic:
    """The clinic as patients and staff know it."""

    name: str = "Aftercare Spine & Pain Clinic"
    phone: str = "+13125550100"
    timezone: str = "America/Chicago"
    # weekday index (Monday = 0) -> (opens, closes); a missing day is closed
    hours: Mapping[int, tuple[time, time]] = field(
        default_factory=lambda: {d: (time(8), time(17)) for d in range(5)}
    )
    holidays: str = "US"
    holidays_subdivision: str = ""
    closures: tuple[date, ...] = ()

    @property
    def zone(self) -> ZoneInfo:
        """Return the clinic's time zone."""
        return ZoneInfo(self.timezone)

    def today(self, now: datetime) -> date:
        """Return the clinic's calendar date at this moment."""
        return now.astimezone(self.zone).date()


@dataclass(frozen=True)
class Database:
    """Where the one SQLite file lives, and the spool for texts it cannot take."""

    path: str = "aftercare.db"
    spool: str = ""  # empty: the folder `<path>-spool` beside the database


@dataclass(frozen=True)
class Sms:
    """How text messages leave the building."""

    provider: str = "console"
    max_per_second: float = 1.0
    max_in_flight: int = 16
    max_attempts: int = 6
    tick_seconds: float = 5.0
    lease_seconds: float = 120.0
    request_timeout_seconds: float = 10.0


@dataclass(frozen=True)
class Twilio:
    """Credentials and endpoint of the Twilio (or Twilio-compatible) API."""

    account_sid: str = ""
    auth_token: str = ""
    from_number: str = ""
    messaging_service_sid: str = ""
    api_base_url: str = "https://api.twilio.com"


@dataclass(frozen=True)
class Server:
    """Where the web server listens and how Twilio reaches it."""

    host: str = "127.0.0.1"
    port: int = 8080
    public_url: str = "http://127.0.0.1:8080"
    threads: int = 8


@dataclass(frozen=True)
class OnCall:
    """Who is told at once after hours and about emergencies."""

    phone: str = ""
    ack_within_minutes: int = 15


@dataclass(frozen=True)
class Config:
    """All settings, validated."""

    clinic: Clinic = field(default_factory=Clinic)
    database: Database = field(default_factory=Database)
    sms: Sms = field(default_factory=Sms)
    twilio: Twilio = field(default_factory=Twilio)
    server: Server = field(default_factory=Server)
    on_call: OnCall = field(default_factory=OnCall)
    source: str = "built-in defaults"
