"""Judge how far a sign's words reach in a reply: denied, easing, asked about, or not the
patient's now (a pet's, a film's, a neighbour's, long past).

Pure helpers over the tokens of bot.triage.tokens; bot.triage calls them per finding.
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.answered import nah_to_each
from bot.triage.tokens import Tok
from bot.triage.upright import past_denied_upright

SIGN_WORDS = frozenset(lx.SIGN_LEMMAS.values()) - {"problem"}


# Signs a negation reaches through in a list: "no nausea or vomiting".
LISTED_SIGNS = SIGN_WORDS | {
    lemma for lemma, (_s, level, negatable) in lx.SINGLES.items() if negatable and level != "ok"
}


BOUNDARY = lx.CLAUSE_END | lx.CONTRAST


NEG_CUE = lx.NEGATORS | {"wont", "cant", "isnt", "dont", "havent"}


_OK_FILLER = lx.OK_FILLER


STOPPED = frozenset({"stop", "quit", "dejo", "dejaron"})


_CLAUSE_SUBJECT = frozenset(
    {"there", "here", "it", "its", "it's", "that", "who", "which", "is", "are", "was", "were"}
)


def _participle(toks: list[Tok], k: int) -> bool:
    """Return True when token k is a Spanish past participle ("tenido", "desmayado")."""
    return k < len(toks) and (
        toks[k].surface in _PERFECT or toks[k].surface.endswith(("ado", "ido", "ada", "ida"))
    )


_SUBJECTS = lx.words("he she i it they we his her my im i'm hes shes he's she's")


_PERFECT = frozenset({"tenido", "sentido", "notado", "visto", "presentado"})  # "no he tenido"


_TEST_RESULT = lx.words("negative neg negativo negativa")
_TESTS = lx.words("test tests testing covid flu strep result results prueba pruebas pcr came back")
_EASED_PARTICIPLES = lx.words(
    "bajado quitado pasado mejorado calmado controlado cortado ido desaparecido parado cedido "
    "aliviado secado cerrado disminuido"
)
_HABER = frozenset({"he", "e", "ha", "a", "han", "hemos"})


SUBCLAUSE_END = lx.CLAUSE_END | lx.CONTRAST | {","}
PART_END = lx.CLAUSE_END | {","}  # a part of a sentence: "10 today, is that the worst?"


def span(toks: list[Tok], i: int, j: int, ends: frozenset[str]) -> tuple[int, int]:
    """Return the span around tokens i..j-1 bounded by the nearest tokens in ``ends``."""
    a = i
    while a > 0 and toks[a - 1].lemma not in ends:
        a -= 1
    b = j
    while b < len(toks) and toks[b].lemma not in ends:
        b += 1
    return a, b


def negated_before(toks: list[Tok], i: int, sign: bool, across_comma: bool = True) -> bool:
    """Return True when a negator before token i reaches it ("no fever or swelling")."""
    if sign and _denied_in_a_list(toks, i):
        return True
    if _until(toks, i):
        return False  # "didnt notice the redness until today": there now
    k = past_denied_upright(toks, i)  # "no upright headache": the check-in's words, denied
    crossed = False
    while k >= 0:
        lemma = toks[k].lemma
        if lemma in lx.NONE_WORDS and _only(toks, k + 1):
            return False  # "nada mas que me duele la cabeza": nothing but a headache
        if lemma in _TEST_RESULT and any(t.lemma in _TESTS for t in toks[max(k - 4, 0) : k]):
            return False  # "covid test came back negative, fever and chills still"
        if lemma in lx.NEGATORS or lemma in lx.NONE_WORDS:
            # "no he is blue", "no I can't breathe": the "no" answers the check-in
            return not (
                lemma == "no"
                and toks[k + 1].surface in _SUBJECTS
                and not _participle(toks, k + 2)  # "no he tenido fiebre" is Spanish
            )
        if crossed and lemma in _CLAUSE_SUBJECT:
            # "people who aren't there and burning up": that "not" closed its own clause.
            return False
        if (
            lemma == "know"
            and toks[k + 1].lemma in SIGN_WORDS
            and (k == 0 or toks[k - 1].lemma not in lx.KNOW_SUBJECTS)
        ):
            return True
        if lemma in lx.AND_JOIN and not (lemma == "e" and toks[k + 1].surface in _PERFECT):
            after = toks[k + 1].lemma
            if after not in SIGN_WORDS and after not in lx.NEGATORS:
                return False
            crossed = True
        elif lemma == ",":
            # A comma carries the negation only through a bare list: "no fever, redness or
            # swelling" — not "no fever, red around the pump", and never to an emergency
            # ("no fever, fainted").
            if (
                not sign
                or not across_comma
                or not _bare_list(toks, k + 1, i)
                or not _bare_tail(toks, i + 1)
                or not (_or_list(toks, k + 1) or _charted(toks, k))
            ):
                return False
        elif lemma in _HABER and _participle(toks, k + 1):
            pass  # "no he tenido fiebre"; but "no, he fainted" is English "he"
        elif (
            k > 0
            and toks[k - 1].lemma in _HABER
            and _participle(toks, k)
            and toks[k].surface not in _EASED_PARTICIPLES
        ):
            pass  # "no le ha dado fiebre"; not "no le ha bajado la fiebre" (it has not gone)
        elif (lemma == "to" and k and toks[k - 1].lemma == "no") or lemma in {"♂", "♀"}:
            pass  # "no to fever, no to redness"; "🙅‍♂️🤒"
        elif lemma == "anything" and k == i - 1 and toks[i].lemma in SIGN_WORDS:
            pass  # "no fever or anything red"; not "no fever or anything my chest hurts"
        elif (
            lemma not in lx.NEGATION_SCOPE
            and lemma not in LISTED_SIGNS
            and lemma not in lx.LIST_JOIN
        ):
            return False
        k -= 1
    return False


_UNTIL = lx.words("until till til untill")
_HASTA_WHEN = lx.words("hoy ayer anoche esta este ahora ahorita")  # "hasta" is also "even"


def _until(toks: list[Tok], i: int) -> bool:
    """Return True for the "until" after sign i, in its sentence: "no swelling till this
    morning" says it is there now."""
    for k in range(i + 1, min(i + 6, len(toks))):
        if toks[k].lemma in lx.CLAUSE_END:
            return False
        if toks[k].lemma in _UNTIL or (
            toks[k].lemma == "hasta" and toks[k + 1 : k + 2] and toks[k + 1].lemma in _HASTA_WHEN
        ):
            return True
    return False


