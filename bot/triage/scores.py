"""Read 0-10 pain scores told in a reply: one at a time, side by side ("3 at rest, 5
walking") or as a change ("was 4, now 8"), with or without a pain word."""

from __future__ import annotations

import re

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage.counts import PAIN_WORDS, counted, for_a_time, unit_of_another
from bot.triage.lexicon import SCORE_RISING
from bot.triage.reading import Reading
from bot.triage.scale import SCALE_TO, score_after_scale, the_scale
from bot.triage.scope import SIGN_WORDS, span
from bot.triage.tokens import Tok

_ACTIVITY = lx.words(
    "rest resting sitting sit standing stand walk walking moving move night sleeping lying "
    "reposo descanso sentado sentada parado parada caminando camino noche acostado acostada "
    "dormir moverme"
)


def is_score(toks: list[Tok], k: int, scores: list[tuple[float, int]]) -> bool:
    """Return True when number token k reads as a 0-10 score (not "/10", "3 days", "2 pills")."""
    value = float(toks[k].lemma)
    before = toks[k - 1].lemma if k else ""
    if value == 10 and before in {"/", "of", "de", "out"} and scores:
        return False
    after = toks[k + 1].lemma if k + 1 < len(toks) else ""
    if counted(toks, k):
        return False
    if for_a_time(toks, k):
        return False
    if radio_ten_four(toks, k):
        return False  # "10-4, all negative": radio talk for "understood"
    if seven_eleven(toks, k):
        return False
    return (
        0 <= value <= 10
        and (after not in lx.NOT_SCORE_AFTER or unit_of_another(toks, k))
        and not on_the_clock(toks, k)
        and not the_scale(toks, k)
    )


_TEN = frozenset({"10", "ten"})
_A_PLACE = frozenset({"the", "a", "to", "at", "from", "by", "el", "la", "al"})
_SCORE_BEFORE = lx.words("at level pain nivel")
_FOUR = frozenset({"4", "four"})


def seven_eleven(toks: list[Tok], k: int) -> bool:
    """Return True for the 7 of "walked to the 7-eleven": the store, its name joined by the
    dash (not "pain 8 eleven days out", "pain is at 7 eleven days after", "went from 3 to 7
    eleven hours after")."""
    return (
        toks[k].lemma == "7"
        and toks[k + 1 : k + 2] != []
        and toks[k + 1].lemma == "eleven"
        and toks[k + 1].start == toks[k].end + 1
        and k > 0
        and toks[k - 1].lemma in _A_PLACE
        and (k + 2 >= len(toks) or toks[k + 2].lemma not in lx.NOT_SCORE_AFTER)
    )


def radio_ten_four(toks: list[Tok], k: int) -> bool:
    """Return True for the 10 or the 4 of "10-4" or "ten four" (the dash is dropped)."""
    start = k if toks[k].lemma in _TEN else k - 1
    after = toks[start + 2] if start >= 0 and start + 2 < len(toks) else None
    return (
        start >= 0
        and start + 1 < len(toks)
        and toks[start].lemma in _TEN
        and toks[start + 1].lemma in _FOUR
        and (toks[start].kind == "n" or after is not None)  # a bare "ten four" may be a 10
        and (toks[start].kind == "n") == (toks[start + 1].kind == "n")
        and toks[start + 1].start == toks[start].end + 1
        # "pain 10 4 days in a row" is a 10 for four days
        and (after is None or (after.kind != "n" and after.lemma not in lx.NOT_SCORE_AFTER))
        # "pain was at 10-4 this morning", "back pain level 10-4": told as a pain score
        and not (start and toks[start - 1].lemma in _SCORE_BEFORE)
    )


