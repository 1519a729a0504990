"""Found while tuning on round 50's released sets. A reviewed red flag the retrained reader
dropped, now read by the pain scores: a pain that "went from 0 to 10 pain", "went from 2 to 5
pain", "fue de 2 a 6 de dolor" (two scores before the pain word; the 0 to 10 had been taken for
the scale). Only a pain that moved counts: not "goes from 3 to 5 when I walk", "anywhere from 2
to 3", "visiting hours are from 2 to 4 pm", a dose "from 1 to 2 pain pills". Food read as a
sign: "tamales de rajas" (pepper strips, not red streaks). Beside them, the counter-cases that
keep their level from the round's safety review, which removed "el dolor ha bajado", "pain is
down to a dull ache", an alarm that "was my Dexcom", "purple hair" and a dressing's "sticky
mark" as good news or no sign, because each hid real red flags (their probes are ROUND_51 in
test_triage_reviewed_drops_round15.py). Last, a score told against the usual one: "a good 6
compared to my usual 9" is a 6 (the 9 had been read as severe pain), but not "my usual is 2,
compared to a 9 today" (the review narrowed it to a usual score told after "compared to"). The
retrained reader now calls "stiff and sleepy" an emergency; a rule that set ordinary stiffness
aside from it hid stiff necks with fever in review and was removed (ROUND_51_B)."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a reviewed red flag the retrained reader dropped
    (
        "what is going on, my legs went from 0 to 10 pain since the pump refill",
        None,
        None,
        "urgent",
    ),
    ("my back went from 2 to 5 pain today", None, None, "urgent"),
    ("fue de 2 a 6 de dolor", "trial_check", None, "urgent"),
    # only a pain that moved
    ("it goes from a 3 to a 5 pain when I walk, same as before", None, 5, "ok"),
    ("anywhere from 2 to 3 pain today", None, 4, "ok"),
    ("visiting hours are from 2 to 4 pm, pain is ok today", None, 5, "ok"),
    ("doc bumped me from 1 to 2 pain pills at night, ok to take with tylenol?", None, 5, "routine"),
    ("el doctor me subio de 2 a 3 pastillas de dolor al dia, esta bien?", None, 5, "routine"),
    # food read as a sign
    ("mejor, gracias. ya comi bien, unos tamales de rajas que hizo mi comadre", None, None, "ok"),
    ("comi tamales de rajas pero ahora veo rayas rojas en la herida", None, None, "urgent"),
    # counter-cases that keep their level, from the round's safety review
    ("el dolor ha bajado a 9", None, None, "urgent"),
    ("pain is down to a dull ache, maybe a 7", None, 5, "urgent"),
    (
        "I thought the alarm was my Dexcom but my sugar is fine and it keeps going off",
        None,
        None,
        "urgent",
    ),
    # a score told against the usual one
    (
        "6, but I'd call it a good 6 compared to my usual 9. No headache no leaking no fever",
        "trial_check",
        None,
        "ok",
    ),
    ("9 compared to my usual 6", "trial_check", None, "urgent"),
    # and the review's counter-cases: the score after "compared to" is today's
    ("my usual is 2, compared to a 9 today", "trial_check", None, "urgent"),
    ("at rest 3 compared to a 9 when I walk", "trial_check", None, "urgent"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
