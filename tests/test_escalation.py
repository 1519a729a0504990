"""An urgent flag nobody acknowledges keeps texting the on-call phone until someone does."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
import sqlite_utils

from bot.config import Config
from bot.services.enrollment import correct_discharge_date
from bot.services.escalation import escalate_due
from bot.store import flags as flag_store
from bot.store import from_db_time
from tests.helpers.clinic import Aftercare
from tests.helpers.replies import (
    ON_CALL,
    PATIENT_PHONE,
    chicago,
    rows,
    text_bot,
)

NIGHT = chicago(2026, 3, 4, 2, 0)  # Wednesday 02:00, clinic closed
DAY = chicago(2026, 3, 4, 10, 0)  # Wednesday 10:00, clinic open
MINUTE = timedelta(minutes=1)
STRANGER = "+13125550777"


def only_flag(db: sqlite_utils.Database) -> dict:
    [flag] = flag_store.flags(db, include_closed=True)
    return flag


def escalation_texts(db: sqlite_utils.Database) -> list[dict]:
    return rows(
        db, "SELECT * FROM outbox WHERE kind = 'alert' AND step LIKE '%escalation%' ORDER BY id"
    )


def raise_urgent(config: Config, at: datetime, body: str = "I have a fever of 102") -> None:
    text_bot(config, at, body)


@pytest.mark.parametrize(
    ("raised_at", "body"),
    [
        (NIGHT, "I have a fever of 102"),
        (DAY, "I have a fever of 102"),  # in hours the clinic has it, but it must be taken
        (DAY, "I can't breathe"),
    ],
)
def test_an_unacknowledged_flag_is_re_texted_to_on_call_every_15_minutes(
    config: Config, db: sqlite_utils.Database, patient: int, raised_at: datetime, body: str
) -> None:
    raise_urgent(config, raised_at, body)
    flag = only_flag(db)

    assert escalate_due(db, config, raised_at + 14 * MINUTE) == 0
    assert escalate_due(db, config, raised_at + 15 * MINUTE) == 1
    assert escalate_due(db, config, raised_at + 15 * MINUTE) == 0  # the same tick again
    assert escalate_due(db, config, raised_at + 29 * MINUTE) == 0
    assert escalate_due(db, config, raised_at + 30 * MINUTE) == 1

    texts = escalation_texts(db)
    assert [t["to_phone"] for t in texts] == [ON_CALL, ON_CALL]
    assert [from_db_time(t["send_at"]) for t in texts] == [
        raised_at + 15 * MINUTE,
        raised_at + 30 * MINUTE,
    ]
    assert all(f"ACK {flag['ack_code']}" in t["body"] for t in texts)
    assert "REMINDER 1" in texts[0]["body"] and "REMINDER 2" in texts[1]["body"]
    assert "(312) 555-0123" in texts[0]["body"]  # the patient's phone, to call back
    recorded = flag_store.escalations_of(db, flag["id"])
    assert [(e["number"], e["outbox_id"]) for e in recorded] == [
        (1, texts[0]["id"]),
        (2, texts[1]["id"]),
    ]
    assert only_flag(db)["escalations"] == 2


def test_a_late_tick_sends_one_reminder_not_one_per_missed_interval(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    raise_urgent(config, NIGHT)

    assert escalate_due(db, config, NIGHT + 2 * timedelta(hours=1)) == 1
    assert len(escalation_texts(db)) == 1


def test_acknowledged_from_the_cli_stops_the_escalation(
    config: Config, db: sqlite_utils.Database, patient: int, aftercare: Aftercare
) -> None:
    raise_urgent(config, NIGHT)
    escalate_due(db, config, NIGHT + 15 * MINUTE)
    flag = only_flag(db)

    result = aftercare("ack", str(flag["id"]), "--note", "calling her now", "--by", "rn.kim")

    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"Flag {flag['id']} acknowledged by rn.kim."
    for minutes in (30, 45, 60, 600):
        assert escalate_due(db, config, NIGHT + minutes * MINUTE) == 0
    assert len(escalation_texts(db)) == 1
    assert len(flag_store.escalations_of(db, flag["id"])) == 1
    acknowledged = only_flag(db)
    assert (acknowledged["status"], acknowledged["acknowledged_by"]) == ("acknowledged", "rn.kim")
    assert acknowledged["note"] == "calling her now"


@pytest.mark.parametrize("reply", ["ACK {code}", "ack {code}", " Ack: {code}. "])
def test_the_on_call_phone_texting_ack_code_stops_the_escalation(
    config: Config, db: sqlite_utils.Database, patient: int, reply: str
) -> None:
    raise_urgent(config, NIGHT)
    flag = only_flag(db)
    [alert] = rows(db, "SELECT body FROM outbox WHERE kind = 'alert'")
    assert f"Reply ACK {flag['ack_code']}" in alert["body"]

    answer = text_bot(config, NIGHT + 5 * MINUTE, reply.format(code=flag["ack_code"]), ON_CALL)

    assert answer == f"Flag {flag['id']} acknowledged. Thank you."
    acknowledged = only_flag(db)
    assert acknowledged["status"] == "acknowledged"
    assert acknowledged["acknowledged_by"] == "on-call (text)"
    assert escalate_due(db, config, NIGHT + 15 * MINUTE) == 0
    assert escalate_due(db, config, NIGHT + 60 * MINUTE) == 0
    assert escalation_texts(db) == []
    # the on-call's own text is not a patient's reply and raises no flag
    assert len(flag_store.flags(db, include_closed=True)) == 1


def test_a_wrong_code_from_on_call_changes_nothing_and_says_so(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    raise_urgent(config, NIGHT)
    code = only_flag(db)["ack_code"]
    wrong = f"{(int(code) + 1) % 10**6:06d}"

    answer = text_bot(config, NIGHT + 5 * MINUTE, f"ACK {wrong}", ON_CALL)

    assert answer.startswith(f"No flag has code {wrong}")
    assert only_flag(db)["status"] == "open"
    assert escalate_due(db, config, NIGHT + 15 * MINUTE) == 1


def test_ack_of_a_flag_already_acknowledged_says_so(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    raise_urgent(config, NIGHT)
    flag = only_flag(db)
    text_bot(config, NIGHT + MINUTE, f"ACK {flag['ack_code']}", ON_CALL)

    answer = text_bot(config, NIGHT + 2 * MINUTE, f"ACK {flag['ack_code']}", ON_CALL)

    assert answer == f"Flag {flag['id']} was already acknowledged."


def test_a_patient_texting_ack_and_a_code_acknowledges_nothing(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    raise_urgent(config, NIGHT)
    flag = only_flag(db)

    text_bot(config, NIGHT + MINUTE, f"ACK {flag['ack_code']}", PATIENT_PHONE)

    assert flag_store.get_flag(db, flag["id"])["status"] == "open"
    assert escalate_due(db, config, NIGHT + 15 * MINUTE) == 1


def test_a_resolved_flag_is_not_escalated(
    config: Config, db: sqlite_utils.Database, patient: int, aftercare: Aftercare
) -> None:
    raise_urgent(config, NIGHT)
    flag = only_flag(db)

    result = aftercare("resolve", str(flag["id"]), "--note", "sent to ER by phone")

    assert result.exit_code == 0, result.output
    assert escalate_due(db, config, NIGHT + 15 * MINUTE) == 0
    assert escalation_texts(db) == []


@pytest.mark.parametrize("body", ["Can I shower?", "doing fine"])
def test_routine_and_ok_replies_never_escalate(
    config: Config, db: sqlite_utils.Database, patient: int, body: str
) -> None:
    text_bot(config, NIGHT, body)

    assert escalate_due(db, config, NIGHT + timedelta(hours=5)) == 0
    assert escalation_texts(db) == []


def test_the_worst_flag_is_escalated_first(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    raise_urgent(config, NIGHT, "the incision is red and swollen")
    raise_urgent(config, NIGHT + MINUTE, "I can't breathe")

    assert escalate_due(db, config, NIGHT + 20 * MINUTE) == 2

    first, second = escalation_texts(db)
    assert first["body"].startswith("Lakeside Spine REMINDER 1: emergency flag")
    assert second["body"].startswith("Lakeside Spine REMINDER 1: urgent flag")


def test_an_unknown_senders_emergency_is_escalated_with_the_number_to_call(
    config: Config, db: sqlite_utils.Database
) -> None:
    """The reminder is what the on-call reads when the first alert was missed."""
    text_bot(config, NIGHT, "my husband is not breathing", STRANGER)
    flag = only_flag(db)
    assert (flag["level"], flag["patient_id"]) == ("emergency", None)

    assert escalate_due(db, config, NIGHT + 15 * MINUTE) == 1

    [reminder] = escalation_texts(db)
    assert reminder["to_phone"] == ON_CALL
    assert "(312) 555-0777" in reminder["body"], reminder["body"]


def test_without_an_on_call_phone_escalations_are_still_recorded(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    no_on_call = replace(config, on_call=replace(config.on_call, phone=""))
    raise_urgent(no_on_call, NIGHT)

    assert escalate_due(db, no_on_call, NIGHT + 15 * MINUTE) == 1

    assert rows(db, "SELECT * FROM outbox WHERE kind = 'alert'") == []
    [escalation] = flag_store.escalations_of(db, only_flag(db)["id"])
    assert escalation["outbox_id"] is None


def test_an_alert_waiting_for_the_next_tick_survives_a_nurse_re_planning_the_patient(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    """A nurse corrects the discharge date while the 02:00 alert is still in the outbox."""
    raise_urgent(config, NIGHT)

    correct_discharge_date(db, config, patient, date(2026, 3, 1), NIGHT + MINUTE)

    [alert] = rows(db, "SELECT * FROM outbox WHERE kind = 'alert'")
    assert (alert["to_phone"], alert["status"]) == (ON_CALL, "scheduled")
