"""Found while tuning on round 36's released sets: a question and a request read as good news
("👍 but can I take off the bandage now", "No. Need to change appointment Thursday"), and a
red flag no version read: "fine but can barely walk", "apenas puedo caminar". Then four red
flags of earlier safety reviews that the retrained reader dropped, now rules: "se quedó en el
suelo sin moverse", a leaflet's "call if" list the patient says they have ("Tengo las tres
cosas"), "sangrando y nada la para", "he could not walk" (urgent; "can not walk" is "cant
walk"); and from the session's whole-change review, sudden weakness "no tengo fuerza" and
sudden word-finding trouble. Beside them, the counter-cases that keep their level: a scar one
"can barely see", a question asked with "but" and a sign beside it, a walk that was hard before
the surgery, "got it", a leaflet "on the fridge", "pero ya se quitó ya no", no need to
reschedule, "can hardly stand the wait", a bandage left on the floor. "sangró poquito, nada
para preocuparse" stays urgent: some bleeding, not uncontrolled."""

from __future__ import annotations

import pytest

from bot.domain.levels import Level
from bot.triage import triage
from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a question and a request read as good news
    ("👍 but can I take off the bandage now", "after_trial_check", None, "routine"),
    ("No. Need to change appointment Thursday, I work 6 to 6", "symptom_check", None, "routine"),
    # the red flag no version read
    ("fine but can barely walk", "symptom_check", None, "urgent"),
    ("doing ok but I can barely walk today", None, None, "urgent"),
    ("apenas puedo caminar desde ayer", None, None, "urgent"),
    # lost when the reader was retrained on round 36's sets, now rules
    ("mi esposa estaba rezando y se quedo en el suelo sin moverse", None, None, "emergency"),
    (
        "Lei el folleto. Dice que llame si tengo fiebre, dolor de cabeza y cuello rigido. "
        "Tengo las tres cosas",
        None,
        None,
        "emergency",
    ),
    ("the leaflet says fever, chills. I have both", None, None, "urgent"),
    ("la herida esta sangrando y nada la para", None, None, "emergency"),
    # ("he could not walk, just on the floor" is held at urgent or above by ROUND_36 in
    # test_triage_reviewed_drops_round15.py: the retrained reader moves it between urgent and
    # emergency, and either sends a nurse.)
    ("he can not walk", None, None, "emergency"),
    # dropped by the retrained reader, found by the session's whole-change review, now rules
    ("de repente no tengo fuerza en el brazo y la pierna derecha", None, None, "emergency"),
    ("suddenly i cant find my words", None, None, "emergency"),
    (
        "my wife read the paper, it says call if fever and stiff neck, he has both",
        None,
        None,
        "emergency",
    ),
    # the counter-cases keep their level (the whole-change review's false alarms among them)
    ("Paper says call if fever, redness or drainage. Got it 👍 all good here", None, None, "ok"),
    ("the leaflet says fever, chills, stiff neck. I have it on the fridge", None, None, "routine"),
    ("fiebre el domingo pero ya se quito ya no", "symptom_check", None, "ok"),
    ("I don't need to reschedule my appointment, all good", "symptom_check", None, "ok"),
    ("Before the pump I could barely walk, now I walk my dog every day!", None, None, "ok"),
    ("I can hardly stand the wait", None, None, "routine"),
    ("se me cayo el vendaje y se quedo en el suelo, todo bien", None, None, "ok"),
    ("sangró poquito, nada para preocuparse", None, None, "urgent"),
    ("fine but can barely see the scar anymore", "symptom_check", None, "ok"),
    ("good but can I shower? the site is red and hot", None, None, "urgent"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)

# Two counter-cases that only the learned reader settles, between ok and routine; each
# retraining (round 40's among them) may move them, and either keeps the sign unread. What
# they guard is that a walk hard before the surgery and a fever the patient denies are not
# read as signs.
NOT_SIGNS = [
    ("Before I could not walk to the mailbox. Now I walk there and back", None, None),
    ("the leaflet says call if fever. I dont have it", "symptom_check", None),
]


@pytest.mark.parametrize(("text", "answering", "last_pain"), NOT_SIGNS)
def test_reply_is_not_read_as_a_sign(
    text: str, answering: str | None, last_pain: float | None
) -> None:
    found = triage(text, answering=answering, last_pain=last_pain)
    assert found.level.rank <= Level.ROUTINE.rank, found.findings
