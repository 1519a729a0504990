"""The learned second reader raises replies the rules could not place; it lowers only a reply
the rules could not read at all, to "ok", when it reads as good news."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.triage import Level, read_by_rules, triage
from bot.triage.verdict import unread

ROOT = Path(__file__).resolve().parents[1]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_the_second_reader_lowers_only_unread_replies_and_raises_an_ok_only_to_emergency(
    text: str,
) -> None:
    rules = read_by_rules(text)
    both = triage(text)
    if both.level.rank < rules.level.rank:  # only "not understood" of the whole reply, to ok
        assert unread(rules, text[:1600])
        assert both.level is Level.OK and not both.findings
        return
    if rules.level is Level.OK:  # "ok" is given only when the reply says so
        assert both == rules or both.level is Level.EMERGENCY
    if both.level is not rules.level:
        assert both.findings[0].symptom.startswith("reads like")
        assert both.findings[0].evidence  # the nurse sees which words weighed


def test_a_caregiver_describing_an_emergency_in_plain_words_is_raised() -> None:
    # None of the rules' emergency words are here; the rules alone leave it routine. (Round 28
    # gave the rules "can barely get her to answer me", this test's example until then.)
    text = "grandpa keeps zoning out and he barely looks at me"
    assert read_by_rules(text).level is Level.ROUTINE
    result = triage(text)
    assert result.level is Level.EMERGENCY
    assert result.findings[0].symptom == "reads like an emergency"
    # the evidence quotes the reply's own words that drove the reading
    evidence = result.findings[0].evidence.split(" … ")
    assert all(word and word in text for word in evidence)


def test_a_question_about_what_to_do_if_a_sign_appears_stays_routine() -> None:
    for text in ("que hago si me sale pus?", "what should I do if I get a fever?"):
        assert triage(text).level is Level.ROUTINE, text


def test_a_what_if_question_does_not_hide_an_emergency_told_beside_it() -> None:
    text = "what do I do if I get a fever? also grandpa keeps zoning out and he barely looks at me"
    assert read_by_rules(text).level is Level.ROUTINE  # the rules see only the question
    result = triage(text)
    assert result.level.rank >= Level.URGENT.rank
    assert result.findings[0].symptom.startswith("reads like")


def test_everyday_questions_and_reassurance_are_not_raised() -> None:
    for text in (
        "can I take a bath yet?",
        "what day is my appointment",
        "my pump refill is next week, can you call me",
        "no fever, no redness, feeling good",
        "fever: no",
        "todo bien gracias, sin fiebre",
    ):
        assert triage(text).level == read_by_rules(text).level, text


def test_good_news_told_as_a_story_is_not_raised() -> None:
    # the first reader, trained on the older sets only, called these emergencies
    for text in (
        "Dad wanted me to let you know he walked to the mailbox and back today without "
        "stopping. Big deal for him, he's very proud.",
        "Just wanted y'all to know I walked to the mailbox and back twice today. Small wins",
        "My father say no fever no red, only he is bored at home and want to go to his store",
    ):
        assert triage(text, answering="symptom_check").level.rank < Level.URGENT.rank, text


def test_a_bare_yes_is_left_to_the_rules_and_the_question_it_answers() -> None:
    for text in ("yes", "sí", "Yes ma'am"):
        assert triage(text).level is Level.ROUTINE, text  # yes to nothing asked
        assert triage(text, answering="symptom_check").level is Level.URGENT, text


def test_a_sign_told_beside_a_what_if_question_is_scored_on_its_own_sentence() -> None:
    alone = "grandpa keeps zoning out and he barely looks at me"
    beside = f"what do I do if I get a fever? also {alone}"
    assert triage(alone).level is Level.EMERGENCY
    assert triage(beside).level is Level.EMERGENCY


@pytest.mark.slow
def test_the_shipped_weights_are_what_the_labelled_sets_train() -> None:
    # Anyone can rebuild the reader from the sets in tests/; a stale file fails here.
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "triage_reader_train.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "up to date" in done.stdout


@pytest.mark.parametrize(
    ("answering", "text"),
    [
        ("symptom_check", "Everything is under control. No wahala at all"),
        ("symptom_check", "Quiet on the western front."),
    ],
)
def test_good_news_in_words_nobody_listed_is_kept_from_the_queue(answering: str, text: str) -> None:
    assert read_by_rules(text, answering=answering).level is Level.ROUTINE  # rules: unread
    assert triage(text, answering=answering).level is Level.OK


@pytest.mark.parametrize(
    ("answering", "text"),
    [
        (None, "Muchas gracias a todas las enfermeras, Dios las bendiga"),  # thanks only
        (None, "thank u to nurse dana ur literally the goat"),
        ("symptom_check", "good and the"),  # cut off before it said anything
        (None, "nope he seems kinda zorblaxed today"),  # a word nobody can read, said of him
        ("first_check_in", "todo bien, is that normal"),  # a question, even unmarked
        ("symptom_check", "all good but can I shower yet?"),
    ],
)
def test_thanks_questions_and_replies_left_unsaid_stay_with_a_nurse(
    answering: str | None, text: str
) -> None:
    assert triage(text, answering=answering).level is Level.ROUTINE


def test_a_reply_turning_to_the_body_in_words_nobody_can_read_reaches_a_nurse() -> None:
    # The rules leave it routine; the learned reader, unsure of "head ... kinda", may raise it
    # (its score sits near the line and moves with each retraining), never to an emergency.
    text = "doing fine except my head is kinda blorpy"
    assert read_by_rules(text, answering="symptom_check").level is Level.ROUTINE
    assert triage(text, answering="symptom_check").level in {Level.ROUTINE, Level.URGENT}
