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

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage import reader
from bot.triage.answers import answered_itself, plain_answer, read_answer, score_answer
from bot.triage.asking import only_courtesy, requests
from bot.triage.language import language_of
from bot.triage.lexicon import (
    ANSWER_LATER,
    BRUISING,
    DROWSINESS,
    LOCAL_ITCH,
    MILD_SORENESS,
    MORNING_STIFFNESS,
    NOT_UNDERSTOOD,
    PAIN,
    PAIN_NOT_WORSE,
    PAIN_UNCHANGED,
    QUESTION,
    SEVERE_PAIN,
    SO_SO,
    TIREDNESS,
    TROUBLE_SLEEPING,
    UNREADABLE,
    USUAL_SIGN,
    USUAL_TREMOR,
)
from bot.triage.reading import IF_ASKED, Reading, unique
from bot.triage.result import Finding, Triage
from bot.triage.rules import walk
from bot.triage.scope import SIGN_WORDS
from bot.triage.tokens import Tok, tokenise
from bot.triage.unsaid import SAID_OF, denies_having, left_unsaid, told_as_expected
from bot.triage.usual import only_the_usual

# The check-in texts a reply can answer (schedules/*.toml); each asks about symptoms.
CHECK_INS = frozenset({"first_check_in", "symptom_check", "trial_check", "after_trial_check"})
# Only the first 1,600 characters are read (Twilio's cap on one message).
MAX_CHARS = 1600
PAIN_RISING = "pain score rising"
YES_TO_SYMPTOMS = "said yes to the symptom questions"
# Findings that do not stop a reply that says the patient is well from being "ok":
# "doing good, just tired".
_USUAL = frozenset({USUAL_SIGN, USUAL_TREMOR})
_MINOR = _USUAL | {TIREDNESS, LOCAL_ITCH, MORNING_STIFFNESS, BRUISING}
# Routine findings the rules are sure hold no red flag: the learned reader may raise them
# only to an emergency, and only when very sure.
_SURE = frozenset({LOCAL_ITCH, ANSWER_LATER, MORNING_STIFFNESS, BRUISING})
_ASKS_OUTRIGHT = lx.words("what whats what's why should does do can")
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
    set_aside: set[int] = set()
    first = _decide(text, toks, answering, last_pain, baseline_pain, set_aside)
    return _second_reading(text, toks, first, frozenset(set_aside))


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


def reader_asked(text: str) -> bool:
    """Return False for a reply the second reader is never asked about (a bare yes or no)."""
    return not plain_answer(tokenise(text[:MAX_CHARS]))


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


def unread(first: Triage, text: str) -> bool:
    """Return True for a reply the rules could not read at all: routine, "not understood"
    of the whole text and nothing else, no question asked. Only these may the learned
    reader call "ok". A reply the rules read as well but found something left unsaid in
    (cut off, turning to a body part, a temperature nobody could place: "not understood" of
    those words only) stays with a nurse, as does one with any number in it (a reading
    nobody placed: "sats 84", "BP 78/40")."""
    return (
        first.level is Level.ROUTINE
        and len(first.findings) == 1
        and first.findings[0].symptom == NOT_UNDERSTOOD
        and first.findings[0].evidence == text.strip()
        and not first.question
        and "?" not in text
        and not any(c.isdigit() for c in text)  # "Everything under control. Sats 84"
        and not denies_having(tokenise(text[:MAX_CHARS]))  # "Air not have.": of what?
    )


