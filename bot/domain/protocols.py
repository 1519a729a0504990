"""Load aftercare protocols from schedules/*.toml and validate them.

Every error names the file and the entry, so the person editing a protocol
knows exactly what to fix.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from datetime import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from bot.errors import InvalidChoice, ProtocolError

LANGUAGES = ("en", "es")


def _schedules_dir() -> Path:
    """Find schedules/: beside the package in a checkout, else where pip installed it."""
    beside = Path(__file__).resolve().parents[2] / "schedules"
    installed = Path(sys.prefix) / "share" / "aftercare" / "schedules"
    return beside if beside.is_dir() or not installed.is_dir() else installed


SCHEDULES_DIR = _schedules_dir()
QUIET_START = time(8)
QUIET_END = time(20)
_DURATION = re.compile(r"^\s*(\d{1,3})\s*([dwm])\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Duration:
    """A span counted from the discharge date: days, weeks or months."""

    amount: int
    unit: str  # "d", "w" or "m"

    @property
    def delta(self) -> relativedelta:
        """Return the span as calendar arithmetic (months respect month lengths)."""
        if self.unit == "m":
            return relativedelta(months=self.amount)
        return relativedelta(days=self.amount * (7 if self.unit == "w" else 1))

    def __str__(self) -> str:
        return f"{self.amount}{self.unit}"


def parse_duration(text: str) -> Duration:
    """Parse '6w', '14d' or '2m'; raise ValueError with the allowed form otherwise."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a duration; use a number and d, w or m, e.g. '6w'")
    return Duration(int(match.group(1)), match.group(2).lower())


@dataclass(frozen=True)
class RestrictionRule:
    """A restriction window: from discharge until a physician lifts it."""

    key: str
    label: dict[str, str]
    minimum: Duration
    maximum: Duration


@dataclass(frozen=True)
class CheckInRule:
    """Which days get a check-in and which text it uses."""

    text: str
    days: tuple[int, ...] = ()
    through_trial: bool = False
    after_trial: tuple[int, ...] = ()


@dataclass(frozen=True)
class ReminderRule:
    """A one-off reminder, placed relative to the end of a trial."""

    key: str
    note: str
    before_trial_end: int


@dataclass(frozen=True)
class Trial:
    """Length of a pump trial, chosen per patient within bounds."""

    default_days: int
    min_days: int
    max_days: int


@dataclass(frozen=True)
class Protocol:
    """One aftercare protocol: restrictions, check-ins, reminders and their texts."""

    name: str
    title: str
    check_in_time: time
    restrictions: tuple[RestrictionRule, ...]
    check_ins: tuple[CheckInRule, ...]
    reminders: tuple[ReminderRule, ...]
    trial: Trial | None
    texts: dict[str, dict[str, str]]

    def restriction(self, key: str) -> RestrictionRule:
        """Return the restriction with this key, or raise InvalidChoice naming the allowed keys."""
        for rule in self.restrictions:
            if rule.key == key:
                return rule
        allowed = ", ".join(r.key for r in self.restrictions) or "none"
        raise InvalidChoice(
            f"Restriction {key!r} is not part of protocol {self.name}; allowed: {allowed}."
        )


def available(directory: Path = SCHEDULES_DIR) -> list[str]:
    """Return the names of the protocols found in the schedules folder."""
    return sorted(p.stem for p in directory.glob("*.toml"))


def load_protocol(name: str, directory: Path = SCHEDULES_DIR) -> Protocol:
    """Load and validate one protocol by name."""
    return _load_cached(name, str(directory))


@lru_cache(maxsize=32)
def _load_cached(name: str, directory: str) -> Protocol:
    path = Path(directory) / f"{name}.toml"
    if not re.fullmatch(r"[a-z0-9-]+", name) or not path.is_file():
        known = ", ".join(available(Path(directory))) or "none"
        raise InvalidChoice(f"Protocol {name!r} does not exist; known protocols: {known}.")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as ex:
        raise ProtocolError(f"{path.name}: not valid TOML ({ex}).") from ex
    try:
        return _parse(raw, path.name, name)
    except ProtocolError:
        raise
    except (KeyError, ValueError, TypeError, AttributeError) as ex:
        # a shape _parse does not check entry by entry (a table where a list belongs, a
        # word where a number belongs): still one sentence naming the file, never a traceback
        raise ProtocolError(
            f"{path.name}: an entry has the wrong shape ({type(ex).__name__}: {ex}); compare "
            "it with the protocols shipped in schedules/."
        ) from ex


_TOP_KEYS = frozenset(
    {"name", "title", "check_in_time", "restrictions", "check_ins", "reminders", "trial", "texts"}
)
# accepted from protocol files written before it was dropped; a plan ends with its last text
_IGNORED_KEYS = frozenset({"last_day"})


