"""Round 28's released sets (RR1-RR5) read at the wrong level, each beside the counter-cases
that must keep their level: a wrong number told in Spanish ("se equivocaron de número"),
"hopeful" and "listening" as known words, and pain told as "it" after a "now" ("Now it's
killing me"). Round 29's review removed three lowering rules ("Fever not have." as a denial,
"What is 10?" after the scale as no score, "qué va" opening good news as no question) and
asked that the reader never call "ok" a reply with a "not have" the rules could not read (held,
at least at routine, in ROUND_29 of test_triage_reviewed_drops_round15.py)."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a wrong number, in Spanish; not a wrong dose
    (
        "Creo que se equivocaron de numero, a mi no me pusieron ningun cateter",
        "after_trial_check",
        None,
        "routine",
    ),
    ("se equivocaron de dosis en la farmacia y me siento muy dormido", None, None, "emergency"),
    # known words in good news
    ("6/10 but honestly feeling hopeful. No fever, no headache", "trial_check", None, "ok"),
    (
        "no fever no swelling. garden is calling me but I'm listening to the doctor 😅",
        "symptom_check",
        None,
        "ok",
    ),
    # the pain, as "it", after a "now"
    ("Was minimal pain. Now it's killing me", None, None, "urgent"),
    ("yesterday was fine, now its killing me", "symptom_check", None, "urgent"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
