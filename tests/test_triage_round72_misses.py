"""Found while tuning on round 71's released sets (IIII), which missed no red flag. Good news
read as a red flag or sent to a nurse: "thank heavens", "almost died laughing", a sunburn, a
runny nose told as "my nose from allergies", a sweat-lodge ceremony asked about, "Blue Lakes"
the street, "the drive is hard on me". And five reviewed red flags the retrained reader stopped
catching, now rules: blood that "doesnt stop oozing", "his color is kinda blue", a shaky patient
"out of my oxy", "my breathing is off", "barely anything comes out" when peeing. And red flags
the round's safety review found read as routine before the change: "he passes out", a redness
on the nose "and my pump site", "pump going chip chip chip", "the catheter site looks
sunburned", "incision keeps milking stuff out", a score the pain went "back up to".

Drafts that a safety review or a read of the code showed could hide a red flag were taken out,
and their red flags are here: pills told as news by a patient who is well ("started the new
meds, feel a little off"), a redness pinned on the neck (a spine clinic's incision may be
there), "hard on the back" (the back's incision), "usually a 9 ... so thats progress", "chips"
as a known word (patients write that the pump "chips"). Beside each, the red flag it must not
hide."""

from __future__ import annotations

from bot.triage import triage
from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # words that are no sign
    (
        "None, thank heavens. Spud harvest starts in a few weeks and I might actually get to "
        "drive truck this year",
        "symptom_check",
        None,
        "ok",
    ),
    (
        "none, I almost died laughing at my grandson trying to fix the tv tho",
        "symptom_check",
        None,
        "ok",
    ),
    ("nope, almost passed out when I stood up", "symptom_check", None, "emergency"),
    (
        "site good. only redness is my face, got sunburned doing yard work",
        "symptom_check",
        None,
        "ok",
    ),
    ("got sunburned at the lake, incision looks great", "first_check_in", None, "ok"),
    ("the catheter site looks sunburned", "after_trial_check", None, "urgent"),
    (
        "6. no headache. only thing leaking is my nose from allergies lol",
        "symptom_check",
        None,
        "ok",
    ),
    ("my nose is running from allergies and the incision is leaking", None, None, "urgent"),
    ("nose bleeding nonstop from allergies, its been 2 hours", None, None, "emergency"),
    (
        "Is it ok to go in a sweat after this? Our family is having one next month",
        None,
        None,
        "routine",
    ),
    ("I go in a sweat at night and feel hot", None, None, "urgent"),
    ("fine going in a sweating mess every night", None, None, "urgent"),
    ("Need a refill on my oxycodone, I use the Albertsons on Blue Lakes", None, None, "routine"),
    ("his lips are blue", None, None, "emergency"),
    # drafts taken out: their red flags
    ("doing well, started the new meds, feel a little off", None, None, "urgent"),
    ("no fever. missed my blood pressure pill this morning", "symptom_check", None, "routine"),
    ("the only thing red is my neck, otherwise fine", None, None, "urgent"),
    ("the only thing red is the back of my neck, doing fine", None, None, "urgent"),
    ("no fever. the incision is hard on the back", None, None, "urgent"),
    ("about 3 this morning, usually a 9 by supper so thats progress", None, None, "urgent"),
    ("No. The pump chips every few minutes", "symptom_check", None, "urgent"),
    ("the only thing swollen is my face", None, None, "emergency"),
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
    ("incision keeps milking stuff out", "after_trial_check", None, "urgent"),
    ("the cut is not leaking stuff out anymore", "symptom_check", None, "ok"),
    ("No. back up to 9", "symptom_check", 6.0, "urgent"),
    ("No. Se me quitó con la pastilla y luego volvió a 9", "symptom_check", 6.0, "urgent"),
    ("No. back to 2", "symptom_check", 6.0, "ok"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)


def test_a_number_after_up_to_that_counts_something_else_is_no_score() -> None:
    # "up to 2 walks a day" is no pain score: a false low score would be stored and judged
    assert (
        triage("no. up to 2 walks a day now", answering="symptom_check", last_pain=6).pain is None
    )
    assert triage("No. back up to 9", answering="symptom_check", last_pain=6).pain == 9
