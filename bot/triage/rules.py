"""Triage a patient's free-text SMS reply into emergency, urgent, routine or ok.

Pure: no I/O, no clock. The text is tokenised once, each word is folded
(lower case, no accents) and mapped onto a lemma — through the lexicon, or a
bounded edit distance for misspellings — and the rules run over the lemmas.
Negation, improvement ("swelling went down") and questions are judged per
finding. When in doubt the level goes up: a reply is ``ok`` only when it says
so and holds nothing the rules cannot read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage import reader
from bot.triage.lexicon import (
    ANXIETY,
    BAD_REPLY,
    BAD_SMELL,
    BLADDER_BOWEL,
    BLEEDING,
    BLUE_LIPS,
    CALLED_911,
    CHEST_PAIN,
    CHILLS,
    CONFUSION,
    CONSTIPATION,
    DIARRHEA,
    DIZZINESS,
    DRAINAGE,
    DROWSINESS,
    DYING,
    EXTREME_DROWSINESS,
    FACE_SWELLING,
    FAINTING,
    FEELING_UNWELL,
    FEVER,
    FEVER_CONFUSION,
    FEVER_HEADACHE,
    FEVER_STIFF_NECK,
    HALLUCINATIONS,
    HARDNESS,
    HEADACHE,
    INCREASING_PAIN,
    INFECTION,
    ITCHING,
    LEG_LOSS,
    LUMP,
    MILD_SORENESS,
    NAUSEA,
    NEUTRAL,
    NOT_IMPROVING,
    NOT_UNDERSTOOD,
    NUMBNESS,
    ONE_SIDED_WEAKNESS,
    OVERDOSE,
    PAIN,
    POSITIONAL_HEADACHE,
    PROBLEM,
    PUMP_ALARM,
    PUMP_PROBLEM,
    PUS,
    QUESTION,
    RADIATING_PAIN,
    RED_STREAKS,
    REDNESS,
    RIGIDITY,
    SCORE_RISING,
    SEIZURE,
    SELF_HARM,
    SEVERE_PAIN,
    SEVERE_WITHDRAWAL,
    SHAKING,
    SLOW_BREATHING,
    SLURRED_SPEECH,
    STIFF_NECK,
    SUICIDAL,
    SWEATING,
    SWELLING,
    TINGLING,
    TIREDNESS,
    TROUBLE_BREATHING,
    TROUBLE_SWALLOWING,
    TROUBLE_URINATING,
    UNCLEAR_TEMPERATURE,
    UNCONTROLLED_BLEEDING,
    UNREADABLE,
    UNRESPONSIVE,
    VERY_HIGH_FEVER,
    VOMITING,
    WARMTH,
    WEAKNESS,
    WITHDRAWAL,
    WOUND_OPENING,
)
from bot.triage.scope import (
    BOUNDARY,
    NEG_CUE,
    PERSON_AT,
    SIGN_WORDS,
    STOPPED,
    clause_is_question,
    improved,
    is_hypothetical,
    is_intensifier,
    is_local_colour,
    is_question,
    is_weather,
    language_of,
    may_be_elsewhere,
    negated_after,
    negated_before,
    not_the_patient_now,
    ok_negated,
)
from bot.triage.tokens import Tok, tokenise

__all__ = [  # the symptom names are part of this module's API
    "triage",
    "Level",
    "Finding",
    "Triage",
    "SELF_HARM_SYMPTOMS",
    "TROUBLE_BREATHING",
    "SLOW_BREATHING",
    "CHEST_PAIN",
    "UNRESPONSIVE",
    "EXTREME_DROWSINESS",
    "SEIZURE",
    "FAINTING",
    "BLUE_LIPS",
    "FACE_SWELLING",
    "TROUBLE_SWALLOWING",
    "SLURRED_SPEECH",
    "ONE_SIDED_WEAKNESS",
    "LEG_LOSS",
    "BLADDER_BOWEL",
    "UNCONTROLLED_BLEEDING",
    "CONFUSION",
    "FEVER_CONFUSION",
    "FEVER_STIFF_NECK",
    "VERY_HIGH_FEVER",
    "RIGIDITY",
    "HALLUCINATIONS",
    "SUICIDAL",
    "SELF_HARM",
    "OVERDOSE",
    "CALLED_911",
    "FEVER",
    "CHILLS",
    "REDNESS",
    "WARMTH",
    "SWELLING",
    "HARDNESS",
    "PUS",
    "DRAINAGE",
    "WOUND_OPENING",
    "BAD_SMELL",
    "RED_STREAKS",
    "INFECTION",
    "INCREASING_PAIN",
    "SEVERE_PAIN",
    "HEADACHE",
    "POSITIONAL_HEADACHE",
    "NUMBNESS",
    "TINGLING",
    "WEAKNESS",
    "TROUBLE_URINATING",
    "PUMP_ALARM",
    "ITCHING",
    "SWEATING",
    "ANXIETY",
    "WITHDRAWAL",
    "VOMITING",
    "LUMP",
    "BLEEDING",
    "STIFF_NECK",
    "DROWSINESS",
    "DIZZINESS",
    "FEELING_UNWELL",
    "PAIN",
    "MILD_SORENESS",
    "NOT_IMPROVING",
    "NAUSEA",
    "TIREDNESS",
    "CONSTIPATION",
    "PROBLEM",
    "UNCLEAR_TEMPERATURE",
    "QUESTION",
    "NOT_UNDERSTOOD",
    "UNREADABLE",
]


SELF_HARM_SYMPTOMS = frozenset({SUICIDAL, SELF_HARM})


@dataclass(frozen=True)
class Finding:
    """One recognised sign, with the patient's own words that showed it."""

    symptom: str
    evidence: str


