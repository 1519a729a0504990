"""Tell a relative's sign from the patient's when the writer has just denied it: "No fever no
swelling. My son has a fever tho, he brought it home from school" is the son's.

Kept narrow: only a relative who is not likely the patient (a son, not a husband), a denial
in an earlier sentence said of no other time ("No swelling yesterday" may be the patient's
then), by a writer who does not say they text for someone else, and nothing in the
relative's part of the sign's being new or at the pump, the wound or the site.
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.elsewhere import PATIENT_PARTS
from bot.triage.scope import span
from bot.triage.tokens import Tok

DENY = lx.words("no sin not")
_NOW = lx.words("now ahora again today hoy tonight since desde started empezo")


def denied_before(toks: list[Tok], i: int, a: int, b: int) -> bool:
    """Return True when an earlier sentence denied the very sign a relative has now ("No
    fever. My son has a fever"), and nothing in the relative's part tells of a change ("no
    fever this morning, my husband has one now" may be the patient's)."""
    end = max(
        b, next((k for k in range(i, len(toks)) if toks[k].lemma in lx.CLAUSE_END), len(toks))
    )
    if (
        any(
            t.lemma in _NOW
            or t.surface in _NOW
            or t.lemma in PATIENT_PARTS
            or t.surface in PATIENT_PARTS
            for t in toks[a:end]
        )
        or any(t.surface in _FOR_SOMEONE for t in toks)
        or any(
            t.surface in {"for", "por"} and u.surface in {"him", "her", "el", "ella"}
            for t, u in zip(toks, toks[1:], strict=False)
        )
    ):
        return False
    for k in range(1, a):
        if toks[k].lemma == toks[i].lemma and toks[k - 1].lemma in DENY:
            stop = next((m for m in range(k, a) if toks[m].lemma in lx.CLAUSE_END), None)
            start = span(toks, k, k + 1, lx.CLAUSE_END)[0]
            # "No fever for me, my husband is the one with the fever": the writer is not the
            # patient, so the husband may well be
            # "No swelling yesterday. My son has swelling": then, and now someone's
            mine = any(
                t.surface in lx.WRITER_WORDS or t.lemma in _THEN or t.surface in _THEN
                for t in toks[start : stop or a]
            )
            return stop is not None and not mine
    return False


_THEN = lx.words(
    "yesterday ayer earlier morning manana anoche before antes last discharge appointment appt "
    "lying bed acostado acostada night noche week semana visit cita"
)
# "this is his wife answering for him": the writer texts for the patient
_FOR_SOMEONE = lx.words("answering behalf texting writing")
