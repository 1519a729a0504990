"""Twilio's request signature: every webhook must carry one, computed for our public URL."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from flask import abort, request
from twilio.request_validator import RequestValidator

from bot.config import Config
from bot.web.request_context import settings

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])


def signed_by_twilio(view: F) -> F:
    """Refuse (403) a request whose X-Twilio-Signature does not match our auth token."""

    @functools.wraps(view)
    def checked(*args: Any, **kwargs: Any) -> Any:
        config = settings()
        # Twilio signs the URL it called: our public URL (proxy or tunnel), not the one
        # this process sees, so the check works behind a proxy.
        url = config.server.public_url + request.full_path.rstrip("?")
        signature = request.headers.get("X-Twilio-Signature", "")
        validator = RequestValidator(signing_token(config))
        if not signature or not validator.validate(url, request.form.to_dict(), signature):
            # the body may hold patient data: log only where and that it failed
            log.warning("refused unsigned or wrongly signed request to %s", request.path)
            abort(403, "Twilio signature missing or wrong.")
        return view(*args, **kwargs)

    return checked  # type: ignore[return-value]


CONSOLE_TOKEN = "aftercare-console"


def signing_token(config: Config) -> str:
    """Return the secret webhooks are signed with: the Twilio auth token, else a local one.

    Without Twilio credentials (console mode) `aftercare simulate` signs with a fixed local
    token, so trying the bot from a terminal goes through the very same check.
    """
    return config.twilio.auth_token or CONSOLE_TOKEN
