"""Judge whether a number or "hot" is the weather's (or a pool's, a car's, a house's), not
the patient's: "104 degrees here in Houston", "hace calor", "it was 95 out today".

Pure helpers over the tokens of bot.triage.tokens; reading, temperature and unsaid call them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage.elsewhere import subclause
from bot.triage.lexicon import DYING
from bot.triage.result import Finding
from bot.triage.scope import SUBCLAUSE_END, span
from bot.triage.tokens import Tok
from bot.triage.towns import (
    CARE_PLACES,
    IN,
    IT,
    IT_WAS,
    OUT_THERE,
    UNITS,
    here_in_a_place,
)

_BODY_TEMP = frozenset(
    {"temp", "temps", "temperature", "temperatura", "fever", "thermometer", "termometro"}
)


PERSON_AT = frozenset(
    ["im", "i'm", "hes", "he's", "shes", "she's", "estoy", "tengo", "tiene", "tenia", "tenemos"]
    + ["had", "ran", "running", "spiked"]  # "I had 100.5 this morning but prob just the heat"
)  # "I'm at 104 after the sauna"


def is_weather(toks: list[Tok], k: int) -> bool:
    """Return True when the number at token k is the weather, not a body temperature."""
    if k and toks[k - 1].lemma in {"hace", "hizo", "hacia"}:
        return True
    if k >= 2 and toks[k - 1].lemma in {"a", "at"} and toks[k - 2].lemma in _HOT_WATER:
        return True  # "mi compadre tiene jacuzzi a 104": the water's
    if k >= 2 and toks[k - 1].lemma in _SAID and toks[k - 2].lemma in _FORECASTERS:
        return True  # "the TV said 104 degrees in Glendale tomorrow"
    m = k + 1
    while m < len(toks) and toks[m].lemma in UNITS:
        m += 1  # "98 degrees out"
    if (
        m < len(toks)
        and toks[m].lemma == "out"
        and (m + 1 == len(toks) or toks[m + 1].lemma in OUT_THERE)
        and not any(t.surface in PERSON_AT for t in toks[max(k - 3, 0) : k])
    ):
        return True  # "it was 95 out today", "104 out there"; not "I'm at 102 out here"
    if _in_a_hot_place(toks, k, m):
        return True  # "it was 104 in the truck cab today"; not "he was 104 in the truck"
    if here_in_a_place(toks, k):
        return True  # "it was 104 degrees here in Houston"; not "my temp is 101 here in Denver"
    a, b = subclause(toks, k, k + 1)
    if (
        any(_body_temp(toks, m) for m in range(a, b))
        or any(toks[m].surface in PERSON_AT for m in range(max(a, k - 3), k))
        or _woke_with(toks, k)
    ):
        return False  # "I'm at 104"; "40 grados aqui, pero sin fiebre": fever is elsewhere
    sentence_span = span(toks, k, k + 1, lx.CLAUSE_END)
    if _inside_with_the_ac(toks, *sentence_span) and not any(
        t.surface in PERSON_AT for t in toks[sentence_span[0] : k]
    ):
        return True  # "104 in Kona today, staying inside with the AC"
    # "Sat in my sister's hot tub, 104 degrees, legs only": the water, named just before.
    if a == k and a > 1 and toks[a - 1].lemma == "," and m > k + 1:  # "104 degrees"
        before = subclause(toks, a - 2, a - 1)[0]
        if any(t.surface in _SOAKED_IN for t in toks[before : a - 1]):
            # "put her in the tub, 103": hers, not the water's
            return not any(t.surface in _HIM for t in toks[before : a - 1])
    # "¿Puedo meterme al jacuzzi? Está a 40 grados": the water, said in the clause before.
    if a and toks[a - 1].lemma == "?":
        a = subclause(toks, a - 2, a - 1)[0] if a > 1 else 0
    if any(t.lemma in lx.WEATHER or t.surface in lx.WEATHER for t in toks[a:b]):
        return True
    # "hace mucho calor aqui, 40 grados, pero yo bien": the weather, said earlier in the sentence
    a, b = span(toks, k, k + 1, lx.CLAUSE_END)
    sentence = toks[a:b]
    if any(t.lemma in _BODY_TEMP and t.lemma not in _THERMOMETER for t in sentence) or any(
        t.surface in PERSON_AT for t in sentence
    ):
        return False
    return any(t.lemma in lx.WEATHER or t.surface in lx.WEATHER for t in sentence)


def _woke_with(toks: list[Tok], k: int) -> bool:
    """Return True for a number someone woke up or went to bed with: "woke up with 100.6,
    maybe too much sun?" is a fever the sun may explain, for a nurse to weigh."""
    if k >= 2 and toks[k - 1].surface == "con" and toks[k - 2].surface in {"desperte", "amaneci"}:
        return True  # "desperté con 38"
    return (
        k >= 3
        and toks[k - 1].surface in {"with", "con"}
        and toks[k - 2].surface in {"up", "bed", "cama"}
        and toks[k - 3].surface in {"woke", "woken", "wake", "waking", "to", "went", "la"}
    )


