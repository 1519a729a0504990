"""Red-flag replies that a first draft of round 13's rules read lower than the version before
it, found by a safety review (a helper writing replies aimed at each new rule that sets a sign
aside or lowers a level, judging them by tests/data/heldout/DEFINITIONS.md). Each must keep at
least the level the review judged right: a rule that drops one of these is unsafe."""

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


def test_no_reviewed_red_flag_is_read_below_its_level() -> None:
    read_lower = [
        (text, found.level.value, at_least.value)
        for text, answering, last_pain, at_least in CASES
        if (found := triage(text, answering=answering, last_pain=last_pain)).level.rank
        < at_least.rank
    ]
    assert read_lower == []
