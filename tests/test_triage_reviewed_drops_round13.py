"""Red-flag replies that a first draft of round 13's (CASES) or round 14's (ROUND_14) rules
read lower than the version before it, found by a safety review (a helper writing replies
aimed at each new rule that sets a sign aside or lowers a level, judging them by
tests/data/heldout/DEFINITIONS.md). Each must keep at least the level the review judged
right: a rule that drops one of these is unsafe."""

from __future__ import annotations

from bot.triage import Level, triage

# (reply, what it answers, last pain score, the lowest level it may be read at)
CASES = [
    ("shoveling snow today and now my back is killing me", "symptom_check", 3, Level.URGENT),
    ("la que esta roja es la de abajo", "after_trial_check", None, Level.URGENT),
    ("el que esta hinchado es el lado izquierdo", "after_trial_check", None, Level.URGENT),
    ("the one leaking is the new one", "after_trial_check", None, Level.URGENT),
    ("the one with the fever is him not the grandkids", "symptom_check", None, Level.URGENT),
    (
        "still getting the headache when I stand up, same as yesterday",
        "trial_check",
        None,
        Level.URGENT,
    ),
    ("headache when I sit up, same as yesterday", "after_trial_check", None, Level.URGENT),
    (
        "sigo con dolor de cabeza cuando me levanto, igual que ayer",
        "trial_check",
        None,
        Level.URGENT,
    ),
    (
        "me duele la cabeza parada, acostada no, igual que antier",
        "after_trial_check",
        None,
        Level.URGENT,
    ),
    ("headache when upright, same as the last trial", "trial_check", None, Level.URGENT),
    ("I've never had so much pain in my life", "symptom_check", 5, Level.URGENT),
    ("nunca habia tenido tanto dolor", "symptom_check", 5, Level.ROUTINE),
    ("I cant take this much pain", "symptom_check", 5, Level.URGENT),
    ("I can't handle this much pain anymore", "symptom_check", None, Level.URGENT),
    ("no aguanto tanto dolor", "symptom_check", 5, Level.URGENT),
    ("no puedo con tanto dolor", "symptom_check", None, Level.ROUTINE),
    ("no se xq tanto dolor", "symptom_check", None, Level.ROUTINE),
    ("no tenia tanto dolor antes, ahora si", "symptom_check", 3, Level.ROUTINE),
    ("I never expected this much pain", "symptom_check", None, Level.ROUTINE),
    ("not as much pain relief as before the refill", "symptom_check", None, Level.URGENT),
    ("pain has been low grade all day but spiking at night", "symptom_check", None, Level.ROUTINE),
    ("pain at the pump site, not much swelling but some", "symptom_check", None, Level.ROUTINE),
    (
        "pain in my back is not so bad as my leg which is killing me",
        "symptom_check",
        None,
        Level.URGENT,
    ),
    ("cold shower temp 101.3", "symptom_check", None, Level.URGENT),
    ("heating pad off, heating blanket temp 101 on me", "symptom_check", None, Level.URGENT),
    ("after sauna temp 102", "symptom_check", None, Level.URGENT),
    ("tiene fiebre pero no ha comido nada desde ayer", "symptom_check", None, Level.URGENT),
    (
        "fever and chills but I haven't eaten nothing since yesterday",
        "symptom_check",
        None,
        Level.URGENT,
    ),
    ("fever last night but nothing since I took tylenol", "symptom_check", None, Level.URGENT),
    ("swollen but she's had nothing since lunch", "symptom_check", None, Level.URGENT),
    ("fiebre pero no ha tomado nada desde la mañana", "symptom_check", None, Level.URGENT),
    ("he's hot to the touch, we're out there at the ranch", "symptom_check", None, Level.URGENT),
    (
        "the pump alarm at the airport security kept going off after",
        "symptom_check",
        None,
        Level.URGENT,
    ),
    ("shoveled the driveway and now my back is killing me", "symptom_check", 3, Level.URGENT),
    ("cant keep them down", "symptom_check", None, Level.URGENT),
    ("the one with the fever is Robert", "symptom_check", None, Level.URGENT),
    ("the one with fever is the patient", "symptom_check", None, Level.URGENT),
    ("the one with the fever is Jose, the one with the pump", "symptom_check", None, Level.URGENT),
    ("la que tiene fiebre es la paciente", "symptom_check", None, Level.URGENT),
    ("el que tiene fiebre es Don Jose", "symptom_check", None, Level.URGENT),
    ("el que esta rojo es el de arriba", "after_trial_check", None, Level.URGENT),
    ("the one that's leaking is the top one", "after_trial_check", None, Level.URGENT),
    ("the one thats swollen is the bottom one", "after_trial_check", None, Level.URGENT),
    ("la que esta hinchada es la nueva", "after_trial_check", None, Level.URGENT),
    ("the one with the fever is him", "symptom_check", None, Level.URGENT),
    ("the one with the fever is him, the patient", "symptom_check", None, Level.URGENT),
    (
        "headache when I stand up, same as the nurse said would happen",
        "after_trial_check",
        None,
        Level.URGENT,
    ),
    ("headache every time im upright, same thing", "after_trial_check", None, Level.URGENT),
    (
        "headache when im upright. it's the same as yesterday",
        "after_trial_check",
        None,
        Level.URGENT,
    ),
    ("still headache sitting up same as before", "after_trial_check", None, Level.URGENT),
    ("dolor de cabeza al levantarme, igual", "after_trial_check", None, Level.URGENT),
    (
        "headache when I sit up, same as the trial nurse warned, otherwise good",
        "after_trial_check",
        None,
        Level.URGENT,
    ),
    ("headache only upright, same", "after_trial_check", None, Level.URGENT),
    ("pain 3, headache when upright same as yesterday", "trial_check", 4, Level.URGENT),
    ("I cant stand this much pain", "symptom_check", None, Level.URGENT),
    ("never had this much pain", "symptom_check", None, Level.URGENT),
    ("nunca he tenido tanto dolor", "symptom_check", None, Level.ROUTINE),
    ("ya no aguanto tanto dolor", "symptom_check", None, Level.URGENT),
    ("no duermo con tanto dolor", "symptom_check", None, Level.ROUTINE),
    ("nunca imagine tanto dolor", "symptom_check", None, Level.ROUTINE),
    ("after my shower temp 100.9", "symptom_check", None, Level.URGENT),
    ("took a cool shower temp 101.4 now", "symptom_check", None, Level.URGENT),
    ("sat in the sun temp 101", "symptom_check", None, Level.URGENT),
    ("ice water temp 101.6", "symptom_check", None, Level.URGENT),
    ("put ice on him, cold bath temp 102.5", "symptom_check", None, Level.URGENT),
    ("so at 101.4 here in Denver", "symptom_check", None, Level.URGENT),
    ("Update, at 101.2 here in San Antonio", "symptom_check", None, Level.URGENT),
    ("been at 101 here in El Paso all day", "symptom_check", None, Level.URGENT),
    ("he's hot to the touch out here at the lake", "symptom_check", None, Level.URGENT),
    ("hot at the pump site out here", "after_trial_check", None, Level.URGENT),
    ("redness but he's had nothing since lunch", "after_trial_check", None, Level.URGENT),
    ("hinchado pero no ha comido nada desde anoche", "symptom_check", None, Level.URGENT),
    ("con calentura pero no ha comido nada desde ayer", "symptom_check", None, Level.URGENT),
    ("fever but has had nada since noon, wont eat", "symptom_check", None, Level.URGENT),
    ("tiene escalofrios pero no quiere nada desde ayer", "symptom_check", None, Level.URGENT),
    ("the one with fever and a stiff neck is him", "symptom_check", None, Level.EMERGENCY),
]

