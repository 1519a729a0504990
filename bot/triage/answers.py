"""Read a reply as an answer: "no", "sí, un poco" or a bare score to the check-in's
questions.

Pure helpers over the tokens of bot.triage.tokens; verdict.py calls them.
"""

from __future__ import annotations

import re

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage.reading import Reading
from bot.triage.scale import the_scale
from bot.triage.scope import NEG_CUE, span
from bot.triage.scores import more_than_before, radio_ten_four, seven_eleven
from bot.triage.tokens import Tok

_JUST = lx.words("just only solo nomas maybe")  # "just a mite"
_ENGLISH_LITTLE = lx.words("little lil a bit")
_ACKNOWLEDGES = lx.words("got received recibi recibido recibida understood entendi")


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
        return _LETTER_ANSWERS[toks[content[0]].surface]  # "Y", "N", "mo" (typed for "no")
    said = " ".join(toks[k].lemma for k in content)
    if _KIND_OF.fullmatch(said):
        reading.used.update(content)
        return "yes"  # "Ya kind of", the whole reply (not "ya kinda busy today")
    if answering == "symptom_check" and _SMALL_SMALL.fullmatch(said):
        reading.used.update(content)
        return "yes"  # the whole reply; "small small we are getting there" is not
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
        if _NO_VERB_WELL.match(" ".join(t.lemma for t in toks[content[0] : content[0] + 5])):
            return ""  # "no entiendo bien", "no camina bien": not done well, for the rules
        reading.used.add(content[0])
        rest = [k for k in content[1:] if toks[k].surface not in lx.POLITE]
        again = _NO_OPENING.match(" ".join(toks[k].lemma for k in rest[:6]))
        if again:
            reading.used.update(rest[: len(again.group(0).split())])  # "no sir, not a lick"
        return "no"
    third = toks[content[2]].lemma if len(content) > 2 else ""
    if first in lx.ANSWER_YES and (
        second in _ACKNOWLEDGES or (second in {"i", "we"} and third in _ACKNOWLEDGES)
    ):
        return ""  # "Yes I got the paper", "sí recibí": a receipt, not a sign
    if len(content) == 3 and first in _YEAH and second in _DENIES and third in lx.SIGN_LEMMAS:
        return ""  # "Yeah no fever": the idiom's "yeah no" (not "Yes, no fever": which yes?)
    # "ya little bit": an English "yeah" (not Spanish "ya", "already": "ya un poco mejor")
    yeah = first == "ya" and second in _ENGLISH_LITTLE
    degree = _degree_at(toks, content, 1 if first in lx.ANSWER_YES | _JUST or yeah else 0)
    if first not in lx.ANSWER_YES and degree is None:
        return ""
    rest = content[1:] if degree is None else content[degree:]
    if rest and _says_well(toks, rest) and (degree is None or _runs_on(toks, content, degree)):
        return ""  # "yes, all good", "sí, todo bien", "poco a poco mejorando"
    if (
        degree is not None
        and rest
        and toks[rest[0]].lemma in _NOT_A_SIGN_ASKED
        and _runs_on(toks, content, degree)
    ):
        return ""  # "a bit less than yesterday", "un poco tiesa": for the rules to read
    reading.used.update(content[: len(content) - len(rest)])
    return "yes"


_NO_VERB_WELL = re.compile(lx.NO_VERB_WELL)
_KIND_OF = re.compile(r"(?:ya|yeah|yes|yep|yea) (?:kind of|kinda|sort of|sorta)")
# West African English "small small" (a little), alone or with a particle or its sign:
# "small small o", "smal small", "small small pain"
_SMALL_SMALL = re.compile(r"(?:yes )?smal?l smal?l(?: o+| sha| oh| pain)?|yes small")

