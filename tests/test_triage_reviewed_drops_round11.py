"""Red flags that issue 11's eleventh round of rules once dropped, found by a read-only review of
commit 9336b2e: each must still reach a nurse (or 911) at the level given.

Each reply was written by the reviewer to exercise one rule that sets a sign aside or eases
it; the rule is named above its cases. The last test keeps replies the learned "says all is
well" scorer must leave with a nurse.
"""

from __future__ import annotations

import pytest

from bot.triage import Level, triage

EMERGENCY, URGENT, ROUTINE = Level.EMERGENCY, Level.URGENT, Level.ROUTINE

CASES = [
    # fainting: "came to" is waking after passing out, unless a visit follows
    (
        "came to like 10 min later on the porch steps, no idea what happened",
        "symptom_check",
        None,
        EMERGENCY,
    ),
    (
        "Bro just dropped during dinner, he came to once we splashed water on him",
        "symptom_check",
        None,
        EMERGENCY,
    ),
    (
        "Grandpa blanked out mid sentence and came to 3 or 4 min later kinda mixed up",
        None,
        None,
        EMERGENCY,
    ),
    (
        "Wife says I stopped talking and stared, then came to like nothing happened",
        "symptom_check",
        None,
        EMERGENCY,
    ),
    (
        "Mama se fue de lado en la silla and came to 1 minute later",
        "symptom_check",
        None,
        EMERGENCY,
    ),
    ("She toppled off the toilet, came to crying", "symptom_check", None, EMERGENCY),
    (
        "I went down at the store, came to w people standing over me",
        "symptom_check",
        None,
        EMERGENCY,
    ),
    # an overdose's "twice" may sit after a pause
    ("took my baclofen, then took it, ugh, twice", "symptom_check", None, EMERGENCY),
    ("Took my tabs, napped, took my tabs, twice now", "symptom_check", None, EMERGENCY),
    # a temperature "here in" a place is the weather only when nobody's it is
    ("my temp is 101.8 here in Denver", "symptom_check", None, URGENT),
    ("Temp 101.2 here in Phoenix and its 110 outside lol", "symptom_check", None, URGENT),
    ("Thermometer read 101 here in Miami this morning", "symptom_check", None, URGENT),
    ("Temp 38.9 here in Vegas", None, None, URGENT),
    ("we checked and she is at 102 here in Boise", "symptom_check", None, URGENT),
    ("Dad 101.6 here in the nursing home", "symptom_check", None, URGENT),
    ("temp 101.5 here in the hotel", "symptom_check", None, URGENT),
    ("Mom is 101.4 here in assisted living, nurse here checked", "symptom_check", None, URGENT),
    ("She was 38.7 here in the car on the way home", "symptom_check", None, URGENT),
    # "hard because/cause" may be the lump's
    (
        "Spot above the battery is hard times two compared to last week",
        "symptom_check",
        None,
        URGENT,
    ),
    (
        "The spot by the scar is hard cause i pushed on it and it didnt give at all",
        None,
        None,
        URGENT,
    ),
    (
        "area around catheter is hard because i checked it and its like a marble now",
        None,
        None,
        URGENT,
    ),
    # "leaned", "leaning": typed for leaked, leaking
    ("coping. the incision leaned overnight", "symptom_check", None, URGENT),
    ("Pump spot leaning again", "symptom_check", None, URGENT),
    # easing asked and answered no, or undone later in the sentence
    ("Swelling reduces overnight but its huge again by noon", "symptom_check", None, URGENT),
    ("pain reducing? no. 9/10 today", "symptom_check", None, URGENT),
    ("Redness reduces in the morning then gets redder and hotter at night", None, None, URGENT),
    ("Managing well, swelling reducing? not really, bigger today", "symptom_check", None, URGENT),
    ("Swelling reducing? nope", "symptom_check", None, URGENT),
    ("Redness reducing?? its bigger than this morning", "symptom_check", None, URGENT),
    ("pain better? no. 9/10 today", "symptom_check", None, URGENT),
    ("no. 9/10 today", "symptom_check", None, URGENT),  # a score after a "no" is read
    ("Swelling better overnight but its huge again by noon", "symptom_check", None, URGENT),
    # "not like before" beside a score or worse words; "pain nurse" said of the patient
    ("The pain is not like before, its a 9 now", "symptom_check", 4, URGENT),
    ("my pain is not like it was, its killing me", "symptom_check", 4, URGENT),
    ("pain is not like before its 8/10 now", "symptom_check", 3, URGENT),
    ("el dolor no es como antes, es un 9", "symptom_check", 4, URGENT),
    ("the pain is not like before. 10/10", "symptom_check", 5, URGENT),
    ("my pain is not like before, its a 10 and constant", "symptom_check", 4, URGENT),
    ("Intense pain doctor, 9 out of 10", "symptom_check", None, URGENT),
    ("Unbearable pain nurse", "symptom_check", None, URGENT),
    ("my pain is not like before, it's like 9", "symptom_check", 4, URGENT),
    # "redness went away, swelling too" unless something after or before says otherwise
    ("Drainage stopped, then started up again, redness too", "symptom_check", None, URGENT),
    (
        "Swelling went down, the redness too, but theres still some yellow coming out",
        "symptom_check",
        None,
        URGENT,
    ),
    (
        "Redness went away yesterday, swelling too. Today both came back",
        "symptom_check",
        None,
        URGENT,
    ),
    ("redness went away, swelling too? no its worse", "symptom_check", None, URGENT),
    (
        "Redness faded, drainage too. Now theres a hole where the stitch was",
        "symptom_check",
        None,
        URGENT,
    ),
]


@pytest.mark.parametrize(("text", "answering", "last_pain", "at_least"), CASES)
def test_a_red_flag_is_not_set_aside(
    text: str, answering: str | None, last_pain: int | None, at_least: Level
) -> None:
    found = triage(text, answering=answering, last_pain=last_pain)
    assert found.level.rank >= at_least.rank, (found.level, found.findings)


# Readings nobody placed and alarms in words nobody listed, beside good news: the learned
# scorer must not call these ok (the rules leave them with a nurse).
NOT_FOR_THE_LEARNED_SCORER = [
    ("Everything under control. Sats 84", "symptom_check"),
    ("Chillin. Pulse 140 sats 86", "symptom_check"),
    ("Everything under control. Sats 84 again", None),
    ("Steady as she goes. BP 78/40 again", "symptom_check"),
    ("Sats 83 again", None),
    ("Chillin. Pulse ox says 87", "symptom_check"),
    ("Hooah. Site looks like a volcano, 30 mm across", "symptom_check"),
    ("Bored stiff, the box has been honking every 15 min since 11", "symptom_check"),
    ("Four days in. O2 sat 86 on the clip thing", "symptom_check"),
    ("No wahala. Pump been wailing every 10 minutes since 11", None),
]


@pytest.mark.parametrize(("text", "answering"), NOT_FOR_THE_LEARNED_SCORER)
def test_good_news_beside_an_unplaced_reading_stays_with_a_nurse(
    text: str, answering: str | None
) -> None:
    assert triage(text, answering=answering).level.rank >= ROUTINE.rank
