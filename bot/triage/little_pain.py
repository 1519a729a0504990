"""Pain told as small: "not as much pain", "pain's been low all week", "not too bad".

Pure helpers over the tokens of bot.triage.tokens, for bot.triage.pain.
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.scope import BOUNDARY, NEG_CUE, SIGN_WORDS, span
from bot.triage.tokens import Tok

_SO_MUCH = lx.words("tanto tanta much mucho")
_HAVE_AS = lx.words("tengo tiene have has as so")
_NOT_THE_PAIN = lx.words("relief alivio meds medicine medication medicina pills pastillas")


def not_so_much(toks: list[Tok], i: int) -> bool:
    """Return True for "ya no tengo tanto dolor", "not as much pain", "hardly any pain": less
    pain, said before the pain word. Not "I can't take this much pain", "no aguanto tanto
    dolor", "not as much pain relief"."""
    before = [t.lemma for t in toks[max(i - 3, 0) : i]]
    after = toks[i + 1].lemma if i + 1 < len(toks) else ""
    return (
        len(before) >= 2
        and before[-1] in _SO_MUCH
        and (
            before[-2] in NEG_CUE
            or (len(before) == 3 and before[-2] in _HAVE_AS and before[0] in NEG_CUE)
        )
        and after not in _NOT_THE_PAIN
    ) or hardly_any(toks, i)


_HARDLY = lx.words("hardly barely almost casi")
_ANY = lx.words("any no ningun nada")
_HARDLY_AFTER = lx.words("today now lately at all anymore hoy")
_CHANGE_WORDS = lx.words(
    "yesterday ayer until till hasta except but pero then luego when cuando unless worse peor"
)


def hardly_any(toks: list[Tok], i: int) -> bool:
    """Return True for "hardly any pain", "barely any pain", "almost no pain": little pain,
    not a report of pain (not "almost no pain relief")."""
    before = [t.lemma for t in toks[max(i - 2, 0) : i]]
    after = toks[i + 1] if i + 1 < len(toks) else None
    return (
        len(before) == 2
        and before[0] in _HARDLY
        and before[1] in _ANY
        # the pain word ends the thought: not "hardly any pain control", "... until I sit up"
        and (after is None or after.kind == "p" or after.lemma in _HARDLY_AFTER)
        # nothing told after it or before it that may change it: "Yesterday hardly any pain,
        # today its a 9"
        and not any(t.kind == "n" or t.lemma in _CHANGE_WORDS for t in toks[i + 1 :])
        and not any(t.lemma in _CHANGE_WORDS for t in toks[:i])
    )


def relief_denied(toks: list[Tok], i: int) -> bool:
    """Return True for "no pain relief": the relief is denied, not the pain."""
    return (
        toks[i + 1 : i + 2] != []
        and toks[i + 1].lemma in {"relief", "alivio"}
        and (i + 2 >= len(toks) or toks[i + 2].lemma not in {"needed", "need"})
    )


def clause_after(toks: list[Tok], i: int, n: int) -> list[str]:
    """Return the lemmas of up to n tokens after token i, within its part of the sentence."""
    near = [t.lemma for t in toks[i + 1 : i + 1 + n]]
    return next((near[:k] for k, lemma in enumerate(near) if lemma in BOUNDARY), near)


_LOW = lx.words("low bajo baja bajito bajita minimal menor")
_LOW_GLUE = lx.words(
    "is 's been has stays stayed staying pretty very real so esta es ha sigue mucho"
)
_PLACE_AFTER = lx.words("in on back down en de spine grade")


def low(near: list[str]) -> bool:
    """Return True for "pain's been low all week", "pain is pretty low", not "pain is low in
    my back" (where it is)."""
    k = next((n for n, w in enumerate(near) if w in _LOW), None)
    return (
        k is not None
        and 0 < k <= 3
        and all(w in _LOW_GLUE for w in near[:k])
        and near[k + 1 : k + 2] not in ([w] for w in _PLACE_AFTER)
        and not any(w in lx.WORSE or w in lx.MORE or w in lx.SCORE_UP for w in near)
    )


_NOT_BAD_GLUE = frozenset({"that", "too", "so", "very", "as", "all", "esta", "es", "is", "tan"})


def not_bad(near: list[str]) -> bool:
    """Return True for a severity word denied: "isn't bad", "not too bad", "not that bad"."""
    for n, w in enumerate(near):
        if w == "," or w in SIGN_WORDS:
            return False  # "pain at the site, not much swelling": the swelling's
        if w in lx.SEVERE or w == "tanto":  # "ya no es tanto como antes"
            k = n - 1
            while k >= 0 and near[k] in _NOT_BAD_GLUE:
                k -= 1
            # "no es tan fuerte como antes", not "not so bad as my leg, which is killing me"
            compared = near[n + 1 : n + 2] in (["as"], ["como"], ["than"], ["que"])
            if compared and not set(near[n + 2 : n + 4]) & lx.BEFORE_NOW:
                return False
            return k >= 0 and near[k] in NEG_CUE and k >= n - 3
    return False


_HURT_THEN = lx.words("dolia dolian dolio dolieron")
_THEN = lx.words("ayer antes yesterday before anoche")
_NOW = lx.words("hoy ahora today now ahorita")
_WORSENS = lx.MORE | lx.WORSE | lx.words("volvio aumento sube subiendo")


def hurt_more_then(toks: list[Tok], i: int) -> bool:
    """Return True for "ayer me dolía más": a past "hurt more", told of yesterday, with no
    word of today in the sentence unless today is easier and nothing after it is worse
    ("ayer me dolía más, hoy menos"; not "..., hoy menos pero en la tarde volvió")."""
    if toks[i].surface not in _HURT_THEN or not any(
        t.lemma in _THEN for t in toks[max(i - 3, 0) : i]
    ):
        return False  # "ayer me dolía más", not "me dolió más que antes"
    after = toks[i + 2 : i + 3]  # "más" ends the clause: not "más y más", "más que nunca"
    if toks[i + 1 : i + 2] == [] or after and after[0].kind != "p":
        return False
    a, b = span(toks, i, i + 1, lx.CLAUSE_END)
    w = [t.lemma for t in toks[a:]]  # today only if easier, nothing worse after: "hoy menos"
    return all(
        x not in _NOW or (set(w[n + 1 : n + 3]) & lx.BETTER and not set(w[n + 3 :]) & _WORSENS)
        for n, x in enumerate(w[: b - a])
    )
