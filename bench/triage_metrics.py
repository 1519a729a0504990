"""Print triage recall, false-alarm and ok-kept figures, ours beside a naive matcher.

With no arguments it reads the corpus; name other labelled sets (3 or 5 columns, see
bench/triage_sets.py) to pool them instead. Replies with a check-in and a last score are
triaged with them.

Example: python bench/triage_metrics.py tests/data/triage/triage_tune_answers.tsv
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from triage_sets import Row, load  # noqa: E402

from bot.triage import triage  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "triage" / "triage_corpus.tsv"
RANK = {"emergency": 3, "urgent": 2, "routine": 1, "ok": 0}

# What a first attempt usually looks like: a few words, no negation, no Spanish grammar.
NAIVE_EMERGENCY = (
    "breathe",
    "chest pain",
    "unresponsive",
    "seizure",
    "suicide",
    "kill myself",
    "respirar",
    "pecho",
)
NAIVE_URGENT = (
    "fever",
    "red",
    "swelling",
    "swollen",
    "pus",
    "drainage",
    "pain",
    "infected",
    "fiebre",
    "roja",
    "hinchado",
    "dolor",
)


def naive(text: str) -> str:
    """Return a level the way a plain keyword search would."""
    lowered = text.lower()
    if any(word in lowered for word in NAIVE_EMERGENCY):
        return "emergency"
    if any(word in lowered for word in NAIVE_URGENT):
        return "urgent"
    return "ok"


def ours(row: Row) -> str:
    """Return our triage's level, with the check-in and last score the reply came with."""
    return triage(row.text, answering=row.answering, last_pain=row.last_pain).level.value


def metrics(rows: Iterable[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """Return hits and totals for each metric, from (expected, predicted) pairs."""
    counts = {
        name: [0, 0]
        for name in (
            "red-flag recall",
            "emergency recall",
            "false alarms",
            "routine recall",
            "ok kept as ok",
        )
    }
    for expected, predicted in rows:
        want, got = RANK[expected], RANK[predicted]
        if want >= 2:
            counts["red-flag recall"][1] += 1
            counts["red-flag recall"][0] += got >= 2
        if want == 3:
            counts["emergency recall"][1] += 1
            counts["emergency recall"][0] += got == 3
        if want <= 1:
            counts["false alarms"][1] += 1
            counts["false alarms"][0] += got >= 2
        if want == 1:
            counts["routine recall"][1] += 1
            counts["routine recall"][0] += got >= 1
        if want == 0:
            counts["ok kept as ok"][1] += 1
            counts["ok kept as ok"][0] += got == 0
    return {name: (hit, total) for name, (hit, total) in counts.items()}


def report(name: str, classify: Callable[[Row], str], rows: list[Row]) -> list[str]:
    """Return one printed line per metric for a classifier on all rows and the holdout."""
    full = metrics((row.label, classify(row)) for row in rows)
    held = metrics((row.label, classify(row)) for row in rows if row.holdout)
    lines = []
    for metric in full:
        cells = []
        for hit, total in (full[metric], held[metric]):
            cells.append(f"{100 * hit / total:5.1f}% ({hit}/{total})" if total else "  n/a")
        lines.append(f"{name:<7} {metric:<17} {cells[0]:>17}   {cells[1]:>17}")
    return lines


def main() -> None:
    """Print the table."""
    paths = [Path(arg) for arg in sys.argv[1:]] or [CORPUS]
    rows = [row for path in paths for row in load(path)]
    held = sum(row.holdout for row in rows)
    spanish = sum(row.language == "es" for row in rows)
    print(
        f"{', '.join(p.name for p in paths)}: {len(rows)} replies, {held} holdout, "
        f"{spanish} Spanish"
    )
    print(f"{'':<7} {'metric':<17} {'all':>17}   {'holdout':>17}")
    for line in report("ours", ours, rows) + report("naive", lambda r: naive(r.text), rows):
        print(line)


if __name__ == "__main__":
    main()
