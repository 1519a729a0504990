"""Round 27's released sets (QQ1-QQ5) read at the wrong level, each beside the counter-cases
that must keep their level: a tremor, numb feet or tingling legs the patient has lived with
for years, told in its own sentence as the usual (Parkinson's, MS, neuropathy, essential
tremor), with nothing there of it being worse, new or spreading, beside good news; "or is that
bad" after a question; "agua no sale"; "Need paper for his work" and "Dad ask can he ..."
reach a nurse. Its safety review (ROUND_28 in tests/test_triage_reviewed_drops_round15.py)
removed the draft's "on the 9th" as a date, "no habla bien español" as a language, "a spot
opened up" and "leaving" as a known word, and narrowed the usual sign (an urgent one only,
still a withdrawal sign, not after "typing", not with a change anywhere in the sentence)."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # the patient's usual, told as such
    ("Spot is healing. no fever. Feet numb as always", "after_trial_check", None, "ok"),
    ("no fever no redness. just my regular shakes, nothing new", "first_check_in", None, "ok"),
    (
        "Bien gracias, nada de fiebre ni hinchazón. El temblor igual que siempre",
        "first_check_in",
        None,
        "ok",
    ),
    (
        "Ninguna de esas cosas. Sólo el adormecimiento de los pies de siempre, lo tengo hace años",
        "symptom_check",
        None,
        "ok",
    ),
    # ... and the new, which stays a red flag
    ("Feet numb as always but now my legs are weak and numb up to my knees", None, None, "urgent"),
    ("my usual tremor is way worse since the refill, sweating too", None, None, "urgent"),
    ("numb feet same as always. now can't feel my legs", None, None, "emergency"),
    ("tingling in my hands, that's new", None, None, "urgent"),
    ("my hands shake", None, None, "urgent"),
    ("Sorry for typos, shaking so bad", None, None, "emergency"),
    ("this tingling is not my normal", None, None, "urgent"),
    ("shaking same as always plus sweating and diarrhea, refill late", None, None, "emergency"),
    ("no fever, numb legs as usual, tripping a lot", None, None, "urgent"),
    # a question's "bad", a date, a language, a window, "leaving", water that does not come out
    (
        "No. Can my AC blow right on the incision or is that bad lol",
        "first_check_in",
        None,
        "routine",
    ),
    ("9 today", "trial_check", 5.0, "urgent"),
    ("no puede hablar bien, arrastra las palabras", None, None, "emergency"),
    ("the incision opened up", None, None, "urgent"),
    ("dolor 2 pues, fiebre no, de cabeza tampoco, agua no sale", "trial_check", None, "ok"),
    ("agua sale de la herida", None, None, "urgent"),
    # requests and relayed questions
    (
        "ok. Need paper for his work, he is off 2 weeks, employer asking",
        "first_check_in",
        None,
        "routine",
    ),
    (
        "Dad ask can he eat normal food like spicy achar, or only light food",
        "trial_check",
        None,
        "routine",
    ),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
