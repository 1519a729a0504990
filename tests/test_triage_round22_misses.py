"""Replies read wrong when round 21 closed, and round 21's released sets (KK1-KK5) read at the
wrong level, each beside the counter-cases that must keep their level: "mejor me la quitan"
(rather remove it) is no "mejor" (better); French worsening ("ça empire", "c'est pire") is
worse pain; "10-4" on its own, the Red Wings and "the first couple days were the worst" in a
better reply are no signs; a request, "I don't have a pump" and "Me puedo ...? no en la
herida" reach a nurse; "lower back" is a place, not easing; "never hurt so much" is the worst.
Round 21's sets also had a brace "too hot" to wear, "no water leak", "they went away",
"swelling down too", "low pain" and a phone's 'Liked “…”' quoting the check-in; the drafts
that read those lower hid red flags (tests/test_triage_reviewed_drops_round15.py, ROUND_22),
so they keep their old reading."""

from __future__ import annotations

from bot.triage import Level, read_by_rules, triage
from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # "mejor" opening a wish is what one would rather do, not feeling better
    ("mejor lo dejo asi", "symptom_check", None, "routine"),
    ("estoy mejor me duele menos", "symptom_check", None, "ok"),
    ("mejor, me siento bien gracias", "symptom_check", None, "ok"),
    # French worsening
    ("C est pire aujourd hui", "symptom_check", None, "urgent"),
    ("ça fait plus mal qu'hier", None, None, "urgent"),
    # Québec "pas pire" (not bad) is no worse pain; the rules do not yet read French as good
    # news (they send it to a nurse), the learned reader, trained on JJ3's, reads it as ok
    ("c'est pas pire, merci", "symptom_check", None, "ok"),
    # "it's increasing" after a pain word; "never hurt so much"
    ("low pain, but it's increasing", "symptom_check", 6.0, "urgent"),
    ("no pain. its increasing my walking every day", "symptom_check", None, "ok"),
    ("Doing ok but my head never hurt so much", "symptom_check", None, "urgent"),
    ("La herida bien, pero nunca me dolió tanto la cabeza", "symptom_check", None, "urgent"),
    ("it never hurts as much as before", "symptom_check", None, "ok"),
    ("mi cabeza me mata cuando me paro", None, None, "urgent"),
    # "lower back" is where, not "lower" pain
    ("Lower back pain, severe", "symptom_check", None, "urgent"),
    ("my lower back is killing me", None, None, "urgent"),
    ("pain is lower today", "symptom_check", None, "ok"),
    ("low back pain, better today", "symptom_check", None, "ok"),
    # "10-4" on its own is "understood"; a score range is not
    ("3 out of 10, no headache, no leak, no fever. 10-4", "trial_check", None, "ok"),
    (
        "10-4 no fever no redness no swelling. back feels better than it has in years",
        "symptom_check",
        None,
        "ok",
    ),
    ("pain was at 10-4 this morning", None, None, "urgent"),
    ("temp was 101 on 10-4", None, None, "urgent"),
    # teams, not redness
    ("Red Wings won, Im good", "symptom_check", None, "ok"),
    ("red bull's eye shape on my belly by the pump", None, None, "urgent"),
    # the first days, over, in a reply that says it is better
    (
        "Better today. Dr was right, the first couple days were the worst",
        "first_check_in",
        None,
        "ok",
    ),
    ("first night fine, but today was the worst", None, None, "urgent"),
    ("The first couple days were the worst, now it's unbearable", None, None, "urgent"),
    # a call declined, and one asked for
    ("Sorry the nurse called but we miss. Everything good, no need call back", None, None, "ok"),
    ("No. Need a call back", None, None, "routine"),
    ("I need you to call me back", None, None, "routine"),
    ("all negative", "symptom_check", None, "ok"),
    ("all negative but the site is red", None, None, "urgent"),
    # a nurse's work
    (
        "No s/s infection. Facility requesting updated orders for dsg changes, current order "
        "expired 11/3",
        "symptom_check",
        None,
        "routine",
    ),
    ("Mrs Abernathy is my roommate not me. I don't have a pump", "symptom_check", None, "routine"),
    ("no, I don't have any pump problems, all good", "symptom_check", None, "routine"),
    (
        "no, nada. Me puedo poner vaporub en la espalda? no en la herida, mas arriba",
        "symptom_check",
        None,
        "routine",
    ),
    ("fever? no. redness? no.", "symptom_check", None, "ok"),
    (
        "hey this is Dawn from dispatch, Mike Torres asked me to find out when hes cleared to "
        "drive, he dont get signal out in the Permian",
        None,
        None,
        "routine",
    ),
    # kept at their old reading: the drafts that lowered these hid red flags
    ("still leaning on my shirt", None, None, "urgent"),
    ("Emphasized “I can't feel my legs”", None, None, "emergency"),
    ("No fever clear liquid coming out of incision", "symptom_check", None, "urgent"),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)


def test_giving_up_on_the_pump_reaches_a_nurse() -> None:
    # "mejor me la quitan" (rather have it out) is no "mejor" (better): the rules send it to a
    # nurse; the learned reader, retrained each round, has read "quiero rendirme" as routine in
    # some rounds and as an emergency in others, so only the floor is held here.
    text = "quiero rendirme con esta bomba, mejor me la quitan"
    assert read_by_rules(text).level is Level.ROUTINE
    assert triage(text).level.rank >= Level.ROUTINE.rank


def test_chest_pain_that_eases_still_reaches_a_nurse() -> None:
    # The rules read chest pain that "ya no me duele tanto" as urgent (it was there); the
    # learned reader, retrained each round, has read it as urgent in some rounds and as an
    # emergency in others (round 27), so the rules' level and the floor are held here.
    text = "bien pero el pecho ya no me duele tanto"
    assert read_by_rules(text, answering="symptom_check").level is Level.URGENT
    assert triage(text, answering="symptom_check").level.rank >= Level.URGENT.rank
