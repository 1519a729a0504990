"""Round 33's replies read wrong on its one measure, now released: a niece who is a nurse
told an incision whose edges were separating, "about 1cm open"; a heart-failure patient told
ankles "puffier than my normal" (no rule knew "puffier"); good news read as a red flag: "the
tape itch was the worst part", pacemaker "leads" (pulled onto "leaks"). Retraining lost a
reviewed red flag the old reader had held, now a rule: Tagalog "wala pong tigil ang
pagdurugo" is bleeding that will not stop; and the round's safety review found "nothing to
stop the bleeding" read as stopped bleeding. Beside them, the counter-cases that keep their
level: a worst part that is a sign, a question about the edges, a denial of any gap, and
"I dont have one" after a fever (a thermometer, not a denial)."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # the signs no rule read
    (
        "I'm a nurse, checked his incision: the edges are separating at the bottom, 1cm open",
        None,
        None,
        "urgent",
    ),
    ("ankles puffier than my normal tonight, press it and the dent stays", None, None, "urgent"),
    ("Wala pong tigil ang pagdurugo sa sugat", "symptom_check", None, "emergency"),
    ("nothing to stop the bleeding from the incision, been 20 min", None, None, "emergency"),
    ("sangra without stop from the incision", None, None, "emergency"),
    # good news read as a sign
    ("no redness, no drip. the tape itch was the worst part", "after_trial_check", None, "ok"),
    (
        "cardiologist says the pump and my pacemaker leads are far apart. feeling good",
        None,
        None,
        "ok",
    ),
    # the counter-cases keep their level
    ("the worst part is the headache when I stand", None, None, "urgent"),
    ("will the edges separate if I shower?", None, None, "routine"),
    ("the edges look perfect, zero gap", "after_trial_check", None, "ok"),
    ("Fever and chills but I dont have one", None, None, "urgent"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
