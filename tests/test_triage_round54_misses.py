"""Found while tuning on round 53's released sets (false alarms only; no red flag was missed),
each narrowed by a safety review. Signs asked and each answered "nah" are denied ("chills?
nah. fever? nah"), not a "nah" that tags or corrects one; "not that I know of" and "nothing to
speak of" end a reply, they do not cut it off, unlike "no breath to speak of"; "ill pick up"
is "I'll"; "busy" is a word; and a nosebleed the way it always comes, over and done, is no red
flag for a patient who bleeds easily, unless anything about it is new, heavy, long or not
stopping."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    ("chills? nah. leaking? nah. more pain? nah", "symptom_check", None, "ok"),
    ("swelling? nah, it's bigger?", "symptom_check", None, "urgent"),
    ("I got fever nah", None, None, "urgent"),
    ("none that I know of", "symptom_check", None, "ok"),
    ("no problems to speak of", "first_check_in", None, "ok"),
    ("fine but there's something you should know of", "first_check_in", None, "routine"),
    ("doing well, ill grab the paperwork friday", "first_check_in", None, "ok"),
    ("busy week at work, feeling good", "first_check_in", None, "ok"),
    ("fine. had a small nosebleed the kind I get, it stopped quick", "symptom_check", None, "ok"),
    ("nosebleed the kind I get, been going an hour", None, None, "urgent"),
    ("my gums are bleeding and it won't stop", None, None, "emergency"),
    ("the incision bled again like it always does", None, None, "urgent"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