@dataclass(frozen=True)
class Triage:
    """The level of a reply, why, and the language it was written in."""

    level: Level
    findings: tuple[Finding, ...]
    language: str
    question: bool = False
    # The rules are sure there is no red flag although the level is not "ok": reassurance
    # and a few unknown words ("my legs are working fine now"), or a one-sentence "what do I
    # do if I get a fever?". See settled().
    sure: bool = field(default=False, compare=False, repr=False)

    @property
    def suicidal(self) -> bool:
        """Return True when the reply speaks of suicide or self-harm (routing adds 988)."""
        return any(f.symptom in SELF_HARM_SYMPTOMS for f in self.findings)


_ALL_PHRASES = tuple((rule, False) for rule in lx.PHRASES) + tuple(
    (rule, True) for rule in lx.DANGER_NETS
)
_GATE_WORDS = sorted({g for (gate, *_), _net in _ALL_PHRASES for g in gate}, key=lambda g: -len(g))


# One pass finds every gate word: at each position the longest one that starts there. A
# shorter one starting at the same place is inside it, so a rule's gate is open when one
# of its words, or a gate word holding one, was seen.
_Trie = dict[str, "_Trie"]


def _trie_pattern(words: list[str]) -> str:
    """Return a regex for any of words, as a trie so each position is tried once, longest first."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: _Trie) -> str:
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return walk(trie)


_GATE_RE = re.compile("(?=(" + _trie_pattern(_GATE_WORDS) + "))")
_PHRASES = tuple(
    (
        frozenset(w for w in _GATE_WORDS if any(g in w for g in gate)),
        re.compile(pattern),
        symptom,
        Level(level),
        negatable,
        net,
    )
    for (gate, pattern, symptom, level, negatable), net in _ALL_PHRASES
)
# Gate word -> the rules it opens, so a reply runs only the rules its words can match.
_RULES_BY_GATE: dict[str, tuple[int, ...]] = {
    word: tuple(n for n, rule in enumerate(_PHRASES) if word in rule[0]) for word in _GATE_WORDS
}
_SINGLES = {lemma: (s, Level(lv), neg) for lemma, (s, lv, neg) in lx.SINGLES.items()}
_PAIN_WORDS = frozenset({"pain", "sore"})
_POSITIONAL = frozenset({"upright", "lying"})
_INNER_NEGATION = frozenset({PUMP_ALARM, INCREASING_PAIN})  # "la bomba ya no suena"
_KEEPS_GOING = frozenset({"para", "deja", "paro"})  # "no para de subir": a negator that isn't
_BACKSTOP = lx.BACKSTOP_WORDS
_LAUGH_RE = re.compile(r"(?:ja|je|ji|ha|he|hi){2,}h?|lo+l|lmf?ao+")
_HEART_PARTNERS = (SWEATING, NAUSEA, VOMITING, TROUBLE_BREATHING, DIZZINESS, FAINTING)
_WITHDRAWAL_CORE = (HALLUCINATIONS, RIGIDITY, FEVER, VERY_HIGH_FEVER, CONFUSION)
_WITHDRAWAL_CLUSTER = frozenset(
    {SWEATING, ANXIETY, WITHDRAWAL, VOMITING, ITCHING, SHAKING, DIARRHEA, PUMP_PROBLEM}
)


class _Reading:
    """Collect what one reply says while its tokens are walked."""

    def __init__(self, text: str, toks: list[Tok]) -> None:
        self.text = text
        self.toks = toks
        self.findings: list[tuple[Level, Finding]] = []
        self.reassured = 0
        self.used: set[int] = set()
        self.positional = any(t.lemma in _POSITIONAL for t in toks)
        # Whether any sign could be someone else's or long past (see not_the_patient_now).
        self.maybe_elsewhere = may_be_elsewhere(toks)

    def evidence(self, i: int, j: int) -> str:
        """Return the patient's words for tokens i..j-1."""
        return self.text[self.toks[i].start : self.toks[j - 1].end].strip()

    def add(self, level: Level, symptom: str, i: int, j: int) -> None:
        """Record a finding backed by tokens i..j-1."""
        if (
            self.maybe_elsewhere
            and symptom not in SELF_HARM_SYMPTOMS
            and not_the_patient_now(self.toks, i, j)
        ):
            self.used.update(range(i, j))
            return
        if symptom == BLUE_LIPS and is_local_colour(self.toks, i, j):
            level, symptom = Level.URGENT, "skin discoloration"
        elif level is Level.URGENT and is_hypothetical(self.toks, i, j):
            level, symptom = Level.ROUTINE, f"{_IF_ASKED}{symptom}"
        self.findings.append((level, Finding(symptom, self.evidence(i, j))))
        self.used.update(range(i, j))