def _parse(raw: dict[str, Any], file: str, name: str) -> Protocol:
    def fail(where: str, problem: str) -> ProtocolError:
        return ProtocolError(f"{file}: {where} {problem}.")

    unknown = sorted(set(raw) - _TOP_KEYS - _IGNORED_KEYS)
    if unknown:
        raise fail(
            unknown[0], f"is not a protocol setting; allowed: {', '.join(sorted(_TOP_KEYS))}"
        )

    if raw.get("name") != name:
        raise fail("name", f"must be {name!r} to match the file name")
    texts = raw.get("texts")
    if not isinstance(texts, dict) or set(texts) != set(LANGUAGES):
        raise fail("[texts]", f"must have exactly the languages {', '.join(LANGUAGES)}")
    needed = {"reminder", "opt_out"}
    try:
        check_in_time = time.fromisoformat(str(raw.get("check_in_time", "")))
    except ValueError as ex:
        raise fail("check_in_time", "must be 'HH:MM'") from ex
    if not QUIET_START <= check_in_time < QUIET_END:
        raise fail("check_in_time", "must be between 08:00 and 20:00 (texting hours)")

    restrictions = []
    for i, entry in enumerate(raw.get("restrictions", []), 1):
        where = f"[[restrictions]] #{i} ({entry.get('key', '?')})"
        key = entry.get("key")
        if not isinstance(key, str) or not re.fullmatch(r"[a-z_]+", key):
            raise fail(where, "needs a key of lowercase letters and underscores")
        try:
            minimum, maximum = parse_duration(str(entry["min"])), parse_duration(str(entry["max"]))
        except (KeyError, ValueError) as ex:
            raise fail(where, f"needs min and max durations like '6w' ({ex})") from ex
        label = entry.get("label")
        if not isinstance(label, dict) or set(label) != set(LANGUAGES):
            raise fail(where, f"needs a label in each of {', '.join(LANGUAGES)}")
        restrictions.append(RestrictionRule(key, dict(label), minimum, maximum))
    if restrictions:
        needed |= {"window_opens", "window_closes"}

    trial = None
    if "trial" in raw:
        t = raw["trial"]
        try:
            trial = Trial(int(t["default_days"]), int(t["min_days"]), int(t["max_days"]))
        except (KeyError, TypeError, ValueError) as ex:
            raise fail("[trial]", "needs default_days, min_days and max_days as numbers") from ex
        if not 1 <= trial.min_days <= trial.default_days <= trial.max_days <= 60:
            raise fail("[trial]", "needs 1 <= min_days <= default_days <= max_days <= 60")

    check_ins = []
    for i, entry in enumerate(raw.get("check_ins", []), 1):
        where = f"[[check_ins]] #{i}"
        rule = CheckInRule(
            text=str(entry.get("text", "")),
            days=tuple(int(d) for d in entry.get("days", [])),
            through_trial=bool(entry.get("through_trial", False)),
            after_trial=tuple(int(d) for d in entry.get("after_trial", [])),
        )
        if not rule.text:
            raise fail(where, "needs a text name")
        if not (rule.days or rule.through_trial or rule.after_trial):
            raise fail(where, "needs days, through_trial or after_trial")
        if (rule.through_trial or rule.after_trial) and trial is None:
            raise fail(where, "uses the trial but the protocol has no [trial]")
        if any(d < 1 for d in rule.days + rule.after_trial):
            raise fail(where, "has a day before day 1")
        needed.add(rule.text)
        check_ins.append(rule)
    if not check_ins:
        raise fail("[[check_ins]]", "must list at least one check-in")

    reminders = []
    for i, entry in enumerate(raw.get("reminders", []), 1):
        where = f"[[reminders]] #{i} ({entry.get('key', '?')})"
        if trial is None or "before_trial_end" not in entry:
            raise fail(where, "needs before_trial_end and a [trial]")
        reminders.append(
            ReminderRule(str(entry["key"]), str(entry["note"]), int(entry["before_trial_end"]))
        )
        needed.add(str(entry["note"]))

    for language in LANGUAGES:
        missing = sorted(needed - set(texts[language]))
        if missing:
            raise fail(f"[texts.{language}]", f"is missing {', '.join(missing)}")
    return Protocol(
        name=name,
        title=str(raw.get("title", name)),
        check_in_time=check_in_time,
        restrictions=tuple(restrictions),
        check_ins=tuple(check_ins),
        reminders=tuple(reminders),
        trial=trial,
        texts={lang: {k: str(v) for k, v in texts[lang].items()} for lang in LANGUAGES},
    )
