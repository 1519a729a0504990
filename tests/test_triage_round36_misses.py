"""Red flags no version read, found while tuning on round 35's released sets and by the
round's safety review: a leaflet's list that the patient goes on to say they have ("the
leaflet says fever and I have it", "... I had all of them last night"), and a sign "but not
gone" (the words that say a sign has passed took "not gone" for "gone"). Beside them, the
counter-cases that keep their level: a leaflet's list denied, a sign that has gone."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a leaflet's sign the patient says they have
    ("the leaflet says fever and I have it", None, None, "urgent"),
    ("the paper says fever, i have that", None, None, "urgent"),
    ("the leaflet says fever, chills. I had all of them last night", None, None, "urgent"),
    ("el papel dice fiebre, y la tengo", None, None, "urgent"),
    # a sign "but not gone"
    ("redness but not gone", None, None, "urgent"),
    ("swelling at the pump but not gone down", None, None, "urgent"),
    ("la fiebre pero no se quito", None, None, "urgent"),
    # the counter-cases keep their level
    ("the leaflet says fever, chills, redness. I have none of that", "symptom_check", None, "ok"),
    ("the paper says fever, i dont have that", None, None, "routine"),
    ("el papel dice fiebre, no la tengo", None, None, "ok"),
    ("had a little fever but not anymore", "symptom_check", None, "ok"),
    ("redness but gone now", "symptom_check", None, "ok"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
