"""Judge whether a sign is the patient's now: someone else's, long past, the weather, a
limb's colour, or a sign asked about as an "if".

Pure helpers over the tokens of bot.triage.tokens; bot.triage.reading calls them per finding.
"""

from __future__ import annotations

import re

from bot.triage import lexicon as lx
from bot.triage.scope import SUBCLAUSE_END, clause_is_question
from bot.triage.tokens import Tok

_LOCAL_PARTS = lx.words(
    "herida wound incision legs brazo arm arms piel skin pie foot feet dedo dedos toe toes finger "
    "fingers bruise moreton moretones mancha site area pump back espalda hand mano knee rodilla "
    "belly abdomen stitches dressing brazos manos pies"
)


_CENTRAL_PARTS = frozenset({"lips", "boca", "mouth", "face", "cara", "whole", "todo", "entero"})


_HYPOTHETICAL_KEEP = frozenset({"normal", "already", "ya", "now", "ahora", "still", "todavia"})


def _subclause(toks: list[Tok], i: int, j: int) -> tuple[int, int]:
    """Return the span of the part of a sentence that holds tokens i..j-1 (commas and "but"
    end a part as well as full stops)."""
    a = i
    while a > 0 and toks[a - 1].lemma not in SUBCLAUSE_END:
        a -= 1
    b = j
    while b < len(toks) and toks[b].lemma not in SUBCLAUSE_END:
        b += 1
    return a, b


def not_the_patient_now(toks: list[Tok], i: int, j: int) -> bool:
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
    opener = a
    while opener < i and (
        toks[opener].lemma in _DETERMINERS or toks[opener].surface in _DETERMINERS
    ):
        opener += 1
    if opener < i - 6 and (toks[opener].lemma in _OUTSIDERS or toks[opener].surface in _OUTSIDERS):
        marks = _PATIENT_MARKS - _CARRY_ON
        return not any(t.lemma in marks or t.surface in marks for t in toks[opener + 1 : i])
    for k in range(max(a, i - 6), i):
        if toks[k].lemma in _OUTSIDERS or toks[k].surface in _OUTSIDERS:
            between = toks[k + 1 : i]
            # "my neighbor had the surgery and had a fever": the outsider opens the sentence,
            # so "and" carries on with them; "walked the dog and blacked out" does not
            marks = _PATIENT_MARKS - _CARRY_ON if _opens(toks, a, k) else _PATIENT_MARKS
            return not any(t.lemma in marks or t.surface in marks for t in between)
    return False


_CARRY_ON = lx.words("and y then luego")
_DETERMINERS = lx.words("my the our a an his her their mi el la los las su sus nuestro nuestra")


def _opens(toks: list[Tok], a: int, k: int) -> bool:
    """Return True when only "my", "the", "mi" stand between a subclause's start a and k."""
    return all(t.lemma in _DETERMINERS or t.surface in _DETERMINERS for t in toks[a:k])


# A word that every _LONG_AGO_RE match holds.
_PAST_CUES = lx.words(
    "kid child teen teenager baby ago year back was nino nina chico chica joven chiquito "
    "chiquita era eramos estaba anos mucho ano used solia childhood infancia pequeno pequena "
    "pequenos pequenas"
)


