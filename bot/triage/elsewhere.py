"""Judge whether a sign is the patient's now: someone else's, long past, a
limb's colour, or a sign asked about as an "if".

Pure helpers over the tokens of bot.triage.tokens; bot.triage.reading calls them per finding.
"""

from __future__ import annotations

import re

from bot.triage import lexicon as lx
from bot.triage.scope import SUBCLAUSE_END, clause_is_question, span
from bot.triage.tokens import Tok

_LOCAL_PARTS = lx.words(
    "herida wound incision legs brazo arm arms piel skin pie foot feet dedo dedos toe toes finger "
    "fingers bruise moreton moretones mancha site area pump back espalda hand mano knee rodilla "
    "belly abdomen stitches dressing brazos manos pies"
)


_CENTRAL_PARTS = frozenset({"lips", "boca", "mouth", "face", "cara", "whole", "todo", "entero"})


_HYPOTHETICAL_KEEP = frozenset({"normal", "already", "ya", "now", "ahora", "still", "todavia"})


def subclause(toks: list[Tok], i: int, j: int) -> tuple[int, int]:
    """Return the span of the part of a sentence that holds tokens i..j-1 (commas and "but"
    end a part as well as full stops)."""
    return span(toks, i, j, SUBCLAUSE_END)


def not_the_patient_now(toks: list[Tok], i: int, j: int) -> bool:
    """Return True when a sign is someone else's or long past: "my dog has a lump",
    "the movie had a seizure scene", "had a seizure as a kid but nothing since".

    Kept narrow on purpose. An outsider counts only as the subject of the sign, a verb or
    two before it, with nothing between that points back at the patient or starts a new
    action ("walked the dog and blacked out", "my neighbor says I'm not making sense" and
    "my neighbor found him on the floor" still count). A long-past sign counts again when
    the reply says it came back.
    """
    a, b = subclause(toks, i, j)
    words = {t.lemma for t in toks[a:b]} | {t.surface for t in toks[a:b]}
    if (
        not words & _NOW_WORDS
        and not words & _LIKE_WORDS  # "chest pain like I had last year" is now
        and _LONG_AGO_RE.search(" ".join(t.lemma for t in toks[a:b]))
        and not _BACK_AGAIN_RE.search(_NONE_NOW_RE.sub(" ", " ".join(t.lemma for t in toks)))
    ):
        return True
    if words & _PATIENT_PARTS:
        return False  # "my cat scan showed a lump near the pump"
    if _a_simile(toks, a, i, j):
        return False  # "feels like somebody is sitting on my chest": the patient's own
    opener = a
    while opener < i and (toks[opener].lemma in DETERMINERS or toks[opener].surface in DETERMINERS):
        opener += 1
    if opener < i - 6 and _an_outsider(toks, opener):
        marks = _PATIENT_MARKS - _CARRY_ON
        return not any(t.lemma in marks or t.surface in marks for t in toks[opener + 1 : i])
    for k in range(max(a, i - 8), i):
        if _an_outsider(toks, k):
            between = toks[k + 1 : i]
            # "my neighbor had the surgery and had a fever": the outsider opens the sentence,
            # so "and" carries on with them; "walked the dog and blacked out" does not
            marks = _PATIENT_MARKS - _CARRY_ON if _opens(toks, a, k) else _PATIENT_MARKS
            return not any(t.lemma in marks or t.surface in marks for t in between)
    return False


_CARRY_ON = lx.words("and y then luego")
_ANOTHER = lx.words("another other a otro otra un una")
_PARTNER = frozenset({"companero", "companera"})


def _an_outsider(toks: list[Tok], k: int) -> bool:
    """Return True when token k names someone other than the patient: "my neighbor", "mi
    compañero de trabajo" — not "mi compañero" alone, who is a partner at home and may well
    be the patient ("mi compañero no despierta")."""
    if toks[k].lemma in _PARTNER:
        return k + 1 < len(toks) and toks[k + 1].lemma == "de"
    if toks[k].lemma == "patient":  # "my mother (the patient) has had chills" is the patient
        return k > 0 and toks[k - 1].lemma in _ANOTHER
    return toks[k].lemma in _OUTSIDERS or toks[k].surface in _OUTSIDERS


