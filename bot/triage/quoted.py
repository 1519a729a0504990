"""Judge whether a sign is quoted rather than had: the clinic's instructions read back, a
leaflet's list, a fear, a joke, or a relative's sign when the reply says someone else is fine.

Pure helpers over the tokens of bot.triage.tokens; bot.triage.reading calls them per finding.
"""

from __future__ import annotations

import re

from bot.triage import lexicon as lx
from bot.triage.denied_kin import denied_before
from bot.triage.elsewhere import DETERMINERS, OUTSIDERS, PATIENT_PARTS, subclause
from bot.triage.feared import FEARED
from bot.triage.leaflets import DOCUMENTS
from bot.triage.scope import SUBCLAUSE_END, clause_is_question
from bot.triage.tokens import Tok

# "the pamphlet says call if trouble breathing", "llame si le falta el aire": the clinic's
# own instruction, quoted back.
_INSTRUCTION = lx.words(
    "call llame llamar llamen llamarles contact go vaya ir return says say said dice dicen dijo "
    "dijeron pamphlet pamphlets leaflet leaflets folleto folletos paper papel papeles papelito "
    "papelitos sheet hoja hojita instructions instrucciones handout told"
)
_QUOTED = lx.words(
    "says said dice dicen dijo dijeron pamphlet pamphlets leaflet leaflets folleto folletos paper "
    "papel papeles papelito papelitos sheet hoja hojita instructions instrucciones handout"
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
    a, _b = subclause(toks, i, i + 1)
    before = toks[max(a, i - 8) : i]
    ifs = [n for n, t in enumerate(before) if t.lemma in _IF or t.surface in _IF]
    if not ifs:
        return False
    told = before[max(ifs[-1] - 5, 0) : ifs[-1]]
    after_if = [t.surface for t in before[ifs[-1] + 1 :]]
    if any(w in _AND and v in _NOW_HAS for w, v in zip(after_if, after_if[1:], strict=False)):
        return False  # "the paper says call if fever and I have 101.5": the patient's own
    if clause_is_question(toks, i + 1):
        # "should I call if I can't breathe?" asks; "the paper says call if ..., ok?" quotes
        return any(t.lemma in _QUOTED or t.surface in _QUOTED for t in told)
    return any(t.lemma in _INSTRUCTION or t.surface in _INSTRUCTION for t in told)


_IF = lx.words("if si case caso")
_AND = lx.words("and y but pero so")
_NOW_HAS = lx.words("i i'm im i've ive he she he's hes she's shes tengo tiene mine")


_LAUGH_RE = re.compile(r"(?:ja|je|ji|ha|he|hi){2,}h?|lo+l|lmf?ao+")


def is_laughter(tok: Tok) -> bool:
    """Return True for "lol", "jajaja", "haha", 😂."""
    surface = tok.surface
    return (
        surface in _LAUGHING
        or surface in lx.LAUGHTER
        or (
            surface[:1] in _LAUGH_STARTS
            and surface not in _NOT_LAUGHTER  # "mi hija", "hijo"
            and bool(_LAUGH_RE.fullmatch(surface))
        )
        or (surface == "ha" and tok.lemma != "headache")  # "ha!"; the chart's "HA" is a headache
    )


_LAUGH_STARTS = frozenset("jhl")
_NOT_LAUGHTER = lx.words("hija hijas hijo hijos hiji jehe")


def is_joke(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for "I almost passed out laughing", "casi me desmayo de la risa"."""
    near = toks[max(i - 4, 0) : j + 5]
    if any(t.lemma in _LAUGHED or t.surface in _LAUGHED for t in near):
        return True  # "passed out laughing"; a bare "lol" beside real fainting is no joke
    if any(t.surface in _ALMOST for t in toks[max(i - 2, 0) : i]) and any(
        t.lemma in _LAUGHING or t.surface in _LAUGHING for t in near
    ):
        return True  # "almost passed out lol"
    # "he almost fainted from the shock ha!", "nearly passed out from surprise"
    return any(t.surface in _ALMOST for t in toks[max(i - 2, 0) : i]) and any(
        t.surface in _FIGURATIVE_CAUSE or t.surface in _HA for t in toks[j : j + 6]
    )


def _of_the_patient(t: Tok) -> bool:
    """Return True for a word of the patient's body: "wound", "incision", "my"."""
    return (
        t.lemma in PATIENT_PARTS
        or t.surface in PATIENT_PARTS
        or t.lemma in _OWN_BODY
        or t.surface in _OWN_BODY
    )


def pinned_elsewhere(toks: list[Tok], i: int, j: int, writer_well: bool) -> bool:
    """Return True for "the only thing swelling is my ego", "lo único hinchado son los pies de
    mi esposo": the sign is pinned on something that is not the patient. Not "the only thing
    swollen is my incision", not "my head is the only thing that hurts", and a relative who
    may be the patient only when the writer says they are fine."""
    only = next(
        (
            k
            for k in range(i - 1, max(i - 6, -1), -1)
            if toks[k].surface in _ONLY
            # "the one with the fever is the baby", "el que ta con fiebre es el nene"
            or (k and (toks[k - 1].surface, toks[k].surface) in _THE_ONE)
        ),
        None,
    )
    if only is None:
        return False
    the_one = toks[only].surface not in _ONLY
    if only >= 2 and toks[only - 1].surface in _THE and toks[only - 2].surface in _IS:
        return False  # "my head is the only thing that hurts": the patient's own
    if any(_of_the_patient(t) for t in toks[only + 1 : i]):
        return False  # "only the wound is red today, God willing it is nothing"
    copula = next(
        (
            k
            for k in range(j, min(j + 8, len(toks)))
            if toks[k].surface in _IS or toks[k].lemma in lx.CLAUSE_END
        ),
        None,
    )
    if copula is None or toks[copula].lemma in lx.CLAUSE_END:
        return False
    said = toks[copula + 1 : copula + 7]
    if not said or any(_of_the_patient(t) or t.surface in _ME_TOO for t in said):
        return False
    rest = toks[copula + 7 : subclause(toks, copula, copula + 1)[1]]
    if any(_of_the_patient(t) for t in rest):
        return False  # "only thing red is my nose from the cold and my pump site"
    if the_one and not any(t.surface in _WHOSE or t.surface in _OTHERS for t in said[:2]):
        return False  # "the one with fever is him", "...is the top one", "es la paciente"
    # "no, el único que ta hinchao es mi tío": the writer has answered no for themselves
    answered_no = toks[0].lemma in lx.ANSWER_NO and len(toks) > 1 and toks[1].kind == "p"
    return writer_well or answered_no or not any(t.surface in _FAMILY for t in said)


_ONLY = lx.words("only unico unica unicos unicas")
_THE_ONE = frozenset({("the", "one"), ("el", "que"), ("la", "que")})
_WHOSE = lx.words("my mi his her su our nuestro nuestra your tu")
_OWN_BODY = lx.BODY_WORDS | lx.words("scar skin piel panza cicatriz cut puncture pocket")
_THE = lx.words("the lo la el")
_IS = lx.words("is are was were 's es son era fue esta estan")
_ME_TOO = lx.words("i me mine yo myself")


_ALMOST = lx.words("almost nearly practically casi")
_LAUGHED = lx.words("laughing laughed laugh laughs risa reir riendo carcajada carcajadas")
_FIGURATIVE_CAUSE = lx.words(
    "shock surprise excitement happiness joy delight gusto sorpresa emocion alegria"
)
_HA = lx.words("ha haha hahaha lol lmao jaja jajaja")


# The writer's own family: their sign is the patient's ("my husband can't breathe") unless
# the writer says they themselves are fine ("my sister passed out at the parade. im fine").
FAMILY = _FAMILY = lx.words(
    "husband wife sister brother son daughter mom mother dad father hubby esposo esposa hermana "
    "hermano hijo hija mama papa madre padre suegra suegro cousin primo prima aunt uncle tia tio "
    "husband's wife's sister's brother's mami papi mommy daddy abuela abuelo grandma grandpa "
    "baby babies bebe bebes "
    "granny lola lolo nanay tatay"
)
_ME = lx.WRITER_WORDS
_DID_NOT = (["never"], ["didnt"], ["didn't"], ["havent"], ["haven't"], ["hasnt"])
_CAUGHT = lx.words("caught catch")  # "I never caught it"
_OVER_IT = re.compile(
    r"\b(?:over it|fine now|better now|all better|recovered|last week"
    r"|(?:he's|she's|hes|shes|he is|she is) (?:all )?better)\b"
)
# Others a writer names as the one with a sign: "es mi comadre", "is my grandson".
_OTHERS = lx.words(
    "comadre compadre viejo vieja perro perra dog cat gato grandson granddaughter nieto nieta "
    "neto neta gallo gallina loro perico caballo vaca chivo cabra "
    "neighbor vecino vecina friend amigo amiga baby bebe nene nena"
)


def writer_is_well(toks: list[Tok]) -> bool:
    """Return True when the writer says they themselves are fine: "I'm fine", "yo estoy bien",
    "toy bien", "yo no tengo nada"."""
    lemmas = [t.lemma for t in toks]
    if _ME.isdisjoint(t.surface for t in toks) and _WRITER_LEMMAS.isdisjoint(lemmas):
        return False  # every reading below starts at one of these words
    return any(
        (
            (t.surface in _ME or t.lemma == "estoy")
            and any(w.lemma in lx.OK_WORDS or w.lemma == "well" for w in toks[k + 1 : k + 5])
        )  # "I'm fine", "I myself am perfectly well"
        or (
            t.surface in _ME
            and lemmas[k + 1 : k + 2] in (["have"], ["tengo"])
            and lemmas[k + 2 : k + 3] in (["none"], ["nada"])  # "I have none"
        )
        # "wife sick cold, me not", "mi neto tiene febre pero yo não", "the baby have fever
        # not me"
        or (
            (
                (t.surface in _ME and lemmas[k + 1 : k + 2] in (["not"], ["no"], ["nao"]))
                or (t.lemma in {"not", "no"} and toks[k + 1 : k + 2] and toks[k + 1].surface in _ME)
            )
            and (k + 2 >= len(toks) or toks[k + 2].lemma in lx.CLAUSE_END | {","})
        )
        or (
            t.lemma == "tengo" and k and lemmas[k - 1] == "no" and lemmas[k + 1 : k + 2] == ["nada"]
        )
        # "she had a fever last week, she's fine now and I never caught it": only once the
        # other one is over it (a wife may text "he has a fever, I never caught it")
        or (
            t.surface in _ME
            and lemmas[k + 1 : k + 2] in _DID_NOT
            and _CAUGHT & set(lemmas[k + 2 : k + 4])
            and _OVER_IT.search(" ".join(lemmas)) is not None
        )
        for k, t in enumerate(toks)
    )


# Lemmas, besides "I" and "me", that start a writer's word about themselves.
_WRITER_LEMMAS = frozenset({"estoy", "tengo", "not", "no"})

# Words between who is fine and "fine": "Earl is doing fine", "mami está bien".
_SAID_FINE = lx.words(
    "is was s has been doing feeling feels seems looks estuvo esta sigue anda se siente ta "
    "just real very pretty so muy all todo"
)


def said_to_be_well(text: str, toks: list[Tok]) -> frozenset[str]:
    """Return who a reply says is fine, at the start of a part of a sentence: a relative
    ("but Mom is fine", "pero mami está bien") or "name" for someone named ("Earl is fine").

    Never "he" or "she": "my husband has a fever but he's fine otherwise" keeps the fever,
    since "he" may be the patient.
    """
    if lx.OK_WORDS.isdisjoint(t.lemma for t in toks):
        return frozenset()  # nobody is said to be fine without a word for it
    who: set[str] = set()
    for k in range(-1, len(toks)):
        if k >= 0 and toks[k].lemma not in SUBCLAUSE_END:
            continue
        m = k + 1
        while m < len(toks) and toks[m].lemma in DETERMINERS:
            m += 1
        start = m
        while (
            m < len(toks)
            and toks[m].kind == "w"
            and toks[m].lemma not in _SAID_FINE
            and toks[m].lemma not in lx.OK_WORDS
            and m - start < 3
        ):
            m += 1  # "Daddy Earl", "my mom"
        rest = toks[m : m + 4]
        if not any(w.lemma in lx.OK_WORDS for w in rest) or not all(
            w.lemma in _SAID_FINE or w.lemma in lx.OK_WORDS for w in rest[:2] if w.kind == "w"
        ):
            continue
        for w in toks[start:m]:
            if w.surface in _FAMILY:
                who.add(w.surface)
            elif (
                k >= 0  # the reply's first word is capitalised anyway
                and w.kind == "w"
                and not w.known
                and text[w.start : w.start + 1].isupper()
            ):
                who.add("name")
    return frozenset(who)


def family_not_patient(
    toks: list[Tok],
    i: int,
    writer_well: bool,
    well: frozenset[str] = frozenset(),
    emergency: bool = False,
) -> bool:
    """Return True for a relative's sign when the writer says they themselves are fine, or
    that someone else is ("my husband has the chills with the flu, but Daddy Earl is fine")."""
    a, b = subclause(toks, i, i + 1)
    holders: set[str] = set()
    for k in range(max(a, i - 10), i):
        who = toks[k].surface
        between = toks[k + 1 : i]
        # "mi hija dice que tengo la boca chueca": the daughter tells the patient's sign
        if (who in _FAMILY or who in OUTSIDERS) and not any(
            t.surface in _TELLS_OF_ME
            or t.lemma in _TELLS_OF_ME
            or t.lemma in PATIENT_PARTS  # "I'm her husband and the cut on her back is red"
            or t.surface in PATIENT_PARTS
            for t in between
        ):
            holders.add(who)
    if _named_after(toks, i, b, writer_well):
        return True  # "el que ta con calentura es mi viejo, yo bien", "es el motor de la troca"
    if not holders:
        return False
    if not emergency and not holders & _LIKELY_PATIENT and denied_before(toks, i, a, b):
        return True  # "No fever no swelling. My son has a fever tho, brought it from school"
    # A spouse, parent or grandparent may be the patient: someone else said to be fine never
    # sets their sign aside ("Grandpa passed out, Grandma is fine"), nor does the writer's
    # own "I'm fine" an emergency of theirs ("my husband can't feel his legs. I'm fine").
    kin = bool(holders & _LIKELY_PATIENT)
    if kin:
        return writer_well and not emergency
    return writer_well or bool(well - holders)


_LIKELY_PATIENT = lx.LIKELY_PATIENT


# Between a relative and a sign, words that make it the writer's: "says", "que tengo", "me".
_TELLS_OF_ME = lx.words(
    "says said say dice dicen dijo thinks cree told tengo estoy me mi my i im i'm yo noticed noto"
)
THINGS = _THINGS = lx.words(
    "motor troca carro car truck coche pozo tractor perro perra dog cat gato gallo "
    "caballo vaca chucho engine radiator"
)
_CLEFT = lx.words("el la los las lo quien who")


def _named_after(toks: list[Tok], i: int, b: int, writer_well: bool) -> bool:
    """Return True for a sign whose holder is named after it, in a cleft: "la que está
    enferma es mi comadre" (when the writer says they are fine), "el que tiene calentura es el
    motor de la troca" (a thing or an animal, always)."""
    before = [t.lemma for t in toks[max(i - 7, 0) : i]]
    if not any(w in {"que", "q", "one", "who"} for w in before) or not set(before) & _CLEFT:
        return False
    after = toks[i + 1 : min(b, i + 7)]
    return any(
        t.lemma in {"es", "is", "son", "are"}
        and any(
            w.surface in _THINGS or (writer_well and (w.surface in _FAMILY or w.surface in _OTHERS))
            for w in after[n + 1 : n + 4]
        )
        for n, t in enumerate(after)
    )


# Every word that can make is_instruction, is_feared or in_a_document true.
QUOTING = _INSTRUCTION | _QUOTED | DOCUMENTS | FEARED | lx.WATCH_FOR
