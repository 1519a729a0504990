"""The 0-10 scale itself, told apart from a score: "what does 0-10 mean?", "is 10 the
worst?", "on a scale of 0 to 10 I'm a 7" — and "went from 0 to 10", which is a change."""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.reading import Reading
from bot.triage.scope import PART_END, span
from bot.triage.tokens import Tok

_SCALE_TALK = frozenset(
    {"scale", "escala", "number", "numero", "mean", "means", "significa", "what", "que", "of"}
    | {"thing", "rate", "rating"}
)


def the_scale(toks: list[Tok], k: int) -> bool:
    """Return True for the 0 and the 10 of "0 to 10", "0 a 10", "0-10": the scale, no score."""
    lemma = toks[k].lemma
    if (lemma in _LOW or lemma == "10") and (
        _what_is(toks, k)
        or (lemma == "10" and k and toks[k - 1].lemma in _LOW and _what_is(toks, k - 1))
    ):
        return True  # "whats 0 and whats 10 lol", "what is 0-10", "¿qué es 10?": asked about
    if lemma in _LOW and _dashed(toks, k):
        # "the 0-10 thing": the dash is not a token; "my back spiked 0-10" is a change
        return not _a_change(toks, k) and (_the_dashed_scale(toks) or _asked_about(toks, k))
    if lemma == "10" and k and toks[k - 1].lemma in _LOW and _dashed(toks, k - 1):
        return not _a_change(toks, k - 1) and (_the_dashed_scale(toks) or _asked_about(toks, k))
    if lemma in _LOW:
        shaped = k + 2 < len(toks) and toks[k + 1].lemma in _JOINS and toks[k + 2].lemma == "10"
        ten = k + 2
    else:
        shaped = (
            lemma == "10" and k >= 2 and toks[k - 1].lemma in _JOINS and toks[k - 2].lemma in _LOW
        )
        ten = k
    if shaped and _a_change(toks, ten - 2):
        return False  # "what do I do, pain went from 0 to 10 overnight": a change
    # only when the reply talks of the scale, or tells a score right after it ("0 a 10 es 3
    # hoy"): "went from 0 to 10 in seconds" is a change
    if (
        shaped
        and (
            any(t.lemma in _SCALE_TALK or t.lemma == "?" for t in toks)
            or _told_after(toks, ten)
            # "no entiendo lo del 0 al 10", "I dont get the 0 to 10": the scale named as a thing
            or (ten > 2 and toks[ten - 3].lemma in _THE_SCALE)
            or (ten > 3 and [t.lemma for t in toks[ten - 4 : ten - 2]] == ["lo", "del"])
        )
    ):
        return True
    return lemma in {"0", "10"} and _asked_about(toks, k)


def _the_dashed_scale(toks: list[Tok]) -> bool:
    """Return True for "the 0-10 thing", "what do you mean by 0-10": a word of the scale in
    the reply (not "pain 0-10 in seconds, is that normal?", "my back spiked 0-10, what should
    I do")."""
    return any(t.lemma in _SCALE_TALK and t.lemma not in {"what", "que", "of"} for t in toks)


def _dashed(toks: list[Tok], k: int) -> bool:
    """Return True for a "0" joined to a "10" by a dash the tokens dropped: "0-10"."""
    return k + 1 < len(toks) and toks[k + 1].lemma == "10" and toks[k + 1].start == toks[k].end + 1


_WENT = lx.words("went gone goes jumped shot climbed paso subio brinco spiked spike")


_PAIN = lx.words("pain sore back espalda leg legs head hip cadera")
_UNITS = lx.words("thousand k mil miles km lbs pounds steps pasos percent")


def _a_change(toks: list[Tok], low: int) -> bool:
    """Return True for the "0 to 10" of a pain that changed: "pain went from 0 to 10", "my
    back jumped 0 to 10" — not "what number from 0 to 10 should I pick?", "she went from 0 to
    10 on the happiness scale" (no pain told before it), "steps went from 0 to 10 thousand"."""
    before = [t.lemma for t in toks[max(low - 2, 0) : low]]
    went = bool(before) and (
        before[-1] in _WENT
        or (before[-1] in lx.SCORE_FROM and len(before) == 2 and before[0] in _WENT)
    )
    after = toks[low + 3].lemma if low + 3 < len(toks) else ""
    return went and after not in _UNITS and any(t.lemma in _PAIN for t in toks[:low])


_ENDS_OF_THE_SCALE = lx.words(
    "worst best peor mejor mean means significa no pain sin dolor highest lowest most least"
)


