"""The planner: restriction windows and check-in texts computed from a discharge date."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.domain.enrollment_fields import parse_override
from bot.domain.plan import Override, Plan, make_plan, next_allowed
from bot.domain.protocols import Duration, Protocol, load_protocol
from bot.errors import InvalidChoice

IMPLANT = load_protocol("intrathecal-pump-implant")
TRIAL = load_protocol("intrathecal-pump-trial")
CHICAGO = ZoneInfo("America/Chicago")
STOP_EN = "Reply STOP to opt out."
STOP_ES = "Responda STOP para no recibir más mensajes."
DISCHARGED = date(2026, 3, 1)


def plan(protocol: Protocol = IMPLANT, **kwargs: Any) -> Plan:
    """Plan with the test clinic's name and phone; keyword arguments override the defaults."""
    options: dict[str, Any] = {
        "discharged": DISCHARGED,
        "timezone": "America/Chicago",
        "language": "en",
        "clinic_name": "Lakeside Spine",
        "clinic_phone": "(312) 555-0100",
    }
    options.update(kwargs)
    return make_plan(protocol, **options)


def by_step(result: Plan) -> dict[str, Any]:
    return {m.step: m for m in result.messages}


def test_windows_follow_the_clinic_instructions() -> None:
    windows = {w.key: (w.starts, w.earliest_end, w.latest_end) for w in plan().windows}
    assert windows == {
        "strenuous_activity": (DISCHARGED, date(2026, 4, 12), date(2026, 4, 26)),
        "driving": (DISCHARGED, date(2026, 3, 15), date(2026, 3, 29)),
        "housework": (DISCHARGED, date(2026, 3, 15), date(2026, 3, 29)),
    }


def test_check_ins_stay_at_ten_local_across_the_spring_dst_change() -> None:
    send_at = [m.send_at.isoformat() for m in plan().messages]
    assert send_at == [
        "2026-03-02T10:00:00-06:00",
        "2026-03-03T10:00:00-06:00",
        "2026-03-04T10:00:00-06:00",
        "2026-03-08T10:00:00-05:00",  # the DST change day itself
        "2026-03-15T10:00:00-05:00",
        "2026-03-22T10:00:00-05:00",
        "2026-03-29T10:00:00-05:00",
        "2026-04-12T10:00:00-05:00",
        "2026-04-26T10:00:00-05:00",
    ]
    utc = [m.send_at.astimezone(UTC).strftime("%m-%d %H:%M") for m in plan().messages[2:4]]
    assert utc == ["03-04 16:00", "03-08 15:00"]


def test_check_ins_in_sydney_move_offset_when_daylight_saving_ends() -> None:
    messages = by_step(plan(timezone="Australia/Sydney"))
    assert messages["day-28"].send_at.isoformat() == "2026-03-29T10:00:00+11:00"
    assert messages["day-42"].send_at.isoformat() == "2026-04-12T10:00:00+10:00"


def test_window_notes_ride_on_the_check_in_of_that_day() -> None:
    messages = by_step(plan())
    assert {m.kind for m in messages.values()} == {"check_in"}
    assert messages["day-14"].body == (
        "Lakeside Spine check-in: any fever, redness, swelling or worse pain? Reply here. "
        "Help: (312) 555-0100, emergency 911. Your doctor may clear you for driving and "
        "housework soon; don't restart until your doctor says so."
    )
    assert messages["day-28"].body.endswith(
        "Your expected time off driving and housework ends now; restart only when your "
        "doctor has cleared you."
    )
    assert "may clear you for strenuous activity" in messages["day-42"].body
    assert "time off strenuous activity (lifting, bending, exercise) ends now" in (
        messages["day-56"].body
    )
    assert "driving" not in messages["day-21"].body


def test_only_the_first_text_carries_the_opt_out_line() -> None:
    messages = plan().messages
    assert messages[0].body.endswith(STOP_EN)
    assert messages[0].body.startswith("Lakeside Spine: how are you today?")
    assert [m.step for m in messages if "STOP" in m.body] == ["day-1"]


def test_no_opt_out_line_when_the_patient_has_been_texted_already() -> None:
    assert not any("STOP" in m.body for m in plan(opt_out_notice=False).messages)


def test_spanish_plan_uses_spanish_labels_and_texts() -> None:
    result = plan(language="es")
    assert [w.label for w in result.windows][1:] == ["manejar", "las tareas de la casa"]
    messages = by_step(result)
    assert messages["day-1"].body.endswith(STOP_ES)
    assert "autorizarle pronto a manejar y las tareas de la casa" in messages["day-14"].body
    assert "Ayuda: (312) 555-0100" in messages["day-2"].body