def on_the_clock(toks: list[Tok], k: int) -> bool:
    """Return True for a number in a time of day ("at 09:00", "06:45") or a share ("100%")."""
    t = toks[k]
    before = toks[k - 1] if k else None
    after = toks[k + 1] if k + 1 < len(toks) else None
    return bool(
        (
            after
            and after.lemma == ":"
            and after.start == t.end
            and k + 2 < len(toks)
            and toks[k + 2].kind == "n"
        )
        or (
            before
            and before.lemma == ":"
            and before.end == t.start
            and k >= 2
            and toks[k - 2].kind == "n"
        )
        or (after and after.surface == "%")
    )


def a_share(text: str, tok: Tok) -> bool:
    """Return True for a number followed by "%": "ate 100% of breakfast"."""
    return text[tok.end : tok.end + 1] == "%"


def a_range(text: str, toks: list[Tok], scores: list[tuple[float, int]]) -> bool:
    """Return True for "4-5", "7-8 at night", "3 maybe 4", "pain level 10-4": a range or an
    estimate, no change."""
    if len(scores) != 2:
        return False
    (first, a), (second, b) = scores  # in the order told
    between = text[toks[a].end : toks[b].start].strip().lower()
    estimate = between in {"maybe", "or", "o", "or maybe", "to maybe"}  # "3 maybe 4"
    rising = any(t.lemma in _STILL_RISING for t in toks[b + 1 : b + 5])  # "4-5 and climbing"
    if b == a + 1 and between == "-" and (first, second) == (10, 4):
        return True  # "pain was at 10-4" after a pain word: a 10, not the radio's "understood"
    return ((b == a + 1 and between == "-") or estimate) and 0 < second - first <= 2 and not rising


# Words of a time of day that make two bare numbers a change: "2 this am, 6 this pm".
_TIMES = lx.words(
    "now hoy ahora today tonight morning afternoon evening night am pm then noche manana tarde "
    "anoche ahorita"
)
_TOLD_BEFORE = lx.words("le les dije dijo said i told you was fue era estaba it a un like como")
_STILL_RISING = lx.SCORE_UP | lx.words("climbing rising increasing subiendo sube")


def score_trend(toks: list[Tok], scores: list[tuple[float, int]], a: int) -> tuple[float, float]:
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
    marks: dict[bool, list[int]] = {True: [], False: []}  # where the past and now words are
    for m in range(a, end):
        lemma = toks[m].lemma
        is_past, is_now = lemma in lx.SCORE_PAST, lemma in lx.SCORE_NOW
        if not (is_past or is_now) or m in positions:
            continue
        if m + 1 < end and toks[m + 1].lemma == "10" and lemma in {"de", "of", "out"}:
            continue  # "9 de 10": the scale, not "from"
        dist = sorted(
            (
                # a marker belongs to the score in its own sentence: "PAIN 6. BEFORE TRIAL 9"
                abs(p - m)
                + 2 * any(t.lemma in lx.CLAUSE_END | {","} for t in toks[min(p, m) : max(p, m)]),
                -p if lemma in lx.SCORE_FORWARD else p,
                n,
            )
            for n, p in enumerate(positions)
        )
        ahead = [n for n, p in enumerate(positions) if p > m]
        if (
            is_past
            and ahead
            and (m == 0 or toks[m - 1].lemma in _OPENS)
            and not any(t.lemma in lx.CLAUSE_END for t in toks[m : positions[ahead[0]]])
        ):
            # "6 today, before the trial I was a 9": a clause opened by "before" tells the
            # score after it, not the one before the comma
            past.add(ahead[0])
            continue
        if len(dist) > 1 and dist[0][0] == dist[1][0]:
            if lemma not in lx.SCORE_FORWARD:
                continue
            nearest = next(n for _, _, n in dist[:2] if positions[n] > m)
        else:
            nearest = dist[0][2]
        (past if is_past else now).add(nearest)
        marks[is_past].append(m)
    if past == now and len(scores) == 2 and marks[True] and marks[False]:
        # "hoy el dolor en 7 y ayer le dije 3": both words nearest the 7; each tells the score
        # after it
        m = marks[True][0]
        after_past = [n for n, p in enumerate(positions) if p > m]
        after_now = [n for n, p in enumerate(positions) if p > marks[False][0]]
        told = after_past and all(
            t.lemma in _TOLD_BEFORE for t in toks[m + 1 : positions[after_past[0]]]
        )  # "ayer le dije 3", "yesterday I said 3"; not "el 3 de ayer se volvió 8"
        if told and after_now and after_past[0] != after_now[0]:
            return values[after_past[0]], values[after_now[0]]
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


