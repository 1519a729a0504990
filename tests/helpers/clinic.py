"""The test clinic: its settings file, and `aftercare` commands run against it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from bot.cli import cli

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


class Aftercare:
    """Run `aftercare` commands against the test's config, as a user would."""

    def __init__(self, config_file: Path):
        self.config_file = config_file
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None) -> Result:
        return self.runner.invoke(
            cli, ["--config", str(self.config_file), *args], input=input, catch_exceptions=False
        )
