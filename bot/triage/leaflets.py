"""Tell a sign read in a leaflet, a paper or online from one the patient has: "the paper you
gave me says call if fever, stiff neck", "el papel dice fiebre, rojo, pus".

Pure helpers over the tokens of bot.triage.tokens.
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.elsewhere import subclause
from bot.triage.scope import NEG_CUE, SIGN_WORDS, clause_is_question
from bot.triage.tokens import Tok

# A list of side effects read, not had: "the leaflet lists trouble breathing".
DOCUMENTS = lx.words(
    "leaflet leaflets pamphlet pamphlets folleto folletos paper papel papelito hoja hojita "
    "instructions instrucciones handout article articulo label etiqueta lists effect effects "
    "efectos online internet google forum forums website reddit facebook"
)

# The symptom log a patient writes on: "lo anoté en la hojita" is had, not read; only when
# it speaks is it the clinic's ("el papelito dice ...").
_LOG_SHEETS = lx.words("papelito hojita")
_SAYS = lx.words("dice decia dijo says said pone trae")
_READ = lx.words("lei lee leyendo leer read reading")


def in_a_document(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for a sign read in a leaflet: "the leaflet lists trouble breathing", and
    for the rest of its list: "el papel dice fiebre, enrojecimiento, hinchazón", "the paper
    you give, it say call if fever, stiff neck"."""
    a, b = subclause(toks, i, j)
    for k in range(j, b):  # "fever, as the leaflet says"; not "fever, I have it, the leaflet"
        if _having(toks, k):
            break
        if _document(toks, k):
            return True
    for k in range(i - 1, a - 1, -1):  # "the leaflet lists trouble breathing"
        if _having(toks, k):
            return False
        if _document(toks, k):
            return True
    for k in range(a - 1, max(i - 25, -1), -1):
        if _having(toks, k):
            return False
        if toks[k].lemma in _PAPERS or toks[k].surface in _PAPERS:
            return _document(toks, k)  # only a paper's list reaches past other words
    if any(t.kind == "n" for t in toks[j : j + 2]):
        return False  # "it's a side effect, fever 102": a reading is the patient's
    for k in range(i - 1, max(i - 20, -1), -1):
        if _document(toks, k):
            return True
        # "the side effects: fever, chills": only a list stands between
        if not (toks[k].lemma in _LISTING or toks[k].lemma in SIGN_WORDS):
            return False
    return False


def _document(toks: list[Tok], k: int) -> bool:
    """Return True for a document's word at token k ("leaflet", "papel"), not "paper towels",
    not the newspaper fetched ("bent over to get the paper")."""
    t = toks[k]
    if not (t.lemma in DOCUMENTS or t.surface in DOCUMENTS):
        return False
    if t.lemma in _LOG_SHEETS:  # "el papelito dice ...", not "en la hojita anoté 38.4"
        return any(w.lemma in _SAYS for w in toks[k + 1 : k + 6]) or any(
            w.lemma in _READ for w in toks[max(k - 3, 0) : k]
        )
    if (
        t.surface in {"paper", "newspaper", "periodico"}
        and k >= 2
        and toks[k - 1].lemma in {"the", "a", "my", "el"}
        and toks[k - 2].surface in _FETCHED
    ):
        return False
    return k + 1 >= len(toks) or toks[k + 1].lemma not in _NOT_A_DOCUMENT


def _having(toks: list[Tok], k: int) -> bool:
    """Return True when token k ends a quoted list: a sentence's end, a turn, or someone
    having a sign ("but he has a fever"), not the "he has" of "call if he has a fever"."""
    t = toks[k]
    return (t.lemma in _NOT_QUOTING or t.surface in _NOT_QUOTING) and not _supposed(toks, k)


