"""The patient's answer and who is told, for each triage level at each kind of moment."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.config import Clinic
from bot.conversation.routing import Route, route
from bot.conversation.texts import help_text, opted_in_text, opted_out_text, unknown_sender_text
from bot.triage import SUICIDAL, Finding, Level, Triage
from tests.helpers.clinics import (
    CLINIC,
    SYDNEY,
    SYDNEY_CLINIC,
    WEEKDAY_HOURS,
    chicago,
)

PHONE = "(312) 555-0100"
LONG_NAME = Clinic(
    name="The Very Long Regional Interventional Spine, Pain and Neuromodulation Center"
)
NEXT_CHECK_IN = date(2026, 3, 9)


def utc(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def reply(level: Level, *, suicidal: bool = False) -> Triage:
    findings = (Finding(SUICIDAL, "want to end it"),) if suicidal else ()
    return Triage(level=level, findings=findings, language="en")


def answer_for(level: Level, now: datetime, language: str = "en", clinic: Clinic = CLINIC) -> Route:
    return route(
        reply(level), now=now, clinic=clinic, language=language, next_check_in=NEXT_CHECK_IN
    )


# (moment, whether the clinic is open); the clinic is America/Chicago, Mon-Fri 08-17.
MOMENTS = [
    pytest.param(chicago(2026, 3, 4, 10, 0), True, id="weekday-in-hours"),
    pytest.param(utc(2026, 3, 4, 16, 0), True, id="weekday-in-hours-utc"),
    pytest.param(chicago(2026, 3, 4, 7, 59), False, id="0759"),
    pytest.param(chicago(2026, 3, 4, 8, 0), True, id="0800"),
    pytest.param(chicago(2026, 3, 4, 16, 59), True, id="1659"),
    pytest.param(chicago(2026, 3, 4, 17, 0), False, id="1700"),
    pytest.param(utc(2026, 3, 4, 23, 0), False, id="1700-utc"),
    pytest.param(chicago(2026, 3, 4, 2, 0), False, id="night"),
    pytest.param(chicago(2026, 3, 7, 10, 0), False, id="saturday"),
    pytest.param(chicago(2026, 11, 26, 10, 0), False, id="thanksgiving"),
    pytest.param(chicago(2026, 12, 25, 10, 0), False, id="christmas"),
    pytest.param(chicago(2026, 12, 24, 10, 0), False, id="closure"),
    pytest.param(chicago(2026, 3, 8, 10, 0), False, id="dst-start-sunday"),
    pytest.param(chicago(2026, 11, 1, 10, 0), False, id="dst-end-sunday"),
    pytest.param(chicago(2026, 3, 9, 8, 30), True, id="monday-0830-cdt"),
    pytest.param(utc(2026, 3, 9, 13, 30), True, id="monday-0830-cdt-utc"),
    pytest.param(utc(2026, 3, 9, 22, 30), False, id="monday-1730-cdt-utc"),
    pytest.param(chicago(2026, 11, 2, 8, 30), True, id="monday-0830-cst"),
    pytest.param(utc(2026, 11, 2, 14, 30), True, id="monday-0830-cst-utc"),
    # 07:30 CST: with the summer offset it would wrongly read as 08:30, open.
    pytest.param(utc(2026, 11, 2, 13, 30), False, id="monday-0730-cst-utc"),
]

# level -> (key phrase in hours, key phrase after hours, notify on-call in hours, after hours)
EXPECTED = {
    Level.EMERGENCY: ("Call 911 now.", "Call 911 now.", True, True),
    Level.URGENT: (
        "A nurse from Lakeside Spine & Pain will call you shortly.",
        "Go to the nearest emergency room now, or call 911.",
        False,
        True,
    ),
    Level.ROUTINE: (
        "will answer during clinic hours",
        "will answer during clinic hours",
        False,
        False,
    ),
    Level.OK: (
        "Your next check-in is Mon Mar 9.",
        "Your next check-in is Mon Mar 9.",
        False,
        False,
    ),
}


@pytest.mark.parametrize("level", list(Level))
@pytest.mark.parametrize(("now", "open_"), MOMENTS)
def test_routing_table(level: Level, now: datetime, open_: bool) -> None:
    in_hours, after_hours, notify_in_hours, notify_after_hours = EXPECTED[level]
    result = answer_for(level, now)
    assert result.level is level
    assert (in_hours if open_ else after_hours) in result.answer
    assert result.after_hours is not open_
    assert result.notify_on_call is (notify_in_hours if open_ else notify_after_hours)
    assert result.queue is (level is not Level.OK)


def test_urgent_in_hours_gives_the_clinic_phone() -> None:
    answer = answer_for(Level.URGENT, chicago(2026, 3, 4, 10, 0)).answer
    assert answer == (
        "A nurse from Lakeside Spine & Pain will call you shortly. "
        f"If it gets worse, call {PHONE} or 911."
    )


def test_urgent_after_hours_says_the_clinic_is_closed_and_will_follow_up() -> None:
    answer = answer_for(Level.URGENT, chicago(2026, 3, 4, 20, 0)).answer
    assert answer.startswith("Lakeside Spine & Pain is closed now.")
    assert "follow up" in answer


def test_no_holidays_means_urgent_on_thanksgiving_goes_to_a_nurse() -> None:
    clinic = Clinic(hours=WEEKDAY_HOURS, holidays="")
    result = answer_for(Level.URGENT, chicago(2026, 11, 26, 10, 0), clinic=clinic)
    assert not result.after_hours
    assert not result.notify_on_call
    assert "will call you shortly" in result.answer


@pytest.mark.parametrize(
    ("now", "open_"),
    [
        pytest.param(datetime(2026, 3, 4, 10, 0, tzinfo=SYDNEY), True, id="wednesday"),
        pytest.param(datetime(2026, 4, 6, 10, 0, tzinfo=SYDNEY), False, id="easter-monday"),
        # Easter Monday in UTC, Tuesday 08:30 in Sydney.
        pytest.param(utc(2026, 4, 6, 22, 30), True, id="tuesday-morning-utc"),
    ],
)
def test_urgent_in_another_zone(now: datetime, open_: bool) -> None:
    result = answer_for(Level.URGENT, now, clinic=SYDNEY_CLINIC)
    assert result.after_hours is not open_
    assert result.notify_on_call is not open_
    if open_:
        assert "+61 2 9382 4000" in result.answer


SPANISH = [
    pytest.param(Level.EMERGENCY, True, "Llame al 911 ahora.", id="emergency"),
    pytest.param(Level.URGENT, True, "Una enfermera de Lakeside Spine & Pain", id="urgent"),
    pytest.param(Level.URGENT, False, "sala de emergencias", id="urgent-after-hours"),
    pytest.param(Level.ROUTINE, True, "en horario de atención", id="routine"),
    pytest.param(Level.OK, True, "Su próximo control es el lun 9 mar.", id="ok"),
]


@pytest.mark.parametrize(("level", "open_", "phrase"), SPANISH)
def test_spanish_answers(level: Level, open_: bool, phrase: str) -> None:
    now = chicago(2026, 3, 4, 10, 0) if open_ else chicago(2026, 3, 4, 22, 0)
    assert phrase in answer_for(level, now, language="es").answer


@pytest.mark.parametrize("language", ["fr", "", "EN", "zh-Hant"])
def test_other_languages_get_english(language: str) -> None:
    answer = answer_for(Level.ROUTINE, chicago(2026, 3, 4, 10, 0), language=language).answer
    assert answer.startswith("Thanks. A nurse from")


def test_regional_spanish_gets_spanish() -> None:
    answer = answer_for(Level.EMERGENCY, chicago(2026, 3, 4, 10, 0), language="es-MX").answer
    assert answer.startswith("Llame al 911")


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("next_check_in", [NEXT_CHECK_IN, None])
def test_ok_never_tells_a_patient_they_are_fine(language: str, next_check_in: date | None) -> None:
    result = route(
        reply(Level.OK),
        now=chicago(2026, 3, 4, 10, 0),
        clinic=CLINIC,
        language=language,
        next_check_in=next_check_in,
    )
    answer = result.answer.lower()
    for claim in (
        "fine",
        "you're fine",
        "you are fine",
        "everything is ok",
        "estás bien",
        "está bien",
    ):
        assert claim not in answer
    assert PHONE in result.answer
    assert not result.queue and not result.notify_on_call


def test_ok_without_next_check_in_leaves_out_the_date() -> None:
    result = route(reply(Level.OK), now=chicago(2026, 3, 4, 10, 0), clinic=CLINIC, language="en")
    assert "check-in" not in result.answer
    assert result.answer.startswith("Thank you for letting us know. Questions?")


@pytest.mark.parametrize("clinic", [CLINIC, SYDNEY_CLINIC, LONG_NAME], ids=["us", "au", "long"])
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("level", list(Level))
@pytest.mark.parametrize("open_", [True, False], ids=["open", "closed"])
def test_every_answer_says_how_to_reach_a_person(
    clinic: Clinic, language: str, level: Level, open_: bool
) -> None:
    now = datetime(2026, 3, 4, 10 if open_ else 22, 0, tzinfo=clinic.zone)
    answer = answer_for(level, now, language=language, clinic=clinic).answer
    digits = "".join(ch for ch in answer if ch.isdigit())
    assert clinic.phone.removeprefix("+1").removeprefix("+") in digits or "911" in answer


@pytest.mark.parametrize("clinic", [CLINIC, LONG_NAME], ids=["short-name", "long-name"])
@pytest.mark.parametrize(
    ("language", "opening"), [("en", "Call 911 now."), ("es", "Llame al 911 ahora.")]
)
@pytest.mark.parametrize("suicidal", [False, True], ids=["", "suicidal"])
def test_emergency_answer_comes_first_and_is_short(
    clinic: Clinic, language: str, opening: str, suicidal: bool
) -> None:
    result = route(
        reply(Level.EMERGENCY, suicidal=suicidal),
        now=chicago(2026, 3, 4, 10, 0),
        clinic=clinic,
        language=language,
    )
    assert result.answer.startswith(opening)
    assert len(result.answer) <= 160
    assert ("988" in result.answer) is suicidal


def test_suicidal_answer_offers_988() -> None:
    english = route(
        reply(Level.EMERGENCY, suicidal=True),
        now=chicago(2026, 3, 7, 2, 0),
        clinic=CLINIC,
        language="en",
    )
    spanish = route(
        reply(Level.EMERGENCY, suicidal=True),
        now=chicago(2026, 3, 7, 2, 0),
        clinic=CLINIC,
        language="es",
    )
    assert "Call or text 988" in english.answer
    assert "Llame o envíe un texto al 988" in spanish.answer
    assert english.notify_on_call and english.level is Level.EMERGENCY


@pytest.mark.parametrize("language", ["en", "es"])
def test_keyword_answers_name_the_clinic_and_its_phone(language: str) -> None:
    for text in (
        help_text(CLINIC, language),
        opted_out_text(CLINIC, language),
        opted_in_text(CLINIC, language),
    ):
        assert "Lakeside Spine & Pain" in text
        assert PHONE in text


def test_help_text_meets_carrier_rules() -> None:
    text = help_text(CLINIC, "en")
    assert "check-in texts for about 8 weeks after your procedure" in text
    assert "Msg & data rates may apply" in text
    assert "Reply STOP to opt out" in text
    # "help" may come from a patient in trouble, so 911 is worth a second segment
    assert "911" in text
    assert len(text) <= 2 * 153


def test_opted_out_text_says_how_to_resume() -> None:
    assert "Reply START to resume" in opted_out_text(CLINIC, "en")
    assert "START" in opted_out_text(CLINIC, "es")


def test_unknown_sender_text_is_bilingual_when_it_fits() -> None:
    text = unknown_sender_text(CLINIC)
    assert PHONE in text and "Llame al" in text
    assert len(text) <= 160


def test_unknown_sender_text_drops_spanish_rather_than_run_long() -> None:
    text = unknown_sender_text(LONG_NAME)
    assert "Llame al" not in text
    assert "(312) 555-0100" in text


def test_the_queue_puts_the_worst_first() -> None:
    levels = sorted(
        [Level.OK, Level.ROUTINE, Level.EMERGENCY, Level.URGENT], key=lambda lv: lv.priority
    )
    assert levels == [Level.EMERGENCY, Level.URGENT, Level.ROUTINE, Level.OK]