_OPENS = lx.CLAUSE_END | lx.CONTRAST | {","}


def at_once(toks: list[Tok], scores: list[tuple[float, int]]) -> bool:
    """Return True for "3 at rest, 5 walking": scores told side by side, not as a change."""
    a, b = scores[0][1], min(scores[-1][1] + 3, len(toks))
    said = {t.lemma for t in toks[a:b]} | {t.surface for t in toks[a:b]}
    changed = lx.SCORE_PAST | lx.SCORE_UP | lx.SCORE_DOWN | lx.SCORE_FROM
    doing = sum(
        any(t.lemma in _ACTIVITY or t.surface in _ACTIVITY for t in toks[k + 1 : k + 4])
        for _, k in scores
    )
    return doing >= 2 and not (said - {"de"}) & changed


def judge_trend(reading: Reading, scores: list[tuple[float, int]], a: int, rising: str) -> None:
    """Grade two or more scores by whether the present one is above the earlier one."""
    before, now = score_trend(reading.toks, scores, a)
    end = scores[-1][1] + 1
    reading.used.update(k for _, k in scores)
    # Lower or the same is graded by the final decision, beside the last score (verdict.py).
    reading.report_pain(now, a, end, trend=(now > before) - (now < before))
    if now > before:
        reading.add(Level.URGENT, rising, a, end)


_NOW_WORDS = lx.words("now hoy ahora today")


def bare_scores(reading: Reading) -> None:
    """Read "was 3 yesterday, today 7" with no pain word, when time words say it is a score."""
    toks = reading.toks
    if not any(
        t.lemma in lx.SCORE_PAST or t.lemma in {"now", "hoy", "ahora", "today"} for t in toks
    ):
        return
    scores: list[tuple[float, int]] = []
    for k, t in enumerate(toks):
        if t.kind == "n" and k not in reading.used and is_score(toks, k, scores):
            scores.append((float(t.lemma), k))
    if len(scores) < 2:
        return
    # a sign or pain word among the numbers may own them ("fever 3 days, now 2"); one in
    # another sentence does not ("Mama says 6, before this trial she was 9 every day. No fever")
    a, b = span(toks, scores[0][1], scores[-1][1], lx.CLAUSE_END)
    near = toks[max(scores[0][1] - 6, 0) : scores[-1][1] + 7]
    if not any(t.lemma in lx.SCORE_PAST or t.lemma in _TIMES for t in near):
        return  # "Hes says 2 maybe 3. Honestly its the best hes been in years": no time near
    if not any(
        t.kind == "w" and (t.lemma in SIGN_WORDS or t.lemma in PAIN_WORDS) for t in toks[a:b]
    ) and not (
        # "como un 3 o 4, mejor q antes" is a guess; "4 maybe 6 now", "from 4 to maybe 6" rise
        a_range(reading.text, toks, scores)
        and [t.lemma for t in toks[scores[0][1] + 1 : scores[-1][1]]] in (["o"], ["or"])
        and not any(t.lemma in _NOW_WORDS for t in toks[scores[-1][1] + 1 : scores[-1][1] + 3])
    ):
        judge_trend(reading, scores, scores[0][1], SCORE_RISING)


_RECOMMEND = lx.words("recommend recommended recomiendo recomendaria stars")
_WOULD_AGAIN = lx.words("recommend do get buy try")


def _a_rating(after: list[str]) -> bool:
    """Return True for the words after "10/10" that make it a rating: "would recommend",
    "would do it again", "recomiendo" (not "would rather die")."""
    if not after:
        return False
    if after[0] in _RECOMMEND:
        return True
    return after[0] == "would" and after[1:2] != [] and after[1] in _WOULD_AGAIN


