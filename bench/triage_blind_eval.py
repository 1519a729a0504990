"""Score triage against blind, independently labelled reply sets.

Each file holds one reply a line: ``level<TAB>language<TAB>text``, or
``level<TAB>language<TAB>answering<TAB>last_pain<TAB>text`` where answering is the
check-in the reply answers and last_pain the patient's last score (``-`` for none; both
are passed to triage). Level is emergency, urgent, routine or ok; blank lines and lines
starting with ``#`` are skipped. For each file this prints:

- red-flag recall: labelled emergency/urgent, predicted emergency or urgent;
- emergency recall: labelled emergency, predicted emergency;
- false-alarm rate: labelled ok/routine, predicted urgent or emergency;
- routine recall: labelled routine, predicted anything but ok;
- ok kept as ok: labelled ok, predicted ok (good news not put before a nurse);

then every miss of those four measures, with label, prediction, findings and
text, and a label-by-prediction table. Exit status 1 if any target is missed.

``--new-only`` scores only the replies whose text is not already in the tuning sets
(``tests/data/triage/*.tsv``, or ``--tuning DIR``) once case, spaces and punctuation are
set aside: a held-out set written today can repeat "no" and "ok thanks" word for word,
and those flatter it.

Example: python bench/triage_blind_eval.py tests/data/triage/triage_blind_a.tsv
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from triage_sets import LEVELS, load  # noqa: E402

from bot.triage import triage  # noqa: E402

RED = frozenset({"emergency", "urgent"})
TUNING = Path(__file__).resolve().parents[1] / "tests" / "data" / "triage"
TARGETS = {  # metric -> (threshold, higher is better): issue 11's targets
    "red-flag recall": (0.99, True),
    "emergency recall": (0.99, True),
    "false-alarm rate": (0.03, False),
    "routine recall": (0.97, True),
    "ok kept as ok": (0.95, True),
}


@dataclass(frozen=True)
class Case:
    """One labelled reply and what triage made of it."""

    line: int
    label: str
    language: str
    text: str
    predicted: str
    findings: str


def describe(findings: object) -> str:
    """Render a triage result's findings compactly."""
    out = []
    for finding in findings or ():  # type: ignore[attr-defined]
        symptom = getattr(finding, "symptom", None)
        evidence = getattr(finding, "evidence", None)
        out.append(f"{symptom}={evidence!r}" if symptom is not None else repr(finding))
    return "; ".join(out) or "-"


def folded(text: str) -> str:
    """Return text in lower case with every run of spaces and punctuation one space."""
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def tuning_texts(folder: Path) -> frozenset[str]:
    """Return the folded texts of every reply in the tuning sets under ``folder``."""
    return frozenset(
        folded(row.text) for path in sorted(folder.glob("*.tsv")) for row in load(path)
    )


def run(path: Path, seen: frozenset[str] = frozenset()) -> list[Case]:
    """Triage every reply in ``path`` whose folded text is not in ``seen``."""
    cases = []
    for row in load(path):
        if folded(row.text) in seen:
            continue
        result = triage(row.text, answering=row.answering, last_pain=row.last_pain)
        level = result.level.value
        cases.append(
            Case(row.line, row.label, row.language, row.text, level, describe(result.findings))
        )
    return cases


def ratio(hits: int, total: int) -> float:
    """Return hits/total, or 1.0 (recall) when there is nothing to count."""
    return hits / total if total else 1.0


def metrics(cases: list[Case]) -> dict[str, tuple[float, int, int, list[Case]]]:
    """Return metric -> (value, numerator, denominator, misses)."""
    red = [c for c in cases if c.label in RED]
    red_miss = [c for c in red if c.predicted not in RED]
    emerg = [c for c in cases if c.label == "emergency"]
    emerg_miss = [c for c in emerg if c.predicted != "emergency"]
    calm = [c for c in cases if c.label not in RED]
    alarms = [c for c in calm if c.predicted in RED]
    routine = [c for c in cases if c.label == "routine"]
    routine_miss = [c for c in routine if c.predicted == "ok"]
    good = [c for c in cases if c.label == "ok"]
    good_miss = [c for c in good if c.predicted != "ok"]
    return {
        "red-flag recall": (
            ratio(len(red) - len(red_miss), len(red)),
            len(red) - len(red_miss),
            len(red),
            red_miss,
        ),
        "emergency recall": (
            ratio(len(emerg) - len(emerg_miss), len(emerg)),
            len(emerg) - len(emerg_miss),
            len(emerg),
            emerg_miss,
        ),
        "false-alarm rate": (
            len(alarms) / len(calm) if calm else 0.0,
            len(alarms),
            len(calm),
            alarms,
        ),
        "routine recall": (
            ratio(len(routine) - len(routine_miss), len(routine)),
            len(routine) - len(routine_miss),
            len(routine),
            routine_miss,
        ),
        "ok kept as ok": (
            ratio(len(good) - len(good_miss), len(good)),
            len(good) - len(good_miss),
            len(good),
            good_miss,
        ),
    }


def report(path: Path, *, show_misses: bool, seen: frozenset[str] = frozenset()) -> bool:
    """Print the figures for one file; return whether every target is met."""
    cases = run(path, seen)
    languages = sorted({c.language for c in cases})
    counts = ", ".join(f"{lang} {sum(c.language == lang for c in cases)}" for lang in languages)
    new = f"; new to tuning, of {len(load(path))}" if seen else ""
    print(f"== {path} ({len(cases)} replies{new}; {counts})")
    figures = metrics(cases)
    met = True
    for name, (value, num, den, _misses) in figures.items():
        threshold, higher = TARGETS[name]
        ok = value >= threshold if higher else value <= threshold
        met = met and ok
        sign = ">=" if higher else "<="
        verdict = "PASS" if ok else "FAIL"
        print(f"  {name:17} {value:7.1%}  ({num}/{den})  target {sign} {threshold:.0%}  {verdict}")
    print("  label \\ predicted  " + "  ".join(f"{lvl:>9}" for lvl in LEVELS))
    for label in LEVELS:
        row = [sum(c.label == label and c.predicted == lvl for c in cases) for lvl in LEVELS]
        print(f"  {label:17}  " + "  ".join(f"{n:>9}" for n in row))
    for name, (_value, _num, _den, misses) in figures.items():
        print(f"  -- {name} misses: {len(misses)}")
        if show_misses:
            for c in misses:
                head = f"[{c.line}] {c.label} -> {c.predicted} ({c.language})"
                print(f"     {head} findings: {c.findings}")
                print(f"         {c.text}")
    print()
    return met


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, report every file, and return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="labelled reply files (3 or 5 columns)")
    parser.add_argument(
        "--counts-only", action="store_true", help="print miss counts, not the misses"
    )
    parser.add_argument(
        "--new-only",
        action="store_true",
        help="score only replies whose text is not already in the tuning sets",
    )
    parser.add_argument(
        "--tuning", type=Path, default=TUNING, help="the tuning sets' folder (for --new-only)"
    )
    args = parser.parse_args(argv)
    seen = tuning_texts(args.tuning) if args.new_only else frozenset()
    met = [report(path, show_misses=not args.counts_only, seen=seen) for path in args.files]
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main())
