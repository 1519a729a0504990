"""Read a reply as an answer: "no", "sí, un poco" or a bare score to the check-in's
questions, and tell a real question or request from a courtesy ("bien y usted?").

Pure helpers over the tokens of bot.triage.tokens; verdict.py calls them.
"""

from __future__ import annotations

import re

from bot.triage import lexicon as lx
from bot.triage.reading import Reading
from bot.triage.tokens import Tok

_NOT_ASKING = lx.words("all your those these the")
_WANTS = lx.words("want wants wanted wanna")
_ASKING_NEXT = lx.words("can do does should will long much many le me se puedo debo quitan")
_WH = lx.words("when what whats how why cuando cuanto cuanta cuantos donde")
_NEEDS = lx.words("need needs necesito necesita necesitamos")
_NEEDED = lx.words("a an the un una el la new another refill note letter form")
_JUST = lx.words("just only solo nomas maybe")  # "just a mite"
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


_RHETORICAL = tuple(
    tuple(p.split())
    for p in (
        "can you believe",
        "can u believe",
        "could you believe",
        "would you believe",
        "can you imagine",
        "did you know",
        "guess what",
        "who knew",
        "who would have thought",
        "isn't that",
        "isnt that",
        "ain't that",
        "how about that",
        "how cool is that",
        "how about them",
        "what do you know",
    )
)
_HEDGES = lx.words("maybe about like around i think guess prob probably a an or so ish")


def _rhetorical(clause: list[str]) -> bool:
    """Return True for a question that asks nothing: "can you believe it?", "did you know my
    granddaughter is getting married?", a hedged score "maybe 4?"."""
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


def answered_itself(text: str, toks: list[Tok]) -> bool:
    """Return True for "fever? no. redness? no." and "me? doing great": every question mark
    is answered at once by the writer ("¿" opens a question; it answers nothing)."""
    marks = [k for k, t in enumerate(toks) if t.lemma == "?" and text[t.start] != "¿"]
    return bool(marks) and all(
        k + 1 < len(toks)
        and (
            toks[k + 1].lemma in lx.ANSWER_NO | lx.ANSWER_YES | lx.OK_WORDS | lx.SELF_ANSWERS
            or (k and toks[k - 1].lemma in {"me", "yo", "mine", "myself"})
        )
        for k in marks
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
            )
            or (t.lemma == "call" and after in lx.CALL_WHOM)
            or (
                t.lemma in lx.ASKS_AFTER_PAUSE
                and before in lx.CLAUSE_END | {",", "."}
                and after
                and not _told_when(toks, k)
                and not _courteous(_clause_from(toks, k))
                and not _rhetorical(_clause_from(toks, k))
            )
            or (t.lemma in {"that", "this", "it"} and before == "is" and after in _FINE_ASKED)
            or (t.lemma == "es" and after in {"normal", "malo"})
            # "doing fine when can I drive", "cuándo le quitan los puntos", "what does 0-10 mean"
            or (
                (
                    (t.lemma in _WH and after in _ASKING_NEXT)
                    or (t.lemma in {"what", "whats", "when"} and after in {"is", "the"})
                )
                and not _courteous(_clause_from(toks, k))
            )
            or (t.lemma in {"puede", "pueden", "podria", "podrian"} and before in {"me", "nos"})
            or (t.lemma in _NEEDS and after in _NEEDED)  # "need a work note"
            # "he wants to know can he go fishing"
            or (t.lemma == "know" and before == "to" and k >= 2 and toks[k - 2].lemma in _WANTS)
        ):
            return True
    return False


def _content(toks: list[Tok]) -> list[int]:
    """Return the positions of the words, numbers and emoji of a reply."""
    return [k for k, t in enumerate(toks) if t.kind != "p"]