_UNIT_WORDS = lx.FAHRENHEIT | lx.CELSIUS


def _match_phrases(reading: _Reading, canon: str, starts: list[int]) -> None:
    """Run the multi-word rules over the lemma text."""
    toks = reading.toks
    opened = sorted({n for m in _GATE_RE.finditer(canon) for n in _RULES_BY_GATE[m.group(1)]})
    for n in opened:  # in the order the rules are written: ordinary uses first
        _gate, pattern, symptom, level, negatable, net = _PHRASES[n]
        for m in pattern.finditer(canon):
            i = bisect_right(starts, m.start()) - 1
            j = bisect_right(starts, max(m.end() - 1, m.start()))
            if net:
                _net_finding(reading, symptom, level, i, j)
                continue
            if symptom == NEUTRAL:
                reading.used.update(range(i, j))
                continue
            if any(k in reading.used for k in range(i, j)) and level is not Level.EMERGENCY:
                continue
            calm = level is not Level.EMERGENCY
            if negatable and (negated_before(toks, i, True, calm) or negated_after(toks, j)):
                reading.reassured += 1
                reading.used.update(range(i, j))
                continue
            if (
                negatable
                and symptom in _INNER_NEGATION
                and any(
                    (
                        toks[k].lemma in NEG_CUE
                        and toks[k + 1].lemma not in STOPPED
                        and toks[k + 1].lemma not in _KEEPS_GOING
                    )
                    # "pump stopped beeping" (not "pump stopped working": another rule)
                    or (
                        symptom == PUMP_ALARM
                        and toks[k].lemma in STOPPED
                        and toks[k - 1].lemma not in NEG_CUE  # "wont stop beeping"
                    )
                    for k in range(i + 1, j - 1)
                )
            ):
                reading.reassured += 1
                reading.used.update(range(i, j))
                continue
            if (
                level is not Level.EMERGENCY
                and negatable
                and toks[i].lemma not in NEG_CUE
                and improved(toks, i, j)
                and not (symptom == HEADACHE and reading.positional)
            ):
                reading.reassured += 1
                reading.used.update(range(i, j))
                continue
            reading.add(level, symptom, i, j)


def _net_finding(reading: _Reading, symptom: str, level: Level, i: int, j: int) -> None:
    """Record a danger-net match: dropped when negated, urgent when asked about or easing.

    The nets are broad on purpose, so "when in doubt, go up" holds both ways: a net never
    lowers a reply, and one it cannot place confidently still lands at urgent.
    """
    toks = reading.toks
    if any(k in reading.used for k in range(i, j)) and any(
        lv.rank >= level.rank for lv, _ in reading.findings
    ):
        return
    # "no las puedo mover nada": a trailing "nada" stresses a negated ability, it denies nothing.
    calm = level is not Level.EMERGENCY
    if negated_before(toks, i, True, calm) or (
        toks[i].lemma not in NEG_CUE and negated_after(toks, j)
    ):
        reading.reassured += 1
        reading.used.update(range(i, j))
        return
    doubtful = clause_is_question(toks, j) or (
        toks[i].lemma not in NEG_CUE and improved(toks, i, j)
    )
    reading.add(Level.URGENT if doubtful else level, symptom, i, j)


def _worse_said(toks: list[Tok], a: int, b: int) -> bool:
    """Return True when tokens a..b-1 say "worse" without denying it ("not worse", "no peor")."""
    return any(
        toks[k].lemma in lx.WORSE
        and not any(t.lemma in NEG_CUE or t.surface in NEG_CUE for t in toks[max(k - 2, 0) : k])
        for k in range(a, b)
    )