# The same review of round 14's first draft (87 replies, all read lower by that draft)
ROUND_14 = [
    ("tengo dolor de pecho, casi no siento el brazo izquierdo", None, None, Level.EMERGENCY),
    ("mi papa tiene dolor en el pecho y casi no siente el brazo", None, None, Level.EMERGENCY),
    ("pain in my chest and i casi no feel my arm", None, None, Level.EMERGENCY),
    (
        ("the skin around the catheter is red and hot like a sunburn"),
        "symptom_check",
        None,
        Level.URGENT,
    ),
    ("its all red like a sunburn around the pump", "symptom_check", None, Level.URGENT),
    (
        ("red and warm where the tube was, kinda like a sunburn"),
        "after_trial_check",
        None,
        Level.URGENT,
    ),
    (
        ("my back by the scar is red and swollen, not a sunburn, i havent been outside"),
        "symptom_check",
        None,
        Level.URGENT,
    ),
    ("this is his wife, Bill is confused and has a fever of 102", None, None, Level.EMERGENCY),
    ("fever 101.8 and shes a lot confused today", None, None, Level.EMERGENCY),
    ("mi papá no podía responder, solo se quedaba mirando", None, None, Level.EMERGENCY),
    (
        (
            "Hubby has had the chills and a fever of 101 since Sunday. I never "
            "caught it so not sure if its a bug"
        ),
        None,
        None,
        Level.URGENT,
    ),
    (
        (
            "This is his wife. my husband has a fever of 101.5 and chills, Im "
            "keeping the grandkids away from me just in case"
        ),
        None,
        None,
        Level.URGENT,
    ),
    (
        ("my husband has chills and a fever, a friend of mine said its fine to give tylenol?"),
        None,
        None,
        Level.URGENT,
    ),
    (
        ("the dog jumped on the pump site and its red and swollen now, otherwise im fine"),
        None,
        None,
        Level.URGENT,
    ),
    (
        ("the dog bumped the catheter site and its oozing, mine looks fine otherwise"),
        None,
        None,
        Level.URGENT,
    ),
    (
        ("my husband has a fever of 102 and a stiff neck, i never caught it"),
        None,
        None,
        Level.EMERGENCY,
    ),
    (
        ("mom has a fever of 101 and chills, we keep the grandkids away from me and her"),
        None,
        None,
        Level.URGENT,
    ),
    (
        ("My wife has chills and her temp is 100.8, I never caught what she has"),
        None,
        None,
        Level.URGENT,
    ),
    (
        ("my husband has a fever and a stiff neck, keeping the dog away from me"),
        None,
        None,
        Level.EMERGENCY,
    ),
    ("anoche me dolió más que nunca y no se me quita", None, None, Level.URGENT),
    ("me dolio mas que antes de la cirugia", None, None, Level.URGENT),
    ("me dolió más que ayer, ya no aguanto", None, None, Level.URGENT),
    ("ayer me dolia mas y mas toda la noche, no pude dormir", None, None, Level.URGENT),
    ("antes no me dolia tanto, anoche me dolio mucho mas", None, None, Level.URGENT),
    ("me dolia mas de lo normal ayer y sigue igual", None, None, Level.URGENT),
    ("not any better than the 9 i came in with", "trial_check", None, Level.URGENT),
    ("no mejor que el 9 que tenia antes", "trial_check", None, Level.URGENT),
    ("still not lower than the 8 i had before the trial", "trial_check", None, Level.URGENT),
    ("only a little less than the 9 i came in with", "trial_check", 6, Level.URGENT),
    ("im a 9, no better than the 9 i came in with", "trial_check", None, Level.URGENT),
    ("me duele el pecho, casi no lo siento el brazo", None, None, Level.EMERGENCY),
    ("pain in chest, casi no feel the left arm", None, None, Level.EMERGENCY),
    ("dolor de pecho y presion, ya casi no siento los dedos", None, None, Level.EMERGENCY),
    (
        ("mi esposo tiene dolor de pecho, casi no siente la mano izquierda y suda"),
        None,
        None,
        Level.EMERGENCY,
    ),
    ("dolor de pecho fuerte, casi no siento nada en el brazo", None, None, Level.EMERGENCY),
    (
        ("where the catheter went in its red like a sunburn and sore"),
        "after_trial_check",
        None,
        Level.URGENT,
    ),
    (
        ("bright red and hot to touch, almost like a sunburn but i havent been in the sun"),
        "symptom_check",
        None,
        Level.URGENT,
    ),
    ("red and swollen like sunburn", "symptom_check", None, Level.URGENT),
    ("mom's back is red and puffy, like sunburn", "first_check_in", None, Level.URGENT),
    ("the whole area is red and angry, like a sunburn", "symptom_check", None, Level.URGENT),
    ("my dad Bill is confused since last night and has a temp of 101", None, None, Level.EMERGENCY),
    ("fever 101.5 and a lot confused", None, None, Level.EMERGENCY),
    (
        (
            "my husband has chills and his temp is 101, keeping the kids away from "
            "me so they dont catch it"
        ),
        None,
        None,
        Level.URGENT,
    ),
    (
        ("wife here. hubby has fever 101.3 since last night, i never caught anything"),
        None,
        None,
        Level.URGENT,
    ),
    (
        (
            "my husband is sweating and shaking and has diarrhea since he missed "
            "his pump refill, i never caught any bug"
        ),
        None,
        None,
        Level.URGENT,
    ),
    (
        ("grandpa has a fever of 101 and chills, we been keeping the baby away from me and him"),
        None,
        None,
        Level.URGENT,
    ),
    (
        ("my husband has a fever and chills. a buddy of mine said its fine to wait"),
        None,
        None,
        Level.URGENT,
    ),
    (
        (
            "my mom has a fever of 101 and chills, sister of mine says she's fine "
            "but i dont think so"
        ),
        None,
        None,
        Level.URGENT,
    ),
    (
        ("the puppy scratched the catheter area and its leaking fluid, im ok"),
        None,
        None,
        Level.URGENT,
    ),
    ("la espalda me dolio mas que antes del bombeo", None, None, Level.URGENT),
    ("me dolia mas anoche y no se me quito con la pastilla", "symptom_check", None, Level.URGENT),
    ("la pierna me dolio mas ayer que antes de la operacion", None, None, Level.URGENT),
    ("le dolio mas ayer, esta quejandose mucho mas que antes", None, None, Level.URGENT),
    ("ayer me dolía más la espalda y más y más, no para", None, None, Level.URGENT),
    ("no better than the 8 i came in with", "trial_check", None, Level.URGENT),
    ("not really lower than the 9 from before the trial", "trial_check", None, Level.URGENT),
    ("cant say its less than the 9 i came in with", "trial_check", None, Level.URGENT),
    ("honestly no better than the 8 before the trial", "trial_check", 5, Level.URGENT),
    ("ni menos que el 9 de antes", "trial_check", None, Level.URGENT),
    ("mi esposo no podía contestar nada y no se movía", None, None, Level.EMERGENCY),
    ("good, just the incision is sticky", "symptom_check", None, Level.URGENT),
    (
        ("broke out red all over and my throat feels tight, like a sunburn"),
        None,
        None,
        Level.EMERGENCY,
    ),
    ("red all over and cant breathe good, like a sunburn", None, None, Level.EMERGENCY),
    (
        ("she got red and her face and tongue swelled up like a sunburn after the new pill"),
        None,
        None,
        Level.EMERGENCY,
    ),
    ("red face and chest pain, like a sunburn feeling", None, None, Level.EMERGENCY),
    ("red and pus coming out like a sunburn blister", None, None, Level.URGENT),
    ("red, hot, fever 101, like a sunburn", None, None, Level.URGENT),
    ("me duele, no puedo respirar y casi no siento las manos", None, None, Level.EMERGENCY),
    ("dolor y me desmaye, casi no siento nada", None, None, Level.EMERGENCY),
    ("dolor de cabeza, convulsiones, casi no siente", None, None, Level.EMERGENCY),
    (
        ("the headache when i stand is gone right now cause im in bed all day"),
        "after_trial_check",
        None,
        Level.URGENT,
    ),
    (
        ("the headache when i sit up is gone for now, havent gotten up yet"),
        "after_trial_check",
        None,
        Level.URGENT,
    ),
    ("all good, the pump site is a little sticky", "symptom_check", None, Level.URGENT),
    ("fine, its sticky where the catheter was", "after_trial_check", None, Level.URGENT),
    ("the skin by the pump is hard", "symptom_check", None, Level.URGENT),
    ("didnt take my meds since friday, it makes me so sweating at night", None, None, Level.URGENT),
    ("the game stunk just like my wound does", "symptom_check", None, Level.URGENT),
    ("101.2 and foggy brain", None, None, Level.URGENT),
    ("100.8, foggy and tired", None, None, Level.URGENT),
    ("5, 101 and foggy headed", "trial_check", None, Level.URGENT),
    ("Bill is confused about where he is and has chills", None, None, Level.EMERGENCY),
    ("fever 101, Bill is so confused he doesnt know me", None, None, Level.EMERGENCY),
    ("fever since yesterday and now Bill's confused", None, None, Level.EMERGENCY),
    ("dolor fuerte en el pecho, casi no siento el aire", None, None, Level.EMERGENCY),
    (
        ("me duele la herida, casi no la siento de lo hinchada que esta"),
        "symptom_check",
        None,
        Level.URGENT,
    ),
    ("my wife has the chills and fever, i never caught it thank god", None, None, Level.URGENT),
    ("husband has fever 101 and chills, mine is fine though", None, None, Level.URGENT),
]


def test_no_reviewed_red_flag_is_read_below_its_level() -> None:
    read_lower = [
        (text, found.level.value, at_least.value)
        for text, answering, last_pain, at_least in CASES + ROUND_14
        if (found := triage(text, answering=answering, last_pain=last_pain)).level.rank
        < at_least.rank
    ]
    assert read_lower == []
