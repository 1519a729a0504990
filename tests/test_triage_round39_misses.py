"""Found while tuning on round 38's released sets: fluid pooling where the patient lies ("un
charquito en la sábana ... como agua, salió de la cinta") that no version read, and "mucho
calor en la espalda" / "tengo calor en la herida" read as the weather. Then reviewed red flags
the retrained reader dropped, now rules: "edgs of the cut r seperating", "la carita moradita",
and two Tagalog ones ("hindi ko maramdaman ang mga binti ko", "hindi po siya tumitigil sa
pagsusuka"). Beside them, the counter-cases that keep their level: rain puddles, the back of
the house, "calol" in the wound (Puerto Rico's "calor"), a name beside a
sign word, edges "not separating". From the session's whole-change review: heat felt in the
back or at the incision in English, a missed refill appointment in Spanish. (The round's
lowering rules for a surname, "all chill", "la fiebre del fútbol", "la guagua" and "calol" as
the weather were removed after their safety review; those replies still go to a nurse.) A
spilt glass, "Se me regó el vaso, quedó un charco en la almohada. Todo bien", left this list in
round 44: the reader retrained on round 43's sets reads it as an emergency, and no rule may
overrule the reader's emergency on a reply the rules read as ok."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # the red flags no version read
    (
        "un 4 pero hay un charquito en la sábana donde me acuesto, como agua, salió de la cinta",
        "trial_check",
        None,
        "urgent",
    ),
    ("mucho calor en la espalda", None, None, "urgent"),
    ("tengo calor en la herida", None, None, "urgent"),
    # reviewed red flags the retrained reader dropped, now rules
    ("edgs of the cut r seperating", None, None, "urgent"),
    ("Tiene la carita moradita", None, None, "emergency"),
    ("Hindi ko maramdaman ang mga binti ko", None, None, "urgent"),
    ("Hindi po siya tumitigil sa pagsusuka", None, None, "urgent"),
    # the counter-cases keep their level
    ("hace charcos en la calle por la lluvia, aqui todo bien", "symptom_check", None, "ok"),
    ("Hace mucho calor en la espalda de la casa", None, None, "routine"),
    ("tengo calol en la herida", None, None, "urgent"),
    ("Hes fine, no fever, no swelling. -Carol", "symptom_check", None, "ok"),
    ("the edges of the cut are not separating, looks good", "after_trial_check", None, "ok"),
    # from the session's whole-change review: a parent's word before a number that is not a
    # temperature, the sky turning purple, a question about the edges
    ("Dad 101 in the smog", "symptom_check", None, "urgent"),
    ("Dad 104 sugar this morning, all good, no fever", "symptom_check", None, "routine"),
    ("el cielo se puso morado al atardecer, yo estoy bien", "symptom_check", None, "ok"),
    ("se puso morado y no responde", None, None, "emergency"),
    (
        "will the edges of the cut separate if I lift the laundry basket?",
        "symptom_check",
        None,
        "routine",
    ),
    # red flags the whole-change review found that no version read
    ("so much heat in my back by the pump, is that normal?", None, None, "urgent"),
    ("there is a lot of heat around the incision", None, None, "urgent"),
    ("se me pasó la cita del rellenado de la bomba", None, None, "urgent"),
    # and their neighbours: heat put on the back, the back yard
    ("I put heat on my back and it helped", None, None, "routine"),
    ("the heat in the back yard is brutal", None, None, "routine"),
    ("no heat around the incision, all good", "symptom_check", None, "ok"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
