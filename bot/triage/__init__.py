"""Read a patient's reply: tokens, scope of a sign, the rules, the lexicon and a learned reader.

Pure: the text and every fact the reading needs are arguments; no clock, no I/O after the
reader's weights are loaded from this package.
"""

from __future__ import annotations

from bot.domain.levels import Level
from bot.triage.lexicon import SUICIDAL
from bot.triage.result import Finding, Triage
from bot.triage.verdict import (
    CHECK_INS,
    PAIN_RISING,
    YES_TO_SYMPTOMS,
    read_by_rules,
    reader_asked,
    reader_words,
    settled,
    triage,
)

__all__ = [
    "CHECK_INS",
    "PAIN_RISING",
    "YES_TO_SYMPTOMS",
    "SUICIDAL",
    "Finding",
    "Level",
    "Triage",
    "read_by_rules",
    "reader_asked",
    "reader_words",
    "settled",
    "triage",
]
