"""Found while tuning on round 62's released sets: "no upright headache" read as a positional
headache; a white noise machine read as the pump's alarm, a sore jaw "from the breathing tube"
as trouble breathing, the dentist's numbing shots as numbness, awful weather as bad news; "ni
más ni menos" after a steady score read as "not improving"; "we'll" unread; a fever with
"keeps asking what hospital he's in" (at home) read as urgent. The two reviews' finds: a usual
sign beside a doubt ("I dont know if its my neuropathy") lowered, a headache "not from sitting
up, from standing up" read as posture-free. Beside each, the red flag it must not hide."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    (
        "pain 6, better than before the trial. no leaking, no upright headache",
        "trial_check",
        None,
        "ok",
    ),
    ("no fever. standing headache, goes away lying down", "trial_check", None, "urgent"),
    (
        "headache when i sit up, better lying flat, no upright headache yesterday",
        None,
        None,
        "urgent",
    ),
    ("headache, worse standing up", "symptom_check", None, "urgent"),
    ("Headache not from sitting up, from standing up", "trial_check", None, "urgent"),
    ("numbness in my thighs its my neuropathy right?", None, None, "urgent"),
    ("Numb toes as always. Can I shower yet?", None, None, "routine"),
    ("headache, it has to do with sitting up", "trial_check", None, "urgent"),
    ("numb feet, same as always. I fell twice today", None, None, "urgent"),
    ("numb feet, same as always but now up to my knees", None, None, "urgent"),
    ("burning at the incision, same as always", None, None, "urgent"),
    ("fine. does the white noise machine bother the pump?", "first_check_in", None, "routine"),
    ("white noise on all night and the pump is beeping", None, None, "urgent"),
    ("jaw a bit sore from the breathing tube, otherwise fine", "first_check_in", None, "ok"),
    ("cant breathe, the breathing tube came out yesterday", None, None, "emergency"),
    ("can my dentist use numbing shots with the pump?", "symptom_check", None, "routine"),
    ("legs numb since the numbing shot", None, None, "urgent"),
    ("legs numb shots of pain down them since this morning", None, None, "urgent"),
    ("my dressing smells bad", None, None, "urgent"),
    ("weather's been awful but I'm doing ok, no problems", None, None, "ok"),
    ("weather's awful and my incision is red", None, None, "urgent"),
    ("la herida esta calientita", None, None, "urgent"),
    ("4. Ni mas ni menos", "trial_check", 4.0, "ok"),
    ("6. ni mas ni menos", "trial_check", 4.0, "urgent"),
    ("No fever. My husband has the flu so we'll see", "symptom_check", None, "ok"),
    ("temp 102 and he keeps asking what hospital he's in, he's at home", None, None, "emergency"),
    ("she asked what hospital I had the surgery at", None, None, "routine"),
    ("My daughter keeps asking what hotel we're at, all good", None, None, "ok"),
    ("numb legs and I dont know if its my neuropathy or the catheter", None, None, "urgent"),
    ("oh no standing up headache again today", None, None, "urgent"),
    ("headache not worse sitting up but he cant stand without it pounding", None, None, "urgent"),
    # a reviewed red flag the reader retrained on round 62's sets dropped, now a rule
    (
        "Se le murió el celular y también la pierna, dice que la siente muerta desde anoche",
        None,
        None,
        "urgent",
    ),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
