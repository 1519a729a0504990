"""The queue (`/`): open flags worst first, acknowledged and resolved in one click."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from flask import (
    Blueprint,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue

from bot.errors import AftercareError
from bot.services import nurse_actions
from bot.store import from_db_time, queue_view
from bot.store.queue_view import QueueFilter
from bot.web import clinic_time
from bot.web.request_context import get_db, now, settings
from bot.web.security import nurse, signed_in_required, user
from bot.web.strings import text

queue = Blueprint("queue", __name__)
SHOWN = 100  # a nurse works the top of the queue; the count says how many wait below
REFRESH_SECONDS = 300
FILTERS = ("level", "mine", "unknown")


@dataclass(frozen=True)
class QueueItem:
    """One flag as a nurse reads it in the queue."""

    flag: dict[str, Any]
    who: str
    patient_id: int | None
    mrn: str | None
    day_after_discharge: int | None
    reply: str | None
    findings: list[dict[str, str]]
    media: int
    escalation: str
    age: str


def _chosen() -> QueueFilter:
    level = request.args.get("level", "")
    return QueueFilter(
        level=level if level in queue_view.LEVELS else "",
        held_by=user().email if request.args.get("mine") else "",
        unknown_senders=bool(request.args.get("unknown")),
    )


def _items(chosen: QueueFilter) -> tuple[list[QueueItem], int, int]:
    db = get_db()
    rows = queue_view.open_flags(db, chosen, limit=SHOWN)
    moment = now()
    today = settings().clinic.today(moment)
    items = [_item(row, today, moment) for row in rows]
    total = queue_view.count_open(db)
    matching = total if chosen == QueueFilter() else queue_view.count_open(db, chosen)
    return items, matching, total


def _item(row: dict[str, Any], today: date, moment: datetime) -> QueueItem:
    if row["patient_id"] is not None:
        who = row["patient_name"]
        days = (today - date.fromisoformat(row["discharged_on"])).days
    else:
        who = f"{text('flag.unknown_sender')} {clinic_time.phone(row['reply_from'])}".strip()
        days = None
    return QueueItem(
        flag=row,
        who=who,
        patient_id=row["patient_id"],
        mrn=row["patient_mrn"],
        day_after_discharge=days,
        reply=row["reply_body"],
        findings=grouped(row["reply_findings"]),
        media=len(json.loads(row["reply_media"])) if row["reply_media"] else 0,
        escalation=_escalation(row, moment),
        age=clinic_time.age(row["received_at"] or row["created_at"], moment),
    )


def grouped(findings_json: str | None) -> list[dict[str, str]]:
    """Return the triage's findings with one line per sign: "drainage — “fluid”, “leaking”"."""
    by_symptom: dict[str, list[str]] = {}
    for finding in json.loads(findings_json) if findings_json else []:
        words = by_symptom.setdefault(finding["symptom"], [])
        if finding["evidence"] not in words:
            words.append(finding["evidence"])
    return [
        {"symptom": symptom, "evidence": "”, “".join(words)}
        for symptom, words in by_symptom.items()
    ]


def _escalation(row: dict[str, Any], moment: datetime) -> str:
    parts = []
    if row["escalations"]:
        parts.append(text("flag.escalation_done", n=row["escalations"]))
    due = row["next_escalation_at"]
    if row["status"] == "open" and due:
        late = from_db_time(due) <= moment
        key = "flag.escalation_overdue" if late else "flag.escalation_waiting"
        if parts and not late:
            key = "flag.escalation_next"
        parts.append(text(key, at=clinic_time.when(due)))
    elif row["status"] != "open" and row["escalations"]:
        parts.append(text("flag.escalation_stopped"))
    return "; ".join(parts) or text("flag.escalation_none")


@queue.get("/")
@signed_in_required
def queue_page() -> ResponseReturnValue:
    """Show the open flags, emergency first, then urgent, then oldest."""
    chosen = _chosen()
    items, matching, total = _items(chosen)
    nurse_actions.record_view(get_db(), nurse(), "queue", now(), detail=f"{len(items)} flags shown")
    return render_template(
        "queue.html",
        items=items,
        matching=matching,
        total=total,
        chosen=chosen,
        filters=_filters(),
        version=_version(items, total),
        back=_back_url(),
        poll_seconds=current_app.config.get("QUEUE_POLL_SECONDS", 5),
    )


@queue.get("/queue/rows")
@signed_in_required
def rows() -> ResponseReturnValue:
    """Return the queue's items as HTML, for the page's refresh without a reload."""
    chosen = _chosen()
    items, matching, total = _items(chosen)
    version = _version(items, total)
    if request.args.get("version") == version:
        # nothing new on the screen: no patient data sent, so nothing to audit either
        return jsonify({"unchanged": True})
    html = render_template(
        "_queue_items.html",
        items=items,
        matching=matching,
        total=total,
        chosen=chosen,
        back=_back_url(),
    )
    # the refresh shows the same patient data again: it is a view like the page itself
    nurse_actions.record_view(
        get_db(), nurse(), "queue", now(), detail=f"{len(items)} flags refreshed"
    )
    return jsonify(
        {
            "html": html,
            "open": total,
            "title": _title(total),
            "ids": [i.flag["id"] for i in items],
            "version": version,
        }
    )


def _version(items: list[QueueItem], total: int) -> str:
    """Fingerprint what the queue shows, so an unchanged refresh sends (and audits) nothing.

    The clock's 5-minute step is part of it: the ages ("36 min ago") still move on.
    """
    parts = [str(total), str(int(now().timestamp() // REFRESH_SECONDS))]
    for item in items:
        flag = item.flag
        parts.append(
            f"{flag['id']}:{flag['status']}:{flag['escalations']}:"
            f"{flag['acknowledged_by']}:{flag['next_escalation_at']}"
        )
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _filters() -> dict[str, str]:
    return {key: value for key, value in request.args.items() if key in FILTERS and value}


def _back_url() -> str:
    """Return the queue's URL with the nurse's filters, to come back to after an action."""
    query = urlencode(_filters())
    return url_for("queue.queue_page") + (f"?{query}" if query else "")


def _title(total: int) -> str:
    return f"{text('queue.page_title', n=total)} · {text('app.name')}"


@queue.post("/flags/<int:flag_id>/acknowledge")
@signed_in_required
def acknowledge(flag_id: int) -> ResponseReturnValue:
    """Take a flag."""
    try:
        nurse_actions.acknowledge(get_db(), flag_id, nurse(), now())
        flash(text("flag.acknowledged"))
    except AftercareError as ex:
        flash(str(ex), "error")
    return _back()


@queue.post("/flags/<int:flag_id>/resolve")
@signed_in_required
def resolve(flag_id: int) -> ResponseReturnValue:
    """Close a flag with a note."""
    try:
        nurse_actions.resolve(get_db(), flag_id, request.form.get("note", ""), nurse(), now())
        flash(text("flag.resolved"))
    except AftercareError as ex:
        flash(str(ex), "error")
    return _back()


def _back() -> ResponseReturnValue:
    target = request.form.get("back", "")
    if not target.startswith("/") or target.startswith("//"):
        target = url_for("queue.queue_page")
    return redirect(target, code=303)