@pytest.mark.parametrize(
    ("spec", "earliest", "latest"),
    [
        ("driving=3w", date(2026, 3, 22), date(2026, 3, 22)),
        ("driving=3w..5w", date(2026, 3, 22), date(2026, 4, 5)),
        ("driving=..5w", date(2026, 3, 15), date(2026, 4, 5)),
        # a longer minimum alone pushes the expected end out with it
        ("driving=5w..", date(2026, 4, 5), date(2026, 4, 5)),
        ("driving=10d..20d", date(2026, 3, 11), date(2026, 3, 21)),
        ("driving=1m..2m", date(2026, 4, 1), date(2026, 5, 1)),
    ],
)
def test_physician_overrides_change_one_window(spec: str, earliest: date, latest: date) -> None:
    key, override = parse_override(spec)
    windows = {w.key: w for w in plan(overrides={key: override}).windows}
    assert (windows["driving"].earliest_end, windows["driving"].latest_end) == (earliest, latest)
    assert windows["housework"].latest_end == date(2026, 3, 29)  # the others stay


def test_window_ending_on_a_day_without_check_in_gets_its_own_reminder() -> None:
    messages = by_step(plan(overrides={"driving": Override(maximum=Duration(5, "w"))}))
    reminder = messages["day-35"]
    assert reminder.kind == "reminder"
    assert reminder.send_at.isoformat() == "2026-04-05T10:00:00-05:00"
    assert reminder.body == (
        "Lakeside Spine: Your expected time off driving ends now; restart only when your "
        "doctor has cleared you. Questions? Call (312) 555-0100."
    )
    assert "time off housework ends now" in messages["day-28"].body
    assert "driving" not in messages["day-28"].body


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            {"driving": Override(Duration(5, "w"), Duration(3, "w"))},
            "Restriction driving would end at the latest on 2026-03-22 but at the earliest on "
            "2026-04-05; give a maximum at least as long as the minimum.",
        ),
        (
            {"driving": Override(maximum=Duration(1, "w"))},
            "Restriction driving would end at the latest on 2026-03-08 but at the earliest on "
            "2026-03-15; give a maximum at least as long as the minimum.",
        ),
        (
            {"flying": Override(Duration(2, "w"), Duration(2, "w"))},
            "Restriction 'flying' is not part of protocol intrathecal-pump-implant; allowed: "
            "strenuous_activity, driving, housework.",
        ),
    ],
)
def test_impossible_overrides_are_refused(overrides: dict[str, Override], message: str) -> None:
    with pytest.raises(InvalidChoice) as raised:
        plan(overrides=overrides)
    assert str(raised.value) == message


def test_a_lifted_restriction_drops_out_of_the_texts() -> None:
    messages = by_step(plan(lifted=("driving",)))
    assert "clear you for housework soon" in messages["day-14"].body
    assert "driving" not in messages["day-14"].body
    assert "driving" not in messages["day-28"].body
    both = by_step(plan(lifted=("driving", "housework")))
    assert both["day-14"].body == both["day-21"].body  # a plain symptom check


@pytest.mark.parametrize("trial_days", [3, 4, 5, 6, 7, None])
def test_trial_texts_daily_through_the_trial_then_once_after(trial_days: int | None) -> None:
    result = plan(TRIAL, trial_days=trial_days)
    length = trial_days or 5
    assert result.windows == ()
    assert [m.day for m in result.messages] == [*range(1, length + 1), length + 2]
    removal = by_step(result)[f"day-{length - 1}"]
    assert removal.kind == "check_in"
    assert removal.body.endswith(
        "Reminder: your trial ends tomorrow; keep your removal/follow-up visit."
    )
    last = result.messages[-1]
    assert last.body.startswith("Lakeside Spine: how is the catheter site?")
    assert result.messages[0].body.endswith(STOP_EN)


@pytest.mark.parametrize(
    ("protocol", "trial_days", "message"),
    [
        (TRIAL, 2, "Trial length 2 days is outside 3-7 days for protocol intrathecal-pump-trial."),
        (TRIAL, 8, "Trial length 8 days is outside 3-7 days for protocol intrathecal-pump-trial."),
        (
            IMPLANT,
            5,
            "Protocol intrathecal-pump-implant has no trial; leave out the trial days.",
        ),
    ],
)
def test_trial_length_is_checked(protocol: Protocol, trial_days: int, message: str) -> None:
    with pytest.raises(InvalidChoice) as raised:
        plan(protocol, trial_days=trial_days)
    assert str(raised.value) == message


