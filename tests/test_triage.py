"""Tests for the triage core: hard cases by table, and the whole corpus by metric."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.triage import Finding, Level, Triage, triage

CORPUS = Path(__file__).with_name("triage_corpus.tsv")


def level_of(text: str) -> str:
    """Return the level value triage gives a reply."""
    return triage(text).level.value


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("no fever but the incision is red", "urgent"),
        ("no fever, no redness", "ok"),
        ("no fever or swelling", "ok"),
        ("sin fiebre ni enrojecimiento", "ok"),
        ("No fever. No redness.", "ok"),
        ("no fever, red around the pump", "urgent"),
        ("no fever and the incision is red", "urgent"),
        ("the incision is not red", "ok"),
        ("la herida no esta roja", "ok"),
        ("no tengo fiebre pero la herida esta roja", "urgent"),
        ("incision isn't red and no drainage", "ok"),
        ("no signs of infection", "ok"),
        ("fever: no", "ok"),
        ("not good", "urgent"),
        ("no me siento bien", "urgent"),
        ("no puedo dormir bien", "routine"),
    ],
)
def test_negation_is_scoped(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("redness is gone", "ok"),
        ("swelling went down", "ok"),
        ("ya no tengo fiebre", "ok"),
        ("la hinchazon bajo", "ok"),
        ("pain is better", "ok"),
        ("pain was 6 now 2", "ok"),
        ("redness is gone but now im running a fever", "urgent"),
        ("swelling went down, but the incision is draining", "urgent"),
        ("fever broke but now the incision is red", "urgent"),
        ("pain is not better", "routine"),
    ],
)
def test_improvement_is_ok_but_new_signs_count(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("is it normal for the incision to be red?", "urgent"),
        ("es normal que la herida este roja?", "urgent"),
        ("should it be swollen like this?", "urgent"),
        ("when can i drive again", "routine"),
        ("puedo bañarme?", "routine"),
        ("ok?", "routine"),
        ("is red ok?", "urgent"),
    ],
)
def test_questions_count_what_they_ask_about(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("feaver", "fever"),
        ("fevr", "fever"),
        ("fievre", "fever"),
        ("calentura", "fever"),
        ("sweling", "swelling"),
        ("swolen", "swelling"),
        ("redish", "redness"),
        ("incison is draning", "drainage"),
        ("FEVERRRR!!!", "fever"),
        ("🤒", "fever"),
        ("🩸", "bleeding"),
        ("😵", "fainting"),
    ],
)
def test_misspellings_and_emoji_are_read(text: str, symptom: str) -> None:
    assert symptom in {f.symptom for f in triage(text).findings}


@pytest.mark.parametrize("text", ["fire", "fine", "never", "fewer", "seeing things clearly"])
def test_fuzzy_matching_makes_no_false_fever(text: str) -> None:
    assert "fever" not in {f.symptom for f in triage(text).findings}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("100,9", "urgent"),
        ("38,2C", "urgent"),
        ("temp 99", "ok"),
        ("37.2", "ok"),
        ("98.6", "ok"),
        ("temp 100.4", "urgent"),
        ("38.0 c", "urgent"),
        ("104F", "emergency"),
        ("40 C", "emergency"),
        ("temperatura 40", "emergency"),
        ("101", "urgent"),
        ("pain 7", "routine"),
        ("pain 9/10", "urgent"),
        ("pain was 4 now 8", "urgent"),
        ("temp 34", "routine"),
        ("I walked 100 steps today, feeling good", "routine"),
    ],
)
def test_temperatures_and_pain_scores(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "can't breathe", "not breathing", "won't wake up", "no puedo respirar",
        "can't move my legs", "no despierta", "no se despierta", "I want to kill myself",
        "fever and a stiff neck", "fiebre y confusion", "took all my pills",
    ],
)
def test_emergencies_phrased_as_negated_ability(text: str) -> None:
    assert level_of(text) == "emergency"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the pain won't stop", "urgent"),
        ("pain keeps getting worse", "urgent"),
        ("stop", "routine"),
    ],
)
def test_stop_inside_a_sentence_is_pain_not_a_keyword(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("", "routine"),
        ("   \n ", "routine"),
        ("👍", "ok"),
        ("todo bien", "ok"),
        ("all good, my granddaughter zorblaxed", "routine"),
        ("asdfgh", "routine"),
        ("👍 but fever 100.8", "urgent"),
        ("doing ok but my wife says my lips are blue", "emergency"),
    ],
)
def test_ok_only_when_the_reply_says_so(text: str, level: str) -> None:
    assert level_of(text) == level


def test_unreadable_reply_names_why() -> None:
    result = triage("lkjhg")
    assert result.level is Level.ROUTINE
    assert result.findings[0].symptom in {"not understood", "unreadable reply"}


def test_findings_quote_the_patients_words() -> None:
    result = triage("Incison is REDISH and feaver 101.2F")
    assert result.level is Level.URGENT
    assert Finding("redness", "REDISH") in result.findings
    assert any(f.evidence == "101.2F" for f in result.findings)


def test_suicidal_flag_and_language() -> None:
    assert triage("me quiero matar").suicidal
    assert triage("me quiero matar").language == "es"
    assert not triage("chest pain").suicidal
    assert triage("no fever").language == "en"


def test_levels_rank_in_order() -> None:
    ranks = [level.rank for level in (Level.OK, Level.ROUTINE, Level.URGENT, Level.EMERGENCY)]
    assert ranks == [0, 1, 2, 3]
    assert Level("urgent") is Level.URGENT
    assert isinstance(triage("fine"), Triage)


def test_question_property() -> None:
    assert triage("when can i drive?").question
    assert not triage("fine").question


def _corpus() -> list[tuple[str, str, str]]:
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            level, language, text, *_ = line.split("\t")
            rows.append((level, language, text))
    return rows


def test_corpus_is_large_and_balanced() -> None:
    rows = _corpus()
    assert len(rows) >= 480
    assert sum(lang == "es" for _, lang, _ in rows) >= 0.35 * len(rows)
    for level in ("emergency", "urgent", "routine", "ok"):
        assert sum(lv == level for lv, _, _ in rows) >= 0.15 * len(rows), level


def test_corpus_meets_the_clinical_thresholds() -> None:
    rank = {"emergency": 3, "urgent": 2, "routine": 1, "ok": 0}
    missed: dict[str, list[str]] = {"red flag": [], "emergency": [], "false alarm": [],
                                    "routine": []}
    totals = dict.fromkeys(missed, 0)
    for expected, _, text in _corpus():
        want, got = rank[expected], triage(text).level.rank
        checks = (("red flag", want >= 2, got >= 2), ("emergency", want == 3, got == 3),
                  ("false alarm", want <= 1, got <= 1), ("routine", want == 1, got >= 1))
        for name, applies, passed in checks:
            if applies:
                totals[name] += 1
                if not passed:
                    missed[name].append(text)
    limits = {"red flag": 0.02, "emergency": 0.03, "false alarm": 0.08, "routine": 0.05}
    for name, limit in limits.items():
        assert len(missed[name]) <= limit * totals[name], f"{name} misses: {missed[name]}"


def test_corpus_languages_are_guessed() -> None:
    rows = _corpus()
    wrong = [text for _, lang, text in rows if triage(text).language != lang]
    assert len(wrong) <= 0.1 * len(rows), wrong
