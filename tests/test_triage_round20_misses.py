"""Replies of round 19's released sets (II1-II5) read at the wrong level — the red flag read
as ok and the calm replies raised to an emergency first — each beside the counter-cases that
must keep their level."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # today's score and yesterday's, each told after its word
    (
        "el sitio bien, sin fiebre, pero hoy el dolor en 7 y ayer le dije 3",
        "after_trial_check",
        3.0,
        "urgent",
    ),
    ("hoy 3 y ayer 7", "trial_check", None, "ok"),
    ("7 today and 3 yesterday", "trial_check", None, "urgent"),
    # a hedged score is no change unless a time is told beside it
    (
        "Hes says 2 maybe 3. Honestly its the best hes been in years. Thank you",
        "trial_check",
        None,
        "ok",
    ),
    ("was 3 yesterday. today 7", "trial_check", None, "urgent"),
    # taking one's temperature every day is no overdose; all the pills is
    (
        "Estoy bien, gracias por preocuparse. Me tomo la temperatura todos los días y normal",
        "first_check_in",
        None,
        "ok",
    ),
    ("me tome todas las pastillas", None, None, "emergency"),
    # confused about the paper, not confused
    (
        "Am I supposed to push the button or does the pump do it by itself? Confused about the "
        "sheet",
        "trial_check",
        None,
        "routine",
    ),
    ("she is confused and doesn't know where she is", None, None, "emergency"),
    # not waking a sleeping mother is no wish to die; not wanting to wake up is
    (
        "Can I answer this tomorrow, she's asleep and I don't want to wake her up to ask for a "
        "number",
        "trial_check",
        None,
        "routine",
    ),
    ("I dont want to wake up tomorrow", None, None, "emergency"),
    # a foot that fell asleep is numb; a person who won't wake is an emergency
    (
        "My right foot is numb since this morning, feels like it fell asleep and won't wake up",
        None,
        None,
        "urgent",
    ),
    ("mom fell asleep and wont wake up", None, None, "emergency"),
    ("his foot hurts and he fell asleep and wont wake up", None, None, "emergency"),
    # the face gone purple is no place called the morada
    ("Se le puso la cara a la morada", None, None, "emergency"),
    ("Quiero rendirme, ya no puedo", None, None, "emergency"),
    (
        "my allergies got bad after the new med, my mouth is swollen and I'm sneezing",
        None,
        None,
        "emergency",
    ),
    ("icy roads, I'm worse", None, None, "urgent"),
    # a question about the pump, the video, the papers, the scale
    (
        "Can you send me the discharge video with captions? The one on the website has no captions",
        None,
        None,
        "routine",
    ),
    (
        "False alarm - the beeping my husband heard was my hearing aid low battery, not the "
        "pump. All good.",
        None,
        None,
        "ok",
    ),
    ("the pump is beeping and my hearing aid is dead", None, None, "urgent"),
    (
        "Can my golf cart go over the speed bumps or will it jostle the pump? The roads here "
        "are a joke",
        None,
        None,
        "routine",
    ),
    ("Quien es? no reconozco este numero", "symptom_check", None, "routine"),
    (
        "Hola, soy el hijo de Carmen. ¿Me pueden mandar la información en español? Mi mamá no "
        "entiende los papeles en inglés.",
        None,
        None,
        "routine",
    ),
    (
        "¿el 0 a 10 es del dolor de espalda o de la pierna? porque son diferentes",
        "trial_check",
        5.0,
        "routine",
    ),
    (
        "Can mom shower yet? She's asking and I don't know what to tell her. I'm in Chicago, "
        "she's in Tampa.",
        None,
        None,
        "routine",
    ),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
