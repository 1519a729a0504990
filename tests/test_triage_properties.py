"""Property tests for the triage core: it never fails, and negation holds however it is typed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.triage import Level, triage

NEGATED_SIGNS = [
    "no fever",
    "no swelling",
    "no redness",
    "sin fiebre",
    "no chills",
    "sin hinchazón",
]
NEGATED_ABILITIES = ["can't breathe", "not breathing", "won't wake up", "no puedo respirar"]


def typed(phrases: list[str]) -> st.SearchStrategy[str]:
    """Return phrases as patients type them: any casing, padding and trailing punctuation."""
    casing = st.sampled_from([str.lower, str.upper, str.title, str.capitalize])
    space = st.sampled_from(["", " ", "  ", "\t", "\n", " \n "])
    punct = st.sampled_from(["", ".", "!", "!!!", "...", ",", " :)"])
    return st.builds(
        lambda p, c, a, b, q: f"{a}{c(p)}{q}{b}",
        st.sampled_from(phrases),
        casing,
        space,
        space,
        punct,
    )


@settings(deadline=None, max_examples=300)
@given(st.text())
def test_any_text_is_triaged_the_same_way_twice(text: str) -> None:
    first = triage(text)
    assert first == triage(text)
    assert first.level in set(Level)
    assert first.language in {"en", "es"}
    if first.level is not Level.OK:
        assert first.findings


@settings(deadline=None)
@given(typed(NEGATED_SIGNS))
def test_a_negated_sign_alone_is_ok(text: str) -> None:
    assert triage(text).level is Level.OK


@settings(deadline=None)
@given(typed(NEGATED_ABILITIES))
def test_a_negated_ability_stays_an_emergency(text: str) -> None:
    assert triage(text).level is Level.EMERGENCY


@settings(deadline=None)
@given(typed(NEGATED_SIGNS), typed(["the incision is red", "la herida esta hinchada"]))
def test_a_new_sign_after_a_negated_one_still_counts(negated: str, sign: str) -> None:
    assert triage(f"{negated} but {sign}").level is Level.URGENT


@settings(deadline=None, max_examples=300)
@given(
    st.text(max_size=200),
    st.sampled_from([None, "first_check_in", "symptom_check", "trial_check", "after_trial_check"]),
    st.none() | st.floats(min_value=0, max_value=10),
)
def test_any_reply_in_any_context_gets_a_level_a_reason_and_a_score_on_the_scale(
    text: str, answering: str | None, last_pain: float | None
) -> None:
    result = triage(text, answering=answering, last_pain=last_pain)
    assert result == triage(text, answering=answering, last_pain=last_pain)
    if result.level is not Level.OK:
        assert result.findings  # a nurse always sees why
    assert result.pain is None or 0 <= result.pain <= 10
