"""The web part: Twilio's webhooks and the health check, built by ``create_app``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from flask import Flask

from bot.config import Config
from bot.errors import AftercareError

log = logging.getLogger(__name__)


def create_app(
    config: Config,
    *,
    clock: Callable[[], datetime] | None = None,
    scheduler_state: Callable[[], str] | None = None,
    wake_dispatcher: Callable[[], None] | None = None,
) -> Flask:
    """Build the Flask app; nothing happens at import time."""
    app = Flask(__name__)
    app.config["AFTERCARE"] = config
    app.config["CLOCK"] = clock or (lambda: datetime.now(UTC))
    app.config["SCHEDULER_STATE"] = scheduler_state or (lambda: "disabled")
    # an alert to the on-call clinician should not wait for the next tick
    app.config["WAKE_DISPATCHER"] = wake_dispatcher or (lambda: None)
    app.config["MAX_CONTENT_LENGTH"] = 256 * 1024

    from bot.web import db as web_db
    from bot.web.health import health
    from bot.web.twilio_hooks import twilio_hooks

    app.teardown_appcontext(web_db.close_db)
    app.register_blueprint(twilio_hooks)
    app.register_blueprint(health)

    @app.errorhandler(AftercareError)
    def _aftercare_error(ex: AftercareError) -> tuple[str, int]:
        log.warning("request refused: %s", type(ex).__name__)
        return str(ex), 400

    return app


def settings() -> Config:
    """Return the app's settings inside a request."""
    from flask import current_app

    config: Config = current_app.config["AFTERCARE"]
    return config


def now() -> datetime:
    """Return the request's current time (a parameter, so tests can set it)."""
    from flask import current_app

    clock: Callable[[], datetime] = current_app.config["CLOCK"]
    return clock()
