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
    assert set(objects[0]) == {"level", "findings", "language", "pain"}  # issue 11 adds "pain"
    assert [o["pain"] for o in objects] == [None, None, None, None, None]


def test_jsonl_reads_each_reply_as_an_answer_to_the_check_in() -> None:
    replies = ["no", "nada", "yes a little", "si un poco", "no fever but the incision is red"]
    result = CliRunner().invoke(
        triage_command, ["--jsonl", "--answering", "symptom_check"], input="\n".join(replies)
    )
    assert result.exit_code == 0, result.output
    levels = [json.loads(line)["level"] for line in result.output.splitlines()]
    assert levels == ["ok", "ok", "urgent", "urgent", "urgent"]


def test_a_score_above_the_last_one_is_urgent_and_shown() -> None:
    args = ["--answering", "trial_check", "--last-pain", "3", "7"]
    result = CliRunner().invoke(triage_command, args)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:2] == ["URGENT", "pain: 7/10"]
    lower = CliRunner().invoke(
        triage_command, ["--answering", "trial_check", "--last-pain", "7", "3"]
    )
    assert lower.output.splitlines() == ["OK", "pain: 3/10"]


def test_jsonl_gives_the_pain_score_as_a_number() -> None:
    result = CliRunner().invoke(
        triage_command, ["--jsonl", "--answering", "trial_check"], input="siete\n6/10\nno\n"
    )
    assert [json.loads(line)["pain"] for line in result.output.splitlines()] == [7, 6, None]


def test_an_unknown_check_in_is_one_sentence_not_a_traceback() -> None:
    result = CliRunner().invoke(triage_command, ["--answering", "pain_check", "no"])
    assert result.exit_code == 2
    assert "'pain_check' is not a check-in; use one of" in result.output
    assert "Traceback" not in result.output


def test_a_last_pain_off_the_scale_is_refused() -> None:
    result = CliRunner().invoke(triage_command, ["--last-pain", "12", "pain 5"])
    assert result.exit_code == 2
    assert "--last-pain" in result.output


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
        # the text is the third column of the older sets and the fifth of issue 11's
        line.split("\t")[4 if line.count("\t") == 4 else 2]
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
    assert len(replies) > 5000  # every labelled set was read
    assert len(outputs[0].splitlines()) == len(replies)
    assert all(output == outputs[0] for output in outputs)