def has_it_after(toks: list[Tok], j: int) -> bool:
    """Return True when the reply goes on to say the writer has the sign: "... and I have it",
    "..., y la tengo", ". I had all of them last night", "Tengo las tres cosas"; not "I don't
    think I have it", "I have it on the fridge", "how do I know if I have it?", "got it"."""
    for k in range(j, min(j + 30, len(toks) - 1)):
        t = toks[k]
        i_have = t.surface in _I_HAVE_ES or (t.surface in _HAVE and toks[k - 1].surface in _I)
        then = [w.surface for w in toks[k + 1 : k + 3]]
        if t.surface in _IT_ES and then[0] in _I_HAVE_ES:
            end = k + 2  # "y la tengo"
        elif (i_have or (t.surface == "has" and toks[k - 1].surface in _HE)) and then[0] in _THAT:
            end = k + 2  # "I have it", "tengo eso", "I had all (of them)", "he has both"
        elif i_have and then[0] in _THE and then[1:] and then[1] in _ALL_OF:
            end = k + 3  # "tengo las tres (cosas)", "I have the two"
        else:
            continue
        while end < len(toks) and toks[end].surface in _OF_THEM:
            end += 1  # "all of them", "las tres cosas"
        told = end >= len(toks) or toks[end].kind == "p" or toks[end].lemma in _NOW
        if (
            told
            and not any(w.lemma in NEG_CUE or w.lemma in _IFFY for w in toks[max(k - 4, 0) : k])
            and not clause_is_question(toks, k)
        ):
            return True
    return False


_HAVE = lx.words("have had")
_I = lx.words("i we i've ive")
_HE = lx.words("he she")  # a relative texting about the patient
_I_HAVE_ES = lx.words("tengo tenemos tuve")
_THAT = lx.words("it that those them all both eso esos esas todo todos todas ambas ambos")
_THE = lx.words("the las los")  # "tengo las tres cosas", "I have the three"
_ALL_OF = lx.words("two three four both dos tres cuatro todas todos ambas ambos 2 3 4")
_OF_THEM = lx.words("of them those these em cosas things signs symptoms sintomas")
_NOW = lx.words("now right too also today tonight since last yes ahora hoy tambien desde ya")
_IFFY = lx.words("if si think whether know")
_IT_ES = lx.words("lo la los las")
_NOT_A_DOCUMENT = lx.words("towel towels plate plates cup cups bag bags cut cuts work route")
_FETCHED = lx.words("get getting grab grabbing grabbed fetch fetching fetched bring recoger traer")


# Documents whose list of signs a patient copies out: "the paper you gave me says ...".
_PAPERS = lx.words(
    "leaflet leaflets pamphlet pamphlets folleto folletos paper papel papeles hoja hojas "
    "instructions instrucciones handout"
)
_LISTING = lx.LIST_JOIN | lx.AND_JOIN | lx.words(", : says say dice lists mentions warns")


# Words that end a leaflet's list read backwards: a sentence's end, a turn, or the patient
# (or someone) having a sign: "the leaflet says fever, but he has a fever".
_NOT_QUOTING = (
    lx.CLAUSE_END
    | lx.CONTRAST
    | lx.words(
        "i i'm im i've ive he he's hes she she's shes we yo el ella mi my his her now ahora "
        "tengo tiene tenia tenemos has had got having mine there there's theres esta estan "
        "incision site wound pocket bandage dressing herida sitio cicatriz scar pump bomba "
        # the patient's own night or morning: "... y amaneci con fiebre", "anoche con escalofrios"
        "amaneci amanecio amanecimos desperte desperto anoche ahorita"
    )
)
_SUPPOSING = lx.words("if si when cuando")


def _supposed(toks: list[Tok], k: int) -> bool:
    """Return True for the "he has" of "call if he has a fever": a condition, not a report
    (not the "sí" of "... y sí tengo pus": "and yes, I have it")."""
    if k >= 2 and toks[k - 1].lemma == "si" and toks[k - 2].lemma in _YES_AFTER:
        return False
    return any(t.lemma in _SUPPOSING for t in toks[max(k - 2, 0) : k + 1])


_YES_AFTER = lx.words("y pero e and but")
