"""Found while tuning on round 55's released sets. Tongan families thank the clinic with
"malo" ("malo 'aupito", "malo e lelei", "Fine malo"), which is Spanish for "bad": twelve of
their good-news replies read as urgent. Patients with Ménière's disease tell of their
"spinning spells", which read as a misspelt "smell" (and "a fainting spell" lost its
fainting the same way). A lab draw ("blood drawn"), "laughed so hard" and "warm and cozy
inside" are no signs. And the reviewed red flags the reader retrained on round 55's sets
dropped, now rules: "la cabeza como nunca", "algo pegajoso de la herida", "la pompe sonne",
"unable to keep food down", a denial taken back ("but some days I want to"), a relative who
doubts a usual tremor."""

from __future__ import annotations

from bot.triage import Level, triage
from bot.triage.verdict import read_by_rules
from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # Tongan thanks, and Spanish "malo" that still says things are bad
    # a "Malo." that opens a reply stays Spanish "bad" (the session review: "Malo. The wound
    # looks fine, no fever" may be either): a nurse reads it
    ("Malo. Sai pe, no fever no redness. Just sore but ok", "first_check_in", None, "urgent"),
    ("Me siento malo for the last two days", "symptom_check", None, "urgent"),
    ("Doing better than yesterday malo 'aupito", "first_check_in", None, "ok"),
    ("No fever, no redness, all dry. malo", "after_trial_check", None, "ok"),
    ("malo e lelei, I am good thank you", "symptom_check", None, "ok"),
    ("malo", None, None, "urgent"),
    ("me siento malo desde anoche", None, None, "urgent"),
    ("dad is malo today", None, None, "urgent"),
    # a spell of something is no smell; a fainting spell is fainting
    ("No. Had one of my spinning spells last night, same as usual", "symptom_check", None, "ok"),
    ("she had a fainting spell at church", None, None, "emergency"),
    ("theres a bad spell from the incision", None, None, "urgent"),
    ("He had one of his spells again", None, None, "urgent"),
    # no sign: a lab draw, laughing hard, warm indoors
    ("had blood drawn today, all good", "first_check_in", None, "ok"),
    ("blood drawn from the wound this morning", None, None, "urgent"),
    ("None of those. I laughed so hard at my grandkids I almost died", "symptom_check", None, "ok"),
    ("-31 out but I'm warm and cozy inside. No fever or swelling", "first_check_in", None, "ok"),
    ("the incision is warm and cozy to touch", None, None, "urgent"),
    # reviewed red flags the retrained reader dropped
    ("me duele la cabeza como nunca, de golpe", None, None, "emergency"),
    ("nunca me duele la cabeza, todo bien", "first_check_in", None, "ok"),
    ("Sale algo pegajoso de la herida", "symptom_check", None, "urgent"),
    ("Ça va, tout est beau, la pompe sonne depuis ce matin", None, None, "urgent"),
    ("nauseous and unable to keep food down", None, None, "urgent"),
    (
        "no, i wont take everything in the medicine cabinet, but some days i want to",
        None,
        None,
        "emergency",
    ),
    (
        "He says the shaking is his lithium like always, I don't buy it, it's not like him",
        None,
        None,
        "urgent",
    ),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)


def test_breathing_malo_is_urgent_to_the_rules() -> None:
    # "malo" beside breathing: bad (Spanish) or thanks (Tongan). The rules read it as urgent;
    # the learned reader, retrained in round 61, reads it as an emergency, which only goes up.
    text = "Everything healing nicely. Breathing, malo."
    assert read_by_rules(text).level is Level.URGENT
    assert triage(text).level.rank >= Level.URGENT.rank
