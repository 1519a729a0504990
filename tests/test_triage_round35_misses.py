"""Round 34's replies read wrong on its one measure, now released: a dialysis patient's wife
saw the pump spot "redder today than yesterday" (no rule knew "redder"); good news read as a
red flag: a dialysis patient's "fluid limit" read as fluid leaking. The round's safety review
found red flags no version read: "no vale la pena seguir viviendo", "she pased out", "todo me
da vueltas", "mariados". Beside them, the counter-cases that keep their level: fluid leaking
told beside the fluid limit, a screen "reader" that must not be pulled onto "redder", and a
test "passd"."""

from __future__ import annotations

from bot.triage import Level, read_by_rules, triage
from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # the sign no rule read
    ("no fever. my wife says the pump spot looks redder than yesterday", None, None, "urgent"),
    # good news read as a sign
    ("fine, just thirsty, the 32oz fluid limit is killing me", "first_check_in", None, "ok"),
    # the review's red flags no version read
    ("no vale la pena seguir viviendo", None, None, "emergency"),
    ("she pased out in the bathroom", None, None, "emergency"),
    ("marcó 98.1 pero siento que todo me da vueltas", None, None, "urgent"),
    ("tengo mariados desde ayer", "symptom_check", None, "urgent"),
    # the counter-cases keep their level
    ("fluid limit is fine but there is fluid leaking from the site", None, None, "urgent"),
    ("can you send it as plain text, my screen reader cant open the PDF", None, None, "routine"),
    ("I passd my driving test before surgery, when can I drive again?", None, None, "routine"),
    # the whole-change review's false alarms, now kept
    ("me da vueltas la idea de volver al trabajo", None, None, "routine"),
    (
        "fever and chills, we dont have a one of those thermometers so guessing",
        None,
        None,
        "urgent",
    ),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)


def test_a_door_an_inch_open_is_no_wound_to_the_rules() -> None:
    # A false alarm of round 35's whole-change review, kept down by the rules. The learned
    # reader retrained on round 54's sets reads "1 inch open" as a wound opening again (a false
    # alarm, noted in issue 11's round 55 note); the rules' level and the floor are held here.
    assert read_by_rules("the door is 1 inch open").level is Level.ROUTINE
    assert triage("the door is 1 inch open").level.rank >= Level.ROUTINE.rank
