"""Found while tuning on round 69's released sets (GGGG). GGGG2's missed red flag: "woke up with
100.6, maybe just too much sun?" read as the weather. Good news read as a red flag or sent to a
nurse: a son's fever after the patient's own "No fever", a hot tub's 104 named in the clause
before, "the bad arm" (the limb, named), "no fever or anything red", "whats 0 and whats 10",
"roads are supposed to be bad", "a couple days of clear liquids", "estoy al cien", "im hiding
inside", "first night I slept 6 hrs straight in forever"; and "pain is the same but now its a
10", read as steady before. Three reviewed red flags the retrained reader stopped catching:
"sangrando sin parar", "felt a little faint shadow come over my eyes", "numb frm the waist
down". Beside each, the red flag it must not hide (two safety reviews' finds among them)."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # GGGG2's miss: a temperature woken up with, the sun only a guess
    (
        "Good day at the river yesterday but woke up with 100.6, maybe just too much sun?",
        "first_check_in",
        None,
        "urgent",
    ),
    ("went to bed with 101.2 after a day in the sun", None, None, "urgent"),
    ("woke up to 100 degrees outside, no fever on me", "symptom_check", None, "ok"),
    # a relative's sign after the patient denied it
    (
        "No fever no swelling. My son has a fever tho lol he brought it home from school",
        "symptom_check",
        None,
        "ok",
    ),
    ("Sin fiebre. Mi hijo tiene fiebre", "symptom_check", None, "ok"),
    ("No fever. My husband has a fever now", "symptom_check", None, "urgent"),
    (
        "This is his wife answering for him. No fever for me, my husband is the one with the fever",
        "symptom_check",
        None,
        "urgent",
    ),
    ("no fever. my son has a fever and a rash", "symptom_check", None, "urgent"),
    # the hot tub named just before its number
    (
        "Sat in my sisters hot tub, 104 degrees, legs only. no fever no swelling",
        "symptom_check",
        None,
        "ok",
    ),
    ("got out of the tub, 103 and shaking", None, None, "urgent"),
    # the limb that was bad before, named
    (
        "4. slept with a pillow under the bad arm like my PT showed me and actually slept",
        "trial_check",
        None,
        "ok",
    ),
    ("his bad knee is worse", None, None, "urgent"),
    ("the bad leg is numb now", None, None, "urgent"),
    # "anything" carries the denial
    ("Tired. Sore. But no fever or anything red", "first_check_in", None, "ok"),
    ("didnt think anything of it but now its red", None, None, "urgent"),
    ("no fever but anything i touch near the site is red", None, None, "urgent"),
    # the scale asked about
    ("whats 0 and whats 10 lol", "trial_check", None, "routine"),
    ("what is 0-10", "trial_check", None, "routine"),
    ("I don't understand the 0 to 10. What is 10? that's me today", "trial_check", None, "urgent"),
    ("10. what is the number for the ER", "trial_check", None, "urgent"),
    # the roads, a diet, a word asked about
    (
        "Need to reschedule my refill appt on the 23rd, roads are supposed to be bad",
        None,
        None,
        "routine",
    ),
    ("after the road trip my back got bad", None, None, "urgent"),
    (
        "back on soft foods after a couple days of clear liquids for a flare, feeling a lot "
        "better. Pump stuff is fine",
        None,
        None,
        "ok",
    ),
    ("a lot of clear fluid coming out", None, None, "urgent"),
    ("on clear liquids, and clear fluid is coming out of the incision", None, None, "urgent"),
    ("not sure what swelling looks like but my leg is huge", None, None, "urgent"),
    ("not sure what swelling looks like but its not going down", None, None, "urgent"),
    # words that are good news, and what they must not hide
    ("nombre nada de eso, estoy al cien", "symptom_check", None, "ok"),
    ("tiene fiebre, al 100 grados", None, None, "urgent"),
    ("im actually burning up", None, None, "urgent"),
    (
        "no fever. its 98 degrees out here tho so im hiding inside with the AC",
        "symptom_check",
        None,
        "ok",
    ),
    ("pain is the same but now its a 10", None, 6, "urgent"),
    ("Pain like usual extreme today", None, None, "urgent"),
    ("First time shes seized since surgery, its over now, she's sleeping", None, None, "emergency"),
    ("A spot of clear fluid under the dressing this morning", "after_trial_check", None, "urgent"),
    ("Highway is closed, shes terrible", None, None, "urgent"),
    ("pain more than usual", None, None, "urgent"),
    ("me duele mas de lo normal", None, None, "urgent"),
    ("pain is like usual but worse tonight", None, None, "urgent"),
    (
        "just wanted to say thank you to Dr and the nurses, first night I slept 6 hrs straight "
        "in forever",
        None,
        None,
        "ok",
    ),
    ("first time I had chills in months", None, None, "urgent"),
    ("first night with a fever in years", None, None, "urgent"),
    ("first time i threw up in years", None, None, "urgent"),
    # reviewed red flags the retrained reader stopped catching
    ("sangrando sin parar de la herida", None, None, "emergency"),
    (
        "Stood up too fast and felt a little faint shadow come over my eyes",
        None,
        None,
        "emergency",
    ),
    ("a little faint shadow on the dressing", None, None, "routine"),
    ("hes numb frm the waist down and cant stand up", None, None, "emergency"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