_FEEL = lx.words("feel feels felt feeling siento sentia siente sintio")
_TO_ME = lx.words("my me mi mine her his")  # "mom says it feels like someone on her chest"


def _a_simile(toks: list[Tok], a: int, i: int, j: int) -> bool:
    """Return True for a sign told as a likeness the writer feels, with someone doing it to
    them: "feels like somebody is sitting on my chest", "siento como si alguien me apretara el
    pecho" (not "feels like my grandson has a fever": the grandson's)."""
    lemmas = [t.lemma for t in toks[a:i]]
    likeness = lemmas[:1] == ["like"] or any(
        lemmas[n + 1 : n + 2] == ["like"]
        or lemmas[n + 1 : n + 3] in (["como", "si"], ["como", "que"])
        for n, w in enumerate(lemmas)
        if w in _FEEL
    )
    outsider = max(
        (k for k in range(a, i) if _an_outsider(toks, k)),
        default=None,
    )
    return (
        likeness
        and outsider is not None
        and any(t.surface in _TO_ME for t in toks[outsider + 1 : j])
    )


DETERMINERS = lx.words("my the our a an his her their mi el la los las su sus nuestro nuestra")


def _opens(toks: list[Tok], a: int, k: int) -> bool:
    """Return True when only "my", "the", "mi" stand between a subclause's start a and k."""
    return all(t.lemma in DETERMINERS or t.surface in DETERMINERS for t in toks[a:k])


# A word that every _LONG_AGO_RE match holds.
_PAST_CUES = lx.words(
    "kid child teen teenager baby ago year back was nino nina chico chica joven chiquito "
    "chiquita era eramos estaba anos mucho ano used solia childhood infancia pequeno pequena "
    "pequenos pequenas army war service navy military hace"
)


PATIENT_PARTS = _PATIENT_PARTS = lx.words(
    "incision incisions herida heridas wound pump bomba back espalda belly dressing stitches "
    "site scan scans cut catheter cateter"
)


_LIKE_WORDS = frozenset({"like", "same", "como", "igual", "similar", "mismo", "misma"})


_NOW_WORDS = frozenset({"now", "ahora", "today", "hoy", "again", "since", "desde", "nuevo", "new"})


_LONG_AGO_RE = re.compile(
    r"\b(?:as a (?:kid|child|teen|teenager|baby)|(?:years|yrs|decades) ago|last year"
    r"|when i was (?:a |little|young|small)|de (?:nino|nina|chico|chica|joven|chiquito|chiquita)"
    r"|cuando (?:era|eramos|estaba) (?:nino|nina|chico|chica|joven|chiquit\w*)"
    r"|el ano pasado|used to|solia|childhood|infancia|de pequen\w*|in (?:19|20)\d\d"
    r"|back in (?:19|20)\d\d|in the (?:army|war|service|navy|military)|(?:de )?hace anos"
    # "a fever of 101 back in the spring with covid": a season gone by
    r"|back in the (?:spring|summer|fall|winter)|last (?:spring|summer|winter))\b"
)


# "... back in 2019 but nothing now", "nada desde entonces": the "now" of its absence.
_NONE_NOW_RE = re.compile(
    r"(?:^|[.,;!] |\bbut |\bpero )(?:nothing|none|nada) (?:now|since|ahora|today|hoy)(?= [.!]|$)"
)
# "...but now it's back", "y ya me volvio": the old sign has returned.
_BACK_AGAIN_RE = re.compile(
    r"\b(?:again|otra vez|de nuevo|came back|coming back|its back|it's back|is back|returned"
    r"|still|todavia|sigue|now|ahora|today|hoy|since|start\w*|empez\w*|yesterday|ayer"
    r"|tonight|same thing|lo mismo"
    r"|volvio|volvieron|regreso|regresaron|another|otra|otro)\b"
)


