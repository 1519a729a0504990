"""Say what the triage made of a reply: its level, the findings and the pain score told."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.domain.levels import Level
from bot.triage.lexicon import SELF_HARM, SUICIDAL

SELF_HARM_SYMPTOMS = frozenset({SUICIDAL, SELF_HARM})


@dataclass(frozen=True)
class Finding:
    """One recognised sign, with the patient's own words that showed it."""

    symptom: str
    evidence: str


@dataclass(frozen=True)
class Triage:
    """The level of a reply, why, and the language it was written in."""

    level: Level
    findings: tuple[Finding, ...]
    language: str
    question: bool = False
    # The rules are sure there is no red flag although the level is not "ok": reassurance
    # and a few unknown words ("my legs are working fine now"), or a one-sentence "what do I
    # do if I get a fever?". See settled().
    sure: bool = field(default=False, compare=False, repr=False)

    @property
    def suicidal(self) -> bool:
        """Return True when the reply speaks of suicide or self-harm (routing adds 988)."""
        return any(f.symptom in SELF_HARM_SYMPTOMS for f in self.findings)
