"""Patient commands: enroll, patients, patient, outbox, discharge-date and lift."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils
from click.testing import Result

from tests.helpers.replies import text_bot

# 09:00 in Chicago on the discharge day, a week before clocks go forward (2026-03-08)
NOW = datetime(2026, 3, 1, 15, 0, tzinfo=UTC)
STOP = "Reply STOP to opt out."
IMPLANT_DAYS = [
    "day-1",
    "day-2",
    "day-3",
    "day-7",
    "day-14",
    "day-21",
    "day-28",
    "day-42",
    "day-56",
]


def ok(result: Result) -> Result:
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result


def refused(result: Result, message: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.output == f"Error: {message}\n"


def enroll(
    aftercare: Any,
    *extra: str,
    name: str = "Ana Ruiz",
    phone: str = "(312) 555-0123",
    discharged: str = "2026-03-01",
) -> dict[str, Any]:
    result = aftercare(
        "enroll", "--name", name, "--phone", phone, "--discharged", discharged, *extra, "--json"
    )
    return json.loads(ok(result).stdout)


def outbox(aftercare: Any, *args: str) -> list[dict[str, Any]]:
    return json.loads(ok(aftercare("outbox", "--json", *args)).stdout)


def by_step(aftercare: Any, patient_id: int) -> dict[str, dict[str, Any]]:
    return {row["step"]: row for row in outbox(aftercare, "--patient", str(patient_id))}


def patient(aftercare: Any, patient_id: int) -> dict[str, Any]:
    return json.loads(ok(aftercare("patient", str(patient_id), "--json")).stdout)


def mark_sent(db: sqlite_utils.Database, patient_id: int, step: str, sent_at: str) -> None:
    """Record a text as the dispatcher would after the provider accepted it."""
    db.execute(
        "UPDATE outbox SET status = 'sent', provider_sid = ?, sent_at = ? "
        "WHERE patient_id = ? AND step = ?",
        [f"SM{patient_id:04d}{step}", sent_at, patient_id, step],
    )


@pytest.fixture
def clock(time_machine: Any) -> Any:
    """Freeze the clock at NOW; tests move it with clock.move_to(...)."""
    time_machine.move_to(NOW, tick=False)
    return time_machine


def test_enroll_prints_the_stored_patient(aftercare: Any, clock: Any) -> None:
    patient_json = enroll(
        aftercare,
        "--mrn",
        " MRN-1001 ",
        "--language",
        "ES",
        "--timezone",
        "America/Phoenix",
        name="  Ana   Ruiz ",
        phone="312.555.0123",
    )
    assert patient_json == {
        "id": 1,
        "name": "Ana Ruiz",
        "phone": "+13125550123",
        "mrn": "MRN-1001",
        "discharged": "2026-03-01",
        "protocol": "intrathecal-pump-implant",
        "timezone": "America/Phoenix",
        "language": "es",
        "status": "active",
        "phone_status": "ok",
        "trial_days": None,
        "baseline_pain": None,
        "consent": {"method": "sms-verbal", "at": "2026-03-01T15:00:00+00:00"},
    }


def test_enroll_says_how_many_texts_are_scheduled(aftercare: Any, clock: Any) -> None:
    result = ok(aftercare("enroll", "--name", "Ana Ruiz", "--phone", "3125550123",
                          "--discharged", "2026-03-01"))  # fmt: skip
    assert result.stdout == "Enrolled patient 1: Ana Ruiz, 9 texts scheduled.\n"
    assert "Created a new, empty database at" in result.stderr  # the first command says so


def test_enrolled_texts_cross_the_dst_change_at_ten_local(
    aftercare: Any, clock: Any, db: sqlite_utils.Database
) -> None:
    enroll(aftercare)
    rows = outbox(aftercare)
    assert [r["step"] for r in rows] == IMPLANT_DAYS
    for row in rows:
        assert {"id", "patient_id", "to", "kind", "send_at", "status"} <= set(row)
        assert {"provider_sid", "error_code"} <= set(row)
        assert (row["patient_id"], row["to"], row["status"]) == (1, "+13125550123", "scheduled")
        assert (row["provider_sid"], row["error_code"]) == (None, None)
        assert row["send_at"][10:19] == "T10:00:00"
        assert row["send_at"].endswith("-06:00" if row["send_at"] < "2026-03-08" else "-05:00")
    assert rows[0]["body"].endswith(STOP)
    stored = [r[0] for r in db.execute("SELECT send_at FROM outbox ORDER BY send_at").fetchall()]
    assert stored[2:4] == ["2026-03-04T16:00:00+00:00", "2026-03-08T15:00:00+00:00"]


@pytest.mark.parametrize(
    ("phone", "message"),
    [
        ("123", "Phone number '123' is not a valid number; check the digits and area code."),
        (
            "(312) 555-01234",
            "Phone number '(312) 555-01234' is not a valid number; check the digits and area code.",
        ),
        (
            "call me",
            "Phone number 'call me' is not a phone number; give a mobile number such as "
            "(312) 555-0123 or +13125550123.",
        ),
        ("  ", "Phone number is empty; give a mobile number such as (312) 555-0123."),
        (
            "+18005550199",
            "Phone number '+18005550199' cannot receive texts (landline, toll-free or service "
            "number); give the patient's mobile number.",
        ),
        (
            "+61 2 9382 4000",
            "Phone number '+61 2 9382 4000' cannot receive texts (landline, toll-free or "
            "service number); give the patient's mobile number.",
        ),
    ],
)
def test_enroll_refuses_numbers_that_cannot_take_texts(
    aftercare: Any, clock: Any, phone: str, message: str
) -> None:
    refused(aftercare("enroll", "--name", "Ana", "--phone", phone, "--discharged", "2026-03-01"),
            message)  # fmt: skip
    assert json.loads(ok(aftercare("patients", "--json")).stdout) == []


@pytest.mark.parametrize(
    ("phone", "stored"),
    [
        ("(312) 555-0123", "+13125550123"),
        ("+1 773 555 0199", "+17735550199"),
        ("+44 7911 123456", "+447911123456"),
        ("+61 412 345 678", "+61412345678"),
    ],
)
def test_enroll_stores_numbers_in_e164(aftercare: Any, clock: Any, phone: str, stored: str) -> None:
    assert enroll(aftercare, phone=phone)["phone"] == stored
    assert {row["to"] for row in outbox(aftercare)} == {stored}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--name", " ", "--phone", "3125550123", "--discharged", "2026-03-01"),
            "Patient name is empty; give the name the clinic uses.",
        ),
        (
            ("--name", "Ana", "--phone", "3125550123", "--discharged", "1 March"),
            "Discharge date '1 March' is not a real date; use YYYY-MM-DD, e.g. 2026-03-01.",
        ),
        (
            ("--name", "Ana", "--phone", "3125550123", "--discharged", "2026-03-01",
             "--timezone", "CST"),
            "Time zone 'CST' is unknown; use an IANA name such as America/Chicago.",
        ),
        (
            ("--name", "Ana", "--phone", "3125550123", "--discharged", "2026-03-01",
             "--language", "pt"),
            "Language 'pt' is not supported; use en or es.",
        ),
        (
            ("--name", "Ana", "--phone", "3125550123", "--discharged", "2026-03-01",
             "--protocol", "hip"),
            "Protocol 'hip' does not exist; known protocols: intrathecal-pump-implant, "
            "intrathecal-pump-trial.",
        ),
        (
            ("--name", "Ana", "--phone", "3125550123", "--discharged", "2026-03-01",
             "--restrict", "walking=2w"),
            "Restriction 'walking' is not part of protocol intrathecal-pump-implant; allowed: "
            "strenuous_activity, driving, housework.",
        ),
        (
            ("--name", "Ana", "--phone", "3125550123", "--discharged", "2026-03-01",
             "--protocol", "intrathecal-pump-trial", "--trial-days", "12"),
            "Trial length 12 days is outside 3-7 days for protocol intrathecal-pump-trial.",
        ),
    ],
)  # fmt: skip
def test_enroll_refuses_bad_input(
    aftercare: Any, clock: Any, db: sqlite_utils.Database, args: tuple[str, ...], message: str
) -> None:
    refused(aftercare("enroll", *args), message)
    assert db["patients"].count == 0
    assert db["outbox"].count == 0


@pytest.mark.parametrize(
    ("discharged", "accepted"),
    [
        ("2027-03-01", True),  # exactly a year ahead
        ("2027-03-02", False),
        ("2025-03-01", True),
        ("2025-02-28", False),
    ],
)
def test_discharge_date_within_a_year_of_today(
    aftercare: Any, clock: Any, discharged: str, accepted: bool
) -> None:
    args = ("--name", "Ana", "--phone", "3125550123", "--discharged", discharged)
    result = aftercare("enroll", *args)
    assert (result.exit_code == 0) is accepted
    if accepted:
        ok(result)
    else:
        refused(
            result,
            f"Discharge date {discharged} is more than a year from today (2026-03-01); "
            "check the year.",
        )
    # plan answers what-if questions for any date
    ok(aftercare("plan", "--discharged", discharged))


def test_a_year_from_today_means_the_clinics_today(aftercare: Any, time_machine: Any) -> None:
    # 21:00 on 28 February in Chicago, already 1 March in UTC
    time_machine.move_to(datetime(2026, 3, 1, 3, 0, tzinfo=UTC), tick=False)
    assert enroll(aftercare, discharged="2025-02-28")["discharged"] == "2025-02-28"


def test_same_mrn_is_a_duplicate(aftercare: Any, clock: Any, db: sqlite_utils.Database) -> None:
    enroll(aftercare, "--mrn", "MRN-7")
    result = aftercare("enroll", "--name", "Ana R.", "--phone", "(773) 555-0142",
                       "--discharged", "2026-02-27", "--mrn", "MRN-7")  # fmt: skip
    refused(
        result,
        "Patient 1 is already enrolled with MRN MRN-7; use `aftercare patient 1` or correct "
        "that record instead.",
    )
    assert (db["patients"].count, db["restrictions"].count, db["outbox"].count) == (1, 3, 9)


def test_same_phone_and_discharge_date_is_a_duplicate(
    aftercare: Any, clock: Any, db: sqlite_utils.Database
) -> None:
    enroll(aftercare)
    result = aftercare("enroll", "--name", "A. Ruiz", "--phone", "+13125550123",
                       "--discharged", "2026-03-01")  # fmt: skip
    refused(
        result,
        "Patient 1 is already enrolled with this phone and discharge date; use "
        "`aftercare patient 1` or correct that record instead.",
    )
    # the same phone on another discharge date is another stay
    assert enroll(aftercare, discharged="2026-02-20")["id"] == 2
    assert db["patients"].count == 2


def test_enrolled_after_todays_check_in_time_it_goes_out_at_once(
    aftercare: Any, clock: Any
) -> None:
    clock.move_to(datetime(2026, 3, 2, 18, 30, tzinfo=UTC), tick=False)  # 12:30 in Chicago
    enroll(aftercare, discharged="2026-03-01")
    enroll(aftercare, discharged="2026-02-28", phone="(312) 555-0124")
    first = by_step(aftercare, 1)["day-1"]
    assert (first["send_at"], first["status"]) == ("2026-03-02T12:30:00-06:00", "scheduled")
    assert first["body"].endswith(STOP)
    earlier = by_step(aftercare, 2)
    assert (earlier["day-1"]["status"], earlier["day-1"]["send_at"]) == (
        "skipped",
        "2026-03-01T10:00:00-06:00",
    )
    assert STOP not in earlier["day-1"]["body"]
    assert earlier["day-2"]["send_at"] == "2026-03-02T12:30:00-06:00"
    assert earlier["day-2"]["body"].endswith(STOP)
    scheduled = outbox(aftercare, "--patient", "2", "--status", "scheduled")
    assert len(scheduled) == 8


def test_process_time_zone_does_not_leak_into_plans(aftercare: Any, time_machine: Any) -> None:
    # travelling to a Sydney time also sets the process TZ to Australia/Sydney
    time_machine.move_to(datetime(2026, 3, 2, 5, 30, tzinfo=ZoneInfo("Australia/Sydney")))
    sydney = enroll(aftercare, "--timezone", "Australia/Sydney", discharged="2026-03-01")
    assert sydney["consent"]["at"][:16] == "2026-03-01T18:30"
    chicago = enroll(aftercare, phone="(312) 555-0124", discharged="2026-02-28")
    sydney_first = by_step(aftercare, sydney["id"])["day-1"]
    assert (sydney_first["send_at"], sydney_first["status"]) == (
        "2026-03-02T10:00:00+11:00",
        "scheduled",
    )
    # 12:30 in Chicago on its day-1: the check-in missed at 10:00 goes out now
    chicago_first = by_step(aftercare, chicago["id"])["day-1"]
    assert chicago_first["send_at"][:16] == "2026-03-01T12:30"
    assert chicago_first["send_at"].endswith("-06:00")


def test_patients_list(aftercare: Any, clock: Any) -> None:
    assert ok(aftercare("patients")).stdout == "No patients enrolled yet.\n"
    enroll(aftercare, "--mrn", "A1", name="Ana Ruiz", discharged="2026-02-25")
    enroll(aftercare, name="Bo Lee", phone="(773) 555-0142", discharged="2026-02-27")
    listed = json.loads(ok(aftercare("patients", "--json")).stdout)
    assert [(p["id"], p["name"], p["discharged"]) for p in listed] == [
        (2, "Bo Lee", "2026-02-27"),
        (1, "Ana Ruiz", "2026-02-25"),
    ]
    for item in listed:
        assert {"id", "name", "phone", "mrn", "discharged", "protocol"} <= set(item)
        assert {"timezone", "language", "status"} <= set(item)
    text = ok(aftercare("patients")).output.splitlines()
    assert len(text) == 2
    assert text[0].split()[:3] == ["2", "Bo", "Lee"]
    assert "+17735550142" in text[0] and "discharged 2026-02-27" in text[0]


def test_patient_shows_windows_and_texts(aftercare: Any, clock: Any) -> None:
    enroll(aftercare, "--restrict", "driving=3w", "--mrn", "A1")
    shown = patient(aftercare, 1)
    assert shown["phone"] == "+13125550123"
    windows = {r["key"]: r for r in shown["restrictions"]}
    assert windows["driving"] == {
        "key": "driving",
        "label": "driving",
        "starts": "2026-03-01",
        "earliest_end": "2026-03-22",
        "latest_end": "2026-03-22",
        "lifted_on": None,
    }
    assert [m["step"] for m in shown["messages"]] == IMPLANT_DAYS
    text = ok(aftercare("patient", "1")).output
    assert "Patient 1: Ana Ruiz  +13125550123  MRN A1" in text
    assert "  driving              2026-03-22 ... 2026-03-22" in text
    assert "2026-03-02T10:00:00-06:00  check_in  scheduled" in text


@pytest.mark.parametrize("command", [("patient", "99"), ("lift", "99", "driving")])
def test_unknown_patient(aftercare: Any, clock: Any, command: tuple[str, ...]) -> None:
    ok(aftercare("patients"))  # the database exists, as on a server that has run before
    result = aftercare(*command)
    assert result.exit_code == 1
    refused(result, "Patient 99 does not exist; run `aftercare patients` for ids.")


def test_outbox_shows_provider_results(
    aftercare: Any, clock: Any, db: sqlite_utils.Database
) -> None:
    enroll(aftercare)
    enroll(aftercare, phone="(773) 555-0142")
    mark_sent(db, 1, "day-1", "2026-03-02T16:00:05+00:00")
    db.execute(
        "UPDATE outbox SET status = 'failed', error_code = 30006, "
        "error_message = 'Landline or unreachable carrier' WHERE patient_id = 2 AND step = 'day-1'"
    )
    failed = outbox(aftercare, "--status", "failed")
    assert len(failed) == 1
    assert {k: failed[0][k] for k in ("patient_id", "to", "kind", "status", "error_code")} == {
        "patient_id": 2,
        "to": "+17735550142",
        "kind": "check_in",
        "status": "failed",
        "error_code": 30006,
    }
    sent = outbox(aftercare, "--status", "sent")
    assert [(r["provider_sid"], r["send_at"]) for r in sent] == [
        ("SM0001day-1", "2026-03-02T10:00:00-06:00")
    ]
    assert len(outbox(aftercare, "--patient", "2", "--limit", "3")) == 3
    text = ok(aftercare("outbox", "--patient", "2", "--limit", "1")).output
    assert "failed" in text and "error=30006" in text
    assert ok(aftercare("outbox", "--patient", "7")).output == "No messages.\n"


def test_discharge_date_replans_every_text_not_yet_sent(
    aftercare: Any, clock: Any, db: sqlite_utils.Database
) -> None:
    enroll(aftercare, "--restrict", "driving=3w")
    sent_body = by_step(aftercare, 1)["day-1"]["body"]
    mark_sent(db, 1, "day-1", "2026-03-02T16:00:02+00:00")
    clock.move_to(datetime(2026, 3, 2, 17, 0, tzinfo=UTC), tick=False)  # 11:00 in Chicago

    result = ok(aftercare("discharge-date", "1", "2026-03-02"))
    assert result.output == (
        "Patient 1 re-planned from 2026-03-02: 8 texts moved, 0 added, 0 cancelled; "
        "texts already sent stay.\n"
    )
    rows = by_step(aftercare, 1)
    first = rows["day-1"]
    assert (first["send_at"], first["status"], first["body"]) == (
        "2026-03-02T10:00:00-06:00",
        "sent",
        sent_body,
    )
    moved = {step: rows[step]["send_at"] for step in ("day-2", "day-7", "day-56")}
    assert moved == {
        "day-2": "2026-03-04T10:00:00-06:00",
        "day-7": "2026-03-09T10:00:00-05:00",
        "day-56": "2026-04-27T10:00:00-05:00",
    }
    assert {rows[s]["status"] for s in IMPLANT_DAYS[1:]} == {"scheduled"}
    assert not any(STOP in rows[s]["body"] for s in IMPLANT_DAYS[1:]), "opt-out told twice"
    shown = patient(aftercare, 1)
    assert shown["discharged"] == "2026-03-02"
    windows = {r["key"]: (r["earliest_end"], r["latest_end"]) for r in shown["restrictions"]}
    assert windows["driving"] == ("2026-03-23", "2026-03-23")  # the override is kept
    assert windows["housework"] == ("2026-03-16", "2026-03-30")


def test_discharge_date_correction_never_texts_twice_in_a_day(
    aftercare: Any, clock: Any, db: sqlite_utils.Database
) -> None:
    enroll(aftercare)
    mark_sent(db, 1, "day-1", "2026-03-02T16:00:02+00:00")
    clock.move_to(datetime(2026, 3, 2, 17, 0, tzinfo=UTC), tick=False)  # 11:00 in Chicago
    # a day earlier: day-2 (10:00 today) has passed, day-1 went out this morning already
    ok(aftercare("discharge-date", "1", "2026-02-28"))
    live = [r for r in outbox(aftercare) if r["status"] in ("scheduled", "sent")]
    per_day = Counter(r["send_at"][:10] for r in live)
    assert per_day["2026-03-02"] == 1, [
        (r["step"], r["send_at"], r["status"]) for r in live if r["send_at"] < "2026-03-03"
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("1", "2026-13-01"),
            "Discharge date '2026-13-01' is not a real date; use YYYY-MM-DD, e.g. 2026-03-01.",
        ),
        (
            ("1", "2028-03-01"),
            "Discharge date 2028-03-01 is more than a year from today (2026-03-01); check "
            "the year.",
        ),
        (("42", "2026-03-02"), "Patient 42 does not exist; run `aftercare patients` for ids."),
    ],
)
def test_discharge_date_refuses_bad_input(
    aftercare: Any, clock: Any, args: tuple[str, ...], message: str
) -> None:
    enroll(aftercare)
    before = outbox(aftercare)
    refused(aftercare("discharge-date", *args), message)
    assert outbox(aftercare) == before


def test_lift_takes_the_restriction_out_of_later_texts(aftercare: Any, clock: Any) -> None:
    # 21:00 on 1 March in Chicago: already 2 March in UTC
    clock.move_to(datetime(2026, 3, 2, 3, 0, tzinfo=UTC), tick=False)
    enroll(aftercare)
    before = by_step(aftercare, 1)
    assert "driving and housework" in before["day-14"]["body"]

    result = ok(aftercare("lift", "1", "driving"))
    assert result.output == (
        "Restriction driving lifted for patient 1; its reminders are cancelled.\n"
    )
    after = by_step(aftercare, 1)
    assert "driving" not in after["day-14"]["body"]
    assert "clear you for housework soon" in after["day-14"]["body"]
    assert "driving" not in after["day-28"]["body"]
    assert "time off housework ends now" in after["day-28"]["body"]
    assert after["day-42"]["body"] == before["day-42"]["body"]
    assert after["day-1"]["body"] == before["day-1"]["body"]  # still tells how to opt out
    assert {r["status"] for r in after.values()} == {"scheduled"}
    lifted = {r["key"]: r["lifted_on"] for r in patient(aftercare, 1)["restrictions"]}
    assert lifted == {"strenuous_activity": None, "driving": "2026-03-01", "housework": None}


def test_lift_cancels_a_reminder_of_its_own(aftercare: Any, clock: Any) -> None:
    enroll(aftercare, "--restrict", "driving=..5w")
    reminder = by_step(aftercare, 1)["day-35"]
    assert (reminder["kind"], reminder["status"]) == ("reminder", "scheduled")
    assert "time off driving ends now" in reminder["body"]
    ok(aftercare("lift", "1", "driving"))
    rows = by_step(aftercare, 1)
    assert rows["day-35"]["status"] == "cancelled"
    assert [s for s, r in rows.items() if r["status"] == "scheduled"] == IMPLANT_DAYS


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (
            (),
            ("1", "flying"),
            "Restriction 'flying' is not part of protocol intrathecal-pump-implant; allowed: "
            "strenuous_activity, driving, housework.",
        ),
        (
            ("lift", "1", "housework"),
            ("1", "housework"),
            "Restriction housework of patient 1 is already lifted.",
        ),
    ],
)
def test_lift_refuses(
    aftercare: Any, clock: Any, setup: tuple[str, ...], args: tuple[str, ...], message: str
) -> None:
    enroll(aftercare)
    if setup:
        ok(aftercare(*setup))
    result = aftercare("lift", *args)
    assert result.exit_code != 0
    refused(result, message)


def test_trial_patient_has_nothing_to_lift(aftercare: Any, clock: Any) -> None:
    trial = enroll(aftercare, "--protocol", "intrathecal-pump-trial", "--trial-days", "4")
    assert (trial["protocol"], trial["trial_days"]) == ("intrathecal-pump-trial", 4)
    assert list(by_step(aftercare, 1)) == ["day-1", "day-2", "day-3", "day-4", "day-6"]
    refused(
        aftercare("lift", "1", "driving"),
        "Restriction 'driving' is not part of protocol intrathecal-pump-trial; allowed: none.",
    )


def test_enroll_keeps_the_baseline_pain_score(aftercare: Any, clock: Any) -> None:
    shown = json.loads(
        ok(
            aftercare(
                "enroll",
                "--name",
                "Ana Ruiz",
                "--phone",
                "(312) 555-0123",
                "--discharged",
                "2026-03-01",
                "--protocol",
                "intrathecal-pump-trial",
                "--baseline-pain",
                "8",
                "--json",
            )
        ).stdout
    )
    assert shown["baseline_pain"] == 8


@pytest.mark.parametrize("score", ["11", "-1"])
def test_a_baseline_off_the_scale_is_refused(aftercare: Any, clock: Any, score: str) -> None:
    result = aftercare(
        "enroll",
        "--name",
        "Ana Ruiz",
        "--phone",
        "(312) 555-0123",
        "--discharged",
        "2026-03-01",
        "--baseline-pain",
        score,
    )
    refused(
        result,
        f"Baseline pain {float(score):g} is not on the 0-10 scale; give a number from 0 to 10.",
    )
    assert json.loads(ok(aftercare("patients", "--json")).stdout) == []


def test_a_trial_patients_json_tells_the_relief_from_baseline(
    aftercare: Any, clock: Any, config: Any
) -> None:
    ok(
        aftercare(
            "enroll",
            "--name",
            "Harold Jensen",
            "--phone",
            "(312) 555-0131",
            "--discharged",
            "2026-03-01",
            "--protocol",
            "intrathecal-pump-trial",
            "--baseline-pain",
            "8",
        )
    )
    text_bot(config, NOW, "pain is a 3 today", phone="+13125550131")
    shown = json.loads(ok(aftercare("patient", "1", "--json")).stdout)
    assert shown["pain"]["baseline"] == 8
    assert [s["score"] for s in shown["pain"]["scores"]] == [3]
    assert shown["pain"]["relief_percent"] == 62.5