def _second_reading(
    text: str, toks: list[Tok], first: Triage, set_aside: frozenset[int] = frozenset()
) -> Triage:
    """Let the learned reader raise a level the rules set too low, and call "ok" a reply the
    rules could not read when it is very sure the reply says all is well (reader.says_well).

    It does not see the sign words the rules set aside as someone else's, quoted from a
    leaflet or said in jest ("the leaflet warns of seizures but he's had none").
    """
    if first.level is Level.EMERGENCY or not any(t.kind in {"w", "n", "e"} for t in toks):
        return first
    if plain_answer(toks):
        return first  # "yes", "sí", "no sir": the rules read it beside the question it answers
    if set_aside:
        toks = [t for k, t in enumerate(toks) if k not in set_aside]
    words = [reader.Word(t.lemma, t.kind) for t in toks]
    found = reader.feature_sets(words)
    weights = reader.WEIGHTS
    sure = settled(first)
    # decide() reads the red-flag score only for a routine reply the rules are unsure of.
    wants_red = first.level is Level.ROUTINE and not sure
    red = reader.score(weights.red, found[0]) if wants_red else 0.0
    emergency_score = reader.best(weights.emergency, found)
    level = reader.decide(first.level.value, sure, red, emergency_score, weights.limits)
    if level == first.level.value:
        if unread(first, text):
            whole, parts = reader.well_features(words)
            well = reader.score(weights.well, whole)
            each = [reader.score(weights.well, part) for part in parts]
            if reader.says_well(well, each, red, emergency_score, weights.limits):
                return Triage(Level.OK, (), first.language, False, pain=first.pain)
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
    set_aside: set[int] | None = None,
) -> Triage:
    """Return the level a nurse would give the reply's findings, in their context (and add
    to ``set_aside`` the sign words it set aside as not the patient's)."""
    language = language_of(text, toks)
    if not any(t.kind in {"w", "n", "e"} for t in toks):
        unreadable = (Finding(UNREADABLE, text.strip()),)
        return Triage(Level.ROUTINE, unreadable, language, question="?" in text)
    reading = Reading(text, toks)
    said = read_answer(reading, answering)
    if answering is not None:
        score_answer(reading, answering, told_as_change=False)
    walk(reading)
    if set_aside is not None:
        set_aside.update(reading.set_aside)
    if answering is not None and reading.pain is None:
        score_answer(reading, answering, told_as_change=True)
    _grade_pain(reading, last_pain if last_pain is not None else baseline_pain, answering)
    findings = _soften(unique(reading.findings), reading, toks, said, answering)
    level = max((lv for lv, _ in findings), default=Level.OK, key=lambda lv: lv.rank)
    asked = reading.asked and not answered_itself(text, toks) and not only_courtesy(toks)
    if (
        asked
        and answering is not None
        and reading.pain is not None
        and "?" not in text
        and toks[0].surface not in _ASKS_OUTRIGHT  # "whats 0-10 mean"
    ):
        asked = False  # "como un 2" answers "your pain today 0-10?"
    pain = reading.pain
    if level.rank >= Level.URGENT.rank:
        return Triage(level, tuple(f for _, f in findings), language, asked, pain=pain)
    if said == "yes":
        said_yes = (Finding(YES_TO_SYMPTOMS, text.strip()), *(f for _, f in findings))
        return Triage(Level.URGENT, said_yes, language, asked, pain=pain)
    asked = asked or requests(toks)
    # Small complaints wave off when the reply says the patient is well; topics ("back at
    # work", "took my meds") are chit-chat unless asked about. Soreness waves off only in an
    # answer to the check-in that also denies the signs ("Sore but doing okay, no fever").
    # "sore but that's expected", "knees ache but thats nothing new"
    expected = told_as_expected(text, toks)
    minor = (
        _MINOR
        # "a bit sore but way better than before surgery", in an answer to the check-in
        | ({MILD_SORENESS} if answering is not None and reading.well else frozenset())
        | ({MILD_SORENESS} if answering is not None and reading.reassured >= 2 else frozenset())
        # "Didn't sleep much but that's normal for me", "just the usual brain fog from not
        # sleeping", "knees ache but thats nothing new"
        | (
            {MILD_SORENESS, TROUBLE_SLEEPING}
            if expected and (reading.reassured or said == "no") and not asked and "?" not in text
            else frozenset()
        )
        # "yesterday I did not sleep good but now is better"
        | ({TROUBLE_SLEEPING} if any(t.lemma in lx.BETTER for t in toks) else frozenset())
    )
    just_usual = any(f.symptom in _USUAL for _, f in findings) and only_the_usual(text, toks)
    waved = (
        (
            minor
            if reading.well or said == "no" or (answering and reading.reassured >= 2)
            else frozenset()
        )
        # "feet numb as always. no fever", in an answer with no turn ("but now my hands too")
        | (_USUAL if answering and reading.reassured and just_usual else frozenset())
        | (frozenset() if asked else lx.TOPIC_SYMPTOMS)
        # "same as before" answers the check-in's "more pain?" with a no
        | ({PAIN_UNCHANGED} if reading.reassured or said == "no" or answering else frozenset())
        | ({PAIN_NOT_WORSE} if answering else frozenset())
        # "ahí la llevo, nada de eso": so-so, in an answer that denies the signs
        | ({SO_SO} if answering and (said == "no" or reading.reassured) else frozenset())
    )
    blocking = [f for _, f in findings if f.symptom not in waved]
    if blocking:
        what_if = any(f.symptom.startswith(IF_ASKED) or f.symptom in _SURE for f in blocking)
        one_sentence = not any(t.lemma in lx.CLAUSE_END for t in toks[:-1])
        sure = what_if and one_sentence
        return Triage(Level.ROUTINE, tuple(blocking), language, asked, pain=pain, sure=sure)
    if asked:
        # a question with no sign word in it ("is it normal to feel the pump under my skin?")
        # is settled: the reader may raise it only to an emergency, and only when very sure
        # no sign word but those set aside ("the discharge instructions"): a plain question
        plain = not any(
            t.lemma in SIGN_WORDS for k, t in enumerate(toks) if k not in reading.set_aside
        )
        found = (Finding(QUESTION, text.strip()),)
        return Triage(Level.ROUTINE, found, language, True, pain=pain, sure=plain)
    # A bare "thx" or "same" stays with a nurse, as the labelled sets have it: it says
    # nothing of how the patient is.
    # a "no" that trails into words nobody could read ("nope he seems kinda loopy") is no answer
    # Later sentences are chit-chat ("Nothing new. My friend from the VFW brought a pie.")
    # unless an unknown word is said of someone ("he seems kinda xyz").
    first_end = next((k for k, t in enumerate(toks) if t.lemma in lx.CLAUSE_END), len(toks))
    opens = next((k for k, t in enumerate(toks) if t.kind != "p"), 0)
    unknown = [
        k
        for k, t in enumerate(toks)
        if t.kind == "w" and not t.known and k not in reading.used and t.surface not in lx.POLITE
    ]
    # after a "no": an unknown word right after it ("no, xyz") or said of someone ("nope he
    # seems kinda xyz") makes it no answer; "nada mija gracia a Dio" is thanks
    trailing = [
        toks[k].surface
        for k in unknown
        if (k < first_end and k <= opens + 3) or toks[k - 1].surface in SAID_OF
    ]
    answered_no = said == "no" and not trailing
    steady = answering is not None and any(
        f.symptom in {PAIN_UNCHANGED, PAIN_NOT_WORSE} for _, f in findings
    )
    well = reading.reassured > 0 or answered_no or steady
    if well:
        unsaid = left_unsaid(reading)
    elif said == "no":
        unsaid = trailing
    else:  # "he seems kinda xyz": a state nobody could read, not for the learned reader
        unsaid = [toks[k].surface for k in unknown if k and toks[k - 1].surface in _DESCRIBES]
    if well and not unsaid:
        return Triage(Level.OK, (), language, False, pain=pain)
    # the words left unsaid, or the whole reply when nothing in it could be read (unread())
    evidence = " ".join(unsaid) if unsaid else text.strip()
    not_read = (Finding(NOT_UNDERSTOOD, evidence), *(f for _, f in findings))
    return Triage(Level.ROUTINE, not_read, language, False, pain=pain)


