"""Found while tuning on round 54's released sets. An emergency read as ok: self-harm told as
cutting come back ("I've been cutting again. Not deep."), now a rule beside "cut myself",
narrowed by review to cutting that ends its sentence; not cutting the grass, hair or onions.
A lithium tremor told as the usual stays the usual rule's (a rule of its own hid new tremors
in review and was removed), and a missed dose keeps it a red flag. "Having a hard time
peeing" is trouble urinating, not the saying "a hard time"."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # an emergency read as ok
    ("been cutting myself again, its not bad. back pain fine", "symptom_check", None, "emergency"),
    ("me volví a cortar los brazos anoche", None, None, "emergency"),
    ("cutting the grass again, feeling strong", "first_check_in", None, "ok"),
    ("been cutting back on the pills like the doctor said, all good", None, None, "routine"),
    # a tremor told as the usual, and what keeps it a red flag
    (
        "no fever. hands shaky from the lithium like always, nothing new",
        "symptom_check",
        None,
        "ok",
    ),
    ("hands shaky from the lithium like always but now im confused", None, None, "emergency"),
    ("shaky like always on lithium but way worse today", None, None, "urgent"),
    ("my usual lithium tremor, missed my pump refill and sweating", None, None, "urgent"),
    ("haven't taken my lithium in 3 days, shaky like always", None, None, "urgent"),
    # the whole session's review: a denial after a question, hands that flap, a blank stare
    ("Movement in his legs since the pump? nothing to speak of", None, None, "routine"),
    ("his hands are flapping since this morning", None, None, "urgent"),
    ("the flag was flapping in the wind, im good", "first_check_in", None, "ok"),
    ("can't get a word out of her, she just stares at the wall", None, None, "emergency"),
    ("blood sugar was good today, rain pouring here", "first_check_in", None, "ok"),
    # a reviewed red flag the retrained reader dropped: "a hard time" was set aside as a saying
    ("having a hard time peeing since this morning", None, None, "urgent"),
    ("had a hard time at work, feeling ok", "first_check_in", None, "ok"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
