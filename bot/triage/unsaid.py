"""Find what a reply that says it is well leaves unsaid: a sentence cut off, an unknown word
said of someone after a "but", a temperature nobody could place."""

from __future__ import annotations

import re

from bot.triage import lexicon as lx
from bot.triage.elsewhere import not_the_patient_now
from bot.triage.quoted import is_laughter
from bot.triage.reading import Reading
from bot.triage.scores import a_share, on_the_clock
from bot.triage.temperature import temperature_like
from bot.triage.tokens import Tok
from bot.triage.usual import plain
from bot.triage.weather import is_weather

# Words an unknown word is said of: "he seems kinda xyz", "I'm xyz".
SAID_OF = lx.words(
    "is are was were be been seems seem looks look feels feel acting kinda kind sorta so very "
    "real really he's she's hes shes im i'm getting got gets"
)

_AS_EVER = lx.words(
    "well always usual ever expected normal age edad esperado loosens siempre aguantable "
    "soportable llevadero tolerable manageable bearable"
)
_PREPOSITIONS = lx.words("for to with from at of about on para con de pon than")
EXPECTED = lx.words("expected esperado esperaba normal usual age edad")
# ... and phrases that tell a small complaint as the everyday: "heels sore in the morning as
# always", "sore feet from standing at church but that's every sunday", "what they said to
# expect".
_EVERYDAY = re.compile(
    r"\b(?:as usual|as always|like always|same as always|every (?:sunday|morning|day|night"
    r"|time|week)|(?:said|told me) to expect|like it has for (?:\d+|a|two|three|years))\b"
)


def told_as_expected(text: str, toks: list[Tok]) -> bool:
    """Return True when a reply tells what it complains of as expected or the everyday:
    "sore but that's expected", "knees ache but thats nothing new", "heels sore as always"."""
    return (
        any(t.lemma in EXPECTED for t in toks)
        or any(
            (a.lemma, b.lemma) == ("nothing", "new") for a, b in zip(toks, toks[1:], strict=False)
        )
        or _EVERYDAY.search(plain(text)) is not None
    )


_CAME_IN = (["came", "in"], ["went", "in"], ["walked", "in"], ["come", "in"])
_LIVED_WITH = lx.words("living live lived deal dealing dealt cope coping")
_SUBJECTS = lx.words("i we you he she they it i've we've")
_ENDS_ON_OF = lx.words("care proud heard thought afraid scared sure rid fond tired sick")
# A denial that ends on "of": "not that I know of", "nothing to speak of", "no pain to speak
# of"; not "something you should know of", cut off, nor "no breath to speak of", a sign, nor
# an answer to a question ("movement in his legs? nothing to speak of").
_DENIED_OF = re.compile(
    r"\b(?:(?:not|none|nothing|nope) that (?:i|we) know|(?:nothing|no (?:pain|problems?"
    r"|complaints?|issues?|trouble|changes?|news)) to speak) of\W*$"
)


# A sentence whole that ends on "to": "sat in the back in case I had to get up. Didnt need to"
# (not "I don't want to", which may be a patient's despair, nor "I ran out of").
_DONE_WITHOUT = re.compile(
    r"\b(?:didn'?t|did not|don'?t|do not|never|haven'?t|have not) (?:need|needed|have|had) to"
    r"\W*$"
)


def _denied_on_of(text: str) -> bool:
    """Return True for a reply that ends on a denial "of" and asks nothing."""
    return "?" not in text and bool(_DENIED_OF.search(text.lower()))