def _is_score(toks: list[Tok], k: int, scores: list[tuple[float, int]]) -> bool:
    """Return True when number token k reads as a 0-10 score (not "/10", "3 days", "2 pills")."""
    value = float(toks[k].lemma)
    before = toks[k - 1].lemma if k else ""
    if value == 10 and before in {"/", "of", "de", "out"} and scores:
        return False
    after = toks[k + 1].lemma if k + 1 < len(toks) else ""
    return 0 <= value <= 10 and after not in lx.NOT_SCORE_AFTER


def _pain_scores(toks: list[Tok], i: int) -> list[tuple[float, int]]:
    """Return the 0-10 pain scores written near a pain word, in order."""
    scores: list[tuple[float, int]] = []
    for k in range(i + 1, min(i + 14, len(toks))):
        t = toks[k]
        if t.lemma == "?" or (t.lemma in SIGN_WORDS and t.lemma not in _PAIN_WORDS):
            break
        if t.lemma in _PAIN_WORDS and k > i + 1:
            break
        if t.kind == "n" and _is_score(toks, k, scores):
            scores.append((float(t.lemma), k))
        if len(scores) == 2 and k > i + 8:
            break
    if not scores:
        for k in range(max(i - 3, 0), i):
            if toks[k].kind == "n" and 0 <= float(toks[k].lemma) <= 10:
                scores = [(float(toks[k].lemma), k)]
    return scores


def _judge_pain(reading: _Reading, i: int) -> None:
    """Grade a pain or soreness word by what surrounds it."""
    toks = reading.toks
    if negated_before(toks, i, True) or negated_after(toks, i + 1):
        reading.reassured += 1
        return
    near = [t.lemma for t in toks[i + 1 : i + 7]]
    for k, lemma in enumerate(near):
        if lemma in BOUNDARY:
            near = near[:k]
            break
    before = [t.lemma for t in toks[max(i - 3, 0) : i]]
    more_at = next((n for n, w in enumerate(near) if w in lx.MORE), None)
    if _worse_said(toks, max(i - 3, 0), i + 1 + len(near)) or (
        toks[i].lemma == "pain"
        and more_at is not None
        and not any(w in NEG_CUE for w in near[:more_at])
    ):
        reading.add(Level.URGENT, INCREASING_PAIN, i, i + 1 + len(near))
        return
    scores = _pain_scores(toks, i)
    reading.used.update(k for _, k in scores)
    if len(scores) >= 2:
        _judge_trend(reading, scores, min(i, scores[0][1]), INCREASING_PAIN)
        return
    if improved(toks, i, i + 1):
        reading.reassured += 1
        return
    if scores:
        level = Level.URGENT if scores[0][0] >= 8 else Level.ROUTINE
        symptom = SEVERE_PAIN if level is Level.URGENT else PAIN
        reading.add(level, symptom, min(i, scores[0][1]), max(i, scores[0][1]) + 1)
        return
    if (
        toks[i].lemma == "pain"
        and any(w in lx.SEVERE for w in near + before)
        and not any(w in lx.MILD for w in near + before)
    ):
        reading.add(Level.URGENT, SEVERE_PAIN, i, i + 1)
        return
    mild = toks[i].lemma == "sore" or any(w in lx.MILD for w in near + before)
    reading.add(Level.ROUTINE, MILD_SORENESS if mild else PAIN, i, i + 1)


