"""Decide the patient's answer and who is told, from the triage level and the clinic calendar.

Pure: the time is a parameter. Every answer says how to reach a person (the
clinic's phone or 911); an emergency answer puts 911 first and stays short;
no answer ever tells a patient they are fine.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.config import Clinic
from bot.conversation.texts import (
    answer_language,
    emergency_answer,
    ok_answer,
    routine_answer,
    urgent_answer,
)
from bot.domain.clinic_calendar import is_open
from bot.triage import Level, Triage


@dataclass(frozen=True)
class Route:
    """What the patient is told at once, and which people hear about the reply."""

    level: Level
    answer: str
    after_hours: bool
    notify_on_call: bool
    queue: bool


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
    )
