"""Planner properties that must hold for every discharge date, zone, protocol and override."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.plan import Override, Plan, make_plan, next_allowed
from bot.domain.protocols import Duration, Protocol, load_protocol
from bot.errors import InvalidChoice
from bot.store import from_db_time, to_db_time

IMPLANT = load_protocol("intrathecal-pump-implant")
TRIAL = load_protocol("intrathecal-pump-trial")
ZONES = (
    "America/Chicago",
    "Australia/Sydney",
    "America/Santiago",
    "Europe/Madrid",
    "America/Phoenix",
    "Pacific/Auckland",
)
OPENS, CLOSES = time(8), time(20)
STOP = {"en": "Reply STOP to opt out.", "es": "Responda STOP para no recibir más mensajes."}

PROFILE = settings(max_examples=150, deadline=None, database=None)


@dataclass(frozen=True)
class Case:
    """One patient as the planner sees them."""

    protocol: Protocol
    discharged: date
    timezone: str
    language: str
    trial_days: int | None
    overrides: dict[str, Override]

    def plan(self, now: datetime | None = None) -> Plan:
        return make_plan(
            self.protocol,
            discharged=self.discharged,
            timezone=self.timezone,
            language=self.language,
            clinic_name="Lakeside Spine",
            clinic_phone="(312) 555-0100",
            overrides=self.overrides,
            trial_days=self.trial_days,
            now=now,
        )


durations = st.builds(
    Duration, st.integers(min_value=0, max_value=16), st.sampled_from(["d", "w", "m"])
)
overrides = st.builds(
    Override, st.one_of(st.none(), durations), st.one_of(st.none(), durations)
).filter(lambda o: o.minimum is not None or o.maximum is not None)
discharge_dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@st.composite
def cases(draw: st.DrawFn) -> Case:
    protocol = draw(st.sampled_from([IMPLANT, TRIAL]))
    trial_days = draw(st.integers(min_value=3, max_value=7)) if protocol is TRIAL else None
    chosen: dict[str, Override] = {}
    if protocol is IMPLANT:
        keys = [r.key for r in IMPLANT.restrictions]
        chosen = draw(st.dictionaries(st.sampled_from(keys), overrides, max_size=3))
    return Case(
        protocol=protocol,
        discharged=draw(discharge_dates),
        timezone=draw(st.sampled_from(ZONES)),
        language=draw(st.sampled_from(["en", "es"])),
        trial_days=trial_days,
        overrides=chosen,
    )


def expected_bounds(case: Case) -> dict[str, tuple[date, date]]:
    """Return each window's (earliest, latest) end as the physician's overrides define them."""
    bounds = {}
    for rule in case.protocol.restrictions:
        override = case.overrides.get(rule.key, Override())
        earliest = case.discharged + (override.minimum or rule.minimum).delta
        latest = case.discharged + (override.maximum or rule.maximum).delta
        if override.maximum is None:
            latest = max(latest, earliest)
        bounds[rule.key] = (earliest, latest)
    return bounds


def plan_or_refusal(case: Case, now: datetime | None = None) -> Plan | None:
    """Plan the case; None when the overrides are impossible (and correctly refused)."""
    bounds = expected_bounds(case)
    if any(earliest > latest for earliest, latest in bounds.values()):
        try:
            case.plan(now)
        except InvalidChoice as ex:
            assert "give a maximum at least as long as the minimum" in str(ex)
            return None
        raise AssertionError(f"impossible override accepted: {case}")
    return case.plan(now)


def local_days(result: Plan) -> list[date]:
    return [m.send_at.date() for m in result.messages if m.status == "scheduled"]


@PROFILE
@given(cases())
def test_windows_are_ordered_and_overrides_respected(case: Case) -> None:
    result = plan_or_refusal(case)
    if result is None:
        return
    bounds = expected_bounds(case)
    for window in result.windows:
        assert window.starts == case.discharged
        assert window.starts <= window.earliest_end <= window.latest_end
        assert (window.earliest_end, window.latest_end) == bounds[window.key]


@PROFILE
@given(cases())
def test_check_ins_are_at_ten_local_whatever_the_offset(case: Case) -> None:
    result = plan_or_refusal(case)
    if result is None:
        return
    zone = ZoneInfo(case.timezone)
    for message in result.messages:
        # through UTC and the database and back: the instant itself is 10:00 local
        stored = from_db_time(to_db_time(message.send_at))
        back = stored.astimezone(zone)
        assert back.time() == time(10), (message.step, back.isoformat())
        assert back.date() == case.discharged + timedelta(days=message.day)
        assert OPENS <= back.time() < CLOSES


@PROFILE
@given(cases())
def test_at_most_one_text_a_day_and_stop_line_first(case: Case) -> None:
    result = plan_or_refusal(case)
    if result is None:
        return
    days = local_days(result)
    assert days == sorted(set(days)), "two texts on one local day"
    stop = STOP[case.language]
    assert result.messages[0].body.endswith(stop)
    assert sum(stop in m.body for m in result.messages) == 1


@PROFILE
@given(cases(), st.integers(min_value=-3 * 24 * 60, max_value=70 * 24 * 60))
def test_enrollment_rules_hold_at_any_moment(case: Case, minutes: int) -> None:
    zone = ZoneInfo(case.timezone)
    start = datetime.combine(case.discharged, time(0), tzinfo=zone).astimezone(UTC)
    now = start + timedelta(minutes=minutes)
    planned = plan_or_refusal(case)
    enrolled = plan_or_refusal(case, now)
    if planned is None or enrolled is None:
        return
    local_now = now.astimezone(zone)
    for before, after in zip(planned.messages, enrolled.messages, strict=True):
        assert before.step == after.step
        if before.send_at >= now:
            assert (after.send_at, after.status) == (before.send_at, "scheduled")
        elif before.send_at.date() == local_now.date() and OPENS <= local_now.time() < CLOSES:
            assert (after.send_at, after.status) == (now, "scheduled")
        else:
            assert after.status == "skipped"
        if after.status == "scheduled":
            assert after.send_at >= now
            assert OPENS <= after.send_at.astimezone(zone).time() < CLOSES
    days = local_days(enrolled)
    assert days == sorted(set(days)), "two texts on one local day"
    scheduled = [m for m in enrolled.messages if m.status == "scheduled"]
    stop = STOP[case.language]
    assert [m.step for m in enrolled.messages if stop in m.body] == [m.step for m in scheduled[:1]]


@PROFILE
@given(
    st.datetimes(
        min_value=datetime(2020, 1, 1),
        max_value=datetime(2035, 12, 31),
        timezones=st.sampled_from([ZoneInfo(z) for z in ZONES]),
        allow_imaginary=False,
    )
)
def test_next_allowed_only_moves_forward_into_texting_hours(moment: datetime) -> None:
    moved = next_allowed(moment)
    assert moved.timestamp() >= moment.timestamp(), "moved back in time"
    local = moved.astimezone(moment.tzinfo)
    assert OPENS <= local.time() < CLOSES
    if OPENS <= moment.time() < CLOSES:
        assert moved == moment
    else:
        assert local.time() == OPENS
        assert moved.date() - moment.date() in (timedelta(0), timedelta(days=1))


@PROFILE
@given(discharge_dates, st.sampled_from(ZONES), st.integers(min_value=3, max_value=7))
def test_trial_ends_with_removal_reminder_and_one_later_check(
    discharged: date, zone: str, trial_days: int
) -> None:
    case = Case(TRIAL, discharged, zone, "en", trial_days, {})
    result = case.plan()
    assert [m.day for m in result.messages] == [*range(1, trial_days + 1), trial_days + 2]
    removal = [m.day for m in result.messages if "removal/follow-up visit" in m.body]
    assert removal == [trial_days - 1]
    last = result.messages[-1].send_at
    assert last.date() == discharged + relativedelta(days=trial_days + 2)
