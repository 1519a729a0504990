"""`aftercare plan`: windows and texts for a discharge date, as text and as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from bot.config import Config

HEADLINE = ("plan", "--discharged", "2026-03-01", "--timezone", "America/Chicago")


def ok(result: Result) -> Result:
    assert result.exit_code == 0, result.output
    return result


def plan_json(aftercare: Any, *args: str) -> dict[str, Any]:
    return json.loads(ok(aftercare(*args, "--json")).stdout)


def test_plan_json_for_the_issue_example(aftercare: Any) -> None:
    plan = plan_json(aftercare, *HEADLINE)
    assert {"protocol", "discharged", "timezone", "restrictions", "messages"} <= set(plan)
    assert (plan["protocol"], plan["discharged"], plan["timezone"]) == (
        "intrathecal-pump-implant",
        "2026-03-01",
        "America/Chicago",
    )
    assert plan["restrictions"] == [
        {
            "key": "strenuous_activity",
            "label": "strenuous activity (lifting, bending, exercise)",
            "starts": "2026-03-01",
            "earliest_end": "2026-04-12",
            "latest_end": "2026-04-26",
        },
        {
            "key": "driving",
            "label": "driving",
            "starts": "2026-03-01",
            "earliest_end": "2026-03-15",
            "latest_end": "2026-03-29",
        },
        {
            "key": "housework",
            "label": "housework",
            "starts": "2026-03-01",
            "earliest_end": "2026-03-15",
            "latest_end": "2026-03-29",
        },
    ]
    for message in plan["messages"]:
        assert {"key", "kind", "send_at", "body"} <= set(message)
        assert message["send_at"][10:19] == "T10:00:00"
        offset = message["send_at"][19:]
        assert offset == ("-06:00" if message["send_at"] < "2026-03-08" else "-05:00")
    assert [(m["key"], m["send_at"][:10]) for m in plan["messages"]] == [
        ("day-1", "2026-03-02"),
        ("day-2", "2026-03-03"),
        ("day-3", "2026-03-04"),
        ("day-7", "2026-03-08"),
        ("day-14", "2026-03-15"),
        ("day-21", "2026-03-22"),
        ("day-28", "2026-03-29"),
        ("day-42", "2026-04-12"),
        ("day-56", "2026-04-26"),
    ]
    first = plan["messages"][0]
    assert first["kind"] == "check_in"
    assert first["body"].startswith("Lakeside Spine: how are you today?")
    assert first["body"].endswith("Help: (312) 555-0100 Reply STOP to opt out.")


def test_plan_text_for_a_person(aftercare: Any) -> None:
    out = ok(aftercare(*HEADLINE)).stdout
    assert out.startswith("intrathecal-pump-implant, discharged 2026-03-01 (America/Chicago)\n")
    assert "Restrictions (may be lifted from / expected to be lifted by):" in out
    assert "  driving              2026-03-01 -> 2026-03-15 ... 2026-03-29\n" in out
    assert "  strenuous_activity   2026-03-01 -> 2026-04-12 ... 2026-04-26\n" in out
    assert "  Mon 2026-03-02 10:00 CST  day-1   check_in  scheduled\n" in out
    assert "  Sun 2026-03-08 10:00 CDT  day-7   check_in  scheduled\n" in out
    assert "Reply STOP to opt out." in out


def test_plan_defaults_to_the_clinic_time_zone(aftercare: Any) -> None:
    plan = plan_json(aftercare, "plan", "--discharged", "2026-03-01")
    assert plan["timezone"] == "America/Chicago"
    assert plan["messages"][0]["send_at"] == "2026-03-02T10:00:00-06:00"


def test_plan_in_spanish(aftercare: Any) -> None:
    plan = plan_json(aftercare, *HEADLINE, "--language", "es")
    assert [r["label"] for r in plan["restrictions"]][1:] == ["manejar", "las tareas de la casa"]
    bodies = {m["key"]: m["body"] for m in plan["messages"]}
    assert bodies["day-1"].startswith("Lakeside Spine: ¿cómo está hoy?")  # not \u-escaped
    assert bodies["day-1"].endswith("Responda STOP para no recibir más mensajes.")
    assert "Su tiempo sin manejar y las tareas de la casa termina ahora" in bodies["day-28"]


def test_plan_with_physician_overrides(aftercare: Any) -> None:
    plan = plan_json(
        aftercare, *HEADLINE, "--restrict", "driving=3w", "--restrict", "housework=..6w"
    )
    windows = {r["key"]: (r["earliest_end"], r["latest_end"]) for r in plan["restrictions"]}
    assert windows["driving"] == ("2026-03-22", "2026-03-22")
    assert windows["housework"] == ("2026-03-15", "2026-04-12")
    bodies = {m["key"]: m["body"] for m in plan["messages"]}
    assert "time off driving ends now" in bodies["day-21"]
    assert "driving" not in bodies["day-14"]
    assert "time off housework ends now" in bodies["day-42"]


def test_plan_for_a_trial(aftercare: Any) -> None:
    plan = plan_json(
        aftercare, *HEADLINE, "--protocol", "intrathecal-pump-trial", "--trial-days", "3"
    )
    assert plan["restrictions"] == []
    assert [m["key"] for m in plan["messages"]] == ["day-1", "day-2", "day-3", "day-5"]
    assert "removal/follow-up visit" in plan["messages"][1]["body"]


def test_plan_for_a_southern_zone(aftercare: Any) -> None:
    plan = plan_json(
        aftercare, "plan", "--discharged", "2026-03-20", "--timezone", "Australia/Sydney"
    )
    send_at = {m["key"]: m["send_at"] for m in plan["messages"]}
    assert send_at["day-14"] == "2026-04-03T10:00:00+11:00"
    assert send_at["day-21"] == "2026-04-10T10:00:00+10:00"


def test_plan_accepts_any_real_date_and_stores_nothing(aftercare: Any, config: Config) -> None:
    plan = plan_json(aftercare, "plan", "--discharged", "2031-07-04")
    assert plan["restrictions"][1]["earliest_end"] == "2031-07-18"
    assert not Path(config.database.path).exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--discharged", "2026-02-30"),
            "Discharge date '2026-02-30' is not a real date; use YYYY-MM-DD, e.g. 2026-03-01.",
        ),
        (
            ("--discharged", "03/01/2026"),
            "Discharge date '03/01/2026' is not a real date; use YYYY-MM-DD, e.g. 2026-03-01.",
        ),
        (
            ("--discharged", "2026-03-01", "--protocol", "knee"),
            "Protocol 'knee' does not exist; known protocols: intrathecal-pump-implant, "
            "intrathecal-pump-trial.",
        ),
        (
            ("--discharged", "2026-03-01", "--protocol", "../schedules/x"),
            "Protocol '../schedules/x' does not exist; known protocols: "
            "intrathecal-pump-implant, intrathecal-pump-trial.",
        ),
        (
            ("--discharged", "2026-03-01", "--timezone", "Central"),
            "Time zone 'Central' is unknown; use an IANA name such as America/Chicago.",
        ),
        (
            ("--discharged", "2026-03-01", "--language", "fr"),
            "Language 'fr' is not supported; use en or es.",
        ),
        (
            ("--discharged", "2026-03-01", "--restrict", "driving"),
            "Restriction override 'driving' is malformed; use KEY=DURATION (e.g. driving=3w) "
            "or KEY=MIN..MAX (e.g. driving=3w..5w, driving=..5w).",
        ),
        (
            ("--discharged", "2026-03-01", "--restrict", "driving=3 weeks"),
            "Restriction override 'driving=3 weeks' is malformed; use KEY=DURATION "
            "(e.g. driving=3w) or KEY=MIN..MAX (e.g. driving=3w..5w, driving=..5w).",
        ),
        (
            ("--discharged", "2026-03-01", "--restrict", "flying=2w"),
            "Restriction 'flying' is not part of protocol intrathecal-pump-implant; allowed: "
            "strenuous_activity, driving, housework.",
        ),
        (
            ("--discharged", "2026-03-01", "--restrict", "driving=5w..3w"),
            "Restriction driving would end at the latest on 2026-03-22 but at the earliest on "
            "2026-04-05; give a maximum at least as long as the minimum.",
        ),
        (
            ("--discharged", "2026-03-01", "--trial-days", "5"),
            "Protocol intrathecal-pump-implant has no trial; leave out the trial days.",
        ),
        (
            (
                "--discharged",
                "2026-03-01",
                "--protocol",
                "intrathecal-pump-trial",
                "--trial-days",
                "10",
            ),
            "Trial length 10 days is outside 3-7 days for protocol intrathecal-pump-trial.",
        ),
    ],
)
def test_plan_refuses_bad_input(aftercare: Any, args: tuple[str, ...], message: str) -> None:
    result = aftercare("plan", *args)
    assert result.exit_code == 1
    assert result.output == f"Error: {message}\n"
    assert "Traceback" not in result.output


def test_plan_needs_a_discharge_date(aftercare: Any) -> None:
    result = aftercare("plan")
    assert result.exit_code == 2
    assert "Error: Missing option '--discharged'." in result.output
