"""Found while tuning on round 61's released sets: a wet pillow "not sweat, its coming from the
site" read as ok (drainage missed); "7, más que el otro día" after a score read as a steady
score; a gastroparesis patient's usual nausea and vomiting ("the usual nausea", "thrown up most
mornings for years") sent to a nurse; "sorry for the confusion", "the allergist's office", "mis
alergias", "ill stay inside" and a husband who "ronca" read as signs. Beside each, the red flag
it must not hide."""

from __future__ import annotations

from bot.triage import Level, triage
from bot.triage.verdict import read_by_rules
from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    (
        "sheets were wet under my back this morning, not sweat, it's coming from the site",
        "after_trial_check",
        None,
        "urgent",
    ),
    ("hair wet from the shower, site looks good", "after_trial_check", None, "ok"),
    ("7, more than yesterday", "trial_check", None, "urgent"),
    ("ahorita como 7, mas que el otro dia", "after_trial_check", 3.0, "urgent"),
    ("5, less than yesterday", "trial_check", None, "ok"),
    ("7, no more than yesterday", "trial_check", 7.0, "ok"),
    ("No to all. The usual nausea, took a reglan, fine now", "symptom_check", None, "ok"),
    ("no, nada de eso. las náuseas de siempre nomás", "symptom_check", None, "ok"),
    ("usual nausea but my chest feels tight", None, None, "emergency"),
    ("the usual nausea and a fever of 101.5", "symptom_check", None, "urgent"),
    (
        "pain 5. no headache. threw up this morning, it's my gastroparesis, I've thrown up "
        "most mornings for years",
        "trial_check",
        None,
        "ok",
    ),
    ("threw up my pills this morning, my gastroparesis as usual", None, None, "urgent"),
    ("throwing up all day, can't keep anything down, gastroparesis", None, None, "urgent"),
    ("vomiting blood, gastroparesis as usual", None, None, "urgent"),
    (
        "The ER visit I mentioned was my mother, not me, sorry for the confusion! I'm fine",
        None,
        None,
        "ok",
    ),
    (
        "he's confused and I can't wake him, sorry for the confusion earlier",
        None,
        None,
        "emergency",
    ),
    ("The allergist's office needs a letter for my shots, who do I ask", None, None, "routine"),
    ("Ninguno de esos. Estoy bien, solo mis alergias", "symptom_check", None, "ok"),
    ("broke out in hives after the new antibiotic, lips swelling", None, None, "emergency"),
    ("no. weather man says 100 tomorrow so ill stay inside", "symptom_check", None, "ok"),
    ("I feel ill, staying in bed", None, None, "urgent"),
    # reviewed red flags the reader retrained on round 61's sets dropped, now rules
    ("Forehead feels hot out here, no thermometer with us", "symptom_check", None, "urgent"),
    ("hot out here today, forehead is fine, no fever", "symptom_check", None, "ok"),
    # the whole-change review's
    ("pain 6 more than the other day", None, None, "urgent"),
    ("hoy un 5 pero mas que el otro dia", "trial_check", None, "urgent"),
    ("walked 2 laps today, 1 more than yesterday!", "trial_check", None, "ok"),
    (
        "not an old concussion, a new one from today, he keeps asking the same thing and has a "
        "fever",
        None,
        None,
        "emergency",
    ),
    ("its so hot outside my skin is sweaty, no fever", "symptom_check", None, "ok"),
    # the review's: what the set-asides and the usual must not hide
    (
        "sorry about my confusion, I keep getting lost in my own house and have a fever",
        None,
        None,
        "emergency",
    ),
    (
        "for years i throw up most mornings but today it looks like grounds, dark",
        None,
        None,
        "urgent",
    ),
    ("thrown up my normal, my skull pounds when i sit up, better flat", None, None, "urgent"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)


def test_a_usual_tremor_unable_to_hold_a_cup_is_urgent_to_the_rules() -> None:
    # a usual tremor that can no longer hold a cup is the rules' urgent; the learned reader,
    # retrained in round 63, reads it as an emergency, which only ever goes up.
    text = "tremor for years, but I'm unable to hold a cup this morning"
    assert read_by_rules(text).level is Level.URGENT
    assert triage(text).level.rank >= Level.URGENT.rank
