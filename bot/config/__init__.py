"""The settings: found, read and validated at start; see ``loading`` for where they come from."""

from __future__ import annotations

from bot.config.loading import check_twilio, find_config_file, load_config, parse_config
from bot.config.settings import WEEKDAYS, Clinic, Config, Database, OnCall, Server, Sms, Twilio

__all__ = [
    "WEEKDAYS",
    "Clinic",
    "Config",
    "Database",
    "OnCall",
    "Server",
    "Sms",
    "Twilio",
    "check_twilio",
    "find_config_file",
    "load_config",
    "parse_config",
]