_THERMOMETER = frozenset({"thermometer", "termometro"})
_HOT_WATER = lx.words("jacuzzi tub hottub spa pool piscina alberca tina bathe")
_SOAKED_IN = lx.words("jacuzzi tub hottub spa pool piscina alberca tubs")  # not a bath given
_HIM = lx.words("him her them he she lo le el ella")  # "put her in the tub, 103": hers
_SAID = lx.words("said says say calls called dice dijo")
_FORECASTERS = lx.words("tv news weatherman forecast radio app channel noticias")
_HERE_THERE = lx.words("here there")  # "hot as blazes out here"
# "he's hot to the touch out here": said of someone, not of the weather
_SOMEONE = lx.words(
    "he he's hes she she's shes him her i i'm im me my his touch site mi su sus lo la le papa "
    "mama papá mamá frente tengo tiene siento estoy"
)


_HOT_PLACES = lx.words(
    "truck car cab garage shop attic barn warehouse kitchen plant greenhouse camioneta carro "
    "troca cocina"
)
_A = lx.words("the my a his her our el la mi su")
# "took his temp, it was 102 in the car", "when I checked her forehead": a body's reading
_TOOK_IT = lx.words(
    "took take checked check forehead frente tome tomo temperatura feverish clammy chills"
)


def _in_a_hot_place(toks: list[Tok], k: int, m: int) -> bool:
    """Return True for the number at token k told as the heat "in the truck cab", "in the
    attic" by "it was" (m: the token after the number and its units)."""
    start = span(toks, k, k, SUBCLAUSE_END)[0]
    return (
        start < k
        and "." not in toks[k].lemma  # "it was 101.5 in the car": a reading, to the tenth
        and not any(t.lemma in _BODY_TEMP or t.surface in _TOOK_IT for t in toks)
        and toks[start].lemma in IT
        and all(t.lemma in IT_WAS for t in toks[start:k])
        and m + 2 < len(toks)
        and toks[m].lemma in IN
        and toks[m + 1].lemma in _A
        and toks[m + 2].lemma in _HOT_PLACES
    )


def _body_temp(toks: list[Tok], m: int) -> bool:
    """Return True for a word of body temperature at token m; "the hot tub thermometer",
    "el termometro de la alberca" measure the water."""
    t = toks[m]
    if t.lemma not in _BODY_TEMP:
        return False
    if t.lemma in _THERMOMETER:
        near = toks[max(m - 2, 0) : m + 4]
        return not any(w.lemma in lx.WEATHER or w.surface in lx.WEATHER for w in near)
    return True


_IN_THE_BODY = lx.words("en in around alrededor on por")
_SCAR = lx.words("cicatriz scar")  # besides the body's words: "calor en la cicatriz"
_OF_A_PLACE = lx.words("yard of de del porch room door seat")


def _in_the_body(toks: list[Tok], j: int) -> bool:
    """Return True when heat ending at token j is placed in the body: "calor en la espalda",
    "heat around the scar"; not "hot in the back yard", "calor en la espalda de la casa"."""
    if j >= len(toks) or toks[j].surface not in _IN_THE_BODY:
        return False
    return any(
        (t.lemma in lx.BODY_WORDS or t.surface in _SCAR)
        and (m + 1 >= len(toks) or toks[m + 1].surface not in _OF_A_PLACE)
        for m, t in enumerate(toks[j + 1 : j + 4], start=j + 1)
    )


# Where a hot body is felt: the body words, and the forehead a relative touches.
_FELT_HOT_ON = lx.BODY_WORDS | lx.words("forehead frente")


