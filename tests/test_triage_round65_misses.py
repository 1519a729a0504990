"""Found while tuning on round 64's released sets: the home health nurse who "came to change
my PICC dressing" read as fainting ("came to"); "Sandra's phone" corrected to "sangra"
(bleeds); "since she didn't answer yesterday" read as unresponsive; "I can't walk far" read
as legs that cannot move; "was way worse before this trial" read as worse now; "since my back
got bad", the vog and the wind read as the patient's; a sign "gone today" or a leak that "but
stopped" read as still there; a foot "asleep but it doesnt wake up" read as a person who
cannot be woken; a usual tingling "not new" read as new. Beside each, the red flag it must
not hide, with the safety review's finds (a pain "creeping back up to that", "can't walk more
than a few steps", "is the ms contin doing this?", "numb feet like always but now my hands
too")."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    (
        "Looks good. home health checked it when she came to change my PICC dressing",
        "after_trial_check",
        None,
        "ok",
    ),
    ("he passed out and when he came to he didn't know where he was", None, None, "emergency"),
    ("she came to on the floor of the bathroom", None, None, "emergency"),
    ("Hi this is Sandra's phone, she's asleep right now", "trial_check", None, "routine"),
    ("Sandra's incision is bleeding through the bandage", None, None, "emergency"),
    ("Bleedin's bad at the site", None, None, "urgent"),
    (
        "hi this is Marlene, mom is doing good today, just fyi since she didn't answer yesterday",
        None,
        None,
        "ok",
    ),
    ("mom didn't answer when I shook her", None, None, "emergency"),
    (
        "Can I get a handicap placard form signed? between my back and my shoulder I can't "
        "walk far",
        None,
        None,
        "routine",
    ),
    ("I can't walk, my legs won't move", None, None, "emergency"),
    ("Pain is 3 today, was way worse before this trial. No fever", "trial_check", None, "ok"),
    ("the pain was worse before surgery, now it's a 9", None, None, "urgent"),
    ("pain is worse than before surgery", None, None, "urgent"),
    ("Doing so much better. Made soup for the first time since my back got bad", None, None, "ok"),
    ("my back got bad since yesterday", None, None, "urgent"),
    ("Feeling better every day. Vog bad today but that's not you guys lol", None, None, "ok"),
    ("No fever. Its blowing hard here, planes not flying", "symptom_check", None, "ok"),
    ("he's blowing hard and can't catch his breath", None, None, "emergency"),
    ("nope no fever. was kinda red by the tape yesterday but gone today", None, None, "ok"),
    ("red yesterday but not gone today", None, None, "urgent"),
    ("It's good. was leaking a bit the first day but stopped, dry since Tuesday", None, None, "ok"),
    ("leaking but it never stopped", None, None, "urgent"),
    ("was leaking but stopped, now its leaking again", None, None, "urgent"),
    (
        "numbness in my right foot that wasnt there before, kind of like its asleep but it "
        "doesnt wake up",
        None,
        None,
        "urgent",
    ),
    ("mom is asleep but she doesnt wake up", None, None, "emergency"),
    (
        "The tingling in my toes is the same old neuropathy from chemo, not new. no fever",
        "symptom_check",
        None,
        "ok",
    ),
    ("tingling same old neuropathy, not new but worse today", None, None, "urgent"),
    ("Fine, just the usual queasy day after chemo, nothing new", "symptom_check", None, "ok"),
    ("No fever. Mom has a fever of 101", "symptom_check", None, "urgent"),
    (
        "pain was worse before the pump and its creeping back up to that",
        "symptom_check",
        4,
        "urgent",
    ),
    ("Suddenly I cant walk more than a few feet", None, None, "emergency"),
    ("since last night I can't walk far, legs feel weak", None, None, "emergency"),
    ("Feet numb is the ms contin doing that no fever", "symptom_check", None, "urgent"),
    ("Numb feet like always but now my hands too, no fever", "symptom_check", None, "urgent"),
    (
        "My feet are numb my regular doctor said to text you. No fever",
        "symptom_check",
        None,
        "urgent",
    ),
    ("Drainige's coming thru the bandage", "after_trial_check", None, "urgent"),
    ("No redness. My husband has a fever of 101", "symptom_check", None, "urgent"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
