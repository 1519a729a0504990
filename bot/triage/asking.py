"""Tell a real question or request from a courtesy ("bien y usted?") or a story ("before
the trial, when it was an 8"), with or without a question mark.

Pure helpers over the tokens of bot.triage.tokens; verdict.py calls them.
"""

from __future__ import annotations

import re

from bot.triage import lexicon as lx
from bot.triage.scope import span
from bot.triage.tokens import Tok

_NOT_ASKING = lx.words("all your those these the")
_WANTS = lx.words("want wants wanted wanna")
_ASKING_NEXT = lx.words("can do does should will long much many le me se puedo debo quitan")
_WH = lx.words("when what whats how why cuando cuanto cuanta cuantos donde")
_NEEDS = lx.words("need needs necesito necesita necesitamos")
_NEEDED = lx.words("a an the un una el la new another refill note letter form paper papers")
# After a pause, these open a question without a question mark: "fine. is the hot tub ok yet"
_ASKS_WITH = {
    "is": lx.words("the it that this my there she he"),
    "do": lx.words("i you we"),
    "does": lx.words("it the he she"),
    "am": lx.words("i"),
    "are": lx.words("you there they we"),
}
_FINE_ASKED = lx.words("normal ok okay alright fine safe bad")


# A question back to the clinic out of courtesy asks nothing a nurse must answer.
_COURTESY = re.compile(
    r"(?:how (?:are|r) (?:you|u|y'all|yall)(?: doing| today)?"
    r"|(?:and|y|e) (?:you|u|usted|tu|ustedes)|how about you|what about you"
    r"|(?:y )?(?:como|que tal) (?:esta|estas|estan)(?: usted| ustedes| tu)?"
    r"|(?:y )?(?:usted|ustedes) (?:como|que tal)(?: esta| estan)?)"
)


def _courteous(clause: list[str]) -> bool:
    """Return True when a clause ends with a courtesy: "...bien y usted", "how are you"."""
    return any(
        _COURTESY.fullmatch(" ".join(clause[n:]))
        for n in range(max(len(clause) - 5, 0), len(clause))
    )


_RHETORICAL = tuple(tuple(p.split()) for p in lx.RHETORICAL_QUESTIONS.split("|"))
_HEDGES = lx.words("maybe about like around i think guess prob probably a an or so ish")


_TEASING = (["happy"], ["happy", "now"], ["satisfied"], ["you", "happy"], ["happy", "nurse"])


def _rhetorical(clause: list[str]) -> bool:
    """Return True for a question that asks nothing: "can you believe it?", "did you know my
    granddaughter is getting married?", a hedged score "maybe 4?", a tease "Happy??"."""
    if clause in _TEASING or clause[-3:] == ["is", "this", "real"]:  # "0. ZERO. is this real"
        return True
    for n in range(len(clause)):
        if any(tuple(clause[n : n + len(p)]) == p for p in _RHETORICAL):
            return True
    tail = clause[-4:]
    return (
        bool(tail)
        and tail[-1].isdigit()
        and any(
            w in {"maybe", "about", "like", "around", "guess", "prob", "probably"} for w in tail
        )
        and all(w in _HEDGES or w.isdigit() for w in tail)
    )


def _thanks_passed_on(toks: list[Tok], k: int) -> bool:
    """Return True for "please tell her thank you", "please give them my thanks": courtesy."""
    clause = _clause_from(toks, k)
    return bool(clause) and clause[0] == "please" and any(w.startswith("thank") for w in clause)


def _clause_from(toks: list[Tok], k: int) -> list[str]:
    """Return the surfaces of the clause that starts at token k."""
    clause: list[str] = []
    for t in toks[k:]:
        if t.lemma in lx.CLAUSE_END or t.lemma == ",":
            break
        clause.append(t.surface)
    return clause


def only_courtesy(toks: list[Tok]) -> bool:
    """Return True when every question in the reply is a courtesy: "bien y usted?",
    "Im fine, how are you doing?"."""
    clause: list[str] = []
    asked_any = False
    for t in toks:
        if t.lemma in lx.CLAUSE_END or t.lemma == ",":
            if t.lemma == "?" and clause:
                if not (_courteous(clause) or _rhetorical(clause)):
                    return False
                asked_any = True
            clause = []
            continue
        clause.append(t.surface)
    return asked_any


_NEED = lx.words("need needed necesario falta")


