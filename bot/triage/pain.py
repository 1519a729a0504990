"""Read 0-10 pain scores and the words around a pain word: worse, more, severe, easing."""

from __future__ import annotations

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage.lexicon import INCREASING_PAIN, MILD_SORENESS, PAIN, SCORE_RISING, SEVERE_PAIN
from bot.triage.reading import Reading
from bot.triage.scope import BOUNDARY, NEG_CUE, SIGN_WORDS, improved, negated_after, negated_before
from bot.triage.tokens import Tok

PAIN_WORDS = frozenset({"pain", "sore"})


def _worse_said(toks: list[Tok], a: int, b: int) -> bool:
    """Return True when tokens a..b-1 say "worse" without denying it ("not worse", "no peor")."""
    return any(
        toks[k].lemma in lx.WORSE
        and not any(t.lemma in NEG_CUE or t.surface in NEG_CUE for t in toks[max(k - 2, 0) : k])
        for k in range(a, b)
    )


def _is_score(toks: list[Tok], k: int, scores: list[tuple[float, int]]) -> bool:
    """Return True when number token k reads as a 0-10 score (not "/10", "3 days", "2 pills")."""
    value = float(toks[k].lemma)
    before = toks[k - 1].lemma if k else ""
    if value == 10 and before in {"/", "of", "de", "out"} and scores:
        return False
    after = toks[k + 1].lemma if k + 1 < len(toks) else ""
    return 0 <= value <= 10 and after not in lx.NOT_SCORE_AFTER


def _pain_scores(toks: list[Tok], i: int) -> list[tuple[float, int]]:
    """Return the 0-10 pain scores written near a pain word, in order."""
    scores: list[tuple[float, int]] = []
    for k in range(i + 1, min(i + 14, len(toks))):
        t = toks[k]
        if t.lemma == "?" or (t.lemma in SIGN_WORDS and t.lemma not in PAIN_WORDS):
            break
        if t.lemma in PAIN_WORDS and k > i + 1:
            break
        if t.kind == "n" and _is_score(toks, k, scores):
            scores.append((float(t.lemma), k))
        if len(scores) == 2 and k > i + 8:
            break
    if not scores:
        for k in range(max(i - 3, 0), i):
            if toks[k].kind == "n" and 0 <= float(toks[k].lemma) <= 10:
                scores = [(float(toks[k].lemma), k)]
    return scores


def judge_pain(reading: Reading, i: int) -> None:
    """Grade a pain or soreness word by what surrounds it."""
    toks = reading.toks
    if negated_before(toks, i, True) or negated_after(toks, i + 1):
        reading.reassured += 1
        return
    near = [t.lemma for t in toks[i + 1 : i + 7]]
    for k, lemma in enumerate(near):
        if lemma in BOUNDARY:
            near = near[:k]
            break
    before = [t.lemma for t in toks[max(i - 3, 0) : i]]
    more_at = next((n for n, w in enumerate(near) if w in lx.MORE), None)
    if _worse_said(toks, max(i - 3, 0), i + 1 + len(near)) or (
        toks[i].lemma == "pain"
        and more_at is not None
        and not any(w in NEG_CUE for w in near[:more_at])
    ):
        reading.add(Level.URGENT, INCREASING_PAIN, i, i + 1 + len(near))
        return
    scores = _pain_scores(toks, i)
    reading.used.update(k for _, k in scores)
    if len(scores) >= 2:
        _judge_trend(reading, scores, min(i, scores[0][1]), INCREASING_PAIN)
        return
    if improved(toks, i, i + 1):
        reading.reassured += 1
        return
    if scores:
        level = Level.URGENT if scores[0][0] >= 8 else Level.ROUTINE
        symptom = SEVERE_PAIN if level is Level.URGENT else PAIN
        reading.add(level, symptom, min(i, scores[0][1]), max(i, scores[0][1]) + 1)
        return
    if (
        toks[i].lemma == "pain"
        and any(w in lx.SEVERE for w in near + before)
        and not any(w in lx.MILD for w in near + before)
    ):
        reading.add(Level.URGENT, SEVERE_PAIN, i, i + 1)
        return
    mild = toks[i].lemma == "sore" or any(w in lx.MILD for w in near + before)
    reading.add(Level.ROUTINE, MILD_SORENESS if mild else PAIN, i, i + 1)


