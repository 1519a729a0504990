"""bench/triage_blind_eval.py --new-only: a held-out set is also scored on the replies that
are not already, word for word, in the tuning sets (case, spaces and punctuation aside), so
an everyday "no" or "ok thanks" repeated from tuning cannot flatter the measure."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "bench" / "triage_blind_eval.py"


def _run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(EVAL), "--counts-only", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def test_only_replies_new_to_tuning_are_scored(tmp_path: Path) -> None:
    tuning = tmp_path / "tuning"
    tuning.mkdir()
    (tuning / "triage_tune_x.tsv").write_text(
        "ok\ten\tsymptom_check\t-\tNo, thanks!\nurgent\ten\t-\t-\tfever 101\n", encoding="utf-8"
    )
    held = tmp_path / "heldout_x.tsv"
    held.write_text(
        "ok\ten\tsymptom_check\t-\tno thanks\n"  # the same as a tuning text, but for case
        "urgent\ten\t-\t-\tFever, 101.\n"  # the same, but for punctuation
        "urgent\ten\t-\t-\tmy incision is red and hot since last night\n",
        encoding="utf-8",
    )

    everything = _run(str(held))
    new_only = _run("--new-only", "--tuning", str(tuning), str(held))

    assert "(3 replies; en 3)" in everything
    assert "(1 replies; new to tuning, of 3; en 1)" in new_only
    assert "red-flag recall    100.0%  (1/1)" in new_only
