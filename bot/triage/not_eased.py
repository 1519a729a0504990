"""Words after a sign that look like its easing and are not: "numbness down my good leg",
"swelling down from yesterday to my ankle", "swole up pretty good", "ok in the day time",
"bien rojo" (very red).

Pure helpers over the tokens of bot.triage.tokens, for bot.triage.easing.
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.scope import SIGN_WORDS
from bot.triage.tokens import Tok

_DAYTIME = lx.words("day daytime dia")
DOWN_SINCE = [["from", w] for w in ("last", "yesterday", "before")]
_ON_THE_MOVE = lx.BODY_WORDS | lx.words(
    "to into now spreading spread spreads way toward towards past hasta ahora ankle ankles knee"
)


def moving_on(toks: list[Tok], m: int) -> bool:
    """Return True when the sentence after "swelling down from yesterday" tells where it went
    ("to my ankle", ", now its all the way to my ankle"): moving down the body, not less."""
    for t in toks[m:]:
        if t.lemma in lx.CLAUSE_END:
            return False
        if t.lemma in _ON_THE_MOVE:
            return True
    return False


def by_day(toks: list[Tok], k: int) -> bool:
    """Return True for "hot at night ... ok in day time", "fiebre en la noche y bien en el dia":
    well only by day, so the sign comes back each night (not "better in the morning")."""
    return (
        k + 2 < len(toks)
        and toks[k + 1].lemma in {"in", "during", "en", "por", "de"}
        and any(t.lemma in _DAYTIME for t in toks[k + 2 : k + 4])
        and any(t.lemma in {"night", "noche", "nights", "noches"} for t in toks[:k])
    )


_LIMB = lx.BODY_WORDS | lx.words(
    "side knee knees shoulder shoulders hand hands eye eyes ear ears ankle ankles toes fingers "
    "lado rodilla hombro mano ojo"
)


def good_side(toks: list[Tok], k: int) -> bool:
    """Return True for "numbness down my good leg", "swelling on my good side": the body part
    that was well before, not the sign eased."""
    return k + 1 < len(toks) and toks[k + 1].lemma in _LIMB


def pretty_good(toks: list[Tok], k: int) -> bool:
    """Return True for "swole up pretty good", "hurts real good": a lot, not fine."""
    return (
        k > 1
        and toks[k].lemma == "good"
        and toks[k - 1].lemma in {"pretty", "real"}
        and (toks[k - 2].lemma == "up" or toks[k - 2].lemma in SIGN_WORDS)
    )


def is_intensifier(toks: list[Tok], k: int) -> bool:
    """Return True for "bien" meaning "very": "bien rojo", "bien chuco"."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.surface in lx.AFTER_BIEN:
        return False  # "bien grasias": a misspelt thanks
    return nxt.kind == "w" and (
        nxt.lemma in SIGN_WORDS or not nxt.known or nxt.lemma not in lx.AFTER_BIEN
    )
