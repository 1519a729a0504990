"""Shared fixtures: a clinic config on a temporary database, the CLI runner, a clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner, Result

from bot.cli import cli
from bot.config import Config, load_config
from bot.store import open_db

CLINIC_TOML = """
[clinic]
name = "Lakeside Spine"
phone = "+13125550100"
timezone = "America/Chicago"
holidays = "US"
closures = ["2026-12-24"]

[clinic.hours]
mon = "08:00-17:00"
tue = "08:00-17:00"
wed = "08:00-17:00"
thu = "08:00-17:00"
fri = "08:00-17:00"

[database]
path = "{db}"

[sms]
provider = "console"
max_per_second = 50

[on_call]
phone = "+13125550199"
ack_within_minutes = 15
"""


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


class Aftercare:
    """Run `aftercare` commands against the test's config, as a user would."""

    def __init__(self, config_file: Path):
        self.config_file = config_file
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None) -> Result:
        return self.runner.invoke(
            cli, ["--config", str(self.config_file), *args], input=input, catch_exceptions=False
        )


@pytest.fixture
def aftercare(config_file: Path) -> Aftercare:
    """Return a helper that runs CLI commands against the test config."""
    return Aftercare(config_file)
