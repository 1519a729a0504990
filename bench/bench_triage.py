"""Time triage over the corpus replies: throughput on one core, p50/p99 latency, and the
time for 100 KB bodies (only the first 1,600 characters are read; the rest must cost
nothing).

Example: python bench/bench_triage.py
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.triage import triage  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "triage" / "triage_corpus.tsv"
CALLS = 120_000


def replies() -> list[str]:
    """Return the reply texts of the corpus."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[2] for line in lines if line.strip() and not line.startswith("#")]


def main() -> None:
    """Run the benchmark and print its figures."""
    texts = replies()
    workload = (texts * (CALLS // len(texts) + 1))[:CALLS]
    for text in texts:  # warm the word cache, as a long-running server would be
        triage(text)

    started, cpu_started = time.perf_counter(), time.process_time()
    for text in workload:
        triage(text)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started

    clock = time.perf_counter_ns
    latencies = []
    for text in workload:
        before = clock()
        triage(text)
        latencies.append((clock() - before) / 1000)
    cuts = statistics.quantiles(latencies, n=100)
    print(f"calls: {len(workload):,} over {len(texts)} distinct replies, one core")
    # CPU time is this process's own: on a shared machine the wall clock also counts the
    # time other processes held the core
    print(
        f"throughput: {len(workload) / elapsed:,.0f} replies/s by the wall clock, "
        f"{len(workload) / cpu:,.0f} per CPU second"
    )
    print(f"latency: p50 {cuts[49]:.1f} µs, p99 {cuts[98]:.1f} µs, max {max(latencies):.1f} µs")

    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    cold = [f"{''.join(rng.choices(letters, k=rng.randint(5, 10)))} incision" for _ in range(2_000)]
    started = time.perf_counter()
    for text in cold:
        triage(text)
    per_call = (time.perf_counter() - started) / len(cold) * 1e6
    print(f"cold words (cache misses, fuzzy matching): {per_call:.1f} µs per reply")

    started = time.perf_counter()
    for text in texts:
        triage(text, answering="trial_check", last_pain=4)
    per_call = (time.perf_counter() - started) / len(texts) * 1e6
    print(f"as answers to the trial check-in with a last score: {per_call:.1f} µs per reply")

    for name, body in long_bodies().items():
        started = time.perf_counter()
        triage(body)
        took = (time.perf_counter() - started) * 1000
        print(f"100 KB body, {name}: {took:.1f} ms")


def long_bodies() -> dict[str, str]:
    """Return 100 KB bodies of the shapes that once took quadratic time."""
    size = 100_000
    shapes = {
        "sentences": "no fever, the incision is fine. ",
        "one long clause": "no fever and no redness and the swelling went down and ",
        "numbers": "pain 3 was 4 now 5 temp 99 ",
        "unknown words": "zorblax qwerty fnord ",
        "questions": "is it normal for the incision to be red? ",
    }
    return {name: (unit * (size // len(unit) + 1))[:size] for name, unit in shapes.items()}


if __name__ == "__main__":
    main()
