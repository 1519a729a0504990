"""Red flags read as routine, found by comparing never-tuned blind replies by id and label (their
texts were then read, and the look logged): an overdose told as a plan beside a word of ending
("going to take every pill in this house tonight", "take everything in the medicine cabinet ...
I'm done"; not "take every pill in my pill box on time"), chest pressure told as a likeness
with someone doing it to the writer ("feels like somebody is sitting on my chest", which had
been set aside as the somebody's; not "feels like my grandson has a fever"), and an incision "a
little oozy" (not oozy cheese). The tests use other words for the same signs. Then reviewed red
flags the reader retrained on round 51's sets dropped, now rules: "hard to rouse", "numb from
the waist down", a stiff neck with vomiting and a bad headache, skin "tirante" where the pump
is, "sale como un moco amarillo de la herida", "legs ... and they gave out on me". And two
false alarms from round 51's sets: "burping" spell-read as burning, "5 alarm chili". The
round's safety review narrowed each (ROUND_52)."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # an overdose told as a plan
    ("gonna take every pill I have tonight, I'm done", None, None, "emergency"),
    ("voy a tomarme todo lo que hay en el botiquin, ya no aguanto", None, None, "emergency"),
    (
        "going to swallow everything from the medicine cabinet tonight, done with it all",
        None,
        None,
        "emergency",
    ),
    # and ordinary talk of pills and cabinets
    ("do I take every pill in the morning or split them?", None, None, "routine"),
    ("I took everything out of the bathroom cabinet to clean it, all good", None, None, "ok"),
    # chest pressure told as a likeness
    ("it's like my dog is sitting on my chest, can't get a deep breath", None, None, "emergency"),
    ("siento como si alguien me apretara el pecho", None, None, "emergency"),
    # and someone really sitting there
    ("my grandson was sitting on my chest playing horsey lol, I'm fine", None, None, "ok"),
    # an oozy incision
    ("all good but the site is kinda oozy", None, None, "urgent"),
    ("no oozy stuff, site looks dry", "after_trial_check", None, "ok"),
    ("made oozy grilled cheese for lunch, feeling good", None, None, "ok"),
    # reviewed red flags the retrained reader dropped
    ("a bit stiff and out of it, hard to rouse", None, None, "emergency"),
    ("my son is hard to rouse for work, me im up at 5 feeling good", None, None, "ok"),
    ("legs are stiff and tired and numb from the waist down", None, None, "emergency"),
    ("numb from the waist down since this morning", None, None, "emergency"),
    ("neck kinda stiff, throwing up, head killing me", None, None, "emergency"),
    ("quiero preguntar, se le ve la piel bien tirante donde esta la bomba", None, None, "urgent"),
    ("Le quite la cinta y sale como un moco amarillo de la herida", None, None, "urgent"),
    # urgent by the rules (weakness); the reader retrained on round 53's sets reads it as an
    # emergency (legs that give out: "when in doubt, the higher")
    ("legs are stiff and tired, and they gave out on me twice today", None, None, "emergency"),
    ("legs feel good, the batteries in my TENS unit they gave out though", None, None, "ok"),
    # false alarms from round 51's sets
    ("Better. The gas and burping is the same hernia stuff, not new", "first_check_in", None, "ok"),
    ("Fine. Hubby made his famous 5 alarm chili, tums fixed the heartburn", None, None, "ok"),
    ("kept going off all night like a five alarm fire, is it the pump?", None, None, "urgent"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