def _score_trend(toks: list[Tok], scores: list[tuple[float, int]], a: int) -> tuple[float, float]:
    """Return (before, now) for scores written from token a on, whatever their order.

    "Down", "bajo", "better" and "up", "subio", "worse" decide the direction; otherwise
    words like was, yesterday, ayer, antes, from mark the earlier value and now, today,
    hoy mark the present one; with no marker the first number is the earlier one.
    """
    a = max(a - 3, 0)
    end = min(scores[-1][1] + 3, len(toks))
    values = [v for v, _ in scores]
    first, last = scores[0][1], scores[-1][1]
    if {t.lemma for t in toks[max(first - 2, 0) : first]} & lx.SCORE_FROM and {
        t.lemma for t in toks[max(last - 2, 0) : last]
    } & lx.SCORE_TO:
        return values[0], values[-1]
    if len(scores) == 2 and last - first == 2 and toks[first + 1].lemma in lx.SCORE_TO:
        return values[0], values[-1]  # "6 to 9", "6 -> 9", "6 a 9"
    low, high = min(values), max(values)
    for t in toks[a:end]:
        if t.lemma in lx.SCORE_DOWN:
            return high, low
        if t.lemma in lx.SCORE_UP:
            return low, high
    positions = [k for _, k in scores]
    past: set[int] = set()
    now: set[int] = set()
    for m in range(a, end):
        lemma = toks[m].lemma
        is_past, is_now = lemma in lx.SCORE_PAST, lemma in lx.SCORE_NOW
        if not (is_past or is_now) or m in positions:
            continue
        dist = sorted(
            (abs(p - m), -p if lemma in lx.SCORE_FORWARD else p, n) for n, p in enumerate(positions)
        )
        if len(dist) > 1 and dist[0][0] == dist[1][0]:
            if lemma not in lx.SCORE_FORWARD:
                continue
            nearest = next(n for _, _, n in dist[:2] if positions[n] > m)
        else:
            nearest = dist[0][2]
        (past if is_past else now).add(nearest)
    if past and now and past != now:
        before_n = min(past - now) if past - now else min(past)
        now_n = max(now - past) if now - past else max(now)
    elif past and len(past) < len(scores):
        before_n = min(past)
        now_n = max(set(range(len(scores))) - past)
    elif now and len(now) < len(scores):
        now_n = max(now)
        before_n = min(set(range(len(scores))) - now)
    else:
        before_n, now_n = 0, len(scores) - 1
    return values[before_n], values[now_n]


def _judge_trend(reading: _Reading, scores: list[tuple[float, int]], a: int, rising: str) -> None:
    """Grade two or more scores by whether the present one is above the earlier one."""
    before, now = _score_trend(reading.toks, scores, a)
    end = scores[-1][1] + 1
    reading.used.update(k for _, k in scores)
    if now > before:
        reading.add(Level.URGENT, rising, a, end)
    elif now >= 8:
        reading.add(Level.URGENT, SEVERE_PAIN, a, end)
    elif now < before:
        reading.reassured += 1
    else:
        reading.add(Level.ROUTINE, PAIN, a, end)


def _bare_scores(reading: _Reading) -> None:
    """Read "was 3 yesterday, today 7" with no pain word, when time words say it is a score."""
    toks = reading.toks
    if any(t.lemma in _PAIN_WORDS for t in toks):
        return
    if not any(
        t.lemma in lx.SCORE_PAST or t.lemma in {"now", "hoy", "ahora", "today"} for t in toks
    ):
        return
    if any(t.kind == "w" and t.lemma in SIGN_WORDS for t in toks):
        return
    scores: list[tuple[float, int]] = []
    for k, t in enumerate(toks):
        if t.kind == "n" and k not in reading.used and _is_score(toks, k, scores):
            scores.append((float(t.lemma), k))
    if len(scores) >= 2:
        _judge_trend(reading, scores, scores[0][1], SCORE_RISING)


def _judge_temperature(reading: _Reading, k: int, alone: bool) -> None:
    """Read a number as a temperature when it plausibly is one, and grade it."""
    toks = reading.toks
    tok = toks[k]
    value = float(tok.lemma)
    end = k + 1
    if (tok.start and reading.text[tok.start - 1 : tok.start] == "$") or (
        end < len(toks) and toks[end].lemma in lx.MONEY
    ):
        reading.used.add(k)  # "$38.50", "101 dollars"
        return
    if end < len(toks) and toks[end].lemma in lx.DOSE_UNITS:
        reading.used.add(k)  # "101.5 mcg/day": the pump's dose
        return
    if is_weather(toks, k):
        reading.used.add(k)  # "it's 104 degrees outside", "hace 40 grados"
        return
    unit = ""
    while end < len(toks) and toks[end].lemma in lx.DEGREES:
        unit = unit or "deg"
        end += 1
    if end < len(toks) and toks[end].lemma in _UNIT_WORDS:
        unit = "f" if toks[end].lemma in lx.FAHRENHEIT else "c"
        end += 1
    near = {t.lemma for t in toks[max(k - 3, 0) : k]} | {t.lemma for t in toks[end : end + 2]}
    context = (
        bool(near & lx.TEMP_CONTEXT)
        or unit == "deg"
        or (k >= 2 and toks[k - 1].lemma in {"at", "a"} and toks[k - 2].surface in PERSON_AT)
    )
    if not context and not unit and (99 <= value <= 107 or 37 <= value <= 43):
        before = {t.lemma for t in toks[max(k - 2, 0) : k]}
        after = toks[end].lemma if end < len(toks) else "."
        context = bool(before & lx.TEMP_WEAK_CONTEXT) and (
            after in lx.CLAUSE_END or after == "," or after in lx.TEMP_WEAK_AFTER
        )
    as_f, as_c = 95 <= value <= 110, 35 <= value <= 43
    plausible = (
        (unit == "f" and as_f) or (unit == "c" and as_c) or (unit in {"", "deg"} and (as_f or as_c))
    )
    decimal = "." in tok.lemma
    if not plausible:
        if context or unit in {"f", "c"}:
            reading.add(Level.ROUTINE, UNCLEAR_TEMPERATURE, k, end)
        return
    if not (unit or context or decimal or alone):
        return
    celsius = unit == "c" or (unit != "f" and as_c)
    emergency, fever = (40.0, 38.0) if celsius else (104.0, 100.4)
    if value >= emergency:
        reading.add(Level.EMERGENCY, VERY_HIGH_FEVER, k, end)
    elif value >= fever:
        reading.add(Level.URGENT, FEVER, k, end)
    else:
        reading.reassured += 1
        reading.used.update(range(k, end))


