"""Compute restriction windows and the check-in schedule from a discharge date.

Pure: dates, the protocol and a patient's overrides in; windows and send times out.
No clock reads — ``now`` is a parameter when the enrollment rules need it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.domain.protocols import QUIET_END, QUIET_START, Duration, Protocol
from bot.errors import InvalidChoice


@dataclass(frozen=True)
class Override:
    """A physician's per-patient change to either bound of a restriction."""

    minimum: Duration | None = None
    maximum: Duration | None = None


@dataclass(frozen=True)
class Window:
    """A restriction window: from discharge until the physician lifts it."""

    key: str
    label: str
    starts: date
    earliest_end: date
    latest_end: date


@dataclass(frozen=True)
class PlannedMessage:
    """One scheduled text: its protocol step, when it goes out (patient-local) and its words."""

    step: str
    kind: str  # "check_in" or "reminder"
    day: int
    send_at: datetime
    body: str
    status: str = "scheduled"  # or "skipped" when it was due before enrollment
    question: str | None = None  # a check-in's text key: what the patient is asked


@dataclass(frozen=True)
class Plan:
    """Everything the clinic needs to see about one patient's aftercare."""

    protocol: str
    discharged: date
    timezone: str
    language: str
    windows: tuple[Window, ...]
    messages: tuple[PlannedMessage, ...]


def next_allowed(moment: datetime) -> datetime:
    """Move a patient-local time forward into texting hours (08:00-20:00); never back."""
    local = moment.time()
    zone = moment.tzinfo
    if local < QUIET_START:
        return datetime.combine(moment.date(), QUIET_START, tzinfo=zone)
    if local >= QUIET_END:
        return datetime.combine(moment.date() + timedelta(days=1), QUIET_START, tzinfo=zone)
    return moment


def windows_for(
    protocol: Protocol,
    discharged: date,
    language: str,
    overrides: Mapping[str, Override] | None = None,
) -> tuple[Window, ...]:
    """Compute each restriction window, applying the physician's overrides."""
    overrides = overrides or {}
    for key in overrides:
        protocol.restriction(key)  # raises InvalidChoice for a key the protocol lacks
    windows = []
    for rule in protocol.restrictions:
        override = overrides.get(rule.key, Override())
        earliest = discharged + (override.minimum or rule.minimum).delta
        latest = discharged + (override.maximum or rule.maximum).delta
        if override.maximum is None and earliest > latest:
            latest = earliest  # a longer minimum pushes the expected end out with it
        if earliest > latest:
            raise InvalidChoice(
                f"Restriction {rule.key} would end at the latest on {latest} but at the "
                f"earliest on {earliest}; give a maximum at least as long as the minimum."
            )
        windows.append(Window(rule.key, rule.label[language], discharged, earliest, latest))
    return tuple(windows)


def make_plan(
    protocol: Protocol,
    *,
    discharged: date,
    timezone: str,
    language: str,
    clinic_name: str,
    clinic_phone: str,
    overrides: Mapping[str, Override] | None = None,
    lifted: Collection[str] = (),
    trial_days: int | None = None,
    now: datetime | None = None,
    opt_out_notice: bool = True,
) -> Plan:
    """Plan a patient's restriction windows and texts; with ``now``, apply enrollment rules."""
    if language not in protocol.texts:
        raise InvalidChoice(f"Language {language!r} is not supported; use en or es.")
    zone = ZoneInfo(timezone)
    windows = windows_for(protocol, discharged, language, overrides)
    texts = protocol.texts[language]
    fill = {"clinic": clinic_name, "clinic_phone": clinic_phone}

    check_in_days: dict[int, str] = {}
    length = _trial_length(protocol, trial_days)
    for rule in protocol.check_ins:
        days = list(rule.days)
        if rule.through_trial:
            days += range(1, length + 1)
        days += [length + d for d in rule.after_trial]
        for day in days:
            check_in_days.setdefault(day, rule.text)

    notes: dict[int, list[str]] = {}
    # windows that open or close on the same day share one sentence ("driving and housework")
    labels: dict[tuple[int, str], list[str]] = {}
    for window in windows:
        if window.key in lifted:
            continue
        if window.earliest_end != window.latest_end:
            labels.setdefault(((window.earliest_end - discharged).days, "window_opens"), []).append(
                window.label
            )
        labels.setdefault(((window.latest_end - discharged).days, "window_closes"), []).append(
            window.label
        )
    joiner = {"en": " and ", "es": " y "}.get(language, " and ")
    for (day, text), names in sorted(
        labels.items(), key=lambda item: (item[0][0], item[0][1] == "window_closes")
    ):
        notes.setdefault(day, []).append(texts[text].format(label=joiner.join(names), **fill))
    for reminder in protocol.reminders:
        day = length - reminder.before_trial_end
        if day >= 1:
            notes.setdefault(day, []).append(texts[reminder.note].format(**fill))

    messages = []
    for day in sorted(set(check_in_days) | set(notes)):
        extra = " ".join(notes.get(day, []))
        question = check_in_days.get(day)
        if question is not None:
            kind = "check_in"
            body = texts[check_in_days[day]].format(**fill)
            body = f"{body} {extra}" if extra else body
        else:
            kind = "reminder"
            body = texts["reminder"].format(notes=extra, **fill)
        local_day = discharged + timedelta(days=day)
        send_at = next_allowed(datetime.combine(local_day, protocol.check_in_time, tzinfo=zone))
        messages.append(PlannedMessage(f"day-{day}", kind, day, send_at, body, question=question))

    if now is not None:
        messages = [_at_enrollment(m, now.astimezone(zone)) for m in messages]
    if opt_out_notice:
        messages = _with_opt_out(messages, texts["opt_out"])
    return Plan(protocol.name, discharged, timezone, language, windows, tuple(messages))


def _trial_length(protocol: Protocol, trial_days: int | None) -> int:
    if protocol.trial is None:
        if trial_days is not None:
            raise InvalidChoice(f"Protocol {protocol.name} has no trial; leave out the trial days.")
        return 0
    if trial_days is None:
        return protocol.trial.default_days
    if not protocol.trial.min_days <= trial_days <= protocol.trial.max_days:
        raise InvalidChoice(
            f"Trial length {trial_days} days is outside {protocol.trial.min_days}-"
            f"{protocol.trial.max_days} days for protocol {protocol.name}."
        )
    return trial_days


def _at_enrollment(message: PlannedMessage, now: datetime) -> PlannedMessage:
    """Send a check-in missed earlier today at once; record one from an earlier day as skipped."""
    if message.send_at >= now:
        return message
    if message.send_at.date() == now.date() and QUIET_START <= now.time() < QUIET_END:
        return replace(message, send_at=now.replace(microsecond=0))
    return replace(message, status="skipped")


def _with_opt_out(messages: list[PlannedMessage], opt_out: str) -> list[PlannedMessage]:
    """Tell the patient how to opt out in the first text they will actually receive."""
    for i, message in enumerate(messages):
        if message.status == "scheduled":
            messages[i] = replace(message, body=f"{message.body} {opt_out}")
            break
    return messages
