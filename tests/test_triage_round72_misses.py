"""Found while tuning on round 71's released sets (IIII), which missed no red flag. Good news
read as a red flag or sent to a nurse: pills told as news by a patient who is well ("doc took
me off the water pill", "went away with my pill"), "its the chips" (not a pump's chirps), "its
usually a 9 so thats a win", a redness or a leak pinned on the face or neck ("only thing red is
the back of my neck"), a runny nose "from allergies", "hard on the back" of a job, "Blue Lakes"
the street, "go in a sweat" (the ceremony). And five reviewed red flags the retrained reader
stopped catching, now rules: blood that "doesnt stop oozing", "his color is kinda blue", a
shaky patient "out of my oxy", "my breathing is off", "barely anything comes out" when peeing.
And red flags the round's safety review found read as routine before the change: "he passes
out", a redness on the nose "and my pump site", "pump going chip chip chip", "the catheter site
looks sunburned", "incision keeps milking stuff out", a score the pain went "back up to".
Beside each, the red flag it must not hide."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # pills told as news, and pills that need a nurse
    (
        "None of that. just tired, slept a lot after the dr changed my bp pills but its "
        "getting better",
        "symptom_check",
        None,
        "ok",
    ),
    (
        "feel good. doc took me off the water pill so no more running to the bathroom",
        "first_check_in",
        None,
        "ok",
    ),
    ("nope. only headache I had went away with my pill", "symptom_check", None, "ok"),
    ("took all my meds as prescribed, feeling good", None, None, "routine"),
    ("all right. is one beer ok with the meds", "first_check_in", None, "routine"),
    ("no fever. ran out of my stool softener pills tho", "symptom_check", None, "routine"),
    ("no fever. missed my blood pressure pill this morning", "symptom_check", None, "routine"),
    ("doing fine, the new pill helped but not anymore", "symptom_check", None, "routine"),
    ("doing good, doc changed my pills and now I feel dizzy", "symptom_check", None, "urgent"),
    # a word that is no sign
    # a safety review's: "chips" stays a pump's sound, so it was not made a known word
    ("No. The pump chips every few minutes", "symptom_check", None, "urgent"),
    ("7 but its usually a 9 so thats a win. No headache", None, None, "ok"),
    ("about 3 now, usually a 9 by supper", None, None, "urgent"),
    (
        "how long till I can go back to milking? its hard on the back",
        None,
        None,
        "routine",
    ),
    ("the skin is hard on the back of the pump", None, None, "urgent"),
    ("Need a refill on my oxycodone, I use the Albertsons on Blue Lakes", None, None, "routine"),
    ("his lips are blue", None, None, "emergency"),
    (
        "Is it ok to go in a sweat after this? Our family is having one next month",
        None,
        None,
        "routine",
    ),
    ("I go in a sweat at night and feel hot", None, None, "urgent"),
    # a redness or a leak on the face or neck
    (
        "site good. only redness is my face, got sunburned doing yard work",
        "symptom_check",
        None,
        "ok",
    ),
    (
        "6. no headache. only thing leaking is my nose from allergies lol",
        "symptom_check",
        None,
        "ok",
    ),
    ("only thing red is my face and my incision", None, None, "urgent"),
    ("the only thing red is my neck near the pump", None, None, "urgent"),
    ("the only thing swollen is my face", None, None, "emergency"),
    ("my nose is running from allergies and the incision is leaking", None, None, "urgent"),
    # reviewed red flags the retrained reader stopped catching
    ("Shaky hands as usual but I'm out of my oxy since Tuesday", None, None, "urgent"),
    ("A blood clot came out of the incision and it doesnt stop oozing", None, None, "emergency"),
    ("his color is kinda blue pill bottle is empty on the floor", None, None, "emergency"),
    ("no fever or anything my breathing is off tho", None, None, "emergency"),
    ("been straining my pee all day and barely anything comes out", None, None, "urgent"),
    # red flags read as routine before the change, found by the round's safety review
    ("he passes out", None, None, "emergency"),
    ("Only thing red is my nose from the cold and my pump site", "symptom_check", None, "urgent"),
    ("Lo único rojo es mi frente y donde estaba el catéter", "after_trial_check", None, "urgent"),
    ("the only thing swelling is my ego, incision looks great", "symptom_check", None, "ok"),
    ("pump going chip chip chip all night", None, None, "urgent"),
    ("the catheter site looks sunburned", "after_trial_check", None, "urgent"),
    ("got sunburned at the lake, incision looks great", "first_check_in", None, "ok"),
    ("incision keeps milking stuff out", "after_trial_check", None, "urgent"),
    ("the cut is not leaking stuff out anymore", "symptom_check", None, "ok"),
    ("No. back up to 9", "symptom_check", 6.0, "urgent"),
    ("No. Se me quitó con la pastilla y luego volvió a 9", "symptom_check", 6.0, "urgent"),
    ("No. back to 2", "symptom_check", 6.0, "ok"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