def _asked_about(toks: list[Tok], k: int) -> bool:
    """Return True for the 10 of "is 10 the worst?", "el 10 es lo peor o lo mejor?": a
    question about the scale's ends, not a score."""
    a, b = span(toks, k, k, PART_END)  # "10 today, is that the worst?" tells a 10
    return (
        b < len(toks)
        and toks[b].lemma == "?"
        and any(t.lemma in _ENDS_OF_THE_SCALE or t.surface in _ENDS_OF_THE_SCALE for t in toks[a:b])
    )


_JOINS = frozenset({"to", "a", "-", "hasta", "al", "and", "y", "through", "thru"})
_THE_SCALE = frozenset({"the", "this", "that", "ese", "este"})  # "del" is also "from the"
_LOW = frozenset({"0", "zero", "cero"})


# The scale named from its low end: "0 a 10", "1 to 10" ...
SCALE_TO = (["a", "10"], ["to", "10"], ["-", "10"], ["al", "10"])


# ... and read back from its 10: "¿el 0 a 10 es del dolor de espalda?"
_SCALE_FROM = (["0", "a"], ["0", "to"], ["0", "al"], ["1", "a"], ["1", "to"], ["0", "-"])


def scale_ten(toks: list[Tok], k: int) -> bool:
    """Return True for the 10 at token k of "0 a 10", "1 to 10": the scale named, no score —
    not the 10 of a pain that went there ("my legs went from 0 to 10 pain")."""
    return (
        toks[k].lemma == "10"
        and [t.lemma for t in toks[max(k - 2, 0) : k]] in _SCALE_FROM
        and not _a_change(toks, k - 2)
    )


_SCALE_GLUE = lx.words("es is : , un a = im i'm estoy en its it's seria about like como")
# "0 to 10 I'd say 5": words of a guess, read only when the guess is the reply's one number and
# counts nothing ("0 to 10 I'd say 3 days now its been a 9" is no 3)
_GUESS = lx.words("id i'd i would say maybe")


def _told_after(toks: list[Tok], ten: int) -> int | None:
    """Return where a score is told right after the scale's 10 ("es un 9"), or None."""
    guessed = False
    for m in range(ten + 1, min(ten + 7, len(toks))):
        if toks[m].kind == "n" and 0 <= float(toks[m].lemma) <= 10:
            if guessed and (
                any(t.kind == "n" for t in toks[m + 1 :])
                or (m + 1 < len(toks) and toks[m + 1].lemma in lx.NOT_SCORE_AFTER)
            ):
                return None
            return m
        if toks[m].lemma in _GUESS:
            guessed = True
        elif toks[m].lemma not in _SCALE_GLUE:
            return None
    return None


def score_after_scale(reading: Reading, ten: int) -> None:
    """Read the score told right after the scale is named: "de 0 a 10 es un 9", "0 to 10 I'm
    a 7"; nothing when none follows ("went from a 1 to 10 for real")."""
    m = _told_after(reading.toks, ten)
    if m is not None:
        reading.used.update(range(ten - 2, m + 1))
        reading.report_pain(float(reading.toks[m].lemma), m, m + 1)


_WHAT = lx.words("what whats what's que qué cual cuál")
_MINE = lx.words(
    "that's thats me my mine im i'm where asi así eso because cause tears llorando estoy siento "
    "he she hes shes he's she's him her id i'd say creo tengo tiene ese esa there at llego llegó "
    "feel feels el ella"
)
# All that may follow "whats 10" in a reply that only asks: "lol", "again?", "and whats 0".
_ASKED_ON = lx.words(
    "lol again and y what whats what's is es que qué haha jaja mean means the scale"
)
_UNDERSTAND = lx.words("understand entiendo get comprendo")


def _what_is(toks: list[Tok], k: int) -> bool:
    """Return True for a number asked about: "whats 10", "what is 0", "qué es 10"."""
    rest = toks[k + 1 :]
    if any(
        t.surface in _MINE or t.lemma in _MINE or t.kind == "n" and t.lemma not in {"0", "10"}
        for t in rest
    ) or not (
        all(t.surface in _ASKED_ON or t.kind == "p" or t.lemma in {"0", "10"} for t in rest)
        or any(t.surface in _UNDERSTAND for t in rest)
    ):
        return False  # "what is 10? cause thats my pain", "what is 10 i think he is at that"
    before = [t.surface for t in toks[max(k - 2, 0) : k]]
    return bool(before) and (
        before[-1] in {"whats", "what's"}
        or (len(before) == 2 and before[0] in _WHAT and before[1] in {"is", "es", "means", "does"})
    )