def _same_clause(toks: list[Tok], k: int, n: int = 3) -> list[Tok]:
    """Return the n tokens before k, cut at a clause's end ("No. Also need a note")."""
    return toks[max(k - n, span(toks, k, k, lx.CLAUSE_END)[0]) : k]


def _no_need(toks: list[Tok], k: int) -> bool:
    """Return True for "no need to call back", "don't need a call": a call declined."""
    near = _same_clause(toks, k, 4)  # not "No. Need a call back"
    return any(t.lemma in _NEED for t in near) and any(t.lemma in lx.NEGATORS for t in near)


_SEE_IT = lx.words("vea vean revise revisen cheque chequen mire miren")
_IT, _SO_THAT = lx.words("la lo le las los"), lx.words("pa para mejor")
_PAUSED = lx.CLAUSE_END | lx.words(", so then")
_PAPERS = lx.words("note letter form paper papers refill prescription appointment")
_OPENS_MID = lx.words("can should what which que")
_REPORTED = lx.words("ask asks asked asking told tell said saying says keeps dijo dice")


def _needed_after(toks: list[Tok], k: int) -> list[Tok]:
    """Return the words before "need" whose "no" would deny it: the clause's alone when a
    note or refill follows ("No. Also need a work note"), not "No. Need a nap lol"."""
    paper = any(t.lemma in _PAPERS for t in toks[k + 1 : k + 4])
    return _same_clause(toks, k) if paper else toks[max(k - 3, 0) : k]


def _asked_mid_sentence(toks: list[Tok], k: int) -> bool:
    """Return True for "the brace is too tight can I take it off", "so what happens now",
    "what number do I call at night", "pa que la vea la enfermera": asked without a mark."""
    if toks[k].lemma not in _OPENS_MID or k + 2 >= len(toks):
        return False
    w = [t.lemma for t in toks[k : k + 4]] + [""]
    before = toks[k - 1].lemma if k else "."
    # not told of ("my wife keeps asking can I lift", "dijo que la vea en dos semanas")
    told = any(t.lemma in _REPORTED for t in toks[max(k - 4, 0) : k])
    return (
        (w[0] in {"can", "should"} and w[1] in {"i", "we"} and w[2] in lx.ASKED_TO_DO)
        and not (told or _told_when(toks, k))
        or (w[0] == "what" and w[1] in {"happens", "happen"} and before in _PAUSED)
        # a noun after the question word, not "when I do my stretches"
        or (
            w[0] in {"what", "which"}
            and w[1] not in _ASKED_SUBJECTS
            and w[2] in {"do", "should", "can", "does"}
            and w[3] in _ASKED_SUBJECTS
        )
        # "le mando la foto pa que la vea la enfermera", "mejor que la vean ustedes"
        or (w[0] == "que" and w[1] in _IT and w[2] in _SEE_IT and before in _SO_THAT)
    )


