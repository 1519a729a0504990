"""Read 0-10 pain scores and the words around a pain word: worse, more, severe, easing."""

from __future__ import annotations

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage.counts import PAIN_WORDS, counted
from bot.triage.easing import improved
from bot.triage.lexicon import (
    INCREASING_PAIN,
    MILD_SORENESS,
    PAIN,
    PAIN_NOT_WORSE,
    PAIN_UNCHANGED,
    SEVERE_PAIN,
)
from bot.triage.little_pain import (
    clause_after,
    hurt_more_then,
    low,
    not_bad,
    not_so_much,
    relief_denied,
)
from bot.triage.reading import Reading
from bot.triage.scale import scale_ten
from bot.triage.scope import (
    BOUNDARY,
    NEG_CUE,
    SIGN_WORDS,
    negated_after,
    negated_before,
)
from bot.triage.scores import (
    a_range,
    at_once,
    is_score,
    judge_trend,
    more_than_before,
    went_from,
)
from bot.triage.steady import STEADY, steady
from bot.triage.tokens import Tok

# "a little more pain", "much more pain", "mas dolor", "more back pain": words that may stand
# between "more" and the pain word.
_MORE_GLUE = lx.words(
    "a bit little much lot even way back leg legs un poco poquito tad lil mucho de del"
)
# "pain in one leg", "a la una": no scores
_NOT_SPELLED_SCORE = lx.words("one uno una")
_EASIER = (
    lx.words(
        "tranquilo tranquila bajito bajita bajo baja suave leve calmado calmada ligero ligera "
        "aguantable soportable llevadero manageable tolerable bearable mild calm"
    )
    | lx.BETTER
)


# "3 at rest, 5 walking": two scores told at once, not a change.
def _worse_said(toks: list[Tok], a: int, b: int) -> bool:
    """Return True when tokens a..b-1 say "worse" without denying it ("not worse", "no peor")."""
    return any(
        toks[k].lemma in lx.WORSE
        and not any(t.lemma in NEG_CUE or t.surface in NEG_CUE for t in toks[max(k - 2, 0) : k])
        and not _at_worst(toks, k)
        for k in range(a, b)
    )


def _came_back(near: list[str]) -> bool:
    """Return True for "the pain is back", "el dolor volvió": the relief is lost. Not "back
    to normal", "back down", "volvió a la normalidad"."""
    padded = [*near, "", ""]
    for n, w in enumerate(near[:4]):
        paired = (w, padded[n + 1]) in lx.CAME_BACK_PAIRS
        after = padded[n + 2] if paired else padded[n + 1]
        if (paired or w in lx.CAME_BACK) and after not in _BACK_TO:
            return not any(x in NEG_CUE for x in near[:n])
    return False


_BACK_TO = frozenset({"to", "down", "a", "al"})


def _at_worst(toks: list[Tok], k: int) -> bool:
    """Return True for "5/10 at worst", "at its worst a 6": a range, not a change."""
    if toks[k].surface not in {"worst", "peor"}:
        return False
    before = [t.surface for t in toks[max(k - 2, 0) : k]]
    return bool(before) and (
        before[-1] in {"at", "lo"} or (before[0] == "at" and before[-1] in {"its", "it's", "my"})
    )


