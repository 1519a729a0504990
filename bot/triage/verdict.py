"""Decide a reply's level from its findings, the question it answers and the last pain score.

The rules (rules.py) find the red flags; this is the final decision a nurse would make:

- a red flag that survives is the level, whatever else the reply says;
- a reply is ``ok`` when it says the patient is well (or answers "no" to the check-in's
  symptom question) and nothing needs a nurse, whatever chit-chat surrounds it;
- ``routine`` is for questions, requests and replies that say nothing readable;
- a pain score is data: it is urgent when it rose from the last one (or from the baseline),
  or when it is 8-10 with nothing to compare it to; a lower or steady score is no flag.
"""

from __future__ import annotations

import re

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage import reader
from bot.triage.lexicon import (
    NOT_UNDERSTOOD,
    PAIN,
    PAIN_UNCHANGED,
    QUESTION,
    SEVERE_PAIN,
    TIREDNESS,
    UNREADABLE,
)
from bot.triage.reading import IF_ASKED, Reading, unique
from bot.triage.result import Finding, Triage
from bot.triage.rules import walk
from bot.triage.scope import SIGN_WORDS, language_of
from bot.triage.temperature import temperature_like
from bot.triage.tokens import Tok, tokenise

# The check-in texts a reply can answer (schedules/*.toml); each asks about symptoms.
CHECK_INS = frozenset({"first_check_in", "symptom_check", "trial_check", "after_trial_check"})
# Only the first 1,600 characters are read (Twilio's cap on one message).
MAX_CHARS = 1600
PAIN_RISING = "pain score rising"
YES_TO_SYMPTOMS = "said yes to the symptom questions"
# Findings that do not stop a reply that says the patient is well from being "ok":
# "doing good, just tired".
_MINOR = frozenset({TIREDNESS})
_READER_LABEL = "reads like a red flag"
_READER_EMERGENCY = "reads like an emergency"


def triage(
    text: str,
    *,
    answering: str | None = None,
    last_pain: float | None = None,
    baseline_pain: float | None = None,
) -> Triage:
    """Triage one reply: the highest level its findings reach, raised by the second reader.

    ``answering`` is the check-in text key the reply answers (None: the patient wrote on
    their own); ``last_pain`` the patient's last recent 0-10 score, ``baseline_pain`` the
    score before the procedure. Raises ValueError for an unknown key or a score off 0-10.
    """
    _check(answering, last_pain, baseline_pain)
    text = text[:MAX_CHARS]
    toks = tokenise(text)
    first = _decide(text, toks, answering, last_pain, baseline_pain)
    return _second_reading(text, toks, first)


def read_by_rules(
    text: str,
    *,
    answering: str | None = None,
    last_pain: float | None = None,
    baseline_pain: float | None = None,
) -> Triage:
    """Triage one reply by the written rules alone (the second reader is left out)."""
    _check(answering, last_pain, baseline_pain)
    text = text[:MAX_CHARS]
    return _decide(text, tokenise(text), answering, last_pain, baseline_pain)


def reader_words(text: str) -> list[reader.Word]:
    """Return a reply's tokens as the second reader sees them (for training it)."""
    return [reader.Word(t.lemma, t.kind) for t in tokenise(text[:MAX_CHARS])]


def settled(first: Triage) -> bool:
    """Return True when the rules are sure a reply holds no red flag.

    That is "ok" (the reply says things are fine) and "what do I do if I get a fever?",
    which the rules read as a question about what to do, on purpose. The learned reader
    may raise these only to an emergency, and only when it is very sure (reader.decide).
    """
    return first.level is Level.OK or first.sure


def _check(answering: str | None, last_pain: float | None, baseline_pain: float | None) -> None:
    """Raise ValueError for a check-in key or a pain score the triage cannot use."""
    if answering is not None and answering not in CHECK_INS:
        known = ", ".join(sorted(CHECK_INS))
        raise ValueError(f"Unknown check-in {answering!r}: expected one of {known}.")
    for name, score in (("last pain", last_pain), ("baseline pain", baseline_pain)):
        if score is not None and not 0 <= score <= 10:
            raise ValueError(f"The {name} score {score!r} is not a 0-10 pain score.")


def _second_reading(text: str, toks: list[Tok], first: Triage) -> Triage:
    """Let the learned reader raise a level the rules set too low; it never lowers one."""
    if first.level is Level.EMERGENCY or not any(t.kind in {"w", "n", "e"} for t in toks):
        return first
    words = [reader.Word(t.lemma, t.kind) for t in toks]
    found = reader.features(words)
    weights = reader.WEIGHTS
    sure = settled(first)
    # decide() reads the red-flag score only for a routine reply the rules are unsure of.
    wants_red = first.level is Level.ROUTINE and not sure
    level = reader.decide(
        first.level.value,
        sure,
        reader.score(weights.red, found) if wants_red else 0.0,
        reader.score(weights.emergency, found),
        weights.limits,
    )
    if level == first.level.value:
        return first
    emergency = level == Level.EMERGENCY.value
    table = weights.emergency if emergency else weights.red
    places = reader.strongest(table, words)
    evidence = " … ".join(toks[k].surface for k in places) or text.strip()
    symptom = _READER_EMERGENCY if emergency else _READER_LABEL
    findings = (Finding(symptom, evidence),) + tuple(
        f for f in first.findings if f.symptom not in {NOT_UNDERSTOOD, QUESTION}
    )
    return Triage(Level(level), findings, first.language, first.question, pain=first.pain)


