"""Tell a denial of the check-in's own "upright headache" ("no upright headache", "no leaking,
no standing headache") from a "no" that is no denial ("oh no, standing up headache again").

A pure helper over the tokens of bot.triage.tokens, for bot.triage.scope's negation walk.
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.tokens import Tok

_DENIERS = frozenset({"no", "sin", "without"})
# Only other denials may follow the denied headache: "no upright headache, no fever".
_TAIL = (
    lx.NEGATORS
    | lx.NONE_WORDS
    | frozenset(lx.SIGN_LEMMAS.values())
    | lx.words("fever leak leaking or")
)


def past_denied_upright(toks: list[Tok], i: int) -> int:
    """Return where a negation walk back from the sign at i should start: at the "no" of "no
    upright headache" or "no sitting up headache" when it denies the check-in's own words,
    else just before the sign."""
    k = i - 1
    if k > 0 and toks[k].lemma == "up" and toks[k - 1].lemma == "upright":
        k -= 1
    if k > 0 and toks[k].lemma == "upright" and _denies(toks, k - 1, i):
        return k - 1
    return i - 1


def _denies(toks: list[Tok], k: int, i: int) -> bool:
    """Return True when token k ("no", "sin", "without") before the check-in's own "upright
    headache" (at i) denies it: "no upright headache", "no leaking, no standing headache" — a
    "no" that opens its part of the sentence, in a reply that names no other posture and asks
    nothing, with nothing after the headache but other denials ("oh no, standing up headache
    again", "no standing headache, its when I sit up that it kills me", "no standing up
    headache? lol I wish" are no denials)."""
    if toks[k].lemma not in _DENIERS:
        return False
    if k > 0:
        before = toks[k - 1].lemma
        if before not in lx.CLAUSE_END and before not in {",", ";"}:
            return False
    lemmas = [t.lemma for t in toks]
    if lemmas.count("upright") != 1 or "lying" in lemmas or "?" in lemmas:
        return False
    return all(t.kind not in {"w", "n", "e"} or t.lemma in _TAIL for t in toks[i + 1 :])
