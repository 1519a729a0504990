"""Round 29's released sets (SS1-SS5) read at the wrong level, each beside the counter-cases
that must keep their level: a low score told after the scale is named ("de 0 a 10 yo le
pongo un 2"), "ya casi no siento nada del dolor" (the pain is what is barely felt, not the
breath), "nada de lo que pregunta" (an answer, not a question), and a high score the day still
reaches ("usually 8 by supper", which only the learned reader had raised). Round 30's review
removed three lowering rules: a relative named without an apostrophe ("my husbands"), "ha
bajado" as easing, a "when" told rather than asked, and "confused what you want" as the
message's confusion."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a score after the scale is named
    (
        "de 0 a 10 yo le pongo un 2 está funcionando muy bien esta cosa bendito sea Dios",
        "trial_check",
        None,
        "ok",
    ),
    ("0 to 10 I'd give it a 9", "trial_check", None, "urgent"),
    ("went from 0 to 10 in a second", "trial_check", None, "urgent"),
    # the pain barely felt; the breath barely felt
    (
        "Un 1. ya casi no siento nada del dolor de espalda por primera vez en años qué milagro",
        "trial_check",
        None,
        "ok",
    ),
    ("casi no se le siente la respiración", "symptom_check", None, "emergency"),
    # the check-in's question, answered; "I don't know what you ask" stays with a nurse
    (
        "Estamos bien aquí en la casa ella no tiene nada de lo que pregunta soy el hijo",
        "first_check_in",
        None,
        "ok",
    ),
    ("No se lo que pregunta", "symptom_check", None, "routine"),
    # a high score the day still reaches
    ("2 sitting but normally a 9 once i get up", "trial_check", None, "urgent"),
    ("normalmente un 9 en la noche", "after_trial_check", None, "urgent"),
    ("I was usually a 9 before the trial, now 2", "after_trial_check", None, "ok"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