_DENIES = lx.words("denies deny denied negative")


def _denied_in_a_list(toks: list[Tok], i: int) -> bool:
    """Return True for a sign in a charted list: "Denies fever, chills, redness"."""
    k = i - 1
    while k >= 0 and (
        toks[k].lemma in SIGN_WORDS
        or toks[k].lemma in {",", "or", "and", "o", "y", "ni", "for"}
        or toks[k].lemma in LISTED_SIGNS
    ):
        k -= 1
    return k >= 0 and k < i - 1 and toks[k].surface in _DENIES


def _only(toks: list[Tok], k: int) -> bool:
    """Return True when tokens from k say "but" or "más que": "nothing but", "nada más que"."""
    after = [t.lemma for t in toks[k : k + 2]]
    return bool(after) and (after[0] in {"but", "except"} or after == ["mas", "que"])


def ok_negated(toks: list[Tok], i: int) -> bool:
    """Return True for "not good", "no me siento bien": a negator right before reassurance."""
    for k in range(i - 1, max(i - 4, -1), -1):
        lemma = toks[k].lemma
        if lemma in lx.NEGATORS:
            if toks[i].lemma == "perfect" or (lemma in {"zero", "cero"} and toks[i].kind == "e"):
                return False  # "not perfect but better each day"; "zero 😊" is a score
            # "no im good", "no all good", "No really I'm fine": an answer, then good news
            # (English only has "not" for "not good"); "No 🙏" thanks, "not 👍" is "not good"
            nxt = toks[k + 2] if toks[k + 1].surface == "really" else toks[k + 1]
            return not (
                lemma in _PLAIN_NO and (nxt.surface in lx.AFTER_ANSWER_NO or toks[i].kind == "e")
            ) and not _not_awful_either(toks, i)
        if lemma not in _OK_FILLER and lemma not in _ARTICLES:
            return False
    return False


_ARTICLES = lx.words("a an un una real really")  # "not a good day", "not real good"
_PLAIN_NO = lx.words("no negative negativo")  # "Negative 👍": an answer, then a thumbs up
_AWFUL = lx.words("terrible bad awful horrible")


def _not_awful_either(toks: list[Tok], k: int) -> bool:
    """Return True for "not great, not terrible": so-so (lexicon's SO_SO), not unwell."""
    after = [t.lemma for t in toks[k + 1 : k + 5] if t.lemma not in {",", "but", "pero"}]
    return after[:1] == ["not"] and len(after) > 1 and after[1] in _AWFUL


