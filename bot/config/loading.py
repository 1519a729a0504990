"""Find, load and validate settings from TOML, the environment and built-in defaults.

Found through ``--config PATH``, else ``$AFTERCARE_CONFIG``, else ``./config.toml``
if present, else the built-in defaults (one SQLite file, console SMS gateway).
Every bad key or value fails at start with one sentence naming the key, the value
and what is allowed.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config.reader import Reader, env_wins, optional_phone, parse_span
from bot.config.settings import (
    WEEKDAYS,
    Clinic,
    Config,
    Database,
    OnCall,
    Server,
    Sms,
    Twilio,
)
from bot.errors import ConfigError


def find_config_file(explicit: str | None, environ: Mapping[str, str]) -> Path | None:
    """Return the config file to read, or None for the built-in defaults."""
    if explicit:
        return Path(explicit)
    from_env = environ.get("AFTERCARE_CONFIG", "")
    if from_env:
        return Path(from_env)
    local = Path("config.toml")
    return local if local.exists() else None


def load_config(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Find, read and validate the configuration."""
    env = os.environ if environ is None else environ
    path = find_config_file(explicit, env)
    raw: dict[str, Any] = {}
    source = "built-in defaults"
    if path is not None:
        if not path.is_file():
            raise ConfigError(
                f"Config file {path} does not exist; create it from config.example.toml."
            )
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as ex:
            raise ConfigError(
                f"Config file {path} is not valid TOML ({ex}); fix the syntax."
            ) from ex
        source = str(path)
    config = parse_config(raw, env, source)
    if path is not None:
        # a relative [database] path belongs to the config file, not to wherever the command
        # happens to run: `aftercare --config /etc/aftercare/config.toml patients` from any
        # folder must open the clinic's database, never create an empty one
        config = replace(config, database=_beside(config.database, path.resolve().parent))
    return config


def _beside(database: Database, folder: Path) -> Database:
    """Take the relative paths of [database] from the config file's folder."""

    def resolved(value: str) -> str:
        if not value or value == ":memory:" or Path(value).expanduser().is_absolute():
            return value
        return str(folder / Path(value).expanduser())

    return Database(path=resolved(database.path), spool=resolved(database.spool))


def parse_config(raw: Mapping[str, Any], environ: Mapping[str, str], source: str) -> Config:
    """Validate a parsed TOML document into a Config (paths as written in it)."""
    sections = {"clinic", "database", "sms", "twilio", "server", "on_call"}
    for key in raw:
        if key not in sections:
            raise ConfigError(
                f"Config key [{key}] is unknown; allowed sections are "
                f"{', '.join(sorted(sections))}."
            )
    r = Reader(raw)
    clinic = _clinic(r)
    sms = Sms(
        provider=r.choice("sms", "provider", Sms.provider, ("console", "twilio")),
        max_per_second=r.number("sms", "max_per_second", Sms.max_per_second, low=0.01, high=1000),
        max_in_flight=r.whole("sms", "max_in_flight", Sms.max_in_flight, low=1, high=256),
        max_attempts=r.whole("sms", "max_attempts", Sms.max_attempts, low=1, high=50),
        tick_seconds=r.number("sms", "tick_seconds", Sms.tick_seconds, low=0.1, high=3600),
        # a lease must outlast any one request to the provider with margin (checked below)
        lease_seconds=r.number("sms", "lease_seconds", Sms.lease_seconds, low=30, high=86400),
        request_timeout_seconds=r.number(
            "sms", "request_timeout_seconds", Sms.request_timeout_seconds, low=1, high=60
        ),
    )
    twilio = Twilio(
        # read the file's value first so the key counts as known even when the env wins
        account_sid=env_wins(environ, "TWILIO_ACCOUNT_SID", r.text("twilio", "account_sid", "")),
        auth_token=env_wins(environ, "TWILIO_AUTH_TOKEN", r.text("twilio", "auth_token", "")),
        from_number=optional_phone(r, "twilio", "from_number"),
        messaging_service_sid=r.text("twilio", "messaging_service_sid", ""),
        api_base_url=r.url("twilio", "api_base_url", Twilio.api_base_url),
    )
    server = Server(
        host=r.text("server", "host", Server.host),
        port=r.whole("server", "port", Server.port, low=1, high=65535),
        public_url=r.url("server", "public_url", "").rstrip("/"),
        threads=r.whole("server", "threads", Server.threads, low=1, high=128),
    )
    if not server.public_url:
        url = f"http://{server.host}:{server.port}"
        server = Server(server.host, server.port, url, server.threads)
    on_call = OnCall(
        phone=optional_phone(r, "on_call", "phone"),
        ack_within_minutes=r.whole(
            "on_call", "ack_within_minutes", OnCall.ack_within_minutes, low=1, high=1440
        ),
    )
    database = Database(
        path=r.text("database", "path", Database.path) or Database.path,
        spool=r.text("database", "spool", Database.spool),
    )
    r.reject_unknown()
    # a claimed text may wait for a rate slot behind the others in flight, then for one
    # request and its look-up (each up to request_timeout_seconds): its lease must outlast
    # all of that
    needed = 2 * sms.request_timeout_seconds + sms.max_in_flight / sms.max_per_second
    if sms.lease_seconds < needed:
        raise ConfigError(
            f"Config key [sms] lease_seconds has value {sms.lease_seconds:g}; with "
            f"max_in_flight {sms.max_in_flight} at max_per_second {sms.max_per_second:g} and "
            f"request_timeout_seconds {sms.request_timeout_seconds:g} it "
            f"must be at least {needed:g}, or another worker could send a text twice."
        )
    if sms.provider == "twilio":
        check_twilio(twilio)
        _check_reachable(r.raw, on_call)
    return Config(clinic, database, sms, twilio, server, on_call, source)


