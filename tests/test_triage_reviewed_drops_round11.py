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
    # "came to a…" excluded "came to at", "came to asking" (a word boundary was missing)
    ("she went out in the car, came to at the light, scared us to death", None, None, EMERGENCY),
    (
        "She dropped the plate and went down, came to asking what happened",
        "symptom_check",
        None,
        EMERGENCY,
    ),
    ("he came to after a minute", "symptom_check", None, EMERGENCY),
    # incontinence said politely (missed before this session too)
    ("all good, no control down there since last night", "symptom_check", None, EMERGENCY),
    ("perdí el control allá abajo", "symptom_check", None, EMERGENCY),
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


# A second review, of commit 00d0197, found these dropped (a red flag below urgent, a question
# to ok): "also no" and "is not there" beside a posture, words typed for signs ("night
# swears", "pickles and needles"), vog and smog as weather, "ye" before more words, "can drive
# now" and "when the staples were..." as statements, "up" after a comma or "getting", ranges
# that rise, "not better not worse" of a wound. Each must reach the level given.
SECOND_REVIEW = [
    ("Headache is not there when I lie down, only when I sit up", "trial_check", None, URGENT),
    ("The headache is not there lying flat, it comes when I get up", "trial_check", None, URGENT),
    ("hedache is not there wen lying, wen sitting is very strong", "trial_check", None, URGENT),
    (
        "Redness nil. Is it normal that the pump flips over under the skin?",
        "after_trial_check",
        None,
        ROUTINE,
    ),
    ("headache is not there when I sit, is that ok to drive", "trial_check", None, ROUTINE),
    ("Swelling also no. When can I shower", "symptom_check", None, ROUTINE),
    ("Headache is not there when I sit. it is when I stand", "trial_check", None, URGENT),
    (
        "The headache is not there at all when lying, as soon as I stand up its back",
        "trial_check",
        None,
        URGENT,
    ),
    ("Headache was not there until I got up, now can't lift my head", "trial_check", None, URGENT),
    ("headache is not there when I'm laying down", "trial_check", None, URGENT),
    (
        "headache is not there when i lay down it only come when i am standing up for few minutes",
        None,
        None,
        URGENT,
    ),
    ("Vog + hot flashes + 100.7", "symptom_check", None, URGENT),
    ("ye some", "symptom_check", None, URGENT),
    ("ye 😩", "symptom_check", None, URGENT),
    ("ye all of them", "symptom_check", None, URGENT),
    ("ye she has", "symptom_check", None, URGENT),
    ("ye sometimes", "symptom_check", None, URGENT),
    ("a little itchy. Can I put cream on it", "after_trial_check", None, ROUTINE),
    ("ye ye", "symptom_check", None, URGENT),
    ("Ye bit", "symptom_check", None, URGENT),
    ("ye a lot", "symptom_check", None, URGENT),
    ("doing good. can drive now", "symptom_check", None, ROUTINE),
    ("pain 6, up since the refill", "symptom_check", None, URGENT),
    ("pain 7 getting up, keeps going up", "trial_check", None, URGENT),
    ("pain 5, up a lot from this morning", "symptom_check", None, URGENT),
    ("pain 5 when i get up and it goes up all day", "symptom_check", None, URGENT),
    ("4 maybe 6 now, going up", "trial_check", None, URGENT),
    ("not better not worse, 7/10 all week", "symptom_check", None, ROUTINE),
    (
        "the trial is not better not worse, pain same as before the trial",
        "trial_check",
        None,
        ROUTINE,
    ),
    ("wound not better not worse", None, None, ROUTINE),
    ("Fever no. Headache is not there when lying, only standing", "trial_check", None, URGENT),
    (
        "Redness nil, leak nil, headache is not there when flat, comes back sitting",
        "after_trial_check",
        None,
        URGENT,
    ),
    (
        "Fever also no. Leak also no. Headache also no... only when I stand up",
        "trial_check",
        None,
        URGENT,
    ),
    ("all fine. headache is not there when I lay flat", "after_trial_check", None, URGENT),
    ("no fever. night swears", "symptom_check", None, ROUTINE),
    ("fine, just swears at night, soaking the sheets", "symptom_check", None, ROUTINE),
    ("Mom doing ok, pain under control, she swears a lot at night", "symptom_check", None, ROUTINE),
    ("doing ok. swears", "symptom_check", None, ROUTINE),
    ("Fine. Feel hot and achy, smog", "symptom_check", None, URGENT),
    ("Dad 101 in the smog", "symptom_check", None, URGENT),
    ("Hot flashes and 100.7 but smog", "symptom_check", None, URGENT),
    ("no redness, just hot, the vog, 100.6", "symptom_check", None, URGENT),
    ("site ok. feeling hot with the haze, 38.2", "after_trial_check", None, URGENT),
    ("ye a bit", "symptom_check", None, URGENT),
    ("ye kinda", "symptom_check", None, URGENT),
    ("ye ma'am", "symptom_check", None, URGENT),
    ("ye since sunday", "symptom_check", None, URGENT),
    ("ye for 2 days", "symptom_check", None, URGENT),
    ("ye sir", "after_trial_check", None, URGENT),
    ("ye, the left side", "after_trial_check", None, URGENT),
    ("ye when i stand", "trial_check", None, URGENT),
    ("Ye more", "first_check_in", None, URGENT),
    ("ye my husband has it", "symptom_check", None, URGENT),
    ("doing good. can drive now", "symptom_check", None, ROUTINE),
    ("No. Can sleep on stomach now", "symptom_check", None, ROUTINE),
    ("all good. Can shower now", "symptom_check", None, ROUTINE),
    ("No problems. Can drive again", "symptom_check", None, ROUTINE),
    ("good. can lift more now", "symptom_check", None, ROUTINE),
    ("Healing well, can swim again", "symptom_check", None, ROUTINE),
    ("all good, what can you do about the itch", "symptom_check", None, ROUTINE),
    (
        "Fine. I need to know when the staples were supposed to come out",
        "symptom_check",
        None,
        ROUTINE,
    ),
    ("All good, just not sure when the doctor said I can shower", "symptom_check", None, ROUTINE),
    ("no fever. forgot when the refill was scheduled", "symptom_check", None, ROUTINE),
    (
        "pain 2, all good, wanted to check when the next refill was booked",
        "symptom_check",
        None,
        ROUTINE,
    ),
    (
        "doing great, cant remember when the doctor said I could drive",
        "symptom_check",
        None,
        ROUTINE,
    ),
    ("No fever. Can take shower again", "after_trial_check", None, ROUTINE),
    ("good, can drive further now", "symptom_check", None, ROUTINE),
    ("no, all fine, can go back gym again", "symptom_check", None, ROUTINE),
    (
        "no fever, I asked when the refill was due but nobody answered",
        "symptom_check",
        None,
        ROUTINE,
    ),
    ("pain 3. no fever. Can walk more now", "trial_check", None, ROUTINE),
    ("no leak. can take bath again", "trial_check", None, ROUTINE),
    (
        "fine, what else is new. still waiting for someone calling me back",
        "symptom_check",
        None,
        ROUTINE,
    ),
    ("ok no fever, Dad asking when the stitches was to come out", "symptom_check", None, ROUTINE),
    ("all good, no idea when the next refill was set", "symptom_check", None, ROUTINE),
    ("pain 5, up from yesterday", "symptom_check", None, URGENT),
    ("pain 6, up", "symptom_check", None, URGENT),
    ("pain 5 waking up, going up through the day", "symptom_check", None, URGENT),
    ("pain 6 getting up, higher every day", "trial_check", None, URGENT),
    ("pain 6 when I get up, it went up since yesterday", "symptom_check", None, URGENT),
    ("4 maybe 6 now", "symptom_check", None, URGENT),
    ("about 5 maybe 7 today, increasing", "symptom_check", None, URGENT),
    ("going from 4 to maybe 6", "trial_check", None, URGENT),
    ("5-7, up from last week", "symptom_check", None, URGENT),
    ("The trial not better not worse", "trial_check", None, ROUTINE),
    ("Redness went away, the swelling too. I'm really feeling it", "symptom_check", None, ROUTINE),
    ("redness went away, the swelling too. im feeling it all", "symptom_check", None, ROUTINE),
    ("fever went away, the chills too. feeling so so", "symptom_check", None, ROUTINE),
]


@pytest.mark.parametrize(("text", "answering", "last_pain", "at_least"), SECOND_REVIEW)
def test_the_second_review_s_drops_stay_fixed(
    text: str, answering: str | None, last_pain: int | None, at_least: Level
) -> None:
    found = triage(text, answering=answering, last_pain=last_pain)
    assert found.level.rank >= at_least.rank, (found.level, found.findings)
