"""Handle a patient's text: store it, read it, answer at once, tell the right people.

Store first, then think. The raw text is committed in a short transaction of its own
(unique on Twilio's MessageSid, so retries store nothing twice); it is read (triaged)
outside every lock, its length bounded; then a second short transaction records what it
means, its flag and any alert (``reply_meaning``). A process that dies in between leaves
the raw text, which ``finish_unfinished`` reads later. Both transactions give up within a
fraction of a second (``StoreUnavailable``), so the web edge can spool the text and still
answer.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import datetime, timedelta
from typing import Any

import sqlite_utils

from bot.config import Config
from bot.errors import StoreUnavailable
from bot.services.reply_context import NO_CONTEXT, ReplyContext, reply_context
from bot.services.reply_meaning import keep_unprocessed, record_meaning
from bot.services.reply_model import READ_LIMIT, Given, Handled, Incoming, sender_phone
from bot.store import outbox as outbox_store
from bot.store import replies as reply_store
from bot.store import transaction
from bot.store.brief import brief_transaction
from bot.store.spool import Spool, spool_dir
from bot.triage import Triage, triage

__all__ = [
    "READ_LIMIT",
    "Given",
    "Handled",
    "Incoming",
    "finish_unfinished",
    "handle_reply",
    "read",
    "sender_phone",
]
log = logging.getLogger(__name__)
WRITER_WAIT = 0.3  # seconds a reply waits for the database writer before it is spooled
UNFINISHED_AFTER = timedelta(seconds=30)


def read(incoming: Incoming, context: ReplyContext = NO_CONTEXT) -> Triage:
    """Triage the text's readable part: the one place the reading is called from."""
    return triage(
        incoming.readable,
        answering=context.answering,
        last_pain=context.last_pain,
        baseline_pain=context.baseline_pain,
    )


def handle_reply(
    db: sqlite_utils.Database,
    config: Config,
    incoming: Incoming,
    now: datetime,
    *,
    given: Given | None = None,
    writer_wait: float = WRITER_WAIT,
) -> Handled:
    """Store, read, route and answer one incoming text (idempotent on MessageSid).

    Raises StoreUnavailable when the database cannot take the text within `writer_wait`.
    """
    try:
        stored = reply_store.by_sid(db, incoming.message_sid)
        if stored is not None and stored["handled_as"] != reply_store.RECEIVED:
            return _replayed(stored)
        if stored is None:
            with brief_transaction(db, within=writer_wait):
                reply_id = reply_store.add_received(
                    db,
                    message_sid=incoming.message_sid,
                    from_phone=sender_phone(incoming.from_phone),
                    body=incoming.body,
                    media=list(incoming.media),
                    now=now,
                )
        else:
            reply_id = stored["id"]
    except sqlite3.Error as ex:
        raise _unavailable(ex) from ex
    # outside every lock: the text is already safe, and its context only needs reads
    context = reply_context(db, sender_phone(incoming.from_phone), now)
    reading = read(incoming, context)
    try:
        with brief_transaction(db, within=writer_wait):
            current = reply_store.get_reply(db, reply_id)
            if current is not None and current["handled_as"] != reply_store.RECEIVED:
                return _replayed(current)  # a concurrent retry of the same text got here first
            try:
                with transaction(db):  # a savepoint: a failure below leaves none of its writes
                    return record_meaning(db, config, incoming, reading, reply_id, now, given)
            except sqlite3.OperationalError:
                raise  # the database itself failed: the text stays raw, the caller spools it
            except Exception:
                # the text must not be lost: keep it, put it before a nurse, answer safely
                log.exception("reply %s could not be processed", incoming.message_sid)
            return keep_unprocessed(db, config, incoming, reply_id, now, given)
    except sqlite3.Error as ex:
        raise _unavailable(ex) from ex


def finish_unfinished(db: sqlite_utils.Database, config: Config, now: datetime) -> int:
    """Read texts stored raw whose process died before reading them; text them the answer.

    Their sender got no answer (the webhook never returned), so the answer goes out as a
    text of its own.
    """
    done = 0
    # a text also in the spool was answered already; its replay stores it with that answer
    spooled = Spool(spool_dir(config.database)).sids()
    for row in reply_store.unfinished(db, received_before=now - UNFINISHED_AFTER, limit=50):
        if row["message_sid"] in spooled:
            continue
        incoming = Incoming(row["message_sid"], row["from_phone"], row["body"], _media(row))
        handled = handle_reply(db, config, incoming, now, writer_wait=5.0)
        if not handled.replayed:
            with transaction(db):
                outbox_store.add_messages(
                    db,
                    [
                        {
                            "patient_id": None,
                            "idempotency_key": f"reply:{handled.reply_id}:answer",
                            "step": f"reply-{handled.reply_id}-answer",
                            "kind": "answer",
                            "to_phone": row["from_phone"],
                            "body": handled.answer,
                            "send_at": now,
                            "timezone": config.clinic.timezone,
                        }
                    ],
                    now,
                )
            log.warning("reply %s was read late; its answer goes out as a text", row["id"])
            done += 1
    return done


def _replayed(stored: dict[str, Any]) -> Handled:
    return Handled(
        stored["answer"],
        stored["language"],
        stored["id"],
        replayed=True,
        handled_as=stored["handled_as"],
    )


def _unavailable(ex: sqlite3.Error) -> StoreUnavailable:
    return StoreUnavailable(f"the database cannot be written ({ex})")


def _media(row: dict[str, Any]) -> tuple[str, ...]:
    try:
        media = json.loads(row["media"] or "[]")
    except ValueError:
        return ()
    return tuple(str(m) for m in media) if isinstance(media, list) else ()