def read_answer(reading: Reading, answering: str | None) -> str:
    """Return "no" or "yes" when the reply opens with a plain answer to the symptom question.

    "No", "nope", "nada", "none of those", "no to all" deny every sign asked about; "yes",
    "sí", "a little", "un poco", "yes a little" admit one. "Yes, all good" is a greeting's
    yes and counts as neither; "no, I can't breathe" is for the rules, which read on.
    """
    if answering is None:
        return ""
    toks = reading.toks
    content = _content(toks)
    if not content:
        return ""
    if len(content) == 1 and toks[content[0]].surface in _LETTER_ANSWERS:
        reading.used.add(content[0])
        return _LETTER_ANSWERS[toks[content[0]].surface]  # "Y", "N"
    start = _reported(toks, content)
    if start:
        reading.used.update(content[:start])  # "He says tell em no", "Ellen dice que no"
        content = content[start:]
    said_no = _NO_OPENING.match(" ".join(toks[k].lemma for k in content[:6]))
    if said_no:
        size = len(said_no.group(0).split())
        reading.used.update(content[:size])  # "not a bit", "I reckon not", "dont think so"
        return "no"
    first = toks[content[0]].lemma
    second = toks[content[1]].lemma if len(content) > 1 else ""
    if (first, second) in lx.ANSWER_NO_PAIRS:
        reading.used.update(content[:2])
        return "no"  # "not really", "not at all", "para nada"
    if first in lx.ANSWER_NO:
        nxt = toks[content[1]].lemma if len(content) > 1 else ""
        if nxt in lx.MORE or nxt in lx.BETTER:
            return ""  # "no better", "no more pain" are read by the rules
        reading.used.add(content[0])
        rest = [k for k in content[1:] if toks[k].surface not in lx.POLITE]
        again = _NO_OPENING.match(" ".join(toks[k].lemma for k in rest[:6]))
        if again:
            reading.used.update(rest[: len(again.group(0).split())])  # "no sir, not a lick"
        return "no"
    degree = _degree_at(toks, content, 1 if first in lx.ANSWER_YES | _JUST else 0)
    if first not in lx.ANSWER_YES and degree is None:
        return ""
    rest = content[1:] if degree is None else content[degree:]
    if rest and _says_well(toks, rest):
        return ""  # "yes, all good", "sí, todo bien", "poco a poco mejorando"
    if degree is not None and rest and toks[rest[0]].lemma in _NOT_A_SIGN_ASKED:
        return ""  # "a bit less than yesterday", "un poco tiesa": for the rules to read
    reading.used.update(content[: len(content) - len(rest)])
    return "yes"


# After "a little", words that say it is not a sign the check-in asked about.
_NOT_A_SIGN_ASKED = (
    lx.words(
        "less menos stiff tiesa tieso tiesos stiffness sore tired cansado cansada sleepy itchy a"
    )
    | lx.BETTER
)
# A reply of one letter answers the question: "Y", "N".
_LETTER_ANSWERS = {"y": "yes", "n": "no"}
# Plain "no"s in other words, at the start of a reply (lemmas joined by spaces).
_NO_OPENING = re.compile(
    r"(?:(?:well|um|uh|oh) )?(?:not (?:a|one) (?:bit|lick|thing|speck|sign|trace|one)"
    r"|(?:i )?(?:reckon|guess|suppose|think) not|(?:i )?(?:dont|do not) think so(?: no)?"
    r"|not even (?:a )?(?:little|lil|bit|lick|one)|nada de nada|none (?:fr|tbh|really|honestly)"
    r"|not that i (?:can tell|know of|know|noticed|can see|have noticed|ive noticed)"
    r"|no to (?:all|everything|any|both)(?: (?:four|three|two|of them|of those|questions))?"
    r"|(?:none|nothing|nada|no) (?:whatsoever|at all|of the sort|of that sort|de nada)"
    r"|thankfully (?:no|not|none)|negativo todo|todo negativo|denies all|denies everything"
    r"|(?:the )?answer is no(?: on every count| to all| to everything)?)"
    r"(?= |$)"
)
_SAYS = lx.words("says said say dice dijo dicen")
# Between "says" and the answer it passes on: "he says tell em no", "dice que no".
_PASSING_ON = lx.words("to tell em them you y'all yall ya dile digale diles que decirles")


