"""The backstop: a red-flag word no rule could read (breathing, chest, lips, throat, bladder)
keeps a reply at least urgent ("when in doubt, go up") unless the words around it say what
ordinary thing it is: dry lips, a tickly throat, a chest cold, a bladder pill."""

from __future__ import annotations

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage.easing import improved
from bot.triage.reading import Reading
from bot.triage.scope import clause_is_question, negated_before
from bot.triage.tok import Tok
from bot.triage.weather import is_weather_word

_BACKSTOP = lx.BACKSTOP_WORDS


def backstop(reading: Reading) -> None:
    """Keep a red-flag word nobody could read (breathing, chest, lips, throat) at least urgent."""
    toks = reading.toks
    for k, t in enumerate(toks):
        if t.lemma not in _BACKSTOP or k in reading.used or clause_is_question(toks, k + 1):
            continue
        if negated_before(toks, k, True) or improved(toks, k, k + 1):
            continue
        if t.lemma == "blue" and is_weather_word(toks, k, k + 1):
            continue  # "just rainy and gray like always"
        near = toks[max(k - 3, 0) : k + 4]
        if any(w.surface in lx.BACKSTOP_NOT.get(t.lemma, ()) for w in near):
            continue  # "the wind has my lips all cracked", "same old throat tickle"
        if _names_a_thing(toks, k):
            continue  # "the little blue clip", "Took my bladder pill and my pain med on schedule"
        a = max(k - 3, 0)
        a = max([a, *(n + 1 for n in range(a, k) if toks[n].lemma in lx.CONTRAST)])
        window = toks[a : k + 4]  # "bien pero el pecho ...": the "bien" is not the chest's
        if any(w.lemma in lx.OK_WORDS or w.lemma in lx.BETTER or w.lemma == "well" for w in window):
            continue
        reading.add(Level.URGENT, _BACKSTOP[t.lemma], k, k + 1)
        return


def _names_a_thing(toks: list[Tok], k: int) -> bool:
    """Return True when the word right after backstop word k names an ordinary thing: "the
    little blue clip", "my bladder pill", "bladder botox"; for the bladder only with nothing
    in the reply that tells of control lost ("bladder meds? my bladder let go", "bladder pill
    didnt help, peed on the floor" stay)."""
    lemma = toks[k].lemma
    return (
        toks[k + 1 : k + 2] != []
        and toks[k + 1].surface in lx.BACKSTOP_THINGS.get(lemma, ())
        and not (
            lemma == "bladder"
            and any(w.surface in lx.BLADDER_LOST or w.lemma in lx.BLADDER_LOST for w in toks)
        )
    )
