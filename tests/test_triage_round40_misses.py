"""Found while tuning on round 39's released sets: questions asked without a question mark and
read as good news ("the brace is too tight can I take it off when sleeping", "so what happens
now", "what number do I call at night", "no. Also need a work note", a photo sent "pa que la
vea la enfermera"). Then reviewed red flags the retrained reader dropped, now rules: a headache
with one arm gone weak ("... and my left arm is weak"), lips "dry and a dark color", "not
answering when we talk to him". Beside them, the counter-cases of the round's safety review
that keep their level: a question told of ("my wife keeps asking can I lift", "la doctora dijo
que la vea"), "Need a nap lol" after a "no", lips "normal not dark", and a weak arm asked about
("left arm weak? no"). (A phone that was dead, "not answering when we talk to him ..., turned
out his phone was dead. All good now", left this list in round 42: the reader retrained on
round 41's sets reads it as an emergency, and both rules written to set it aside hid real red
flags in review. See test_triage_round42_misses.) (The round's lowering rules for "cuánto le dura",
"no habla bien el inglés" and labs "drawn" were removed after their safety review: each hid real
red flags. Those replies still go to a nurse.)"""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # questions without a question mark, read as good news before
    (
        "good. the brace is too tight can I take it off when sleeping",
        "first_check_in",
        None,
        "routine",
    ),
    ("no. Also need a work note for this week, Im a teacher", "first_check_in", None, "routine"),
    (
        "looks good. the trial ain't help much tho honestly, so what happens now",
        "after_trial_check",
        None,
        "routine",
    ),
    (
        "none of them are me but what number do I call at night",
        None,
        None,
        "routine",
    ),
    (
        "Le mando la foto de la herida pa que la vea la enfermera, a mí se me hace que está bien",
        "after_trial_check",
        None,
        "routine",
    ),
    # reviewed red flags the retrained reader dropped, now rules
    (
        "headache doesnt care if im up or lying down. and my left arm is weak",
        None,
        None,
        "emergency",
    ),
    ("dolor de cabeza fuerte y el brazo izquierdo dormido", None, None, "emergency"),
    ("his lips are dry and a dark color", "symptom_check", None, "emergency"),
    ("los labios se ven oscuros", None, None, "emergency"),
    (
        "I'm so sorry not answering when we talk to him and very pale",
        "symptom_check",
        None,
        "emergency",
    ),
    # the safety review's counter-cases keep their level
    ("Todo bien, la doctora dijo que la vea en dos semanas", "symptom_check", None, "ok"),
    (
        "Great! my wife keeps asking can I lift the grandkids yet and I keep telling her no",
        "symptom_check",
        None,
        "ok",
    ),
    ("no. Need a nap lol but doing good", "symptom_check", None, "ok"),
    ("Lips look normal not dark", "symptom_check", None, "ok"),
    ("Headache when I sit up, left arm weak? no", "symptom_check", None, "urgent"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
