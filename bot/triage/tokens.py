"""Split a reply into folded, lemmatised tokens: words, numbers, punctuation and emoji.

Pure. Each word is folded (lower case, no accents) and mapped onto a lemma through the
lexicon, or, for a misspelling, through a bounded edit distance to a symptom or topic word
(never to a word of reassurance). Numbers keep a decimal dot or comma; spelled-out numbers
("ciento uno", "a hundred and two") become one number token.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bot.triage import lexicon as lx

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
    lx.ACK_WORDS,
    lx.ANSWER_NO,
    lx.ANSWER_YES,
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
class Tok:
    lemma: str
    surface: str
    start: int
    end: int
    kind: str  # "w" word, "n" number, "p" punctuation, "e" emoji
    known: bool


def _split_words(text: str) -> list[Tok]:
    """Split a reply into folded, lemmatised tokens that remember their place in it."""
    lowered = text.lower()
    folded = (lowered if len(lowered) == len(text) else text).translate(_FOLD)
    toks: list[Tok] = []
    for m in _TOKEN_RE.finditer(folded):
        num, word, arrow, punct, emoji = m.groups()
        if num:
            toks.append(Tok(num.replace(",", "."), num, m.start(), m.end(), "n", True))
        elif word:
            lemma, known = _lemma(word)
            toks.append(Tok(lemma, word, m.start(), m.end(), "w", known))
        elif arrow:
            toks.append(Tok("to", arrow, m.start(), m.end(), "w", True))
        elif punct:
            canon = _PUNCT_CANON.get(punct, punct)
            toks.append(Tok(canon, punct, m.start(), m.end(), "p", True))
        elif emoji and emoji not in _SKIN_TONES:
            lemma = lx.LEMMAS.get(emoji, emoji)
            known = emoji in lx.LEMMAS or emoji in lx.OK_WORDS
            toks.append(Tok(lemma, emoji, m.start(), m.end(), "e", known))
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


def _word_at(toks: list[Tok], k: int) -> str:
    """Return the folded word at token k, or "" for anything else."""
    return toks[k].surface if k < len(toks) and toks[k].kind == "w" else ""


def _below_hundred(toks: list[Tok], j: int) -> tuple[int, int] | None:
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


def _spelled_number(toks: list[Tok], i: int) -> tuple[float, int] | None:
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


def _merge_spelled_numbers(toks: list[Tok]) -> list[Tok]:
    """Replace temperatures written in words with one number token."""
    if not any(t.kind == "w" and t.surface in _NUMBER_WORDS for t in toks):
        return toks
    out: list[Tok] = []
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
        out.append(Tok(text, text, t.start, toks[end - 1].end, "n", True))
        k = end
    return out


def tokenise(text: str) -> list[Tok]:
    """Return a reply's tokens, spelled-out numbers merged into one number token."""
    return _merge_spelled_numbers(_split_words(text))
