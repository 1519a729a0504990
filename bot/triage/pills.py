"""Pills told as news in a reply that says the patient is well.

"Doing fine, doc took me off the water pill", "slept a lot after the dr changed my bp pills
but its getting better", "only headache I had went away with my pill": a change the doctor
made, or what eased a sign, told by a patient who is well, is good news. Trouble with the
pills, or anything asked about them, is for a nurse however it is said: "ran out of my pain
pills", "missed a dose", "took two", "is one beer ok with the meds", "it helped but no
longer", "took all my meds as prescribed".
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.tokens import Tok

MEDICATION = lx.SINGLES["medication"][0]
_TROUBLE = lx.words(
    "out ran run missed miss missing forgot forget forgotten lost lose cant can't cannot couldnt "
    "couldn't wont won't didnt didn't havent haven't never stopped stop quit extra double twice "
    "two 2 three 3 many side reaction reactions wrong late afford insurance denied refill "
    "refills prescription prescribed script need needs pharmacy longer anymore olvide olvido "
    "back again then returned falta faltan acabaron acabo acabando dos doble extra receta recetado "
    "dijo volvio volvió regreso luego"
)
# Asked or asked for without a question mark: "is one beer ok with the meds", "mande la lista"
_ASKING = lx.words(
    "is do does can could should will would may call list pueden puede mande manden llamar "
    "llamen hablar hablarle lista"
)
# The pills told as a change made or as what eased a sign: "took me off", "changed my bp
# pills", "went away with my pill", "the new one is working"
_NEWS = lx.words(
    "changed change switched switch new off working works worked helped helping helps away "
    "started lowered cambio cambiaron nueva nuevo funcionando ayudo ayudando quito quitaron"
)


def pills_as_news(toks: list[Tok], well: bool, asked: bool) -> frozenset[str]:
    """Return the medication topic as waved off when a well patient only mentions the pills."""
    if not well or asked:
        return frozenset()
    if "?" in "".join(t.surface for t in toks):
        return frozenset()
    words = {t.surface for t in toks} | {t.lemma for t in toks}
    if words & (_TROUBLE | _ASKING) or not words & _NEWS:
        return frozenset()
    return frozenset({MEDICATION})
