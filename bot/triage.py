"""Triage a patient's free-text SMS reply into emergency, urgent, routine or ok.

Pure: no I/O, no clock. The text is tokenised once, each word is folded
(lower case, no accents) and mapped onto a lemma — through the lexicon, or a
bounded edit distance for misspellings — and the rules run over the lemmas.
Negation, improvement ("swelling went down") and questions are judged per
finding. When in doubt the level goes up: a reply is ``ok`` only when it says
so and holds nothing the rules cannot read.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from bot import triage_lexicon as lx
from bot import triage_reader as reader
from bot.triage_lexicon import (
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


class Level(str, enum.Enum):  # noqa: UP042  (the agreed contract; str() stays Level.X)
    """How soon a human must look at a reply."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    ROUTINE = "routine"
    OK = "ok"

    @property
    def rank(self) -> int:
        """Return 3 for emergency down to 0 for ok, so levels compare."""
        return _RANK[self]


_RANK = {Level.EMERGENCY: 3, Level.URGENT: 2, Level.ROUTINE: 1, Level.OK: 0}

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


# --- tokens -----------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"(\d+(?:[.,]\d+)?)"  # numbers, decimal dot or comma
    r"|([^\W\d_]+(?:'[^\W\d_]+)*)"  # words, with inner apostrophes
    r"|(->|-->|=>|→|➡)"  # arrows: "pain 6 -> 9"
    r"|([?!.;:,/°¿¡\n])"
    r"|([\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50])",
)
_SKIN_TONES = frozenset(chr(c) for c in range(0x1F3FB, 0x1F400))


def _fold_table() -> dict[int, str]:
    """Map accented Latin letters to their base and curly quotes to a straight one."""
    table = {ord(q): "'" for q in "\u2019\u2018`\u00b4\u02bc"}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha():
            table[code] = base.lower()
    return table


_FOLD = _fold_table()
_PUNCT_CANON = {"\n": ".", "¿": "?", "¡": "!"}

_ALL_KNOWN = frozenset().union(
    lx.KNOWN,
    lx.NEGATORS,
    lx.NONE_WORDS,
    lx.OK_WORDS,
    lx.BETTER,
    lx.WORSE,
    lx.SEVERE,
    lx.MILD,
    lx.MORE,
    lx.CONTRAST,
    lx.NEGATION_SCOPE,
    lx.TEMP_CONTEXT,
    lx.QUESTION_STARTS,
    lx.FAHRENHEIT,
    lx.CELSIUS,
    lx.DEGREES,
    lx.WELL_AFTER,
    lx.SPANISH,
    lx.ENGLISH,
    lx.LIST_JOIN,
    lx.AND_JOIN,
    lx.DOWN_VERBS,
    lx.SCORE_PAST,
    lx.SCORE_NOW,
    lx.SCORE_DOWN,
)
# Misspellings are corrected only towards symptom and topic words, never towards
# reassurance: a garbled word must not make a reply look fine.
_FUZZY_TARGETS: dict[tuple[int, str], tuple[str, ...]] = {}
for _form in sorted(lx.LEMMAS):
    if len(_form) >= 5 and _form.isalpha() and _form.isascii() and _form not in lx.EXACT_ONLY:
        _key = (len(_form), _form[0])
        _FUZZY_TARGETS[_key] = (*_FUZZY_TARGETS.get(_key, ()), _form)
_RUNS = re.compile(r"(\w)\1{2,}")


def _within(a: str, b: str, limit: int) -> bool:
    """Return True when the optimal-string-alignment distance of a and b is <= limit."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, prev2[j - 2] + 1)
            cur[j] = best
        if min(cur) > limit:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= limit


@lru_cache(maxsize=16384)
def _lemma(word: str) -> tuple[str, bool]:
    """Return a word's lemma and whether it is a word the triage knows."""
    lemma = lx.LEMMAS.get(word)
    if lemma is not None:
        return lemma, True
    if word in _ALL_KNOWN:
        return word, True
    if word.endswith("'s") and len(word) > 3:  # "she's", "dad's", "pump's"
        return _lemma(word[:-2])
    squeezed = _RUNS.sub(r"\1", word)  # "feverrrr", "sooo"
    if squeezed != word:
        for variant in (_RUNS.sub(r"\1\1", word), squeezed):
            lemma, known = _lemma(variant)
            if known:
                return lemma, True
    if len(word) >= 5 and word.isalpha():
        limit = 1 if len(word) <= 8 else 2
        for length in range(len(word) - limit, len(word) + limit + 1):
            for form in _FUZZY_TARGETS.get((length, word[0]), ()):
                if _within(word, form, limit):
                    return lx.LEMMAS[form], True
    return word, False


@dataclass(slots=True)
class _Tok:
    lemma: str
    surface: str
    start: int
    end: int
    kind: str  # "w" word, "n" number, "p" punctuation, "e" emoji
    known: bool


