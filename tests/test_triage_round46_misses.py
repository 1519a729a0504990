"""Found while tuning on round 45's released sets. Reviewed red flags the retrained reader dropped,
now rules: a stiff neck beside bright lights that hurt (an emergency), "never had my vision this
blurry before", "I've never had blurry vision before today", "feel hot and flushed, not from the
weather, it's cool today", a puddle "debajo de la espalda, no sé de dónde salió" with nothing
after it, lips "como azulitos", and a mother "now on the floor, won't talk to us". An ordinary
reply read as an overdose: "drank a bunch of water". Good news the retrained reader stopped
calling ok (it learned round 45's readers' "thanks alone is routine"): "I'm thankful for this
pump!!", "rain all week, but the back doesnt care for once". Beside them, the counter-cases that
keep their level, most of them from the round's safety review, which removed four lowering rules
("my pill box is getting confusing", "3 on 10" as a score, "pero hoy ya no" after a sign, the
pump setting off "the alarm at the airport") because each hid real red flags (their probes are
ROUND_46 in test_triage_reviewed_drops_round15.py), and narrowed every raising rule above after
it sent ordinary replies to a nurse."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # reviewed red flags the retrained reader dropped, now rules
    ("Hands tingling, the usual. Neck stiff, bright lights hurt", None, None, "emergency"),
    ("Never had my vision this blurry before", None, None, "urgent"),
    ("I've never had blurry vision before today", None, None, "urgent"),
    (
        "feel hot and flushed, not from the weather, it's cool today",
        "symptom_check",
        None,
        "urgent",
    ),
    (
        "Amaneció un charco de agua en la sábana debajo de la espalda, no sé de dónde salió",
        "symptom_check",
        None,
        "urgent",
    ),
    ("La piel reseca y los labios como azulitos", "symptom_check", None, "emergency"),
    (
        "Mom was napping on the couch and now on the floor, won't talk to us",
        None,
        None,
        "emergency",
    ),
    # ordinary words that were read as signs
    (
        "No fever, no redness. Urine was a bit cloudy this morning but I drank a bunch of water "
        "and its clear now, I know the drill",
        "first_check_in",
        None,
        "ok",
    ),
    (
        "Happy Thanksgiving to everyone at the clinic. I'm thankful for this pump!!",
        None,
        None,
        "ok",
    ),
    (
        "no. Weathers nasty here in Norfolk, rain all week, but the back doesnt care for once",
        None,
        None,
        "ok",
    ),
    # counter-cases that keep their level
    ("he took a bunch of water pills", None, None, "emergency"),
    ("mom is so confused", None, None, "emergency"),
    ("I never had blurry vision, eyes fine", "symptom_check", None, "ok"),
    ("no stiff neck, lights dont bother me", "symptom_check", None, "ok"),
    ("estaba rojo pero hoy no", None, None, "urgent"),
    ("pump alarm keeps going off", None, None, "urgent"),
    ("dad is on the floor and not answering", None, None, "emergency"),
    ("Stiff neck from sleeping wrong but lights don't bother me, no fever", None, None, "urgent"),
    ("I'm thankful for this pump but the site is red and hot", None, None, "urgent"),
    (
        "mi esposo salió de la alberca con los labios azulitos de frío, ya se calentó y está bien",
        None,
        None,
        "ok",
    ),
    ("le compré una bata azulita para el hospital", None, None, "routine"),
    (
        "I'm on the floor doing my exercises, can't talk right now, will text later. All good",
        None,
        None,
        "ok",
    ),
    (
        "feel warm and flushed after my shower, not from the weather, no fever, 98.1",
        None,
        None,
        "ok",
    ),
    ("eyes ok, never had blurry vision before now either", None, None, "ok"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
