"""Round 24's released sets (NN1-NN5) read at the wrong level, each beside the counter-cases
that must keep their level: two red flags read low ("only small temperature came in
evening", "solo una fiebrita anoche"), an emergency read as urgent (bleeding that "wont stop.
gone thru 3 towels", which "to get the paper" had also set aside as a leaflet's), and "Haan
ji" (yes) to the symptom question; with a red flag round 24's review left routine ("mi esposo
amaneció bien raro")."""

from __future__ import annotations

from bot.triage import Level, read_by_rules, triage
from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a temperature told the Indian-English way, a fever told small
    (
        "Doing much better thank you, only small temperature came in evening, took crocin",
        None,
        None,
        "urgent",
    ),
    ("having temperature since morning", None, None, "urgent"),
    (
        "He had slight temperature on Sunday but now normal for two days, 98.4. No other problem.",
        "symptom_check",
        None,
        "ok",
    ),
    # "haan ji" is yes; "amaneció bien raro" is not himself
    ("Haan ji", "symptom_check", None, "urgent"),
    ("quiero preguntar, mi esposo amanecio bien raro y no come", None, None, "urgent"),
    ("temp is normal", "symptom_check", None, "ok"),
    ("got temp checked at the clinic, normal", "symptom_check", None, "ok"),
    (
        "todo bien gracias a Dios, solo una fiebrita anoche pero ya me tome el tylenol",
        "first_check_in",
        None,
        "urgent",
    ),
    # bleeding past stopping; the newspaper fetched is no leaflet
    (
        "the spot where the catheter was started bleeding when I bent over to get the paper and "
        "it wont stop. gone thru 3 towels holding pressure",
        "after_trial_check",
        None,
        "emergency",
    ),
    ("went through two towels after my shower, all good", "symptom_check", None, "ok"),
    ("soaked through two shirts with sweat", None, None, "urgent"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)


def test_bleeding_on_the_way_to_the_newspaper_is_not_set_aside() -> None:
    # The newspaper is no leaflet, so the bleeding is the patient's: at least urgent. Since
    # round 29 the learned reader, trained on the emergency above (the same words, with the
    # towels), raises this one to an emergency too: a level up, never down.
    text = "started bleeding when I bent over to get the paper"
    assert triage(text).level.rank >= Level.URGENT.rank
    assert read_by_rules(text).level is Level.URGENT
