"""Found while tuning on round 44's released sets. Reviewed red flags the retrained reader
dropped, now rules: a face that "feels strange from the cheek down", a mother "not answering
me ... she just stares" though a dead phone is named before it, and "charco de agua en la cama
donde estaba acostado sobre la herida". Ordinary words that were read as signs: "can he pray on
the floor, kneeling" and "in Colorado Springs" (the state, not Spanish for red). What the
round's safety review found missing: "can't feel the balls of my feet". Beside them, the
counter-cases that keep their level: a puddle of bath water or spilt coffee "sobre la venda",
"went from normal to colorado", "kind of colorado", and a man on the floor who won't get up.
(The review removed five lowering rules — "went away and hasn't come back", shots "for the
blood", "yesterday was hard", chapped lips five words away, "colorado" after "to" or "of" —
because each hid real red flags; their probes are ROUND_45 in
test_triage_reviewed_drops_round15.py.) The face "from the cheek down" left this exact list in
round 47, when the retrained reader read it as an emergency; REVIEW_44 still holds it at least
urgent."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # reviewed red flags the retrained reader dropped, now rules
    (
        "mom is sitting right here not answering me, turned out her phone was dead earlier but "
        "that's not it, she just stares. all good yesterday",
        None,
        None,
        "emergency",
    ),
    ("Charco de agua en la cama donde estaba acostado sobre la herida", None, None, "urgent"),
    # ordinary words that were read as signs
    ("no. can he pray on the floor, kneeling and sujood, or chair only?", None, None, "routine"),
    (
        "Please stop texting my dad, hes in the hospital in Colorado Springs for something else. "
        "who do I talk to",
        None,
        None,
        "routine",
    ),
    # what the round's safety review found missing
    ("Can't feel the balls of my feet", None, None, "urgent"),
    ("cant feel the bottoms of his feet since this morning", None, None, "urgent"),
    # counter-cases that keep their level
    (
        "Me bañé y quedó un charquito de agua sobre la venda, ya la sequé, ¿la cambio?",
        None,
        None,
        "routine",
    ),
    (
        "Pisé un charco y me salpicó agua sobre la venda, la cambié y todo se ve limpio",
        None,
        None,
        "ok",
    ),
    ("the spot on my back went from normal to colorado overnight", None, None, "urgent"),
    ("the incision looks kind of colorado to me, is that normal?", None, None, "urgent"),
    ("el sitio se puso colorado", None, None, "urgent"),
    ("he is on the floor and wont get up", None, None, "emergency"),
    ("not answering, just staring at the wall", None, None, "emergency"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
