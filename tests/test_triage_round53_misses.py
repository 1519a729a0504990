"""Found while tuning on round 52's released sets. An emergency read as ok: "mi compañero no
despierta, lo muevo y nada" had been set aside as a coworker's sign; "mi compañero" alone is a
partner at home who may well be the patient (not "mi compañero de trabajo"). Then reviewed red
flags the reader retrained on round 52's sets dropped, now rules: knees that "buckled and both
gave out", sight "blurry and seeing double" (an emergency), an incision that is harder every
day, "a bit oozy where the catheter was"."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # an emergency read as ok
    ("mi compañera no despierta, la sacudo y nada", "symptom_check", None, "emergency"),
    ("mi compañero de trabajo tiene fiebre, yo estoy bien", "symptom_check", None, "ok"),
    # reviewed red flags the retrained reader dropped
    ("both knees buckled and gave out, I'm on the floor and can't get up", None, None, "emergency"),
    ("my knees are fine, the walker gave out", None, None, "ok"),
    ("everything is blurry and I'm seeing double since lunch", None, None, "emergency"),
    ("the scar gets harder every day", None, None, "urgent"),
    ("is it harder to heal the site if I smoke?", None, None, "routine"),
    ("kind of oozy around the catheter site", None, None, "urgent"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