def _tokenise(text: str) -> list[_Tok]:
    """Split a reply into folded, lemmatised tokens that remember their place in it."""
    lowered = text.lower()
    folded = (lowered if len(lowered) == len(text) else text).translate(_FOLD)
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(folded):
        num, word, arrow, punct, emoji = m.groups()
        if num:
            toks.append(_Tok(num.replace(",", "."), num, m.start(), m.end(), "n", True))
        elif word:
            lemma, known = _lemma(word)
            toks.append(_Tok(lemma, word, m.start(), m.end(), "w", known))
        elif arrow:
            toks.append(_Tok("to", arrow, m.start(), m.end(), "w", True))
        elif punct:
            canon = _PUNCT_CANON.get(punct, punct)
            toks.append(_Tok(canon, punct, m.start(), m.end(), "p", True))
        elif emoji and emoji not in _SKIN_TONES:
            lemma = lx.LEMMAS.get(emoji, emoji)
            known = emoji in lx.LEMMAS or emoji in lx.OK_WORDS
            toks.append(_Tok(lemma, emoji, m.start(), m.end(), "e", known))
    return toks


_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "cero": 0,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
}
_ZEROS = frozenset({"oh", "o", "zero", "cero"})
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "veinte": 20,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
}
_HUNDRED = frozenset({"hundred", "ciento", "cien"})
_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TEENS) | frozenset(_TENS) | _HUNDRED
_POINT = frozenset({"point", "punto", "coma", "con"})
_HALF = frozenset({"half", "medio", "media"})


def _word_at(toks: list[_Tok], k: int) -> str:
    """Return the folded word at token k, or "" for anything else."""
    return toks[k].surface if k < len(toks) and toks[k].kind == "w" else ""


