"""Spot a patient asking when a restriction ends ("can I drive?", "¿puedo manejar?").

Pure: text in, restriction keys out. The answer itself comes from the patient's own plan.
"""

from __future__ import annotations

import re
import unicodedata

_TOPICS = {
    "driving": r"driv\w*|drove|car|manej\w*|conduc\w*|carro|coche|auto",
    "housework": r"housework|house ?work|chores?|clean\w*|vacuum\w*|laundry|dishes|mop\w*|"
    r"quehacer\w*|tareas?|limpi\w*|barrer|trapear|lavar",
    "strenuous_activity": r"exercis\w*|gym|work ?out|workouts?|lift\w*|jog\w*|"
    r"golf\w*|sports?|swim\w*|bend\w*|ejercicio\w*|gimnasio|levantar|correr|deportes?|nadar",
}
_QUESTION = re.compile(
    r"\?|\b(can|may|could|when|how soon|how long|allowed|ok to|okay to|"
    r"puedo|podre|cuando|cuanto tiempo|se puede)\b"
)
_PATTERNS = {key: re.compile(rf"\b(?:{words})\b") for key, words in _TOPICS.items()}
# "how do I clean the wound?" is wound care, for a nurse, not a question about housework
_WOUND = re.compile(
    r"\b(?:wound|incisions?|cuts?|site|stitch\w*|staples?|dressing|bandage|pump|scar|"
    r"herida|incision|cortada|sitio|puntos|grapas|vendaje|venda|curacion|bomba|cicatriz)\b"
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def asked_restrictions(text: str) -> list[str]:
    """Return the restriction keys a question asks about, in a fixed order."""
    folded = _fold(text or "")
    if not _QUESTION.search(folded):
        return []
    asked = [key for key, pattern in _PATTERNS.items() if pattern.search(folded)]
    if "housework" in asked and _WOUND.search(folded):
        asked.remove("housework")
    return asked
