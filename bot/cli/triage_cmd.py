"""The ``aftercare triage`` command: triage replies typed or piped in."""

from __future__ import annotations

import json
import sys

import click

from bot.triage import Triage, triage


def _as_json(result: Triage) -> str:
    """Return one triage result as a single JSON line."""
    return json.dumps(
        {
            "level": result.level.value,
            "findings": [{"symptom": f.symptom, "evidence": f.evidence} for f in result.findings],
            "language": result.language,
        },
        ensure_ascii=False,
    )


@click.command("triage")
@click.argument("text", nargs=-1)
@click.option("--jsonl", is_flag=True, help="Read one reply per line from stdin; write JSON lines.")
def triage_command(text: tuple[str, ...], jsonl: bool) -> None:
    """Triage a patient reply and show its level and findings.

    Example: aftercare triage "no fever but the incision is red"
    """
    if jsonl:
        # "-" is stdin in click's own terms; a pipe sees each answer as soon as it is read.
        with click.open_file("-", encoding="utf-8") as stdin:
            for line in stdin:
                click.echo(_as_json(triage(line.rstrip("\r\n"))))
                sys.stdout.flush()
        return
    if not text:
        raise click.UsageError("Give the reply to triage as TEXT, or pass --jsonl to read stdin.")
    result = triage(" ".join(text))
    click.echo(result.level.name)
    for finding in result.findings:
        click.echo(f'- {finding.symptom}: "{finding.evidence}"')