def _pain_scores(toks: list[Tok], i: int) -> list[tuple[float, int]]:
    """Return the 0-10 pain scores written near a pain word, in order."""
    scores: list[tuple[float, int]] = []
    for k in range(i + 1, min(i + 14, len(toks))):
        t = toks[k]
        if t.lemma == "?" or (t.lemma in SIGN_WORDS and t.lemma not in PAIN_WORDS):
            break
        if t.lemma in PAIN_WORDS and k > i + 1:
            break
        if t.kind == "n" and is_score(toks, k, scores):
            scores.append((float(t.lemma), k))
        elif (
            t.surface in lx.SPELLED_SCORES
            and t.surface not in _NOT_SPELLED_SCORE
            # "a 9 for ten years": a length of time, not a score
            and (k + 1 >= len(toks) or toks[k + 1].lemma not in lx.NOT_SCORE_AFTER)
        ):
            scores.append((float(lx.SPELLED_SCORES[t.surface]), k))  # "pain is a three"
        if len(scores) == 2 and k > i + 8:
            break
    # "un 7 de dolor hoy, ayer un 4", "a 7 pain": a score just before the pain word
    for k in range(i - 1, max(i - 4, -1), -1):
        if scale_ten(toks, k):
            break  # "¿el 0 a 10 es del dolor de espalda?": the scale, no score
        if (
            toks[k].lemma == "10"
            and k >= 2
            and toks[k - 1].lemma in {"/", "of", "de"}
            and toks[k - 2].kind == "n"
        ):
            k -= 2  # "6/10 pain": the score is the 6, out of 10
        if toks[k].kind == "n" and 0 <= float(toks[k].lemma) <= 10 and not counted(toks, k):
            if not scores or k < scores[0][1]:
                scores.insert(0, (float(toks[k].lemma), k))
                first = went_from(toks, k, i)
                if first is not None:  # "my back went from 2 to 5 pain": the 2 it rose from
                    scores.insert(0, (float(toks[first].lemma), first))
            break
    return scores


_MORE_AFTER_GLUE = lx.words(
    "is was it its it's es esta a bit little lot much even un poco poquito tad lil mucho today hoy "
    "now ahora good whole mite ya"
)


def _more_before(toks: list[Tok], i: int) -> int | None:
    """Return where "more" stands before pain word i ("a little more pain", "mas dolor")."""
    k = i - 1
    while k >= 0 and i - k <= 4:
        lemma = toks[k].lemma
        if lemma in lx.MORE:
            if k and toks[k - 1].lemma in NEG_CUE | {"any"}:
                return None  # "no more pain", "not any more pain"
            return k
        if lemma not in _MORE_GLUE:
            return None
        k -= 1
    return None


_BEAR = lx.words(
    "aguanto aguantar aguanta soporto soportar soporta take stand bear handle tolerate "
    "tolero tolerar"
)


def _cannot_bear(toks: list[Tok], i: int) -> int | None:
    """Return where "ya no aguanto el dolor", "can't take the pain" starts, if it is said."""
    for k in range(i - 1, max(i - 4, 0), -1):
        if toks[k].lemma in _BEAR or toks[k].surface in _BEAR:
            neg = [m for m in range(max(k - 2, 0), k) if toks[m].lemma in NEG_CUE]
            return neg[0] if neg else None
    return None


def _answered_better(toks: list[Tok], i: int) -> bool:
    """Return True for "pain? way less", "dolor? mejor": the writer's own question, answered."""
    after = [t.lemma for t in toks[i + 1 : i + 4]]
    return (
        bool(after)
        and after[0] == "?"
        and any(w in lx.BETTER or w in lx.SCORE_DOWN for w in after[1:])
    )


def _direction(toks: list[Tok], k: int) -> int | None:
    """Return +1 for "... and going up" right after a score, -1 for "going down", else None."""
    for t in toks[k : k + 4]:
        if t.lemma in BOUNDARY:
            return None
        if t.lemma in lx.SCORE_UP and t.lemma not in {"worse", "peor"}:
            return 1
        if t.lemma in lx.SCORE_DOWN:
            return -1
    return None


def _but_no_worse(toks: list[Tok], i: int) -> bool:
    """Return True for "pain is there but not worse", "pain, but no worse than yesterday"."""
    for k in range(i + 1, min(i + 8, len(toks) - 1)):
        if toks[k].lemma in lx.CLAUSE_END:
            return False
        if toks[k].lemma in NEG_CUE and toks[k + 1].lemma in lx.WORSE:
            return toks[k - 1].lemma in lx.CONTRAST or toks[k - 1].lemma == ","
    return False


