"""Decide the patient's answer and who is told, from the triage level and the clinic calendar.

Pure: the time is a parameter. Every answer says how to reach a person (the
clinic's phone or 911); an emergency answer puts 911 first and stays short;
no answer ever tells a patient they are fine.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.config import Clinic
from bot.conversation.texts import SEGMENT, answer_language
from bot.domain.clinic_calendar import is_open
from bot.domain.phones import display_phone
from bot.triage import Level, Triage

# Sort key of the nurses' queue: the worst first.
PRIORITY = {Level.EMERGENCY: 0, Level.URGENT: 1, Level.ROUTINE: 2, Level.OK: 3}

# Written out rather than taken from the locale, which the server may not have.
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS_ES = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")


@dataclass(frozen=True)
class Route:
    """What the patient is told at once, and which people hear about the reply."""

    level: Level
    answer: str
    after_hours: bool
    notify_on_call: bool
    queue: bool
    priority: int


def route(
    triage: Triage,
    *,
    now: datetime,
    clinic: Clinic,
    language: str,
    next_check_in: date | None = None,
) -> Route:
    """Return the answer and the people to tell for a triaged reply at ``now``."""
    level = triage.level
    after_hours = not is_open(now, clinic)
    lang = answer_language(language)
    if level is Level.EMERGENCY:
        answer = emergency_answer(clinic, lang, suicidal=triage.suicidal)
    elif level is Level.URGENT:
        answer = urgent_answer(clinic, lang, after_hours=after_hours)
    elif level is Level.ROUTINE:
        answer = routine_answer(clinic, lang)
    else:
        answer = ok_answer(clinic, lang, next_check_in)
    return Route(
        level=level,
        answer=answer,
        after_hours=after_hours,
        notify_on_call=level is Level.EMERGENCY or (level is Level.URGENT and after_hours),
        queue=level is not Level.OK,
        priority=PRIORITY[level],
    )


def emergency_answer(clinic: Clinic, language: str, *, suicidal: bool) -> str:
    """Return the emergency answer: 911 first, 988 too for suicidal thoughts."""
    if answer_language(language) == "es":
        answer = "Llame al 911 ahora."
        if suicidal:
            answer += " Llame o envíe un texto al 988, Línea de Prevención del Suicidio y Crisis."
        else:
            answer += " No espere una respuesta a este texto."
    else:
        answer = "Call 911 now."
        if suicidal:
            answer += " Call or text 988, the Suicide & Crisis Lifeline, any time."
        else:
            answer += " Do not wait for a reply to this text."
    # Name the clinic only while the answer still fits in one text.
    signed = f"{answer} - {clinic.name}"
    return signed if len(signed) <= SEGMENT else answer


def urgent_answer(clinic: Clinic, language: str, *, after_hours: bool) -> str:
    """Return the urgent answer: a nurse will call, or go to the ER after hours."""
    phone = display_phone(clinic.phone)
    if answer_language(language) == "es":
        if after_hours:
            return (
                f"{clinic.name}: estamos cerrados. Vaya ahora a la sala de emergencias más "
                "cercana o llame al 911. Le daremos seguimiento."
            )
        return (
            f"Una enfermera de {clinic.name} lo llamará pronto. Si empeora, llame al {phone} "
            "o al 911."
        )
    if after_hours:
        return (
            f"{clinic.name} is closed now. Go to the nearest emergency room now, or call 911. "
            "We will follow up with you."
        )
    return (
        f"A nurse from {clinic.name} will call you shortly. If it gets worse, call {phone} or 911."
    )


def routine_answer(clinic: Clinic, language: str) -> str:
    """Return the routine answer: a nurse will answer during clinic hours."""
    phone = display_phone(clinic.phone)
    if answer_language(language) == "es":
        return (
            f"Gracias. Una enfermera de {clinic.name} le responderá en horario de atención. "
            f"Si es urgente, llame al {phone}; en una emergencia, al 911."
        )
    return (
        f"Thanks. A nurse from {clinic.name} will answer during clinic hours. "
        f"If it's urgent, call {phone}, or 911 in an emergency."
    )


def ok_answer(clinic: Clinic, language: str, next_check_in: date | None) -> str:
    """Return the answer to a reply that needs nobody: thanks and the next check-in."""
    phone = display_phone(clinic.phone)
    # Thank the patient without judging their health: "ok" only means no one needs to call.
    if answer_language(language) == "es":
        when = (
            "" if next_check_in is None else f" Su próximo control es el {_day_es(next_check_in)}."
        )
        return (
            f"Gracias por avisarnos.{when} ¿Preguntas? Llame a {clinic.name} al {phone}; "
            "emergencias: 911."
        )
    when = "" if next_check_in is None else f" Your next check-in is {_day_en(next_check_in)}."
    return (
        f"Thank you for letting us know.{when} Questions? Call {clinic.name} at {phone}; "
        "emergency: 911."
    )


def _day_en(day: date) -> str:
    return f"{WEEKDAYS_EN[day.weekday()]} {MONTHS_EN[day.month - 1]} {day.day}"


def _day_es(day: date) -> str:
    return f"{WEEKDAYS_ES[day.weekday()]} {day.day} {MONTHS_ES[day.month - 1]}"
