"""Judge how far a sign's words reach in a reply: denied, easing, asked about, or not the
patient's now (a pet's, a film's, a neighbour's, long past).

Pure helpers over the tokens of bot.triage.tokens; bot.triage calls them per finding.
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.tokens import Tok

SIGN_WORDS = frozenset(lx.SIGN_LEMMAS.values()) - {"problem"}


# Signs a negation reaches through in a list: "no nausea or vomiting".
LISTED_SIGNS = SIGN_WORDS | {
    lemma for lemma, (_s, level, negatable) in lx.SINGLES.items() if negatable and level != "ok"
}


BOUNDARY = lx.CLAUSE_END | lx.CONTRAST


NEG_CUE = lx.NEGATORS | {"wont", "cant", "isnt", "dont", "havent"}


_OK_FILLER = lx.OK_FILLER


STOPPED = frozenset({"stop", "quit", "dejo", "dejaron"})


_STOPPED_AFTER = frozenset({"stop", "paro", "detuvo", "ceso", "quito"})  # "el sangrado paro"


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


_HABER = frozenset({"he", "e", "ha", "a", "han", "hemos"})


SUBCLAUSE_END = lx.CLAUSE_END | lx.CONTRAST | {","}


def negated_before(toks: list[Tok], i: int, sign: bool, across_comma: bool = True) -> bool:
    """Return True when a negator before token i reaches it ("no fever or swelling")."""
    if sign and _denied_in_a_list(toks, i):
        return True
    k = i - 1
    crossed = False
    while k >= 0:
        lemma = toks[k].lemma
        if lemma in lx.NONE_WORDS and _only(toks, k + 1):
            return False  # "nada mas que me duele la cabeza": nothing but a headache
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
                or not _or_list(toks, k + 1)
            ):
                return False
        elif lemma in _HABER and _participle(toks, k + 1):
            pass  # "no he tenido fiebre"; but "no, he fainted" is English "he"
        elif (
            lemma not in lx.NEGATION_SCOPE
            and lemma not in LISTED_SIGNS
            and lemma not in lx.LIST_JOIN
        ):
            return False
        k -= 1
    return False


_DENIES = lx.words("denies deny denied negative")


def _came_back(toks: list[Tok], j: int) -> bool:
    """Return True when the sentence after token j says the sign returned ("volvió")."""
    for k in range(j, min(j + 14, len(toks))):
        t = toks[k]
        if t.lemma in lx.CLAUSE_END:
            return False
        after = toks[k + 1].lemma if k + 1 < len(toks) else ""
        if t.lemma in lx.CAME_BACK or (t.lemma, after) in lx.CAME_BACK_PAIRS:
            return True
    return False


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


def _stands_up(toks: list[Tok], k: int) -> bool:
    """Return True for "cuando me paro": I stand up, not "it stopped"."""
    return toks[k].lemma == "paro" and k > 0 and toks[k - 1].lemma in {"me", "te"}


def _only(toks: list[Tok], k: int) -> bool:
    """Return True when tokens from k say "but" or "más que": "nothing but", "nada más que"."""
    after = [t.lemma for t in toks[k : k + 2]]
    return bool(after) and (after[0] in {"but", "except"} or after == ["mas", "que"])


def ok_negated(toks: list[Tok], i: int) -> bool:
    """Return True for "not good", "no me siento bien": a negator right before reassurance."""
    for k in range(i - 1, max(i - 4, -1), -1):
        lemma = toks[k].lemma
        if lemma in lx.NEGATORS:
            # "no im good", "no all good": an answer, then good news (English only has
            # "not" for "not good")
            # "No 🙏": an answer and a thank-you; "not 👍" is "not good"
            return not (
                lemma == "no" and (toks[k + 1].surface in lx.AFTER_ANSWER_NO or toks[i].kind == "e")
            )
        if lemma not in _OK_FILLER:
            return False
    return False


def _bare_list(toks: list[Tok], a: int, b: int) -> bool:
    """Return True when tokens a..b-1 are only signs and list words."""
    return all(
        t.lemma in SIGN_WORDS
        or t.lemma in lx.LIST_JOIN
        or t.lemma in lx.AND_JOIN
        or t.lemma in lx.NEGATORS
        for t in toks[a:b]
    )


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


def negated_after(toks: list[Tok], j: int) -> bool:
    """Return True for an answer after the sign: "fever: no", "fiebre no tengo"."""
    k = j
    answered = False  # "fever: no", "fiebre? no": a question-and-answer list
    while k < len(toks) and toks[k].lemma in {":", "-", "?", ","}:
        answered = answered or toks[k].lemma != ","
        k += 1
    if k >= len(toks) or toks[k].lemma not in {"no", "none", "nope", "nada", "negative", "tampoco"}:
        return False
    k += 1
    while k < len(toks) and toks[k].lemma in {"tengo", "tiene", "hay", "have"}:
        k += 1
    return (
        k >= len(toks)
        or toks[k].lemma in BOUNDARY
        or toks[k].lemma == ","
        # "fever: no swelling: no" lists answers; in "swelling, no fever" the "no" is fever's
        or (answered and toks[k].lemma in SIGN_WORDS)
    )


def clause_is_question(toks: list[Tok], j: int) -> bool:
    """Return True when the clause holding token j-1 ends with a question mark."""
    for t in toks[j:]:
        if t.lemma in lx.CLAUSE_END:
            return t.lemma == "?"
    return False


def improved(toks: list[Tok], i: int, j: int) -> bool:
    """Return True when the words around a sign say it is easing ("redness is gone")."""
    asked = clause_is_question(toks, j)
    if any(t.lemma in _STILL for t in toks[j : j + 2]):
        return False  # "lo hinchado sigue igual", "the swelling is still there"
    if _came_back(toks, j):
        return False  # "the drainage stopped but started again"
    for k in range(j, min(j + 9, len(toks))):
        lemma = toks[k].lemma
        if lemma == "," and k + 1 < len(toks) and not _eases_at(toks, k + 1):
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
        if lemma in BOUNDARY:
            if lemma in lx.CONTRAST and not asked and _passed_after(toks, k + 1):
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
        if lemma == "bien" and is_intensifier(toks, k):
            break
        eased = (
            lemma in lx.BETTER
            or (lemma in _STOPPED_AFTER and not _stands_up(toks, k))
            or (lemma in {"fue", "fueron"} and toks[k - 1].lemma in {"se", "me", "le"})
            or (lemma == "down" and toks[k - 1].lemma in lx.DOWN_VERBS)
        )
        if (
            (eased or (lemma in lx.OK_AFTER and not asked and not _asked_if_ok(toks, k)))
            and toks[k - 1].lemma not in NEG_CUE
            # "the pain isn't getting any better"
            and not any(t.lemma in NEG_CUE for t in toks[max(k - 3, j) : k])
        ):
            return True
    for k in range(i - 1, max(i - 7, -1), -1):
        lemma = toks[k].lemma
        if lemma in BOUNDARY or lemma in _THEN:
            break  # "the bleeding stopped, fever started", "got better then fever"
        if k < i - 3 and not all(t.lemma in _GLUE_OR_SIGN for t in toks[k + 1 : i]):
            break
        if lemma in lx.BETTER and lemma not in {"gone", "away"}:
            return True
        if lemma in STOPPED and (k == 0 or toks[k - 1].lemma not in NEG_CUE) and not asked:
            return True
        if k < i - 2 and not all(t.lemma in _GLUE_OR_SIGN for t in toks[k:i]):
            break  # only a list reaches further back: "ya se le quito lo rojo y lo hinchado"
    return False


_THEN = frozenset({",", "then", "luego", "despues", "after", "and then", "pero"})


_YA_NO_BEFORE = BOUNDARY | {",", "hay", "esta", "tengo", "tiene", "se", "veo", "sale", "salen"}


_STILL = frozenset({"sigue", "siguen", "still", "todavia", "aun", "continua", "continues"})


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


def _passed_after(toks: list[Tok], a: int) -> bool:
    """Return True for "... but not anymore", "pero ya no", "but it's gone now" after a sign."""
    words: list[str] = []
    for t in toks[a:]:
        if t.lemma in lx.CLAUSE_END or t.lemma == ",":
            break
        words.append(t.lemma)
    if (
        not words
        or len(words) > 5
        or any(
            w not in lx.PASSED_AFTER_BUT
            and w not in lx.BETTER
            and w not in lx.GETTING_BETTER
            and w not in {"been", "since", "desde", "normal", "fine", "ok"}
            for w in words
        )
    ):
        return False
    said = set(words)
    if (
        said & {"it", "its", "it's"}
        and said & {"since", "now", "desde", "ahora"}
        and said
        & {
            "normal",
            "fine",
            "ok",
        }
    ):
        return True  # "a low fever on Monday but it's been normal since"
    if (
        said & {"better", "mejor", "improving", "mejorando", "healing"}
        and said <= lx.GETTING_BETTER
    ):
        return True  # "sore but getting better", "pero ya va mejorando"
    return bool(said & {"gone", "away", "quito", "quitaron", "quitado", "paso"}) or (
        bool(said & {"not", "no"}) and bool(said & {"anymore", "more", "longer", "ya", "mas"})
    )


def _asked_if_ok(toks: list[Tok], k: int) -> bool:
    """Return True for "is that ok", "es normal", "esta bien?": asking, not reassuring."""
    return k > 0 and toks[k - 1].lemma in {"that", "this", "it", "thats", "its", "eso", "esto"}


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


def language_of(text: str, toks: list[Tok]) -> str:
    """Guess "es" or "en" from distinctive words; English wins a tie."""
    es = sum(t.surface in lx.SPANISH for t in toks)
    en = sum(t.surface in lx.ENGLISH for t in toks)
    if any(c in text for c in "ñÑ¿¡áéíóúÁÉÍÓÚ"):
        es += 2
    return "es" if es > en else "en"


def is_question(toks: list[Tok]) -> bool:
    """Return True when the reply asks something."""
    words = [t for t in toks if t.kind == "w"]
    return any(t.lemma == "?" for t in toks) or bool(
        words and words[0].surface in lx.QUESTION_STARTS and len(words) > 1
    )