def out_of_ten(reading: Reading) -> None:
    """Read "9/10", "7 out of 10", "6 de 10" anywhere as the pain score told, with or
    without a pain word: "pain better? no. 9/10 today"."""
    toks = reading.toks
    for k, t in enumerate(toks):
        if t.kind != "n" or k in reading.used or not 0 <= float(t.lemma) <= 10:
            continue
        after = [x.lemma for x in toks[k + 1 : k + 4]]
        if t.lemma in {"0", "1"} and after[:2] in SCALE_TO:
            score_after_scale(reading, k + 2)  # "en la escala de 0 a 10 es un 9 hoy"
            continue
        if after[:2] == ["/", "10"] or after in (["out", "of", "10"], ["de", "10"], ["of", "10"]):
            ten = k + after.index("10") + 1
            reading.used.update(range(k, ten + 1))
            if _a_rating([x.lemma for x in toks[ten + 1 : ten + 3]]):
                continue  # "10/10 would recommend": a rating of the pump, not pain
            reading.report_pain(float(t.lemma), k, ten + 1)


def scores_at_once(reading: Reading) -> None:
    """Read "3 at rest, 5 walking" with no pain word: the higher score is the one told."""
    toks = reading.toks
    scores: list[tuple[float, int]] = []
    for k, t in enumerate(toks):
        if t.kind == "n" and k not in reading.used and is_score(toks, k, scores):
            scores.append((float(t.lemma), k))
    if len(scores) >= 2 and at_once(toks, scores):
        for value, k in scores:
            reading.used.add(k)
            reading.report_pain(value, k, k + 1)


_FROM_TO = lx.SCORE_TO | {"-"}
# a pain that moved: not "goes from 3 to 5 when I walk", "ranges from 2 to 4", "bumped me
# from 1 to 2 pills"
_ROSE = lx.words("went gone jumped shot climbed rose spiked subio paso brinco fue")


def went_from(toks: list[Tok], k: int, i: int) -> int | None:
    """Return where the first score of "went from 2 to 5 pain", "jumped 3 to 8 pain" stands,
    for the score at token k told right before pain word i; None for any other shape."""
    if not all(t.lemma in {"de", "of"} for t in toks[k + 1 : i]) or i - k > 2:
        return None  # "de 2 a 3 pastillas de dolor": pills, not a score
    if i + 1 < len(toks) and toks[i + 1].lemma in {"medication", "days", "dias"}:
        return None  # "went from 1 to 2 pain pills", "2 to 3 pain days"
    j = k - 1
    if j >= 1 and toks[j].lemma in {"a", "un"} and toks[j - 1].lemma == "to":
        j -= 1  # "from a 3 to a 6 pain"
    if j < 2 or toks[j].lemma not in _FROM_TO:
        return None
    m = j - 1
    if toks[m].kind != "n" or not 0 <= float(toks[m].lemma) <= 10:
        return None
    lead = m - 1
    if lead >= 1 and toks[lead].lemma in {"a", "un"}:
        lead -= 1
    if toks[lead].lemma in lx.SCORE_FROM and lead >= 1:
        lead -= 1
    return m if toks[lead].lemma in _ROSE else None


def more_than_before(toks: list[Tok], k: int) -> int:
    """Return where "more than yesterday", "mas que el otro dia" ends when it follows the
    score that ends at token k ("7, more than yesterday", "5 pero mas que el otro dia"), or 0."""
    while k < len(toks) and toks[k].lemma in _BEFORE_COMPARING:
        k += 1
    said = " ".join(t.lemma for t in toks[k : k + 7])
    found = _MORE_THAN_BEFORE.match(said)
    return k + len(found.group(0).split()) if found else 0


_BEFORE_COMPARING = lx.words(", today now hoy ahorita ahora tonight pero but though tho")
_MORE_THAN_BEFORE = re.compile(lx.MORE_THAN_BEFORE)
