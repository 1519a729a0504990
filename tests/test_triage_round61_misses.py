"""Found while tuning on round 60's released sets and in its safety review: a numb foot that
"can't feel the floor good" was read as the numbness easing (a red flag read as ok); "no
entiendo bien el mensaje" as a "no" to the check-in and a "bien"; a positional headache told in
plain words ("headache when im up, gone when im down", "goes away on the sofa and comes back
when she gets up") as a headache that had gone; "notes from the concussion clinic" as
confusion. Beside each, what must stay: a "no, todo bien", a concussion now, a headache that
really went away."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    (
        "my left foot went numb last night, cant feel the floor good",
        "symptom_check",
        None,
        "urgent",
    ),
    ("numb foot is gone, feeling good", "symptom_check", None, "ok"),
    ("senorita no entiendo bien el mensaje, que quiere decir", "symptom_check", None, "routine"),
    ("no le entiendo bien, mi hija le escribe en la tarde", "symptom_check", None, "routine"),
    ("mi esposo no camina bien desde ayer", "symptom_check", None, "urgent"),
    ("no, todo bien gracias", "symptom_check", None, "ok"),
    ("No, entiendo bien. Estoy bien", "symptom_check", None, "ok"),
    ("normal headache when im up, gone when im down", "trial_check", None, "urgent"),
    ("regular headache when I'm out of the recliner, gone when I recline", None, None, "urgent"),
    (
        "this is her daughter, mom has her usual headache but it goes away on the sofa and comes "
        "back when she gets up",
        "after_trial_check",
        None,
        "urgent",
    ),
    ("every day after I'm up a few hours my head kills me", "trial_check", None, "urgent"),
    ("the headache is back when I stand up, it was gone for a day", None, None, "urgent"),
    ("headache gone, went to bed early", "after_trial_check", None, "ok"),
    ("the headache I had when I got up is gone now", "after_trial_check", None, "ok"),
    ("Do you need my notes from the concussion clinic?", None, None, "routine"),
    ("old concussion from the army acts up in the cold, doing fine", "first_check_in", None, "ok"),
    ("he fell and hit his head, I think he has a concussion", None, None, "emergency"),
    ("his concussion from tuesday, he's slow to answer and hot to touch", None, None, "emergency"),
    ("tengo una concusion", None, None, "emergency"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
