"""Second passes over a reply's tokens that read a word by its neighbours: Tagalog's linker
"na", "lower back" as a place, "Colorado" the state, a dictated score ("pain is ate today").

Pure helpers over the tokens of bot.triage.tokens, which calls them.
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.tok import Tok


def tagalog_linker(toks: list[Tok]) -> list[Tok]:
    """Read Tagalog's "na" between two words as a linker or "already" ("tigil na dumudugo",
    "lumalabas na tubig"), not as "nah" or the Caribbean and Chilean "na" for "nada", which
    deny the sign after them. Called only for a reply with a Tagalog-only word."""
    return [
        Tok("linker", t.surface, t.start, t.end, "w", True)
        if t.lemma == "na"
        and k
        and toks[k - 1].kind == "w"
        and k + 1 < len(toks)
        and toks[k + 1].kind == "w"  # "y na po", "na de fiebre": the Spanish "nada"
        and toks[k + 1].lemma != "de"
        else t
        for k, t in enumerate(toks)
    ]


_PART_AFTER_LOW = lx.BODY_WORDS | lx.words("spine abdomen body lumbar extremities half")


def places(toks: list[Tok]) -> list[Tok]:
    """Read "lower back", "low back" as a place, not easing: "my lower back is killing me"."""
    return [
        Tok("lumbar", t.surface, t.start, t.end, "w", True)
        if t.lemma in {"lower", "low"}
        and k + 1 < len(toks)
        and toks[k + 1].lemma in _PART_AFTER_LOW
        else t
        for k, t in enumerate(toks)
    ]


# Words beside "Colorado" that make it the state, not Spanish for red: "in Colorado Springs",
# "here in colorado" (not "went from normal to colorado", "kind of colorado").
_STATE_BEFORE = lx.words("in visiting")
_STATE_AFTER = lx.words("springs weather")


def the_state(toks: list[Tok]) -> list[Tok]:
    """Read "Colorado" as the state, not redness, when its neighbours say so."""
    return [
        Tok("colorado", t.surface, t.start, t.end, "w", True)
        if t.surface == "colorado"
        and (
            (k > 0 and toks[k - 1].surface in _STATE_BEFORE)
            or (k + 1 < len(toks) and toks[k + 1].surface in _STATE_AFTER)
        )
        else t
        for k, t in enumerate(toks)
    ]


# Voice dictation hears a score as a word that sounds like it: "pain is ate today".
HEARD_AS = {"ate": "8", "for": "4", "fore": "4", "to": "2", "too": "2", "won": "1", "tree": "3"}
_SCORE_LEAD = (("pain", "is"), ("pain", "is", "a"), ("pain", "is", "an"), ("pain", "at", "a"))
_SCORE_END = frozenset({"today", "now", "tonight", "this", "no", ".", ",", "!"})


def dictated_scores(toks: list[Tok]) -> list[Tok]:
    """Read "pain is ate today", "pain is a for today" as the scores 8 and 4."""
    out = list(toks)
    for k, t in enumerate(toks):
        number = HEARD_AS.get(t.surface)
        if number is None or not (k + 1 == len(toks) or toks[k + 1].lemma in _SCORE_END):
            continue
        lead = tuple(w.lemma for w in toks[max(k - 3, 0) : k])
        if any(lead[-len(words) :] == words for words in _SCORE_LEAD):
            out[k] = Tok(number, number, t.start, t.end, "n", True)
    return out