# Words before an unknown word that make it a state of someone: "he seems kinda xyz".
_DESCRIBES = lx.words("seems seem looks look feels feel acting kinda sorta he's she's hes shes")

_NOT_JUST_SLEEPY = lx.words(
    "refill refilled refills breathing breathe breath breaths breathin wake awake lips blue "
    "pills pill meds med medication medications medicine oxy norco drank beer dose doses double "
    "twice"
)


def _soften(
    findings: list[tuple[Level, Finding]],
    reading: Reading,
    toks: list[Tok],
    said: str | None,
    answering: str | None,
) -> list[tuple[Level, Finding]]:
    """Read a bare "sleepy" in a reply that says the patient is well ("👍 sleepy", "sleepy but
    ok", "no fever. just sleepy") as tiredness: on opioids that is expected. Any word of a
    refill, breathing, waking or extra doses keeps it a red flag, as does "very sleepy"."""
    if not (reading.well or said == "no") or any(
        t.surface in _NOT_JUST_SLEEPY or t.lemma in _NOT_JUST_SLEEPY for t in toks
    ):
        return findings
    soft = [
        n
        for n, (lv, f) in enumerate(findings)
        if f.symptom == DROWSINESS and f.evidence.lower() == "sleepy" and lv is Level.URGENT
    ]
    others = [lv for n, (lv, _f) in enumerate(findings) if n not in soft]
    if not soft or any(lv.rank >= Level.URGENT.rank for lv in others):
        return findings
    return [
        (Level.ROUTINE, Finding(TIREDNESS, f.evidence)) if n in soft else (lv, f)
        for n, (lv, f) in enumerate(findings)
    ]


def _grade_pain(reading: Reading, reference: float | None, answering: str | None) -> None:
    """Grade the score the reply reports against the last one, or the baseline.

    Higher than the reference is urgent; with nothing to compare, 8-10 is urgent; lower or
    the same is a pain report, not a flag. "pain 7" texted out of the blue, with nothing to
    compare and no word of how the patient is, still goes to a nurse (routine); the same 7
    answering "your pain 0-10?" does not, nor does a 0-4 told on its own.
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
    elif answering is not None or now <= 4 or reading.well:
        reading.reassured += 1  # "pain 1/10 today", "Dolor 4", "doing good, pain about a 6"
    else:
        reading.add(Level.ROUTINE, PAIN, i, j)
