"""Import patients from a CSV file: every bad row reported, no row half-written."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlite_utils

from bot.config import Config
from bot.domain.enrollment_fields import parse_date, parse_pain_score
from bot.errors import DuplicateEnrollment, ImportFileError, InputError
from bot.services.enrollment import enroll, prepare
from bot.store import batched

COLUMNS = (
    "name",
    "phone",
    "discharged",
    "protocol",
    "timezone",
    "language",
    "mrn",
    "baseline_pain",
)
REQUIRED = ("name", "phone", "discharged")
BATCH = 500


@dataclass
class ImportReport:
    """What an import did, row by row."""

    added: list[int] = field(default_factory=list)
    already_enrolled: list[int] = field(default_factory=list)  # line numbers
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)

    @property
    def rows(self) -> int:
        """Return how many data rows the file had."""
        return len(self.added) + len(self.already_enrolled) + len(self.errors)


def read_rows(path: Path) -> tuple[int, Iterator[tuple[int, dict[str, str]]]]:
    """Open the CSV, check its header and return (row count, rows with their line numbers)."""
    try:
        raw = path.read_bytes()
    except OSError as ex:
        raise ImportFileError(f"Cannot read {path} ({ex.strerror}); check the path.") from ex
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as ex:
        raise ImportFileError(
            f"{path.name} is not UTF-8 text (bad byte at position {ex.start}); save it as "
            "'CSV UTF-8' and import again."
        ) from ex
    if not text.strip():
        raise ImportFileError(f"{path.name} is empty; it needs a header line and patient rows.")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as ex:
        raise _unreadable(path, reader.line_num, ex) from ex
    missing = [c for c in REQUIRED if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    if missing or unknown or len(set(header)) != len(header):
        raise ImportFileError(
            f"{path.name} has columns {', '.join(header) or '(none)'}; expected "
            f"{', '.join(COLUMNS)} (name, phone and discharged are required)."
        )
    lines = text.count("\n") + 1
    # read every row before anything is written: a line the CSV reader cannot parse makes
    # the rest of the file untrustworthy, so the whole file is refused, naming that line
    parsed: list[tuple[int, dict[str, str]]] = []
    try:
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                error = f"has {len(values)} fields, expected {len(header)}"
                parsed.append((line, {"__error__": error}))
                continue
            parsed.append((line, {k: v.strip() for k, v in zip(header, values, strict=True)}))
    except csv.Error as ex:
        raise _unreadable(path, reader.line_num, ex) from ex
    return lines, iter(parsed)


def _unreadable(path: Path, line: int, ex: csv.Error) -> ImportFileError:
    reason = str(ex)
    if "field larger than field limit" in reason:
        reason = f"a field is longer than {csv.field_size_limit():,} characters"
    return ImportFileError(
        f"Line {line} of {path.name} cannot be read as CSV ({reason}); nothing was imported. "
        "Fix that line and import again."
    )


def import_csv(
    db: sqlite_utils.Database,
    config: Config,
    path: Path,
    now: datetime,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Enroll every good row of the file; report bad rows and rows already enrolled."""
    _, rows = read_rows(path)
    report = ImportReport()
    # one commit (and fsync) per batch instead of per patient; each patient is still
    # its own savepoint, so a bad row leaves nothing behind
    with batched(db, BATCH) as step:
        for line, row in rows:
            _import_row(db, config, now, line, row, report, progress)
            step()
    return report


def _import_row(
    db: sqlite_utils.Database,
    config: Config,
    now: datetime,
    line: int,
    row: dict[str, str],
    report: ImportReport,
    progress: Callable[[int], None] | None,
) -> None:
    if progress is not None:
        progress(line)
    if "__error__" in row:
        report.errors.append((line, row["__error__"]))
        return
    try:
        request = prepare(
            name=row.get("name", ""),
            phone=row.get("phone", ""),
            discharged=parse_date(row.get("discharged", ""), "Discharge date"),
            protocol=row.get("protocol") or None,
            timezone=row.get("timezone") or None,
            language=row.get("language") or None,
            mrn=row.get("mrn") or None,
            baseline_pain=parse_pain_score(row.get("baseline_pain", ""), "Baseline pain"),
            config=config,
            today=config.clinic.today(now),
        )
        report.added.append(enroll(db, config, request, now))
    except DuplicateEnrollment:
        report.already_enrolled.append(line)
    except InputError as ex:
        report.errors.append((line, str(ex)))
