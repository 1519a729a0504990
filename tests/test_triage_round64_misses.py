"""Found while tuning on round 63's released sets: a cheek swelling "getting bigger and now
going down under my jaw" read as easing (a red flag missed); "mojadito" read as "moradito"
(purple); "el calor de aquí afuera" read as the patient's heat; "ayer me dolía más pero hoy
bien" read as rising pain; the Buffalo Bills read as a bill; an airport alarm question with
"it went off at 3am" after it read as a question only. And rules for reviewed
red flags the reader retrained on round 63's sets dropped: a fever that "no me baja, nunca
menos de 38", a "shaking spell" without answering, "what state we're in", a usual tremor
"out of my lithium", a usual migraine beside one numb arm. Beside each, the red flag it must
not hide."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    (
        "my cheek swelling from the tooth is getting bigger and now it's going down under my jaw",
        "first_check_in",
        None,
        "urgent",
    ),
    ("the swelling is going down", "symptom_check", None, "ok"),
    ("swelling was getting bigger but now its going down", "symptom_check", None, "ok"),
    ("swelling went down past couple days, feeling good", "symptom_check", None, "ok"),
    (
        "ya no sale nada, estuvo mojadito el primer dia pero ya se seco",
        "after_trial_check",
        None,
        "ok",
    ),
    ("Qué va, todo bien, el catéter está mojadito nomás", "after_trial_check", None, "urgent"),
    ("la venda esta mojadita", None, None, "urgent"),
    (
        "no tengo calentura, nomas el calor de aqui afuera que esta a 97",
        "symptom_check",
        None,
        "ok",
    ),
    ("la herida tiene calor", None, None, "urgent"),
    ("ya mejor, ayer me dolia mas pero hoy bien", "first_check_in", None, "ok"),
    ("ayer me dolia mas pero hoy peor", None, None, "urgent"),
    ("no fever, no red. Bills won so I'm feeling great", "symptom_check", None, "ok"),
    ("the bills are piling up and I have a fever", None, None, "urgent"),
    ("does it alarm at the airport? it went off at 3am", None, None, "urgent"),
    ("my pump makes like a white noise hiss now, never did before", None, None, "urgent"),
    ("No me baja la temperatura, nunca menos de 38", "symptom_check", None, "urgent"),
    ("He had a shaking spell and didn't answer me for a minute", None, None, "emergency"),
    ("Mom asked me what state we're in twice today", None, None, "urgent"),
    ("The pharmacy asked what state I'm in, they need it for the refill", None, None, "routine"),
    ("Pharmacy was out of my lithium, hands shaking like always", None, None, "urgent"),
    ("feet numb as always, just got out of my car from church", None, None, "routine"),
    # the whole-session review's (the first a red flag the code before read as ok too)
    ("no headache when I stand, but I get one when I sit up", "trial_check", None, "urgent"),
    ("Red streaks gone, swelling going down", "symptom_check", None, "ok"),
    ("Will the pump alarm at the airport? We fly Monday at 6 am", None, None, "routine"),
    (
        "Dad had a shaking spell so I didn't answer your call, he has chills and 101",
        None,
        None,
        "urgent",
    ),
    (
        "Feet numb as always from my neuropathy, not sure if I can drive to my appt Friday",
        "symptom_check",
        None,
        "routine",
    ),
    ("mi migraña de siempre y se me adormeció el brazo derecho", None, None, "urgent"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
