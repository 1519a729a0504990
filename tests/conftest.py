"""Shared fixtures: a clinic config on a temporary database, the CLI runner, a clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from bot.config import Config, load_config
from bot.store import open_db
from tests.helpers.clinic import (
    CLINIC_TOML,
    Aftercare,
)
from tests.helpers.replies import (
    SPANISH_PHONE,
    chicago,
    enroll_patient,
)


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    """Write a clinic config whose database lives in the test's temp folder."""
    path = tmp_path / "config.toml"
    path.write_text(CLINIC_TOML.format(db=tmp_path / "aftercare.db"), encoding="utf-8")
    return path


@pytest.fixture
def config(config_file: Path) -> Config:
    """Return the validated clinic config."""
    return load_config(str(config_file), environ={})


@pytest.fixture
def db(config: Config) -> Iterator[sqlite_utils.Database]:
    """Open the test's database, migrated."""
    database = open_db(config.database.path)
    yield database
    database.conn.close()


@pytest.fixture
def aftercare(config_file: Path) -> Aftercare:
    """Return a helper that runs CLI commands against the test config."""
    return Aftercare(config_file)


# The patient most tests text as: discharged Monday 2 March 2026, enrolled that morning.
DISCHARGED = date(2026, 3, 2)
ENROLLED = chicago(2026, 3, 2, 9)


@pytest.fixture
def patient(db: sqlite_utils.Database, config: Config) -> int:
    """Enroll Ana (English, the implant protocol) and return her id."""
    return enroll_patient(db, config, discharged=DISCHARGED, now=ENROLLED)


@pytest.fixture
def spanish_patient(db: sqlite_utils.Database, config: Config) -> int:
    """Enroll José, who reads Spanish, and return his id."""
    return enroll_patient(
        db,
        config,
        discharged=DISCHARGED,
        now=ENROLLED,
        phone=SPANISH_PHONE,
        language="es",
        name="José Pérez",
    )
