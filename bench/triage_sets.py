"""Read labelled triage sets in either format, for the benchmarks and the reader's training.

A line is ``level<TAB>language<TAB>text`` (the older sets; the corpus may add a fourth
column, ``holdout``) or ``level<TAB>language<TAB>answering<TAB>last_pain<TAB>text``, where
answering is the check-in text key the reply answers and last_pain the patient's last 0-10
score, each ``-`` when there is none. Blank lines and lines starting with ``#`` are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LEVELS = ("emergency", "urgent", "routine", "ok")


@dataclass(frozen=True)
class Row:
    """One labelled reply and the context it was written in."""

    line: int
    label: str
    language: str
    text: str
    answering: str | None = None
    last_pain: float | None = None
    holdout: bool = False


def load(path: Path) -> list[Row]:
    """Return the labelled replies of a set; exit with the line for a malformed one."""
    rows = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if cols[0] not in LEVELS or len(cols) not in (3, 4, 5):
            raise SystemExit(
                f"{path}:{number}: expected level<TAB>language<TAB>text or "
                f"level<TAB>language<TAB>answering<TAB>last_pain<TAB>text, got {raw!r}"
            )
        if len(cols) == 5:
            answering = None if cols[2] == "-" else cols[2]
            last_pain = None if cols[3] == "-" else float(cols[3])
            rows.append(Row(number, cols[0], cols[1], cols[4], answering, last_pain))
        else:
            holdout = len(cols) == 4 and cols[3] == "holdout"
            rows.append(Row(number, cols[0], cols[1], cols[2], holdout=holdout))
    return rows
