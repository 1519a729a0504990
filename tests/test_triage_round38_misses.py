"""Found while tuning on round 37's released sets: a weak leg told with a diminutive ("la
pierna ... la siento flojita, como que no me aguanta") that no version read; a writer's name
near a sign word ("hey its Marco", "... clean and dry. -Sandra") read as dizziness and
bleeding; dry lips in the wind read as blue lips. Then, raising: an oxygen monitor that keeps
alarming in sleep on a morphine pump (a reviewed red flag the retrained reader dropped), and a
person who "se puso morado" (turned purple), which had been read as a bruise's colour. Beside
them, the counter-cases that keep their level: the same names where they are the sign ("tengo
Marco", "the dressing is sandra a lot"), grey lips and breathlessness beside chapped ones, a
bruise that turned purple, a smoke alarm."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # the red flag no version read
    (
        "todo bien menos la pierna derecha q la siento flojita, como q no me aguanta",
        "first_check_in",
        None,
        "urgent",
    ),
    # names and dry lips read as signs
    ("hey its Marco, just checking in myself, feeling much better this week", None, None, "ok"),
    (
        "My father is fine, no fever, the bandage is clean and dry. -Sandra",
        "first_check_in",
        None,
        "ok",
    ),
    (
        "No fever. The santa ana winds have my lips all cracked but the incision is fine lol",
        "symptom_check",
        None,
        "ok",
    ),
    # raising: a breathing monitor alarming on an opioid pump; a person turning purple
    (
        "oxygen monitor alarm keeps going off when he sleeps, since the morphine pump",
        None,
        None,
        "urgent",
    ),
    ("se puso morado", None, None, "emergency"),
    ("se esta poniendo moradito", None, None, "emergency"),
    # the counter-cases keep their level
    ("tengo Marco y no puedo pararme", None, None, "urgent"),
    ("the dressing is sandra a lot", None, None, "emergency"),
    ("my lips are dry and grey", None, None, "emergency"),
    ("lips chapped and i cant catch my breath", None, None, "emergency"),
    ("the bruise turned purple", "after_trial_check", None, "routine"),
    ("smoke alarm keeps going off", None, None, "routine"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
