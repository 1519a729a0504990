"""Guess the language of a reply, "es" or "en", from its distinctive words."""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.tokens import Tok


def language_of(text: str, toks: list[Tok]) -> str:
    """Guess "es" or "en" from distinctive words; English wins a tie."""
    surfaces = [t.surface for t in toks]
    es = sum(map(lx.SPANISH.__contains__, surfaces))
    en = sum(map(lx.ENGLISH.__contains__, surfaces))
    if any(c in text for c in "ñÑ¿¡áéíóúÁÉÍÓÚ"):
        es += 2
    return "es" if es > en else "en"