def _reported(toks: list[Tok], content: list[int]) -> int:
    """Return where a passed-on answer starts ("Mom says no", "Ellen dice dile que no"), or 0."""
    for n, k in enumerate(content[:5]):
        if toks[k].lemma in _SAYS or toks[k].surface in _SAYS:
            m = n + 1
            while m < len(content) and toks[content[m]].surface in _PASSING_ON:
                m += 1
            if m < len(content) and (
                toks[content[m]].lemma in lx.ANSWER_NO or toks[content[m]].lemma in lx.ANSWER_YES
            ):
                return m
            return 0
    return 0


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


def _degree_at(toks: list[Tok], content: list[int], n: int) -> int | None:
    """Return the index in content just past "a little", "un poco", "some" starting at n."""
    words = [toks[k].lemma for k in content[n : n + 3]]
    for phrase in lx.ANSWER_SOME:
        size = len(phrase)
        if tuple(words[:size]) == phrase:
            return n + size
    return None


def _says_well(toks: list[Tok], rest: list[int]) -> bool:
    """Return True when the words after a bare "yes" only say things are fine."""
    lemmas = [toks[k].lemma for k in rest]
    return any(w in lx.OK_WORDS or w in lx.BETTER for w in lemmas) and not any(
        w in lx.CONTRAST or w in lx.MORE or w in lx.WORSE for w in lemmas
    )


def score_answer(reading: Reading, answering: str, told_as_change: bool) -> None:
    """Read a bare number ("4", "6/10", "siete", "3 at rest, 5 walking") as the pain score.

    To the trial's "your pain today 0-10?" any 0-10 number is a score; to the other
    check-ins only a reply that opens with one. A reply that tells a change ("was 4 now 8",
    "6 (was 4 yesterday)") is left to the rules first, which read the change; this reads it
    afterwards (told_as_change) only when they found no score.
    """
    toks = reading.toks
    content = _content(toks)
    if not content:
        return
    opens = content[0]
    changed = lx.SCORE_PAST | lx.SCORE_UP | lx.SCORE_DOWN | {"now", "ahora"}
    if not told_as_change and any(
        toks[k].lemma in changed and toks[k].lemma != "de" for k in content
    ):
        return
    for n, k in enumerate(content):
        t = toks[k]
        if k in reading.used:
            continue
        if t.kind == "n":
            value = float(t.lemma)
        elif t.surface in lx.SPELLED_SCORES and (
            n == 0 or _out_of_ten(toks, k) or _told_as_score(toks, k)
        ):
            value = float(lx.SPELLED_SCORES[t.surface])
        else:
            continue
        after = toks[k + 1].lemma if k + 1 < len(toks) else ""
        if not 0 <= value <= 10 or after in lx.NOT_SCORE_AFTER or value != int(value):
            continue
        if answering != "trial_check" and k != opens:
            continue
        before = toks[k - 1].lemma if k else ""
        if value == 10 and before in {"/", "of", "de", "out"}:
            continue
        reading.used.add(k)
        end = k + 1
        while end < len(toks) and toks[end].lemma in {"/", "of", "de", "out", "10"}:
            reading.used.add(end)
            end += 1
        reading.report_pain(value, k, end)


# Around a spelled score: "hoy ocho", "un nueve", "diría un cinco", "ocho hoy".
_SCORE_BEFORE = lx.words(
    "hoy today un una a about around like como diria maybe is es esta dolor says dice said dijo"
)
_SCORE_AFTER = lx.words("hoy today now ahora tonight")


def _told_as_score(toks: list[Tok], k: int) -> bool:
    """Return True for a spelled number told as today's score: "HOY DIEZ", "OCHO HOY"."""
    before = toks[k - 1].lemma if k else ""
    after = toks[k + 1].lemma if k + 1 < len(toks) else ""
    return before in _SCORE_BEFORE or after in _SCORE_AFTER


def _out_of_ten(toks: list[Tok], k: int) -> bool:
    """Return True for "siete de 10", "seven out of ten", "seven/10"."""
    after = [t.lemma for t in toks[k + 1 : k + 4]]
    return bool(after) and after[0] in {"/", "de", "out", "of"} and "10" in after
