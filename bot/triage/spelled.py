"""Read numbers written in words as one number token: "one oh four point five", "ciento uno".

Pure helpers over the tokens of bot.triage.tokens.
"""

from __future__ import annotations

from bot.triage.tok import Tok

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


def merge_spelled_numbers(toks: list[Tok]) -> list[Tok]:
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
