"""GET /healthz: can the database be written, is the clockwork running, is anything spooled?"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue

from bot.errors import StoreError
from bot.store import dispatch as dispatch_store
from bot.store.brief import brief_transaction
from bot.web.request_context import get_db, now
from bot.web.twilio_hooks import spool

health = Blueprint("health", __name__)
# `serve` beside cron: a dispatch pass (`send-due`) should finish every minute or so
DISPATCH_STALE = timedelta(minutes=5)


@health.get("/healthz")
def healthz() -> ResponseReturnValue:
    """Answer 200 when the bot can take and send texts; 503 with the reason when it cannot."""
    current_app.config.setdefault("STARTED", time.monotonic())
    database = _database()
    state: Callable[[], str] = current_app.config["SCHEDULER_STATE"]
    scheduler = state()
    body = {"status": "ok", "database": database, "scheduler": scheduler}
    healthy = database == "ok" and scheduler in ("running", "disabled")
    if scheduler == "disabled" and database == "ok":
        # dispatch is left to cron (`aftercare send-due`): say when it stopped
        body["dispatch"] = _dispatch()
        healthy = healthy and not body["dispatch"].startswith("down")
    try:
        waiting = spool().waiting()
    except OSError as ex:
        body["spool"], healthy = f"down: {ex.strerror or type(ex).__name__}", False
    else:
        if waiting:
            body["spool"], healthy = f"{waiting} texts wait for the database", False
    body["status"] = "ok" if healthy else "down"
    return jsonify(body), 200 if healthy else 503


def _database() -> str:
    """Write for real (a heartbeat row): `ping` only reads, and a full disk still reads."""
    try:
        db = get_db()
        with brief_transaction(db, within=1.0):
            dispatch_store.beat(db, "healthz", now())
    except StoreError as ex:
        return f"down: {ex}"
    except Exception as ex:  # any failure here means "down", and says which
        return f"down: {type(ex).__name__}"
    return "ok"


def _dispatch() -> str:
    last = dispatch_store.last_beat(get_db(), "dispatch")
    if last is None:
        started: float = current_app.config["STARTED"]
        if time.monotonic() - started < DISPATCH_STALE.total_seconds():
            return "no pass yet"
        return "down: no dispatch pass has finished; is cron running `aftercare send-due`?"
    age = now() - last
    if age > DISPATCH_STALE:
        minutes = int(age.total_seconds() // 60)
        return (
            f"down: the last dispatch pass finished {minutes} minutes ago; "
            "is cron running `aftercare send-due`?"
        )
    return "ok"
