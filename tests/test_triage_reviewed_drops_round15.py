"""Red-flag replies that a first draft of round 15's rules read lower than the version
before it, found by a safety review (a helper writing replies aimed at each new rule that
sets a sign aside or lowers a level: the day's heat, "I'm dying here" in the heat, "want ...
so bad", coining's marks, a paper's list denied, a headache "not when lying down", "can't
talk right now"). Each must keep at least the level the review judged right."""

from __future__ import annotations

from bot.triage import Level, triage

# (reply, what it answers, last pain score, the lowest level it may be read at)
ROUND_15 = [
    (
        "The site is fine in the morning but after it gets hot at night it throbs",
        "symptom_check",
        None,
        Level.URGENT,
    ),
    (
        "His pump spot is fine until it gets hot and tender in the evening",
        "symptom_check",
        None,
        Level.URGENT,
    ),
    ("I was fine until it got so bad tonight", "symptom_check", None, Level.URGENT),
    (
        "Was doing ok before it got bad last night, can someone call",
        "symptom_check",
        None,
        Level.URGENT,
    ),
    (
        "Yes. Felt ok at lunch, then it got really bad in the car",
        "symptom_check",
        None,
        Level.URGENT,
    ),
    (
        "Everything was fine until it got bad this evening, now I can barely move",
        "symptom_check",
        None,
        Level.URGENT,
    ),
    ("Mi mamá está muy caliente aquí en la casa", "symptom_check", None, Level.URGENT),
    ("Su frente esta caliente aqui en la casa", "symptom_check", None, Level.URGENT),
    ("Burning up with heat all over my body, I'm dying", None, None, Level.EMERGENCY),
    ("I'm dying please help. Heat on my back isn't helping", None, None, Level.EMERGENCY),
    ("I am dying. Chills, sweats, heat coming off me", None, None, Level.EMERGENCY),
    ("I'm dying, fever 102 and the heat makes it worse", None, None, Level.EMERGENCY),
    ("Heat pad won't help, I'm dying, pain 10/10", None, None, Level.EMERGENCY),
    ("My wife can't talk right now, something is wrong with her face", None, None, Level.EMERGENCY),
    ("I want to disappear so bad", None, None, Level.EMERGENCY),
    ("I want to be gone so bad", None, None, Level.EMERGENCY),
    ("I want it all to stop so bad, I can't do this anymore", None, None, Level.EMERGENCY),
    ("I want to give up so bad", None, None, Level.URGENT),
    ("Did coining on her back, red streaks around the catheter now", None, None, Level.URGENT),
    (
        "Had cupping done, and there are red lines coming from the tape spot",
        None,
        None,
        Level.URGENT,
    ),
    (
        "No tengo nada de lo que dice la hoja, la herida está roja y caliente",
        None,
        None,
        Level.URGENT,
    ),
    ("No tengo nada de lo que dice ahí, tengo fiebre y escalofríos", None, None, Level.URGENT),
    ("No tengo nada de lo que dice, salvo la calentura", None, None, Level.URGENT),
    ("No tengo nada de lo que dice la lista, aparte de la fiebre", None, None, Level.URGENT),
    ("No tengo nada de lo que dice ahi, todavia tengo fiebre", None, None, Level.URGENT),
    ("Headache, but not when lying down", None, None, Level.URGENT),
    ("Headache. not when laying down though", None, None, Level.URGENT),
    ("Me duele la cabeza, no cuando acostada", None, None, Level.URGENT),
    ("Was good till it got bad after dinner", None, None, Level.URGENT),
    (
        "I was ok when I left the clinic but once it got bad I couldn't stand up",
        None,
        None,
        Level.URGENT,
    ),
    ("Doing ok till it got super bad this morning, please call", None, None, Level.URGENT),
    (
        "Site looked ok this morning, but after it got hot and throbbing I called",
        None,
        None,
        Level.URGENT,
    ),
    ("Wound's ok, until it gets hot like this evening", None, None, Level.URGENT),
    ("Esta bien caliente aqui en la casa y no quiere comer", None, None, Level.URGENT),
    ("Lo siento muy caliente aquí en la casa", None, None, Level.URGENT),
    ("Papá amaneció caliente aquí en la casa", None, None, Level.URGENT),
    ("Used heat and ice, I'm dying of this pain", None, None, Level.EMERGENCY),
    ("I'm dying, I put heat on it and it's worse", None, None, Level.EMERGENCY),
    ("I'm dying, fever and chills, 103, heat coming off my back", None, None, Level.EMERGENCY),
    ("I'm dying here, pain 10, heat and meds don't work", None, None, Level.EMERGENCY),
    (
        "It's 110 outside but that's not it, I'm dying, my pain is out of control",
        None,
        None,
        Level.EMERGENCY,
    ),
    ("I want to not be here so bad", None, None, Level.URGENT),
    ("I want to be with Jesus so bad, I'm done", None, None, Level.EMERGENCY),
    ("I want to quit everything so bad", None, None, Level.EMERGENCY),
    ("I want to pee so bad but nothing comes out", None, None, Level.URGENT),
    ("We did coining, now red streaks around the port", None, None, Level.URGENT),
    ("Cupping on my back, red streaks around the battery", None, None, Level.URGENT),
    ("No tengo nada de lo que dice y la herida huele feo", None, None, Level.URGENT),
    ("No tengo nada de lo que dice el papel, tengo 101 de fiebre", None, None, Level.URGENT),
    ("No tengo nada de lo que dice el papel, tengo la espalda hinchada", None, None, Level.URGENT),
    ("No he tenido nada de lo que dice el papel, tiene pus la herida", None, None, Level.URGENT),
    ("Headache all the time, not while lying down", None, None, Level.URGENT),
    ("The headache is constant, not when lying down though", None, None, Level.URGENT),
    ("Headache, not when lying", None, None, Level.URGENT),
    ("Headache but not when flat", None, None, Level.URGENT),
    ("Dolor de cabeza, no cuando acostado", None, None, Level.URGENT),
    ("10 es mucho?", "trial_check", 5.0, Level.URGENT),
    ("Fine until it got worse tonight", None, None, Level.URGENT),
    ("I was ok before it got terrible around midnight", None, None, Level.URGENT),
    ("Was fine til it got awful after the refill", None, None, Level.URGENT),
    ("He was doing good until it got horrible last night", None, None, Level.URGENT),
    ("she was alright until it got really bad, now she's crying", None, None, Level.URGENT),
    ("I'm dying, my back is on fire, heat doesn't help", None, None, Level.EMERGENCY),
    ("No tengo nada de lo que dice la hoja y tengo calentura", None, None, Level.URGENT),
    ("I want to throw up so bad", None, None, Level.URGENT),
]


def test_no_reviewed_red_flag_is_read_below_its_level() -> None:
    read_lower = [
        (text, found.level.value, at_least.value)
        for text, answering, last_pain, at_least in ROUND_15
        if (found := triage(text, answering=answering, last_pain=last_pain)).level.rank
        < at_least.rank
    ]
    assert read_lower == []
