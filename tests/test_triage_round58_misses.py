"""Found while tuning on round 57's released sets: a nosebleed on warfarin that pinching does
not stop (an emergency read as urgent). And the reviewed red flags the reader retrained on
round 57's sets dropped, now rules: a man "tirado en el suelo, viendo al techo sin
contestar", a mother who "won't talk to me or look at me", a leg "muerta" or "dormida" or that
"casi no la puedo levantar", and "hard to get my words out"."""

from __future__ import annotations

from bot.triage import Level, triage
from bot.triage.verdict import read_by_rules
from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    (
        "nose has been bleeding since 7 this morning and its almost 8. Im on warfarin. "
        "pinching it doesnt stop it",
        None,
        None,
        "emergency",
    ),
    ("se quedo tirado en el suelo, viendo al techo sin contestar", None, None, "emergency"),
    ("she's sitting up but won't talk to me or look at me", None, None, "emergency"),
    ("la pierna izquierda se siente muerta desde la cirugía", None, None, "urgent"),
    ("el dolor ha bajado a la pierna izquierda y la siento dormida", None, None, "urgent"),
    ("la fuerza en la pierna derecha no, casi no la puedo levantar", None, None, "urgent"),
    ("Usual lithium tremor. Hard to get my words out.", None, None, "emergency"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)


def test_a_nosebleed_that_pinching_stopped_is_urgent_to_the_rules() -> None:
    # a nosebleed that stopped is still the rules' urgent; the learned reader, retrained in round
    # 63, reads it as an emergency, which only ever goes up.
    text = "nosebleed this morning, pinching it stopped it"
    assert read_by_rules(text).level is Level.URGENT
    assert triage(text).level.rank >= Level.URGENT.rank
