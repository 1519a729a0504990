"""A CSV the reader cannot parse is refused whole, naming the line, and the refusal audited."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from tests.helpers.clinic import Aftercare

NOW = datetime(2026, 3, 1, 15, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def clock(time_machine: Any) -> None:
    time_machine.move_to(NOW, tick=False)


def test_a_field_over_128_kb_is_reported_by_line_and_nothing_is_written(
    aftercare: Aftercare, tmp_path: Path, db: sqlite_utils.Database
) -> None:
    good = [f"Patient {n},(312) 555-{1000 + n:04d},2026-03-01" for n in range(600)]
    path = tmp_path / "discharges.csv"
    path.write_text(
        "name,phone,discharged\n"
        + "\n".join(good)
        + f'\nMallory,"{"x" * 140_000}",2026-03-01\n'
        + "Last,(312) 555-9999,2026-03-01\n",
        encoding="utf-8",
    )

    result = aftercare("import", str(path))

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "Line 602 of discharges.csv cannot be read as CSV" in result.output
    assert "longer than 131,072 characters" in result.output
    assert "nothing was imported" in result.output
    assert db["patients"].count == 0 and db["outbox"].count == 0
    [audit] = list(db.query("SELECT action, subject, detail FROM audit_log"))
    assert (audit["action"], audit["subject"]) == ("import refused", "file discharges.csv")
    assert "Line 602" in audit["detail"]