def triage(text: str) -> Triage:
    """Triage one reply: the highest level its findings reach, raised by the second reader."""
    toks = tokenise(text)
    return _second_reading(text, toks, _read_by_rules(text, toks))


def read_by_rules(text: str) -> Triage:
    """Triage one reply by the written rules alone (the second reader is left out)."""
    return _read_by_rules(text, tokenise(text))


def reader_words(text: str) -> list[reader.Word]:
    """Return a reply's tokens as the second reader sees them (for training it)."""
    return [reader.Word(t.lemma, t.kind) for t in tokenise(text)]


_READER_LABEL = "reads like a red flag"
_READER_EMERGENCY = "reads like an emergency"
_IF_ASKED = "asked what to do if: "


def settled(first: Triage) -> bool:
    """Return True when the rules are sure a reply holds no red flag.

    That is "ok" (the reply positively says things are fine), a reply that says so but
    has a word or two the rules did not know ("my legs are working fine now"), and "what
    do I do if I get a fever?", which the rules read as a question about what to do, on
    purpose. The learned reader may raise these only to an emergency, and only when it is
    very sure (see bot/triage_reader.decide).
    """
    return first.level is Level.OK or first.sure


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
    return Triage(Level(level), findings, first.language, first.question)


def _read_by_rules(text: str, toks: list[Tok]) -> Triage:
    """Triage one reply by the written rules: the highest level any of its findings reaches."""
    language = language_of(text, toks)
    if not any(t.kind in {"w", "n", "e"} for t in toks):
        evidence = text.strip()
        return Triage(
            Level.ROUTINE, (Finding(UNREADABLE, evidence),), language, question="?" in text
        )
    reading = _Reading(text, toks)
    starts: list[int] = []
    parts: list[str] = []
    pos = 0
    for t in toks:
        starts.append(pos)
        parts.append(t.lemma)
        pos += len(t.lemma) + 1
    _match_phrases(reading, " ".join(parts), starts)
    _bare_scores(reading)

    asked = is_question(toks)
    content = [t for t in toks if t.kind != "p"]
    for k, t in enumerate(toks):
        if k in reading.used:
            continue
        lemma = t.lemma
        if t.kind == "n":
            _judge_temperature(reading, k, alone=len(content) == 1)
        elif lemma in _PAIN_WORDS:
            _judge_pain(reading, k)
        elif lemma in _SINGLES:
            symptom, level, negatable = _SINGLES[lemma]
            after = toks[k + 1].lemma if k + 1 < len(toks) else ""
            before = toks[k - 1].lemma if k else ""
            if (
                after in lx.NOT_BEFORE.get(lemma, ()) or before in lx.NOT_AFTER.get(lemma, ())
            ) and not any(w.lemma in NEG_CUE for w in toks[max(k - 3, 0) : k]):
                continue
            negated = negated_before(
                toks, k, lemma != "problem", level is not Level.EMERGENCY
            ) or negated_after(toks, k + 1)
            eased = (
                level is not Level.EMERGENCY
                and improved(toks, k, k + 1)
                and not (symptom == HEADACHE and reading.positional)
            )
            if negatable and (negated or eased):
                reading.reassured += 1
            else:
                reading.add(level, symptom, k, k + 1)
        elif lemma in lx.QUESTION_SINGLES and asked:
            reading.add(Level.ROUTINE, lx.QUESTION_SINGLES[lemma], k, k + 1)
        elif lemma in lx.OK_WORDS or (lemma == "well" and k and toks[k - 1].lemma in lx.WELL_AFTER):
            if lemma == "bien" and is_intensifier(toks, k):
                continue
            if ok_negated(toks, k):
                reading.add(Level.URGENT, FEELING_UNWELL, max(k - 3, 0), k + 1)
            else:
                reading.reassured += 1
        elif lemma in lx.NONE_WORDS:
            reading.reassured += 1
        elif lemma in lx.BETTER and lemma not in {"gone", "away", "broke", "bajo", "quito"}:
            if k and toks[k - 1].lemma in NEG_CUE:
                reading.add(Level.ROUTINE, NOT_IMPROVING, k - 1, k + 1)
            else:
                reading.reassured += 1

    _combine(reading)
    if not any(lv.rank >= Level.URGENT.rank for lv, _ in reading.findings):
        _vague_bad(reading)
    if not any(lv.rank >= Level.URGENT.rank for lv, _ in reading.findings):
        _backstop(reading)
    if any(f.symptom == DYING for _, f in reading.findings) and any(
        t.surface in lx.LAUGHTER or _LAUGH_RE.fullmatch(t.surface) for t in toks
    ):
        # "I'm dying lol": a figure of speech; suicide and overdose words still count.
        reading.findings = [
            (Level.ROUTINE, f) if f.symptom == DYING else (lv, f) for lv, f in reading.findings
        ]
    findings = _unique(reading.findings)
    if findings:
        level = max((lv for lv, _ in findings), key=lambda lv: lv.rank)
        what_if = any(f.symptom.startswith(_IF_ASKED) for _, f in findings)
        one_sentence = not any(t.lemma in lx.CLAUSE_END for t in toks[:-1])
        return Triage(
            level,
            tuple(f for _, f in findings),
            language,
            asked,
            sure=level is Level.ROUTINE and what_if and one_sentence,
        )
    if asked:
        return Triage(Level.ROUTINE, (Finding(QUESTION, text.strip()),), language, True)
    unknown = [t.surface for k, t in enumerate(toks) if not t.known and k not in reading.used]
    unknown += [
        t.surface
        for k, t in enumerate(toks)
        if t.kind == "n" and k not in reading.used and _temperature_like(t.lemma)
    ]
    last = toks[-1]
    if reading.reassured and last.kind == "w" and last.surface in lx.CUT_OFF:
        unknown.append(last.surface)  # "ok so the": cut off before it said anything
    if reading.reassured and not unknown:
        return Triage(Level.OK, (), language, False)
    evidence = " ".join(unknown) if reading.reassured else text.strip()
    return Triage(
        Level.ROUTINE,
        (Finding(NOT_UNDERSTOOD, evidence),),
        language,
        False,
        sure=bool(reading.reassured),
    )


