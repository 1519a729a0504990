"""Non-response: a reminder a day after a silent check-in, a nurse's call a day after that."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils

from bot.config import Config
from bot.services.enrollment import lift_restriction
from bot.services.follow_up import follow_up
from bot.store import from_db_time
from tests.helpers.clinic import Aftercare
from tests.helpers.replies import (
    PATIENT_PHONE,
    chicago,
    enroll_patient,
    flags_json,
    mark_sent,
    rows,
    text_bot,
)

LOS_ANGELES = ZoneInfo("America/Los_Angeles")
# discharged Saturday 28 Feb: the day-3 check-in goes out Tuesday 3 March 10:00, and the
# next one only on day 7, so a reminder has days of its own (see the folded case below)
SENT = chicago(2026, 3, 3, 10, 0)
DAY = timedelta(hours=24)
MINUTE = timedelta(minutes=1)


def enroll(db: sqlite_utils.Database, config: Config, timezone: str | None = None) -> int:
    return enroll_patient(
        db, config, discharged=date(2026, 2, 28), now=chicago(2026, 3, 2, 9), timezone=timezone
    )


def send_check_in(db: sqlite_utils.Database, patient: int, at: datetime) -> dict:
    """Mark the patient's day-3 check-in as sent at `at`, as the dispatcher records it."""
    day_3 = rows(
        db,
        "SELECT * FROM outbox WHERE patient_id = ? AND step = 'day-3'",
        [patient],
    )[0]
    mark_sent(db, day_3["id"], at)
    return day_3


def reminders(db: sqlite_utils.Database) -> list[dict]:
    return rows(db, "SELECT * FROM outbox WHERE kind = 'no_reply' ORDER BY id")


def no_response_flags(db: sqlite_utils.Database) -> list[dict]:
    return rows(db, "SELECT * FROM flags WHERE reason = 'no response'")


@pytest.fixture
def patient(db: sqlite_utils.Database, config: Config) -> int:
    return enroll(db, config)


