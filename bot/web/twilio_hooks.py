"""Twilio's webhooks: delivery status callbacks (and, in routes added later, replies)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

import sqlite_utils
from flask import Blueprint, Response, abort, current_app, request
from twilio.twiml.messaging_response import MessagingResponse

from bot.services.inbound_reply import Incoming, handle_reply
from bot.services.undelivered import answer_not_delivered, text_not_delivered
from bot.sms.twilio_codes import PERMANENT_CODES
from bot.store import dispatch as dispatch_store
from bot.store import replies as reply_store
from bot.store import transaction
from bot.web.request_context import get_db, now, settings
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
    answered = request.args.get("reply", "")
    if answered.isdigit():
        return _answer_status(db, int(answered), sid, status, error_code, moment)
    with transaction(db):
        row, moved = dispatch_store.record_delivery(
            db, sid=sid, provider_status=status, error_code=error_code, now=moment
        )
        if row is not None and moved and row["status"] in ("undelivered", "failed"):
            text_not_delivered(
                db,
                row,
                code=error_code,
                what=f"Twilio reported it {status}",
                now=moment,
                permanent=error_code in PERMANENT_CODES,
            )
    log.info("status %s for %s (outbox %s)", status, sid, row["id"] if row else "unknown")
    return "", 204


def _answer_status(
    db: sqlite_utils.Database,
    reply_id: int,
    sid: str,
    status: str,
    error_code: int | None,
    moment: datetime,
) -> tuple[str, int]:
    """Track the answer we gave in TwiML; an undelivered one puts a nurse on the phone."""
    with transaction(db):
        reply, moved = reply_store.record_answer_status(
            db, reply_id, sid=sid, provider_status=status, error_code=error_code
        )
        if reply is not None and moved and status in ("undelivered", "failed"):
            wait = timedelta(minutes=settings().on_call.ack_within_minutes)
            answer_not_delivered(db, reply, code=error_code, now=moment, escalate_at=moment + wait)
    log.info("answer status %s for reply %s", status, reply_id)
    return "", 204


@twilio_hooks.post("/sms")
@signed_by_twilio
def incoming_sms() -> Response:
    """Store, triage and answer a patient's text with TwiML, in the patient's language."""
    sid = request.form.get("MessageSid") or request.form.get("SmsSid") or ""
    sender = request.form.get("From", "")
    if not sid or not sender:
        abort(400, "MessageSid and From are required.")
    count = request.form.get("NumMedia", "0")
    media = tuple(
        request.form.get(f"MediaUrl{i}", "")
        for i in range(int(count) if count.isdigit() else 0)
        if request.form.get(f"MediaUrl{i}")
    )
    incoming = Incoming(sid, sender, request.form.get("Body", ""), media)
    handled = handle_reply(get_db(), settings(), incoming, now())
    log.info(
        "reply %s stored as %s%s", sid, handled.reply_id, " (replay)" if handled.replayed else ""
    )
    if handled.alert_queued:
        wake: Callable[[], None] = current_app.config["WAKE_DISPATCHER"]
        wake()
    twiml = MessagingResponse()
    # Twilio reports the answer's delivery here: an undelivered "call 911" must be noticed
    if handled.track_delivery:
        action = f"{settings().server.public_url}/twilio/status?reply={handled.reply_id}"
        twiml.message(handled.answer, action=action)
    else:
        twiml.message(handled.answer)
    return Response(str(twiml), mimetype="application/xml")