def _bare_list(toks: list[Tok], a: int, b: int) -> bool:
    """Return True when tokens a..b-1 are only signs and list words."""
    return all(
        t.lemma in SIGN_WORDS
        or t.lemma == ","
        or t.lemma in lx.LIST_JOIN
        or t.lemma in lx.AND_JOIN
        or t.lemma in lx.NEGATORS
        for t in toks[a:b]
    )


def _charted(toks: list[Tok], k: int) -> bool:
    """Return True for a chart-style denial before token k: "Neg for HA, fever, leak",
    "denies fever, chills" deny the whole list."""
    for t in reversed(toks[max(k - 12, 0) : k]):
        if t.lemma in lx.CLAUSE_END or t.lemma in lx.CONTRAST:
            return False
        if t.surface in _CHART_DENIALS:
            return True
    return False


_CHART_DENIALS = lx.words("neg negative denies deny")


def _or_list(toks: list[Tok], a: int) -> bool:
    """Return True when the list from token a on is joined by "or"/"ni": "no fever, redness or
    swelling" denies all three; "no redness, swelling" and "sin fiebre, hinchado y rojo" do
    not."""
    for t in toks[a:]:
        if t.lemma in lx.CLAUSE_END or t.lemma in lx.CONTRAST:
            return False
        if t.lemma in lx.LIST_JOIN:
            return True
    return False


def _bare_tail(toks: list[Tok], a: int) -> bool:
    """Return True when the clause from token a on holds only signs and list words."""
    for t in toks[a:]:
        if t.lemma in BOUNDARY or t.lemma == ",":
            return True
        if not (
            t.lemma in SIGN_WORDS
            or t.lemma in lx.LIST_JOIN
            or t.lemma in lx.AND_JOIN
            or t.lemma in lx.NEGATORS
        ):
            return False
    return True


_CROSSED = frozenset({"❌", "🚫", "✖", "✖️"})


def negated_after(toks: list[Tok], j: int, start: int | None = None) -> bool:
    """Return True for an answer after the sign: "fever: no", "fiebre no tengo". A "yes" in
    the sign's own words (from ``start``, when given) or just after them affirms it."""
    if start is not None and any(t.lemma in lx.ANSWER_YES for t in toks[start:j]):
        return False  # "headache stand up yes lying no": a yes inside the sign's words
    for t in toks[j : j + 4]:
        if t.lemma in lx.ANSWER_YES:
            return False  # "headache stand up yes lying no": affirmed before any "no"
        if t.lemma in lx.NEGATORS or t.lemma in lx.CLAUSE_END or t.lemma == ",":
            break  # "fever no, headache yes"
    if _list_denied_after(toks, j):
        return True
    k = j
    answered = False  # "fever: no", "fiebre? no": a question-and-answer list
    while k < len(toks) and toks[k].lemma in {":", "-", "?", ","}:
        answered = answered or toks[k].lemma != ","
        k += 1
    if k < len(toks) and toks[k].lemma in _CROSSED and toks[j - 1].kind == "e":
        return True  # "🤒❌": the emoji's answer
    if j < len(toks) and toks[j].lemma == "free" and j == k:
        return True  # "headache free"
    if k < len(toks) and toks[k].lemma in _IS and k + 1 < len(toks) and toks[k + 1].lemma == "no":
        k += 1  # "headache is no": a plain answer in a second language
    plain = k < len(toks) and toks[k].lemma in _NO_AFTER and toks[k].lemma != "nil"
    if k < len(toks) and toks[k].lemma in _ALSO and k + 1 < len(toks) and toks[k + 1].lemma == "no":
        k += 1  # "Swelling also no. Fever also no."
    if k >= len(toks) or toks[k].lemma not in _NO_AFTER:
        return answered and nah_to_each(toks, k, SIGN_WORDS)  # "chills? nah. fever? nah"
    if not plain and any(t.lemma in lx.POSTURE for t in toks):
        return False  # "Headache also no... only when I stand up"
    k += 1
    while k < len(toks) and toks[k].lemma in {"tengo", "tiene", "hay", "have"}:
        k += 1
    return (
        k >= len(toks)
        or toks[k].lemma in BOUNDARY
        or toks[k].lemma == ","
        # "fever: no swelling: no" lists answers; in "swelling, no fever" the "no" is fever's
        or (answered and toks[k].lemma in SIGN_WORDS)
        # "headache none fever none leak none": each sign with its answer
        or _answered_list(toks, j, k)
    )


