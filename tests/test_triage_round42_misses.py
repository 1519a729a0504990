"""Found while tuning on round 41's released sets: West African English "Small small" (a
little) as the whole answer to the symptom question, read as "not understood". Then reviewed
red flags the retrained reader dropped, now rules: "se quedó tirado en el suelo" (stayed down
on the floor) and "I just feel off and my face feels funny". And a pain that "went from 0 to
10" beside a "what", which was read as the scale named. Beside them, the counter-cases of the
round's two safety reviews that keep their level: "small small" meaning little by little, or
answering the pain question; a dog on the floor; a face that feels
funny for a reason told (a CPAP mask, no make-up, not frowning any more); steps that went from
0 to 10 thousand; a question about the scale. (The round's lowering rules — "not answering"
beside a phone that was dead, a dead phone itself, a sign word after a title such as
"enfermera Sandra", "whats" and "0-10" as the scale named — were removed after their reviews:
each hid real red flags. Those replies still go to a nurse, and one counter-case of round 40,
"not answering when we talk to him ..., turned out his phone was dead. All good now", is now
a false alarm the retrained reader raises: no rule could set it aside safely. In round 43 the
reader retrained on round 42's sets began to read the review's remote control "tirado en el
piso, no lo alcanzo jaja" as an emergency too, and it left this list the same way.)"""

from __future__ import annotations

from bot.domain.levels import Level
from bot.triage import triage
from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # an answer read as "not understood"
    ("Small small", "symptom_check", None, "urgent"),
    # reviewed red flags the retrained reader dropped, now rules
    ("se quedó tirado en el suelo", None, None, "emergency"),
    ("se quedó tirado en el suelo y no se levanta", None, None, "emergency"),
    # a pain that rose through the scale, beside a "what"
    ("what do I do, pain went from 0 to 10 overnight", None, None, "urgent"),
    ("whats up, my pain went 0 to 10 since lunch", None, None, "urgent"),
    # the safety reviews' counter-cases keep their level
    ("small small", "trial_check", 4, "routine"),
    ("Small small. I am better than last week", "symptom_check", None, "ok"),
    ("small small progress, no problems", "symptom_check", None, "ok"),
    ("se quedó tirado en el suelo un ratito con el perrito, muy contento", None, None, "ok"),
    ("My face feels funny in the new CPAP mask, any tips?", None, None, "routine"),
    ("my face feels strange with no makeup on lol. back is fine", None, None, "ok"),
    ("My face feels funny, I haven't frowned in days since the pain went away", None, None, "ok"),
    (
        "My steps went from 0 to 10 thousand a day! Do I still need to wear the binder?",
        None,
        None,
        "routine",
    ),
    ("what number from 0 to 10 should I pick?", None, None, "routine"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)


def test_a_face_that_feels_funny_for_no_reason_told_goes_to_a_nurse() -> None:
    for text in (
        "Am fine, I just feel off and my face feels funny",
        "my face still feels kinda funny",
        "face feels funny and my arm is weak",
    ):
        found = triage(text)
        assert found.level.rank >= Level.URGENT.rank, text
        assert "numbness" in {f.symptom for f in found.findings}, text
