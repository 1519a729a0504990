"""The one SQLite file: migrations once, WAL and foreign keys, unique idempotency keys."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils
from click.testing import CliRunner

from bot.cli import cli
from bot.errors import StoreError
from bot.store import from_db_time, open_db, to_db_time, transaction
from bot.store import outbox as outbox_store
from bot.store.migrations import MIGRATIONS, apply_migrations

NOW = datetime(2026, 3, 1, 15, 0, tzinfo=UTC)
CHICAGO = ZoneInfo("America/Chicago")
SYDNEY = ZoneInfo("Australia/Sydney")


def add_patient(db: sqlite_utils.Database) -> int:
    stamp = to_db_time(NOW)
    cursor = db.execute(
        "INSERT INTO patients (name, phone, discharged_on, protocol, timezone, language, "
        "consent_method, consent_at, enrolled_at, updated_at) "
        "VALUES ('Ana', '+13125550123', '2026-03-01', 'intrathecal-pump-implant', "
        "'America/Chicago', 'en', 'sms-verbal', ?, ?, ?)",
        [stamp, stamp, stamp],
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def planned_text(patient_id: int, body: str = "check-in") -> dict[str, object]:
    return {
        "patient_id": patient_id,
        "idempotency_key": f"{patient_id}:intrathecal-pump-implant:day-1",
        "step": "day-1",
        "kind": "check_in",
        "to_phone": "+13125550123",
        "body": body,
        "send_at": datetime(2026, 3, 2, 10, tzinfo=CHICAGO),
        "timezone": "America/Chicago",
    }


def test_migrations_run_once(tmp_path: Path) -> None:
    path = tmp_path / "aftercare.db"
    first = open_db(path)
    applied = [dict(r) for r in first.query("SELECT * FROM migrations ORDER BY number")]
    assert [r["number"] for r in applied] == sorted(n for n, _, _ in MIGRATIONS)
    assert {"patients", "restrictions", "outbox"} <= set(first.table_names())
    first.conn.close()

    again = open_db(path, migrate=False)
    assert apply_migrations(again) == 0
    assert [dict(r) for r in again.query("SELECT * FROM migrations ORDER BY number")] == applied
    again.conn.close()
    reopened = open_db(path)  # opening normally again changes nothing either
    assert reopened["migrations"].count == len(MIGRATIONS)
    reopened.conn.close()


def test_fresh_database_runs_every_migration(tmp_path: Path) -> None:
    db = open_db(tmp_path / "new.db", migrate=False)
    assert apply_migrations(db) == len(MIGRATIONS)
    db.conn.close()


def test_wal_mode_and_foreign_keys(db: sqlite_utils.Database) -> None:
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        db.execute(
            "INSERT INTO restrictions (patient_id, key, label, starts_on, earliest_end, "
            "latest_end) VALUES (999, 'driving', 'driving', '2026-03-01', '2026-03-15', "
            "'2026-03-29')"
        )


def test_outbox_idempotency_key_is_unique(db: sqlite_utils.Database) -> None:
    patient_id = add_patient(db)
    assert outbox_store.add_messages(db, [planned_text(patient_id)], NOW) == 1
    assert outbox_store.add_messages(db, [planned_text(patient_id, "changed")], NOW) == 0
    rows = outbox_store.messages(db, patient_id=patient_id)
    assert [(r["body"], r["send_at"], r["status"]) for r in rows] == [
        ("check-in", "2026-03-02T16:00:00+00:00", "scheduled")
    ]
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        db.execute(
            "INSERT INTO outbox (idempotency_key, step, kind, to_phone, body, send_at, "
            "planned_at, timezone, created_at, updated_at) SELECT idempotency_key, step, kind, "
            "to_phone, body, send_at, planned_at, timezone, created_at, updated_at FROM outbox"
        )
    assert db["outbox"].count == 1


@pytest.mark.parametrize(
    ("moment", "stored"),
    [
        (datetime(2026, 3, 8, 10, tzinfo=CHICAGO), "2026-03-08T15:00:00+00:00"),
        (datetime(2026, 3, 7, 10, tzinfo=CHICAGO), "2026-03-07T16:00:00+00:00"),
        (datetime(2026, 4, 5, 10, tzinfo=SYDNEY), "2026-04-05T00:00:00+00:00"),
        (datetime(2026, 3, 1, 9, 30, 15, 999, tzinfo=timezone(timedelta(hours=-5))),
         "2026-03-01T14:30:15+00:00"),
    ],
)  # fmt: skip
def test_times_are_stored_as_utc_text(moment: datetime, stored: str) -> None:
    assert to_db_time(moment) == stored
    assert from_db_time(stored) == moment.replace(microsecond=0)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        to_db_time(datetime(2026, 3, 1, 10))


def test_missing_database_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as raised:
        open_db(tmp_path / "no-such-folder" / "aftercare.db")
    assert str(raised.value) == (
        f"Database folder {tmp_path / 'no-such-folder'} does not exist; create it or change "
        "[database] path."
    )


def test_cli_reports_a_missing_database_folder(tmp_path: Path) -> None:
    config = tmp_path / "elsewhere.toml"
    config.write_text(f'[database]\npath = "{tmp_path / "gone" / "a.db"}"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(config), "patients"])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: Database folder {tmp_path / 'gone'} does not exist; create it or change "
        "[database] path.\n"
    )


def test_a_commit_that_fails_leaves_no_transaction_open_and_later_writes_land(
    tmp_path: Path,
) -> None:
    db = open_db(tmp_path / "a.db")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), transaction(db):
        # a deferred foreign key is checked only at COMMIT, which then fails
        db.execute("PRAGMA defer_foreign_keys = ON")
        db.execute(
            "INSERT INTO replies (message_sid, patient_id, from_phone, body, level, language, "
            "handled_as, answer, received_at) "
            "VALUES ('SM1', 999, '+13125550123', 'ok', 'ok', 'en', 'triage', 'thanks', ?)",
            [to_db_time(NOW)],
        )
    assert not db.conn.in_transaction
    with transaction(db):
        patient_id = add_patient(db)
    other = sqlite3.connect(tmp_path / "a.db")
    assert other.execute("SELECT id FROM patients").fetchall() == [(patient_id,)]
    other.close()


def test_an_error_inside_a_savepoint_is_not_hidden_when_sqlite_already_rolled_back(
    tmp_path: Path,
) -> None:
    db = open_db(tmp_path / "a.db")
    with pytest.raises(ValueError, match="the real problem"), transaction(db), transaction(db):
        add_patient(db)
        db.execute("ROLLBACK")  # as SQLite does by itself on a full disk or an I/O error
        raise ValueError("the real problem")
    assert not db.conn.in_transaction
    assert db.execute("SELECT count(*) FROM patients").fetchone() == (0,)
