"""Train the triage's second reader, measure it set by set, and write its weights.

The second reader (bot/triage_reader.py) is a pair of logistic-regression scorers over a
reply's words: "red flag" (emergency or urgent) and "emergency". It is trained on the
labelled sets listed in TRAIN; the held-out sets (HELD_OUT) are never read here.

To choose how sure the reader must be before it raises a level, every TRAIN set is left
out in turn and a reader trained on the others scores it. The thresholds kept are the
lowest at which, pooled over those left-out sets, the reader alone would call at most
MAX_FALSE_ALARMS of calm replies a red flag (and at most MAX_CALM_EMERGENCIES of them, or
MAX_OVER_TRIAGE of urgent ones, an emergency). Then the reader is trained on every TRAIN
set and written with those thresholds.

Prints, for the chosen thresholds, each left-out set's figures for the rules alone and for
the rules with that set's reader. The rules were tuned on these sets, so their rows flatter
them; the held-out sets, scored by bench/triage_blind_eval.py, are the fair measure.

Example: python bench/triage_reader_train.py            (writes bot/triage_reader.json)
         python bench/triage_reader_train.py --check    (exit 1 if the file is out of date)
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import triage_reader as reader  # noqa: E402
from bot.triage import read_by_rules, reader_words, second_reading_allowed  # noqa: E402

TESTS = ROOT / "tests"
TRAIN = ["corpus", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "m", "r", "s"]
HELD_OUT = ["l", "n", "o", "p", "q"]
OUT = ROOT / "bot" / "triage_reader.json"
# Of the replies each reader was not trained on, pooled over all left-out sets:
MAX_FALSE_ALARMS = 0.02  # ok or routine replies it scores as a red flag
MAX_CALM_EMERGENCIES = 0.005  # ok or routine replies it scores as an emergency
MAX_OVER_TRIAGE = 0.03  # urgent replies it scores as an emergency
EPOCHS = 12
L2 = 1e-4
RATE = 0.3
GRID_URGENT = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01]
GRID_EMERGENCY = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01]
RANK = {"ok": 0, "routine": 1, "urgent": 2, "emergency": 3}
Limits = tuple[float, float]  # raise a routine reply to urgent; raise any reply to emergency


def path_of(name: str) -> Path:
    """Return the file of a labelled set."""
    return TESTS / ("triage_corpus.tsv" if name == "corpus" else f"triage_blind_{name}.tsv")


def load(name: str) -> list[tuple[str, str]]:
    """Return (label, text) for each reply of a set."""
    rows = []
    for raw in path_of(name).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            parts = raw.split("\t")
            rows.append((parts[0], parts[2]))
    return rows


class Example:
    """One labelled reply, with its features and the level the rules gave it."""

    def __init__(self, label: str, text: str) -> None:
        self.label = label
        self.features = sorted(set(reader.features(reader_words(text))))
        first = read_by_rules(text)
        self.rules = first.level.value
        self.open = second_reading_allowed(first)


def fit(examples: list[Example], positive: set[str]) -> dict[str, float]:
    """Fit one logistic-regression scorer by AdaGrad; the same data gives the same weights."""
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    order = list(range(len(examples)))
    shuffle = random.Random(0)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for index in order:
            example = examples[index]
            z = sum(weights.get(f, 0.0) for f in example.features)
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
            error = p - (1.0 if example.label in positive else 0.0)
            for f in example.features:
                w = weights.get(f, 0.0)
                grad = error + L2 * w
                squares[f] = squares.get(f, 1e-8) + grad * grad
                weights[f] = w - RATE * grad / math.sqrt(squares[f])
    return {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-3}


def combined(example: Example, red: float, emergency: float, limits: Limits) -> str:
    """Return the level the rules and the reader give together (as bot/triage.py does)."""
    level = example.rules
    t_urg, t_em = limits
    if not example.open:
        return level
    if emergency >= t_em:
        return "emergency"
    if red >= t_urg and level == "routine":
        return "urgent"
    return level


def figures(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Return the four triage measures for (label, predicted) pairs."""

    def share(keep: set[str], hit: set[str]) -> float:
        cases = [got for label, got in pairs if label in keep]
        return sum(got in hit for got in cases) / len(cases) if cases else 1.0

    red = {"emergency", "urgent"}
    return {
        "red": share(red, red),
        "emergency": share({"emergency"}, {"emergency"}),
        "alarms": 1 - share({"ok", "routine"}, {"ok", "routine"}),
        "routine": share({"routine"}, {"routine", "urgent", "emergency"}),
    }


