"""Round 30's three red flags read low on its one measure (TT1, TT3), now released: a sign
answered "yes" inside a list that ends in "no" ("headache stand up yes lying no"), "fuga" for a
leak ("fuga sí, se mojó la cama ... es agua clarita"), and stitches that "when out" (went out,
typed by sound); with a red flag the retrained reader stopped raising ("legs not listening"),
each beside the counter-cases that keep their level. Only raising rules: no review was run."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a "yes" inside the sign's words affirms it; a "no" before it still denies
    ("headache stand up yes lying no", "after_trial_check", 6.0, "urgent"),
    ("fever no, headache yes a little", "symptom_check", None, "urgent"),
    ("fever no, redness no", "symptom_check", None, "ok"),
    # a leak, in Spanish
    (
        "fuga sí, se mojó la cama anoche de la espalda, es agua clarita no sangre",
        "after_trial_check",
        None,
        "urgent",
    ),
    ("ya no hay fuga", "after_trial_check", None, "ok"),
    # stitches that went out
    ("good but the stitches when out", "first_check_in", None, "urgent"),
    ("stitches fine, sore when out walking", "symptom_check", None, "ok"),
    # limbs that will not obey
    ("hopeful. legs not listening since this morning", "symptom_check", None, "urgent"),
    ("I usually 8 hours of sleep, legs not listening lately", "symptom_check", None, "urgent"),
    ("my feet won't cooperate today", "symptom_check", None, "urgent"),
    ("kids not listening lol, me fine", "symptom_check", None, "ok"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
