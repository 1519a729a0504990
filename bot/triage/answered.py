"""Read a sign the writer asks and answers at once with a "nah": "chills? nah. fever? nah".

Pure helpers over the tokens of bot.triage.tokens, for bot.triage.scope.
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.tokens import Tok

NAH = lx.words("nah naw")
_ASKED_WITH = lx.words("more any")


def nah_to_each(toks: list[Tok], k: int, signs: frozenset[str]) -> bool:
    """Return True for a "nah" at token k that answers the question before it and ends the
    reply, or is followed by the next sign asked and nothing else: "chills? nah. fever? nah".
    Not "swelling? nah, bigger?", "fever? nah, 102?", "headache? nah, only standing up?",
    "I have fever nah", "fever nah. its high tho"."""
    if k >= len(toks) or toks[k].surface not in NAH or any(t.lemma in lx.POSTURE for t in toks):
        return False
    if k + 1 == len(toks):
        return True
    if toks[k + 1].lemma not in {".", ","}:
        return False
    m = k + 2
    while m < len(toks) and (toks[m].lemma in signs or toks[m].lemma in _ASKED_WITH):
        m += 1
    return m < len(toks) and toks[m].lemma == "?" and any(t.lemma in signs for t in toks[k + 2 : m])
