"""GET /healthz: is the database answering and the scheduler running?"""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue

from bot.store import ping
from bot.web.request_context import get_db

health = Blueprint("health", __name__)


@health.get("/healthz")
def healthz() -> ResponseReturnValue:
    """Answer 200 when the database and scheduler work, 503 when either does not."""
    try:
        ping(get_db())
        database = "ok"
    except Exception as ex:  # any failure here means "down", and says which
        database = f"down: {type(ex).__name__}"
    state: Callable[[], str] = current_app.config["SCHEDULER_STATE"]
    scheduler = state()
    # "disabled": `aftercare serve` alone, with dispatch left to cron (`send-due`)
    healthy = database == "ok" and scheduler in ("running", "disabled")
    body = {"status": "ok" if healthy else "down", "database": database, "scheduler": scheduler}
    return jsonify(body), 200 if healthy else 503
