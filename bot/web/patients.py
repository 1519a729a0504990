"""A patient's page: the whole conversation, restrictions, pain scores, and the actions."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from statistics import fmean
from typing import Any
from zoneinfo import ZoneInfo

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from bot.domain.pain import relief_percent
from bot.domain.phones import normalize_mobile
from bot.errors import AftercareError, InputError
from bot.services import nurse_actions
from bot.services.nurse_text import send_nurse_text
from bot.store import patient_view, queue_view
from bot.store import patients as patient_store
from bot.web import charts, clinic_time
from bot.web.queue import grouped
from bot.web.request_context import get_db, now, settings
from bot.web.security import nurse, signed_in_required
from bot.web.strings import STRINGS, UI_LANGUAGE, text

patients = Blueprint("patients", __name__)
SENT = ("sending", "sent", "delivered", "undelivered", "failed")


@dataclass
class Event:
    """One thing in the conversation, at one time."""

    at: str
    kind: str  # sent, nurse, alert, reply, flag, call
    row: dict[str, Any]
    findings: list[dict[str, str]] = field(default_factory=list)


@patients.get("/patients")
@signed_in_required
def search() -> ResponseReturnValue:
    """Find patients by name, MRN or phone."""
    query = request.args.get("q", "").strip()
    found: list[dict[str, Any]] = []
    if query:
        try:
            phone: str | None = normalize_mobile(query)
        except InputError:
            phone = None
        found = queue_view.find_patients(get_db(), query, phone=phone)
        # the query may itself be patient data (a name, a phone): audited, not logged
        nurse_actions.record_view(
            get_db(), nurse(), "patient search", now(), detail=f"{len(found)} found"
        )
    return render_template("search.html", query=query, found=found, today=_clinic_today())


@patients.get("/patients/<int:patient_id>")
@signed_in_required
def patient_page(patient_id: int) -> ResponseReturnValue:
    """Show one patient's whole story."""
    db = get_db()
    patient = patient_store.get_patient(db, patient_id)
    nurse_actions.record_view(db, nurse(), f"patient {patient_id}", now(), patient_id=patient_id)
    texts = patient_view.texts_to(db, patient_id)
    events = _conversation(db, patient_id, texts)
    coming = [row for row in texts if row["status"] == "scheduled"][:5]
    today = now().astimezone(ZoneInfo(patient["timezone"])).date()
    windows = patient_store.restrictions_of(db, patient_id)
    daily = _daily_pain(patient_view.pain_scores(db, patient_id), patient["timezone"])
    baseline = patient["baseline_pain"]
    return render_template(
        "patient.html",
        patient=patient,
        language=STRINGS[UI_LANGUAGE].get(f"language.{patient['language']}", patient["language"]),
        events=events,
        coming=coming,
        windows=windows,
        unlifted=[w for w in windows if not w["lifted_on"]],
        timeline=charts.timeline(windows, today),
        today=today,
        day_after=(today - date.fromisoformat(patient["discharged_on"])).days,
        trial="trial" in patient["protocol"] or bool(daily),
        pain=charts.pain_chart(daily, baseline),
        daily=daily,
        baseline=baseline,
        relief=_relief(daily, baseline),
    )


def _conversation(db: Any, patient_id: int, texts: list[dict[str, Any]]) -> list[Event]:
    events = []
    for row in texts:
        if row["status"] not in SENT:
            continue
        kind = {"alert": "alert", "nurse": "nurse"}.get(row["kind"], "sent")
        events.append(Event(row["sent_at"] or row["send_at"], kind, row))
    for row in patient_view.replies_from(db, patient_id):
        events.append(Event(row["received_at"], "reply", row, grouped(row["findings"])))
    for row in patient_view.flags_of(db, patient_id):
        events.append(Event(row["created_at"], "flag", row))
    for row in patient_view.calls_to(db, patient_id):
        events.append(Event(row["called_at"], "call", row))
    order = {"reply": 0, "flag": 1, "call": 2, "sent": 3, "nurse": 3, "alert": 4}
    events.sort(key=lambda e: (e.at, order[e.kind]))
    return events


