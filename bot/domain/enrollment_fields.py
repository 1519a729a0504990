"""Turn what people type (dates, zones, languages, overrides) into checked values."""

from __future__ import annotations

import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.domain.plan import Override
from bot.domain.protocols import LANGUAGES, parse_duration
from bot.errors import InvalidChoice, InvalidDate

CONSENT_METHODS = ("sms-verbal", "sms-written")
ENROLL_RANGE = timedelta(days=365)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(text: str, what: str = "Date") -> date:
    """Parse YYYY-MM-DD, rejecting dates that do not exist."""
    value = (text or "").strip()
    problem = f"{what} {value!r} is not a real date; use YYYY-MM-DD, e.g. 2026-03-01."
    if not _ISO_DATE.fullmatch(value):
        raise InvalidDate(problem)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidDate(problem) from None


def check_enrollment_date(discharged: date, today: date) -> date:
    """Refuse a discharge date more than a year from today (almost always a typo)."""
    if abs(discharged - today) > ENROLL_RANGE:
        raise InvalidDate(
            f"Discharge date {discharged.isoformat()} is more than a year from today "
            f"({today.isoformat()}); check the year."
        )
    return discharged


def parse_timezone(name: str) -> str:
    """Return an IANA zone name that zoneinfo knows."""
    value = (name or "").strip()
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidChoice(
            f"Time zone {value!r} is unknown; use an IANA name such as America/Chicago."
        ) from None
    return value


def parse_language(code: str) -> str:
    """Return a supported language code."""
    value = (code or "").strip().lower()
    if value not in LANGUAGES:
        raise InvalidChoice(f"Language {code!r} is not supported; use {' or '.join(LANGUAGES)}.")
    return value


def parse_consent(method: str) -> str:
    """Return a known way the patient agreed to receive texts."""
    value = (method or "").strip().lower()
    if value not in CONSENT_METHODS:
        raise InvalidChoice(f"Consent {method!r} is unknown; use {' or '.join(CONSENT_METHODS)}.")
    return value


def parse_override(spec: str) -> tuple[str, Override]:
    """Parse KEY=DURATION (both bounds) or KEY=MIN..MAX (either may be empty)."""
    key, sep, value = (spec or "").partition("=")
    key = key.strip()
    problem = (
        f"Restriction override {spec!r} is malformed; use KEY=DURATION (e.g. driving=3w) "
        "or KEY=MIN..MAX (e.g. driving=3w..5w, driving=..5w)."
    )
    if not sep or not key or not value.strip():
        raise InvalidChoice(problem)
    try:
        if ".." in value:
            low, _, high = value.partition("..")
            override = Override(
                parse_duration(low) if low.strip() else None,
                parse_duration(high) if high.strip() else None,
            )
            if override.minimum is None and override.maximum is None:
                raise ValueError(value)
        else:
            both = parse_duration(value)
            override = Override(both, both)
    except ValueError:
        raise InvalidChoice(problem) from None
    return key, override


def check_pain_score(score: float | None, what: str = "Pain score") -> float | None:
    """Return a 0-10 pain score unchanged, or refuse one outside the scale."""
    if score is None:
        return None
    if not 0 <= score <= 10:
        raise InvalidChoice(
            f"{what} {score:g} is not on the 0-10 scale; give a number from 0 to 10."
        )
    return float(score)


def parse_pain_score(text: str, what: str = "Pain score") -> float | None:
    """Read a 0-10 score as typed in a file ("" for none), or refuse it in one sentence."""
    if not (text or "").strip():
        return None
    try:
        score = float(text.strip())
    except ValueError as ex:
        raise InvalidChoice(
            f"{what} {text.strip()!r} is not a number; give a number from 0 to 10."
        ) from ex
    return check_pain_score(score, what)
