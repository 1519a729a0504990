"""Round 25's released sets (OO1-OO5) read at the wrong level, each beside the counter-cases
that must keep their level: good news said in words the rules did not know ("doing all
right", "noo", "hoy fue un buen día", "first October in 5 years I could ...", "can barely see
where it was", "0. ZERO. is this real"), poor sleep or sore knees "normal for me" / "nothing
new" beside good news, a call promised and never made, a relative who "asks if", a drink
that is no overdose. Its safety review (ROUND_26 in tests/test_triage_reviewed_drops_round15.py)
removed the draft's setting aside of anxiety "as a condition" and of "the scale confuses me"
(both hid red flags) and added: confusion told as not knowing the day or getting lost, an
agitated patient, and a pump refill missed or late (urgent: the pump may run dry)."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # good news the rules did not read
    ("Doing all right, Mom says hi", "first_check_in", None, "ok"),
    ("not all right, fever 102", "first_check_in", None, "urgent"),
    ("noo", "symptom_check", None, "ok"),
    ("noo, but the incision is leaking", "symptom_check", None, "urgent"),
    ("solo quería dar las gracias. hoy fue un buen día", None, None, "ok"),
    (
        "thank you all so much, first October in 5 years I could go to the apple orchard with "
        "my grandkids",
        None,
        None,
        "ok",
    ),
    ("first summer in years without pain but I have a fever now", None, None, "urgent"),
    ("healed up so well I can barely see where it was", "after_trial_check", None, "ok"),
    # "can barely ..." after a pause may still be a sign ("can barely swallow"): a nurse reads
    ("all healed up, can barely see where it was", "after_trial_check", None, "routine"),
    ("0. ZERO. is this real", "trial_check", None, "ok"),
    ("5/10 which is way better than the 9 I was living with", "trial_check", None, "ok"),
    # poor sleep and old aches said to be nothing new, beside good news
    (
        "No fever, no redness. Didn't sleep much but that's normal for me",
        "symptom_check",
        None,
        "ok",
    ),
    ("nope, just the usual brain fog from not sleeping", "symptom_check", None, "ok"),
    (
        "none of those. weather's making my knees ache but thats nothing new",
        "symptom_check",
        None,
        "ok",
    ),
    ("fine, knees ache, nothing new. fever 101", "symptom_check", None, "urgent"),
    # a call promised and never made; a relative asks
    (
        "no tengo fiebre ni nada, pero la enfermera dijo que me llamaban y nadie me ha llamado",
        "symptom_check",
        None,
        "routine",
    ),
    (
        "fine thanks. Dr said he'd call with the plan and never did",
        "after_trial_check",
        None,
        "routine",
    ),
    (
        "Good. My daughter asks if I need someone at home at night",
        "first_check_in",
        None,
        "routine",
    ),
    # a drink is no overdose; a drug or a dose named with it still is
    ("no, I'm ok. drank way too much coffee and now I'm wired lol", "symptom_check", None, "ok"),
    ("took too much tea, its kratom tea, im throwing up and shaking", None, None, "emergency"),
    ("took too much medication", None, None, "emergency"),
    # from the review: anxiety the patient lives with stays a nurse's to read (the draft that
    # set it aside hid withdrawal); confusion told by what the person cannot do; a late refill
    ("the text confused me. I don't know what time or day it is", None, None, "emergency"),
    ("I don't know what time or day it is", None, None, "urgent"),
    ("I got lost driving to my daughters house", None, None, "urgent"),
    ("got lost in the hospital parking garage lol all good", "first_check_in", None, "ok"),
    ("he is agitated", None, None, "urgent"),
    ("the refill was late", None, None, "urgent"),
    ("missed my refill appt and now im sweating and shaky", None, None, "urgent"),
    ("refill went fine", "symptom_check", None, "ok"),
    (
        "No. Can't sleep from the itching, normal for me? its all over my body now",
        "symptom_check",
        None,
        "routine",
    ),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
