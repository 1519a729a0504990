"""Found while tuning on round 66's released sets (DDDD): a walk "to the 7-eleven" read as a
pain score of 7; "swelling down from last week" and "pero hoy ya se me quito" not read as
easing; a "throat tickle" and "the steam helps my chest" kept at least urgent by the backstop;
a feared fever "but the thermometer said 98.9"; "el termometro marco 37" read as "mareo";
"or is bending over bad" and "the food at the hospital was bad lol" read as the patient's
"bad"; "hardly any pain" not good news; "no fever. Ill text you" read as ill; "the 0-10 thing"
read as a score rising from 0 to 10; an insulin pump's, a CGM's or an ice machine's beeping
read as the pain pump's alarm, and an ice machine pad's leak as drainage. Also the whole
session review's Tagalog misses of round 66 ("hinihingal", "nangingitim ang labi", "matigas
ang leeg", "hirap gisingin", "tubig na lumalabas", "mainit ang katawan", "wala pong lagnat"
read as a fever),
and two old misses found on the way: "no pain relief" read as no pain, and "it was getting
infected but it's not going away" read as gone. Beside each, the red flag it must not hide."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    ("3 or 4. Walked to the 7-eleven and back without stopping!", "trial_check", 5, "ok"),
    ("went to the 7 eleven, pain 8", "trial_check", 5, "urgent"),
    ("no fever. no redness. swelling down from last week", "symptom_check", None, "ok"),
    ("swelling down from my knee to my ankle", "symptom_check", None, "urgent"),
    (
        "nope. same old throat tickle from the blood pressure pill, nothing different",
        "symptom_check",
        None,
        "routine",
    ),
    ("my throat feels tight", None, None, "emergency"),
    (
        "hotub ok? the water is like 102 and the steam helps my chest",
        "symptom_check",
        None,
        "routine",
    ),
    ("chest feels heavy", None, None, "emergency"),
    (
        "Doing fine. Had a scare thinking I was running a fever but the thermometer said 98.9",
        "first_check_in",
        None,
        "ok",
    ),
    ("worried about a fever but the thermometer said 100.5", None, None, "urgent"),
    ("pense que tenia fiebre pero el termometro marco 37.2", None, None, "ok"),
    ("el termometro marco 39", None, None, "urgent"),
    ("me siento Marco y con náuseas desde ayer", "symptom_check", None, "urgent"),
    ("scared its getting red but no pus", None, None, "urgent"),
    ("i thought i had a fever but no thermometer", None, None, "urgent"),
    ("I was scared I'd pass out after the refill but nope, feeling normal", None, None, "ok"),
    (
        "ayer tuve dolor de cabeza pero hoy ya se me quito",
        "trial_check",
        None,
        "ok",
    ),
    ("tuve fiebre pero hoy no se me quito", None, None, "urgent"),
    (
        "No fever no redness. Can I sit at my workbench and do my silver work or is bending over "
        "bad",
        "symptom_check",
        None,
        "routine",
    ),
    (
        "Hi this is his wife. He is doing much better today, no fever. He wants me to tell you "
        "the food at the hospital was bad lol",
        "first_check_in",
        None,
        "ok",
    ),
    ("is it ok to shower? my back is bad", None, None, "urgent"),
    ("Good, hardly any pain. Had some kielbasa and felt like a human again", None, None, "ok"),
    ("hardly any pain but fever 101", None, None, "urgent"),
    ("almost no pain relief from the pump", "first_check_in", None, "routine"),
    ("the pump gives no pain relief", None, None, "routine"),
    (
        "Hi just letting you know everything is good with mom, no fever. Ill text if anything "
        "changes",
        None,
        None,
        "ok",
    ),
    ("no fever but I feel ill", None, None, "urgent"),
    (
        "gonna be honest i dont get the 0-10 thing. its better than before i think? how do i "
        "rate it",
        "trial_check",
        None,
        "routine",
    ),
    ("pain went 0-10 overnight", None, None, "urgent"),
    (
        "my insulin pump alarm went off last night, changed the site and it's fine",
        "symptom_check",
        None,
        "ok",
    ),
    ("the pump alarm is beeping", None, None, "urgent"),
    ("my insulin pump alarm or the pain pump is beeping not sure", None, None, "urgent"),
    ("the ice machine keeps beeping and my pump alarm too", None, None, "urgent"),
    ("insulin pump alarm went off and now I have a fever", None, None, "urgent"),
    (
        "the ice machine pad leaks water all over the bed, is there another one I can get",
        None,
        None,
        "routine",
    ),
    ("the ice pack is leaking and the incision is leaking too", None, None, "urgent"),
    ("Hinihingal po siya at nangingitim ang labi", None, None, "emergency"),
    ("hindi po siya makahinga", None, None, "emergency"),
    ("matigas po ang leeg at may lagnat", None, None, "emergency"),
    ("hirap gisingin si tatay", None, None, "emergency"),
    ("May tubig na lumalabas sa sugat", None, None, "urgent"),
    ("Mainit po ang katawan ni nanay", None, None, "urgent"),
    ("wala pong lagnat", "symptom_check", None, "routine"),  # no longer a fever; "wala" unread
    ("wala siyang fever kanina, ngayon meron na", None, None, "urgent"),
    ("Wala pong pulse si lolo", None, None, "emergency"),  # a rule since round 68
    ("Wala pong lagnat, okay lang po siya", "symptom_check", None, "ok"),
    ("may lagnat po siya, wala pong gana kumain", None, None, "urgent"),
    ("wala pong lagnat pero masakit ang ulo kapag nakatayo", "trial_check", None, "urgent"),
    ("it was getting infected but it's not going away", None, None, "urgent"),
    ("redness but it hasnt gone away", None, None, "urgent"),
    ("fever but it's gone now", None, None, "ok"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
