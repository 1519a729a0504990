"""Round 32's red flags read low on its one measure, now released: Filipino-American families
writing Taglish (VV2) told redness, swelling, a positional headache and fluid coming out in
Tagalog words no rule knew ("namumula", "namamaga", "nakahiga", "lumalabas na tubig"), and
the triage read the Tagalog linker "na" as "nah" ("tigil na dumudugo" denied the bleeding).
The round's safety review removed Tagalog negation ("hindi", "wala", "walang" as "not" and
"no"): it hid fainting, bleeding and chest pain told after "Hindi po"; so "walang lagnat" is
still read as a fever. Beside them, the counter-cases that keep their level: the Caribbean "na"
for "nada" ("no hay na rojo"), and words a loose spelling match must not take for the new ones
("Mount Sinai", "Málaga")."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # the signs, in Tagalog
    ("no fever pero namumula yung paligid ng tape, itchy din", "after_trial_check", None, "urgent"),
    ("may bukol sa may pump, namamaga at parang lumalaki", "symptom_check", None, "urgent"),
    (
        "headache po everytime I get up, gone pag nakahiga. since yesterday",
        "after_trial_check",
        None,
        "urgent",
    ),
    ("4. pero may lumalabas na tubig sa dressing, clear", "trial_check", 5.0, "urgent"),
    ("nilalagnat si lola, 38.5", "symptom_check", None, "urgent"),
    ("hindi makahinga si tatay", "symptom_check", None, "emergency"),
    ("hirap huminga si lola", "symptom_check", None, "emergency"),
    ("nahimatay si nanay kanina", "symptom_check", None, "emergency"),
    # the linker "na" denies nothing; bleeding that will not stop is an emergency
    ("walang tigil na dumudugo yung sugat", "symptom_check", None, "emergency"),
    ("hindi tumitigil ang dugo sa may pump", "symptom_check", None, "emergency"),
    # "hindi", "wala" and "na" beside a red flag deny nothing (the review's cases; Tagalog
    # denials such as "walang lagnat" are read as the sign until a safe reading is found)
    ("Hindi po I fainted kanina", "symptom_check", None, "emergency"),
    ("hindi po the bleeding won't stop", "symptom_check", None, "emergency"),
    ("Hindi siya magising, si lolo", "symptom_check", None, "emergency"),
    ("Wala po. Masakit ang dibdib ko", "symptom_check", None, "emergency"),
    ("gusto ko nang mamatay", "symptom_check", None, "emergency"),
    # the Caribbean "na" is still "nada"; near spellings are not the new words
    ("bien mi amor, no hay na rojo ni mojao", "symptom_check", None, "ok"),
    (
        "Much better than before surgery. Bernie had his done at Mount Sinai, he's jealous",
        None,
        None,
        "ok",
    ),
    ("Bien, con ganas de volver a Málaga este verano. Nada de fiebre", "symptom_check", None, "ok"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
