"""Found while tuning on round 70's released sets (HHHH), which missed no red flag. Good news
read as a red flag or sent to a nurse: "snowing hard out here", "wind chill was -15", a "little
bruise" read as a yes, "no va a pitar en la garita?" asked before a trip, "took it twice cause
the thermometer was acting weird", "strained my urine" (a stone strainer), "drove me home from
billings", "the urologist would be proud", "hearts been behaving", "best ive slept in years",
"best week ive had in a long time", "104 in hardin today lol". And five reviewed red flags the
retrained reader stopped catching, now rules: "slumped to the floor", "won't hold him up",
"my foot is dragging", "cant tell when my bladder is full", "el dolor de siempre pero cada vez
más"; and "no pain or anything my chest feels tight" (a denied pain is no chest pain's start).
Beside each, the red flag it must not hide (a safety review's finds among them)."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # the weather's words
    (
        "good morning. im doing alright, snowing hard out here in lodge grass",
        "first_check_in",
        None,
        "ok",
    ),
    ("my belly is hard and swollen, snowing out", None, None, "urgent"),
    (
        "Fine. Wind chill was -15 this morning so I stayed in by the fire",
        "first_check_in",
        None,
        "ok",
    ),
    ("I have chills and the wind is cold", None, None, "urgent"),
    ("104 in hardin today lol. no fever here tho, im good", "first_check_in", None, "ok"),
    ("102 in bed today", None, None, "urgent"),
    # "a little" that is no yes
    ("little bruise but its going away, no red", "after_trial_check", None, "ok"),
    ("a little", "symptom_check", None, "urgent"),
    ("little bit of swelling", "symptom_check", None, "urgent"),
    # the border's detector, asked about before a trip
    (
        "Buenas tardes, puedo cruzar a Nogales Sonora con la bomba? no va a pitar en la garita?",
        None,
        None,
        "routine",
    ),
    ("¿Por qué mi bomba está pitando en la garita?", None, None, "urgent"),
    # a thermometer, a strainer, a town
    (
        "No fever. Took it twice cause the thermometer was acting weird, 98.2 both times",
        "symptom_check",
        None,
        "ok",
    ),
    ("he's acting weird", None, None, "emergency"),
    ("took it twice, then the thermometer said 101", None, None, "emergency"),
    (
        "strained my urine like always and caught a little stone this morning. should I bring "
        "it to you or the urologist?",
        "symptom_check",
        None,
        "routine",
    ),
    ("cant pee, strained and nothing", None, None, "urgent"),
    (
        "good. my son drove me home from billings, slept most of the way",
        "first_check_in",
        None,
        "ok",
    ),
    # words that are good news
    (
        "no. drinking my water like always, the urologist would be proud",
        "first_check_in",
        None,
        "ok",
    ),
    ("Nope. Hearts been behaving too, no flutters this week", "symptom_check", None, "ok"),
    (
        "Just wanted to say thank you to Dr. Patel and the nurses, best ive slept in years",
        None,
        None,
        "ok",
    ),
    ("best week ive had in a long time, just thought you should know", None, None, "ok"),
    ("best ive felt in years but I have a fever", None, None, "urgent"),
    # reviewed red flags the retrained reader dropped
    ("He prayed and then just slumped to the floor", "symptom_check", None, "emergency"),
    ("the bad hip won't hold him up anymore", None, None, "urgent"),
    ("the dull ache went down to my left leg and my foot is dragging", None, None, "urgent"),
    (
        "No. Legs dragging by dinnertime like always but thats been my life for 9 years lol",
        "symptom_check",
        None,
        "ok",
    ),
    (
        "I cant tell when my bladder is full anymore, my urologist is away",
        None,
        None,
        "emergency",
    ),
    ("el dolor de siempre pero cada vez más", None, None, "urgent"),
    ("no pain or anything my chest feels tight", None, None, "emergency"),
    ("I have pain or discomfort in my chest since last night", None, None, "emergency"),
    ("doing ok but he's been behaving strange since this morning", None, None, "routine"),
    ("On the way back he fainted in Billings", None, None, "emergency"),
    ("101.8 in rehab today", None, None, "urgent"),
    (
        "I took 2 extra oxys cause my thermometer said 101 and I was hurting",
        None,
        None,
        "emergency",
    ),
    ("no fever or anything red", "symptom_check", None, "ok"),
    # found re-reading the round's code: a limb's lemma, a bath given, Spanish "woke with", a
    # writer who says they text for the patient after the last word
    ("a pillow under the bad leg, slept fine", None, None, "ok"),
    ("put her in the tub, 103 degrees", None, None, "urgent"),
    ("desperte con 38, mucho sol?", None, None, "urgent"),
    ("No fever. My son has a fever. This is his grandma texting", None, None, "urgent"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
