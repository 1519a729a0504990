"""Choose the gateway the settings ask for."""

from __future__ import annotations

from typing import TextIO

from bot.config import Config
from bot.sms.console import ConsoleGateway
from bot.sms.gateway import Gateway
from bot.sms.twilio_gateway import TwilioGateway


def make_gateway(config: Config, console_out: TextIO | None = None) -> Gateway:
    """Return the gateway the settings ask for: the console unless Twilio is configured."""
    if config.sms.provider == "twilio":
        return TwilioGateway(
            account_sid=config.twilio.account_sid,
            auth_token=config.twilio.auth_token,
            from_number=config.twilio.from_number or None,
            messaging_service_sid=config.twilio.messaging_service_sid or None,
            api_base_url=config.twilio.api_base_url,
            timeout=config.sms.request_timeout_seconds,
        )
    return ConsoleGateway(console_out)
