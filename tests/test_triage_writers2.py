"""Round 10 of issue 11: a nurse's charting, a drowsy patient, voice dictation, a chatty patient.

Each table holds one mechanism; the rows are general forms of it, not the tuning sets' lines.
"""

from __future__ import annotations

import pytest

from bot.triage import Level, triage

OK, ROUTINE, URGENT, EMERGENCY = Level.OK, Level.ROUTINE, Level.URGENT, Level.EMERGENCY


# Dictated punctuation ("period", "question mark") is punctuation, not words; "my period" is not.
@pytest.mark.parametrize(
    ("answering", "text", "level"),
    [
        ("symptom_check", "no I don't have any of those period", OK),
        ("symptom_check", "doing fine period no fever period", OK),
        (None, "can I shower yet question mark", ROUTINE),
        (None, "fever of one oh two period", URGENT),
        (None, "I have a fever comma and the incision is red exclamation point", URGENT),
    ],
)
def test_dictated_punctuation(answering: str | None, text: str, level: Level) -> None:
    assert triage(text, answering=answering).level is level


# A question about what a sign word means is a question, not the sign.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("what do you mean by redness?", ROUTINE),
        ("what does swelling mean", ROUTINE),
        ("what is this redness?", URGENT),
        ("whats 0-10 mean", ROUTINE),
        ("fine. do i still need the stockings", ROUTINE),
    ],
)
def test_questions_about_words_and_unmarked_questions(text: str, level: Level) -> None:
    assert triage(text, answering="symptom_check").level is level


# Chart shorthand: HA (capitals only), s/s, C/D/I, afebrile, WNL, "neg for" a list, "x4".
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("No HA, afebrile.", OK),
        ("Neg for HA, fever, leak.", OK),
        ("Denies fever, chills, redness.", OK),
        ("No s/s infection. Incision C/D/I.", OK),
        ("All WNL. Thanks.", OK),
        ("Negative x4.", OK),
        ("Afebrile x 72h, pain trending down.", OK),
        ("VSS, pain well managed.", OK),
        ("HA when upright, gone lying down", URGENT),
        ("ha ha, I'm fine", OK),
        ("+ HA and fever 101", URGENT),
    ],
)
def test_chart_shorthand(text: str, level: Level) -> None:
    assert triage(text, answering="symptom_check").level is level


# A dropped g and clipped words: "nothin", "gettin", "betr".
@pytest.mark.parametrize(
    "text", ["nah nothin like that", "gettin better slow but gettin", "betr every day", "all godo"]
)
def test_clipped_spellings_of_good_news(text: str) -> None:
    assert triage(text, answering="symptom_check").level is OK


# Signs read off a leaflet, then denied as a list: "fever, chills, redness - none of those".
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The sheet says fever, chills, redness, drainage - none of those.", OK),
        ("fever, chills, wound drainage, severe headache. I have none.", OK),
        ("fever, chills, redness, swelling... and I have none of them!", OK),
        ("fever, chills, redness: none of the above", OK),
        ("fever and chills, none of the tylenol helps", URGENT),
        ("fever, chills. none of the meds work", URGENT),
    ],
)
def test_a_list_of_signs_denied_after_it(text: str, level: Level) -> None:
    assert triage(text).level is level


# Signs told plainly in other words: a nosebleed that has not stopped, a wet spot, dehiscence.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the nosebleed from this morning still hasn't stopped, over an hour now", EMERGENCY),
        ("bleeding from the incision hasn't stopped", EMERGENCY),
        ("a wet spot on my shirt every morning where the catheter was", URGENT),
        ("kind of clear and watery on the bandage", URGENT),
        ("no wet spots on the dressing", OK),
        ("Distal 1 cm of incision has dehisced.", URGENT),
    ],
)
def test_signs_told_in_other_words(text: str, level: Level) -> None:
    assert triage(text).level is level


# "Not bad" said of pain is reassurance; a sign over and done later in the sentence eases it.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Pain isn't bad at all.", OK),
        ("pain not too bad today", OK),
        ("the pain is bad", URGENT),
        ("I had a headache Tuesday but that was from the noise, and it's long gone.", OK),
        ("had some leaking the first day but it stopped and it's been dry for a week", OK),
        ("I was worried about the swelling but it's gone down completely today", OK),
        ("had a fever yesterday but it went away, now it's back", URGENT),
        ("had a fever but it went away and now there is redness", URGENT),
        ("the swelling but it isn't gone", URGENT),
    ],
)
def test_not_bad_and_over_later_in_the_sentence(text: str, level: Level) -> None:
    assert triage(text).level is level


# Questions that ask nothing ("can you believe it?", "did you know...?", "maybe 4?"), thanks
# passed on ("please tell her thank you") and ordinary words that only look like a sign.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("It's a 2! Can you believe it? No fever, no leaks.", OK),
        ("Everything's fine. Did you know my granddaughter is getting married? No fever.", OK),
        ("It's 104 outside, can you believe this heat?? No fever here, just the weather.", OK),
        ("Lower today, maybe 4? Nothing leaking.", OK),
        ("doing alright. the nurse was so sweet, please tell her thank you", OK),
        ("doing fine, can I drive?", ROUTINE),
        ("please call me, thank you", ROUTINE),
        ("Doing well. The casserole was delicious.", OK),
        ("I'm fine. The ride home was bumpy. No fever.", OK),
        ("Site healing by primary intention. No HA.", OK),
        ("he's delirious", EMERGENCY),
        ("feels lumpy by the pump", URGENT),
    ],
)
def test_chit_chat_questions_and_look_alike_words(text: str, level: Level) -> None:
    assert triage(text, answering="symptom_check").level is level


