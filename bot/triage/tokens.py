"""Split a reply into folded, lemmatised tokens: words, numbers, punctuation and emoji.

Pure. Each word is folded (lower case, no accents) and mapped onto a lemma through the
lexicon, or, for a misspelling, through a bounded edit distance to a symptom or topic word
(never to a word of reassurance). Numbers keep a decimal dot or comma; spelled-out numbers
("ciento uno", "a hundred and two") become one number token.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.triage import lexicon as lx
from bot.triage.reread import HEARD_AS, dictated_scores, places, tagalog_linker, the_state
from bot.triage.spelled import merge_spelled_numbers
from bot.triage.tok import Tok as Tok

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


# Chart shorthand that is another word in lower case ("ha ha"): read only in capitals.
_CAPITAL_SHORTHAND = {"ha": "headache", "ha's": "headache", "has": "headache"}
# Names a sign word (or a near spelling of one) can be, after the words that introduce or sign
# off a writer: "Hi its Dolores", "hey its Marco", "... clean and dry. -Sandra".
_NAMES = frozenset({"dolores", "marco", "sandra"})
_IS = frozenset({"its", "it's", "is", "soy", "from", "love"})
_SIGN_OFF = ("-", "\u2013", "\u2014", "~")  # "-Sandra", "— Sandra"
# Spain's word for a band-aid, which elsewhere is "shivers" ("tirita de frío"), after an article.
_BAND_AIDS = frozenset({"tirita", "tiritas"})
_ARTICLES = frozenset({"la", "una", "las", "unas", "esa", "esta", "otra", "nueva", "mi", "su"})
# Near spellings of a sign word, read as written after these words. A spell of something is
# no smell: "a dizzy spell", "one of my spinning spells", "a fainting spell" (fainting stays
# fainting); not "a bad spell from the wound", nor "one of his spells again" (a seizure? a
# nurse asks). "drawn" is no "drain" in "blood drawn today", "a bath drawn", "labs drawn"; it
# is in "yellowish drawn on the bandage".
_SPELL_OF = lx.words(
    "dizzy dizziness spinning spinny vertigo fainting lightheaded coughing crying "
    "sneezing sleepy shaky menieres meniere's"
)
_AS_WRITTEN_AFTER = {
    "spell": _SPELL_OF,
    "spells": _SPELL_OF,
    "drawn": lx.words("blood bath lab labs level levels curtains blinds shades"),
    "swear": lx.words("i"),  # "I swear", not "I sweat"
    # "dry eyes bugging me", not a bulging pump
    "bugging": lx.words("eyes eye allergies sinuses sinus"),
}


def _named(text: str, start: int, end: int, toks: list[Tok]) -> bool:
    """Return True for a capitalised sign word that signs the reply: "Hi its Dolores.",
    "soy Dolores, todo bien" — not "Hola Dolores de cabeza" (autocapitalised pains)."""
    after = text[end:].lstrip()
    return (
        text[start].isupper()
        and ((bool(toks) and toks[-1].surface in _IS) or text[:start].rstrip().endswith(_SIGN_OFF))
        and (not after or after[0] in ".,!;:-")
    )


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
def _lemma(word: str, fuzzy: bool = True) -> tuple[str, bool]:
    """Return a word's lemma and whether it is a word the triage knows (``fuzzy``: also as
    a misspelling of a sign or topic word)."""
    lemma = lx.LEMMAS.get(word)
    if lemma is not None:
        return lemma, True
    if word in _ALL_KNOWN:
        return word, True
    if word.endswith("'s") and len(word) > 3:  # "she's", "dad's", "pump's"
        return _lemma(word[:-2], fuzzy)
    if word.endswith("in") and len(word) >= 5 and word.isalpha():
        lemma, known = _lemma(word + "g", fuzzy)  # "nothin", "gettin", "doin": a dropped g
        if known:
            return lemma, True
    squeezed = _RUNS.sub(r"\1", word)  # "feverrrr", "sooo"; not a mashed "bbbbbn"
    if squeezed != word and not (len(squeezed) <= 2 and _RUNS.match(word)):
        for variant in (_RUNS.sub(r"\1\1", word), squeezed):
            lemma, known = _lemma(variant, fuzzy)
            if known:
                return lemma, True
    if fuzzy and len(word) >= 5 and word.isalpha():
        limit = 1 if len(word) <= 8 else 2
        for length in range(len(word) - limit, len(word) + limit + 1):
            for form in _FUZZY_TARGETS.get((length, word[0]), ()):
                if _within(word, form, limit):
                    return lx.LEMMAS[form], True
    return word, False


def _possessive_name(word: str, text: str, start: int, end: int, toks: list[Tok]) -> bool:
    """Return True for a capitalised possessive of a word the triage knows only as a near
    spelling, after "this is" or before a phone or a relative ("this is Sandra's phone",
    "Sandra's husband"): a name, not a misspelled sign ("Drainige's coming thru")."""
    if not (text[start].isupper() and word.endswith(("'s", "\u2019s")) and len(word) > 4):
        return False
    stem = word[:-2]
    if not (stem.isalpha() and not _lemma(stem, fuzzy=False)[1] and _lemma(stem)[1]):
        return False
    return (bool(toks) and toks[-1].surface in _IS) or bool(_OWNED.match(text, end))


# What a named person's possessive is said of: "Sandra's phone", "Marlene's husband".
_OWNED = re.compile(
    r"\s+(?:phone|cell|number|husband|wife|mom|mother|dad|father|son|daughter|sister|brother"
    r"|grandson|granddaughter|house|place|car|kid|kids|baby)\b",
    re.IGNORECASE,
)


# The CB radio's "10-4" (understood) said on its own, at the start or after a full stop; not
# "pain level 10-4", "pain was at 10-4 this morning".
_TEN_FOUR = re.compile(r"(?:^|[.!,])\s*10-4(?=$|[\s.!,])")


def _split_words(text: str) -> list[Tok]:
    """Split a reply into folded, lemmatised tokens that remember their place in it."""
    lowered = text.lower()
    folded = (lowered if len(lowered) == len(text) else text).translate(_FOLD)
    if "10-4" in folded:
        # same length: the places hold
        folded = _TEN_FOUR.sub(lambda m: m.group(0)[:-4] + "copy", folded)
    toks: list[Tok] = []
    for m in _TOKEN_RE.finditer(folded):
        num, word, arrow, punct, emoji = m.groups()
        if num:
            toks.append(Tok(num.replace(",", "."), num, m.start(), m.end(), "n", True))
        elif word:
            lemma, known = _lemma(word)
            if word in _CAPITAL_SHORTHAND and text[m.start() : m.end()].isupper():
                lemma, known = _CAPITAL_SHORTHAND[word], True  # "no HA": the chart's headache
            elif _possessive_name(word, text, m.start(), m.end(), toks):
                lemma, known = word[:-2], True  # "this is Sandra's phone": no "sangra" (bleeds)
            elif word in _NAMES and _named(text, m.start(), m.end(), toks):
                lemma, known = word, True  # "Hi its Dolores.": a name, no pains
            elif word in _BAND_AIDS and toks and toks[-1].surface in _ARTICLES:
                lemma, known = "dressing", True  # "se me cayó la tirita": Spain's band-aid
            elif toks and toks[-1].surface in _AS_WRITTEN_AFTER.get(word, ()):
                lemma, known = word, True  # "a dizzy spell", "blood drawn": no smell, no drain
            elif word == "stop" and toks and toks[-1].surface == "non":
                # "non stop bleeding" is bleeding that goes on, not bleeding that stopped
                start = toks.pop().start
                toks.append(Tok("nonstop", "nonstop", start, m.end(), "w", True))
                continue
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


# Voice dictation spells punctuation out: "doing fine period", "what is redness question
# mark". Not after a word that makes "period" a noun ("my period is late").
_SPOKEN_MARKS = {"period": ".", "comma": ",", "colon": ":"}
_SPOKEN_PAIRS = {
    ("question", "mark"): "?",
    ("exclamation", "mark"): "!",
    ("exclamation", "point"): "!",
    ("full", "stop"): ".",
    ("new", "paragraph"): ".",
    ("new", "line"): ".",
}
_NOUN_BEFORE_MARK = lx.words(
    "my her your his a the this that first last next one whole same waiting trial healing "
    "recovery time short long grace menstrual"
)
# Clinical shorthand written as letters around slashes: "no s/s infection", "C/D/I".
_SLASHED = {"s/s": "signs", "c/d/i": "clean", "n/v": "nausea", "c/d": "clean"}


def _spoken_punctuation(toks: list[Tok]) -> list[Tok]:
    """Turn dictated punctuation and slashed shorthand into the tokens they stand for."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.kind == "w":
            nxt = toks[k + 1].surface if k + 1 < len(toks) else ""
            mark = _SPOKEN_PAIRS.get((t.surface, nxt))
            if mark is not None:
                out.append(Tok(mark, mark, t.start, toks[k + 1].end, "p", True))
                k += 2
                continue
            mark = _SPOKEN_MARKS.get(t.surface)
            if mark is not None and k and (out[-1].surface not in _NOUN_BEFORE_MARK):
                out.append(Tok(mark, mark, t.start, t.end, "p", True))
                k += 1
                continue
            if len(t.surface) == 1 and nxt == "/":
                m = k
                while (
                    m + 2 < len(toks)
                    and toks[m + 1].surface == "/"
                    and len(toks[m + 2].surface) == 1
                ):
                    m += 2
                short = "/".join(x.surface for x in toks[k : m + 1 : 2])
                lemma = _SLASHED.get(short)
                if lemma is not None:
                    out.append(Tok(_lemma(lemma)[0], short, t.start, toks[m].end, "w", True))
                    k = m + 1
                    continue
        if t.surface == "no" and k + 1 < len(toks) and toks[k + 1].surface == "one":
            out.append(Tok("nobody", "no one", t.start, toks[k + 1].end, "w", True))
            k += 2
            continue
        if t.surface in {"neg", "negative"} and k + 1 < len(toks) and toks[k + 1].surface == "for":
            out.append(Tok("no", t.surface, t.start, toks[k + 1].end, "w", True))  # "neg for HA"
            k += 2
            continue
        if t.surface == "x" and k + 1 < len(toks) and toks[k + 1].kind == "n":
            # "Negative x4", "afebrile x 72h": a count or a span, never a score
            end = k + 2
            if end < len(toks) and toks[end].surface in _SPAN_UNITS:
                end += 1
            out.append(Tok("times", "x", t.start, toks[end - 1].end, "w", True))
            k = end
            continue
        out.append(t)
        k += 1
    return out


_SPAN_UNITS = lx.words("h hr hrs hours d days wk wks weeks")


def tokenise(text: str) -> list[Tok]:
    """Return a reply's tokens, spelled-out numbers merged into one number token."""
    toks = _split_words(text)
    surfaces = {t.surface for t in toks}
    if not _DICTATED.isdisjoint(surfaces):
        toks = _spoken_punctuation(toks)
    if not surfaces.isdisjoint(HEARD_AS):
        toks = dictated_scores(toks)
    if "lower" in surfaces or "low" in surfaces:
        toks = places(toks)
    if "colorado" in surfaces:
        toks = the_state(toks)
    if "na" in surfaces and not lx.TAGALOG_ONLY.isdisjoint(surfaces):
        toks = tagalog_linker(toks)
    return merge_spelled_numbers(toks)


_DICTATED = (
    frozenset(_SPOKEN_MARKS) | {a for a, _ in _SPOKEN_PAIRS} | {"/", "x", "neg", "negative", "one"}
)
