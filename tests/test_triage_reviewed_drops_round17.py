"""Red-flag replies that a first draft of round 17's rules read lower than the version
before it, found by a safety review (a helper writing replies aimed at each new rule: names
and words once matched to a sign by their spelling, "smells like", "sick call", "can barely",
"hot as blazes", and the learned reader retrained). Each must keep at least the level the
review judged right, or the level the version before read it at when that was lower."""

from __future__ import annotations

from bot.triage import Level, triage

# (reply, what it answers, last pain score, the lowest level it may be read at)
ROUND_17 = [
    ("No siento mi dolor ni mis piernas", None, None, Level.EMERGENCY),
    ("marcos", None, None, Level.URGENT),
    ("Mucho marcos al pararme", None, None, Level.URGENT),
    ("me dan marcos cuando me levanto", None, None, Level.URGENT),
    ("con marcos todo el dia", None, None, Level.URGENT),
    ("She had marcos all night", None, None, Level.URGENT),
    ("seats", None, None, Level.URGENT),
    ("Woke up in seats again", None, None, Level.URGENT),
    ("shelling", None, None, Level.URGENT),
    ("Shelling on my back where the pump is", None, None, Level.URGENT),
    ("The incision smells like rotten bacon", None, None, Level.URGENT),
    ("the wound smells like spoiled bread", None, None, Level.URGENT),
    ("smells like rotten pie in there, the incision i mean", None, None, Level.URGENT),
    ("the site smells like sour bread dough", None, None, Level.URGENT),
    ("Dressing smells like old rotten turkey", None, None, Level.URGENT),
    ("his back where the pump is smells like bad tamales", None, None, Level.URGENT),
    ("my husband is so sick call me", None, None, Level.URGENT),
    ("he is real sick call asap", None, None, Level.URGENT),
    ("I'm sick call me", None, None, Level.URGENT),
    ("Very sick call me please", None, None, Level.URGENT),
    ("Her toes changed from white to the blue color", None, None, Level.URGENT),
    ("Toes went to the blue and cold", None, None, Level.URGENT),
    ("Back didnt even mind the ride home. Kinda woozy tho", "first_check_in", None, Level.ROUTINE),
    ("Fine. Can barely keep my eyes open", None, None, Level.ROUTINE),
    ("I'm ok. Can hardly feel my legs", None, None, Level.ROUTINE),
    ("Ok. Can barely move my legs", None, None, Level.ROUTINE),
    ("Good morning. Can barely swallow", None, None, Level.ROUTINE),
    ("Doing fine. Can hardly lift my feet", None, None, Level.ROUTINE),
    ("Im good. Can barely talk", None, None, Level.ROUTINE),
    ("pain is ok. can barely see straight", None, None, Level.ROUTINE),
    (
        "Incision looks good. Can hardly stand up without my head pounding",
        None,
        None,
        Level.ROUTINE,
    ),
    ("Fine thanks. Can hardly stay awake, keep nodding", None, None, Level.ROUTINE),
    ("Feeling hot as hell today", None, None, Level.URGENT),
    ("Feel hot as heck in here", None, None, Level.URGENT),
    ("Running hot as heck today", None, None, Level.URGENT),
    ("Getting hot as hell in here and everybody else is cold", None, None, Level.URGENT),
    ("Woke up hot as blazes in here, sheets soaked", None, None, Level.URGENT),
    (
        "Keep running hot as hell in here, the rest of the house is freezing",
        None,
        None,
        Level.URGENT,
    ),
    ("Hot as blazes in here but its 65 on the thermostat", None, None, Level.URGENT),
    ("Feeling hot as heck today", "symptom_check", None, Level.URGENT),
    ("My tongue feels fat", None, None, Level.EMERGENCY),
    ("Me late muy rápido el corazón", None, None, Level.URGENT),
]


def test_no_reviewed_red_flag_is_read_below_its_level() -> None:
    read_lower = [
        (text, found.level.value, at_least.value)
        for text, answering, last_pain, at_least in ROUND_17
        if (found := triage(text, answering=answering, last_pain=last_pain)).level.rank
        < at_least.rank
    ]
    assert read_lower == []