# After "a little", words that say it is not a sign the check-in asked about.
_NOT_A_SIGN_ASKED = (
    lx.words(
        "less menos stiff tiesa tieso tiesos stiffness sore tired cansado cansada sleepy itchy a"
        " itch itching scab scabs scabbed costra costrita bruise bruised bruising moreton morete"
    )
    | lx.BETTER
)
_DENIES = lx.words("no not")
_YEAH = lx.words("yeah yea")
# A reply of one letter answers the question: "Y", "N".
# A bare "ya" is an English "yeah" or a Spanish "enough, done": when in doubt, a yes.
_LETTER_ANSWERS = {"y": "yes", "n": "no", "mo": "no", "ya": "yes"}
# Plain "no"s in other words, at the start of a reply (lemmas joined by spaces).
_NO_OPENING = re.compile(
    r"(?:(?:well|um|uh|oh) )?(?:not (?:a|one) (?:bit|lick|thing|speck|sign|trace|one|sausage)"
    r"|(?:i )?(?:reckon|guess|suppose|think) not|(?:i )?(?:dont|do not) think so(?: no)?"
    r"|not even (?:a )?(?:little|lil|bit|lick|one)|nada de nada|none (?:fr|tbh|really|honestly)"
    r"|not that i (?:can tell|know of|know|noticed|can see|have noticed|ive noticed)"
    r"|no to (?:all|everything|any|both)(?: (?:four|three|two|of them|of those|questions))?"
    r"|(?:none|nothing|nada|no) (?:whatsoever|at all|of the sort|of that sort|de nada)"
    r"|(?:none|nothing|nada|ninguno|ninguna) (?:from|of|on|in|de) (?:the|this|that|your|la|esta)"
    r" (?:list|paper|leaflet|sheet|lista|papel|hoja)"
    r"|thankfully (?:no|not|none)|negativo todo|todo negativo|denies all|denies everything"
    r"|(?:the )?answer is no(?: on every count| to all| to everything)?"
    r"|(?:i )?(?:dont|do not) have (?:any|none)(?: of)? (?:those|them|that|these|of those))"
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
            answer = content[m] if m < len(content) else None
            if (
                answer is not None
                and (toks[answer].lemma in lx.ANSWER_NO or toks[answer].lemma in lx.ANSWER_YES)
                # "Mom says no."; not "el folleto dice que si tengo fiebre" (si: if)
                and (
                    answer + 1 >= len(toks)
                    or toks[answer + 1].kind == "p"
                    or toks[answer + 1].surface in lx.POLITE
                )
            ):
                return m
            return 0
    return 0


def _runs_on(toks: list[Tok], content: list[int], degree: int) -> bool:
    """Return True when the words after "a little" follow it in the same clause ("a little
    better"), not after a stop ("Yes a little. Better than yesterday" still says yes)."""
    if degree >= len(content):
        return False
    return not any(t.kind == "p" for t in toks[content[degree - 1] + 1 : content[degree]])


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


_THAN = lx.words("than que")
_RISING = lx.words("increasing rising climbing subiendo")  # "5 maybe 7 today, increasing"
_HEDGES = lx.words(
    "about around like maybe prob probably approx roughly a an say um uh como un ahorita today hoy"
)
_THE_USUAL = lx.words("the el la a un my mi his her su normal usual regular typical old")
_LOWER = lx.BETTER | lx.words("less lower menos")
_COMPARED = lx.words("compared comparing compare")
_USUAL = lx.words("usual normal regular typical old baseline")


def _lower_than(toks: list[Tok], k: int) -> bool:
    """Return True for the 9 of "7 but that's better than the 9 I came in with": the score
    it was, beside the one told now (not "no better than the 9 I came in with")."""
    m = k - 1
    while m > 0 and m > k - 3 and toks[m].lemma in _THE_USUAL:
        m -= 1  # "better than the 9", "better than my normal 9"
    after = toks[k + 1].lemma if k + 1 < len(toks) else ""
    if (
        m > 1
        and toks[m].lemma in {"to", "with"}
        and toks[m - 1].lemma in _COMPARED
        and any(t.lemma in _USUAL for t in toks[m + 1 : k])
        and after not in lx.SCORE_NOW
        and any(t.kind == "n" for t in toks[: m - 1])
    ):
        return True  # "a good 6 compared to my usual 9": the 9 is what it is measured against
    return (
        m > 1
        and toks[m].lemma in _THAN
        and toks[m - 1].lemma in _LOWER
        and not any(t.lemma in NEG_CUE for t in toks[max(m - 5, 0) : m - 1])
        and any(t.kind == "n" for t in toks[: m - 1])
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
    # "about a 6 now", "like a 3": a hedge before the one score still opens with it
    opens = content[0]
    if sum(toks[k].kind == "n" for k in content) == 1:
        opens = next((k for k in content if toks[k].lemma not in _HEDGES), opens)
    changed = lx.SCORE_PAST | lx.SCORE_UP | lx.SCORE_DOWN | _RISING | {"now", "ahora"}
    if (
        not told_as_change
        and any(toks[k].lemma in changed and toks[k].lemma != "de" for k in content)
        and not (toks[opens].kind == "n" and more_than_before(toks, _past_out_of(toks, opens)))
    ):
        return  # "was 4 now 8" is the rules'; "7, more than yesterday" is read here
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
        if (
            not 0 <= value <= 10
            or after in lx.NOT_SCORE_AFTER
            or value * 2 != int(value * 2)  # half points only: "1.5"
            or the_scale(toks, k)  # "0 a 10 de qué?"
            or radio_ten_four(toks, k)  # "10-4, all negative"
            or seven_eleven(toks, k)  # "walked to the 7-eleven"
            or _lower_than(toks, k)  # "7 but that's better than the 9 i came in with"
        ):
            continue
        if answering != "trial_check" and k != opens and not _told_now(toks, k):
            continue
        before = toks[k - 1].lemma if k else ""
        if value == 10 and before in {"/", "of", "de", "out"}:
            continue
        end = _past_out_of(toks, k)
        reading.used.update(range(k, end))
        rose = more_than_before(toks, end) if k == opens else 0  # not "walked 2 laps, 1 more"
        reading.report_pain(value, k, end, trend=1 if rose else None)
        if rose:  # "7, more than yesterday", "como 7, mas que el otro dia"
            reading.add(Level.URGENT, lx.INCREASING_PAIN, k, rose)


def _told_now(toks: list[Tok], k: int) -> bool:
    """Return True for a bare score that opens its clause and is told as now: "site ok but 4
    now", "dry, 6 today"."""
    before = toks[k - 1].lemma if k else ""
    after = toks[k + 1].lemma if k + 1 < len(toks) else "."
    if k >= 2 and (toks[k - 2].lemma, before) in _BACK_TO and after in _BACK_TO_END:
        return True  # "No. back up to 9", "volvió a 9": the score the pain went back to
    return (
        before in {"but", "pero", ",", "."}
        and toks[k + 1 : k + 2] != []
        and (toks[k + 1].lemma in _SCORE_AFTER)
    )


def _past_out_of(toks: list[Tok], k: int) -> int:
    """Return the token after the score at k and its "/10", "de 10", "out of 10"."""
    end = k + 1
    while end < len(toks) and toks[end].lemma in {"/", "of", "de", "out", "10"}:
        end += 1
    return end


# Around a spelled score: "hoy ocho", "un nueve", "diría un cinco", "ocho hoy".
_SCORE_BEFORE = lx.words(
    "hoy today un una a about around like como diria maybe is es esta dolor says dice said dijo"
)
_SCORE_AFTER = lx.words("hoy today now ahora tonight")
_BACK_TO = frozenset(
    {("back", "to"), ("up", "to"), ("volvio", "a"), ("regreso", "a"), ("subio", "a")}
)
# the score ends its clause ("back up to 9.", "volvió a 9 hoy"), not "up to 2 walks a day"
_BACK_TO_END = lx.CLAUSE_END | _SCORE_AFTER | lx.words(", / again otra tonight")


def _told_as_score(toks: list[Tok], k: int) -> bool:
    """Return True for a spelled number told as today's score: "HOY DIEZ", "OCHO HOY"."""
    before = toks[k - 1].lemma if k else ""
    after = toks[k + 1].lemma if k + 1 < len(toks) else ""
    return before in _SCORE_BEFORE or after in _SCORE_AFTER


def _out_of_ten(toks: list[Tok], k: int) -> bool:
    """Return True for "siete de 10", "seven out of ten", "seven/10"."""
    after = [t.lemma for t in toks[k + 1 : k + 4]]
    return bool(after) and after[0] in {"/", "de", "out", "of"} and "10" in after


_MAY_I = lx.words("can could should puedo podria debo puede")


def _may_i(toks: list[Tok], k: int) -> bool:
    """Return True when the question ending at mark k asks leave ("Me puedo poner vaporub en
    la espalda? no en la herida") or a call ("¿hay alguien que me pueda llamar? mejor por
    teléfono"): what follows explains it, it does not answer it."""
    start = span(toks, k, k, lx.CLAUSE_END)[0]
    leave = any(t.lemma in _MAY_I for t in toks[start : min(start + 3, k)])  # "¿Ya me puedo"
    return leave or any(t.lemma == "call" for t in toks[start:k])


def answered_itself(text: str, toks: list[Tok]) -> bool:
    """Return True for "fever? no. redness? no." and "me? doing great": every question mark
    is answered at once by the writer ("¿" opens a question; it answers nothing)."""
    marks = [k for k, t in enumerate(toks) if t.lemma == "?" and text[t.start] != "¿"]
    return (
        bool(marks)
        and all(
            k + 1 < len(toks)
            and not _may_i(toks, k)
            # Tagalog's question word: "Normal lang ba ...?"
            and "ba" not in (t.lemma for t in toks[span(toks, k, k, lx.CLAUSE_END)[0] : k])
            and (
                toks[k + 1].lemma in lx.ANSWER_NO | lx.ANSWER_YES | lx.OK_WORDS | lx.SELF_ANSWERS
                or (k and toks[k - 1].lemma in {"me", "yo", "mine", "myself"})
            )
            for k in marks
        )
    )


_PLAIN_ANSWER = lx.ANSWER_YES | lx.ANSWER_NO | lx.POLITE


def plain_answer(toks: list[Tok]) -> bool:
    """Return True for a reply made only of a yes or a no and courtesy: "yes", "sí señora"."""
    return all(
        t.kind == "p" or t.lemma in _PLAIN_ANSWER or t.surface in _PLAIN_ANSWER for t in toks
    )
