"""Replies of round 14's released sets (DD1-DD5) that were misread, each beside the
counter-cases that must keep their level: the rule that fixed the one must not drop the
other."""

from __future__ import annotations

import pytest

from bot.triage import triage

CASES = [
    # "ya" is an English "yeah" before "little"; Spanish "ya" is "already"
    ("ya little bit", "symptom_check", "urgent"),
    ("ya un poco mejor", "symptom_check", "ok"),
    ("pain's been creeping up every day this week, it's about double what it was", None, "urgent"),
    ("my pain keeps ticking up", None, "urgent"),
    ("pain isn't creeping up, it's steady", "symptom_check", "ok"),
    # a thermometer taken twice is no double dose
    ("No fever. I took my temp twice to be sure lol", "symptom_check", "ok"),
    ("I took my pills twice by mistake", None, "emergency"),
    ("took my meds twice this morning, feel woozy", None, "emergency"),
    # busy, not unable to speak
    ("Can't talk right now at work, will text later", "symptom_check", "routine"),
    ("no puedo hablar ahorita, estoy en el trabajo", "symptom_check", "routine"),
    ("he can't talk right now, his words come out wrong", None, "emergency"),
    ("she can't talk right, she's slurring", None, "emergency"),
    ("I can't talk, my mouth is droopy", None, "emergency"),
    # the day's heat, not the wound's
    ("no fever no chills. hot as heck here in Vegas but thats not new", "after_trial_check", "ok"),
    ("No fever. Checked it twice cause its so hot in the house, 98.4", "trial_check", "ok"),
    ("Doing well. Walked 10 min this morning at 5am before it got hot", "first_check_in", "ok"),
    ("no. it was so hot today I almost died lol but I'm good", "symptom_check", "ok"),
    ("my incision is hot today", None, "urgent"),
    ("incision feels hot there", None, "urgent"),
    ("incision hot here in the middle", None, "urgent"),
    ("he's hot as heck here in the ER", None, "urgent"),
    ("the incision is red and it's hot to touch", None, "urgent"),
    ("I'm hot today", None, "urgent"),
    # the heat's hyperbole
    (
        "No fever. When can I get in the pool? It's 113 and I'm dying here",
        "symptom_check",
        "routine",
    ),
    ("It's 113 and I feel like I'm dying, can't breathe", None, "emergency"),
    ("im dying here, pain is 10", None, "emergency"),
    # sayings
    (
        "Nothing to report. Watching the Vikings lose again, that's the only pain",
        "symptom_check",
        "ok",
    ),
    ("pain is way worse, that's the only pain", None, "urgent"),
    ("Nope. Only fever around here is cabin fever, it's been below zero all week", None, "ok"),
    ("Can she eat spicy food? She want papaya salad so bad lol", None, "routine"),
    ("I want to die so bad", None, "emergency"),
    ("4 hoy. Con este aguacero pensé que iba a estar peor pero no", "trial_check", "ok"),
    ("thought it would be worse but no, it's way worse now", None, "urgent"),
    ("no fever. I about died when I saw the APS bill this month but otherwise good", None, "ok"),
    (
        "This is Darlene his wife. Ron is doing fine, ate a big breakfast and complained about "
        "the golf channel so hes back to normal",
        "first_check_in",
        "ok",
    ),
    ("7. Not great not terrible. Dry, no fever, no headache", "trial_check", "ok"),
    ("not great, feel terrible", None, "urgent"),
    # coining's marks, away from the wound
    (
        "No fever. Mom had coining by auntie on her neck and shoulder so there's red lines "
        "there if you see her, but the surgery cut is clean no red",
        "symptom_check",
        "ok",
    ),
    ("had cupping and now red lines going up from the incision", None, "urgent"),
    # a paper's list denied
    (
        "Estoy bien. Leí el papelito que me dieron y no tengo nada de lo que dice ahí de "
        "fiebre o pus",
        "first_check_in",
        "ok",
    ),
    ("no tengo nada de lo que dice el papel pero tengo fiebre", None, "urgent"),
    # scores
    ("6 but that's way better than my normal 9", "trial_check", "ok"),
    ("6 no better than my normal 9", "trial_check", "urgent"),
    ("No entiendo lo del 0 al 10, ¿0 es que duele mucho o poco?", "trial_check", "routine"),
    # headaches and posture
    ("4. Do I still need to keep my head flat or can I sit up in the recliner?", None, "routine"),
    ("Pain 4. Headache only when I haven't had my coffee lol, not when standing", None, "routine"),
    ("headache not when lying down, only when I stand up", None, "urgent"),
    ("my head hurts lying flat, worse when I sit up", None, "urgent"),
    ("headache when I stand, gone when lying flat", None, "urgent"),
    # questions, and what is none
    (
        "I'd give it a 2 today, that's the lowest it's been in I don't know how long. Going to "
        "try sitting through church Sunday",
        "trial_check",
        "ok",
    ),
    ("I don't know how long to keep the dressing on", None, "routine"),
    ("Just thought you'd want to know he's doing ok", None, "ok"),
    ("he wants to know can he drive", None, "routine"),
    ("He is good. He ask can he lift his grandbaby, she is 20 lb", "first_check_in", "routine"),
    (
        "Qué volá, aquí tranquilo asere, sin fiebre, sin nada. La espalda mejor que antes de la "
        "operación",
        "first_check_in",
        "ok",
    ),
    ("Llámeme mejor que no veo bien las letras", "trial_check", "routine"),
    # good news in other words
    ("Oh my heck the pump trial is a miracle. I picked raspberries for 20 min!", None, "ok"),
    ("I'm good! Sister Morales brought me tamales, best medicine there is", None, "ok"),
    ("0 right now, just took my meds. no issues", "trial_check", "ok"),
    ("just took my meds twice", None, "emergency"),
    (
        "No fever. Checked cuz my grandson had 102 yesterday and I was holding him all day, "
        "but I'm 98.4",
        "symptom_check",
        "ok",
    ),
    ("my husband had 102 and now I have 101", None, "urgent"),
    # thanks alone says nothing of the patient
    ("thank u for everything 🙏", None, "routine"),
    ("todo bien 🙏", "symptom_check", "ok"),
]


@pytest.mark.parametrize(("text", "answering", "level"), CASES)
def test_reply_is_read_at_its_level(text: str, answering: str | None, level: str) -> None:
    assert triage(text, answering=answering).level.value == level
