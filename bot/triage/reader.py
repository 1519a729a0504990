"""A second reader, learned from labelled replies, that raises a triage level the rules set
too low, and reads good news told in words nobody listed.

The rules in :mod:`bot.triage` read what they were written for. Patients and caregivers
also describe danger in words nobody listed ("he opens his eyes for a sec then he's gone
again"). This reader is three logistic-regression scorers over the words of a reply — "a
red flag" (emergency or urgent), "an emergency" and "says all is well" — trained by
``bench/triage_reader_train.py`` on the labelled sets under ``tests/`` and stored as
weights in ``reader_weights.json`` beside this module. It is pure (no I/O after the weights
load at import, no clock). The first two only ever raise a level. The third may only take
a reply the rules could not read at all ("Everything is under control. No wahala at all")
from a nurse's queue, and only when it is very sure, the reply asks nothing and the other
two scorers find nothing alarming in it (:func:`says_well`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import repeat

from bot.triage import lexicon as lx

# Words that turn the next few words into "denied" ones: "no he tenido fiebre".
_NEGATORS = lx.NEGATORS | lx.NONE_WORDS | {"cant", "wont", "didnt", "doesnt", "wasnt", "arent"}
_SCOPE_ENDS = lx.CLAUSE_END | lx.CONTRAST | {","}
_SCOPE = 4  # words a negator reaches
_COUNTED = lx.words(
    "pounds pound lbs lb kg kilos libras years yrs year anos hours hrs hour horas minutes mins "
    "min minutos days dias weeks semanas months meses miles millas times veces steps pasos"
)
# Thanks, blessings, greetings and whom they are for: left out before the "says all is well"
# scorer reads a reply, so "muchas gracias a todas las enfermeras" alone says nothing of how
# the patient is (a nurse sees it), while "todo bien primero Dios" still says "todo bien".
_COURTESY = (lx.ACK_WORDS - {"same", "igual", "mismo"}) | lx.words(
    "god dios lord jesus nurse nurses enfermera enfermeras staff team doctor doctors doctora dr "
    "everyone everybody todos todas all yall y'all you u ustedes hi hello hola buenos buenas "
    "dias morning afternoon evening tardes noches dear"
)
# However sure the "well" scorer is, a reply either other scorer gives this much stays put.
ALARM_GUARD = 0.2
# and so does one with a part the "well" scorer gives less than this.
PART_FLOOR = 0.5
_PART_ENDS = (
    lx.CLAUSE_END | lx.CONTRAST | lx.words(", ; : though tho except excepto only just solo")
)


@dataclass(frozen=True)
class Word:
    """One token as the reader sees it: its lemma and its kind (w, n, p or e)."""

    lemma: str
    kind: str


def _number_feature(value: str) -> str:
    """Return a coarse bucket for a number: the reader learns ranges, not values."""
    x = float(value)
    if x <= 10:
        return "n:small"
    if 37.5 <= x < 38:
        return "n:warm_c"
    if 38 <= x < 40:
        return "n:fever_c"
    if 40 <= x <= 43:
        return "n:high_c"
    if 99.5 <= x < 100.4:
        return "n:warm_f"
    if 100.4 <= x < 104:
        return "n:fever_f"
    if 104 <= x <= 110:
        return "n:high_f"
    return "n:other"


def features(words: Sequence[Word]) -> list[str]:
    """Return the features of a reply: words (marked when denied), bigrams, word starts."""
    return ["bias", *(f for per_word in features_by_word(words) for f in per_word)]


def features_by_word(words: Sequence[Word]) -> list[list[str]]:
    """Return, for each token of a reply, the features it takes part in."""
    found: list[list[str]] = []
    denied = 0
    previous = ""
    for k, word in enumerate(words):
        lemma = word.lemma
        own: list[str] = []
        found.append(own)
        if word.kind == "p" or lemma in _SCOPE_ENDS:
            denied = 0
            previous = ""
            if lemma == "?":
                own.append("p:?")
            continue
        if word.kind == "n":
            nxt = words[k + 1].lemma if k + 1 < len(words) else ""
            if nxt in lx.DOSE_UNITS:
                own.append("n:dose")
            elif nxt in _COUNTED or nxt in lx.MONEY:
                own.append("n:count")  # "40 pounds", "3 hours", "101 dollars": no temperature
            else:
                own.append(_number_feature(lemma))
            previous = "#"
            continue
        mark = "d:" if denied else "w:"
        own.append(mark + lemma)
        if len(lemma) >= 6 and word.kind == "w":
            own.append(mark[0] + "p:" + lemma[:5])
        if previous:
            own.append(f"b:{previous}_{lemma}")
        previous = lemma
        if lemma in _NEGATORS:
            denied = _SCOPE
        elif denied:
            denied -= 1
    return found


@dataclass(frozen=True)
class Limits:
    """How sure the reader must be to raise a level."""

    to_urgent: float  # a routine reply to urgent
    to_emergency: float  # a routine or urgent reply to emergency
    settled_to_emergency: float  # a reply the rules are sure of (see triage.settled)
    to_ok: float  # a reply the rules could not read to "ok" (see says_well)


@dataclass(frozen=True)
class Weights:
    """The learned weights of both scorers and the thresholds chosen for them."""

    red: dict[str, float]
    emergency: dict[str, float]
    well: dict[str, float]
    limits: Limits

    @staticmethod
    def load() -> Weights:
        """Load the weights shipped beside this module."""
        text = resources.files(__package__).joinpath("reader_weights.json").read_text("utf-8")
        data = json.loads(text)
        return Weights(data["red"], data["emergency"], data["well"], Limits(**data["limits"]))


def decide(level: str, settled: bool, red: float, emergency: float, limits: Limits) -> str:
    """Return the level after the second reading: the rules' level or a higher one.

    ``level`` is what the rules said, ``settled`` whether they are sure there is no red
    flag, ``red`` and ``emergency`` this reader's two scores.
    """
    if level == "emergency":
        return level
    if settled:
        return "emergency" if emergency >= limits.settled_to_emergency else level
    if emergency >= limits.to_emergency:
        return "emergency"
    if level == "routine" and red >= limits.to_urgent:
        return "urgent"
    return level


def says_well(
    well: float, parts: Sequence[float], red: float, emergency: float, limits: Limits
) -> bool:
    """Return True when a reply the rules could not read says all is well: the "well" scorer
    is at least ``limits.to_ok`` sure of the whole, leans to good news on every part of it
    (``parts``: "Bored stiff, the box has been honking" has a part that does not), and
    neither other scorer reaches ALARM_GUARD."""
    return (
        well >= limits.to_ok
        and all(part >= PART_FLOOR for part in parts)
        and red < ALARM_GUARD
        and emergency < ALARM_GUARD
    )


def well_features(words: Sequence[Word]) -> tuple[list[str], list[list[str]]]:
    """Return the features the "well" scorer reads — the reply without its courtesies — and
    those of each part of it (split at stops, commas and turns like "but")."""
    kept = [w for w in words if w.lemma not in _COURTESY]
    pieces: list[list[Word]] = [[]]
    for word in kept:
        if word.lemma in _PART_ENDS:
            pieces.append([])
        else:
            pieces[-1].append(word)
    parts = [features(piece) for piece in pieces if any(w.kind == "w" for w in piece)]
    return features(kept), parts if len(parts) > 1 else []


def sentences(words: Sequence[Word]) -> list[tuple[int, int]]:
    """Return where the sentences of a reply are (split after ".", "?" and "!"), when it has
    more than one.

    A sign told beside a question or chit-chat ("what do I do if I get a fever? also my wife
    keeps nodding off") is scored on its own sentence too, so the rest cannot dilute it.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for k, word in enumerate(words):
        if word.lemma in _SENTENCE_ENDS:
            spans.append((start, k + 1))
            start = k + 1
    spans.append((start, len(words)))
    spans = [(a, b) for a, b in spans if any(w.kind != "p" for w in words[a:b])]
    return spans if len(spans) > 1 else []


_SENTENCE_ENDS = frozenset({".", "?", "!"})


def feature_sets(words: Sequence[Word]) -> list[list[str]]:
    """Return the features of the whole reply and of each of its sentences.

    Features never reach across a sentence's end (features_by_word starts afresh after
    one), so a sentence's are the whole reply's, cut at its ends.
    """
    per_word = features_by_word(words)
    return [
        ["bias", *(f for own in per_word[a:b] for f in own)]
        for a, b in [(0, len(words)), *sentences(words)]
    ]


def best(weights: dict[str, float], found: Sequence[Iterable[str]]) -> float:
    """Return the highest probability one scorer gives the reply or any of its sentences."""
    return max(score(weights, part) for part in found)


def score(weights: dict[str, float], found: Iterable[str]) -> float:
    """Return the probability one scorer gives a reply's features."""
    z = sum(map(weights.get, set(found), repeat(0.0)))  # as trained: each feature once
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def strongest(weights: dict[str, float], words: Sequence[Word], limit: int = 3) -> list[int]:
    """Return the places of the words that pushed a scorer up most, in reading order.

    A word's share is the weight of the features it takes part in; short function words
    ("and", "me") are left out, so the nurse sees the words that carry the meaning.
    """
    shares = []
    for k, own in enumerate(features_by_word(words)):
        if words[k].kind == "w" and len(words[k].lemma) > 3:
            share = sum(weights.get(f, 0.0) for f in own)
            if share > 0:
                shares.append((share, k))
    return sorted(k for _, k in sorted(shares, reverse=True)[:limit])


WEIGHTS = Weights.load()