def _temperature_like(number: str) -> bool:
    """Return True for a number that could be a temperature nobody read."""
    value = float(number)
    return 35 <= value <= 43 or 95 <= value <= 110


def _backstop(reading: _Reading) -> None:
    """Keep a red-flag word nobody could read (breathing, chest, lips, throat) at least urgent."""
    toks = reading.toks
    for k, t in enumerate(toks):
        if t.lemma not in _BACKSTOP or k in reading.used or clause_is_question(toks, k + 1):
            continue
        if negated_before(toks, k, True) or improved(toks, k, k + 1):
            continue
        window = toks[max(k - 3, 0) : k + 4]
        if any(w.lemma in lx.OK_WORDS or w.lemma in lx.BETTER or w.lemma == "well" for w in window):
            continue
        reading.add(Level.URGENT, _BACKSTOP[t.lemma], k, k + 1)
        return


def _vague_bad(reading: _Reading) -> None:
    """Flag "bad", "terrible", "muy mal", "peor" said of oneself: a red flag, not chatter."""
    toks = reading.toks
    for k, t in enumerate(toks):
        if t.lemma not in lx.VAGUE_BAD or k in reading.used:
            continue
        before = toks[k - 1].lemma if k else ""
        after = toks[k + 1].lemma if k + 1 < len(toks) else ""
        if before in lx.NOT_VAGUE_BEFORE and not (k > 1 and toks[k - 2].lemma in NEG_CUE):
            continue
        if after in lx.NOT_VAGUE_AFTER:
            continue
        if before in lx.BAD_ASKED_BEFORE and clause_is_question(toks, k + 1):
            reading.used.add(k)  # "is it bad if I skip a dose?" asks; it tells nothing
            continue
        if ok_negated(toks, k) or negated_before(toks, k, False) or before in {"nada", "nothing"}:
            reading.reassured += 1
            reading.used.add(k)
            continue
        reading.add(Level.URGENT, BAD_REPLY, k, k + 1)
        return