def requests(toks: list[Tok]) -> bool:
    """Return True for a request or question without a question mark: "please call me",
    "wondering when", "doing good, when is my next appt", "is that normal"."""
    for k, t in enumerate(toks):
        after = toks[k + 1].lemma if k + 1 < len(toks) else ""
        before = toks[k - 1].lemma if k else "."
        if (
            # not "ya no necesito", "no to all questions"
            (
                t.lemma in lx.REQUEST_WORDS
                and before not in lx.NEGATORS | _NOT_ASKING
                and not _thanks_passed_on(toks, k)
                # "con el favor de Dios": a blessing
                and not (t.lemma == "favor" and [w.lemma for w in toks[k + 1 : k + 3]] == _OF_GOD)
            )
            or (
                t.lemma == "call"
                and (after in lx.CALL_WHOM or t.surface in _CALL_ME)
                and not _no_need(toks, k)
            )
            or (t.surface == "find" and after == "out")  # "asked me to find out when he can"
            # "👍 but can I take off the bandage now"; "need to change/move my appointment"
            or (t.lemma in {"can", "could"} and before == "but" and after in _ASKED_SUBJECTS)
            or (
                t.lemma == "need"
                and after == "to"
                and before not in lx.NEGATORS | _NOT_ASKING
                and "appointment" in {w.lemma for w in toks[k + 2 : k + 5]}
            )
            or (
                t.lemma in lx.ASKS_AFTER_PAUSE
                and (
                    before in lx.CLAUSE_END | {",", "."}
                    # "fine i gues. also can my nurse from home health call you"
                    or (before == "also" and (k < 2 or toks[k - 2].lemma in lx.CLAUSE_END))
                )
                and after
                and not _told_when(toks, k)
                and not (t.lemma == "could" and after in {"be", "have", "of", "been"})
                # "will advise if anything changes", "can barely see it": told, not asked
                and not (t.lemma == "will" and after in _WILL_TELL)
                and not (t.lemma == "can" and after in _CAN_TELL)
                and not _courteous(_clause_from(toks, k))
                and not _rhetorical(_clause_from(toks, k))
            )
            or (t.lemma in {"that", "this", "it"} and before == "is" and after in _FINE_ASKED)
            # "¿es normal?", not "cansadita pero es normal después de todo esto"
            or (t.lemma == "es" and after in {"normal", "malo"} and before not in _TOLD_AFTER)
            # "Copy all. Is ibuprofen ok", "is tylenol safe"
            or (
                t.lemma == "is"
                and before in lx.CLAUSE_END | {",", "."}
                and toks[k + 2 : k + 3] != []
                and toks[k + 2].lemma in _FINE_ASKED
            )
            # "doing fine when can I drive", "cuándo le quitan los puntos", "what does 0-10 mean"
            or (
                (
                    (
                        t.lemma in _WH
                        and after in _ASKING_NEXT
                        and before not in lx.NEGATORS
                        and not _dont_know_how_long(toks, k)
                    )
                    or (t.lemma in {"what", "whats", "when"} and after in {"is", "the"})
                )
                and not _courteous(_clause_from(toks, k))
            )
            or (t.lemma in {"puede", "pueden", "podria", "podrian"} and before in {"me", "nos"})
            or _asked_mid_sentence(toks, k)
            # "need a work note"; not "didnt even need the recliner"
            or (
                t.lemma in _NEEDS
                and after in _NEEDED
                and before != "who"  # "my husband's the one who needs a nurse"
                and not any(w.lemma in lx.NEGATORS for w in _needed_after(toks, k))
            )
            or (
                t.lemma in _ASKS_WITH
                and (k == 0 or before in lx.CLAUSE_END | {",", "."})
                and after in _ASKS_WITH[t.lemma]
                and not _courteous(_clause_from(toks, k))
                and not _rhetorical(_clause_from(toks, k))
                # "6. is the best i feel in long time": told, not asked
                and not (after == "the" and toks[k + 2 : k + 3] and toks[k + 2].lemma in _BEST)
            )
            # "he wants to know can he go fishing"
            # (not "thought you'd want to know he's fine")
            or (
                t.lemma == "know"
                and before == "to"
                and k >= 2
                and toks[k - 2].lemma in _WANTS
                and not (k >= 3 and toks[k - 3].surface in _YOU)
            )
            # "He ask can he lift his grandbaby", "she asks if she can drive"
            # "Mom asks if she can have a glass of wine" (not a neighbour's joke)
            or (
                t.lemma in _ASKS
                and after in _ASKED_HOW
                # "Dad ask can he eat normal food", "Mom asks if she can drive"
                and (before in _ASKED_SUBJECTS or before in _PATIENT)
            )
        ):
            return True
    return False


_BEST = lx.words("best lowest least first")
_TOLD_AFTER = lx.words("pero but y and que")
_OF_GOD = ["de", "dios"]
_WILL_TELL = lx.words("advise update let keep text report send check do try")
_CAN_TELL = lx.words("finally already now actually also totally")
_CALL_ME = lx.words("llameme llamame llamenme llamenos marqueme")  # "Llámeme mejor"
_YOU = lx.words("you you'd youd u you'll")
_ASKS = lx.words("ask asks pregunta")
# Whom a writer relays a question for: the patient, most often a parent or a spouse.
# or relayed by a child or sibling: "My daughter asks if I need someone at home at night".
_PATIENT = lx.SPOUSES_AND_PARENTS | lx.words(
    "patient daughter son sister brother granddaughter grandson caregiver aide hija hijo"
)
_ASKED_HOW = lx.words("can could if whether should when how si")


def _dont_know_how_long(toks: list[Tok], k: int) -> bool:
    """Return True for the "how long" that ends "lowest in I don't know how long": a saying."""
    return (
        k >= 2
        and toks[k - 1].lemma == "know"
        and toks[k - 2].lemma in lx.NEGATORS | {"dont", "don't", "idk"}
        and k + 2 <= len(toks)
        and toks[k + 1].lemma == "long"
        and (k + 2 == len(toks) or toks[k + 2].lemma in lx.CLAUSE_END | {","})
    )