def _below_hundred(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """Read 0-99 in words from token j: "thirty eight", "treinta y ocho", "one"."""
    word = _word_at(toks, j)
    if word in _TENS:
        value = _TENS[word]
        nxt = _word_at(toks, j + 1)
        if nxt in {"y", "and"} and _word_at(toks, j + 2) in _UNITS:
            return value + _UNITS[_word_at(toks, j + 2)], j + 3
        if nxt in _UNITS and nxt not in {"cero", "zero"}:
            return value + _UNITS[nxt], j + 2
        return value, j + 1
    if word in _TEENS:
        return _TEENS[word], j + 1
    if word in _UNITS:
        return _UNITS[word], j + 1
    return None


def _spelled_number(toks: list[_Tok], i: int) -> tuple[float, int] | None:
    """Read a temperature written in words from token i: "one oh four point five", "ciento uno"."""
    j = i
    if _word_at(toks, j) in {"a", "one", "un"} and _word_at(toks, j + 1) == "hundred":
        j += 1
    word = _word_at(toks, j)
    value: float
    if word in _HUNDRED:
        value, j = 100, j + 1
        if _word_at(toks, j) in {"and", "y"} and _word_at(toks, j + 1) in _NUMBER_WORDS:
            j += 1
        rest = _below_hundred(toks, j)
        if rest is not None:
            value, j = 100 + rest[0], rest[1]
    elif word in _UNITS and (_word_at(toks, j + 1) in _UNITS or _word_at(toks, j + 1) in _ZEROS):
        digits = ""
        while len(digits) < 3:
            w = _word_at(toks, j)
            if w in _UNITS:
                digits += str(_UNITS[w])
            elif w in _ZEROS and digits and (w == "cero" or word not in {"uno", "dos", "tres"}):
                digits += "0"
            else:
                break
            j += 1
        value = int(digits)
    else:
        small = _below_hundred(toks, j)
        if small is None or word not in _TENS:
            return None
        value, j = small
    if not (95 <= value <= 110 or 35 <= value <= 43):
        return None
    if _word_at(toks, j) in _POINT:
        w = _word_at(toks, j + 1)
        if w in _UNITS:
            value, j = float(f"{int(value)}.{_UNITS[w]}"), j + 2
        elif j + 1 < len(toks) and toks[j + 1].kind == "n" and "." not in toks[j + 1].lemma:
            value, j = float(f"{int(value)}.{toks[j + 1].lemma}"), j + 2
    elif _word_at(toks, j) in {"and", "y"} and _word_at(toks, j + 1) in _HALF | {"a"}:
        end = j + 3 if _word_at(toks, j + 1) == "a" else j + 2
        if _word_at(toks, end - 1) in _HALF:
            value, j = value + 0.5, end
    return value, j


def _merge_spelled_numbers(toks: list[_Tok]) -> list[_Tok]:
    """Replace temperatures written in words with one number token."""
    if not any(t.kind == "w" and t.surface in _NUMBER_WORDS for t in toks):
        return toks
    out: list[_Tok] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        parsed = (
            _spelled_number(toks, k)
            if t.kind == "w" and (t.surface in _NUMBER_WORDS or t.surface in {"a", "un"})
            else None
        )
        if parsed is None:
            out.append(t)
            k += 1
            continue
        value, end = parsed
        text = f"{value:g}"
        out.append(_Tok(text, text, t.start, toks[end - 1].end, "n", True))
        k = end
    return out


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
_SIGN_WORDS = frozenset(lx.SIGN_LEMMAS.values()) - {"problem"}
# Signs a negation reaches through in a list: "no nausea or vomiting".
_LISTED_SIGNS = _SIGN_WORDS | {
    lemma for lemma, (_s, level, negatable) in lx.SINGLES.items() if negatable and level != "ok"
}
_BOUNDARY = lx.CLAUSE_END | lx.CONTRAST
_NEG_CUE = lx.NEGATORS | {"wont", "cant", "isnt", "dont", "havent"}
_PAIN_WORDS = frozenset({"pain", "sore"})
_OK_FILLER = lx.OK_FILLER
_POSITIONAL = frozenset({"upright", "lying"})
_INNER_NEGATION = frozenset({PUMP_ALARM, INCREASING_PAIN})  # "la bomba ya no suena"
_KEEPS_GOING = frozenset({"para", "deja", "paro"})  # "no para de subir": a negator that isn't
_STOPPED = frozenset({"stop", "quit", "dejo", "dejaron"})
_STOPPED_AFTER = frozenset({"stop", "paro", "detuvo", "ceso", "quito"})  # "el sangrado paro"
_CLAUSE_SUBJECT = frozenset(
    {"there", "here", "it", "its", "it's", "that", "who", "which", "is", "are", "was", "were"}
)
_LOCAL_PARTS = frozenset(
    {
        "herida",
        "wound",
        "incision",
        "legs",
        "brazo",
        "arm",
        "arms",
        "piel",
        "skin",
        "pie",
        "foot",
        "feet",
        "dedo",
        "dedos",
        "toe",
        "toes",
        "finger",
        "fingers",
        "bruise",
        "moreton",
        "moretones",
        "mancha",
        "site",
        "area",
        "pump",
        "back",
        "espalda",
        "hand",
        "mano",
        "knee",
        "rodilla",
        "belly",
        "abdomen",
        "stitches",
        "dressing",
        "brazos",
        "manos",
        "pies",
    }
)
_CENTRAL_PARTS = frozenset({"lips", "boca", "mouth", "face", "cara", "whole", "todo", "entero"})
_BACKSTOP = lx.BACKSTOP_WORDS
_LAUGH_RE = re.compile(r"(?:ja|je|ji|ha|he|hi){2,}h?|lo+l|lmf?ao+")
_HYPOTHETICAL_KEEP = frozenset({"normal", "already", "ya", "now", "ahora", "still", "todavia"})
_HEART_PARTNERS = (SWEATING, NAUSEA, VOMITING, TROUBLE_BREATHING, DIZZINESS, FAINTING)
_WITHDRAWAL_CORE = (HALLUCINATIONS, RIGIDITY, FEVER, VERY_HIGH_FEVER, CONFUSION)
_WITHDRAWAL_CLUSTER = frozenset(
    {SWEATING, ANXIETY, WITHDRAWAL, VOMITING, ITCHING, SHAKING, DIARRHEA, PUMP_PROBLEM}
)


class _Reading:
    """Collect what one reply says while its tokens are walked."""

    def __init__(self, text: str, toks: list[_Tok]) -> None:
        self.text = text
        self.toks = toks
        self.findings: list[tuple[Level, Finding]] = []
        self.reassured = 0
        self.used: set[int] = set()
        self.positional = any(t.lemma in _POSITIONAL for t in toks)
        # Whether any sign could be someone else's or long past (see _not_the_patient_now).
        self.maybe_elsewhere = any(
            t.lemma in _OUTSIDERS or t.surface in _OUTSIDERS or t.lemma in _PAST_CUES for t in toks
        )

    def evidence(self, i: int, j: int) -> str:
        """Return the patient's words for tokens i..j-1."""
        return self.text[self.toks[i].start : self.toks[j - 1].end].strip()

    def add(self, level: Level, symptom: str, i: int, j: int) -> None:
        """Record a finding backed by tokens i..j-1."""
        if (
            self.maybe_elsewhere
            and symptom not in SELF_HARM_SYMPTOMS
            and _not_the_patient_now(self.toks, i, j)
        ):
            self.used.update(range(i, j))
            return
        if symptom == BLUE_LIPS and _local_colour(self.toks, i, j):
            level, symptom = Level.URGENT, "skin discoloration"
        elif level is Level.URGENT and _hypothetical(self.toks, i, j):
            level, symptom = Level.ROUTINE, f"{_IF_ASKED}{symptom}"
        self.findings.append((level, Finding(symptom, self.evidence(i, j))))
        self.used.update(range(i, j))


def _participle(toks: list[_Tok], k: int) -> bool:
    """Return True when token k is a Spanish past participle ("tenido", "desmayado")."""
    return k < len(toks) and (
        toks[k].surface in _PERFECT or toks[k].surface.endswith(("ado", "ido", "ada", "ida"))
    )


def _subclause(toks: list[_Tok], i: int, j: int) -> tuple[int, int]:
    """Return the span of the part of a sentence that holds tokens i..j-1 (commas and "but"
    end a part as well as full stops)."""
    a = i
    while a > 0 and toks[a - 1].lemma not in _SUBCLAUSE_END:
        a -= 1
    b = j
    while b < len(toks) and toks[b].lemma not in _SUBCLAUSE_END:
        b += 1
    return a, b


def _not_the_patient_now(toks: list[_Tok], i: int, j: int) -> bool:
    """Return True when a sign is someone else's or long past: "my dog has a lump",
    "the movie had a seizure scene", "had a seizure as a kid but nothing since".

    Kept narrow on purpose. An outsider counts only as the subject of the sign, a verb or
    two before it, with nothing between that points back at the patient or starts a new
    action ("walked the dog and blacked out", "my neighbor says I'm not making sense" and
    "my neighbor found him on the floor" still count). A long-past sign counts again when
    the reply says it came back.
    """
    a, b = _subclause(toks, i, j)
    words = {t.lemma for t in toks[a:b]} | {t.surface for t in toks[a:b]}
    if (
        not words & _NOW_WORDS
        and not words & _LIKE_WORDS  # "chest pain like I had last year" is now
        and _LONG_AGO_RE.search(" ".join(t.lemma for t in toks[a:b]))
        and not _BACK_AGAIN_RE.search(" ".join(t.lemma for t in toks))
    ):
        return True
    if words & _PATIENT_PARTS:
        return False  # "my cat scan showed a lump near the pump"
    for k in range(max(a, i - 6), i):
        if toks[k].lemma in _OUTSIDERS or toks[k].surface in _OUTSIDERS:
            between = toks[k + 1 : i]
            return not any(
                t.lemma in _PATIENT_MARKS or t.surface in _PATIENT_MARKS for t in between
            )
    return False


_SUBJECTS = frozenset(
    [
        "he",
        "she",
        "i",
        "it",
        "they",
        "we",
        "his",
        "her",
        "my",
        "im",
        "i'm",
        "hes",
        "shes",
        "he's",
        "she's",
    ]
)
_PERFECT = frozenset({"tenido", "sentido", "notado", "visto", "presentado"})  # "no he tenido"
_HABER = frozenset({"he", "e", "ha", "a", "han", "hemos"})
_SUBCLAUSE_END = lx.CLAUSE_END | lx.CONTRAST | {","}
# A word that every _LONG_AGO_RE match holds.
_PAST_CUES = frozenset(
    [
        "kid",
        "child",
        "teen",
        "teenager",
        "baby",
        "ago",
        "year",
        "back",
        "was",
        "nino",
        "nina",
        "chico",
        "chica",
        "joven",
        "chiquito",
        "chiquita",
        "era",
        "eramos",
        "estaba",
        "anos",
        "mucho",
        "ano",
        "used",
        "solia",
        "childhood",
        "infancia",
        "pequeno",
        "pequena",
        "pequenos",
        "pequenas",
    ]
)
_PATIENT_PARTS = frozenset(
    [
        "incision",
        "incisions",
        "herida",
        "heridas",
        "wound",
        "pump",
        "bomba",
        "back",
        "espalda",
        "belly",
        "dressing",
        "stitches",
        "site",
        "scan",
        "scans",
    ]
)
_LIKE_WORDS = frozenset({"like", "same", "como", "igual", "similar", "mismo", "misma"})
_NOW_WORDS = frozenset({"now", "ahora", "today", "hoy", "again", "since", "desde", "nuevo", "new"})
_LONG_AGO_RE = re.compile(
    r"\b(?:as a (?:kid|child|teen|teenager|baby)|(?:years|yrs|decades) ago|last year"
    r"|when i was (?:a |little|young|small)|de (?:nino|nina|chico|chica|joven|chiquito|chiquita)"
    r"|cuando (?:era|eramos|estaba) (?:nino|nina|chico|chica|joven|chiquit\w*)"
    r"|el ano pasado|used to|solia|childhood|infancia|de pequen\w*)\b"
)
# "...but now it's back", "y ya me volvio": the old sign has returned.
_BACK_AGAIN_RE = re.compile(
    r"\b(?:again|otra vez|de nuevo|came back|coming back|its back|it's back|is back|returned"
    r"|volvio|volvieron|regreso|regresaron|another|otra|otro)\b"
)
_OUTSIDERS = frozenset(
    [
        "neighbor",
        "neighbors",
        "neighbour",
        "vecino",
        "vecina",
        "vecinos",
        "friend",
        "friends",
        "amigo",
        "amiga",
        "amigos",
        "coworker",
        "coworkers",
        "companero",
        "companera",
        "boss",
        "character",
        "actor",
        "actress",
        "dog",
        "dogs",
        "doggy",
        "puppy",
        "cat",
        "cats",
        "kitty",
        "kitten",
        "pet",
        "perro",
        "perra",
        "perrito",
        "perrita",
        "gato",
        "gata",
        "gatito",
        "mascota",
        "horse",
        "caballo",
        "bird",
        "pajaro",
        "movie",
        "movies",
        "film",
        "pelicula",
        "novela",
        "greys",
        "netflix",
    ]
)
# Between an outsider and a sign, these tie the sign back to the patient or start a new
# action of the writer's: pronouns, "says", "and".
_PATIENT_MARKS = frozenset(
    [
        "him",
        "her",
        "me",
        "my",
        "mi",
        "mis",
        "le",
        "lo",
        "les",
        "nos",
        "us",
        "i",
        "im",
        "yo",
        "he",
        "she",
        "incision",
        "incisions",
        "herida",
        "wound",
        "pump",
        "bomba",
        "back",
        "espalda",
        "belly",
        "dressing",
        "stitches",
        "tengo",
        "estoy",
        "says",
        "said",
        "dice",
        "dicen",
        "dijo",
        "told",
        "noticed",
        "noto",
        "found",
        "encontro",
        "thinks",
        "cree",
        "and",
        "y",
        "then",
        "luego",
    ]
)


def _clause(toks: list[_Tok], i: int, j: int) -> list[_Tok]:
    """Return the tokens of the clause that holds tokens i..j-1."""
    a = i
    while a > 0 and toks[a - 1].lemma not in lx.CLAUSE_END:
        a -= 1
    b = j
    while b < len(toks) and toks[b].lemma not in lx.CLAUSE_END:
        b += 1
    return toks[a:b]


def _local_colour(toks: list[_Tok], i: int, j: int) -> bool:
    """Return True for "se le puso morado el brazo": a purple limb or wound, not blue lips."""
    words = {t.lemma for t in _clause(toks, i, j)} | {t.surface for t in _clause(toks, i, j)}
    return bool(words & _LOCAL_PARTS) and not words & _CENTRAL_PARTS


def _hypothetical(toks: list[_Tok], i: int, j: int) -> bool:
    """Return True for a sign asked about as an "if": "what do I do if I get a fever?"."""
    if not _clause_is_question(toks, j):
        return False
    clause_start = i
    while clause_start > 0 and toks[clause_start - 1].lemma not in lx.CLAUSE_END:
        clause_start -= 1
    before = toks[max(clause_start, i - 5) : i]
    if not any(t.lemma in lx.IF_WORDS or t.surface in lx.IF_WORDS for t in before):
        return False
    clause = _clause(toks, i, j)
    return not any(
        t.kind == "n" or t.lemma in _HYPOTHETICAL_KEEP or t.surface in _HYPOTHETICAL_KEEP
        for t in clause
    )


def _negated(toks: list[_Tok], i: int, sign: bool, across_comma: bool = True) -> bool:
    """Return True when a negator before token i reaches it ("no fever or swelling")."""
    k = i - 1
    crossed = False
    while k >= 0:
        lemma = toks[k].lemma
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
            and toks[k + 1].lemma in _SIGN_WORDS
            and (k == 0 or toks[k - 1].lemma not in lx.KNOW_SUBJECTS)
        ):
            return True
        if lemma in lx.AND_JOIN and not (lemma == "e" and toks[k + 1].surface in _PERFECT):
            after = toks[k + 1].lemma
            if after not in _SIGN_WORDS and after not in lx.NEGATORS:
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
            and lemma not in _LISTED_SIGNS
            and lemma not in lx.LIST_JOIN
        ):
            return False
        k -= 1
    return False


