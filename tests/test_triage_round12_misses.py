"""Replies of round 12's released sets (BB1-BB5) and round 11's that were misread, each
beside the counter-cases that must keep their level: the rule that fixed the one must not
drop the other."""

from __future__ import annotations

import pytest

from bot.triage import Level, read_by_rules, triage

CASES = [
    ("we checked and she is at 102 here in Boise", "symptom_check", "urgent"),
    (
        "blood is coming from the back where the tube was, "
        "we put towel 3 towel now still coming not stopping",
        "after_trial_check",
        "emergency",
    ),
    ("bleeding from the site, held a towel on it 20 min and still coming", None, "emergency"),
    ("a little blood on the gauze this morning", None, "urgent"),
    ("Never better", "symptom_check", "ok"),
    ("never been better", "first_check_in", "ok"),
    ("never felt better in my life", None, "ok"),
    ("pain never got better", None, "routine"),
    ("pain is never better, getting worse", None, "urgent"),
    ("Ten four. nothing to report", "first_check_in", "ok"),
    ("10-4, all good", "first_check_in", "ok"),
    ("10", "trial_check", "urgent"),
    ("pain 10 for 4 days", "trial_check", "urgent"),
    (
        "thanks for checking on him. He's out in the shop already, cant keep him down. No problems",
        None,
        "ok",
    ),
    ("he cant keep anything down, throwing up", None, "urgent"),
    ("I can't keep it down", None, "urgent"),
    ("Back on the road out of Tucson, feeling human again", "first_check_in", "ok"),
    (
        "Good morning! My son did the shoveling, I just supervised from the window. Doing great",
        None,
        "ok",
    ),
    ("I have chills and shivering tonight", None, "urgent"),
    ("the only pain I have is a bad headache when I stand up", None, "urgent"),
    ("no. the baby have fever not me, we go to clinic for him tomorrow", "symptom_check", "ok"),
    ("I have fever not the baby", None, "urgent"),
    (
        "yo no tengo fiebre, el que ta con fiebre es el nene pero ya lo llevé al pediatra",
        "symptom_check",
        "ok",
    ),
    (
        "no, el único que ta hinchao es mi tío de tanto comer en el cumpleaño jajaja",
        "symptom_check",
        "ok",
    ),
    ("Me siento bien. El dolor de la pierna ya no es tan fuerte", "first_check_in", "ok"),
    ("The Mrs says I'm less of a grouch now. Pain's been low all week", None, "ok"),
    ("No fever. Its 29C and sunny. Pool's lovely", "symptom_check", "ok"),
    ("fever 39C", None, "urgent"),
    ("No fever, no leak, no headache. Tape's itchy but whatever", "after_trial_check", "ok"),
    (
        "Reading the leaflet they gave me, fever chills "
        "redness the whole list, dont have a one of em thank the lord",
        None,
        "ok",
    ),
    ("All tickety-boo", "symptom_check", "ok"),
    ("Nowt to report", "symptom_check", "ok"),
    ("Grand", "first_check_in", "ok"),
    ("I feel grand today", "first_check_in", "ok"),
    ("Thank you so much, Dr Patel is a star. Tell him the pump is working a treat", None, "ok"),
    ("Morning! Did 9 holes yesterday (in a cart, don't worry) and feel champion", None, "ok"),
    ("ameseginalehu, I am well", "first_check_in", "ok"),
    (
        "I have small headache from fasting in the "
        "afternoon, lying down dont change it. can I take tylenol",
        None,
        "routine",
    ),
    ("headache when I stand up, better lying down", None, "urgent"),
    ("headache worse standing, same lying down?", None, "urgent"),
    (
        "Is it ok to go through airport? We go to Addis in "
        "June for my sister. the pump will beep at security?",
        None,
        "routine",
    ),
    ("the pump keeps beeping", None, "urgent"),
    (
        "call the weigh station check the reefer temp at forty two degrees",
        "first_check_in",
        "routine",
    ),
    ("Surviving! Ha. No really I'm fine, no fever no redness", "first_check_in", "ok"),
    ("not really fine, feel sick", None, "urgent"),
    ("the one with the fever is me", None, "urgent"),
    ("my husband is the one with the fever", None, "urgent"),
    ("the one thats swollen is my incision", "symptom_check", "urgent"),
    ("yes, the only one swollen is my leg", "symptom_check", "urgent"),
    ("el que tiene fiebre es mi esposo, yo lo cuido", None, "urgent"),
    ("No me siento bien, tengo fiebre", "symptom_check", "urgent"),
    ("fever, not me, my husband, he's the patient", None, "urgent"),
    ("headache when I stand, lying down it goes away", None, "urgent"),
    ("bad headache sitting up, same thing every time I get up, lying down helps", None, "urgent"),
    ("headache when upright, lying flat better", None, "urgent"),
    ("headache standing up, lying down makes no difference? its bad", None, "urgent"),
    ("headache, same lying or standing", None, "routine"),
    ("fever 101 and headache, same lying or standing", None, "urgent"),
    ("terrible headache, same lying down or standing", None, "urgent"),
    (
        "a little blood on the towel this morning, still coming out a bit but stopped now",
        None,
        "urgent",
    ),
    ("sangre de la herida, le pusimos toalla y sigue saliendo no para", None, "emergency"),
    ("pain is low", None, "ok"),
    ("pain's been low all week", None, "ok"),
    ("pain has been pretty low", None, "ok"),
    ("pain is low but getting worse", None, "urgent"),
    ("the pain has been low down in my hip, is that normal", None, "routine"),
    ("temp 45C", None, "routine"),
    ("temp 38.5C", None, "urgent"),
    ("no fever, 25 degrees C here today", "symptom_check", "ok"),
    ("my temp is 101 in the truck", None, "urgent"),
    ("temp 104 and the fridge is broken", None, "emergency"),
    ("pool temp fine, my temp 101.5 though", None, "urgent"),
    ("no really good, fever tonight", None, "urgent"),
    ("not really im fine, sore", None, "urgent"),
    ("pump alarm going off at home", None, "urgent"),
    ("the pump is beeping, we are at the airport", None, "urgent"),
    ("will my pump beep through airport security?", None, "routine"),
    ("the pump is beeping at the airport", None, "urgent"),
    ("he had a grand mal seizure", None, "emergency"),
    ("grand mal this morning", None, "emergency"),
    ("feeling grand", None, "ok"),
    ("ten", "trial_check", "urgent"),
    ("ten four", "trial_check", "urgent"),
    ("cant keep food down", None, "urgent"),
    (
        "No fever. Had some chills Tuesday but that was them casino air conditioners, none since",
        "symptom_check",
        "ok",
    ),
    ("had chills tuesday, none since but fever tonight", None, "urgent"),
    ("mo bettah today, no mo fever, no swelling", "first_check_in", "ok"),
    ("mo pain today than yesterday", None, "urgent"),
    (
        "no fever. the pump spot was puffy couple days ago but now gone down normal",
        "symptom_check",
        "ok",
    ),
    ("site puffy but now down my leg too", "symptom_check", "urgent"),
    ("none of that. hot as blazes out here tho", "symptom_check", "ok"),
    ("my incision is hot, out here in the garden", None, "urgent"),
    ("looks fine. bandage came off clean, no wet spot", "after_trial_check", "ok"),
    ("bandage clean this morning, now wet and pink", "after_trial_check", "urgent"),
    ("Muy bien, ya no tengo tanto dolor como antes de la operación", "first_check_in", "ok"),
    ("not much pain today", None, "ok"),
    ("no sleep, so much pain", None, "urgent"),
    ("pain is not much better, worse today", None, "urgent"),
]


@pytest.mark.parametrize(("text", "answering", "level"), CASES)
def test_reply_is_read_at_its_level(text: str, answering: str | None, level: str) -> None:
    assert triage(text, answering=answering).level.value == level


def test_low_back_pain_is_not_read_as_little_pain() -> None:
    # "low" here says where, not how much: never good news. The rules send it to a nurse as
    # pain (routine); the learned reader, retrained each round, has raised it to urgent in some
    # rounds and not in others, so only the floor is held here.
    assert triage("low back pain").level.rank >= Level.ROUTINE.rank
    assert read_by_rules("low back pain").level is Level.ROUTINE


def test_a_number_its_at_goes_to_a_nurse_and_is_never_ok() -> None:
    # The rules send this to a nurse as not understood (a number with "its at": "she is at 102
    # here in Boise" is a fever). The learned reader raised it to urgent when retrained on
    # round 20's sets, not on round 21's, and again on round 53's; it is never ok, and never
    # tuned down by hand, so the rules' level and the floor are held here.
    text = "no fever, its at 102 here in Phoenix"
    assert read_by_rules(text, answering="symptom_check").level is Level.ROUTINE
    assert triage(text, answering="symptom_check").level.rank >= Level.ROUTINE.rank
