"""Judge whether the words around a sign say it is easing: "redness is gone", "swelling
went down", "pero ya no", and not when it came back ("started again", "volvió").

Pure helpers over the tokens of bot.triage.tokens.
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.not_eased import (
    DOWN_SINCE,
    by_day,
    good_side,
    is_intensifier,
    moving_on,
    pretty_good,
)
from bot.triage.passed import STILL, passed_after, resolved_later
from bot.triage.scope import (
    BOUNDARY,
    LISTED_SIGNS,
    NEG_CUE,
    SIGN_WORDS,
    STOPPED,
    clause_is_question,
    span,
)
from bot.triage.tokens import Tok

_STOPPED_AFTER = frozenset({"stop", "paro", "detuvo", "ceso", "quito"})  # "el sangrado paro"


def _came_back(toks: list[Tok], j: int) -> bool:
    """Return True when the sentence after token j says the sign returned ("volvió"), or
    turns to say it grew again ("better overnight but its huge again by noon", "improving in
    the morning then gets redder at night")."""
    turned = False
    for k in range(j, min(j + 14, len(toks))):
        t = toks[k]
        if t.lemma in lx.CLAUSE_END:
            return False
        after = toks[k + 1].lemma if k + 1 < len(toks) else ""
        if t.lemma in lx.CAME_BACK or (t.lemma, after) in lx.CAME_BACK_PAIRS:
            return True
        if t.lemma in lx.CONTRAST or t.lemma in _LATER:
            turned = True
        elif turned and (t.lemma in SIGN_WORDS or t.lemma in lx.BODY_WORDS):
            return False  # "redness gone but the itch is worse": the itch's
        elif turned and (t.lemma in _GREW or t.lemma in lx.WORSE or t.lemma in lx.MORE):
            return True
    return False


_LATER = frozenset({"then", "luego", "despues"})
_GREW = lx.words(
    "again back bigger larger redder hotter huge swollen growing grew grows spreading "
    "spread crece crecio mas otra"
)


def _answered_no(toks: list[Tok], j: int) -> bool:
    """Return True when the easing is asked and answered no at once: "swelling better? nope",
    "pain reducing? no. 9/10 today"."""
    for k in range(j, min(j + 6, len(toks))):
        if toks[k].lemma == "?":
            rest = [t for t in toks[k + 1 :] if t.lemma != "?"]
            if rest and (rest[0].lemma in lx.ANSWER_NO or rest[0].lemma == "not"):
                return True  # "swelling better? nope"
            answer = rest[: next((n for n, t in enumerate(rest) if t.lemma in lx.CLAUSE_END), 8)]
            return any(t.lemma in _GREW or t.lemma in lx.WORSE for t in answer)  # "its bigger"
        if toks[k].lemma in lx.CLAUSE_END:
            return False
    return False


def _stands_up(toks: list[Tok], k: int) -> bool:
    """Return True for "cuando me paro": I stand up, not "it stopped"."""
    return toks[k].lemma == "paro" and k > 0 and toks[k - 1].lemma in {"me", "te"}


_TOO = lx.words("too also tambien")
_THE = lx.words("the my his her la el lo mi su")
_ALL_CLEAR = (
    lx.OK_WORDS
    | lx.BETTER
    | lx.words(
        "looks look looking now all it its it's is everything se ve ya todo and y thank thanks"
    )
)
_NOT_SETTLED = (
    lx.WORSE
    | lx.MORE
    | lx.CAME_BACK
    | lx.words("again back started start starting came ? otra vez volvio volvieron still sigue")
)


def _eased_too(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for the second sign of "redness went away, swelling too": a sign that
    opens a part after a comma and is followed only by "too", when the part before says its
    own sign eased."""
    comma = i - 2 if i > 1 and toks[i - 1].surface in _THE else i - 1  # "la hinchazón también"
    if not (
        j < len(toks)
        and toks[j].lemma in _TOO
        and (j + 1 == len(toks) or toks[j + 1].kind == "p")
        and comma >= 0
        and toks[comma].lemma == ","
    ):
        return False
    # and nothing after it, or before, says it is back or worse: "... swelling too. Today both
    # came back", "... swelling too? no its worse", "... redness too, but still some pus"
    if any(t.lemma in _NOT_SETTLED for t in toks) or any(
        t.kind in {"w", "n"} and t.lemma not in _ALL_CLEAR for t in toks[j + 1 :]
    ):
        return False  # and only good news may follow: not "... Now theres a hole"
    start = span(toks, comma, comma, lx.CLAUSE_END)[0]
    return any(
        toks[k].lemma in LISTED_SIGNS and improved(toks, k, k + 1) for k in range(start, comma)
    )


def improved(toks: list[Tok], i: int, j: int) -> bool:
    """Return True when the words around a sign say it is easing ("redness is gone")."""
    asked = clause_is_question(toks, j)
    if any(t.lemma in STILL for t in toks[j : j + 2]):
        return False  # "lo hinchado sigue igual", "the swelling is still there"
    if _came_back(toks, j) or _answered_no(toks, j):
        return False  # "the drainage stopped but started again", "swelling better? nope"
    if _eased_too(toks, i, j):
        return True  # "redness went away, swelling too"
    for k in range(j, min(j + 14, len(toks))):
        lemma = toks[k].lemma
        if (
            lemma == ","
            and k + 1 < len(toks)
            and not _eases_at(toks, k + 1)
            and not _now_gone(toks, k + 1)
        ):
            break  # "la venda mojada, dice que se siente bien": the "bien" is about her
        if (
            lemma in lx.AND_JOIN
            and any(t.lemma in LISTED_SIGNS for t in toks[k + 1 : k + 4])
            and (
                toks[k + 1].lemma in _NEW_SUBJECT
                or not all(t.lemma in _GLUE_OR_SIGN for t in toks[j:k])
            )
        ):
            break  # "fever and the redness went down": the easing is the redness's
        if (
            lemma in _NEVER
            and k + 1 < len(toks)
            and toks[k + 1].surface in _CAME
            and (k + 2 >= len(toks) or toks[k + 2].lemma in _CAME_END)
        ):
            return True  # "the swelling they warned me about never happened", "never showed up"
        if lemma in BOUNDARY:
            if not asked and _now_gone(toks, k):
                return True  # "headache the first day, now gone completely"
            if (
                lemma in lx.CONTRAST
                and not asked
                and (passed_after(toks, k + 1) or resolved_later(toks, k + 1))
            ):
                return True
            break
        if (
            lemma in NEG_CUE
            and k + 1 < len(toks)
            and toks[k + 1].lemma in lx.NO_LONGER
            and not asked
            and toks[k].surface not in _WAS_NOT  # "a bulge that wasn't there before" is new
            and not any(t.lemma in lx.BEFORE_NOW for t in toks[k + 1 : k + 5])
        ):
            return True
        if (
            lemma == "ya"
            and k + 1 < len(toks)
            and toks[k + 1].lemma == "no"
            and (
                k + 2 >= len(toks)
                or toks[k + 2].lemma in _YA_NO_BEFORE
                or (
                    toks[k + 2].lemma in {"le", "me", "se", "lo", "la"}
                    and k + 3 < len(toks)
                    and toks[k + 3].lemma in {"sale", "salen", "esta", "duele", "veo", "hay"}
                )
            )
            and (k + 3 >= len(toks) or toks[k + 3].lemma not in _STILL_BAD)
        ):
            return True
        if lemma in lx.WORSE or lemma in lx.MORE:
            return False
        if (
            lemma in _GROWING
            and _WAS.isdisjoint(t.lemma for t in toks[max(k - 2, 0) : k])
            and NEG_CUE.isdisjoint(t.lemma for t in toks[max(k - 3, 0) : k])
        ):
            return False  # "getting bigger and now going down under my jaw"; not "was bigger"
        if (lemma == "bien" and is_intensifier(toks, k)) or pretty_good(toks, k):
            break
        eased = (
            lemma in lx.BETTER
            or (lemma in _STOPPED_AFTER and not _stands_up(toks, k))
            or (lemma in {"fue", "fueron"} and toks[k - 1].lemma in {"se", "me", "le"})
            or (
                lemma == "down"
                and toks[k - 1].lemma in lx.DOWN_VERBS
                and not (k + 1 < len(toks) and toks[k + 1].lemma in lx.DOWN_TO_PLACE)
            )
            # "swelling down from last week" (not "down from the knee": a place; not "redness
            # spreading down from this spot", "dripping down from last night")
            or (
                lemma == "down"
                and k == j
                and toks[i].lemma == "swelling"
                and [t.lemma for t in toks[k + 1 : k + 3]] in DOWN_SINCE
                and not moving_on(toks, k + 3)
            )
        )
        if (
            (
                eased
                or (
                    lemma in lx.OK_AFTER
                    and not asked
                    and not _asked_if_ok(toks, k)
                    and not good_side(toks, k)
                )
            )
            and toks[k - 1].lemma not in NEG_CUE
            # "the pain isn't getting any better"
            and not any(t.lemma in NEG_CUE for t in toks[max(k - 3, j) : k])
            # "numb since yesterday, cant feel the floor good": "good" says how, not that it eased
            and (eased or not any(t.lemma in NEG_CUE for t in toks[j:k]))
            and not by_day(toks, k)  # "hot at night 101 then ok in day time": it comes back
        ):
            return True
    for k in range(i - 1, max(i - 7, -1), -1):
        lemma = toks[k].lemma
        if lemma in BOUNDARY or lemma in _THEN:
            break  # "the bleeding stopped, fever started", "got better then fever"
        if k < i - 3 and not all(t.lemma in _GLUE_OR_SIGN for t in toks[k + 1 : i]):
            break
        if lemma in lx.BETTER and lemma not in {"gone", "away"}:
            # "no se le ha quitado lo rojo": the easing is denied, the sign stays
            return not _easing_denied(toks, k)
        if lemma in STOPPED and (k == 0 or toks[k - 1].lemma not in NEG_CUE) and not asked:
            return True
        if k < i - 2 and not all(t.lemma in _GLUE_OR_SIGN for t in toks[k:i]):
            break  # only a list reaches further back: "ya se le quito lo rojo y lo hinchado"
    return False


_CLITIC_OR_HABER = frozenset({"se", "le", "me", "lo", "la", "les", "te", "nos", "ha", "han", "he"})


def _easing_denied(toks: list[Tok], k: int) -> bool:
    """Return True for "no se le ha quitado": a negator just before the easing word k."""
    m = k - 1
    while m >= 0 and m > k - 5 and toks[m].lemma in _CLITIC_OR_HABER:
        m -= 1
    return m >= 0 and toks[m].lemma in NEG_CUE


_NOW = frozenset({"now", "ahora"})
_GONE = lx.words("gone better fine resolved healed cleared normal")
_FOR_GOOD = lx.CLAUSE_END | lx.words(", completely totally now already entirely")


def _now_gone(toks: list[Tok], k: int) -> bool:
    """Return True for "now gone", "now gone completely" and nothing more: not "now gone up
    to my ribs", "now gone bigger", "ahora ya llega hasta la espalda"."""
    return (
        k + 1 < len(toks)
        and toks[k].lemma in _NOW
        and toks[k + 1].lemma in _GONE
        and (k + 2 >= len(toks) or toks[k + 2].lemma in _FOR_GOOD)
    )


_GROWING = lx.words("bigger larger growing grows creciendo crece")
_WAS = lx.words("was were been estaba era had")
_NEVER = frozenset({"never", "nunca"})
# After "never came": only these leave it at "it never came"; "never came down" is still there.
_CAME_END = lx.CLAUSE_END | lx.words(", up again either at all and y but pero")
_CAME = lx.words("happened came showed appeared started paso llego salio aparecio vino")


_THEN = frozenset({",", "then", "luego", "despues", "after", "and then", "pero"})


_YA_NO_BEFORE = BOUNDARY | {",", "hay", "esta", "tengo", "tiene", "se", "veo", "sale", "salen"}


_NEW_SUBJECT = frozenset(
    ["the", "la", "el", "los", "las", "my", "mi", "mis", "su", "sus", "his", "her"]
)


_LIST_GLUE = lx.words("lo la el los las y e and se le me the ya a my mi su or o")


_GLUE_OR_SIGN = _LIST_GLUE | SIGN_WORDS


def _eases_at(toks: list[Tok], k: int) -> bool:
    """Return True when the words from token k on say a sign is easing or fine."""
    end = min(k + 4, len(toks))
    while k < end - 1 and toks[k].lemma in _EASING_GLUE:
        k += 1  # "all good", "todo bien", ", it broke", ", ya se me quito"
    lemma = toks[k].lemma
    if lemma in NEG_CUE:  # "pus, no fever", "rojo, no hay pus": that "no" is the other sign's
        nxt = [t.lemma for t in toks[k + 1 : k + 3]]
        return not any(w in LISTED_SIGNS for w in nxt)
    # Only a word of easing: "red, all good otherwise" and "it's fine I think" do not ease it.
    return lemma in lx.BETTER or lemma == "ya"


_EASING_GLUE = lx.words(
    "all todo everything everythings otherwise it its it's that thats se me le has is was and "
    "y then luego"
)


_WAS_NOT = frozenset({"wasnt", "wasn't", "werent", "weren't", "hadnt", "hadn't"})


_STILL_BAD = frozenset({"quita", "quito", "para", "calma", "baja", "bajo", "aguanta", "puede"})


def _asked_if_ok(toks: list[Tok], k: int) -> bool:
    """Return True for "is that ok", "es normal", "esta bien?": asking, not reassuring."""
    return k > 0 and toks[k - 1].lemma in {"that", "this", "it", "thats", "its", "eso", "esto"}


_FEELING = lx.words("feeling feel felt im i'm")
_CLITICS = lx.words("me te se lo la le les nos")
_BEFORE_RATHER = lx.words("y pero o ya asi entonces")


def rather(toks: list[Tok], k: int) -> bool:
    """Return True for "mejor" opening a wish ("…, mejor me la quitan", "mejor lo dejo"):
    what one would rather do, not feeling better."""
    return (
        toks[k].lemma == "mejor"
        and k + 1 < len(toks)
        and toks[k + 1].surface.lower() in _CLITICS
        and (k == 0 or toks[k - 1].kind != "w" or toks[k - 1].lemma in _BEFORE_RATHER)
    )


def never_better(toks: list[Tok], k: int) -> bool:
    """Return True for "Never better": the answer to "how are you", not "never got better"."""
    after = toks[k + 1] if k + 1 < len(toks) else None
    return (
        toks[k - 1].lemma == "never"
        and all(t.lemma in _FEELING for t in toks[: k - 1])  # it opens the reply
        and (after is None or after.lemma in {".", "!"})
    )
