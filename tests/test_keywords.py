"""STOP, START and HELP (and their friends), as carriers require, and what is not a keyword."""

from __future__ import annotations

from datetime import date

import pytest
import sqlite_utils

from bot.config import Config
from bot.conversation.keywords import ack_code, keyword
from bot.store import from_db_time
from bot.web import create_app
from tests.helpers.clinic import Aftercare
from tests.helpers.clock import Clock
from tests.helpers.replies import (
    CLINIC_PHONE,
    ON_CALL,
    PATIENT_PHONE,
    SPANISH_PHONE,
    chicago,
    enroll_patient,
    flags_json,
    mark_sent,
    rows,
    signed_post,
    sms_form,
    text_bot,
    twiml_answer,
)

DISCHARGED = date(2026, 3, 2)
ENROLLED = chicago(2026, 3, 2, 9)
STOPPED_AT = chicago(2026, 3, 3, 9)  # before the first check-in at 10:00

OPT_OUT_WORDS = [
    "STOP",
    "stop",
    "stop.",
    " Stop! ",
    "Stop 🛑",
    "STOPALL",
    "UNSUBSCRIBE",
    "Cancel",
    "END",
    "quit",
    "REVOKE",
    "OPTOUT",
    "PARAR",
    "parar.",
]
OPT_IN_WORDS = ["START", "start", "UNSTOP", "YES", "Comenzar"]
HELP_WORDS = ["HELP", "help?", "INFO", "AYUDA", "Ayuda."]
NOT_KEYWORDS = [
    "the pain won't stop",
    "stop texting me please",
    "I can't stop shaking",
    "please stop",
    "stop stop",
    "STOP2",
    "stopp",
    "help me",
    "I need help",
    "yes I have a fever",
    "started bleeding",
    "",
    "   ",
    "!!!",
]


def patient_status(db: sqlite_utils.Database, patient_id: int) -> str:
    return str(rows(db, "SELECT status FROM patients WHERE id = ?", [patient_id])[0]["status"])


def scheduled(db: sqlite_utils.Database, patient_id: int) -> list[dict]:
    """Return the patient's own scheduled texts (not alerts about them to the on-call)."""
    return rows(
        db,
        "SELECT * FROM outbox WHERE patient_id = ? AND status = 'scheduled' "
        "AND kind != 'alert' ORDER BY send_at",
        [patient_id],
    )


# -- recognizing the words ---------------------------------------------------------------


@pytest.mark.parametrize("word", OPT_OUT_WORDS)
def test_opt_out_words(word: str) -> None:
    assert keyword(word) == "opt_out"


@pytest.mark.parametrize("word", OPT_IN_WORDS)
def test_opt_in_words(word: str) -> None:
    assert keyword(word) == "opt_in"


@pytest.mark.parametrize("word", HELP_WORDS)
def test_help_words(word: str) -> None:
    assert keyword(word) == "help"


@pytest.mark.parametrize("text", NOT_KEYWORDS)
def test_a_sentence_is_not_a_keyword(text: str) -> None:
    assert keyword(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ACK 123456", "123456"),
        ("ack 123456", "123456"),
        (" Ack: 123456. ", "123456"),
        ("ACK123456", "123456"),
        ("ACK 12345", None),
        ("ACK 1234567", "1234567"),  # codes grow past six digits after flag 99,999
        ("I ack 123456", None),
        ("ACK", None),
    ],
)
def test_ack_codes(text: str, code: str | None) -> None:
    assert ack_code(text) == code


# -- opting out through the webhook ------------------------------------------------------


@pytest.mark.parametrize("word", OPT_OUT_WORDS)
def test_stop_opts_the_patient_out_cancels_every_text_and_tells_a_nurse(
    config: Config, db: sqlite_utils.Database, patient: int, aftercare: Aftercare, word: str
) -> None:
    planned = len(scheduled(db, patient))

    answer = text_bot(config, STOPPED_AT, word)

    assert answer.startswith("Lakeside Spine: you will get no more texts.")
    assert "START" in answer and CLINIC_PHONE in answer
    assert patient_status(db, patient) == "opted_out"
    assert scheduled(db, patient) == []
    cancelled = rows(
        db, "SELECT * FROM outbox WHERE patient_id = ? AND status = 'cancelled'", [patient]
    )
    assert len(cancelled) == planned
    # the confirmation is the TwiML answer alone: nothing else is queued to the patient
    assert (
        rows(
            db,
            "SELECT * FROM outbox WHERE to_phone = ? AND kind NOT IN ('check_in', 'reminder')",
            [PATIENT_PHONE],
        )
        == []
    )
    [flag] = flags_json(aftercare)
    assert (flag["reason"], flag["patient_id"], flag["status"]) == ("opted out", patient, "open")
    assert flag["reply"] == word