def _no_worse(toks: list[Tok], i: int) -> bool:
    """Return True for "no increasing pain", "no more pain", "not worse pain", "pain no
    worse"."""
    after = toks[i + 1 : i + 3]
    return (
        (
            i >= 2
            and (toks[i - 1].lemma in lx.WORSE or toks[i - 1].lemma in lx.MORE)
            and toks[i - 2].lemma in NEG_CUE
        )
        or (
            len(after) == 2
            and after[0].lemma in NEG_CUE
            and after[1].lemma in lx.WORSE
            # "the pain no worse, is more strong every day" says worse after all
            and not any(t.lemma in lx.WORSE or t.lemma in lx.MORE for t in toks[i + 3 :])
        )
    )


_NOT_LIKE = (("not", "like"), ("nothing", "like"), ("no", "es", "como"), ("no", "como"))
_BEFORE_NOW = lx.words("before antes it")
_SEVERE = lx.words(
    "killing kill unbearable excruciating constant sharper sharp worst terrible horrible awful "
    "insoportable fuerte fuertisimo"
)


def _not_like_before(toks: list[Tok], i: int) -> bool:
    """Return True for "the pain is not like before", "el dolor no es como antes": less pain,
    unless the sentence says worse ("not like before, it is worse")."""
    words = [t.lemma for t in toks[i + 1 : i + 8]]
    for k, w in enumerate(words):
        if w in BOUNDARY:
            words = words[:k]
            break
    start = 1 if words[:1] in (["is"], ["es"], ["isnt"], ["was"]) else 0
    for phrase in _NOT_LIKE:
        end = start + len(phrase)
        if tuple(words[start:end]) == phrase and words[end : end + 1] and words[end] in _BEFORE_NOW:
            # only beside good news, with no score and nothing worse anywhere: not "the pain
            # is not like before, it's a 9 now" or "... it's killing me"
            lemmas = {t.lemma for t in toks}
            return (
                bool(lemmas & (lx.OK_WORDS | lx.BETTER | {"well"}))
                and not lemmas & (lx.WORSE | lx.MORE | _SEVERE)
                and not any(t.kind == "n" for t in toks)
            )
    return False


_SERVICE_AFTER = lx.words(
    "team clinic clinics doctor doctors dr doc specialist center centre program office nurse "
    "nurses staff people folks crew department dept unit"
)
_SERVICE_BEFORE = lx.words("clinica doctor doctora unidad medico especialista")
_WHOSE = lx.words("the my your our his her their to from at with this that")


def _the_clinic(toks: list[Tok], i: int) -> bool:
    """Return True for "pain" naming the clinic or its people: "thanks to the pain team",
    "my pain doctor", "la clínica del dolor" (not "unbearable pain nurse")."""
    if i + 1 < len(toks) and toks[i + 1].lemma in _SERVICE_AFTER:
        return bool(i) and toks[i - 1].surface in _WHOSE
    return i >= 2 and toks[i - 1].surface in {"del", "de"} and toks[i - 2].lemma in _SERVICE_BEFORE