def test_a_silent_check_in_gets_one_reminder_a_day_later(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    send_check_in(db, patient, SENT)

    assert follow_up(db, config, SENT + DAY - MINUTE) == {"reminders": 0, "flags": 0}
    assert follow_up(db, config, SENT + DAY) == {"reminders": 1, "flags": 0}
    assert follow_up(db, config, SENT + DAY + 5 * MINUTE) == {"reminders": 0, "flags": 0}
    assert follow_up(db, config, SENT + DAY + 10 * MINUTE) == {"reminders": 0, "flags": 0}

    [reminder] = reminders(db)
    assert reminder["to_phone"] == PATIENT_PHONE
    assert reminder["patient_id"] == patient
    assert reminder["status"] == "scheduled"
    assert from_db_time(reminder["send_at"]) == SENT + DAY  # 10:00: inside texting hours
    assert "we haven't heard from you" in reminder["body"]
    assert "Lakeside Spine" in reminder["body"] and "911" in reminder["body"]
    assert no_response_flags(db) == []


@pytest.mark.parametrize(
    ("sent_at", "run_at", "send_at"),
    [
        # 23:00 at the clinic: the reminder waits for 08:00 the next morning
        (SENT, chicago(2026, 3, 4, 23, 0), chicago(2026, 3, 5, 8, 0)),
        (SENT, chicago(2026, 3, 4, 20, 0), chicago(2026, 3, 5, 8, 0)),
        (SENT, chicago(2026, 3, 4, 19, 59), chicago(2026, 3, 4, 19, 59)),
        # before 08:00: later the same morning
        (chicago(2026, 3, 3, 6, 0), chicago(2026, 3, 4, 6, 30), chicago(2026, 3, 4, 8, 0)),
        # across the change to daylight time (Sunday 8 March 2026, 02:00)
        (chicago(2026, 3, 6, 10), chicago(2026, 3, 7, 23, 0), chicago(2026, 3, 8, 8, 0)),
    ],
)
def test_the_reminder_goes_out_only_inside_texting_hours(
    config: Config,
    db: sqlite_utils.Database,
    patient: int,
    sent_at: datetime,
    run_at: datetime,
    send_at: datetime,
) -> None:
    send_check_in(db, patient, sent_at)

    follow_up(db, config, run_at)

    [reminder] = reminders(db)
    assert from_db_time(reminder["send_at"]) == send_at


def test_daylight_time_is_kept_in_the_stored_utc_time(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    send_check_in(db, patient, chicago(2026, 3, 6, 10))

    follow_up(db, config, chicago(2026, 3, 7, 23, 0))

    # 08:00 CDT (UTC-5) on the 8th, not 08:00 CST (UTC-6)
    assert reminders(db)[0]["send_at"] == "2026-03-08T13:00:00+00:00"


@pytest.mark.parametrize(
    ("run_at", "send_at"),
    [
        # 23:00 in Chicago is 21:00 in Los Angeles: after hours there too
        (chicago(2026, 3, 4, 23, 0), datetime(2026, 3, 5, 8, 0, tzinfo=LOS_ANGELES)),
        # 09:00 in Chicago is 07:00 in Los Angeles: the patient is still asleep
        (chicago(2026, 3, 5, 9, 0), datetime(2026, 3, 5, 8, 0, tzinfo=LOS_ANGELES)),
        # 21:30 in Chicago is 19:30 in Los Angeles: still allowed there
        (chicago(2026, 3, 4, 21, 30), datetime(2026, 3, 4, 19, 30, tzinfo=LOS_ANGELES)),
    ],
)
def test_texting_hours_are_the_patients_own(
    config: Config, db: sqlite_utils.Database, run_at: datetime, send_at: datetime
) -> None:
    patient = enroll(db, config, timezone="America/Los_Angeles")
    send_check_in(db, patient, SENT)

    follow_up(db, config, run_at)

    [reminder] = reminders(db)
    assert from_db_time(reminder["send_at"]) == send_at
    assert reminder["timezone"] == "America/Los_Angeles"


def test_silence_after_the_reminder_puts_one_routine_flag_before_a_nurse(
    config: Config, db: sqlite_utils.Database, patient: int, aftercare: Aftercare
) -> None:
    send_check_in(db, patient, SENT)
    follow_up(db, config, SENT + DAY)
    [reminder] = reminders(db)
    reminded = SENT + DAY + 2 * MINUTE
    mark_sent(db, reminder["id"], reminded)

    assert follow_up(db, config, reminded + DAY - MINUTE) == {"reminders": 0, "flags": 0}
    assert follow_up(db, config, reminded + DAY) == {"reminders": 0, "flags": 1}
    assert follow_up(db, config, reminded + DAY + 5 * MINUTE) == {"reminders": 0, "flags": 0}

    [flag] = flags_json(aftercare)
    assert (flag["level"], flag["reason"], flag["patient_id"]) == (
        "routine",
        "no response",
        patient,
    )
    assert flag["status"] == "open"
    assert "Phone the patient" in flag["detail"]
    assert len(reminders(db)) == 1  # no second reminder


@pytest.mark.parametrize("after", [MINUTE, timedelta(hours=3), DAY - MINUTE])
def test_a_reply_after_the_check_in_means_no_reminder(
    config: Config, db: sqlite_utils.Database, patient: int, after: timedelta
) -> None:
    send_check_in(db, patient, SENT)
    text_bot(config, SENT + after, "doing fine")

    assert follow_up(db, config, SENT + DAY) == {"reminders": 0, "flags": 0}
    assert follow_up(db, config, SENT + 2 * DAY) == {"reminders": 0, "flags": 0}
    assert reminders(db) == []


def test_a_reply_before_the_check_in_does_not_count_as_an_answer(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    text_bot(config, SENT - timedelta(hours=1), "doing fine")
    send_check_in(db, patient, SENT)

    assert follow_up(db, config, SENT + DAY)["reminders"] == 1


def test_a_reply_after_the_reminder_means_no_flag(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    send_check_in(db, patient, SENT)
    follow_up(db, config, SENT + DAY)
    [reminder] = reminders(db)
    mark_sent(db, reminder["id"], SENT + DAY)
    text_bot(config, SENT + DAY + timedelta(hours=2), "sorry, was asleep. all good")

    assert follow_up(db, config, SENT + 2 * DAY) == {"reminders": 0, "flags": 0}
    assert no_response_flags(db) == []


def test_a_reply_while_the_reminder_waits_for_morning_stops_the_reminder(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    """Reminder queued at 23:00 for 08:00; the patient answers at 07:30: they did respond."""
    send_check_in(db, patient, SENT)
    follow_up(db, config, chicago(2026, 3, 4, 23, 0))

    text_bot(config, chicago(2026, 3, 5, 7, 30), "I'm ok, no fever")

    # "we haven't heard from you" does not go out to someone who just wrote
    [reminder] = reminders(db)
    assert reminder["status"] != "scheduled"
    follow_up(db, config, chicago(2026, 3, 6, 8, 5))
    assert no_response_flags(db) == []


def test_a_reply_just_before_the_reminder_went_out_means_no_flag(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    """The dispatcher had already claimed the reminder when the patient answered at 07:59."""
    send_check_in(db, patient, SENT)
    follow_up(db, config, chicago(2026, 3, 4, 23, 0))
    [reminder] = reminders(db)
    text_bot(config, chicago(2026, 3, 5, 7, 59), "I'm ok, no fever")
    mark_sent(db, reminder["id"], chicago(2026, 3, 5, 8, 0))

    assert follow_up(db, config, chicago(2026, 3, 6, 8, 5)) == {"reminders": 0, "flags": 0}
    assert no_response_flags(db) == []


def test_an_opted_out_patient_gets_no_reminder_and_no_flag(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    send_check_in(db, patient, SENT)
    text_bot(config, SENT + timedelta(hours=1), "STOP")
    stop_time_rows = len(rows(db, "SELECT * FROM flags"))

    assert follow_up(db, config, SENT + DAY) == {"reminders": 0, "flags": 0}
    assert reminders(db) == []
    assert len(rows(db, "SELECT * FROM flags")) == stop_time_rows


def test_check_ins_not_sent_are_not_followed_up(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    # every text is still scheduled: nothing was sent, so nobody is silent
    assert follow_up(db, config, chicago(2026, 3, 10, 12)) == {"reminders": 0, "flags": 0}


def test_a_nurse_lifting_a_restriction_keeps_the_waiting_reminder(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    """Re-planning a patient's check-ins must not drop the non-response reminder."""
    send_check_in(db, patient, SENT)
    follow_up(db, config, chicago(2026, 3, 4, 23, 0))

    lift_restriction(db, config, patient, "driving", chicago(2026, 3, 4, 23, 30))

    [reminder] = reminders(db)
    assert reminder["status"] == "scheduled"


def test_the_run_time_is_utc_agnostic(
    config: Config, db: sqlite_utils.Database, patient: int
) -> None:
    send_check_in(db, patient, SENT)

    follow_up(db, config, (SENT + DAY).astimezone(UTC))

    [reminder] = reminders(db)
    assert from_db_time(reminder["send_at"]) == SENT + DAY


def test_a_reminder_due_on_a_check_in_day_rides_in_that_check_in(
    config: Config, db: sqlite_utils.Database
) -> None:
    """One scheduled text a day: day 1 silent, so day 2's own check-in carries the nudge."""
    patient = enroll_patient(db, config, discharged=date(2026, 3, 2), now=chicago(2026, 3, 2, 9))
    [day_1] = rows(db, "SELECT * FROM outbox WHERE patient_id = ? AND step = 'day-1'", [patient])
    mark_sent(db, day_1["id"], SENT)

    assert follow_up(db, config, SENT + DAY) == {"reminders": 1, "flags": 0}

    [day_2] = rows(db, "SELECT * FROM outbox WHERE patient_id = ? AND step = 'day-2'", [patient])
    assert day_2["body"].endswith("We didn't hear back from your last check-in; please reply.")
    on_day_2 = rows(
        db,
        "SELECT * FROM outbox WHERE patient_id = ? AND status = 'scheduled' "
        "AND send_at >= ? AND send_at < ?",
        [patient, "2026-03-04T06:00:00+00:00", "2026-03-05T06:00:00+00:00"],
    )
    assert [row["step"] for row in on_day_2] == ["day-2"]  # no second text that day

    # still silent two days after day 1: a nurse phones
    mark_sent(db, day_2["id"], SENT + DAY)
    assert follow_up(db, config, SENT + 2 * DAY) == {"reminders": 1, "flags": 1}
    [flag] = no_response_flags(db)
    assert flag["outbox_id"] == day_1["id"]