def _daily_pain(rows: list[dict[str, Any]], timezone: str) -> list[tuple[date, float]]:
    """Return one score per local day: the mean of that day's scores."""
    by_day: dict[date, list[float]] = defaultdict(list)
    for row in rows:
        local = clinic_time.local(row["received_at"])
        assert local is not None
        by_day[local.astimezone(ZoneInfo(timezone)).date()].append(float(row["pain"]))
    return [(day, round(fmean(scores), 1)) for day, scores in sorted(by_day.items())]


def _relief(daily: list[tuple[date, float]], baseline: float | None) -> int | None:
    relief = relief_percent(baseline, daily[-1][1] if daily else None)
    return None if relief is None else round(relief)


def _clinic_today() -> date:
    return settings().clinic.today(now())


# -- actions ---------------------------------------------------------------------------


def _act(patient_id: int, done: str, action: Any) -> ResponseReturnValue:
    try:
        action()
        flash(text(done))
    except AftercareError as ex:
        flash(str(ex), "error")
    return redirect(url_for("patients.patient_page", patient_id=patient_id), code=303)


@patients.post("/patients/<int:patient_id>/text")
@signed_in_required
def send_text(patient_id: int) -> ResponseReturnValue:
    """Queue the nurse's text through the outbox and wake the dispatcher."""

    def send() -> None:
        send_nurse_text(
            get_db(),
            patient_id,
            request.form.get("body", ""),
            clinic_name=settings().clinic.name,
            by=nurse().email,
            address=nurse().address,
            now=now(),
        )
        current_app.config["WAKE_DISPATCHER"]()

    return _act(patient_id, "patient.sent", send)


@patients.post("/patients/<int:patient_id>/call")
@signed_in_required
def record_call(patient_id: int) -> ResponseReturnValue:
    """Record a phone call with the patient."""
    note = request.form.get("note", "")
    return _act(
        patient_id,
        "patient.called",
        lambda: nurse_actions.record_call(get_db(), patient_id, note, nurse(), now()),
    )


@patients.post("/patients/<int:patient_id>/discharge-date")
@signed_in_required
def correct_date(patient_id: int) -> ResponseReturnValue:
    """Correct the discharge date and re-plan."""

    def correct() -> None:
        try:
            chosen = date.fromisoformat(request.form.get("discharged", ""))
        except ValueError as ex:
            raise InputError("The discharge date is not a date; pick one.") from ex
        nurse_actions.correct_discharge_date(
            get_db(), settings(), patient_id, chosen, nurse(), now()
        )

    return _act(patient_id, "patient.corrected", correct)


@patients.post("/patients/<int:patient_id>/lift")
@signed_in_required
def lift(patient_id: int) -> ResponseReturnValue:
    """Lift one restriction."""
    key = request.form.get("key", "")
    return _act(
        patient_id,
        "patient.lifted_done",
        lambda: nurse_actions.lift_restriction(
            get_db(), settings(), patient_id, key, nurse(), now()
        ),
    )


@patients.post("/patients/<int:patient_id>/pause")
@signed_in_required
def pause(patient_id: int) -> ResponseReturnValue:
    """Pause or resume planned texts."""
    paused = request.form.get("paused") == "1"
    return _act(
        patient_id,
        "patient.paused" if paused else "patient.resumed",
        lambda: nurse_actions.set_paused(get_db(), settings(), patient_id, paused, nurse(), now()),
    )


@patients.post("/patients/<int:patient_id>/number-bad")
@signed_in_required
def number_bad(patient_id: int) -> ResponseReturnValue:
    """Mark the patient's number as unable to take texts."""
    return _act(
        patient_id,
        "patient.marked_bad",
        lambda: nurse_actions.mark_number_bad(get_db(), settings(), patient_id, nurse(), now()),
    )