OUTSIDERS = _OUTSIDERS = lx.words(
    "neighbor neighbors neighbour vecino vecina vecinos friend friends amigo amiga amigos "
    "coworker coworkers companero companera boss character actor actress dog dogs doggy puppy "
    "cat cats kitty kitten pet perro perra perrito perrita gato gata gatito mascota horse "
    "caballo bird pajaro movie movies film pelicula novela greys netflix grandson granddaughter "
    "grandsons granddaughters grandkid grandkids grandchild grandchildren grandbaby nieto nieta "
    "nietos nietas nietecito nietecita bisnieto bisnieta someone somebody alguien guy lady "
    "character characters patient toddler kid kids nephew nephews niece "
    "nieces sobrino sobrina sobrinos sobrinas youngest cipote cipota cipotes patojo patoja chucho "
    "chamaco chamaca escuincle roommate roommates neto neta netos queen queens contestant "
    "contestants heifer goat goats pig pigs sheep chickens vaca vacas becerro"
)


# Between an outsider and a sign, these tie the sign back to the patient or start a new
# action of the writer's: pronouns, "says", "and". (A body part of the patient's anywhere
# in that part of the sentence already keeps the sign: _PATIENT_PARTS.)
_PATIENT_MARKS = lx.words(
    "him her me my mi mis le lo les nos us i im yo he she tengo estoy says said dice dicen "
    "dijo told noticed noto found encontro thinks cree and y then luego"
)


def _clause_span(toks: list[Tok], i: int, j: int) -> tuple[int, int]:
    """Return the span of the sentence that holds tokens i..j-1."""
    return span(toks, i, j, lx.CLAUSE_END)


def _clause(toks: list[Tok], i: int, j: int) -> list[Tok]:
    """Return the tokens of the sentence that holds tokens i..j-1."""
    a, b = _clause_span(toks, i, j)
    return toks[a:b]


def _clause_words(toks: list[Tok], i: int, j: int) -> set[str]:
    """Return the lemmas and the words of the sentence that holds tokens i..j-1."""
    clause = _clause(toks, i, j)
    return {t.lemma for t in clause} | {t.surface for t in clause}