_PATIENT_PARTS = lx.words(
    "incision incisions herida heridas wound pump bomba back espalda belly dressing stitches "
    "site scan scans"
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


_OUTSIDERS = lx.words(
    "neighbor neighbors neighbour vecino vecina vecinos friend friends amigo amiga amigos "
    "coworker coworkers companero companera boss character actor actress dog dogs doggy puppy "
    "cat cats kitty kitten pet perro perra perrito perrita gato gata gatito mascota horse "
    "caballo bird pajaro movie movies film pelicula novela greys netflix grandson granddaughter "
    "grandsons granddaughters grandkid grandkids grandchild grandchildren grandbaby nieto nieta "
    "nietos nietas nietecito nietecita bisnieto bisnieta someone somebody alguien guy lady "
    "character characters patient"
)


# Between an outsider and a sign, these tie the sign back to the patient or start a new
# action of the writer's: pronouns, "says", "and". (A body part of the patient's anywhere
# in that part of the sentence already keeps the sign: _PATIENT_PARTS.)
_PATIENT_MARKS = lx.words(
    "him her me my mi mis le lo les nos us i im yo he she tengo estoy says said dice dicen "
    "dijo told noticed noto found encontro thinks cree and y then luego"
)


def _clause(toks: list[Tok], i: int, j: int) -> list[Tok]:
    """Return the tokens of the clause that holds tokens i..j-1."""
    a = i
    while a > 0 and toks[a - 1].lemma not in lx.CLAUSE_END:
        a -= 1
    b = j
    while b < len(toks) and toks[b].lemma not in lx.CLAUSE_END:
        b += 1
    return toks[a:b]


def is_local_colour(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for "se le puso morado el brazo": a purple limb or wound, not blue lips."""
    words = {t.lemma for t in _clause(toks, i, j)} | {t.surface for t in _clause(toks, i, j)}
    return bool(words & _LOCAL_PARTS) and not words & _CENTRAL_PARTS


def is_hypothetical(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for a sign asked about as an "if": "what do I do if I get a fever?",
    "how do i know if its infected"."""
    unmarked = (
        bool(toks)
        and toks[0].surface in lx.QUESTION_STARTS
        and not any(t.lemma in lx.CLAUSE_END for t in toks)
    )
    if not (clause_is_question(toks, j) or unmarked):
        return False
    if _asks_what_it_means(toks, i, j):
        return True  # "what do you mean by redness?": a question about the word
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


def _asks_what_it_means(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for "what do you mean by redness", "what does swelling mean"."""
    before = [t.lemma for t in toks[max(i - 4, 0) : i]]
    if before[-2:] == ["mean", "by"] or before[-3:-1] == ["mean", "by"]:
        return True
    after = [t.lemma for t in toks[j : j + 2]]
    return (
        bool(after)
        and after[0] == "mean"
        and any(t.surface in {"what", "whats", "what's"} for t in toks[max(i - 3, 0) : i])
    )


_BODY_TEMP = frozenset(
    {"temp", "temps", "temperature", "temperatura", "fever", "thermometer", "termometro"}
)


PERSON_AT = frozenset(
    ["im", "i'm", "hes", "he's", "shes", "she's", "estoy", "tengo", "tiene", "tenia", "tenemos"]
)  # "I'm at 104 after the sauna"


def is_weather(toks: list[Tok], k: int) -> bool:
    """Return True when the number at token k is the weather, not a body temperature."""
    if k and toks[k - 1].lemma in {"hace", "hizo", "hacia"}:
        return True
    a, b = _subclause(toks, k, k + 1)
    if any(_body_temp(toks, m) or toks[m].surface in PERSON_AT for m in range(a, b)):
        return False  # "40 grados aqui, pero sin fiebre": the fever word is in another part
    # "¿Puedo meterme al jacuzzi? Está a 40 grados": the water, said in the clause before.
    if a and toks[a - 1].lemma == "?":
        a = _subclause(toks, a - 1, a - 1)[0] if a > 1 else 0
    if any(t.lemma in lx.WEATHER or t.surface in lx.WEATHER for t in toks[a:b]):
        return True
    # "hace mucho calor aqui, 40 grados, pero yo bien": the weather, said earlier in the sentence
    sentence = _clause(toks, k, k + 1)
    if any(t.lemma in _BODY_TEMP and t.lemma not in _THERMOMETER for t in sentence) or any(
        t.surface in PERSON_AT for t in sentence
    ):
        return False
    return any(t.lemma in lx.WEATHER or t.surface in lx.WEATHER for t in sentence)


_THERMOMETER = frozenset({"thermometer", "termometro"})


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


def is_weather_word(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for "hot" said of the weather: "it has been crazy hot", "hace calor"."""
    sentence = _clause(toks, i, j)
    return any(
        t.lemma in lx.WEATHER or t.surface in lx.WEATHER or t.lemma in {"weather", "hace"}
        for t in sentence
    ) and not any(t.lemma in _BODY_TEMP for t in sentence)


def may_be_elsewhere(toks: list[Tok]) -> bool:
    """Return True when any sign in the reply could be someone else's or long past, so
    not_the_patient_now is worth asking."""
    return any(
        t.lemma in _OUTSIDERS or t.surface in _OUTSIDERS or t.lemma in _PAST_CUES for t in toks
    )


# "the pamphlet says call if trouble breathing", "llame si le falta el aire": the clinic's
# own instruction, quoted back.
_INSTRUCTION = lx.words(
    "call llame llamar llamen llamarles contact go vaya ir return says say said dice dicen dijo "
    "dijeron pamphlet pamphlets leaflet leaflets folleto folletos paper papel papeles sheet hoja "
    "instructions instrucciones handout told"
)
_QUOTED = lx.words(
    "says said dice dicen dijo dijeron pamphlet pamphlets leaflet leaflets folleto folletos paper "
    "papel papeles sheet hoja instructions instrucciones handout"
)
_LAUGHING = lx.words(
    "laughing laughed laugh laughs risa reir riendo carcajada carcajadas lol lmao haha hahaha "
    "jaja jajaja jajajaja 😂 🤣"
)


def is_instruction(toks: list[Tok], i: int) -> bool:
    """Return True for a sign in the clinic's instructions: "the leaflet says call if ...",
    and for the "call" of such an instruction."""
    before = toks[max(i - 4, 0) : i]
    if any(t.lemma in lx.WATCH_FOR or t.surface in lx.WATCH_FOR for t in before):
        return True  # "I was told to watch for fever", "que vigilara la fiebre"
    after = toks[i + 1 : i + 3]
    if toks[i].lemma in _INSTRUCTION and any(t.lemma in _IF or t.surface in _IF for t in after):
        said = toks[max(i - 4, 0) : i]
        if any(t.lemma in _INSTRUCTION or t.surface in _INSTRUCTION for t in said):
            return True
    a, _b = _subclause(toks, i, i + 1)
    before = toks[max(a, i - 8) : i]
    ifs = [n for n, t in enumerate(before) if t.lemma in _IF or t.surface in _IF]
    if not ifs:
        return False
    told = before[max(ifs[-1] - 5, 0) : ifs[-1]]
    if clause_is_question(toks, i + 1):
        # "should I call if I can't breathe?" asks; "the paper says call if ..., ok?" quotes
        return any(t.lemma in _QUOTED or t.surface in _QUOTED for t in told)
    return any(t.lemma in _INSTRUCTION or t.surface in _INSTRUCTION for t in told)


_IF = lx.words("if si case caso")


_LAUGH_RE = re.compile(r"(?:ja|je|ji|ha|he|hi){2,}h?|lo+l|lmf?ao+")


def is_laughter(tok: Tok) -> bool:
    """Return True for "lol", "jajaja", "haha", 😂."""
    surface = tok.surface
    return (
        surface in _LAUGHING
        or surface in lx.LAUGHTER
        or (surface[:1] in _LAUGH_STARTS and bool(_LAUGH_RE.fullmatch(surface)))
        or (surface == "ha" and tok.lemma != "headache")  # "ha!"; the chart's "HA" is a headache
    )


_LAUGH_STARTS = frozenset("jhl")


def is_joke(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for "I almost passed out laughing", "casi me desmayo de la risa"."""
    near = toks[max(i - 4, 0) : j + 5]
    if any(t.lemma in _LAUGHING or t.surface in _LAUGHING for t in near):
        return True
    # "he almost fainted from the shock ha!", "nearly passed out from surprise"
    return any(t.surface in _ALMOST for t in toks[max(i - 2, 0) : i]) and any(
        t.surface in _FIGURATIVE_CAUSE or t.surface in _HA for t in toks[j : j + 6]
    )


_ALMOST = lx.words("almost nearly practically casi")
_FIGURATIVE_CAUSE = lx.words(
    "shock surprise excitement happiness joy delight gusto sorpresa emocion alegria"
)
_HA = lx.words("ha haha hahaha lol lmao jaja jajaja")


# The writer's own family: their sign is the patient's ("my husband can't breathe") unless
# the writer says they themselves are fine ("my sister passed out at the parade. im fine").
_FAMILY = lx.words(
    "husband wife sister brother son daughter mom mother dad father hubby esposo esposa hermana "
    "hermano hijo hija mama papa madre padre suegra suegro cousin primo prima aunt uncle tia tio "
    "husband's wife's sister's brother's"
)
_ME = lx.words("i im i'm me yo myself")
# "scared I'd pass out", "pense que me iba a desmayar": a fear, not a sign, when "but" follows.
_FEARED = lx.words("scared afraid worried feared thought thinking miedo temia pense crei")
# A list of side effects read, not had: "the leaflet lists trouble breathing".
_DOCUMENTS = lx.words(
    "leaflet leaflets pamphlet pamphlets folleto folletos paper papel sheet hoja instructions "
    "instrucciones handout article articulo label etiqueta lists effect effects efectos"
)


def writer_is_well(toks: list[Tok]) -> bool:
    """Return True when the writer says they themselves are fine: "I'm fine", "yo estoy bien"."""
    return any(
        t.surface in _ME and any(w.lemma in lx.OK_WORDS for w in toks[k + 1 : k + 4])
        for k, t in enumerate(toks)
    )


def family_not_patient(toks: list[Tok], i: int, writer_well: bool) -> bool:
    """Return True for a relative's sign when the writer says they themselves are fine."""
    if not writer_well:
        return False
    a, _b = _subclause(toks, i, i + 1)
    return any(t.surface in _FAMILY for t in toks[max(a, i - 6) : i])


def is_feared(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for "I was scared I'd pass out after the refill but nope"."""
    if not any(t.lemma in _FEARED or t.surface in _FEARED for t in toks[max(i - 4, 0) : i]):
        return False
    after = [t.lemma for t in toks[j : j + 8]]
    return any(
        w in {"but", "pero"} and any(x in lx.ANSWER_NO | {"not"} for x in after[n + 1 : n + 3])
        for n, w in enumerate(after)
    )


def in_a_document(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for a sign read in a leaflet: "the leaflet lists trouble breathing"."""
    a, b = _subclause(toks, i, j)
    return any(t.lemma in _DOCUMENTS or t.surface in _DOCUMENTS for t in toks[a:b])


# Every word that can make is_instruction, is_feared or in_a_document true.
QUOTING = _INSTRUCTION | _QUOTED | _DOCUMENTS | _FEARED | lx.WATCH_FOR
