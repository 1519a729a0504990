"""Say what the triage made of a reply: its level, the findings and the pain score told."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.domain.levels import Level
from bot.domain.pain import relief_percent
from bot.triage.lexicon import SELF_HARM, SUICIDAL

SELF_HARM_SYMPTOMS = frozenset({SUICIDAL, SELF_HARM})


@dataclass(frozen=True)
class Finding:
    """One recognised sign, with the patient's own words that showed it."""

    symptom: str
    evidence: str


@dataclass(frozen=True)
class Triage:
    """The level of a reply, why, the language it was written in and the pain score it told."""

    level: Level
    findings: tuple[Finding, ...]
    language: str
    question: bool = False
    # The 0-10 score the reply reports now ("3 at rest, 5 walking": 5; "was 4 now 8": 8).
    pain: float | None = None
    # The rules are sure there is no red flag although the level is not "ok": a one-sentence
    # "what do I do if I get a fever?". See verdict.settled().
    sure: bool = field(default=False, compare=False, repr=False)

    def relief(self, baseline_pain: float | None) -> float | None:
        """Return the relief from the pre-procedure baseline in percent (50 = pain halved).

        None when the reply told no score or there is no baseline above 0; negative when
        the pain is above the baseline. A trial is usually judged a success at 50 or more.
        """
        return relief_percent(baseline_pain, self.pain)

    @property
    def suicidal(self) -> bool:
        """Return True when the reply speaks of suicide or self-harm (routing adds 988)."""
        return any(f.symptom in SELF_HARM_SYMPTOMS for f in self.findings)
