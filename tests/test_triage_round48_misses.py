"""Found while tuning on round 47's released sets. Reviewed red flags the retrained reader
dropped, now rules: "he's gray and sweaty", a handful "de agua... digo, de pastillas", a fever
the pills kept down "pero ahora ya no", the skin around the scar that "feels hot out here", and
"having some difficulty walking the last two days". One answer read as a yes: "Yeah no fever".
Beside them, the counter-cases that keep their level, most from the round's two safety reviews,
which removed a wider "told as the usual" (dizziness, itching and hives beside "like usual",
"de siempre", "that's my vertigo"), French "tout est beau" as good news, a thermometer "taken
twice" beside a temperature and "spells" as a known word, because each hid real red flags
(their probes are ROUND_48 and ROUND_48_B in test_triage_reviewed_drops_round15.py), and
narrowed every raising rule above after it sent ordinary replies to a nurse."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # reviewed red flags the retrained reader dropped, now rules
    ("something is really wrong, he's gray and sweaty", None, None, "emergency"),
    (
        "Se tomó un puñado de agua... digo, de pastillas, las de la noche todas juntas",
        None,
        None,
        "emergency",
    ),
    ("La fiebre se controlaba con Tylenol pero ahora ya no", None, None, "urgent"),
    ("the fever was controlled with tylenol but not anymore", None, None, "urgent"),
    ("skin around the scar feels hot out here", None, None, "urgent"),
    ("I've been having some difficulty walking the last two days", None, None, "urgent"),
    # a yes to the denial that follows
    ("Yeah no fever", "symptom_check", None, "ok"),
    # counter-cases that keep their level, from the round's safety reviews
    ("Yes no fever redness and swelling tho", "symptom_check", None, "urgent"),
    ("sí, sin fiebre", "symptom_check", None, "urgent"),  # which yes? (the session's review)
    ("yes no fever but the site is red", "symptom_check", None, "urgent"),
    ("No fever. Took it twice to be sure, 98.4", "symptom_check", None, "emergency"),
    ("took it twice, fever 101.5", None, None, "emergency"),
    ("wound spells nasty when I change the gauze", None, None, "urgent"),
    ("Dizzy like usual but way more since the refill yesterday", None, None, "urgent"),
    ("was having trouble walking the last two days. Much better now", None, None, "ok"),
    ("it looks gray and clammy out there", None, None, "routine"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