# On opioids a bare "sleepy" in a reply that says all is well is tiredness; with a refill,
# breathing, meds or "very" it stays a red flag. Soreness in an answer that denies the signs
# is no reason to call.
@pytest.mark.parametrize(
    ("answering", "text", "level"),
    [
        ("symptom_check", "👍 sleepy", OK),
        ("symptom_check", "im alright. no fever. sleepy but ok", OK),
        ("symptom_check", "no fever... no nothing. just sleepy", OK),
        (None, "sleepy", URGENT),
        ("symptom_check", "fine, sleepy since the refill", URGENT),
        ("symptom_check", "doing ok, a bit sleepy from the meds but fine", URGENT),
        ("symptom_check", "very sleepy", EMERGENCY),
        ("symptom_check", "Sore but doing okay, no fever.", OK),
        ("symptom_check", "I feel good, a bit sore but no more than expected, no fever.", OK),
        (None, "I'm okay. Sore but okay", ROUTINE),
    ],
)
def test_sleepy_and_sore_beside_good_news(answering: str | None, text: str, level: Level) -> None:
    assert triage(text, answering=answering).level is level


# Scores as a range ("5/10 at worst"), distances ("1/2 mile"), "no one was hurt", a faint
# from the shock, and "nobody can wake her" (a negated subject is still an emergency).
@pytest.mark.parametrize(
    ("answering", "text", "level"),
    [
        ("trial_check", "Pain 5/10 at worst, 2/10 at rest. No HA.", OK),
        (None, "pain is at its worst today", URGENT),
        ("symptom_check", "progressing well, walking 1/2 mile daily now. No complaints.", OK),
        ("symptom_check", "Pain 4/10 unchanged. Afebrile, no positional HA, site dry.", OK),
        (
            "symptom_check",
            "No redness. Big storm, the lights went out; thank goodness no one was hurt.",
            OK,
        ),
        ("symptom_check", "Doing so much better. He almost fainted from the shock ha!", OK),
        (None, "I almost fainted this morning", EMERGENCY),
        (None, "nobody can wake her", EMERGENCY),
        (None, "no one can wake him up", EMERGENCY),
    ],
)
def test_ranges_distances_and_subjects(answering: str | None, text: str, level: Level) -> None:
    assert triage(text, answering=answering).level is level


# A plain "no" (dictated "know") followed by chit-chat in later sentences is an answer; an
# unknown word said of someone still goes to a nurse. "I only..." is no turn; "the same as
# always" turns to nothing new.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("know", OK),
        ("Nothing new. My husband's friend from the VFW brought us a pie.", OK),
        ("nope. he seems kinda xyzzy", ROUTINE),
        ("nope he seems kinda loopy", EMERGENCY),
        ("Four, same as before. I only watched, don't worry!", OK),
        ("Doing great except for my bad hip, which is the same as always. No fever.", OK),
        ("doing ok but hes been kinda xyz", ROUTINE),
    ],
)
def test_answers_then_chit_chat(text: str, level: Level) -> None:
    assert triage(text, answering="symptom_check").level is level


# A thermometer in the hot tub measures the water; "staying out of it" is no confusion.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Hot tub thermometer read 102. No fever here.", OK),
        ("Hot tub thermometer read 102, I'm staying out of it. No fever here, incision dry.", OK),
        ("thermometer read 102", URGENT),
        ("the pool thermometer says 85, my thermometer says 101", URGENT),
        ("he seems out of it", URGENT),
    ],
)
def test_the_water_thermometer_and_staying_out_of_it(text: str, level: Level) -> None:
    assert triage(text).level is level


# Pain that is steady, or "there but not worse", answers the check-in's "more pain?" with a no.
@pytest.mark.parametrize(
    ("answering", "text", "level"),
    [
        ("symptom_check", "pain is for today same as before period", OK),
        ("symptom_check", "pain is the same as before", OK),
        ("symptom_check", "pain is there but not worse. same ole", OK),
        (None, "pain is the same", ROUTINE),
        (None, "pain not worse but fever", URGENT),
        ("symptom_check", "pain is the same but now there's redness", URGENT),
    ],
)
def test_steady_pain_answers_the_check_in(answering: str | None, text: str, level: Level) -> None:
    assert triage(text, answering=answering).level is level


# Sign words used as ordinary words: a faint noise, an unknown number, sweat in the heat, "ha!".
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Who is this? I don't recognize this number.", ROUTINE),
        ("he doesn't recognize me", EMERGENCY),
        ("The brace makes me sweat like a pig in this heat, can I take it off?", ROUTINE),
        ("sweating a lot with chills", URGENT),
        ("All fine! The only thing swollen around here is my ego, ha!", OK),
        ("I feel faint", EMERGENCY),
        ("a faint line of redness by the scar", URGENT),
    ],
)
def test_sign_words_used_otherwise(text: str, level: Level) -> None:
    assert triage(text, answering="symptom_check").level is level


# A sign in a story on screen ("the show where the man had a seizure") is not the patient's;
# "watching tv when he had a seizure" is.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("We watched that hospital show where the man had a seizure. No headache.", OK),
        ("we were watching tv when he had a seizure", EMERGENCY),
        ("I was watching a movie and had a seizure", EMERGENCY),
        ("the show where the guy can't breathe, anyway I can't breathe", EMERGENCY),
    ],
)
def test_a_story_on_screen(text: str, level: Level) -> None:
    assert triage(text, answering="symptom_check").level is level