def _ok_negated(toks: list[_Tok], i: int) -> bool:
    """Return True for "not good", "no me siento bien": a negator right before reassurance."""
    for k in range(i - 1, max(i - 4, -1), -1):
        lemma = toks[k].lemma
        if lemma in lx.NEGATORS:
            return True
        if lemma not in _OK_FILLER:
            return False
    return False


def _bare_list(toks: list[_Tok], a: int, b: int) -> bool:
    """Return True when tokens a..b-1 are only signs and list words."""
    return all(
        t.lemma in _SIGN_WORDS
        or t.lemma in lx.LIST_JOIN
        or t.lemma in lx.AND_JOIN
        or t.lemma in lx.NEGATORS
        for t in toks[a:b]
    )


def _or_list(toks: list[_Tok], a: int) -> bool:
    """Return True when the list from token a on is joined by "or"/"ni": "no fever, redness or
    swelling" denies all three; "no redness, swelling" and "sin fiebre, hinchado y rojo" do
    not."""
    for t in toks[a:]:
        if t.lemma in lx.CLAUSE_END or t.lemma in lx.CONTRAST:
            return False
        if t.lemma in lx.LIST_JOIN:
            return True
    return False


def _bare_tail(toks: list[_Tok], a: int) -> bool:
    """Return True when the clause from token a on holds only signs and list words."""
    for t in toks[a:]:
        if t.lemma in _BOUNDARY or t.lemma == ",":
            return True
        if not (
            t.lemma in _SIGN_WORDS
            or t.lemma in lx.LIST_JOIN
            or t.lemma in lx.AND_JOIN
            or t.lemma in lx.NEGATORS
        ):
            return False
    return True


