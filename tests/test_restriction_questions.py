""" "Can I drive?": answered from the patient's own restriction windows, then a nurse confirms."""

from __future__ import annotations

from datetime import date

import pytest
import sqlite_utils

from bot.config import Config
from bot.conversation.restriction_questions import asked_restrictions
from bot.domain.plan import Override
from bot.domain.protocols import parse_duration
from bot.services.enrollment import enroll, lift_restriction, prepare
from tests.helpers.clinic import Aftercare
from tests.helpers.replies import (
    CLINIC_PHONE,
    PATIENT_PHONE,
    SPANISH_PHONE,
    chicago,
    flags_json,
    text_bot,
)

DISCHARGED = date(2026, 3, 2)
ENROLLED = chicago(2026, 3, 2, 9)
ASKED = chicago(2026, 3, 5, 11)  # Thursday, clinic open

# the implant protocol: driving and housework 2-4 weeks, strenuous activity 6-8 weeks
DRIVING = "driving: not before Mar 16, likely by Mar 30"
HOUSEWORK = "housework: not before Mar 16, likely by Mar 30"
ACTIVITY = "strenuous activity (lifting, bending, exercise): not before Apr 13, likely by Apr 27"
MANEJAR = "manejar: no antes del 16 mar, probablemente hacia el 30 mar"
EJERCICIO = "actividad intensa (cargar peso, agacharse, ejercicio): no antes del 13 abr"


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("can I drive?", ["driving"]),
        ("Can I drive", ["driving"]),
        ("when can I start driving again", ["driving"]),
        ("¿puedo manejar?", ["driving"]),
        ("cuando puedo conducir", ["driving"]),
        ("when can I do housework?", ["housework"]),
        ("Can I do the laundry?", ["housework"]),
        ("¿Puedo hacer las tareas de la casa?", ["housework"]),
        ("when can I exercise", ["strenuous_activity"]),
        ("how soon can I go to the gym", ["strenuous_activity"]),
        ("When can I lift my grandson?", ["strenuous_activity"]),
        ("¿Cuándo puedo hacer ejercicio?", ["strenuous_activity"]),
        ("can I drive and vacuum?", ["driving", "housework"]),
        # statements and other questions are not restriction questions
        ("I drove to the store yesterday", []),
        ("I have a fever", []),
        ("Can I shower?", []),
        ("", []),
    ],
)
def test_which_restriction_a_question_asks_about(text: str, keys: list[str]) -> None:
    assert asked_restrictions(text) == keys


@pytest.mark.parametrize(
    ("question", "windows"),
    [
        ("can I drive?", [DRIVING]),
        ("when can I do housework?", [HOUSEWORK]),
        ("when can I exercise", [ACTIVITY]),
        ("Can I drive and do the laundry?", [DRIVING, HOUSEWORK]),
    ],
)
def test_a_restriction_question_is_answered_with_the_patients_own_dates(
    config: Config, patient: int, aftercare: Aftercare, question: str, windows: list[str]
) -> None:
    answer = text_bot(config, ASKED, question)

    assert answer.startswith("Lakeside Spine: ")
    for window in windows:
        assert window in answer
    assert "Only when your doctor clears you." in answer
    assert "A nurse will confirm." in answer
    assert CLINIC_PHONE in answer and "911" in answer
    # the bot answered, and a nurse still sees the question
    [flag] = flags_json(aftercare)
    assert (flag["level"], flag["patient_id"], flag["reply"]) == ("routine", patient, question)
    assert flag["reason"].startswith("question: ")


@pytest.mark.parametrize(
    ("question", "window"),
    [("¿puedo manejar?", MANEJAR), ("¿Cuándo puedo hacer ejercicio?", EJERCICIO)],
)
def test_a_spanish_question_gets_a_spanish_answer(
    config: Config, spanish_patient: int, aftercare: Aftercare, question: str, window: str
) -> None:
    answer = text_bot(config, ASKED, question, SPANISH_PHONE)

    assert window in answer
    assert "Solo cuando su médico lo autorice." in answer
    assert [flag["level"] for flag in flags_json(aftercare)] == ["routine"]


def test_a_physicians_override_is_what_the_patient_hears(
    config: Config, db: sqlite_utils.Database, aftercare: Aftercare
) -> None:
    request = prepare(
        name="Ana Lopez",
        phone=PATIENT_PHONE,
        discharged=DISCHARGED,
        protocol=None,
        timezone=None,
        language="en",
        config=config,
        today=DISCHARGED,
        overrides={"driving": Override(parse_duration("3w"), parse_duration("6w"))},
    )
    enroll(db, config, request, ENROLLED)

    answer = text_bot(config, ASKED, "can I drive?")

    assert "driving: not before Mar 23, likely by Apr 13" in answer


def test_a_lifted_restriction_says_the_doctor_cleared_it(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    lift_restriction(db, config, patient, "driving", chicago(2026, 3, 20, 9))

    answer = text_bot(config, chicago(2026, 3, 21, 11), "can I drive and do housework?")

    assert "driving: your doctor cleared this on Mar 20" in answer
    assert HOUSEWORK in answer  # the other window is still on


def test_a_lifted_restriction_in_spanish(
    config: Config, db: sqlite_utils.Database, spanish_patient: int
) -> None:
    lift_restriction(db, config, spanish_patient, "driving", chicago(2026, 3, 20, 9))

    answer = text_bot(config, chicago(2026, 3, 21, 11), "¿puedo manejar?", SPANISH_PHONE)

    assert "manejar: su médico lo autorizó el 20 mar" in answer


@pytest.mark.parametrize(
    "question",
    [
        "can I drive? my incision is red and swollen",
        "I have a fever of 101, can I still drive?",
    ],
)
def test_a_red_flag_in_the_question_wins_over_the_answer_about_dates(
    config: Config, patient: int, aftercare: Aftercare, question: str
) -> None:
    answer = text_bot(config, ASKED, question)

    assert "A nurse from Lakeside Spine will call you shortly" in answer
    assert "not before" not in answer
    assert [flag["level"] for flag in flags_json(aftercare)] == ["urgent"]


def test_a_patient_without_restrictions_gets_the_routine_answer(
    config: Config, db: sqlite_utils.Database, aftercare: Aftercare
) -> None:
    request = prepare(
        name="Ana Lopez",
        phone=PATIENT_PHONE,
        discharged=DISCHARGED,
        protocol="intrathecal-pump-trial",
        timezone=None,
        language="en",
        config=config,
        today=DISCHARGED,
    )
    enroll(db, config, request, ENROLLED)

    answer = text_bot(config, ASKED, "can I drive?")

    assert "A nurse from Lakeside Spine will answer during clinic hours" in answer
    assert [flag["level"] for flag in flags_json(aftercare)] == ["routine"]


@pytest.mark.parametrize(
    ("question", "phone"),
    [
        ("How do I clean my incision?", PATIENT_PHONE),
        ("Can I wash the wound with soap?", PATIENT_PHONE),
        ("¿Cómo limpio la herida?", SPANISH_PHONE),
        ("¿Puedo lavar la herida con jabón?", SPANISH_PHONE),
    ],
)
def test_a_wound_care_question_is_not_answered_with_the_housework_window(
    config: Config, patient: int, spanish_patient: int, question: str, phone: str
) -> None:
    """Cleaning a wound is not housework: the patient must not get a housework date back."""
    answer = text_bot(config, ASKED, question, phone)

    assert "housework" not in answer
    assert "tareas de la casa" not in answer
