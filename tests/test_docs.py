"""Every command explains itself: help text with an example, -h and --version."""

from __future__ import annotations

from typing import Any

import click
import pytest

from bot import __version__
from bot.cli import cli

COMMANDS = sorted(cli.commands)


def test_version(aftercare: Any) -> None:
    result = aftercare("--version")
    assert result.exit_code == 0
    assert result.output == f"aftercare, version {__version__}\n"


@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_top_level_help_lists_every_command(aftercare: Any, flag: str) -> None:
    result = aftercare(flag)
    assert result.exit_code == 0
    assert "Post-discharge SMS check-ins" in result.output
    assert "Example: aftercare plan" in result.output
    for name in COMMANDS:
        assert f"  {name} " in result.output


def test_the_expected_commands_exist() -> None:
    expected = {"plan", "enroll", "patients", "patient", "discharge-date", "lift", "import"}
    assert expected | {"outbox"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name: str) -> None:
    command = cli.commands[name]
    assert command.help, f"{name} has no help text"
    assert command.short_help or command.help.splitlines()[0].strip()
    example = [line for line in command.help.splitlines() if line.strip().startswith("Example:")]
    assert example, f"{name} help has no Example:"
    line = example[0].strip()
    assert line.startswith("Example: aftercare "), line
    assert f" {name}" in line, f"{name} example does not run {name}: {line}"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_is_explained(name: str) -> None:
    for param in cli.commands[name].params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, f"{name} {param.opts[0]} has no help"


@pytest.mark.parametrize("name", COMMANDS)
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_every_command_answers_h(aftercare: Any, name: str, flag: str) -> None:
    result = aftercare(name, flag)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Usage: cli {name}") or result.output.startswith(
        f"Usage: aftercare {name}"
    )
    assert "Example: aftercare" in result.output


def test_unknown_command_suggests_help(aftercare: Any) -> None:
    result = aftercare("enrol")
    assert result.exit_code == 2
    assert "No such command 'enrol'" in result.output
    assert "Traceback" not in result.output