def _score_trend(toks: list[Tok], scores: list[tuple[float, int]], a: int) -> tuple[float, float]:
    """Return (before, now) for scores written from token a on, whatever their order.

    "Down", "bajo", "better" and "up", "subio", "worse" decide the direction; otherwise
    words like was, yesterday, ayer, antes, from mark the earlier value and now, today,
    hoy mark the present one; with no marker the first number is the earlier one.
    """
    a = max(a - 3, 0)
    end = min(scores[-1][1] + 3, len(toks))
    values = [v for v, _ in scores]
    first, last = scores[0][1], scores[-1][1]
    if {t.lemma for t in toks[max(first - 2, 0) : first]} & lx.SCORE_FROM and {
        t.lemma for t in toks[max(last - 2, 0) : last]
    } & lx.SCORE_TO:
        return values[0], values[-1]
    if len(scores) == 2 and last - first == 2 and toks[first + 1].lemma in lx.SCORE_TO:
        return values[0], values[-1]  # "6 to 9", "6 -> 9", "6 a 9"
    low, high = min(values), max(values)
    for t in toks[a:end]:
        if t.lemma in lx.SCORE_DOWN:
            return high, low
        if t.lemma in lx.SCORE_UP:
            return low, high
    positions = [k for _, k in scores]
    past: set[int] = set()
    now: set[int] = set()
    for m in range(a, end):
        lemma = toks[m].lemma
        is_past, is_now = lemma in lx.SCORE_PAST, lemma in lx.SCORE_NOW
        if not (is_past or is_now) or m in positions:
            continue
        dist = sorted(
            (abs(p - m), -p if lemma in lx.SCORE_FORWARD else p, n) for n, p in enumerate(positions)
        )
        if len(dist) > 1 and dist[0][0] == dist[1][0]:
            if lemma not in lx.SCORE_FORWARD:
                continue
            nearest = next(n for _, _, n in dist[:2] if positions[n] > m)
        else:
            nearest = dist[0][2]
        (past if is_past else now).add(nearest)
    if past and now and past != now:
        before_n = min(past - now) if past - now else min(past)
        now_n = max(now - past) if now - past else max(now)
    elif past and len(past) < len(scores):
        before_n = min(past)
        now_n = max(set(range(len(scores))) - past)
    elif now and len(now) < len(scores):
        now_n = max(now)
        before_n = min(set(range(len(scores))) - now)
    else:
        before_n, now_n = 0, len(scores) - 1
    return values[before_n], values[now_n]


def _judge_trend(reading: Reading, scores: list[tuple[float, int]], a: int, rising: str) -> None:
    """Grade two or more scores by whether the present one is above the earlier one."""
    before, now = _score_trend(reading.toks, scores, a)
    end = scores[-1][1] + 1
    reading.used.update(k for _, k in scores)
    if now > before:
        reading.add(Level.URGENT, rising, a, end)
    elif now >= 8:
        reading.add(Level.URGENT, SEVERE_PAIN, a, end)
    elif now < before:
        reading.reassured += 1
    else:
        reading.add(Level.ROUTINE, PAIN, a, end)


def bare_scores(reading: Reading) -> None:
    """Read "was 3 yesterday, today 7" with no pain word, when time words say it is a score."""
    toks = reading.toks
    if any(t.lemma in PAIN_WORDS for t in toks):
        return
    if not any(
        t.lemma in lx.SCORE_PAST or t.lemma in {"now", "hoy", "ahora", "today"} for t in toks
    ):
        return
    if any(t.kind == "w" and t.lemma in SIGN_WORDS for t in toks):
        return
    scores: list[tuple[float, int]] = []
    for k, t in enumerate(toks):
        if t.kind == "n" and k not in reading.used and _is_score(toks, k, scores):
            scores.append((float(t.lemma), k))
    if len(scores) >= 2:
        _judge_trend(reading, scores, scores[0][1], SCORE_RISING)
