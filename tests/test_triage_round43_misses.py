"""Found while tuning on round 42's released sets: reviewed red flags the retrained reader
dropped, now rules — "he past out on the couch", a hand or foot "is dead" ("her left hand is
dead phone is dying"), a wife found "on the bathroom floor", and legs gone numb beside "she
cant pee" (the cord pressed on: 911, not a call today). Beside them, the counter-cases of the
round's safety review that keep their level: "past out" of candy or of sleep, feet "dead from
standing", fingers "dead cold", a mother found on the floor doing her stretches, steri strips
found on the floor, and legs that are fine beside trouble peeing (urgent, not 911). (The
round's lowering rule, a whole plate or bowl "of my" read as a meal, was removed after its
review: it hid gummies, edibles and pills.)"""

from __future__ import annotations

from bot.triage import Level, triage
from bot.triage.verdict import read_by_rules
from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # reviewed red flags the retrained reader dropped, now rules
    ("he past out on the couch", None, None, "emergency"),
    ("her left hand is dead phone is dying", None, None, "urgent"),
    (
        "my wife is not answering, because her phone was dead I came home early and found her "
        "on the bathroom floor",
        None,
        None,
        "emergency",
    ),
    ("found grandma on the kitchen floor", None, None, "emergency"),
    (
        "not answering my calls because her phone was dead, now that im here she says her legs "
        "are numb and she cant pee",
        None,
        None,
        "emergency",
    ),
    ("numb in my butt and inner thighs and can't pee", None, None, "emergency"),
    # the safety review's counter-cases keep their level
    ("we past out candy at the trunk or treat", None, None, "routine"),
    (
        "my feet are dead from standing at my grandsons game all day, otherwise good",
        None,
        None,
        "ok",
    ),
    ("fingers are dead cold its freezing in here, otherwise fine", None, None, "ok"),
    (
        "the steri strips came off, found them on the bathroom floor. is that ok?",
        None,
        None,
        "routine",
    ),
    (
        "my legs are fine, just numb skin by the incision and its hard to pee",
        None,
        None,
        "urgent",
    ),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)


def test_found_on_the_floor_doing_her_stretches_is_routine_to_the_rules() -> None:
    # The rules read a mother found on the floor doing her PT stretches as no sign; the
    # learned reader, retrained in round 61, reads it as a red flag, which only ever goes up.
    text = "found mom on the bedroom floor doing her stretches the PT gave her"
    assert read_by_rules(text).level is Level.ROUTINE
    assert triage(text).level.rank >= Level.ROUTINE.rank
