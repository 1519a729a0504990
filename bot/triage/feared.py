"""A sign told as a fear that did not come true: "I was scared I'd pass out after the refill
but nope", "had a scare thinking I was running a fever but the thermometer said 98.9".

Pure helpers over the tokens of bot.triage.tokens, for bot.triage.reading.
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.tokens import Tok

# "scared I'd pass out", "pense que me iba a desmayar": a fear, not a sign, when "but" follows.
FEARED = lx.words("scared afraid worried feared thought thinking miedo temia pense crei")


def is_feared(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for "I was scared I'd pass out after the refill but nope"."""
    fear = [
        k for k in range(max(i - 5, 0), i) if toks[k].lemma in FEARED or toks[k].surface in FEARED
    ]
    if not fear:
        return False
    after = [t.lemma for t in toks[j : j + 8]]
    lemmas = [t.lemma for t in toks]
    return any(
        w in {"but", "pero"}
        # "I thought the fever broke but no, it's back": the sign was thought gone, not feared
        and not any(x in _THOUGHT_GONE for x in lemmas[fear[0] : j + n])
        and (
            # "but nope, feeling normal", "but no."; not "but no pus", "but not sure"
            (any(x in _DENIAL for x in after[n + 1 : n + 3]) and _then_over(lemmas[j + n + 1 :]))
            # a feared fever "but the thermometer said 98.9" (a fever only: not "scared I cant
            # breathe but my temp is 98.6")
            or (toks[i].lemma == "fever" and _normal_reading(toks[j + n + 1 : j + n + 7]))
        )
        for n, w in enumerate(after)
    )


def _then_over(words: list[str]) -> bool:
    """Return True for the denial after "but" that ends there: "nope", "no,", "it's not."
    (not "but it's not going away")."""
    for n, w in enumerate(words[:3]):
        if w in _DENIAL:
            rest = words[n + 1 : n + 2]  # the rest of the reply, not of a window
            return not rest or rest[0] in lx.CLAUSE_END | {","}
    return False


# "but dont know" is no denial; "know" answers no only on its own ("dunno")
_DENIAL = (lx.ANSWER_NO - {"know"}) | {"not"}
_THOUGHT_GONE = lx.BETTER | lx.words("broke gone away ido fue quito quitado went")


_THERMOMETER = lx.words("thermometer temp temperature termometro temperatura")


def _normal_reading(toks: list[Tok]) -> bool:
    """Return True for "the thermometer said 98.9", "pero el termometro marco 37": a normal
    temperature read after the fear."""
    return any(t.lemma in _THERMOMETER for t in toks) and any(
        t.kind == "n" and (95 <= float(t.lemma) < 100 or 35 <= float(t.lemma) < 37.8) for t in toks
    )