def _check_reachable(raw: Mapping[str, Any], on_call: OnCall) -> None:
    """Refuse to text real patients before a human can be reached and replies can arrive."""
    for section, key, why in (
        ("clinic", "phone", "patients are told to call it"),
        ("server", "public_url", "Twilio's signatures are checked against it"),
    ):
        if not raw.get(section, {}).get(key):
            raise ConfigError(
                f"Config key [{section}] {key} is not set; set it when [sms] provider = "
                f'"twilio" ({why}).'
            )
    if not on_call.phone:
        raise ConfigError(
            'Config key [on_call] phone is not set; set it when [sms] provider = "twilio" '
            "(emergencies and after-hours replies are texted to it)."
        )


def check_twilio(twilio: Twilio) -> None:
    """Refuse Twilio settings that cannot send: the one place they are checked."""
    if not twilio.account_sid.startswith("AC"):
        raise ConfigError(
            "Config key [twilio] account_sid must be your Twilio Account SID (starts with 'AC') "
            'when [sms] provider = "twilio".'
        )
    if not twilio.auth_token:
        raise ConfigError(
            "Config key [twilio] auth_token is empty; set it or the TWILIO_AUTH_TOKEN "
            'environment variable when [sms] provider = "twilio".'
        )
    if bool(twilio.from_number) == bool(twilio.messaging_service_sid):
        raise ConfigError(
            "Config keys [twilio] from_number and [twilio] messaging_service_sid: set exactly one "
            'of them when [sms] provider = "twilio".'
        )
    if not twilio.api_base_url.startswith(("https://", "http://")):
        raise ConfigError(
            f"Config key [twilio] api_base_url has value {twilio.api_base_url!r}; use a URL "
            "starting with https:// or http://."
        )


def _clinic(r: Reader) -> Clinic:
    timezone = r.text("clinic", "timezone", Clinic.timezone)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as ex:
        raise ConfigError(
            f"Config key [clinic] timezone has value {timezone!r}; use an IANA zone such as "
            "'America/Chicago'."
        ) from ex
    phone = optional_phone(r, "clinic", "phone") or Clinic.phone
    hours_raw = r.table("clinic", "hours")
    hours: dict[int, tuple[time, time]]
    if hours_raw is None:
        hours = dict(Clinic().hours)
    else:
        hours = {}
        for day, span in hours_raw.items():
            if day not in WEEKDAYS:
                raise ConfigError(
                    f"Config key [clinic.hours] {day} is unknown; use {', '.join(WEEKDAYS)}."
                )
            parsed = parse_span(day, span)
            if parsed is not None:
                hours[WEEKDAYS.index(day)] = parsed
    closures: list[date] = []
    for value in r.list("clinic", "closures", []):
        try:
            closures.append(date.fromisoformat(str(value)))
        except ValueError as ex:
            raise ConfigError(
                f"Config key [clinic] closures has value {value!r}; use dates as 'YYYY-MM-DD'."
            ) from ex
    country = r.text("clinic", "holidays", Clinic.holidays)
    subdivision = r.text("clinic", "holidays_subdivision", "")
    if country:
        _check_holidays(country, subdivision)
    return Clinic(
        name=r.text("clinic", "name", Clinic.name) or Clinic.name,
        phone=phone,
        timezone=timezone,
        hours=hours,
        holidays=country,
        holidays_subdivision=subdivision,
        closures=tuple(closures),
    )


def _check_holidays(country: str, subdivision: str) -> None:
    import holidays

    try:
        holidays.country_holidays(country)
    except NotImplementedError as ex:
        raise ConfigError(
            f"Config key [clinic] holidays has value {country!r}; use a country code the "
            "'holidays' package knows, such as 'US', or \"\" for none."
        ) from ex
    if not subdivision:
        return
    try:
        holidays.country_holidays(country, subdiv=subdivision)
    except NotImplementedError as ex:
        raise ConfigError(
            f"Config key [clinic] holidays_subdivision has value {subdivision!r}; use a "
            f"subdivision of {country} the 'holidays' package knows, or \"\"."
        ) from ex
