"""The web part: Twilio's webhooks, the health check and the nurses' dashboard (``create_app``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from flask import Flask

from bot.config import Config
from bot.errors import AftercareError
from bot.web.dashboard import register as register_dashboard
from bot.web.health import health
from bot.web.request_context import close_db
from bot.web.twilio_hooks import twilio_hooks

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

    app.teardown_appcontext(close_db)
    app.register_blueprint(twilio_hooks)
    app.register_blueprint(health)
    register_dashboard(app, exempt=(twilio_hooks,))

    @app.errorhandler(AftercareError)
    def _aftercare_error(ex: AftercareError) -> tuple[str, int]:
        log.warning("request refused: %s", type(ex).__name__)
        return str(ex), 400

    return app
