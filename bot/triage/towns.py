"""Tell a number said of a place from a body's temperature: "104 degrees here in Houston",
"It's 109 in Hemet", "104 in hardin today lol" (not "my temp is 101 here in Denver", "102 in bed
today"). The small words of the weather's sentences live here too, shared with weather.py."""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.scope import SUBCLAUSE_END, span
from bot.triage.tokens import Tok

UNITS = lx.DEGREES | {"f"}
IN = lx.words("in en")
# "it got hot", "it's so hot in the house": the "it" of the weather.
IT = lx.words("it its it's")
_THOUGH = lx.words("though tho this tonight now")
OUT_THERE = lx.CLAUSE_END | lx.words(", today there here yesterday so and lol but")
# All that may come before the weather's number in its part of the sentence.
IT_WAS = lx.words(
    "it its it's was is been has had hit got to up a like about already today yesterday "
    "outside well and so oh wow lol man hace hizo ya como unos"
)
_HERE = lx.words("here aqui aca")
_TODAY = lx.words("today yesterday hoy ayer")
_AT_HOME = lx.words("bed cama house home casa couch sofa recliner chair bedroom kitchen")
CARE_PLACES = lx.words(
    "er ed hospital clinic emergency urgent icu hospital clinica emergencias urgencias office "
    "room bed waiting triage"
)


def here_in_a_place(toks: list[Tok], k: int) -> bool:
    """Return True when the number at token k is said "here in" a place that is no place of
    care, or "in" a town nobody listed ("It's 109 in Hemet"), of nobody: "104 degrees here in
    Houston", "it was 110 here in Yuma" (not "my temp is 101 here in Denver", "Dad 101.6 here
    in the nursing home", "tengo 39 aquí en ...")."""
    start = span(toks, k, k, SUBCLAUSE_END)[0]
    if not all(t.lemma in IT_WAS for t in toks[start:k]):
        return False
    m = k + 1
    while m < len(toks) and toks[m].lemma in UNITS:
        m += 1
    if (
        start < k
        and float(toks[k].lemma) >= 107  # no body's: "It's 109 in Hemet though"
        and toks[start].lemma in IT
        and m + 1 < len(toks)
        and toks[m].lemma in IN
        and toks[m + 1].kind == "w"
        and not toks[m + 1].known
        and (m + 2 == len(toks) or toks[m + 2].lemma in OUT_THERE | _THOUGH)
    ):
        return True  # in a place nobody listed, a town
    if (
        start == k
        and toks[k].lemma.isdigit()  # a whole number: the weather's, not a thermometer's 101.8
        and int(toks[k].lemma) >= 100
        and m + 3 < len(toks)
        and toks[m].lemma in IN
        and toks[m + 1].kind == "w"
        and not toks[m + 1].known
        and toks[m + 1].lemma not in CARE_PLACES | _AT_HOME
        and toks[m + 2].lemma in _TODAY
        and toks[m + 3].lemma in lx.LAUGHTER  # "104 in hardin today lol"
        and _fever_denied_after(toks, m + 4)
    ):
        return True  # "104 in hardin today lol. no fever here tho": a town's heat
    if not (m + 2 < len(toks) and toks[m].lemma in _HERE and toks[m + 1].lemma in IN):
        return False
    place = toks[m + 2 : m + 5]
    return not any(t.lemma in CARE_PLACES for t in place)


_FEVER = lx.words("fever fiebre temp temperature calentura")


def _fever_denied_after(toks: list[Tok], k: int) -> bool:
    """Return True when a "no fever" follows token k: "... lol but no fever on me"."""
    return any(
        toks[n].lemma in {"no", "sin"} and toks[n + 1].lemma in _FEVER
        for n in range(k, len(toks) - 1)
    )
