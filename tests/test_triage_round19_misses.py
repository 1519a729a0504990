"""Replies of round 18's released sets (HH1-HH5) read at the wrong level — the three red
flags read as ok first — each beside the counter-cases that must keep their level."""

from __future__ import annotations

from bot.domain.levels import Level
from bot.triage import triage
from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a thermometer's reading is no joke, whatever "lol" follows it
    (
        "Fever since last night, 38.3 on the thermometer my mom brought from Spain lol. "
        "Otherwise ok",
        "first_check_in",
        None,
        "urgent",
    ),
    (
        "Hi this is Tom's wife. he's running 38.4 C, we're canadian lol. the site looks ok",
        "first_check_in",
        None,
        "urgent",
    ),
    ("the game gave me chest pains lol. me? healing fine", None, None, "urgent"),
    # fluid seen, not named
    (
        "5. theres some wet coming out around where the line goes in, soaked the tape",
        "trial_check",
        None,
        "urgent",
    ),
    ("I soaked the tape off in the shower like you said, site looks good", None, None, "ok"),
    ("dont soak the dressing, got it", "symptom_check", None, "ok"),
    # a wish to go to God
    ("Ya me quiero ir con Diosito", None, None, "emergency"),
    ("ya me quiero ir a mi casa", None, None, "routine"),
    # bleeding that goes on
    ("nose bleeding nonstop for 45 min, the dry air here", None, None, "emergency"),
    ("my nose has been bleeding for an hour", None, None, "emergency"),
    # "been at 101" is a reading
    ("been at 101 here in El Paso all day", None, None, "urgent"),
    # resolved later in the sentence, and only when fully gone
    (
        "Esta bien. Tenia un poquito rojo el lunes pero ya se fue del todo",
        "after_trial_check",
        None,
        "ok",
    ),
    ("Tenía fiebre pero no se fue, sigue igual", None, None, "urgent"),
    (
        "No. Was a little red around the scar monday but it faded, looks normal now",
        "symptom_check",
        None,
        "ok",
    ),
    ("it's red but it faded a bit", None, None, "urgent"),
    (
        "Had chills the first night home but been fine since, nothing now",
        "symptom_check",
        None,
        "ok",
    ),
    # less pain, told in Spain's and Mexico's words
    (
        "Estoy bien, el dolor es mucho menor que antes de la operacion. Fiebre no tengo",
        "first_check_in",
        None,
        "ok",
    ),
    ("Ando bien, el dolor ya está más calmado que la semana pasada", "symptom_check", None, "ok"),
    ("el dolor ya está más fuerte", None, None, "urgent"),
    # a scar barely seen is no breath barely seen
    ("Bien cerradito, ni rojo ni nada. Ya casi no se nota", "after_trial_check", None, "ok"),
    ("respira bajito bajito, casi no se le nota el pecho", None, None, "emergency"),
    # Spain's band-aid
    (
        "La zona bien, se me cayo la tirita y esta limpio. Sin fiebre ni dolor de cabeza",
        "after_trial_check",
        3.0,
        "ok",
    ),
    ("estoy tiritando de frio", None, None, "urgent"),
    # a night's sleep and a first in years
    ("Perfectamente. Dormí como un bebé", "first_check_in", None, "ok"),
    ("duermo sudando toda la noche", None, None, "urgent"),
    (
        "Just wanted to say thank you, first Christmas in 5 years I could sit through mass",
        None,
        None,
        "ok",
    ),
    # the roads, not the patient
    (
        "No. Thanks for checking. Roads were bad getting home but we made it",
        "symptom_check",
        None,
        "ok",
    ),
    ("feeling bad today", None, None, "urgent"),
    # every sign answered "no"; the last one not
    ("pain 3 headache none fever none leak none", "trial_check", None, "ok"),
    ("headache none fever none leak some", "trial_check", None, "urgent"),
    ("I got chills no headache no leaking", None, None, "urgent"),
    # a relayed question; a town's heat; the team's fever; the dog's spot
    (
        "No. Mom asks if she can have a glass of wine at the name day party",
        "symptom_check",
        None,
        "routine",
    ),
    (
        "no fever, no redness. It's 109 in Hemet though so I'm hot but that's the weather lol",
        "symptom_check",
        None,
        "ok",
    ),
    (
        "The only fever around here is Broncos fever lol. no problems",
        "symptom_check",
        None,
        "ok",
    ),
    ("The only fever I got is a 102 fever", None, None, "urgent"),
    (
        "I'm fine. Only one around here with a red swollen spot is the dog, vet says its a hot "
        "spot",
        "symptom_check",
        None,
        "ok",
    ),
    (
        "All good. When can I shower? Its been 3 days and I smell like woodsmoke",
        None,
        None,
        "routine",
    ),
    ("he kinda smell like fish around the catheter", None, None, "urgent"),
    ("Fine, watched the Giants lose again, that's the only pain around here", None, None, "ok"),
    ("no, just bored. been watching the Dodgers every night", "symptom_check", None, "ok"),
    ("none boss", "symptom_check", None, "ok"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)


def test_a_temperature_or_the_weather_in_a_city_reaches_a_nurse() -> None:
    # "its 101 in Denver" may be a fever or the weather: the rules leave it with a nurse
    # (routine); the learned reader, retrained each round, has read it as urgent in some
    # rounds and not in others (round 28), so only the floor is held here.
    assert triage("its 101 in Denver").level.rank >= Level.ROUTINE.rank