Scored = list[tuple[Example, float, float]]  # a reply, its red-flag and emergency scores


def added_alarms(rows: Scored, limits: Limits) -> tuple[int, int]:
    """Return (ok or routine replies the reader alone raised to a red flag, all of them)."""
    calm = [(e, r, m) for e, r, m in rows if e.label in {"ok", "routine"}]
    raised = sum(RANK[combined(e, r, m, limits)] >= 2 > RANK[e.rules] for e, r, m in calm)
    return raised, len(calm)


def over_triaged(rows: Scored, limits: Limits) -> int:
    """Return the urgent replies the reader alone raised to emergency."""
    return sum(
        e.label == "urgent" and e.rules != "emergency" and combined(e, r, m, limits) == "emergency"
        for e, r, m in rows
    )


def choose(pooled: Scored) -> Limits:
    """Return the lowest thresholds at which the reader, on replies it was not trained on,
    would call few calm replies a red flag and few non-emergencies an emergency.

    Judged on the reader alone, not on rules plus reader: the rules have been tuned on these
    same sets, so what they leave over says little about replies nobody has seen.
    """
    calm = [(r, m) for e, r, m in pooled if e.label in {"ok", "routine"}]
    urgent = [m for e, _, m in pooled if e.label == "urgent"]
    t_urg = next(
        t for t in GRID_URGENT if sum(r >= t for r, _ in calm) <= MAX_FALSE_ALARMS * len(calm)
    )
    t_em = next(
        t
        for t in GRID_EMERGENCY
        if sum(m >= t for _, m in calm) <= MAX_CALM_EMERGENCIES * len(calm)
        and sum(m >= t for m in urgent) <= MAX_OVER_TRIAGE * len(urgent)
    )
    return t_urg, t_em


def line(name: str, result: dict[str, float]) -> str:
    """Format one row of figures."""
    return (
        f"  {name:<14} red-flag {result['red']:6.1%}  emergency {result['emergency']:6.1%}"
        f"  false alarms {result['alarms']:5.1%}  routine {result['routine']:6.1%}"
    )


def main() -> int:
    """Leave each set out, choose thresholds, train on all and write (or check) the weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the shipped file")
    args = parser.parse_args()

    sets = {name: [Example(label, text) for label, text in load(name)] for name in TRAIN}
    scored: dict[str, Scored] = {}
    if not args.check:
        for name in TRAIN:
            rest = [e for other in TRAIN if other != name for e in sets[other]]
            red_w = fit(rest, {"emergency", "urgent"})
            em_w = fit(rest, {"emergency"})
            scored[name] = [
                (e, reader.score(red_w, e.features), reader.score(em_w, e.features))
                for e in sets[name]
            ]
        pooled = [row for rows in scored.values() for row in rows]
        limits = choose(pooled)
        print(f"thresholds: routine to urgent at {limits[0]}, to emergency at {limits[1]}")
        print("each set left out (rules alone, then rules + a reader trained without it):")
        for name in TRAIN:
            rows = scored[name]
            print(line(f"{name} rules", figures([(e.label, e.rules) for e, _, _ in rows])))
            both = [(e.label, combined(e, r, m, limits)) for e, r, m in rows]
            print(line(f"{name} + reader", figures(both)))
        print(line("ALL rules", figures([(e.label, e.rules) for e, _, _ in pooled])))
        both = [(e.label, combined(e, r, m, limits)) for e, r, m in pooled]
        print(line("ALL + reader", figures(both)))
        raised, calm = added_alarms(pooled, limits)
        print(f"  ok/routine replies the reader raised to a red flag: {raised} of {calm}")
        print(f"  urgent replies the reader raised to emergency: {over_triaged(pooled, limits)}")
    everything = [e for name in TRAIN for e in sets[name]]
    red_w = fit(everything, {"emergency", "urgent"})
    em_w = fit(everything, {"emergency"})
    if args.check:
        shipped = json.loads(OUT.read_text(encoding="utf-8"))
        same = shipped["red"] == red_w and shipped["emergency"] == em_w
        print("weights are up to date" if same else "weights are out of date: run this script")
        return 0 if same else 1
    data = {
        "trained_on": TRAIN,
        "raise_to_urgent": limits[0],
        "raise_to_emergency": limits[1],
        "red": red_w,
        "emergency": em_w,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(red_w)} + {len(em_w)} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