def _decide(
    text: str,
    toks: list[Tok],
    answering: str | None,
    last_pain: float | None,
    baseline_pain: float | None,
) -> Triage:
    """Return the level a nurse would give the reply's findings, in their context."""
    language = language_of(text, toks)
    if not any(t.kind in {"w", "n", "e"} for t in toks):
        unreadable = (Finding(UNREADABLE, text.strip()),)
        return Triage(Level.ROUTINE, unreadable, language, question="?" in text)
    reading = Reading(text, toks)
    said = _answer(reading, answering)
    if answering is not None:
        _score_answer(reading, answering, told_as_change=False)
    walk(reading)
    if answering is not None and reading.pain is None:
        _score_answer(reading, answering, told_as_change=True)
    _grade_pain(reading, last_pain if last_pain is not None else baseline_pain, answering)
    findings = unique(reading.findings)
    level = max((lv for lv, _ in findings), default=Level.OK, key=lambda lv: lv.rank)
    asked = reading.asked and not _answered_itself(text, toks) and not _only_courtesy(toks)
    if asked and answering is not None and reading.pain is not None and "?" not in text:
        asked = False  # "como un 2" answers "your pain today 0-10?"
    pain = reading.pain
    if level.rank >= Level.URGENT.rank:
        return Triage(level, tuple(f for _, f in findings), language, asked, pain=pain)
    if said == "yes":
        said_yes = (Finding(YES_TO_SYMPTOMS, text.strip()), *(f for _, f in findings))
        return Triage(Level.URGENT, said_yes, language, asked, pain=pain)
    asked = asked or _requests(toks)
    # Small complaints wave off when the reply says the patient is well; topics ("back at
    # work", "took my meds") are chit-chat unless asked about.
    waved = (
        (_MINOR if reading.well or said == "no" else frozenset())
        | (frozenset() if asked else lx.TOPIC_SYMPTOMS)
        | ({PAIN_UNCHANGED} if reading.reassured or said == "no" else frozenset())
    )
    blocking = [f for _, f in findings if f.symptom not in waved]
    if blocking:
        what_if = any(f.symptom.startswith(IF_ASKED) for f in blocking)
        one_sentence = not any(t.lemma in lx.CLAUSE_END for t in toks[:-1])
        sure = what_if and one_sentence
        return Triage(Level.ROUTINE, tuple(blocking), language, asked, pain=pain, sure=sure)
    if asked:
        # a question with no sign word in it ("is it normal to feel the pump under my skin?")
        # is settled: the reader may raise it only to an emergency, and only when very sure
        plain = not any(t.lemma in SIGN_WORDS for t in toks)
        found = (Finding(QUESTION, text.strip()),)
        return Triage(Level.ROUTINE, found, language, True, pain=pain, sure=plain)
    # A bare "thx" or "same" stays with a nurse, as the labelled sets have it: it says
    # nothing of how the patient is.
    # a "no" that trails into words nobody could read ("nope he seems kinda loopy") is no answer
    answered_no = said == "no" and not any(
        t.kind == "w" and not t.known and k not in reading.used and t.surface not in lx.POLITE
        for k, t in enumerate(toks)
    )
    well = reading.reassured > 0 or answered_no
    unsaid = _left_unsaid(reading) if well else []
    if well and not unsaid:
        return Triage(Level.OK, (), language, False, pain=pain)
    evidence = " ".join(unsaid) if unsaid else text.strip()
    unread = (Finding(NOT_UNDERSTOOD, evidence), *(f for _, f in findings))
    return Triage(Level.ROUTINE, unread, language, False, pain=pain)


_NOT_ASKING = lx.words("all your those these the")
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


def _clause_from(toks: list[Tok], k: int) -> list[str]:
    """Return the surfaces of the clause that starts at token k."""
    clause: list[str] = []
    for t in toks[k:]:
        if t.lemma in lx.CLAUSE_END or t.lemma == ",":
            break
        clause.append(t.surface)
    return clause


def _only_courtesy(toks: list[Tok]) -> bool:
    """Return True when every question in the reply is a courtesy: "bien y usted?",
    "Im fine, how are you doing?"."""
    clause: list[str] = []
    asked_any = False
    for t in toks:
        if t.lemma in lx.CLAUSE_END or t.lemma == ",":
            if t.lemma == "?":
                if not _courteous(clause):
                    return False
                asked_any = True
            clause = []
            continue
        clause.append(t.surface)
    return asked_any


def _answered_itself(text: str, toks: list[Tok]) -> bool:
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


