"""Numbers beside a pain word that count something else: "wk 2 post implant", "day 3, pain
4", "been there 10 yrs", "my 9 yrs old grandson" — and when the score stays one ("pain 9 wk 2",
"pain 9 yrs old grandson jumped on me").

Pure helpers over the tokens of bot.triage.tokens, for bot.triage.scores and pain.
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.tokens import Tok

# The words a score is told after: "pain 9", "sore 7".
PAIN_WORDS = frozenset({"pain", "sore"})
_AGE = frozenset({"years", "yrs", "year", "yr"})
_COUNTED = frozenset({"wk", "week", "day", "dia", "semana", "pod"})
_FOR_A_TIME = frozenset({"for", "there", "been", "about", "over", "almost", "nearly", "past"})


def counted(toks: list[Tok], k: int) -> bool:
    """Return True for the number at token k of "wk 2 post implant", "day 3, pain 4": a count
    of days or weeks (not "day 3/10")."""
    return (
        k > 0
        and toks[k - 1].lemma in _COUNTED
        # not "pain all week 9": the week's score
        and not (k > 1 and toks[k - 2].lemma in {"all", "this", "last", "whole", "every", "past"})
        and k + 1 < len(toks)
        and toks[k + 1].lemma not in {"/", "of", "de"} | lx.CLAUSE_END
    )


def unit_of_another(toks: list[Tok], k: int) -> bool:
    """Return True when the unit after the number at token k belongs to something else told
    right after a pain word: "pain 9 wk 2 post implant" (week 2), "pain 9 yrs old grandson
    jumped on me" (an age): the 9 is still a score."""
    if not (k and toks[k - 1].lemma in PAIN_WORDS):
        return False
    nxt = toks[k + 2] if k + 2 < len(toks) else None
    return nxt is not None and (
        nxt.kind == "n" or (toks[k + 1].lemma in _AGE and nxt.lemma == "old")
    )


def for_a_time(toks: list[Tok], k: int) -> bool:
    """Return True for the 10 of "been there 10 yrs", "for 9 yr": a length of time (not "pain
    10 yrs", where the reviews read "yrs" as a mistyped "yes")."""
    after = toks[k + 1].lemma if k + 1 < len(toks) else ""
    return after in {"yrs", "yr"} and k > 0 and toks[k - 1].lemma in _FOR_A_TIME
