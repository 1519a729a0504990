"""Geometry for the dashboard's server-drawn SVG charts (no script, no library).

Each function takes plain numbers and dates and returns shapes in a fixed viewBox;
the templates draw them and print the same numbers beside as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.web.strings import text

WIDTH = 720
LABEL = 170  # room for the row labels on the left
RIGHT = 16


@dataclass(frozen=True)
class Bar:
    """One restriction row of the timeline."""

    label: str
    y: float
    in_force: tuple[float, float]  # x from, x to
    may_lift: tuple[float, float]
    lifted_x: float | None
    starts: date
    earliest_end: date
    latest_end: date
    lifted_on: date | None


@dataclass(frozen=True)
class Timeline:
    """Restriction windows along the days after discharge, with today marked."""

    bars: list[Bar]
    height: float
    today_x: float | None
    ticks: list[tuple[float, str]]


def _x_of(first: date, last: date) -> tuple[float, float]:
    span = max((last - first).days, 1)
    return (WIDTH - LABEL - RIGHT) / span, float(LABEL)


def timeline(windows: Sequence[dict[str, str | None]], today: date) -> Timeline:
    """Lay out restriction windows (rows of the restrictions table) against today."""
    if not windows:
        return Timeline([], 0, None, [])
    first = min(date.fromisoformat(str(w["starts_on"])) for w in windows)
    last = max(date.fromisoformat(str(w["latest_end"])) for w in windows) + timedelta(days=3)
    last = max(last, today + timedelta(days=2))
    scale, left = _x_of(first, last)

    def x(day: date) -> float:
        return round(left + (day - first).days * scale, 1)

    bars = []
    for row, window in enumerate(windows):
        starts = date.fromisoformat(str(window["starts_on"]))
        earliest = date.fromisoformat(str(window["earliest_end"]))
        latest = date.fromisoformat(str(window["latest_end"]))
        lifted = date.fromisoformat(str(window["lifted_on"])) if window["lifted_on"] else None
        bars.append(
            Bar(
                label=str(window["label"]),
                y=34 + row * 34,
                in_force=(x(starts), x(lifted if lifted and lifted < earliest else earliest)),
                may_lift=(x(earliest), x(lifted if lifted else latest)),
                lifted_x=x(lifted) if lifted else None,
                starts=starts,
                earliest_end=earliest,
                latest_end=latest,
                lifted_on=lifted,
            )
        )
    weeks = [
        (x(first + timedelta(weeks=n)), text("chart.week", n=n))
        for n in range(0, (last - first).days // 7 + 1)
    ]
    today_x = x(today) if first <= today <= last else None
    return Timeline(bars, 34 + len(bars) * 34 + 14, today_x, weeks)


@dataclass(frozen=True)
class PainChart:
    """Daily pain scores (0-10) as a line, the baseline as a dashed line."""

    points: list[tuple[float, float, date, float]]  # x, y, day, score
    baseline_y: float | None
    height: float
    y_ticks: list[tuple[float, int]]
    x_ticks: list[tuple[float, str]]


PAIN_TOP, PAIN_BOTTOM = 16.0, 196.0


def pain_chart(daily: Sequence[tuple[date, float]], baseline: float | None) -> PainChart:
    """Lay out one score per day, 0 at the bottom and 10 at the top."""

    def y(score: float) -> float:
        return round(PAIN_BOTTOM - (PAIN_BOTTOM - PAIN_TOP) * score / 10, 1)

    y_ticks = [(y(s), s) for s in (0, 2, 4, 6, 8, 10)]
    if not daily:
        return PainChart([], y(baseline) if baseline is not None else None, 220, y_ticks, [])
    first, last = daily[0][0], max(daily[-1][0], daily[0][0] + timedelta(days=1))
    span = (last - first).days
    left, right = 48.0, WIDTH - 24.0

    def x(day: date) -> float:
        return round(left + (right - left) * (day - first).days / span, 1)

    points = [(x(day), y(score), day, score) for day, score in daily]
    x_ticks = [(x(day), _day_month(day)) for day, _ in daily]
    return PainChart(points, y(baseline) if baseline is not None else None, 220, y_ticks, x_ticks)


@dataclass(frozen=True)
class Series:
    """One line of an overview chart."""

    name: str
    css: str
    values: list[float | None]
    path: str
    dots: list[tuple[float, float]]


@dataclass(frozen=True)
class DailyChart:
    """A small chart of daily values: bars for counts, lines for rates and times."""

    series: list[Series]
    bars: list[tuple[float, float, float, str]]  # x, y, height, class (stacked)
    top: float
    height: float
    x_ticks: list[tuple[float, str]]
    y_ticks: list[tuple[float, str]]


CHART_H, CHART_TOP, CHART_BOTTOM, CHART_LEFT, CHART_RIGHT = 160.0, 10.0, 140.0, 44.0, 704.0


def _scale(top: float) -> float:
    return (CHART_BOTTOM - CHART_TOP) / top if top else 0.0


def daily_chart(
    days: Sequence[date],
    *,
    stacked: Sequence[tuple[str, str, Sequence[float]]] = (),
    lines: Sequence[tuple[str, str, Sequence[float | None]]] = (),
    top: float | None = None,
) -> DailyChart:
    """Lay out per-day values: `stacked` bars (name, class, values), `lines` (with gaps)."""
    count = max(len(days), 1)
    step = (CHART_RIGHT - CHART_LEFT) / count
    totals = [sum(values[i] for _, _, values in stacked) for i in range(len(days))]
    line_max = max((v for _, _, values in lines for v in values if v is not None), default=0.0)
    highest = top if top is not None else max([*totals, line_max, 1.0])
    highest = _nice(highest)
    scale = _scale(highest)
    bars = []
    for i in range(len(days)):
        base = CHART_BOTTOM
        for _, css, values in stacked:
            height = values[i] * scale
            if height:
                base -= height
                bars.append(
                    (round(CHART_LEFT + i * step + 1, 1), round(base, 1), round(height, 1), css)
                )
    series = []
    for name, css, points in lines:
        path, pen, dots = [], "M", []
        for i, value in enumerate(points):
            if value is None:
                pen = "M"
                continue
            px = round(CHART_LEFT + i * step + step / 2, 1)
            py = round(CHART_BOTTOM - value * scale, 1)
            path.append(f"{pen}{px},{py}")
            dots.append((px, py))  # a day between two gaps is a dot, not an invisible line
            pen = "L"
        series.append(Series(name, css, list(points), " ".join(path), dots))
    x_ticks = [
        (round(CHART_LEFT + i * step + step / 2, 1), _day_month(d))
        for i, d in enumerate(days)
        if i % 5 == 0 or i == len(days) - 1
    ]
    y_ticks = [
        (round(CHART_BOTTOM - f * highest * scale, 1), _short(f * highest)) for f in (0, 0.5, 1)
    ]
    return DailyChart(series, bars, highest, CHART_H, x_ticks, y_ticks)


def bar_width(days: int) -> float:
    """Return the width of one day's bar."""
    return round((CHART_RIGHT - CHART_LEFT) / max(days, 1) - 2, 1)


def _day_month(day: date) -> str:
    return f"{day.day} {text('date.months').split()[day.month - 1]}"


def _nice(value: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if value <= step:
            return float(step)
    return float(int(value * 1.1) + 1)


def _short(value: float) -> str:
    return f"{value:g}" if value < 10000 else f"{value / 1000:g}k"