def test_unsupported_language_is_refused() -> None:
    with pytest.raises(InvalidChoice) as raised:
        plan(language="fr")
    assert str(raised.value) == "Language 'fr' is not supported; use en or es."


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        ("2026-03-02T00:00", "2026-03-02T08:00:00-06:00"),
        ("2026-03-02T07:59", "2026-03-02T08:00:00-06:00"),
        ("2026-03-02T08:00", "2026-03-02T08:00:00-06:00"),
        ("2026-03-02T13:15", "2026-03-02T13:15:00-06:00"),
        ("2026-03-02T19:59", "2026-03-02T19:59:00-06:00"),
        ("2026-03-02T20:00", "2026-03-03T08:00:00-06:00"),
        ("2026-03-02T23:30", "2026-03-03T08:00:00-06:00"),
        # evening before the spring-forward night: next morning is already on daylight time
        ("2026-03-07T21:00", "2026-03-08T08:00:00-05:00"),
        ("2026-11-01T01:30", "2026-11-01T08:00:00-06:00"),
    ],
)
def test_next_allowed_moves_forward_into_texting_hours(local: str, expected: str) -> None:
    moment = datetime.fromisoformat(local).replace(tzinfo=CHICAGO)
    moved = next_allowed(moment)
    assert moved.isoformat() == expected
    assert moved.timestamp() >= moment.timestamp()


def central(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CHICAGO)


@pytest.mark.parametrize(
    ("now", "discharged", "expected"),
    [
        # before today's check-in: everything as planned
        ("2026-03-02T09:00", DISCHARGED, {"day-1": ("2026-03-02T10:00:00-06:00", "scheduled")}),
        # today's check-in already passed: it goes out at once
        ("2026-03-02T12:30", DISCHARGED, {"day-1": ("2026-03-02T12:30:00-06:00", "scheduled")}),
        # one from an earlier day is recorded as skipped; today's goes out at once
        (
            "2026-03-03T12:30",
            DISCHARGED,
            {
                "day-1": ("2026-03-02T10:00:00-06:00", "skipped"),
                "day-2": ("2026-03-03T12:30:00-06:00", "scheduled"),
            },
        ),
        # after 20:00 today's is not sent at night, nor doubled up with tomorrow's
        (
            "2026-03-02T20:30",
            DISCHARGED,
            {
                "day-1": ("2026-03-02T10:00:00-06:00", "skipped"),
                "day-2": ("2026-03-03T10:00:00-06:00", "scheduled"),
            },
        ),
        (
            "2026-03-02T12:30",
            date(2026, 2, 20),
            {
                "day-7": ("2026-02-27T10:00:00-06:00", "skipped"),
                "day-14": ("2026-03-06T10:00:00-06:00", "scheduled"),
            },
        ),
    ],
)
def test_enrollment_rules_with_now(
    now: str, discharged: date, expected: dict[str, tuple[str, str]]
) -> None:
    moment = central(now)
    result = by_step(plan(discharged=discharged, now=moment.astimezone(UTC)))
    got = {step: (result[step].send_at.isoformat(), result[step].status) for step in expected}
    assert got == expected
    scheduled = [m for m in result.values() if m.status == "scheduled"]
    assert all(m.send_at >= moment for m in scheduled)
    assert scheduled[0].body.endswith(STOP_EN)
    assert [m.step for m in result.values() if "STOP" in m.body] == [scheduled[0].step]


def test_every_text_skipped_when_enrolled_long_after_the_last_check_in() -> None:
    result = plan(now=datetime(2026, 6, 1, 15, tzinfo=UTC))
    assert {m.status for m in result.messages} == {"skipped"}
    assert not any("STOP" in m.body for m in result.messages)


def test_wall_clock_is_ten_in_every_zone() -> None:
    for zone in ("Pacific/Auckland", "America/Santiago", "Europe/Madrid", "America/Phoenix"):
        for message in plan(timezone=zone, discharged=date(2026, 3, 20)).messages:
            back = message.send_at.astimezone(UTC).astimezone(ZoneInfo(zone))
            assert back.time() == time(10), (zone, message.step, back)


def test_each_check_in_remembers_what_it_asks_so_a_reply_is_read_as_its_answer() -> None:
    implant = by_step(plan())
    assert implant["day-1"].question == "first_check_in"
    assert implant["day-2"].question == "symptom_check"
    overridden = by_step(plan(overrides={"driving": Override(maximum=Duration(5, "w"))}))
    assert overridden["day-35"].kind == "reminder"
    assert overridden["day-35"].question is None
    trial = plan(TRIAL, trial_days=5).messages
    assert [m.question for m in trial] == ["trial_check"] * 5 + ["after_trial_check"]
