"""Twilio's webhooks: delivery status callbacks (and, in routes added later, replies)."""

from __future__ import annotations

import logging

from flask import Blueprint, abort, request

from bot.gateway import describe_error
from bot.store import dispatch as dispatch_store
from bot.store import flags as flag_store
from bot.store import transaction
from bot.web import now
from bot.web.db import get_db
from bot.web.signature import signed_by_twilio

log = logging.getLogger(__name__)
twilio_hooks = Blueprint("twilio", __name__, url_prefix="/twilio")


@twilio_hooks.post("/status")
@signed_by_twilio
def status_callback() -> tuple[str, int]:
    """Record a delivery status; statuses only move forward, whatever order they arrive in."""
    sid = request.form.get("MessageSid", "")
    status = request.form.get("MessageStatus", "")
    if not sid or not status:
        abort(400, "MessageSid and MessageStatus are required.")
    code_text = request.form.get("ErrorCode", "")
    error_code = int(code_text) if code_text.isdigit() else None
    moment = now()
    db = get_db()
    with transaction(db):
        row, moved = dispatch_store.record_delivery(
            db, sid=sid, provider_status=status, error_code=error_code, now=moment
        )
        if row is not None and moved and row["status"] in ("undelivered", "failed"):
            words = describe_error(error_code)
            flag_store.raise_flag(
                db,
                patient_id=row["patient_id"],
                level="urgent" if row["kind"] in ("reply", "alert") else "routine",
                reason="delivery failure",
                now=moment,
                outbox_id=row["id"],
                detail=f"Text {status}: {words}. Phone the patient.",
            )
    log.info("status %s for %s (outbox %s)", status, sid, row["id"] if row else "unknown")
    return "", 204
