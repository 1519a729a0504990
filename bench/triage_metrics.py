"""Print triage recall and false-alarm figures on the corpus, ours beside a naive matcher.

Example: python bench/triage_metrics.py
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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


def load_corpus(path: Path = CORPUS) -> list[tuple[str, str, str, bool]]:
    """Return (level, language, text, holdout) rows from the corpus file."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        rows.append((cols[0], cols[1], cols[2], len(cols) > 3 and cols[3] == "holdout"))
    return rows


def naive(text: str) -> str:
    """Return a level the way a plain keyword search would."""
    lowered = text.lower()
    if any(word in lowered for word in NAIVE_EMERGENCY):
        return "emergency"
    if any(word in lowered for word in NAIVE_URGENT):
        return "urgent"
    return "ok"


def ours(text: str) -> str:
    """Return our triage's level."""
    return triage(text).level.value


def metrics(rows: Iterable[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """Return hits and totals for each metric, from (expected, predicted) pairs."""
    counts = {
        name: [0, 0]
        for name in ("red-flag recall", "emergency recall", "false alarms", "routine recall")
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
    return {name: (hit, total) for name, (hit, total) in counts.items()}


def report(
    name: str, classify: Callable[[str], str], rows: list[tuple[str, str, str, bool]]
) -> list[str]:
    """Return one printed line per metric for a classifier on the full corpus and holdout."""
    full = metrics((level, classify(text)) for level, _, text, _ in rows)
    held = metrics((level, classify(text)) for level, _, text, ho in rows if ho)
    lines = []
    for metric in full:
        cells = []
        for hit, total in (full[metric], held[metric]):
            cells.append(f"{100 * hit / total:5.1f}% ({hit}/{total})" if total else "  n/a")
        lines.append(f"{name:<7} {metric:<17} {cells[0]:>17}   {cells[1]:>17}")
    return lines


def main() -> None:
    """Print the table."""
    rows = load_corpus()
    held = sum(ho for *_, ho in rows)
    spanish = sum(lang == "es" for _, lang, _, _ in rows)
    print(f"corpus: {len(rows)} replies, {held} holdout, {spanish} Spanish")
    print(f"{'':<7} {'metric':<17} {'full':>17}   {'holdout':>17}")
    for line in report("ours", ours, rows) + report("naive", naive, rows):
        print(line)


if __name__ == "__main__":
    main()
