"""Replies of round 13's released sets (CC1-CC5) that were misread, each beside the
counter-cases that must keep their level: the rule that fixed the one must not drop the
other."""

from __future__ import annotations

import pytest

from bot.triage import triage

CASES = [
    ("no fever but its swole up pretty good round the incision", "first_check_in", "urgent"),
    ("my incision is swole", None, "urgent"),
    ("it swole up overnight around the pump", None, "urgent"),
    ("dolor 5, ayer me dolia mas", "trial_check", "ok"),
    ("dolor 5, hoy me duele mas", "trial_check", "urgent"),
    ("dolor 5, ayer menos hoy me duele mas", "trial_check", "urgent"),
    ("como un 3 o 4, no se, mejor q antes", "trial_check", "ok"),
    ("casi no siento las piernas", None, "emergency"),
    ("casi no respira", None, "emergency"),
    ("ahorita no puedo contestar estoy en el camion", "trial_check", "routine"),
    ("mi papa no puede contestar, no responde", None, "emergency"),
    ("mi papa esta bien dormido ahorita, comio bien y no tiene fiebre", None, "ok"),
    ("mi papa esta bien dormido y no lo puedo despertar", None, "emergency"),
    (
        ("Nope. Wife had a fever last week but she's fine now and I never caught it"),
        "symptom_check",
        "ok",
    ),
    (
        ("All fine. My husband had a fever last week but he's over it and I never caught it"),
        "symptom_check",
        "ok",
    ),
    ("My husband had a fever last night, 101", None, "urgent"),
    (
        ("No fever. Can I have a couple beers at my grandson's graduation party?"),
        "symptom_check",
        "routine",
    ),
    ("the pump beeps every few minutes", None, "urgent"),
    (
        (
            "no. its 98 degrees out and I'm sittin on the porch with a iced tea, "
            "thats the only hot thing round here"
        ),
        "symptom_check",
        "ok",
    ),
    ("the incision feels hot to touch", None, "urgent"),
    ("Nah im good. Redd up the whole kitchen today even", "symptom_check", "ok"),
    ("its red around the cut", None, "urgent"),
    ("No. Orioles stunk last night but I'm fine", "symptom_check", "ok"),
    ("the dressing stunk when I took it off", None, "urgent"),
    (
        ("just a little scab now where the tube was, no drainage, no headache"),
        "after_trial_check",
        "ok",
    ),
    (
        ("no fevers. Do I still take the gabapentin with this pump or stop it"),
        "symptom_check",
        "routine",
    ),
    ("the pump stopped, it wont stop beeping", None, "urgent"),
    ("Is it normal to feel kinda itchy all over? pain is a 4", "trial_check", "routine"),
    (
        ("Is it normal to still have the sticky tape marks? Otherwise fine"),
        "after_trial_check",
        "routine",
    ),
    ("the dressing is stinky", None, "urgent"),
    ("Spa was 39 last night and I didn't go in, promise 😇 No fever", "symptom_check", "ok"),
    (
        ("Can I get in the spa yet? Ours runs at 38, the missus reckons I should ask first"),
        None,
        "routine",
    ),
    ("temp 38.9 last night", None, "urgent"),
    ("the wound is red and hot", None, "urgent"),
    (
        (
            "Felt chilly Monday night but that was the aircon on full blast, temp "
            "was normal, fine since"
        ),
        "symptom_check",
        "ok",
    ),
    ("chills and shaking tonight", None, "urgent"),
    (
        ("im fine but where do i park for the follow up, that garage confusing"),
        "first_check_in",
        "routine",
    ),
    ("he is confused and talking nonsense", None, "emergency"),
    ("she keeps confusing me with her sister since the surgery", None, "emergency"),
    ("7 but that's better than the 9 i came in with", "trial_check", "ok"),
    ("9 today", "trial_check", "urgent"),
    (
        (
            "Nope none of that. Question tho, the smoke is real bad here in Sac, "
            "should I wear a mask on walks or stay in?"
        ),
        "symptom_check",
        "routine",
    ),
    (
        ("None. The smoke from the fires is bad today so just staying inside and reading"),
        "symptom_check",
        "ok",
    ),
    (
        ("Site looks good, no leaking. The headache I had when standing is gone since tuesday"),
        "after_trial_check",
        "ok",
    ),
    ("Site looks good. The headache when standing is still there", "after_trial_check", "urgent"),
    (
        (
            "Is it normal for the pump to feel hard under the skin? doesn't hurt, "
            "no redness, just feels weird"
        ),
        "symptom_check",
        "routine",
    ),
    ("there's a hard red lump by the pump", None, "urgent"),
    ("None. Hot springs trip is off til the doc says so, don't worry 😄", "symptom_check", "ok"),
    ("all good here, just rainy and gray like always 🌧", "symptom_check", "ok"),
    ("his lips look gray", None, "emergency"),
    ("night sweats and chills", None, "urgent"),
    (
        (
            "Just wanted to say thank you to Dr and the nurses, my mom is walking "
            "around the house already"
        ),
        None,
        "ok",
    ),
    ("Dios los bendiga doctores ya duermo toda la noche", None, "ok"),
    ("nope, all quiet on the western front", "symptom_check", "ok"),
    (
        (
            "Nothin to report. Sittin here watchin the Steelers lose again, thats "
            "the only pain I got"
        ),
        "symptom_check",
        "ok",
    ),
    ("No fever. No redness. No swelling. Pain is less. Happy?? 😂", "symptom_check", "ok"),
    (
        (
            "Im alright. Neighbor Marie checks on me every mornin and she says I "
            "look better than her"
        ),
        "first_check_in",
        "ok",
    ),
    (
        ("All good. Wooder's cold, beer's colder, just kiddin I'm not drinkin on the meds"),
        "symptom_check",
        "ok",
    ),
    ("Doin alright. Tired but thats the pills. No fever", "first_check_in", "ok"),
    ("Not too bad thanks, tad sore but on the mend", "first_check_in", "ok"),
    ("Not a sausage", "symptom_check", "ok"),
    ("Sore where they cut but no more than expected, no temp, no redness", "first_check_in", "ok"),
    ("Nah mate", "symptom_check", "ok"),
    ("I'm right thanks. Bit stuffed but that's the drugs", "first_check_in", "ok"),
    ("No worries at all", "symptom_check", "ok"),
    ("No fever, no swelling, no redness, pain no worse", "symptom_check", "ok"),
    ("Bit average today but nothing you asked about. Just tired", "first_check_in", "ok"),
    ("Feeling 100 lol", "first_check_in", "ok"),
    (
        ("none of those. My grandson has a fever though so we're keeping him away from me lol"),
        "symptom_check",
        "ok",
    ),
    ("Better, thanks. Pain meds are working", "first_check_in", "ok"),
    ("k", "symptom_check", "routine"),
    ("k", "first_check_in", "routine"),
    ("ok", "first_check_in", "ok"),
    ("bien. Me puedo subir a la troca o todavia no", "first_check_in", "routine"),
    (
        ("All good. What's the number for the after hours line again, just in case"),
        "symptom_check",
        "routine",
    ),
    ("Sd bbbbbn", "symptom_check", "routine"),
    ("that medicine confused him bad, he doesnt know where he is", None, "emergency"),
    ("my wife had a fever and now I have one too, 101", None, "urgent"),
    ("My husband has had a fever two days now, 101.5, I never caught it thank god", None, "urgent"),
    ("my dog is fine but my incision is red and swollen", None, "urgent"),
    ("hubby has the flu and now I have chills too", None, "urgent"),
    ("his lips are gray and hes not responding", None, "emergency"),
    ("no puede contestar, esta bien dormido y no despierta", None, "emergency"),
    ("dolor 8 hoy, ayer me dolia menos", None, "urgent"),
    ("7, it was 5 yesterday", "trial_check", "urgent"),
    ("the pump area is hard and red", None, "urgent"),
    ("sweating a lot at night and chills", None, "urgent"),
    ("pain is worse, no fever", "symptom_check", "urgent"),
]


@pytest.mark.parametrize(("text", "answering", "level"), CASES)
def test_reply_is_read_at_its_level(text: str, answering: str | None, level: str) -> None:
    assert triage(text, answering=answering).level.value == level
