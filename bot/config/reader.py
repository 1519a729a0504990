"""Read typed values from the raw TOML, each refusal one sentence naming the key."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time
from typing import Any

import phonenumbers

from bot.errors import ConfigError


def env_wins(environ: Mapping[str, str], name: str, from_file: str) -> str:
    return environ.get(name) or from_file


def parse_span(day: str, span: object) -> tuple[time, time] | None:
    if span in ("", "closed"):
        return None
    problem = (
        f"Config key [clinic.hours] {day} has value {span!r}; use 'HH:MM-HH:MM' "
        "(e.g. '08:00-17:00') or \"closed\"."
    )
    if not isinstance(span, str) or "-" not in span:
        raise ConfigError(problem)
    start, _, end = span.partition("-")
    try:
        opens, closes = time.fromisoformat(start.strip()), time.fromisoformat(end.strip())
    except ValueError as ex:
        raise ConfigError(problem) from ex
    if closes <= opens:
        raise ConfigError(problem)
    return opens, closes


def optional_phone(r: Reader, section: str, key: str) -> str:
    value = r.text(section, key, "")
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, "US")
    except phonenumbers.NumberParseException as ex:
        raise ConfigError(
            f"Config key [{section}] {key} has value {value!r}; use a phone number in E.164 "
            "form such as '+13125550100'."
        ) from ex
    if not phonenumbers.is_valid_number(number):
        raise ConfigError(
            f"Config key [{section}] {key} has value {value!r}, which is not a valid phone "
            "number; use E.164 form such as '+13125550100'."
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class Reader:
    """Read typed values from the raw TOML, remembering which keys were used."""

    def __init__(self, raw: Mapping[str, Any]):
        self.raw = raw
        self.used: set[tuple[str, str]] = set()

    def _get(self, section: str, key: str) -> object:
        table = self.raw.get(section, {})
        if not isinstance(table, dict):
            raise ConfigError(f"Config key [{section}] must be a table of settings.")
        self.used.add((section, key))
        return table.get(key)

    def text(self, section: str, key: str, default: str) -> str:
        value = self._get(section, key)
        if value is None:
            return default
        if not isinstance(value, str):
            raise ConfigError(f"Config key [{section}] {key} has value {value!r}; use a string.")
        return value.strip()

    def number(self, section: str, key: str, default: float, *, low: float, high: float) -> float:
        value = self._get(section, key)
        if value is None:
            return default
        if isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high:
            return float(value)
        raise ConfigError(
            f"Config key [{section}] {key} has value {value!r}; use a number from {low:g} "
            f"to {high:g}."
        )

    def whole(self, section: str, key: str, default: int, *, low: int, high: int) -> int:
        value = self._get(section, key)
        if value is None:
            return default
        # 8080.5 is refused, not quietly cut to 8080
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value
        raise ConfigError(
            f"Config key [{section}] {key} has value {value!r}; use a whole number from {low} "
            f"to {high}."
        )

    def choice(self, section: str, key: str, default: str, allowed: tuple[str, ...]) -> str:
        value = self.text(section, key, default)
        if value not in allowed:
            raise ConfigError(
                f"Config key [{section}] {key} has value {value!r}; allowed: "
                f"{', '.join(repr(a) for a in allowed)}."
            )
        return value

    def url(self, section: str, key: str, default: str) -> str:
        value = self.text(section, key, default)
        if value and not value.startswith(("http://", "https://")):
            raise ConfigError(
                f"Config key [{section}] {key} has value {value!r}; use a URL starting with "
                "http:// or https://."
            )
        return value

    def list(self, section: str, key: str, default: list[object]) -> list[object]:
        value = self._get(section, key)
        if value is None:
            return default
        if not isinstance(value, list):
            raise ConfigError(f"Config key [{section}] {key} has value {value!r}; use a list.")
        return value

    def table(self, section: str, key: str) -> dict[str, object] | None:
        value = self._get(section, key)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise ConfigError(f"Config key [{section}.{key}] must be a table.")
        return value

    def reject_unknown(self) -> None:
        for section, table in self.raw.items():
            for key in table:
                if (section, key) not in self.used:
                    raise ConfigError(
                        f"Config key [{section}] {key} is unknown; see config.example.toml "
                        "for the allowed keys."
                    )
