"""Found while tuning on round 65's released sets: "my mother (the patient) has had chills"
read as someone else's (a red flag missed); "the beeping was my dexcom not the pain pump"
read as the pump's alarm; "its 38 degrees and pouring out there" read as a fever; "a faint
brown mark" read as fainting; the leaflet's "papelito" list, "my doc warns me about burns"
and a relative's fever "I didnt catch it" read as the patient's; ankles "puffy by dinner like
always" read as new swelling; sore feet "every sunday" sent to a nurse; "spiked 101 after they
accessed the port" (round 64's BBBB4 miss) read only by the learned reader; the safety
review's finds ("head sore every time I get up", an alarm "coming from his belly"). Beside each,
the red flag it must not hide."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    (
        "Hi, my mother (the patient) has had chills all afternoon, we're in Auburn, should we "
        "come in?",
        None,
        None,
        "urgent",
    ),
    ("another patient in the waiting room had a seizure, I'm fine", None, None, "ok"),
    (
        "just fyi the beeping yesterday was my dexcom not the pain pump. sensor expired. all "
        "good now",
        None,
        None,
        "ok",
    ),
    ("is the beeping my dexcom or the pump?", None, None, "urgent"),
    ("the alarm is my pump not the dexcom", None, None, "urgent"),
    # the weather words and "I didnt catch it" were taken out again by the safety review
    ("no redness no fever. its 38 degrees and pouring out there", "symptom_check", None, "urgent"),
    ("she's 38 degrees and sweating", None, None, "urgent"),
    (
        "site is healing fine. theres a faint brown mark where the tape was, not red",
        "after_trial_check",
        None,
        "ok",
    ),
    ("he fainted yellow puke all over the carpet", None, None, "emergency"),
    ("I keep going faint brown spots in my vision", None, None, "emergency"),
    (
        "no, el papelito dice que si me da calentura o se pone rojo que les avise pero no tengo "
        "nada de eso",
        "symptom_check",
        None,
        "ok",
    ),
    ("el papelito dice que si me da calentura, y tengo 39", None, None, "urgent"),
    (
        "my wife had a fever last week but I didnt catch it. no symptoms here",
        "symptom_check",
        None,
        "urgent",
    ),
    # swollen ankles "like always" stay a red flag: the whole-session review took that rule out
    (
        "No fever no redness. Ankles puffy by dinner like always, that's my flat feet, nothing new",
        "symptom_check",
        None,
        "urgent",
    ),
    # the whole-session review's finds
    ("the pump beeped a bunch last night but stopped", None, None, "urgent"),
    ("his pump was chirping but it stopped", None, None, "urgent"),
    ("En la hojita anoté 38.4 de temperatura y escalofríos", "symptom_check", None, "urgent"),
    ("Feet numb as always. Cant feel the toilet seat. No fever", "symptom_check", None, "urgent"),
    (
        "Tingling in my feet like always and my legs feel heavy. No fever",
        "symptom_check",
        None,
        "urgent",
    ),
    ("feet numb as always. no fever", "symptom_check", None, "ok"),
    ("my head is sore from the cold wind, otherwise fine", "first_check_in", None, "ok"),
    ("Ayaw na niyang mabuhay, sabi niya", None, None, "emergency"),
    ("ankles swollen as always, I'm huffing and puffing", None, None, "urgent"),
    ("feet swollen like always but the left calf is tight", None, None, "urgent"),
    ("ankles puffy like always and my incision is red", None, None, "urgent"),
    ("no. sore feet from standing at church but that's every sunday", "symptom_check", None, "ok"),
    ("sore as always but now its red", None, None, "urgent"),
    (
        "spiked 101 after they accessed the port for labs. took tylenol and it came down to 99",
        None,
        None,
        "urgent",
    ),
    ("Gums bleeding as always and I spit out a big clot, won't stop", None, None, "emergency"),
    ("Head sore every time I get up, no fever, no leaking", "trial_check", None, "urgent"),
    (
        "My husband says the alarm is his phone not the pump but it's coming from his belly",
        None,
        None,
        "urgent",
    ),
    ("I think the alarm was my libre not the pump, not 100% sure", None, None, "urgent"),
    ("The dressing has a faint yellow stain", "after_trial_check", None, "urgent"),
    (
        "Feet swollen like always, the right foot is a different color",
        "symptom_check",
        None,
        "urgent",
    ),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