def _requests(toks: list[Tok]) -> bool:
    """Return True for a request or question without a question mark: "please call me",
    "wondering when", "doing good, when is my next appt", "is that normal"."""
    for k, t in enumerate(toks):
        after = toks[k + 1].lemma if k + 1 < len(toks) else ""
        before = toks[k - 1].lemma if k else "."
        if (
            # not "ya no necesito", "no to all questions"
            (t.lemma in lx.REQUEST_WORDS and before not in lx.NEGATORS | _NOT_ASKING)
            or (t.lemma == "call" and after in lx.CALL_WHOM)
            or (
                t.lemma in lx.ASKS_AFTER_PAUSE
                and before in lx.CLAUSE_END | {",", "."}
                and after
                and not _courteous(_clause_from(toks, k))
            )
            or (t.lemma in {"that", "this", "it"} and before == "is" and after in _FINE_ASKED)
            or (t.lemma == "es" and after in {"normal", "malo"})
        ):
            return True
    return False


def _content(toks: list[Tok]) -> list[int]:
    """Return the positions of the words, numbers and emoji of a reply."""
    return [k for k, t in enumerate(toks) if t.kind != "p"]


def _answer(reading: Reading, answering: str | None) -> str:
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
        return "no"
    degree = _degree_at(toks, content, 1 if first in lx.ANSWER_YES else 0)
    if first not in lx.ANSWER_YES and degree is None:
        return ""
    rest = content[1:] if degree is None else content[degree:]
    if degree is None and rest and _says_well(toks, rest):
        return ""  # "yes, all good", "sí, todo bien"
    reading.used.update(content[: len(content) - len(rest)])
    return "yes"


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


def _score_answer(reading: Reading, answering: str, told_as_change: bool) -> None:
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
        elif t.surface in lx.SPELLED_SCORES and (n == 0 or _out_of_ten(toks, k)):
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


def _out_of_ten(toks: list[Tok], k: int) -> bool:
    """Return True for "siete de 10", "seven out of ten", "seven/10"."""
    after = [t.lemma for t in toks[k + 1 : k + 4]]
    return bool(after) and after[0] in {"/", "de", "out", "of"} and "10" in after


def _grade_pain(reading: Reading, reference: float | None, answering: str | None) -> None:
    """Grade the score the reply reports against the last one, or the baseline.

    Higher than the reference is urgent; with nothing to compare, 8-10 is urgent; lower or
    the same is a pain report, not a flag. "pain 7" texted out of the blue, with nothing to
    compare and no word of how the patient is, still goes to a nurse (routine); the same 7
    answering "your pain 0-10?" does not.
    """
    now = reading.pain
    if now is None:
        return
    i, j = reading.pain_at
    rose_in_text = reading.pain_trend == 1
    if rose_in_text:
        return  # already urgent (pain.py)
    if reference is not None:
        if now > reference:
            reading.add(Level.URGENT, PAIN_RISING, i, j)
        else:
            reading.reassured += 1
        return
    if now >= 8:
        reading.add(Level.URGENT, SEVERE_PAIN, i, j)
    elif reading.pain_trend == -1 or reading.pain_trend == 0:
        reading.reassured += 1  # "was 6 now 2", "5, same as yesterday"
    elif answering is not None or now <= 2 or reading.well or (now <= 4 and reading.reassured):
        reading.reassured += 1  # "pain 1/10 today", "doing good, pain about a 4"
    else:
        reading.add(Level.ROUTINE, PAIN, i, j)


def _left_unsaid(reading: Reading) -> list[str]:
    """Return the unknown words of a reply that says it is well but trails off or turns.

    "ok so the" was cut off before it said anything; "doing ok but hes been kinda xyz"
    turns to something nobody could read. Other unknown words are chit-chat.
    """
    toks = reading.toks
    unsaid: list[str] = []
    last = toks[-1]
    if last.kind == "w" and last.surface in lx.CUT_OFF:
        unsaid.append(last.surface)
    for k, t in enumerate(toks):
        if t.lemma not in lx.TURNS:
            continue
        clause: list[Tok] = []
        for m in range(k + 1, len(toks)):
            if toks[m].lemma in lx.CLAUSE_END or toks[m].lemma in lx.TURNS:
                break
            if m not in reading.used:
                clause.append(toks[m])
        lemmas = {c.lemma for c in clause}
        if lemmas & (lx.OK_WORDS | lx.BETTER | lx.NONE_WORDS | {"well"}):
            continue
        if any(c.lemma in lx.BODY_WORDS or c.surface in lx.BODY_WORDS for c in clause):
            unsaid += [c.surface for c in clause]  # "fine except my head is ...": a nurse reads
            continue
        unsaid += [c.surface for c in clause if c.kind == "w" and not c.known]
    for k, t in enumerate(toks):
        # "doing ok, 101": a temperature nobody could place is not chit-chat
        after = toks[k + 1].lemma if k + 1 < len(toks) else ""
        if (
            t.kind == "n"
            and k not in reading.used
            and after not in lx.NOT_SCORE_AFTER
            and temperature_like(t.lemma)
        ):
            unsaid.append(t.surface)
    return unsaid
