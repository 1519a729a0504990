"""Round 29's released sets (SS1-SS5): a high score the day still reaches ("usually 8 by
supper", which only the learned reader had raised), beside the counter-cases that keep their
level. Round 30's safety review removed four lowering rules (a relative named without an
apostrophe, "ha bajado" as easing, a "when" told rather than asked, "confused what you want"),
and a review of the whole session's change removed three more that read red flags lower (a
score after "I'd say" or "le pongo" after the scale, "casi no siento ... del dolor" as no
breathing sign, "nada de lo que pregunta" as an answer); the cases here hold what they lost."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a score told after the scale is named; a number that is no score stays none
    ("0 to 10 I'd give it a 9", "trial_check", None, "urgent"),
    ("went from 0 to 10 in a second", "trial_check", None, "urgent"),
    ("pain 0 to 10 I'd say 2 weeks ago it was 3, today 9", "trial_check", None, "urgent"),
    # the breath barely felt stays an emergency, whatever follows
    ("casi no se le siente la respiración", "symptom_check", None, "emergency"),
    ("casi no la siento de dolor, esta fria", "symptom_check", None, "emergency"),
    # not understanding the check-in stays with a nurse
    ("No se lo que pregunta", "symptom_check", None, "routine"),
    ("no entiendo nada de lo que pregunta", "symptom_check", None, "routine"),
    # a high score the day still reaches; not hours of sleep, not a dose
    ("2 sitting but normally a 9 once i get up", "trial_check", None, "urgent"),
    ("normalmente un 9 en la noche", "after_trial_check", None, "urgent"),
    ("I was usually a 9 before the trial, now 2", "after_trial_check", None, "ok"),
    ("I usually 8 hours of sleep", "symptom_check", None, "routine"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
