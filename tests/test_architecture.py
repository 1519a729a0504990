"""The layers of bot/ import one way; the contract CI checks really catches a wrong import."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LINT = [
    sys.executable,
    "-c",
    "from importlinter.cli import lint_imports_command; lint_imports_command()",
]


def lint(tree: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*LINT, "--no-cache"],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def copy_of_the_package(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "bot", tmp_path / "bot", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


@pytest.mark.slow
def test_the_layers_as_they_are_keep_the_contract(tmp_path: Path) -> None:
    done = lint(copy_of_the_package(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        (
            "bot/domain/phones.py",
            "from bot.web import create_app",
            "bot.domain is not allowed to import bot.web",
        ),
        (
            "bot/store/db.py",
            "from bot.services import enrollment",
            "bot.store is not allowed to import bot.services",
        ),
        ("bot/triage/tokens.py", "import sqlite3", "bot.triage is not allowed to import sqlite3"),
    ],
)
def test_a_lower_layer_importing_a_higher_one_fails_the_contract(
    tmp_path: Path, module: str, line: str, broken: str
) -> None:
    tree = copy_of_the_package(tmp_path)
    target = tree / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    done = lint(tree)
    assert done.returncode != 0
    assert broken in done.stdout


@pytest.mark.slow
def test_a_deprecated_call_fails_in_our_code_and_is_only_shown_inside_a_library(
    tmp_path: Path,
) -> None:
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "bot").mkdir()
    (tmp_path / "bot" / "__init__.py").write_text("")
    deprecated = (
        "import warnings\n\n\ndef old():\n    warnings.warn('old', DeprecationWarning, 1)\n"
    )
    (tmp_path / "bot" / "ours.py").write_text(deprecated)
    (tmp_path / "library.py").write_text(deprecated)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_calls.py").write_text(
        "import library\nfrom bot import ours\n\n\n"
        "def test_ours():\n    ours.old()\n\n\n"
        "def test_library():\n    library.old()\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "FAILED tests/test_calls.py::test_ours" in done.stdout, done.stdout
    assert "PASSED tests/test_calls.py::test_library" in done.stdout, done.stdout


# word lists, not logic: a module that is data may be as long as its vocabulary
WORD_LISTS = {"bot/triage/lexicon.py"}


def test_every_module_is_small_enough_to_read_in_one_sitting() -> None:
    too_long = {
        str(path.relative_to(REPO)): lines
        for path in (REPO / "bot").rglob("*.py")
        if str(path.relative_to(REPO)) not in WORD_LISTS
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert too_long == {}
