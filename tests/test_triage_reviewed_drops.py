"""Red flags that rules meant to set a sign aside once dropped, found by reviews of issue 11's
third to seventh and eighth to tenth rounds: each must still reach a nurse (or 911) at least
at the level given.

Each line is what a patient or a relative could send; the rule that dropped it is named.
"""

from __future__ import annotations

import pytest

from bot.triage import Level, triage

EMERGENCY, URGENT = Level.EMERGENCY, Level.URGENT

CASES = [
    # "hace mucho" is "it's very (hot)" as often as "long ago"
    ("hace mucho calor y no puedo respirar bien", EMERGENCY),
    ("Me desmaye y hace mucho calor aqui", EMERGENCY),
    ("Hace mucho rato que no puedo mover las piernas", EMERGENCY),
    ("tengo fiebre de 39 y hace mucho calor aqui", URGENT),
    # a leaflet, a search or "side effects" earlier in the reply quotes nothing after a pause
    ("No fever. Maybe side effects from the new dose, can't feel my legs and can't pee", EMERGENCY),
    ("Is it a side effect of the morphine, he's so sleepy and his breathing is slow", EMERGENCY),
    ("I think these are side effects, face and lips swelling up and throat tight", EMERGENCY),
    ("He ran out of the paper towels, blood soaking through the dressing won't stop", EMERGENCY),
    ("read on facebook about this, leg weakness and lost control of my bladder", EMERGENCY),
    ("saw on google this could be serious, fever 102 and stiff neck", EMERGENCY),
    ("Not sure if it's a side effect, fever 102 and shaking chills", URGENT),
    # an opening "Fine." is no proof the writer is the patient
    ("Fine. My wife passed out after her dose", EMERGENCY),
    ("Ok. My husband has a fever and chills tonight", URGENT),
    # a spouse, parent or grandparent may be the patient, whoever else is fine
    ("Grandpa passed out in the kitchen, Grandma is fine", EMERGENCY),
    ("Mom passed out. Jim is fine.", EMERGENCY),
    ("Mama tiene fiebre y escalofrios, papa esta bien", URGENT),
    ("Dad has had chills and a fever all day. Jen said she is fine to drive him in", URGENT),
    ("My husband can't feel his legs since this morning. The kids and I are fine.", EMERGENCY),
    ("My husband has a fever of 102, I'm so worried nothing is helping", URGENT),
    ("Patient says she's fine. I'm her husband and the cut on her back is red and hot", URGENT),
    # getting worse is not "I've been worse"
    ("It's been a lot worse the last two days", URGENT),
    # a yes is a yes, whatever follows the full stop
    ("Yes a little. Better than yesterday though", URGENT),
    ("Si un poco, mejor que ayer", URGENT),
    ("Yes thank you", URGENT),
    # "down" says where the pain goes as often as that it eases
    ("pain down my leg is 9/10", URGENT),
    ("Severe pain going down both legs", URGENT),
    ("the pain is back as it was before the trial", URGENT),
    # blue lips beside a bruise are blue lips
    ("lips are a bit purple, bruising where the pump is", EMERGENCY),
    # confused people, not a writer who confused them
    ("My mom is so confused yall she has a fever", EMERGENCY),
    # heart rate and miles are not hours
    ("Temp 102 hr 120", URGENT),
    ("Tiene 39.5 mi papa", URGENT),
    ("Temp was 102.8 out of nowhere", URGENT),
    # the pump's alarm, not an airport's
    ("My pump set off an alarm last night", URGENT),
    # a month gone by does not make a sign long past
    ("Pump was put in back in March and the site is red and leaking now", URGENT),
    ("back in january I had a fever and it's still going", URGENT),
    # the pump is never a thing that holds someone else's sign
    ("lo que esta pitando es la bomba", URGENT),
    # Caribbean "nuh" is "not", and the rules for "not breathing right" read it
    ("she nuh breathing right", EMERGENCY),
    ("him nah stop bleed", EMERGENCY),
    ("my baby can't breathe right and his lips are blue", EMERGENCY),
    ("No fever, but he's very zonked out today", URGENT),
    # review of rounds 8 to 10: capitalised words, real words one letter from a sign
    ("Sarah Fainted at church", EMERGENCY),
    ("Dad Collapsed in the bathroom", EMERGENCY),
    ("He seized twice this morning", EMERGENCY),
    ("I almost feint when I stood up", EMERGENCY),
    # "can't swallow" beside pills is still a swallowing sign unless the pills are just big
    ("No puedo tragar las pastillas ni el agua", EMERGENCY),
    ("She can't swallow her medication or even water", EMERGENCY),
    ("Sweating bullets and shaking, the pump ran out", EMERGENCY),
    ("She slumped off the couch onto the floor", EMERGENCY),
    ("Se bebió demasiado jarabe de morfina", EMERGENCY),
    # "negative" after a test is the test's result, not a denial of the sign after it
    ("Covid test came back negative fever and chills still", URGENT),
    ("Flu test negative headache worse standing", URGENT),
    # "never came down", "now gone up to my ribs": the sign stays
    ("The swelling never came down", URGENT),
    ("The redness never started going away, it's spreading", URGENT),
    ("La fiebre nunca llegó a bajar", URGENT),
    ("Redness now gone up to my ribs", URGENT),
    ("Swelling around pump now gone bigger", URGENT),
    ("La hinchazón ahora ya llega hasta la espalda", URGENT),
    ("El dolor de cabeza ahora ya no me deja pararme", URGENT),
    # "not getting his fever down" is a fever that stays
    ("We are not getting his fever down", URGENT),
    ("I'm not getting the swelling to go down with ice", URGENT),
    # a caregiver's "doing good" is not the patient's
    ("Doing good. Hubby has a fever of 101 and chills", URGENT),
    ("Feeling better, hubby has a fever of 101", URGENT),
    ("Estoy mejor, pero mi esposo tiene fiebre de 38.5 y escalofríos", URGENT),
    # what the patient has after a leaflet's list is the patient's
    (
        "The instructions said some redness is normal, the incision is very red and spreading",
        URGENT,
    ),
    ("The paper said call if it gets red or swollen, the site is red and swollen and warm", URGENT),
    ("Instructions say call if leaking, there's clear fluid leaking by the pump", URGENT),
    ("El papel dice fiebre, rojo, hinchado y la herida esta roja e hinchada", URGENT),
    ("Woke up and the sheet was soaked, clear fluid leaking from the incision", URGENT),
    # "X is the only thing ..." of the patient's own body
    ("My head is the only thing that hurts, bad when I stand, fine lying down", URGENT),
    ("My legs are the only thing numb", URGENT),
    ("Mi panza es lo único hinchado y está roja", URGENT),
    # numbers
    ("Pain at 10 4 days in a row now", URGENT),
    ("I'm at 102 out here at camp", URGENT),
    ("There's stuff coming out of it, yellow", URGENT),
]


@pytest.mark.parametrize(("text", "at_least"), CASES)
def test_a_red_flag_is_not_set_aside(text: str, at_least: Level) -> None:
    found = triage(text, answering="symptom_check")
    assert found.level.rank >= at_least.rank, (found.level, found.findings)


def test_a_rise_told_as_from_0_to_10_is_a_rise() -> None:
    found = triage("went from 0 to 10 in seconds", answering="trial_check", last_pain=3)
    assert found.level.rank >= URGENT.rank, found.findings
