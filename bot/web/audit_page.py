"""The audit log for admins (`/admin/audit`): who saw or changed what, filterable."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from flask import Blueprint, render_template, request
from flask.typing import ResponseReturnValue

from bot.services import nurse_actions
from bot.store import audit as audit_store
from bot.web.request_context import get_db, now, settings
from bot.web.security import admin_required, nurse

audit_page = Blueprint("audit_page", __name__, url_prefix="/admin")
SHOWN = 500


def _day(name: str) -> date | None:
    try:
        return date.fromisoformat(request.args.get(name, ""))
    except ValueError:
        return None


@audit_page.get("/audit")
@admin_required
def audit_log() -> ResponseReturnValue:
    """Show audit entries, newest first, filtered by day, person, action or patient."""
    zone = settings().clinic.zone
    since, until = _day("since"), _day("until")
    patient = request.args.get("patient", "").strip()
    db = get_db()
    rows = audit_store.search(
        db,
        since=datetime.combine(since, time(0), zone) if since else None,
        until=datetime.combine(until + timedelta(days=1), time(0), zone) if until else None,
        actor=request.args.get("actor", "").strip(),
        action=request.args.get("action", ""),
        patient_id=int(patient) if patient.isdigit() else None,
        limit=SHOWN,
    )
    # looking at who looked is itself looked at
    nurse_actions.record_view(db, nurse(), "audit log", now(), detail=f"{len(rows)} entries")
    return render_template(
        "audit.html", rows=rows, actions=audit_store.actions(db), args=request.args, shown=SHOWN
    )
