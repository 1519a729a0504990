"""Patients with a check-in due now, and dispatchers pointed at the Twilio stand-in."""

from __future__ import annotations

import collections
from dataclasses import replace
from datetime import UTC, datetime

import sqlite_utils

from bot.config import Config
from bot.services.enrollment import enroll, prepare
from bot.services.sending import Dispatcher
from bot.sms.twilio_gateway import TwilioGateway
from bot.store import to_db_time
from tests.helpers.clock import Clock
from tests.helpers.twilio_standin import TwilioStandIn

CLINIC_NUMBER = "+15005550006"
# 10:00 in Chicago (CDT), inside texting hours
START = datetime(2026, 6, 10, 15, 0, tzinfo=UTC)


def enroll_due(
    db: sqlite_utils.Database,
    config: Config,
    count: int,
    now: datetime,
    timezone: str = "America/Chicago",
) -> list[str]:
    """Enroll `count` patients and make each one's first check-in due at `now`; return phones."""
    phones = []
    for i in range(count):
        request = prepare(
            name=f"Patient {i}",
            phone=f"+1312555{1000 + i:04d}",
            discharged=now.date(),
            protocol=None,
            timezone=timezone,
            language="en",
            config=config,
            today=now.date(),
        )
        patient_id = enroll(db, config, request, now)
        db.execute(
            "UPDATE outbox SET send_at = ?, planned_at = ? WHERE id = ("
            "SELECT id FROM outbox WHERE patient_id = ? AND status = 'scheduled' "
            "ORDER BY send_at LIMIT 1)",
            [to_db_time(now), to_db_time(now), patient_id],
        )
        phones.append(request.phone)
    return phones


def twilio_config(config: Config, twilio: TwilioStandIn, **sms: object) -> Config:
    return replace(
        config,
        sms=replace(config.sms, provider="twilio", **sms),  # type: ignore[arg-type]
        twilio=replace(
            config.twilio,
            account_sid=twilio.account_sid,
            auth_token=twilio.auth_token,
            from_number=CLINIC_NUMBER,
            api_base_url=twilio.base_url,
        ),
    )


def dispatcher(config: Config, twilio: TwilioStandIn, clock: Clock) -> Dispatcher:
    gateway = TwilioGateway(
        account_sid=twilio.account_sid,
        auth_token=twilio.auth_token,
        from_number=CLINIC_NUMBER,
        api_base_url=twilio.base_url,
        timeout=5.0,
    )
    return Dispatcher(config, gateway, clock=clock, retry_base_seconds=0)


def texts_per_phone(twilio: TwilioStandIn) -> collections.Counter[str]:
    return collections.Counter(message["To"] for message in twilio.messages)


def daytime_zone(now: datetime) -> str:
    """Return a fixed-offset zone where `now` is around noon, inside texting hours."""
    offset = 12 - now.hour
    if offset > 12:
        offset -= 24
    return f"Etc/GMT{-offset:+d}" if offset else "Etc/GMT"