def left_unsaid(reading: Reading) -> list[str]:
    """Return the unknown words of a reply that says it is well but trails off or turns.

    "ok so the" was cut off before it said anything; "doing ok but hes been kinda xyz"
    turns to something nobody could read. Other unknown words are chit-chat.
    """
    toks = reading.toks
    unsaid: list[str] = []
    last = toks[-1]
    if (
        last.kind == "w"
        and last.surface in lx.CUT_OFF
        and not (len(toks) > 1 and toks[-2].surface in _PREPOSITIONS)  # "normal for her"
        and not (len(toks) > 1 and toks[-2].surface in _ENDS_ON_OF)  # "well taken care of"
        and not _denied_on_of(reading.text)
        and [t.surface for t in toks[-3:-1]] not in _CAME_IN  # "the 9 I came in with"
        and not (len(toks) > 1 and toks[-2].surface in _LIVED_WITH)  # "the 9 I was living with"
        and not _DONE_WITHOUT.search(plain(reading.text))  # "Didnt need to"
    ):
        unsaid.append(last.surface)
    for k, t in enumerate(toks):
        if t.lemma not in lx.TURNS:
            continue
        clause: list[Tok] = []
        for m in range(k + 1, len(toks)):
            if toks[m].lemma in lx.CLAUSE_END or toks[m].lemma in lx.TURNS:
                break
            if m not in reading.used:
                clause.append(toks[m])
        lemmas = {c.lemma for c in clause}
        if lemmas & (lx.OK_WORDS | lx.BETTER | lx.NONE_WORDS | _AS_EVER):
            continue  # "except my bad hip, which is the same as always": nothing new
        if t.surface == "only" and k and toks[k - 1].surface in _SUBJECTS:
            continue  # "I only watched": not a turn
        if any(c.lemma in lx.BODY_WORDS or c.surface in lx.BODY_WORDS for c in clause):
            unsaid += [c.surface for c in clause]  # "fine except my head is ...": a nurse reads
            continue
        # "fine except hes been kinda xyz": an unknown word said of someone; "nothing to
        # report except that the Cardinals won" is chit-chat
        unsaid += [
            c.surface
            for n, c in enumerate(clause)
            if c.kind == "w"
            and not c.known
            and c.surface not in lx.POLITE
            and not is_laughter(c)
            # "fine but blorpy"; "no complaints except hospital jello" is chit-chat
            and (
                (n == 0 and len(clause) == 1)
                or clause[n - 1].surface in SAID_OF
                or clause[n - 1].lemma in SAID_OF
            )
        ]
    for k, t in enumerate(toks):
        # "doing ok, 101": a temperature nobody could place is not chit-chat
        after = toks[k + 1].lemma if k + 1 < len(toks) else ""
        if (
            t.kind == "n"
            and k not in reading.used
            and not on_the_clock(toks, k)  # "at 06:45"
            and not a_share(reading.text, t)  # "ate 100% of breakfast"
            and not (t.lemma == "100" and k and toks[k - 1].surface == "al")  # "estoy al cien"
            and not 96 <= float(t.lemma) < 99.5  # "98 even today": a normal temperature
            and not 35.5 <= float(t.lemma) < 37.5
            and after not in lx.NOT_SCORE_AFTER
            and temperature_like(t.lemma)
            and not is_weather(toks, k)  # "the heat index is 108 today"
            # "my grandson had 102 yesterday ... but I'm 98.4": placed, and not the patient's
            and not (reading.maybe_elsewhere and not_the_patient_now(toks, k, k + 1))
        ):
            unsaid.append(t.surface)
    return unsaid


_HAVE = lx.words("have has had tengo tiene tienen hay")
_HAVERS = lx.words("i we you he she they it yo el ella ellos nosotros usted ustedes also too")


def denies_having(toks: list[Tok]) -> bool:
    """Return True for "... not have" with the thing lacked named just before it, in words
    the rules could not read ("Air not have", "Life not have meaning", "Feeling not have in
    legs"): never the reader's good news. Not "I don't have any", nor "list, dont have a one"."""
    return any(
        toks[k].lemma in lx.NEGATORS
        and toks[k + 1].lemma in _HAVE
        and k > 0
        and toks[k - 1].kind == "w"
        and toks[k - 1].lemma not in _HAVERS
        for k in range(len(toks) - 1)
    )
