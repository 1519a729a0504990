"""Found while tuning on round 56's released sets and on round 55's two emergencies read as urgent:
a collapse told as "went down in the hallway", urge leaks not felt ("woke up soaked and never
felt a thing") with legs that "feel like they belong to someone else". Each is narrowed by its
review (a person went down and a sign of collapse follows; a urine word and no sweat or water).
Rules that would have set aside "no worse" after a usual sign, an infectious disease doctor and
"didn't answer bc she doesn't read English" hid red flags in review and were dropped. And the
reviewed red flags the reader retrained on round 56's sets dropped, now rules: the skin over the
pump "stretched tight, looks like a balloon", a nosebleed "going down the back of my throat", a
usual tremor "pero muy fuerte hoy"."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # round 55's SSS4 emergencies read as urgent
    (
        "this is his wife. Bob got up to use the bathroom around 4 and went down in the "
        "hallway, hes awake now but grey and sweaty",
        "symptom_check",
        None,
        "emergency",
    ),
    ("went down to the kitchen for coffee, feeling good", "first_check_in", None, "ok"),
    (
        "Woke up soaked and never felt a thing, I have the urge leaks but I always know",
        None,
        None,
        "emergency",
    ),
    ("my left foot feels like it belongs to somebody else", None, None, "urgent"),
    # not answering, still an emergency
    ("she didnt answer when I shook her", None, None, "emergency"),
    # reviewed red flags the retrained reader dropped
    ("the pump skin is stretched tight, looks like a balloon", None, None, "urgent"),
    (
        "Nosebleed the kind I always get but it's going down the back of my throat, "
        "swallowing a lot",
        None,
        None,
        "emergency",
    ),
    ("temblor del litio de siempre pero muy fuerte hoy", None, None, "urgent"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