def is_weather_word(toks: list[Tok], i: int, j: int, near: bool = False) -> bool:
    """Return True for "hot" said of the weather: "it has been crazy hot", "hace calor"
    (``near``: in the same part of the sentence, for an emoji: "104 outside 🥵 but no fever")."""
    part = subclause(toks, i, j)
    if any(t.lemma in _FELT_HOT_ON for t in toks[max(part[0], i - 4) : i]):
        return False  # "104 outside and my incision is hot", "forehead feels hot out here"
    if any(_in_the_body(toks, m) for m in range(i + 1, j + 1)):
        return False  # "tengo calor en la herida", "heat around the incision"
    a, b = part if near else span(toks, i, j, lx.CLAUSE_END)
    if not near and (_it_is_hot(toks, i) or _inside_with_the_ac(toks, a, b)):
        return True
    around = [k for k in range(a, b) if not (near and i <= k < j)]
    return (
        any(
            toks[k].lemma in lx.WEATHER
            # "hot as heck here in Vegas"; not "he's hot here in the ER"
            or (_here_in_town(toks, k) and not _someone_in(toks, a, b))
            # "Hot as blazes in NC"; not "my incision is hot as hell"
            or (k == i + 1 and _as_blazes(toks, k) and not _someone_in(toks, a, i))
            or toks[k].surface in lx.WEATHER
            or toks[k].lemma in {"weather", "hace"}
            # "104 here in Houston, hot!", "its 98 degrees out ... the only hot thing here"
            or (toks[k].kind == "n" and is_weather(toks, k))
            or (
                toks[k].lemma == "out"
                and toks[k + 1 : k + 2]
                and toks[k + 1].lemma in _HERE_THERE
                and not _someone_in(toks, a, b)
            )
            for k in around
        )
        and not any(
            # a body temperature spoken of, unless denied: "nuh fever, it's the heat wave"
            toks[k].lemma in _BODY_TEMP and not (k and toks[k - 1].lemma in lx.NEGATORS)
            for k in around
        )
    )


def _someone_in(toks: list[Tok], a: int, b: int) -> bool:
    """Return True when tokens a..b-1 speak of a person or a body part ("he's", "my", "site")."""
    return any(t.surface in _SOMEONE or t.lemma in lx.BODY_WORDS for t in toks[a:b])


def _here_in_town(toks: list[Tok], k: int) -> bool:
    """Return True for "here in" a town at token k ("here in Vegas"); not a place of care,
    not a home ("caliente aquí en la casa" is said of someone)."""
    if not (k + 2 < len(toks) and toks[k].lemma == "here" and toks[k + 1].lemma == "in"):
        return False
    return not any(t.lemma in CARE_PLACES or t.lemma in _INDOORS for t in toks[k + 2 : k + 5])


_HOT_LINK = lx.words("is was got gets get getting been has so really very too super crazy pretty")
_WHEN = lx.words("before when once after until till til as")
_INDOORS = lx.words(
    "house car truck kitchen garage apartment trailer shop barn church store attic casa carro "
    "troca cocina"
)


def _before_the_link(toks: list[Tok], k: int) -> int:
    """Return the token before the linking words that lead up to "hot" at token k: the "it" of
    "it's so hot", the "house" of "my house is warm" (-1 when nothing comes before them)."""
    m = k - 1
    while m >= 0 and toks[m].lemma in _HOT_LINK:
        m -= 1
    return m


def _it_is_hot(toks: list[Tok], i: int) -> bool:
    """Return True for "hot" at token i said of the day or a room: "walked at 5am before it got
    hot", "its so hot in the house" (not "the incision... it's hot", "it's hot to touch")."""
    m = _before_the_link(toks, i)
    if toks[i].lemma != "warm" or m < 0 or toks[m].surface not in IT or m == i - 1:
        return False
    a, b = span(toks, i, i + 1, lx.CLAUSE_END)
    if any(t.lemma in lx.BODY_WORDS for t in toks[a:b]) or (
        i + 1 < len(toks) and toks[i + 1].lemma in lx.AND_JOIN
    ):
        return False  # "the site is fine until it gets hot", "until it gets hot and tender"
    if m and toks[m - 1].lemma in _WHEN:
        return not _someone_in(toks, a, b)  # not "he was ok until it got hot"
    after = [t.lemma for t in toks[i + 1 : i + 4]]
    return after[:1] == ["in"] and any(w in _INDOORS for w in after[1:])


