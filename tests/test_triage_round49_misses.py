"""Found while tuning on round 48's released sets. A red flag read as ok: legs that feel
"heavier than my normal MS heavy, like cement" since the trial, now urgent (heavier since the
trial, the pump or a refill, or than the patient's usual, not after the gym or a walk). Ordinary
replies sent to a nurse: red rice or beans with dinner, "no alcancé a contestar" (the phone,
not the patient), "best I have felt in 10 years". Beside them, the counter-cases that keep
their level, most from the round's safety review, which removed a wider "told as the usual"
for numbness and tingling ("my usual", "same as before the surgery", "not worse") and a
relative's possessive ("Dad's running a fever ... I'm fine") because each hid real red flags
(their probes are ROUND_49 in test_triage_reviewed_drops_round15.py), narrowed red food to rice
and beans, and narrowed the heavier-legs rule after it sent ordinary replies to a nurse. Last,
reviewed red flags the retrained reader dropped, now rules: one side's arm and leg numb, legs
numb and "can't stand up", someone "right here and limp", "la muevo y nada", "no alcanzó a
reaccionar" (only the writer's own "no alcancé a contestar" is the phone), a plate of THC
gummies, a dose taken again by someone who forgot, blurry sight "since yesterday" or "today",
a drooping eye, feet "se sienten muertos", "a hard time walking since the refill", and a usual
numbness that has climbed "up to the belly button"."""

from __future__ import annotations

from bot.triage import Level, read_by_rules, triage
from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a red flag read as ok
    (
        "since the trial started both my legs feel heavier than my normal MS heavy, like cement,"
        " I can still get around with my walker",
        "first_check_in",
        None,
        "urgent",
    ),
    ("las piernas se sienten más pesadas desde la bomba", None, None, "urgent"),
    # ordinary replies sent to a nurse
    (
        "no fever. my granddaughter's birthday party today, we made red rice and bbq, I'm just"
        " sitting in the shade",
        "symptom_check",
        None,
        "ok",
    ),
    ("comimos arroz rojo y pozole rojo, todo bien", "symptom_check", None, "ok"),
    (
        "me llamaron de su oficina y no alcancé a contestar, me pueden marcar después de las 5?",
        None,
        None,
        "routine",
    ),
    (
        "Just wanted to say thank you to Dr and all the nurses. Best I have felt in 10 years",
        None,
        None,
        "ok",
    ),
    # counter-cases that keep their level, from the round's safety review
    ("legs feel heavier after the gym", None, None, "routine"),
    ("the cut looks red velvet colored", None, None, "urgent"),
    ("la herida está como chile rojo", None, None, "urgent"),
    ("no responde, no alcanza a contestar nada", None, None, "emergency"),
    ("Best I've felt in 3 yrs but the incision is leaking", None, None, "urgent"),
    (
        "Dad's running a fever of 101.5 tonight, he's the one with the pump. I'm fine",
        None,
        None,
        "urgent",
    ),
    (
        "my usual numbness in my feet, but now it's in my butt cheeks too",
        "symptom_check",
        None,
        "urgent",
    ),
]

# reviewed red flags the retrained reader dropped, now rules
CASES += [
    ("I have migraines and my right arm and leg are numb", None, None, "emergency"),
    ("Dad's legs are numb and he can't stand up. I'm ok, just scared", None, None, "emergency"),
    (
        "Mom's not answering me, not because her cell phone died, she's right here and limp",
        None,
        None,
        "emergency",
    ),
    ("Mi esposa ya no alcanzo a responder, la muevo y nada", None, None, "emergency"),
    (
        "Mi mamá no alcanzó a reaccionar cuando la llamé por su nombre, está muy pálida y fría",
        None,
        None,
        "emergency",
    ),
    ("mi esposo se comió un whole plate de mis gomitas de thc", None, None, "emergency"),
    (
        "my mom took it again after lunch, she forgot she took it at 11, temp 97.9",
        None,
        None,
        "emergency",
    ),
    ("vison blurry since yesterday", None, None, "urgent"),
    ("I don't know why but my vision is blurry today", None, None, "urgent"),
    ("can't see well, eyes are blurry", None, None, "urgent"),
    ("his right eye looks droopy and blurry since lunch", None, None, "emergency"),
    ("mis pies se sienten muertos desde la prueba", "symptom_check", None, "urgent"),
    ("He was having a hard time walking since the refill", None, None, "urgent"),
    (
        "Numbness same pattern as always but on both legs up to the belly button",
        "symptom_check",
        None,
        "urgent",
    ),
    # and their counter-cases
    ("I had a hard time walking the dog in the snow lol", None, None, "ok"),
    (
        "Was having trouble walking the past few days. PT fixed my hip, walking great now.",
        None,
        None,
        "ok",
    ),
    ("Feet numb like always, walked up to the mailbox and back!", "symptom_check", None, "ok"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)


def test_legs_heavier_after_a_long_walk_are_no_sign_to_the_rules() -> None:
    # A counter-case of round 49's review, kept down by the rules. The learned reader retrained
    # on round 56's sets reads it as a red flag ("legs ... heavier"): over-triage, noted in
    # issue 11's round 57 note; the rules' level and the floor are held here.
    text = "my legs are heavier than usual after the long walk"
    assert read_by_rules(text).level is Level.ROUTINE
    assert triage(text).level.rank >= Level.ROUTINE.rank
