"""Replies of round 20's released sets (JJ1-JJ5) sent to a nurse for words that were not the
patient's sign, each beside the counter-cases that must keep their level. (Its Québec French
answers, "Non, rien", "Pas pire", stay before a nurse: the rules know too few French sign
words to let a French "no" make a reply ok.)"""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a stolen phone is no swollen one; warning signs on a paper are no alarm
    (
        "hey this is Dee, new number, the other phone got stolen. just letting yall know im "
        "doing fine",
        None,
        None,
        "ok",
    ),
    ("my back is swollen", None, None, "urgent"),
    (
        "Estoy bien mija. Leí el papelito que me dieron con todas las señales de alarma y no "
        "tengo ninguna",
        "first_check_in",
        None,
        "ok",
    ),
    ("la alarma de la bomba está sonando", None, None, "urgent"),
    # someone else's cough
    ("no. the old man in room 12 has a bad cough but me Im fine", "symptom_check", None, "ok"),
    ("a bad cough and a fever", None, None, "urgent"),
    # roads, the only pain
    (
        "Need to reschedule, big storm coming thursday and were in Fort Kent, the roads will be "
        "bad",
        None,
        None,
        "routine",
    ),
    (
        "4. no headache no leak. watched the Habs lose again so thats the only pain lol",
        "trial_check",
        5.0,
        "ok",
    ),
    # no extra pain
    (
        "I feel good. I was worried about the ride home on that bumpy road but no extra pain",
        "first_check_in",
        None,
        "ok",
    ),
    ("no extra pain but the site is swelling", "symptom_check", None, "urgent"),
    ("My legs gave on me", None, None, "emergency"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