_WEATHER_AFTER = lx.words("weather outside day today there here afuera")


def weather_after(toks: list[Tok], k: int) -> bool:
    """Return True for "hot today", "so hot here", "warm outside": the day's heat, unless that
    part of the sentence has put a person or a body part before it ("incision feels hot
    there", "I'm hot today"; not "it was so hot today I almost died")."""
    after = [t.lemma for t in toks[k + 1 : k + 4]]
    if after[:3] in (["de", "aqui", "afuera"], ["de", "aca", "afuera"]):
        after = ["afuera"]  # "el calor de aquí afuera"
    if not (after and after[0] in _WEATHER_AFTER):
        return False
    m = _before_the_link(toks, k)
    if m >= 0 and m < k - 1 and (toks[m].surface in IT or toks[m].lemma in _INDOORS):
        return True  # "my wife says it's so hot today", "my house is warm today"
    return not _someone_in(toks, subclause(toks, k, k + 1)[0], k)


def says_heat(toks: list[Tok]) -> bool:
    """Return True when a reply speaks of the day's heat ("It's 113", "in this heat"), not of
    a heating pad ("used heat and ice") or the body's ("heat coming off me")."""
    return any(
        (t.kind == "n" and float(t.lemma) >= 100 and is_weather(toks, k))
        or (t.lemma == "heat" and k and toks[k - 1].lemma in {"this", "the"} and _no_pad(toks, k))
        for k, t in enumerate(toks)
    )


def _no_pad(toks: list[Tok], k: int) -> bool:
    """Return True when the "heat" at token k is not a pad, a pack or put on the body."""
    return not {t.lemma for t in toks[k + 1 : k + 3]} & _ON_THE_BODY


_ON_THE_BODY = lx.words("pad pack on and coming doesnt doesn't isnt won't wont")


_IM_DYING = re.compile(r"(?i)(?:i'?m|i am) dying")


def dying_of_the_heat(
    findings: Sequence[tuple[Level, Finding]], text: str, toks: list[Tok]
) -> bool:
    """Return True for "It's 113 and I'm dying here": "I'm dying here" the only red flag of a
    reply that speaks of the day's heat (not "I'm dying here, pain 10", "I'm dying, 103")."""
    dying = [f for _, f in findings if f.symptom == DYING]
    return (
        len(dying) == 1
        and _IM_DYING.fullmatch(dying[0].evidence) is not None
        and not any(lv.rank >= Level.URGENT.rank for lv, f in findings if f.symptom != DYING)
        and re.search(r"dying (?:here|out here)\b", text.lower()) is not None
        and says_heat(toks)
    )


_INSIDE = lx.words("inside indoors in adentro")


def _inside_with_the_ac(toks: list[Tok], a: int, b: int) -> bool:
    """Return True when tokens a..b-1 say the writer stays inside with the air conditioning,
    of no body temperature: "very hot in Sacramento so we stay inside with the AC" (not
    "feeling hot, 100.9 and the AC is on")."""
    words = [t.lemma for t in toks[a:b]]
    return (
        any(
            w in {"stay", "stayed", "staying", "stays"}
            and words[n + 1 : n + 2]
            and words[n + 1] in _INSIDE
            for n, w in enumerate(words)
        )
        and "ac" in words
        and not any(w in _BODY_TEMP for w in words)
    )


_BLAZES = lx.words("blazes heck hell hades fire")


def _as_blazes(toks: list[Tok], k: int) -> bool:
    """Return True for "as blazes in NC", "as heck out here" after "hot" at token k - 1."""
    words = [t.lemma for t in toks[k : k + 4]]
    start = subclause(toks, k - 1, k)[0]
    return (
        len(words) >= 3
        and words[0] == "as"
        and words[1] in _BLAZES
        and words[2] in {"in", "out", "outside"}
        and words[3:4] != ["here"]  # "hot as blazes in here" may be the patient
        # only the day's: "Hot as blazes in NC", "it's hot as heck out"; not "Feeling hot as hell"
        and all(t.surface in IT or t.lemma in _HOT_LINK for t in toks[start : k - 1])
    )
