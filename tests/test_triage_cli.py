"""Tests for the ``aftercare triage`` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from bot.cli.triage_cmd import triage_command


def test_text_prints_level_and_findings() -> None:
    result = CliRunner().invoke(triage_command, ["feaver", "since", "last", "night"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "URGENT"
    assert '- fever: "feaver"' in lines


def test_ok_reply_prints_only_the_level() -> None:
    result = CliRunner().invoke(triage_command, ["todo", "bien"])
    assert result.exit_code == 0
    assert result.output == "OK\n"


def test_jsonl_writes_one_object_per_line_in_order() -> None:
    replies = ["no fever", "", "fiebre 39 😷", "can't breathe", "   "]
    result = CliRunner().invoke(triage_command, ["--jsonl"], input="\n".join(replies) + "\n")
    assert result.exit_code == 0
    objects = [json.loads(line) for line in result.output.splitlines()]
    assert [o["level"] for o in objects] == ["ok", "routine", "urgent", "emergency", "routine"]
    assert objects[2]["language"] == "es"
    assert {"symptom": "fever", "evidence": "fiebre"} in objects[2]["findings"]
    assert set(objects[0]) == {"level", "findings", "language"}


def test_jsonl_keeps_non_ascii_readable() -> None:
    result = CliRunner().invoke(triage_command, ["--jsonl"], input="hinchazón 🤒\n")
    assert "hinchazón" in result.output
    assert "🤒" in result.output


def test_no_text_is_a_usage_error() -> None:
    result = CliRunner().invoke(triage_command, [])
    assert result.exit_code == 2
    assert "--jsonl" in result.output


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(triage_command, ["--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_jsonl_gives_the_same_answers_in_every_process() -> None:
    # Python salts string hashes per process; a rule that walks a set would give a nurse
    # different evidence for the same reply after a restart.
    replies = [
        line.split("\t")[2]
        for labelled in sorted((Path(__file__).resolve().parent / "data" / "triage").glob("*.tsv"))
        for line in labelled.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    outputs = []
    for seed in ("1", "2", "3", "4", "5"):
        done = subprocess.run(
            [sys.executable, "-c", "from bot.cli import main; main()", "triage", "--jsonl"],
            input="\n".join(replies) + "\n",
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert len(outputs[0].splitlines()) == len(replies)
    assert all(output == outputs[0] for output in outputs)
