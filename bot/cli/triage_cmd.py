"""The ``aftercare triage`` command: triage replies typed or piped in."""

from __future__ import annotations

import json
import sys

import click

from bot.triage import CHECK_INS, Triage, triage


def _as_json(result: Triage) -> str:
    """Return one triage result as a single JSON line."""
    return json.dumps(
        {
            "level": result.level.value,
            "findings": [{"symptom": f.symptom, "evidence": f.evidence} for f in result.findings],
            "language": result.language,
            "pain": result.pain,
        },
        ensure_ascii=False,
    )


@click.command("triage")
@click.argument("text", nargs=-1)
@click.option("--jsonl", is_flag=True, help="Read one reply per line from stdin; write JSON lines.")
@click.option(
    "--answering",
    metavar="KEY",
    help=f"The check-in the reply answers: {', '.join(sorted(CHECK_INS))}.",
)
@click.option(
    "--last-pain",
    type=click.FloatRange(0, 10),
    metavar="N",
    help="The patient's last reported pain score (0-10).",
)
@click.option(
    "--baseline-pain",
    type=click.FloatRange(0, 10),
    metavar="N",
    help="The patient's pain score before the procedure (0-10).",
)
def triage_command(
    text: tuple[str, ...],
    jsonl: bool,
    answering: str | None,
    last_pain: float | None,
    baseline_pain: float | None,
) -> None:
    """Triage a patient reply and show its level, findings and pain score.

    Example: aftercare triage --answering trial_check --last-pain 3 "7/10 today"
    """
    if answering is not None and answering not in CHECK_INS:
        known = ", ".join(sorted(CHECK_INS))
        raise click.BadParameter(
            f"{answering!r} is not a check-in; use one of {known}.", param_hint="--answering"
        )

    def read(reply: str) -> Triage:
        return triage(reply, answering=answering, last_pain=last_pain, baseline_pain=baseline_pain)

    if jsonl:
        # "-" is stdin in click's own terms; a pipe sees each answer as soon as it is read.
        with click.open_file("-", encoding="utf-8") as stdin:
            for line in stdin:
                click.echo(_as_json(read(line.rstrip("\r\n"))))
                sys.stdout.flush()
        return
    if not text:
        raise click.UsageError("Give the reply to triage as TEXT, or pass --jsonl to read stdin.")
    result = read(" ".join(text))
    click.echo(result.level.name)
    if result.pain is not None:
        click.echo(f"pain: {result.pain:g}/10")
    for finding in result.findings:
        click.echo(f'- {finding.symptom}: "{finding.evidence}"')
