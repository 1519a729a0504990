"""Collect the findings of one reply while the rules walk its tokens."""

from __future__ import annotations

from bot.domain.levels import Level
from bot.triage.elsewhere import (
    is_hypothetical,
    is_local_colour,
    may_be_elsewhere,
    not_the_patient_now,
)
from bot.triage.lexicon import BLUE_LIPS
from bot.triage.result import SELF_HARM_SYMPTOMS, Finding
from bot.triage.tokens import Tok

# A sign asked about ("what do I do if I get a fever?") is recorded under this prefix.
IF_ASKED = "asked what to do if: "
POSITIONAL = frozenset({"upright", "lying"})


class Reading:
    """Collect what one reply says while its tokens are walked."""

    def __init__(self, text: str, toks: list[Tok]) -> None:
        self.text = text
        self.toks = toks
        self.findings: list[tuple[Level, Finding]] = []
        self.reassured = 0
        self.used: set[int] = set()
        self.positional = any(t.lemma in POSITIONAL for t in toks)
        # Whether any sign could be someone else's or long past (see not_the_patient_now).
        self.maybe_elsewhere = may_be_elsewhere(toks)

    def evidence(self, i: int, j: int) -> str:
        """Return the patient's words for tokens i..j-1."""
        return self.text[self.toks[i].start : self.toks[j - 1].end].strip()

    def add(self, level: Level, symptom: str, i: int, j: int) -> None:
        """Record a finding backed by tokens i..j-1."""
        if (
            self.maybe_elsewhere
            and symptom not in SELF_HARM_SYMPTOMS
            and not_the_patient_now(self.toks, i, j)
        ):
            self.used.update(range(i, j))
            return
        if symptom == BLUE_LIPS and is_local_colour(self.toks, i, j):
            level, symptom = Level.URGENT, "skin discoloration"
        elif level is Level.URGENT and is_hypothetical(self.toks, i, j):
            level, symptom = Level.ROUTINE, f"{IF_ASKED}{symptom}"
        self.findings.append((level, Finding(symptom, self.evidence(i, j))))
        self.used.update(range(i, j))


def unique(findings: list[tuple[Level, Finding]]) -> list[tuple[Level, Finding]]:
    """Drop repeated findings; worst level first, then in reading order."""
    seen: set[Finding] = set()
    kept: list[tuple[Level, Finding]] = []
    for level, finding in sorted(findings, key=lambda pair: -pair[0].rank):
        if finding not in seen:
            seen.add(finding)
            kept.append((level, finding))
    return kept