def _post_negated(toks: list[_Tok], j: int) -> bool:
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
        or toks[k].lemma in _BOUNDARY
        or toks[k].lemma == ","
        # "fever: no swelling: no" lists answers; in "swelling, no fever" the "no" is fever's
        or (answered and toks[k].lemma in _SIGN_WORDS)
    )


def _clause_is_question(toks: list[_Tok], j: int) -> bool:
    """Return True when the clause holding token j-1 ends with a question mark."""
    for t in toks[j:]:
        if t.lemma in lx.CLAUSE_END:
            return t.lemma == "?"
    return False


def _improved(toks: list[_Tok], i: int, j: int) -> bool:
    """Return True when the words around a sign say it is easing ("redness is gone")."""
    asked = _clause_is_question(toks, j)
    if any(t.lemma in _STILL for t in toks[j : j + 2]):
        return False  # "lo hinchado sigue igual", "the swelling is still there"
    for k in range(j, min(j + 9, len(toks))):
        lemma = toks[k].lemma
        if lemma == "," and k + 1 < len(toks) and not _eases_at(toks, k + 1):
            break  # "la venda mojada, dice que se siente bien": the "bien" is about her
        if (
            lemma in lx.AND_JOIN
            and any(t.lemma in _LISTED_SIGNS for t in toks[k + 1 : k + 4])
            and (
                toks[k + 1].lemma in _NEW_SUBJECT
                or not all(t.lemma in _GLUE_OR_SIGN for t in toks[j:k])
            )
        ):
            break  # "fever and the redness went down": the easing is the redness's
        if lemma in _BOUNDARY:
            if lemma in lx.CONTRAST and not asked and _passed_after(toks, k + 1):
                return True
            break
        if (
            lemma in _NEG_CUE
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
        if lemma == "bien" and _intensifier(toks, k):
            break
        eased = (
            lemma in lx.BETTER
            or lemma in _STOPPED_AFTER
            or (lemma == "down" and toks[k - 1].lemma in lx.DOWN_VERBS)
        )
        if (
            (eased or (lemma in lx.OK_AFTER and not asked and not _asked_if_ok(toks, k)))
            and toks[k - 1].lemma not in _NEG_CUE
            # "the pain isn't getting any better"
            and not any(t.lemma in _NEG_CUE for t in toks[max(k - 3, j) : k])
        ):
            return True
    for k in range(i - 1, max(i - 7, -1), -1):
        lemma = toks[k].lemma
        if lemma in _BOUNDARY or lemma in _THEN:
            break  # "the bleeding stopped, fever started", "got better then fever"
        if k < i - 3 and not all(t.lemma in _GLUE_OR_SIGN for t in toks[k + 1 : i]):
            break
        if lemma in lx.BETTER and lemma not in {"gone", "away"}:
            return True
        if lemma in _STOPPED and (k == 0 or toks[k - 1].lemma not in _NEG_CUE) and not asked:
            return True
        if k < i - 2 and not all(t.lemma in _GLUE_OR_SIGN for t in toks[k:i]):
            break  # only a list reaches further back: "ya se le quito lo rojo y lo hinchado"
    return False


_THEN = frozenset({",", "then", "luego", "despues", "after", "and then", "pero"})
_YA_NO_BEFORE = _BOUNDARY | {",", "hay", "esta", "tengo", "tiene", "se", "veo", "sale", "salen"}
_UNIT_WORDS = lx.FAHRENHEIT | lx.CELSIUS
_STILL = frozenset({"sigue", "siguen", "still", "todavia", "aun", "continua", "continues"})
_NEW_SUBJECT = frozenset(
    ["the", "la", "el", "los", "las", "my", "mi", "mis", "su", "sus", "his", "her"]
)
_LIST_GLUE = frozenset(
    [
        "lo",
        "la",
        "el",
        "los",
        "las",
        "y",
        "e",
        "and",
        "se",
        "le",
        "me",
        "the",
        "ya",
        "a",
        "my",
        "mi",
        "su",
        "or",
        "o",
    ]
)
_GLUE_OR_SIGN = _LIST_GLUE | _SIGN_WORDS


def _eases_at(toks: list[_Tok], k: int) -> bool:
    """Return True when the words from token k on say a sign is easing or fine."""
    end = min(k + 4, len(toks))
    while k < end - 1 and toks[k].lemma in _EASING_GLUE:
        k += 1  # "all good", "todo bien", ", it broke", ", ya se me quito"
    lemma = toks[k].lemma
    if lemma in _NEG_CUE:  # "pus, no fever", "rojo, no hay pus": that "no" is the other sign's
        nxt = [t.lemma for t in toks[k + 1 : k + 3]]
        return not any(w in _LISTED_SIGNS for w in nxt)
    # Only a word of easing: "red, all good otherwise" and "it's fine I think" do not ease it.
    return lemma in lx.BETTER or lemma == "ya"


_EASING_GLUE = frozenset(
    [
        "all",
        "todo",
        "everything",
        "everythings",
        "otherwise",
        "it",
        "its",
        "it's",
        "that",
        "thats",
        "se",
        "me",
        "le",
        "has",
        "is",
        "was",
        "and",
        "y",
        "then",
        "luego",
    ]
)


_WAS_NOT = frozenset({"wasnt", "wasn't", "werent", "weren't", "hadnt", "hadn't"})
_STILL_BAD = frozenset({"quita", "quito", "para", "calma", "baja", "bajo", "aguanta", "puede"})


def _passed_after(toks: list[_Tok], a: int) -> bool:
    """Return True for "... but not anymore", "pero ya no", "but it's gone now" after a sign."""
    words: list[str] = []
    for t in toks[a:]:
        if t.lemma in lx.CLAUSE_END or t.lemma == ",":
            break
        words.append(t.lemma)
    if (
        not words
        or len(words) > 5
        or any(w not in lx.PASSED_AFTER_BUT and w not in lx.BETTER for w in words)
    ):
        return False
    said = set(words)
    return bool(said & {"gone", "away", "quito", "quitaron", "quitado", "paso"}) or (
        bool(said & {"not", "no"}) and bool(said & {"anymore", "more", "longer", "ya", "mas"})
    )


def _asked_if_ok(toks: list[_Tok], k: int) -> bool:
    """Return True for "is that ok", "es normal", "esta bien?": asking, not reassuring."""
    return k > 0 and toks[k - 1].lemma in {"that", "this", "it", "thats", "its", "eso", "esto"}


def _intensifier(toks: list[_Tok], k: int) -> bool:
    """Return True for "bien" meaning "very": "bien rojo", "bien chuco"."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.kind == "w" and (
        nxt.lemma in _SIGN_WORDS or not nxt.known or nxt.lemma not in _AFTER_BIEN
    )


# Words that may follow "bien" meaning "fine" ("bien y usted", "bien gracias"); before any
# other word "bien" means "very" ("bien tieso", "bien hinchado").
_AFTER_BIEN = frozenset(
    [
        "y",
        "e",
        "pero",
        "gracias",
        "gracia",
        "todo",
        "todos",
        "hoy",
        "ahora",
        "ya",
        "nomas",
        "no",
        "de",
        "con",
        "en",
        "por",
        "la",
        "el",
        "los",
        "las",
        "mi",
        "su",
        "a",
        "que",
        "asi",
        "pues",
        "aunque",
        "solo",
        "igual",
        "tambien",
        "thanks",
        "thank",
        "and",
        "but",
        "so",
        "gracias",
        "dios",
        "bendito",
        "amigo",
        "doctor",
        "doctora",
        "enfermera",
        "senor",
        "senora",
        "mija",
        "mijo",
    ]
)


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
            if negatable and (_negated(toks, i, True, calm) or _post_negated(toks, j)):
                reading.reassured += 1
                reading.used.update(range(i, j))
                continue
            if (
                negatable
                and symptom in _INNER_NEGATION
                and any(
                    (
                        toks[k].lemma in _NEG_CUE
                        and toks[k + 1].lemma not in _STOPPED
                        and toks[k + 1].lemma not in _KEEPS_GOING
                    )
                    # "pump stopped beeping" (not "pump stopped working": another rule)
                    or (
                        symptom == PUMP_ALARM
                        and toks[k].lemma in _STOPPED
                        and toks[k - 1].lemma not in _NEG_CUE  # "wont stop beeping"
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
                and toks[i].lemma not in _NEG_CUE
                and _improved(toks, i, j)
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
    if _negated(toks, i, True, calm) or (toks[i].lemma not in _NEG_CUE and _post_negated(toks, j)):
        reading.reassured += 1
        reading.used.update(range(i, j))
        return
    doubtful = _clause_is_question(toks, j) or (
        toks[i].lemma not in _NEG_CUE and _improved(toks, i, j)
    )
    reading.add(Level.URGENT if doubtful else level, symptom, i, j)


def _worse_said(toks: list[_Tok], a: int, b: int) -> bool:
    """Return True when tokens a..b-1 say "worse" without denying it ("not worse", "no peor")."""
    return any(
        toks[k].lemma in lx.WORSE
        and not any(t.lemma in _NEG_CUE or t.surface in _NEG_CUE for t in toks[max(k - 2, 0) : k])
        for k in range(a, b)
    )


def _is_score(toks: list[_Tok], k: int, scores: list[tuple[float, int]]) -> bool:
    """Return True when number token k reads as a 0-10 score (not "/10", "3 days", "2 pills")."""
    value = float(toks[k].lemma)
    before = toks[k - 1].lemma if k else ""
    if value == 10 and before in {"/", "of", "de", "out"} and scores:
        return False
    after = toks[k + 1].lemma if k + 1 < len(toks) else ""
    return 0 <= value <= 10 and after not in lx.NOT_SCORE_AFTER


def _pain_scores(toks: list[_Tok], i: int) -> list[tuple[float, int]]:
    """Return the 0-10 pain scores written near a pain word, in order."""
    scores: list[tuple[float, int]] = []
    for k in range(i + 1, min(i + 14, len(toks))):
        t = toks[k]
        if t.lemma == "?" or (t.lemma in _SIGN_WORDS and t.lemma not in _PAIN_WORDS):
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
    if _negated(toks, i, True) or _post_negated(toks, i + 1):
        reading.reassured += 1
        return
    near = [t.lemma for t in toks[i + 1 : i + 7]]
    for k, lemma in enumerate(near):
        if lemma in _BOUNDARY:
            near = near[:k]
            break
    before = [t.lemma for t in toks[max(i - 3, 0) : i]]
    more_at = next((n for n, w in enumerate(near) if w in lx.MORE), None)
    if _worse_said(toks, max(i - 3, 0), i + 1 + len(near)) or (
        toks[i].lemma == "pain"
        and more_at is not None
        and not any(w in _NEG_CUE for w in near[:more_at])
    ):
        reading.add(Level.URGENT, INCREASING_PAIN, i, i + 1 + len(near))
        return
    scores = _pain_scores(toks, i)
    reading.used.update(k for _, k in scores)
    if len(scores) >= 2:
        _judge_trend(reading, scores, min(i, scores[0][1]), INCREASING_PAIN)
        return
    if _improved(toks, i, i + 1):
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


def _score_trend(toks: list[_Tok], scores: list[tuple[float, int]], a: int) -> tuple[float, float]:
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
    if any(t.kind == "w" and t.lemma in _SIGN_WORDS for t in toks):
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
    if _weather(toks, k):
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
        or (k >= 2 and toks[k - 1].lemma in {"at", "a"} and toks[k - 2].surface in _PERSON_AT)
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


_BODY_TEMP = frozenset(
    {"temp", "temps", "temperature", "temperatura", "fever", "thermometer", "termometro"}
)


_PERSON_AT = frozenset(
    ["im", "i'm", "hes", "he's", "shes", "she's", "estoy", "tengo", "tiene", "tenia", "tenemos"]
)  # "I'm at 104 after the sauna"


def _weather(toks: list[_Tok], k: int) -> bool:
    """Return True when the number at token k is the weather, not a body temperature."""
    if k and toks[k - 1].lemma in {"hace", "hizo", "hacia"}:
        return True
    a, b = _subclause(toks, k, k + 1)
    if any(t.lemma in _BODY_TEMP or t.surface in _PERSON_AT for t in toks[a:b]):
        return False  # "40 grados aqui, pero sin fiebre": the fever word is in another part
    # "¿Puedo meterme al jacuzzi? Está a 40 grados": the water, said in the clause before.
    return any(t.lemma in lx.WEATHER or t.surface in lx.WEATHER for t in toks[a:b])


def _language(text: str, toks: list[_Tok]) -> str:
    """Guess "es" or "en" from distinctive words; English wins a tie."""
    es = sum(t.surface in lx.SPANISH for t in toks)
    en = sum(t.surface in lx.ENGLISH for t in toks)
    if any(c in text for c in "ñÑ¿¡áéíóúÁÉÍÓÚ"):
        es += 2
    return "es" if es > en else "en"


def _is_question(toks: list[_Tok]) -> bool:
    """Return True when the reply asks something."""
    words = [t for t in toks if t.kind == "w"]
    return any(t.lemma == "?" for t in toks) or bool(
        words and words[0].surface in lx.QUESTION_STARTS and len(words) > 1
    )


def triage(text: str) -> Triage:
    """Triage one reply: the highest level its findings reach, raised by the second reader."""
    toks = _merge_spelled_numbers(_tokenise(text))
    return _second_reading(text, toks, _read_by_rules(text, toks))


def read_by_rules(text: str) -> Triage:
    """Triage one reply by the written rules alone (the second reader is left out)."""
    return _read_by_rules(text, _merge_spelled_numbers(_tokenise(text)))


def reader_words(text: str) -> list[reader.Word]:
    """Return a reply's tokens as the second reader sees them (for training it)."""
    return [reader.Word(t.lemma, t.kind) for t in _merge_spelled_numbers(_tokenise(text))]


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


def _second_reading(text: str, toks: list[_Tok], first: Triage) -> Triage:
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


def _read_by_rules(text: str, toks: list[_Tok]) -> Triage:
    """Triage one reply by the written rules: the highest level any of its findings reaches."""
    language = _language(text, toks)
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

    asked = _is_question(toks)
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
            ) and not any(w.lemma in _NEG_CUE for w in toks[max(k - 3, 0) : k]):
                continue
            negated = _negated(
                toks, k, lemma != "problem", level is not Level.EMERGENCY
            ) or _post_negated(toks, k + 1)
            eased = (
                level is not Level.EMERGENCY
                and _improved(toks, k, k + 1)
                and not (symptom == HEADACHE and reading.positional)
            )
            if negatable and (negated or eased):
                reading.reassured += 1
            else:
                reading.add(level, symptom, k, k + 1)
        elif lemma in lx.QUESTION_SINGLES and asked:
            reading.add(Level.ROUTINE, lx.QUESTION_SINGLES[lemma], k, k + 1)
        elif lemma in lx.OK_WORDS or (lemma == "well" and k and toks[k - 1].lemma in lx.WELL_AFTER):
            if lemma == "bien" and _intensifier(toks, k):
                continue
            if _ok_negated(toks, k):
                reading.add(Level.URGENT, FEELING_UNWELL, max(k - 3, 0), k + 1)
            else:
                reading.reassured += 1
        elif lemma in lx.NONE_WORDS:
            reading.reassured += 1
        elif lemma in lx.BETTER and lemma not in {"gone", "away", "broke", "bajo", "quito"}:
            if k and toks[k - 1].lemma in _NEG_CUE:
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
        if t.lemma not in _BACKSTOP or k in reading.used or _clause_is_question(toks, k + 1):
            continue
        if _negated(toks, k, True) or _improved(toks, k, k + 1):
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
        if before in lx.NOT_VAGUE_BEFORE and not (k > 1 and toks[k - 2].lemma in _NEG_CUE):
            continue
        if after in lx.NOT_VAGUE_AFTER:
            continue
        if before in lx.BAD_ASKED_BEFORE and _clause_is_question(toks, k + 1):
            reading.used.add(k)  # "is it bad if I skip a dose?" asks; it tells nothing
            continue
        if _ok_negated(toks, k) or _negated(toks, k, False) or before in {"nada", "nothing"}:
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
                w.lemma in lx.OK_WORDS or w.lemma in _NEG_CUE or w.lemma == "well"
                for w in toks[max(k - 2, 0) : k + 4]
            ):
                evidence = f"{drowsy.evidence} … {reading.evidence(k, k + 1)}"
                found.append((Level.EMERGENCY, Finding(EXTREME_DROWSINESS, evidence)))
                break
    if OVERDOSE not in symptoms and not _is_question(toks):
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