_PAST_SUBJECTS = lx.words("it i he she we they")
_PAST_VERBS = lx.words("was were had did got came went used")


def _told_when(toks: list[Tok], k: int) -> bool:
    """Return True for a "when" that tells, not asks: "before the trial, when it was an 8"."""
    words = [t.lemma for t in toks[k : k + 3]]
    return (
        len(words) == 3
        and words[0] == "when"
        and words[1] in _PAST_SUBJECTS
        and words[2] in _PAST_VERBS
    )


def is_question(toks: list[Tok]) -> bool:
    """Return True when the reply asks something."""
    words = [t for t in toks if t.kind == "w"]
    lemmas = {t.lemma for t in toks}
    surfaces = {t.surface for t in toks}
    return (
        "?" in lemmas
        or bool(
            words
            and words[0].surface in lx.QUESTION_STARTS
            and len(words) > 1
            # "could be worse", "could have been worse": a saying, not a question
            and not (words[0].surface == "could" and words[1].surface in {"be", "have", "of"})
            # "qué pena", "qué bueno": an exclamation, not a question
            and not (words[0].surface == "que" and words[1].surface in _EXCLAIMED)
            # "Is okay", "is better each day": English without its "it", not a question
            and not (
                words[0].surface == "is"
                and words[1].surface in _WELL_AFTER_IS
                and (len(words) == 2 or words[2].surface not in _ASKS_ON)
            )
        )
        or (
            not _ASKING_VERBS.isdisjoint(surfaces)
            and any(
                # "fine. do i still need the stockings": a later sentence asks, unmarked
                toks[k - 1].lemma in lx.CLAUSE_END
                and t.surface in _ASKING_VERBS
                and toks[k + 1].surface in _ASKED_SUBJECTS
                for k, t in enumerate(toks[:-1])
                if k
            )
        )
        or (
            (
                not (_ASKS_WH.isdisjoint(surfaces) and _WH_IS.isdisjoint(surfaces))
                or "o" in lemmas
                or "or" in lemmas
            )
            and any(
                # "im fine but where do i park", "bien. ¿me puedo subir a la troca o todavía no"
                (
                    toks[k - 1].lemma in _WH_OPENS
                    and (
                        (
                            t.surface in _ASKS_WH
                            and toks[k + 1].surface in _ASKING_VERBS
                            and toks[k + 2 : k + 3] != []
                            and toks[k + 2].surface in _ASKED_SUBJECTS
                        )
                        or (
                            t.surface in _WH_IS and toks[k + 1].surface in _THE_ASKED
                        )  # "What's the"
                    )
                )
                or (t.lemma in {"o", "or"} and [w.lemma for w in toks[k + 1 : k + 3]] in _OR_NOT)
                for k, t in enumerate(toks[:-1])
                if k
            )
        )
    )


_ASKS_WH = lx.words("where when how what why")
_WH_IS = lx.words("whats what's wheres where's hows how's whens when's")
_THE_ASKED = lx.words("the my a your his her")
_WH_OPENS = lx.CLAUSE_END | lx.words("but , so pero")
_OR_NOT = (["todavia", "no"], ["not"], ["no"], ["not", "yet"], ["aun", "no"])
# "qué pena", "qué bueno", and greetings: "qué volá", "qué onda", "qué tal"
_EXCLAIMED = lx.words(
    "pena bueno buena bien rico lindo linda bendicion alegria gusto vola onda tal hubo"
)
_WELL_AFTER_IS = lx.words("ok okay good fine better well alright")
_ASKS_ON = lx.words("if to for that when after before with i we")  # "is ok if I shower"
_ASKING_VERBS = lx.words("do does can could should will may am is are")
_ASKED_SUBJECTS = lx.words("i we you u it my he she they")


def or_is(toks: list[Tok], k: int) -> bool:
    """Return True for "... or is bending over bad" ending a question: asked, not told."""
    lemmas = [t.lemma for t in toks[max(k - 5, 0) : k]]
    return any(lemmas[n : n + 2] == ["or", "is"] for n in range(len(lemmas) - 2)) and (
        k + 1 >= len(toks) or toks[k + 1].lemma in lx.CLAUSE_END
    )