def test_parar_gets_a_spanish_confirmation(
    config: Config, db: sqlite_utils.Database, spanish_patient: int
) -> None:
    answer = text_bot(config, STOPPED_AT, "PARAR", phone=SPANISH_PHONE)

    assert "no recibirá más mensajes" in answer
    assert patient_status(db, spanish_patient) == "opted_out"


def test_a_replayed_stop_confirms_once_and_flags_once(
    config: Config, db: sqlite_utils.Database, patient: int, aftercare: Aftercare
) -> None:
    client = create_app(config, clock=Clock(STOPPED_AT)).test_client()
    form = sms_form(PATIENT_PHONE, "STOP")

    first = twiml_answer(signed_post(client, config, form))
    second = twiml_answer(signed_post(client, config, form))

    assert first == second
    assert len(rows(db, "SELECT * FROM replies")) == 1
    assert len(flags_json(aftercare)) == 1


def test_stop_leaves_texts_already_sent_alone(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    first = scheduled(db, patient)[0]
    mark_sent(db, first["id"], chicago(2026, 3, 3, 10))

    text_bot(config, chicago(2026, 3, 3, 15), "STOP")

    [row] = rows(db, "SELECT status FROM outbox WHERE id = ?", [first["id"]])
    assert row["status"] == "sent"


def test_a_symptom_after_stop_still_reaches_a_nurse(
    config: Config, db: sqlite_utils.Database, patient: int, aftercare: Aftercare
) -> None:
    text_bot(config, STOPPED_AT, "STOP")

    answer = text_bot(config, chicago(2026, 3, 3, 11), "I have a fever of 102")

    assert "A nurse from Lakeside Spine will call you shortly" in answer
    assert "fever" in [flag["reason"] for flag in flags_json(aftercare)]
    assert patient_status(db, patient) == "opted_out"


def test_stop_from_a_phone_two_patients_share_stops_every_text_to_that_phone(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    """A carrier's STOP is about the phone number: nothing may be texted to it afterwards."""
    caregiver_phone_patient = enroll_patient(
        db, config, discharged=date(2026, 2, 27), now=chicago(2026, 2, 27, 9), name="Luis Lopez"
    )

    text_bot(config, STOPPED_AT, "STOP")

    still_to_go = rows(
        db,
        "SELECT patient_id, step FROM outbox WHERE to_phone = ? AND status = 'scheduled'",
        [PATIENT_PHONE],
    )
    assert still_to_go == []
    assert patient_status(db, caregiver_phone_patient) == "opted_out"


def test_stop_does_not_cancel_the_alert_already_queued_to_the_on_call_phone(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    """A fever at 02:00, then STOP a minute later: the on-call clinician must still hear."""
    text_bot(config, chicago(2026, 3, 4, 2, 0), "I have a fever of 102")

    text_bot(config, chicago(2026, 3, 4, 2, 1), "STOP")

    [alert] = rows(db, "SELECT * FROM outbox WHERE kind = 'alert'")
    assert alert["to_phone"] == ON_CALL
    assert alert["status"] == "scheduled"


# -- opting in again ---------------------------------------------------------------------


@pytest.mark.parametrize("word", OPT_IN_WORDS)
def test_start_schedules_the_future_texts_again_from_now(
    config: Config, db: sqlite_utils.Database, patient: int, word: str
) -> None:
    sent = scheduled(db, patient)[0]
    mark_sent(db, sent["id"], chicago(2026, 3, 3, 10))
    text_bot(config, chicago(2026, 3, 3, 15), "STOP")
    restarted = chicago(2026, 3, 6, 12)  # day 4: the check-ins of days 2 and 3 were missed

    answer = text_bot(config, restarted, word)

    assert answer.startswith("Lakeside Spine: you will get check-in texts again.")
    assert "STOP" in answer
    assert patient_status(db, patient) == "active"
    again = scheduled(db, patient)
    assert again, "no future text was scheduled again"
    assert all(from_db_time(row["send_at"]) >= restarted for row in again)
    # the first one after START is the day-7 check-in (Mon Mar 9, 10:00)
    assert from_db_time(again[0]["send_at"]) == chicago(2026, 3, 9, 10)
    # nothing from before START is sent late, and the one already sent is not sent twice
    missed = rows(
        db,
        "SELECT step, status FROM outbox WHERE patient_id = ? AND step IN ('day-2', 'day-3')",
        [patient],
    )
    assert {row["status"] for row in missed} <= {"skipped", "cancelled"}
    assert rows(db, "SELECT status FROM outbox WHERE id = ?", [sent["id"]]) == [{"status": "sent"}]
    assert len(rows(db, "SELECT * FROM outbox WHERE step = 'day-1'")) == 1


def test_comenzar_answers_in_spanish(
    config: Config, db: sqlite_utils.Database, spanish_patient: int
) -> None:
    text_bot(config, STOPPED_AT, "PARAR", phone=SPANISH_PHONE)
    answer = text_bot(config, chicago(2026, 3, 6, 12), "COMENZAR", phone=SPANISH_PHONE)

    assert "volverá a recibir mensajes" in answer
    assert patient_status(db, spanish_patient) == "active"


@pytest.mark.parametrize(
    ("phone", "reply"),
    [
        (PATIENT_PHONE, "Yes"),
        (PATIENT_PHONE, "YES"),
        (PATIENT_PHONE, "yes!"),
        (SPANISH_PHONE, "Sí"),
        (SPANISH_PHONE, "si"),
    ],
)
def test_yes_to_a_check_in_question_reaches_a_nurse(
    config: Config,
    db: sqlite_utils.Database,
    patient: int,
    spanish_patient: int,
    aftercare: Aftercare,
    phone: str,
    reply: str,
) -> None:
    """The check-in asks "any fever, redness, swelling or worse pain?"; "Yes" is an answer.

    For a patient who never opted out, YES is not an opt-in: it must be read by a nurse.
    """
    asked = patient if phone == PATIENT_PHONE else spanish_patient
    check_in = scheduled(db, asked)[0]
    mark_sent(db, check_in["id"], chicago(2026, 3, 3, 10))

    answer = text_bot(config, chicago(2026, 3, 3, 10, 5), reply, phone)

    assert "you will get check-in texts again" not in answer
    assert "volverá a recibir mensajes" not in answer
    [flag] = flags_json(aftercare)
    assert (flag["reply"], flag["patient_id"]) == (reply, asked)
    assert flag["level"] in ("urgent", "emergency")  # when in doubt, go up a level
    assert patient_status(db, asked) == "active"


def test_yes_from_an_opted_out_patient_opts_them_in(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    text_bot(config, STOPPED_AT, "STOP")

    answer = text_bot(config, chicago(2026, 3, 6, 12), "Yes")

    assert answer.startswith("Lakeside Spine: you will get check-in texts again.")
    assert patient_status(db, patient) == "active"


# -- HELP --------------------------------------------------------------------------------


@pytest.mark.parametrize("word", HELP_WORDS)
def test_help_names_the_clinic_its_phone_rates_and_how_to_stop(
    config: Config, db: sqlite_utils.Database, patient: int, word: str
) -> None:
    before = scheduled(db, patient)

    answer = text_bot(config, STOPPED_AT, word)

    assert "Lakeside Spine" in answer
    assert CLINIC_PHONE in answer
    assert "Msg & data rates may apply" in answer
    assert "Reply STOP to opt out" in answer
    assert patient_status(db, patient) == "active"
    assert scheduled(db, patient) == before


def test_ayuda_in_spanish(config: Config, spanish_patient: int) -> None:
    answer = text_bot(config, STOPPED_AT, "AYUDA", phone=SPANISH_PHONE)

    assert "Lakeside Spine" in answer and CLINIC_PHONE in answer
    assert "Pueden aplicarse tarifas de mensajes y datos" in answer
    assert "PARAR" in answer


# -- sentences with the words in them ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "level"),
    [
        ("the pain won't stop", "urgent"),
        ("stop texting me please", "routine"),
        # uncontrollable shaking may be pump withdrawal (baclofen withdrawal can kill)
        ("I can't stop shaking", "emergency"),
        ("please stop", "routine"),
        ("I need help", "routine"),
    ],
)
def test_a_sentence_with_stop_in_it_is_read_by_a_nurse_not_taken_as_an_opt_out(
    config: Config,
    db: sqlite_utils.Database,
    patient: int,
    aftercare: Aftercare,
    body: str,
    level: str,
) -> None:
    before = scheduled(db, patient)

    answer = text_bot(config, chicago(2026, 3, 3, 11), body)

    assert "no more texts" not in answer
    assert patient_status(db, patient) == "active"
    assert scheduled(db, patient) == before
    [flag] = flags_json(aftercare)
    assert (flag["level"], flag["reply"]) == (level, body)
    assert flag["reason"] != "opted out"


def test_help_also_puts_the_patient_before_a_nurse(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    """HELP is a carrier keyword, but a patient in trouble may text it too."""
    text_bot(config, STOPPED_AT, "HELP")

    [flag] = [f for f in rows(db, "SELECT * FROM flags") if f["patient_id"] == patient]
    assert (flag["level"], flag["reason"]) == ("routine", "asked for help")


def test_a_mistyped_ack_code_matches_no_other_flag() -> None:
    """Codes carry a check digit: one wrong key on the phone does not ACK someone else."""
    from bot.store.flags import ack_code_for

    codes = {ack_code_for(flag_id) for flag_id in range(1, 3000)}
    for flag_id in (7, 42, 2024):
        code = ack_code_for(flag_id)
        for position in range(len(code)):
            for digit in "0123456789":
                typo = code[:position] + digit + code[position + 1 :]
                assert typo == code or typo not in codes