def is_local_colour(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for "se le puso morado el brazo": a purple limb or wound, not blue lips."""
    words = _clause_words(toks, i, j)
    return bool(words & _LOCAL_PARTS) and not words & _CENTRAL_PARTS


_ALL_OVER = lx.words("everywhere body cuerpo entero")


def is_local_itch(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for itching of a healing cut or where the tape was, not "itchy all over"
    (with sweats, a sign of withdrawal or a reaction to the medicine)."""
    words = _clause_words(toks, i, j)
    lemmas = " ".join(t.lemma for t in _clause(toks, i, j))
    return (
        not words & _ALL_OVER
        and not words & _WITH_ITCH
        and "all over" not in lemmas
        and "todo el" not in lemmas
    )


def asks_if_itch_is_normal(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for "is it normal to feel itchy all over?" with nothing else beside it
    (sweats, hives, a swelling throat): a question for a nurse, not a red flag."""
    words = _clause_words(toks, i, j)
    return clause_is_question(toks, j) and "normal" in words and not words & _WITH_ITCH


_WITH_ITCH = lx.words(
    "sweat sweats sweating sweaty sudo sudando sudor hives ronchas rash sarpullido jittery "
    "anxious throat garganta lips labios face cara"
)
# Morning stiffness that loosens up is not a rigid body.
_MORNING = lx.words(
    "morning mornings manana mananas loosens loosen loosening loosened aflojan afloja"
)
_BRUISE_NOUNS = lx.words("bruise bruises bruising bruised moreton moretones morete")
# A place or a thing that turns purple: "alrededor de la herida", "el cielo al atardecer".
_NOT_A_PERSON = lx.words(
    "herida wound incision site zona area cicatriz scar pump bomba alrededor around cielo sky "
    "atardecer sunset nubes clouds"
)
_TURNED = lx.words("puso pone ponia poniendo pusieron turned turning turns went going")
_BRUISE = _BRUISE_NOUNS | lx.words("morado")


_WORK = lx.words(
    "work working trabajo trabajando cosecha pisca fil campo field fields harvest gym workout "
    "exercise ejercicio chores yard mowing shift turno sol sun"
)


def from_work(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for sweat from work or the sun: "sudando la gota gorda en la cosecha"."""
    return any(t.lemma in _WORK or t.surface in _WORK for t in _clause(toks, i, j))


# A limb that "fell asleep and won't wake up" is numb, not a person who cannot be roused.
_ASLEEP = lx.words("asleep dormido dormida")
_FELL = lx.words("fell fallen falls went gone is was has been got se quedo")
_LIMBS = lx.words("foot feet legs leg arm arms hand hands toes fingers pie pies pierna mano brazo")


def limb_asleep(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for "my foot ... feels like it fell asleep and won't wake up": a limb is
    said to have fallen asleep in the sentence, before the sign (not "mom fell asleep and
    won't wake up")."""
    a = span(toks, i, j, lx.CLAUSE_END)[0]
    # the sign is told of what fell asleep: "fell asleep and won't wake" itself, or "won't
    # wake" right after "asleep and" (not "dad's leg fell asleep and he can't be roused")
    at = next((m for m in range(i, j) if toks[m].lemma in _ASLEEP), None)
    if at is None and i >= 2 and toks[i - 1].lemma in {"and", "y"}:
        at = i - 2 if toks[i - 2].lemma in _ASLEEP else None
    # "... like its asleep but it doesnt wake up"
    elif at is None and i >= 3 and toks[i - 1].lemma in {"it", "its"}:
        glue = toks[i - 2].lemma in {"and", "but", "y", "pero"}
        at = i - 3 if glue and toks[i - 3].lemma in _ASLEEP else None
    if at is None:
        return False
    s = at - 1
    while s > a and toks[s].lemma in _FELL:
        s -= 1
    # whose sleep: the limb's ("foot fell asleep"), or "it" after a limb was named
    limb_named = any(t.lemma in _LIMBS for t in toks[a:s])
    return toks[s].lemma in _LIMBS or (limb_named and toks[s].lemma in {"it", "its", "it's"})


def is_morning_stiffness(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for "stiff as a board in the morning but loosens up"."""
    words = _clause_words(toks, i, j)
    return bool(words & _MORNING)


def is_a_bruise(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for the colours of a healing bruise: "turning yellow-green and purple"
    (never beside lips or a face: "lips a bit purple, bruising by the pump" is blue lips)."""
    a, b = subclause(toks, i, j)
    words = {t.lemma for t in toks[a:b]} | {t.surface for t in toks[a:b]}
    sentence = _clause_words(toks, i, j)
    if not sentence & (_BRUISE_NOUNS | _NOT_A_PERSON) and any(
        t.surface in _TURNED for t in toks[max(i - 2, 0) : j]
    ):
        return False  # "se puso morado": someone turning purple, not a bruise's colour
    return bool(words & _BRUISE) and not sentence & _CENTRAL_PARTS


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


def may_be_elsewhere(toks: list[Tok]) -> bool:
    """Return True when any sign in the reply could be someone else's or long past, so
    not_the_patient_now is worth asking."""
    lemmas = {t.lemma for t in toks}
    return (
        not _OUTSIDERS.isdisjoint(lemmas)
        or not _PAST_CUES.isdisjoint(lemmas)
        or not _OUTSIDERS.isdisjoint(t.surface for t in toks)
        # "in 2009"
        or any(t.kind == "n" and len(t.lemma) == 4 and t.lemma[:2] in {"19", "20"} for t in toks)
    )
