"""`aftercare import`: good rows enrolled, bad rows reported by line, nothing half-written."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from click.testing import Result

NOW = datetime(2026, 3, 1, 15, 0, tzinfo=UTC)  # 09:00 in Chicago


@pytest.fixture(autouse=True)
def clock(time_machine: Any) -> None:
    time_machine.move_to(NOW, tick=False)


def write(tmp_path: Path, content: str | bytes, name: str = "discharges.csv") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def counts(db: sqlite_utils.Database) -> tuple[int, int, int]:
    return db["patients"].count, db["restrictions"].count, db["outbox"].count


def summary(added: int, already: int, errors: int) -> str:
    return f"{added} patients enrolled, {already} already enrolled, {errors} rows with errors.\n"


def run_import(aftercare: Any, path: Path) -> Result:
    result = aftercare("import", str(path))
    assert "Traceback" not in result.output
    return result


def test_good_file_enrolls_everyone(aftercare: Any, tmp_path: Path, db: Any) -> None:
    # what Excel writes for "CSV UTF-8": a byte-order mark and CRLF line ends
    path = write(
        tmp_path,
        "\ufeffName,Phone,Discharged,Protocol,Timezone,Language,MRN\r\n"
        "José Núñez,(312) 555-0123,2026-03-01,,,es,M-1\r\n"
        'Kim Park,"+1 773 555 0142",2026-02-27,intrathecal-pump-trial,Europe/Madrid,en,M-2\r\n'
        "Lee Chan,872-555-0199,2026-03-01,,Australia/Sydney,,\r\n",
    )
    result = run_import(aftercare, path)
    assert result.exit_code == 0, result.output
    assert result.output == summary(3, 0, 0)
    patients = json.loads(aftercare("patients", "--json").stdout)
    got = {p["mrn"]: (p["name"], p["phone"], p["protocol"], p["timezone"], p["language"])
           for p in patients}  # fmt: skip
    assert got == {
        "M-1": ("José Núñez", "+13125550123", "intrathecal-pump-implant", "America/Chicago", "es"),
        "M-2": ("Kim Park", "+17735550142", "intrathecal-pump-trial", "Europe/Madrid", "en"),
        None: ("Lee Chan", "+18725550199", "intrathecal-pump-implant", "Australia/Sydney", "en"),
    }
    assert counts(db) == (3, 6, 9 + 6 + 9)
    madrid = json.loads(aftercare("outbox", "--patient", "2", "--json").stdout)
    # enrolled at 16:00 in Madrid on day 2: day 1 is skipped, day 2 goes out at once
    assert [(m["step"], m["send_at"], m["status"]) for m in madrid[:3]] == [
        ("day-1", "2026-02-28T10:00:00+01:00", "skipped"),
        ("day-2", "2026-03-01T16:00:00+01:00", "scheduled"),
        ("day-3", "2026-03-02T10:00:00+01:00", "scheduled"),
    ]
    # in Sydney it is already 02:00 on day 1: its 10:00 check-in is still ahead
    sydney = json.loads(aftercare("outbox", "--patient", "3", "--json").stdout)
    first = sydney[0]
    assert (first["send_at"], first["status"]) == ("2026-03-02T10:00:00+11:00", "scheduled")
    assert first["body"].endswith("Reply STOP to opt out.")


BAD_ROWS = (
    "name,phone,discharged,language,mrn\n"  # line 1
    "Ana Ruiz,(312) 555-0123,2026-03-01,en,M-1\n"  # 2 good
    "Bad Phone,123,2026-03-01,en,M-2\n"  # 3
    "\n"  # 4 blank lines are skipped but still counted
    "Bad Date,(312) 555-0125,2026-02-30,en,M-3\n"  # 5
    "Too Many,(312) 555-0126,2026-03-01,en,M-4,extra\n"  # 6
    "Too Few,(312) 555-0127\n"  # 7
    "Toll Free,+18005550199,2026-03-01,en,M-6\n"  # 8
    "Bo Lee,(773) 555-0142,2026-02-28,es,M-7\n"  # 9 good
    "Next Year,(312) 555-0128,2027-03-02,en,M-8\n"  # 10
    "French,(312) 555-0129,2026-03-01,fr,M-9\n"  # 11
    ",(312) 555-0130,2026-03-01,en,M-10\n"  # 12
    "No Phone,,2026-03-01,en,M-11\n"  # 13
)
BAD_ROW_ERRORS = (
    "line 3: Phone number '123' is not a valid number; check the digits and area code.\n"
    "line 5: Discharge date '2026-02-30' is not a real date; use YYYY-MM-DD, e.g. 2026-03-01.\n"
    "line 6: has 6 fields, expected 5\n"
    "line 7: has 2 fields, expected 5\n"
    "line 8: Phone number '+18005550199' cannot receive texts (landline, toll-free or service "
    "number); give the patient's mobile number.\n"
    "line 10: Discharge date 2027-03-02 is more than a year from today (2026-03-01); check "
    "the year.\n"
    "line 11: Language 'fr' is not supported; use en or es.\n"
    "line 12: Patient name is empty; give the name the clinic uses.\n"
    "line 13: Phone number is empty; give a mobile number such as (312) 555-0123.\n"
)


def test_bad_rows_are_reported_by_line_and_good_rows_enrolled(
    aftercare: Any, tmp_path: Path, db: sqlite_utils.Database
) -> None:
    result = run_import(aftercare, write(tmp_path, BAD_ROWS))
    assert result.exit_code == 1
    assert result.stdout == summary(2, 0, 9)
    assert result.stderr == BAD_ROW_ERRORS
    # no half-written row: only the two good patients, each with windows and texts
    assert counts(db) == (2, 6, 18)
    mrns = {row["mrn"] for row in db.query("SELECT mrn FROM patients")}
    assert mrns == {"M-1", "M-7"}
    orphans = db.execute(
        "SELECT (SELECT count(*) FROM outbox WHERE patient_id NOT IN (SELECT id FROM patients))"
        " + (SELECT count(*) FROM restrictions WHERE patient_id NOT IN (SELECT id FROM patients))"
    ).fetchone()[0]
    assert orphans == 0


def test_reimporting_the_same_file_adds_nothing(
    aftercare: Any, tmp_path: Path, db: sqlite_utils.Database
) -> None:
    path = write(tmp_path, BAD_ROWS)
    run_import(aftercare, path)
    before = counts(db)
    again = run_import(aftercare, path)
    assert again.exit_code == 1
    assert again.stdout == summary(0, 2, 9)
    assert again.stderr == BAD_ROW_ERRORS
    assert counts(db) == before


def test_rows_match_by_mrn_else_phone_and_date(
    aftercare: Any, tmp_path: Path, db: sqlite_utils.Database
) -> None:
    enrolled = ("--phone", "(312) 555-0123", "--discharged", "2026-03-01")
    assert aftercare("enroll", "--name", "Ana", *enrolled, "--mrn", "M-1").exit_code == 0
    assert aftercare("enroll", "--name", "Bo", "--phone", "(773) 555-0142",
                     "--discharged", "2026-02-27").exit_code == 0  # fmt: skip
    path = write(
        tmp_path,
        "name,phone,discharged,mrn\n"
        "Ana Ruiz,(872) 555-0199,2026-02-20,M-1\n"  # 2: same MRN, other phone and date
        "Bo Lee,+17735550142,2026-02-27,\n"  # 3: same phone and date, no MRN
        "Bo Lee,+17735550142,2026-02-10,\n"  # 4: same phone, another stay
        "Cy Diaz,(312) 555-0124,2026-03-01,M-3\n"  # 5: new
        "Cy Diaz,(312) 555-0124,2026-03-01,M-3\n",  # 6: the same row twice in one file
    )
    result = run_import(aftercare, path)
    assert result.exit_code == 0, result.output
    assert result.output == summary(2, 3, 0)
    rows = db.query("SELECT id, phone, discharged_on, mrn FROM patients ORDER BY id")
    assert [(r["phone"], r["discharged_on"], r["mrn"]) for r in rows] == [
        ("+13125550123", "2026-03-01", "M-1"),
        ("+17735550142", "2026-02-27", None),
        ("+17735550142", "2026-02-10", None),
        ("+13125550124", "2026-03-01", "M-3"),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "patient,mobile,date\nAna,(312) 555-0123,2026-03-01\n",
            "discharges.csv has columns patient, mobile, date; expected name, phone, "
            "discharged, protocol, timezone, language, mrn, baseline_pain (name, phone and "
            "discharged are required).",
        ),
        (
            "name,phone\nAna,(312) 555-0123\n",
            "discharges.csv has columns name, phone; expected name, phone, discharged, "
            "protocol, timezone, language, mrn, baseline_pain (name, phone and discharged are "
            "required).",
        ),
        (
            "name,phone,discharged,ward\nAna,(312) 555-0123,2026-03-01,4B\n",
            "discharges.csv has columns name, phone, discharged, ward; expected name, phone, "
            "discharged, protocol, timezone, language, mrn, baseline_pain (name, phone and "
            "discharged are required).",
        ),
        (
            "name,phone,discharged,phone\n",
            "discharges.csv has columns name, phone, discharged, phone; expected name, phone, "
            "discharged, protocol, timezone, language, mrn, baseline_pain (name, phone and "
            "discharged are required).",
        ),
        (
            b"name,phone,discharged\nJos\xe9 Ruiz,(312) 555-0123,2026-03-01\n",
            "discharges.csv is not UTF-8 text (bad byte at position 25); save it as "
            "'CSV UTF-8' and import again.",
        ),
        ("", "discharges.csv is empty; it needs a header line and patient rows."),
        ("\n \r\n", "discharges.csv is empty; it needs a header line and patient rows."),
    ],
)
def test_unusable_file_is_refused_whole(
    aftercare: Any, tmp_path: Path, db: sqlite_utils.Database, content: str | bytes, message: str
) -> None:
    result = run_import(aftercare, write(tmp_path, content))
    assert result.exit_code == 1
    assert result.output == f"Error: {message}\n"
    assert counts(db) == (0, 0, 0)


def test_missing_file_is_named(aftercare: Any, tmp_path: Path, db: sqlite_utils.Database) -> None:
    # (the database exists already: a refused import is audited in it)
    result = run_import(aftercare, tmp_path / "nope.csv")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: Cannot read {tmp_path / 'nope.csv'} (No such file or directory); check the path.\n"
    )


def test_header_only_enrolls_nobody(
    aftercare: Any, tmp_path: Path, db: sqlite_utils.Database
) -> None:
    result = run_import(aftercare, write(tmp_path, "name,phone,discharged\n"))
    assert result.exit_code == 0
    assert result.output == summary(0, 0, 0)
    assert counts(db) == (0, 0, 0)


def test_database_failure_mid_row_leaves_nothing_half_written(
    aftercare: Any, tmp_path: Path, db: sqlite_utils.Database
) -> None:
    # the disk fills up while the second patient's texts are being written
    db.execute(
        "CREATE TRIGGER full_disk BEFORE INSERT ON outbox "
        "WHEN NEW.to_phone = '+17735550142' BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    path = write(
        tmp_path,
        "name,phone,discharged\n"
        "Ana Ruiz,(312) 555-0123,2026-03-01\n"
        "Bo Lee,(773) 555-0142,2026-03-01\n"
        "Cy Diaz,(312) 555-0124,2026-03-01\n",
    )
    result = run_import(aftercare, path)
    assert result.exit_code == 1
    assert result.output == (
        "Error: The database failed (disk full); check [database] path, disk space and "
        "permissions.\n"
    )
    assert counts(db) == (0, 0, 0)
    db.execute("DROP TRIGGER full_disk")
    assert run_import(aftercare, path).output == summary(3, 0, 0)
    assert counts(db) == (3, 9, 27)


def test_a_baseline_pain_column_is_kept_and_a_bad_one_named_by_line(
    aftercare: Any, tmp_path: Path, db: sqlite_utils.Database
) -> None:
    content = (
        "name,phone,discharged,protocol,baseline_pain\n"
        "Harold Jensen,(312) 555-0131,2026-03-01,intrathecal-pump-trial,8\n"
        "Rosa Diaz,(312) 555-0132,2026-03-01,intrathecal-pump-trial,\n"
        "Tom Ng,(312) 555-0133,2026-03-01,intrathecal-pump-trial,eight\n"
    )
    result = run_import(aftercare, write(tmp_path, content))
    assert result.exit_code == 1
    assert "line 4: Baseline pain 'eight' is not a number; give a number from 0 to 10." in (
        result.stderr
    )
    stored = {r["name"]: r["baseline_pain"] for r in db.query("SELECT * FROM patients")}
    assert stored == {"Harold Jensen": 8.0, "Rosa Diaz": None}
