"""Found while tuning on round 40's released sets: "none thnx" sent to a nurse for its
spelling. Then two reviewed red flags the retrained reader dropped, now rules: Québec French
"rien, sauf que ça coule" (it's leaking) and Tagalog "hindi po siya makapagsalita ng maayos at
tabingi ang ngiti" (can't speak properly, a crooked smile). Beside them, the counter-cases of
the round's safety review that keep their level: "ça coule pas", coffee that "coule", a
language one cannot speak, a face "hindi na tabingi" (no longer crooked), a phone call. (The
round's lowering rules for "Am fine" read as a question, "managable", "almost"/"nearly", a
baby "en el pecho", "can't breathe thru my nose" and "4, maybe 5 when I walk" were removed
after their safety review: each hid real red flags. Those replies still go to a nurse.) Last,
from the session's whole-change review: a headache with "weakness in my right arm" or a hand
gone numb "since this morning", dark lips in Spanish word orders or "since he woke up", "coule
pas mal" (leaks a lot), "is he ok?? not answering", all emergencies or urgent; and its false
alarms: "when I do my stretches" read as a question, lips dark from licorice, "di tabingi",
speechless with joy. ("lips are always dark lol" stays urgent: the lips backstop's, as
before the session.)"""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # good news sent to a nurse for a spelling
    ("none thnx", "symptom_check", None, "ok"),
    # reviewed red flags the retrained reader dropped, now rules
    ("rien, sauf que ça coule", "first_check_in", None, "urgent"),
    ("la plaie coule un peu", None, None, "urgent"),
    ("Hindi po siya makapagsalita ng maayos at tabingi ang ngiti", None, None, "emergency"),
    ("tabingi na ang mukha ni lola", None, None, "emergency"),
    # the safety review's counter-cases keep their level
    ("ça coule pas, tout va bien", "symptom_check", None, "ok"),
    ("le café coule, tout va bien", "symptom_check", None, "ok"),
    ("Hindi ako makapagsalita ng English, ok lang ako", "symptom_check", None, "ok"),
    (
        "Okay lang po si tatay, hindi na tabingi ang mukha niya mula nung surgery",
        "symptom_check",
        None,
        "ok",
    ),
    (
        "Hindi po makapagsalita si papa sa phone, ako na lang po sasagot",
        None,
        None,
        "routine",
    ),
    # from the session's whole-change review: red flags the retrained reader dropped to urgent
    ("headache and weakness in my right arm", None, None, "emergency"),
    ("headache since this morning and my left hand went numb", None, None, "emergency"),
    ("se le pusieron los labios oscuros", None, None, "emergency"),
    ("los labios de color oscuro", None, None, "emergency"),
    ("his lips have been a dark color since he woke up", None, None, "emergency"),
    ("ça coule pas mal depuis hier", None, None, "urgent"),
    ("is he ok?? not answering when we talk to him", None, None, "emergency"),
    # and its false alarms, now read at their level
    ("sore when I do my stretches", "symptom_check", None, "routine"),
    ("lips are always dark lol", "symptom_check", None, "urgent"),
    ("his lips turned dark after eating the black licorice lol he's fine", None, None, "ok"),
    ("di tabingi ang ngiti, ok lang siya", "symptom_check", None, "ok"),
    ("hindi ako makapagsalita sa sobrang saya", None, None, "routine"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