def judge_pain(reading: Reading, i: int) -> None:
    """Grade a pain or soreness word by what surrounds it."""
    toks = reading.toks
    if _the_clinic(toks, i):
        reading.used.add(i)
        return
    if (
        (negated_before(toks, i, True) and not relief_denied(toks, i))
        or negated_after(toks, i + 1)
        or _no_worse(toks, i)
        or _answered_better(toks, i)
        or _not_like_before(toks, i)
        or not_so_much(toks, i)
    ):
        reading.reassured += 1
        return
    if _but_no_worse(toks, i):
        # "pain is there but not worse": answers the check-in's "more pain?"; told unasked, a
        # nurse reads it
        reading.add(Level.ROUTINE, PAIN_NOT_WORSE, i, i + 1)
        return
    near = clause_after(toks, i, 6)
    before = [t.lemma for t in toks[max(i - 3, 0) : i]]
    more_at = next((n for n, w in enumerate(near) if w in lx.MORE), None)
    # "more" after the pain word counts only close to it: "pain is more today", "me duele
    # mas", not "pain is controlled and I'm walking more".
    more_after = more_at is not None and all(w in _MORE_AFTER_GLUE for w in near[:more_at])
    easier = more_at is not None and near[more_at + 1 : more_at + 2] != []
    if more_after and easier and near[(more_at or 0) + 1] in _EASIER:
        reading.reassured += 1  # "el dolor está más tranquilo": less pain
        return
    if more_after and hurt_more_then(toks, i):
        reading.reassured += 1  # "ayer me dolía más": it hurt more yesterday, less now
        return
    more_before = _more_before(toks, i)
    if _worse_said(toks, max(i - 3, 0), i + 1 + len(near)) or (
        more_after and not any(w in NEG_CUE for w in near[: more_at or 0])
    ):
        reading.add(Level.URGENT, INCREASING_PAIN, i, i + 1 + len(near))
        return
    if more_before is not None:
        reading.add(Level.URGENT, INCREASING_PAIN, more_before, i + 1)
        return
    if _came_back(near):
        reading.add(Level.URGENT, INCREASING_PAIN, i, i + 1 + len(near))
        return
    down = near[:1] == ["down"] or near[:2] in _DOWN_AFTER
    where = [w for w in near[near.index("down") + 1 :][:1]] if "down" in near[:2] else []
    if toks[i].lemma == "pain" and down and not (where and where[0] in lx.DOWN_TO_PLACE):
        reading.reassured += 1  # "pain's down"
        return
    if (
        toks[i].lemma == "pain"
        and steady(near)
        # "pain is the same but now its a 10": the score after it is read on
        and not any(t.kind == "n" and float(t.lemma) <= 10 for t in toks[i + 1 :])
    ):
        # "pain is the same": no flag; a nurse reads it unless the reply also denies the signs
        reading.add(Level.ROUTINE, PAIN_UNCHANGED, i, i + 1)
        return
    endured = _cannot_bear(toks, i)
    if endured is not None:
        reading.add(Level.URGENT, SEVERE_PAIN, endured, i + 1)
        return
    scores = _pain_scores(toks, i)
    reading.used.update(k for _, k in scores)
    if a_range(reading.text, toks, scores):
        value, k = max(scores)  # "pain 4-5", "pain 10-4": the higher end is the score told
        reading.report_pain(value, min(i, k), max(i, k) + 1)
        return
    if len(scores) >= 2 and not at_once(toks, scores):
        judge_trend(reading, scores, min(i, scores[0][1]), INCREASING_PAIN)
        return
    if improved(toks, i, i + 1):
        reading.reassured += 1
        if scores:
            reading.report_pain(scores[-1][0], min(i, scores[-1][1]), max(i, scores[-1][1]) + 1)
        return
    if scores:
        # Graded by the final decision, which knows the patient's last score (verdict.py).
        # "5/10 same as yesterday", "a 7 and going up", "4 and going down"
        trend = _direction(toks, scores[-1][1] + 1)
        if trend is None and more_than_before(toks, scores[-1][1] + 1):
            trend = 1  # "pain 6 more than the other day"
        if trend is None and any(w in STEADY for w in near):
            trend = 0
        for value, k in scores:
            reading.report_pain(value, min(i, k), max(i, k) + 1, trend=trend)
        if trend == 1:
            reading.add(Level.URGENT, INCREASING_PAIN, i, scores[-1][1] + 1)
        return
    if toks[i].lemma == "pain" and (not_bad(clause_after(toks, i, 10)) or low(near)):
        # "pain isn't bad at all", "el dolor de la pierna ya no es tan fuerte", "pain's low"
        reading.reassured += 1
        return
    if (
        toks[i].lemma == "pain"
        and any(w in lx.SEVERE for w in near + before)
        and not any(w in lx.MILD for w in near + before)
    ):
        reading.add(Level.URGENT, SEVERE_PAIN, i, i + 1)
        return
    mild = (
        toks[i].lemma == "sore"
        or toks[i].surface in _ACHY
        or any(w in lx.MILD for w in near + before)
    )
    reading.add(Level.ROUTINE, MILD_SORENESS if mild else PAIN, i, i + 1)


# After "pain down", these say where it goes, not that it eases: "pain down my leg".
_DOWN_AFTER = (["is", "down"], ["way", "down"], ["going", "down"], ["go", "down"])
_ACHY = lx.words("achy aching ache aches achey")