def _answered_list(toks: list[Tok], j: int, k: int) -> bool:
    """Return True when the sign ending at token j opens a list of signs each answered "no"
    to the end of the reply: "headache none fever none leak none", "pain 2 fever no redness
    no"; not "chills no headache no leak" (the last sign unanswered), "fever no swelling yes",
    "I got chills no headache no leaking"."""
    if j >= 2 and toks[j - 2].kind not in {"p", "n"}:
        return False  # "I got chills no ...": the first sign is told, not answered
    while k < len(toks):
        if not (
            toks[k].lemma in SIGN_WORDS
            and k + 1 < len(toks)
            and toks[k + 1].lemma in _NO_AFTER
            and toks[k + 1].lemma != "nil"
        ):
            return False
        k += 2
        if k < len(toks) and toks[k].lemma in BOUNDARY:
            k += 1
    return True


_IS = frozenset({"is", "was", "es"})
_ALSO = frozenset({"also", "too", "tambien"})
_NO_AFTER = lx.words("no none nope nada negative tampoco nil")
_LIST_GLUE = lx.CLAUSE_END | lx.LIST_JOIN | lx.AND_JOIN | lx.SEVERE | lx.MILD | {",", ":", "etc"}
_BEFORE_NONE = lx.words("and but i i've ive have had got so yet well we dont")
_NONE_OF = lx.words("those them these that em above")
_NONE_OF_THEM = lx.words("none neither nothing nada ninguno ninguna")
_FROM = lx.words("from of on in de")
_THE_LIST = lx.words("list paper leaflet sheet lista papel hoja")
_END_OR_THANKS = lx.CLAUSE_END | lx.words("thank thanks gracias praise bless amen lol")


def _list_denied_after(toks: list[Tok], j: int) -> bool:
    """Return True when a list of signs ends in a denial of all of them: "fever, chills,
    redness - none of those", "fever, chills, wound drainage... and I have none of them"."""
    signs = 1
    k = j - 2
    while k >= 0 and k > j - 16:
        lemma = toks[k].lemma
        if lemma in LISTED_SIGNS:
            signs += 1
        elif not (lemma in _LIST_GLUE or lemma in lx.BODY_WORDS) or lemma in lx.CLAUSE_END:
            break
        k -= 1
    k = j
    while k < len(toks) and k < j + 16:
        lemma = toks[k].lemma
        if lemma in LISTED_SIGNS:
            signs += 1
        elif not (lemma in _LIST_GLUE or lemma in lx.BODY_WORDS):
            break
        k += 1
    if signs < 2:
        return False
    # "… the whole list, dont have a one of em" (not a bare "one": a thermometer): no more
    whole = [t.lemma for t in toks[k : k + 3]] == ["the", "whole", "list"]
    k += (3 + (k + 3 < len(toks) and toks[k + 3].lemma == ",")) if whole else 0
    end = k + 4
    while k < len(toks) and k < end and toks[k].lemma in _BEFORE_NONE:
        k += 1
    have = [t.lemma for t in toks[max(k - 2, 0) : k]] == ["dont", "have"]  # "… have any"
    k += (a_one := [t.surface for t in toks[k : k + 3]] == ["a", "one", "of"])
    if (whole or a_one) and k + 3 < len(toks) and toks[k + 3].lemma not in _END_OR_THANKS:
        return False
    if k >= len(toks) or not (
        toks[k].surface in _NONE_OF_THEM or ((toks[k].surface == "any" or a_one) and have)
    ):
        return False
    k += 1
    if k >= len(toks) or toks[k].lemma in lx.CLAUSE_END or toks[k].lemma == ",":
        return True
    nxt = [t.surface for t in toks[k + 1 : k + 3]]
    if toks[k].surface in _FROM and len(nxt) == 2 and nxt[1] in _THE_LIST:
        return True  # "I have nothing from this list"
    return toks[k].lemma == "of" and bool(nxt) and (nxt[0] in _NONE_OF or nxt == ["the", "above"])


def clause_is_question(toks: list[Tok], j: int) -> bool:
    """Return True when the clause holding token j-1 ends with a question mark."""
    for t in toks[j:]:
        if t.lemma in lx.CLAUSE_END:
            return t.lemma == "?"
    return False
