"""Found while tuning on round 68's released sets (FFFF) and in a review of the whole change
since f37e9ad. FFFF3's missed red flag: "new tingly numbness down my good leg" read as ok, as
if "good" said the numbness had eased (and "swelling in my good leg" with it). Good news read
as a red flag: "Susan", "Ann Arbor" and "2 inches" taken for misspelled signs, "10 yrs" for a
score, "no entiendo lo del 0 al 10", "on a bad day", "Hard on crutches", a heating pad's
warmth, a brace hot in the weather, "go to sweat this weekend", "the little blue clip", "le
contesto por mi mama". (A leaflet's list "en el papelito" stays a red flag: the fix the
review saw read the patient's own fever as quoted.) The review's finds, each a red
flag the last rounds' rules read lower: "7 eleven days after", swelling "down from yesterday
to my ankle", Tagalog with "ay", another device's alarm "no wait it was the implant", "going
into the sweats at night", "I'm incontinent", a fear over a sign "thought gone" that came
back, "salí del hospital muy mal", "I past out getting into bed". Beside each, the red flag
it must not hide."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # FFFF3's miss and its kin: "good" before a body part is not the sign eased
    ("new tingly numbness down my good leg since this morning", "symptom_check", None, "urgent"),
    ("swelling in my good leg", None, None, "urgent"),
    ("redness on my good side", None, None, "urgent"),
    ("incision good, no redness", "symptom_check", None, "ok"),
    # words taken for misspelled signs
    ("Mom is doing well, no fever, eating good. - Susan", "symptom_check", None, "ok"),
    ("Susan has a fever", None, None, "urgent"),
    ("Got 2 inches shorter over the years but I feel great, thank you", None, None, "ok"),
    ("it itches where the pump is", None, None, "routine"),
    # a length of time, not a score
    (
        "no fever. my usual aches in the spine are there but they've been there 10 yrs",
        "symptom_check",
        None,
        "ok",
    ),
    ("pain 8 in my back today", "symptom_check", None, "urgent"),
    # the scale named, not a score
    ("no entiendo lo del 0 al 10", "trial_check", None, "routine"),
    ("no entiendo lo del 0 al 10, hoy es un 9", "trial_check", None, "urgent"),
    # "on a bad day": the usual worst, not today
    (
        "about a 5 on a bad day, 3 today. nothing leaking, no headaches, no fever",
        "trial_check",
        None,
        "ok",
    ),
    ("8 on a bad day like today", "trial_check", None, "urgent"),
    # hard going, not a hard lump
    ("Is there handicap parking close to the new clinic? Hard on crutches", None, None, "routine"),
    ("hard on the left side of the incision", None, None, "urgent"),
    # an ordinary heat
    ("No fever no swelling. Back's warm from my heating pad is all", "symptom_check", None, "ok"),
    (
        "Pretty good. The back brace is hot in this weather but I wear it",
        "first_check_in",
        None,
        "ok",
    ),
    ("my back is hot in this weather", None, None, "urgent"),
    # a sweat lodge, and sweats that are withdrawal
    ("can I go to sweat this weekend or is it too soon", "after_trial_check", None, "routine"),
    ("I keep going into the sweats at night since they turned my pump down", None, None, "urgent"),
    ("every night I go into the sweats", None, None, "urgent"),
    ("going into the sweats on and off", None, None, "urgent"),
    # a blue thing, not a blue face
    (
        "fine, what do I do with the little blue clip they gave me",
        "after_trial_check",
        None,
        "routine",
    ),
    ("he is blue", None, None, "emergency"),
    # a leaflet's list, and the sign had after it
    (
        "lei el papelito que me dieron con lo de fiebre, pus y todo eso y sí tengo pus",
        None,
        None,
        "urgent",
    ),
    # answering now, for her
    (
        "Le contesto por mi mama porque no sabe usar el celular: dice que esta bien, sin fiebre",
        "first_check_in",
        None,
        "ok",
    ),
    ("le contesto mas tarde", None, None, "routine"),
    # the review's finds
    ("Pain is at 7 eleven days after the implant", "symptom_check", 4, "urgent"),
    ("went from 3 to 7 eleven hours after the catheter went in", "trial_check", 3, "urgent"),
    ("walked to the 7-eleven and back, no fever", "symptom_check", None, "ok"),
    ("swelling down from yesterday to my ankle", None, None, "urgent"),
    ("swelling down from yesterday, now its all the way to my ankle", None, None, "urgent"),
    ("swelling down from last week", "symptom_check", None, "ok"),
    ("Ang labi niya ay nangingitim", None, None, "emergency"),
    ("Ang leeg niya ay matigas, may lagnat po siya", None, None, "emergency"),
    ("Ang leeg ni nanay ay matigas", None, None, "urgent"),
    ("Hindi ko na po maramdaman ang mga binti ko", None, None, "urgent"),
    ("ang hirap niyang gisingin", None, None, "emergency"),
    ("My Libre alarm went off, no wait it was the implant", None, None, "urgent"),
    ("CGM alarm went off at 3am, turns out it was the thing in my abdomen", None, None, "urgent"),
    ("the ice pad is leaking and so is my back, sheets are wet", None, None, "urgent"),
    ("bladder medication not helping, I'm incontinent since last night", None, None, "emergency"),
    ("No bladder control concerns, all good", "symptom_check", None, "ok"),
    ("scared its a fever but dont know.", None, None, "urgent"),
    ("I thought the fever broke but no, it's back", None, None, "urgent"),
    ("crei que la fiebre ya se habia ido pero no, volvio", None, None, "urgent"),
    ("pensé que era fiebre por lo de la bomba ayer pero no tengo termometro", None, None, "urgent"),
    ("was worried about a fever but no.", "symptom_check", None, "ok"),
    ("May tubig na lumalabas sa sugat niya, nilagyan ko ng ice", None, None, "urgent"),
    ("I past out getting into bed", None, None, "emergency"),
    ("salí del hospital muy mal", None, None, "urgent"),
    ("Checked my vitals, no pulse problems, BP good", None, None, "routine"),
    # a sign not noticed "until today" is there now (it was read as denied)
    ("didnt notice the redness until today", None, None, "urgent"),
    ("I didn't notice the swelling till this morning", None, None, "urgent"),
    ("no redness, I wont change the dressing until friday", "symptom_check", None, "ok"),
    # Spanish "hasta" is "until" only before a time: "ya hasta sali a caminar" is "even"
    ("no tenia fiebre hasta hoy, ahora 38.5", None, None, "urgent"),
    ("I'm good, nada de fiebre, ya hasta sali a caminar", "symptom_check", None, "ok"),
    # a dressing that "keeps getting wet" tells; "can the dressing get wet" asks
    ("dressing keeps getting wet with something clear, not blood", None, None, "urgent"),
    ("can the dressing get wet", None, None, "routine"),
    # "even" between a negator and a sign
    ("didnt even notice the redness until today", None, None, "urgent"),
    # the heat in a truck cab or out on the patio is the weather's
    (
        "Im ok. it was 104 in the truck cab today so I stayed inside lol",
        "first_check_in",
        None,
        "ok",
    ),
    # read by a rule since round 71 ("he was" before a temperature), as "hes 104" is: 104 is a
    # very high fever
    ("he was 104 in the truck", None, None, "emergency"),
    ("I'm 102 out on the porch", None, None, "urgent"),
    # a scratchy throat, a Shoshone thank-you
    (
        "no fever nothing. my throat is scratchy from the acid like usual",
        "symptom_check",
        None,
        "ok",
    ),
    ("throat is scratchy and swelling shut", None, None, "emergency"),
    ("just want to say the nurses were real good to me. aishen", None, None, "ok"),
    # the round's safety review: red flags the first draft lowered
    ("Moms incision is hard on her left side, like a ridge", "symptom_check", None, "urgent"),
    (
        "el papelito dice que llame si hay fiebre o pus, y amaneci con fiebre de 38.7",
        "symptom_check",
        None,
        "urgent",
    ),
    (
        "la hojita dice escalofrios y fuga de liquido, anoche con escalofrios toda la noche",
        "after_trial_check",
        None,
        "urgent",
    ),
    ("la hojita dice pus o enrojecimiento y ahorita le salio pus", None, None, "urgent"),
    ("pain 9 yrs old grandson jumped on my lap", "trial_check", 4, "urgent"),
    ("pain 9 wk 2 post implant", "trial_check", 5, "urgent"),
    ("day 3, pain 4", "trial_check", 5, "ok"),
    ("pain 0-10 in seconds when I stand, I dont understand", None, 3, "urgent"),
    ("No entiendo, de 0 a 10 de la noche a la mañana", None, 2, "urgent"),
    ("I lost bladder control worried its the pump", None, None, "emergency"),
    ("lost my bladder control changes everything, cant leave the house", None, None, "emergency"),
    ("I past out in the bathroom lol scared my wife", None, None, "emergency"),
    ("he past out for a sec haha now hes ok", None, None, "emergency"),
    ("Hindi ko talaga maramdaman ang binti ko", None, None, "urgent"),
    ("Hindi nya daw maramdaman ang paa nya since kagabi", None, None, "urgent"),
    ("hindi ko masyado maramdaman yung paa ko", None, None, "urgent"),
    ("they lowered my dose friday and i went into the sweats on saturday", None, None, "urgent"),
    ("is it ok to go in the sweat this weekend? its for my nephew", None, None, "routine"),
    # the second part of the review: more the draft lowered
    ("took his temp, it was 102 in the car", None, None, "urgent"),
    ("it was 100.5 in the car when I checked her forehead", None, None, "urgent"),
    ("Le tome la temperatura, it was 101 in the car", None, None, "urgent"),
    ("pain all week 9", None, 5, "urgent"),
    ("it gets to 7 on a bad night, last night was 9 and still 9 this morning", None, 7, "urgent"),
    ("thought it was the store alarm but it was my pump", None, None, "urgent"),
    ("no bowel control worried sick about him", None, None, "emergency"),
    ("no bladder control concerns me the most, started after the refill", None, None, "emergency"),
    (
        "since yesterday dad has no bowel control changes his diaper 4 times already",
        None,
        None,
        "emergency",
    ),
    ("I cant find her pulse issues waking her up too", None, None, "emergency"),
    ("cant find his pulse trouble is he is cold and grey", None, None, "emergency"),
    ("el dolor anoche del 0 al 10", None, 4, "urgent"),
    # and two it found that were missed before
    ("hes blue", None, None, "emergency"),
    ("leeg ni tatay matigas, mainit siya", None, None, "emergency"),
    ("mainit ngayon, pero ok ako", "symptom_check", None, "ok"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
