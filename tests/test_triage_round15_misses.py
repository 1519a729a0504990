"""Replies of round 15's released sets (EE1-EE5) that were misread, each beside the
counter-cases that must keep their level: the rule that fixed the one must not drop the
other."""

from __future__ import annotations

import pytest

from bot.triage import triage

CASES = [
    # a bare "ya": when in doubt, a yes
    ("ya", "trial_check", "urgent"),
    ("ya", "symptom_check", "urgent"),
    # a body word between "only" and the sign keeps it the patient's
    (
        "Thank you so much for your kindness. I am fine, only the wound is little red today, "
        "God willing it is nothing",
        "symptom_check",
        "urgent",
    ),
    ("the only thing swollen is my ego", "symptom_check", "routine"),
    # the weather, on the television and in town
    ("No fever, the TV said 104 degrees in Glendale tomorrow so I will not go out lol", None, "ok"),
    ("Everything is fine, merci. Very hot in Sacramento so we stay inside with the AC", None, "ok"),
    (
        "fine here. cold out, 12 degrees this morning, but I'm staying in by the woodstove",
        None,
        "ok",
    ),
    ("he is 104 degrees and shaking", None, "emergency"),
    ("he's 104", None, "emergency"),
    ("no. it was 95 in Pompano today I stay inside with the AC 😂", "symptom_check", "ok"),
    ("Feeling hot, 100.9 and the AC is on", None, "urgent"),
    ("101.5 in front of the tv", None, "urgent"),
    ("the paper says call if fever and I have 101.5", None, "urgent"),
    ("hoy 8, ayer estaba mejor", "trial_check", "urgent"),
    # someone else's, a saying, a word one letter from a sign
    (
        "Good. Watched three seasons of Drag Race, one of the queens fainted on stage, I did not",
        None,
        "ok",
    ),
    ("my husband fainted on stage at church", None, "emergency"),
    (
        "Amos is doing ok. No fever. This is from the harness shop phone, he can't text so good",
        None,
        "ok",
    ),
    ("Very good today, I made dolma with my daughter", None, "ok"),
    ("zero 😊 no fever no headache", "trial_check", "ok"),
    ("not good 😞 fever 101", None, "urgent"),
    ("can I drive yet? my partner is a terrible driver and I'd like my car back", None, "routine"),
    ("I feel terrible, fever and chills", None, "urgent"),
    ("all good. Can I go back to hot yoga or is that asking for trouble", None, "routine"),
    ("my incision is hot and red", None, "urgent"),
    ("can you send the discharge notes to my PCP, Dr. Okafor at Fremont Clinic", None, "routine"),
    ("yellow discharge from the incision", None, "urgent"),
    ("nothing new. allergies acting up from the ragweed but thats every october", None, "ok"),
    ("allergic to the new pills, hives and my lips are swelling", None, "emergency"),
    # good news in the writers' own words
    # Pennsylvania Dutch "the pain is all" (gone) is not read: in American English "X is all"
    # is "just X" ("a little fever is all"), which must stay a red flag
    ("just a little swelling is all", None, "urgent"),
    ("Bit of a fever is all.", None, "urgent"),
    ("the pain is all over my back and worse than yesterday", None, "urgent"),
    ("Hi just to say the pump is working nice, I can play with my grandkids again", None, "ok"),
    ("nothing wrong with it", "symptom_check", "ok"),
    ("still 7. not better not worse", "trial_check", "routine"),  # the trial may not help
    ("has been a lot worse", "trial_check", "urgent"),
    ("pain is worse", "trial_check", "urgent"),
    ("6. is the best i feel in long time", "trial_check", "ok"),
    ("I'm ok. My sister came from Cabo Verde to help me, so I'm well taken care of", None, "ok"),
    ("Nada, everything calm", "symptom_check", "ok"),
    ("no graças a Deus", "symptom_check", "ok"),
    ("None of this. Thank you for checking on me, you are angels", "symptom_check", "ok"),
    (
        "Pain today 4. No fever. Headache no. Leaking no. I will bring the pain diary on Friday",
        "trial_check",
        "ok",
    ),
    # greetings and requests stay with a nurse
    ("Happy Halloween from me and my pump 🎃", None, "routine"),
    ("Hello this is Mose. Call the shop phone, number is on the card", None, "routine"),
    # a wish to die, said plainly
    ("I want to disappear so bad", None, "emergency"),
    ("I wish I wasn't here anymore", None, "emergency"),
    ("Quiero desaparecer de este mundo", None, "emergency"),
    ("I want to disappear into a good book this weekend", None, "ok"),
    ("Sim obrigada", "symptom_check", "urgent"),
    ("la zona do catéter está bien, seca, sem vermelhidão", "after_trial_check", "ok"),
    ("my left calf is swollen", None, "urgent"),
    ("holy cow fever 102", None, "urgent"),
    ("I want to be gone so bad", None, "emergency"),
    ("I want to disappear to the beach for a week lol", None, "routine"),
    ("sticky stuff coming from where the catheter was", "after_trial_check", "urgent"),
    ("Cupping on his back, red streaks near the trial wires", None, "urgent"),
]


@pytest.mark.parametrize(("text", "answering", "level"), CASES)
def test_reply_is_read_at_its_level(text: str, answering: str | None, level: str) -> None:
    assert triage(text, answering=answering).level.value == level