def _combine(reading: _Reading) -> None:
    """Add the findings that only pairs make: fever with confusion or a stiff neck."""
    symptoms = {f.symptom: f for _, f in reading.findings}
    fever = next((symptoms[s] for s in lx.FEVERISH if s in symptoms), None)
    if fever is None:
        fever = symptoms.get(CHILLS)
    if fever is not None:
        for sign, combined in ((CONFUSION, FEVER_CONFUSION), (STIFF_NECK, FEVER_STIFF_NECK)):
            if sign in symptoms:
                evidence = f"{fever.evidence} … {symptoms[sign].evidence}"
                reading.findings.append((Level.EMERGENCY, Finding(combined, evidence)))
        head = symptoms.get(HEADACHE) or symptoms.get(POSITIONAL_HEADACHE)
        if head is not None and any(
            t.lemma in lx.SEVERE or t.lemma in lx.WORSE or t.lemma in {"worst", "peor"}
            for t in reading.toks
        ):
            evidence = f"{fever.evidence} … {head.evidence}"
            reading.findings.append((Level.EMERGENCY, Finding(FEVER_HEADACHE, evidence)))
    _combine_red_flags(reading, symptoms)
    cluster = [f for _, f in reading.findings if f.symptom in _WITHDRAWAL_CLUSTER]
    if len({f.symptom for f in cluster}) >= 3:
        evidence = " … ".join(f.evidence for f in cluster)
        reading.findings.append((Level.EMERGENCY, Finding(SEVERE_WITHDRAWAL, evidence)))
    if HEADACHE in symptoms and any(t.lemma in {"upright", "lying"} for t in reading.toks):
        reading.findings = [
            (Level.URGENT, Finding(POSITIONAL_HEADACHE, f.evidence))
            if f.symptom == HEADACHE
            else (lv, f)
            for lv, f in reading.findings
        ]


def _combine_red_flags(reading: _Reading, symptoms: dict[str, Finding]) -> None:
    """Add emergencies that pairs make: arm pain with sweating, a dry pump with withdrawal signs."""
    toks = reading.toks
    found = reading.findings
    arm = symptoms.get(RADIATING_PAIN)
    if arm is not None:
        partner = next((symptoms[s] for s in _HEART_PARTNERS if s in symptoms), None)
        if partner is not None or any(t.lemma == "chest" for t in toks):
            evidence = arm.evidence if partner is None else f"{arm.evidence} … {partner.evidence}"
            found.append((Level.EMERGENCY, Finding(CHEST_PAIN, evidence)))
    core = [symptoms[s] for s in _WITHDRAWAL_CORE if s in symptoms]
    dry = symptoms.get(PUMP_PROBLEM)
    if len(core) >= 2 or (core and dry is not None):
        parts = ([dry] if dry is not None else []) + core
        evidence = " … ".join(f.evidence for f in parts)
        found.append((Level.EMERGENCY, Finding(SEVERE_WITHDRAWAL, evidence)))
    drowsy = symptoms.get(DROWSINESS)
    if drowsy is not None:
        for k, t in enumerate(toks):
            if t.lemma == "breathe" and not any(
                w.lemma in lx.OK_WORDS or w.lemma in NEG_CUE or w.lemma == "well"
                for w in toks[max(k - 2, 0) : k + 4]
            ):
                evidence = f"{drowsy.evidence} … {reading.evidence(k, k + 1)}"
                found.append((Level.EMERGENCY, Finding(EXTREME_DROWSINESS, evidence)))
                break
    if OVERDOSE not in symptoms and not is_question(toks):
        _mixing(reading)


def _mixing(reading: _Reading) -> None:
    """Flag pain pills taken with alcohol or sleeping pills: an overdose risk."""
    toks = reading.toks
    meds = [k for k, t in enumerate(toks) if t.lemma == "medication"]
    if not meds or not any(t.surface in lx.TOOK for t in toks):
        return
    sedative = any(toks[k].surface in lx.SEDATIVES for k in meds) or any(
        toks[k - 1].lemma == "sleep" for k in meds if k
    )
    alcohol = next((k for k, t in enumerate(toks) if t.surface in lx.ALCOHOL), None)
    if sedative and len(meds) >= 2 or alcohol is not None:
        last = max(meds + ([alcohol] if alcohol is not None else []))
        reading.add(Level.EMERGENCY, OVERDOSE, min(meds), last + 1)


def _unique(findings: list[tuple[Level, Finding]]) -> list[tuple[Level, Finding]]:
    """Drop repeated findings; worst level first, then in reading order."""
    seen: set[Finding] = set()
    kept: list[tuple[Level, Finding]] = []
    for level, finding in sorted(findings, key=lambda pair: -pair[0].rank):
        if finding not in seen:
            seen.add(finding)
            kept.append((level, finding))
    return kept
