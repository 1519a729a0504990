"""Find the signs in a patient's reply: the written rules, walked once over its tokens.

Pure: no I/O, no clock. The text is tokenised once, each word is folded (lower case, no
accents) and mapped onto a lemma — through the lexicon, or a bounded edit distance for
misspellings — and the rules run over the lemmas. Negation, improvement ("swelling went
down") and questions are judged per finding. The level is decided from the findings by
verdict.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage.backstop import backstop
from bot.triage.combine import LAUGH_RE, combine
from bot.triage.counts import PAIN_WORDS
from bot.triage.easing import improved, never_better, rather
from bot.triage.lexicon import (
    DYING,
    FEELING_UNWELL,
    GOOD_NEWS,
    HEADACHE,
    INCREASING_PAIN,
    NEUTRAL,
    NOT_IMPROVING,
    POSITIONAL_HEADACHE,
    PUMP_ALARM,
    TROUBLE_SLEEPING,
)
from bot.triage.not_eased import is_intensifier
from bot.triage.pain import judge_pain
from bot.triage.reading import Reading
from bot.triage.result import SELF_HARM_SYMPTOMS
from bot.triage.scope import (
    NEG_CUE,
    STOPPED,
    clause_is_question,
    negated_after,
    negated_before,
    ok_negated,
    span,
)
from bot.triage.scores import bare_scores, out_of_ten, scores_at_once
from bot.triage.temperature import judge_temperature
from bot.triage.tokens import Tok
from bot.triage.vague import vague_bad
from bot.triage.weather import dying_of_the_heat, weather_after

_ALL_PHRASES = tuple((rule, False) for rule in lx.PHRASES) + tuple(
    (rule, True) for rule in lx.DANGER_NETS
)
_GATE_WORDS = sorted({g for (gate, *_), _net in _ALL_PHRASES for g in gate}, key=lambda g: -len(g))


# One pass finds every gate word: at each position the longest one that starts there. A
# shorter one starting at the same place is inside it, so a rule's gate is open when one
# of its words, or a gate word holding one, was seen.
_Trie = dict[str, "_Trie"]


def _trie_pattern(words: list[str]) -> str:
    """Return a regex for any of words, as a trie so each position is tried once, longest first."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: _Trie) -> str:
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return walk(trie)


_GATE_RE = re.compile("(?=(" + _trie_pattern(_GATE_WORDS) + "))")
_PHRASES = tuple(
    (
        frozenset(w for w in _GATE_WORDS if any(g in w for g in gate)),
        re.compile(pattern),
        symptom,
        Level(level),
        negatable,
        net,
    )
    for (gate, pattern, symptom, level, negatable), net in _ALL_PHRASES
)
# Gate word -> the rules it opens, so a reply runs only the rules its words can match.
_RULES_BY_GATE: dict[str, tuple[int, ...]] = {
    word: tuple(n for n, rule in enumerate(_PHRASES) if word in rule[0]) for word in _GATE_WORDS
}
_SINGLES = {lemma: (s, Level(lv), neg) for lemma, (s, lv, neg) in lx.SINGLES.items()}
# "la bomba ya no suena", "head no pain"
_INNER_NEGATION = frozenset({PUMP_ALARM, INCREASING_PAIN, HEADACHE})
_KEEPS_GOING = frozenset({"para", "deja", "paro"})  # "no para de subir": a negator that isn't


def _match_phrases(reading: Reading, canon: str, starts: list[int]) -> None:
    """Run the multi-word rules over the lemma text."""
    toks = reading.toks
    opened = sorted({n for m in _GATE_RE.finditer(canon) for n in _RULES_BY_GATE[m.group(1)]})
    for n in opened:  # in the order the rules are written: ordinary uses first
        _gate, pattern, symptom, level, negatable, net = _PHRASES[n]
        for m in pattern.finditer(canon):
            i = bisect_right(starts, m.start()) - 1
            j = bisect_right(starts, max(m.end() - 1, m.start()))
            if net:
                _net_finding(reading, symptom, level, i, j)
                continue
            if symptom == NEUTRAL:
                reading.used.update(range(i, j))
                reading.set_aside.update(range(i, j))  # "cabin fever", "red glasses"
                continue
            if symptom == GOOD_NEWS:
                reading.used.update(range(i, j))
                reading.reassured += 1
                reading.well += 1
                continue
            if any(k in reading.used for k in range(i, j)) and level is not Level.EMERGENCY:
                continue
            if symptom == POSITIONAL_HEADACHE:
                reading.positional = True  # "gone when im down": easing only lying is the sign
            if symptom == lx.SLOW_BREATHING and _pain_barely_felt(toks, i, j):
                continue  # "el dolor de la espalda ya casi no lo siento": the pain, not the breath
            calm = level is not Level.EMERGENCY
            if negatable and (negated_before(toks, i, True, calm) or negated_after(toks, j, i)):
                reading.reassured += 1
                reading.used.update(range(i, j))
                continue
            if (
                negatable
                and symptom in _INNER_NEGATION
                and any(
                    (
                        toks[k].lemma in NEG_CUE
                        and toks[k + 1].lemma not in STOPPED
                        and toks[k + 1].lemma not in _KEEPS_GOING
                    )
                    # "pump stopped beeping" (not "pump stopped working": another rule)
                    or (
                        symptom == PUMP_ALARM
                        and toks[k].lemma in STOPPED
                        and toks[k - 1].lemma not in NEG_CUE  # "wont stop beeping"
                    )
                    for k in range(i + 1, j - 1)
                )
            ):
                reading.reassured += 1
                reading.used.update(range(i, j))
                continue
            if (
                level is not Level.EMERGENCY
                and negatable
                and toks[i].lemma not in NEG_CUE
                and improved(toks, i, j)
                and not (symptom in _POSTURE and reading.positional and not resolved(toks))
            ):
                if symptom == PUMP_ALARM and _WENT_OFF.search(canon):
                    reading.add(level, symptom, i, j)  # "the alarm went off twice, then stopped"
                    continue
                reading.reassured += 1
                reading.used.update(range(i, j))
                continue
            reading.add(level, symptom, i, j)


# An alarm told as having sounded: a nurse checks the pump even when it has stopped.
_WENT_OFF = re.compile(r"\b(?:went|goes|going|gone) off\b|\bsono\b|\bsounded\b")


_BARELY_FELT = ["casi", "no", "lo", "feel"]
_NOT_JUST_PAIN = lx.words("breathe pulse pulso chest pecho respira aire")


def _pain_barely_felt(toks: list[Tok], i: int, j: int) -> bool:
    """Return True for "el dolor de la espalda ya casi no lo siento": "casi no lo siento" that
    ends its clause after a pain word in it, with no word of breath, pulse or chest in the
    sentence ("le tomo el pulso y casi no lo siento" stays an emergency)."""
    if [t.lemma for t in toks[i:j]] != _BARELY_FELT or (j < len(toks) and toks[j].kind != "p"):
        return False
    a = i
    while a > 0 and toks[a - 1].kind != "p":
        a -= 1
    sentence = span(toks, i, j, lx.CLAUSE_END)
    return any(t.lemma in PAIN_WORDS for t in toks[a:i]) and not any(
        t.lemma in _NOT_JUST_PAIN for t in toks[sentence[0] : sentence[1]]
    )


def _net_finding(reading: Reading, symptom: str, level: Level, i: int, j: int) -> None:
    """Record a danger-net match: dropped when negated, urgent when asked about or easing.

    The nets are broad on purpose, so "when in doubt, go up" holds both ways: a net never
    lowers a reply, and one it cannot place confidently still lands at urgent.
    """
    toks = reading.toks
    if any(k in reading.used for k in range(i, j)) and any(
        lv.rank >= level.rank for lv, _ in reading.findings
    ):
        return
    if all(k in reading.set_aside for k in range(i, j)):
        return  # an ordinary use: "sorry I didn't answer yesterday"
    # "no las puedo mover nada": a trailing "nada" stresses a negated ability, it denies nothing.
    calm = level is not Level.EMERGENCY
    if negated_before(toks, i, True, calm) or (
        toks[i].lemma not in NEG_CUE and negated_after(toks, j)
    ):
        reading.reassured += 1
        reading.used.update(range(i, j))
        return
    # "better off if I wasn't here" holds "better": self-harm is never read as easing
    doubtful = symptom not in SELF_HARM_SYMPTOMS and (
        clause_is_question(toks, j) or (toks[i].lemma not in NEG_CUE and improved(toks, i, j))
    )
    reading.add(Level.URGENT if doubtful else level, symptom, i, j)


_POSTURE = frozenset({HEADACHE, POSITIONAL_HEADACHE})
_RESOLVED = lx.words(
    "gone cleared resolved disappeared desaparecio quito healed fixed stopped paso"
)
_WHILE_LYING = lx.words(
    "when cuando if si while mientras lying lie lay flat acostado acostada acuesto lying"
)
_LYING = _WHILE_LYING - lx.words("when cuando if si while mientras")
_IN_BED = lx.words("bed cama yet havent haven't hasnt todavia")
_EASING_ONLY = lx.words("better mejor improving improves eases relieved alivia alivio")


def resolved(toks: list[Tok]) -> bool:
    """Return True when a reply says a sign is gone ("the headache on standing has cleared"),
    not that it eases lying down (which is the positional headache itself)."""
    lemmas = {t.lemma for t in toks}
    if lemmas & _EASING_ONLY:
        return False
    return any(
        t.lemma in _RESOLVED
        # "gone when I lie down", "lay down and it's gone" are the positional headache itself
        and not any(w.lemma in _WHILE_LYING for w in toks[k + 1 : k + 4])
        # "lay down and it's gone"; not "the headache I had when standing is gone"
        and not any(w.lemma in _LYING for w in toks[max(k - 5, 0) : k])
        # "gone for now, I'm in bed all day": only while lying down
        and not any(w.lemma in _IN_BED for w in toks[k + 1 : k + 9])
        for k, t in enumerate(toks)
    )


_QUANTITY = lx.words("bit deal amount while many much few couple")
# Easing words that say nothing on their own ("lower back pain", "the fever broke" is read
# with its sign).
_NOT_ALONE = frozenset({"gone", "away", "broke", "bajo", "quito", "lower", "reduced"})


def _this_sentence(before: list[Tok]) -> list[Tok]:
    """Return the tokens of ``before`` after its last full stop."""
    ends = [n for n, t in enumerate(before) if t.lemma in lx.CLAUSE_END]
    return before[ends[-1] + 1 :] if ends else before


def walk(reading: Reading) -> None:
    """Walk a reply's tokens with the written rules, recording every finding they make.

    Tokens already marked used (a plain answer to the check-in, read by verdict.py) are
    left alone.
    """
    toks = reading.toks
    starts: list[int] = []
    parts: list[str] = []
    pos = 0
    for t in toks:
        starts.append(pos)
        parts.append(t.lemma)
        pos += len(t.lemma) + 1
    _match_phrases(reading, " ".join(parts), starts)
    bare_scores(reading)

    asked = reading.asked
    content = [t for t in toks if t.kind != "p"]
    for k, t in enumerate(toks):
        lemma = t.lemma
        if k in reading.used or (
            lemma not in _WALKED and t.kind != "n" and t.surface not in lx.OK_TYPOS
        ):
            continue  # most words: no rule below reads them
        if t.surface in lx.OK_TYPOS and k and toks[k - 1].lemma in lx.WELL_AFTER:
            reading.reassured += 1  # "doing find", "doing swell"
            reading.well += 1
        elif lemma == "sleep" and _cannot(toks, k):
            reading.add(Level.ROUTINE, TROUBLE_SLEEPING, k, k + 1)  # "no puedo dormir"
        elif t.kind == "n":
            judge_temperature(reading, k, alone=len(content) == 1)
        elif lemma in PAIN_WORDS:
            judge_pain(reading, k)
        elif lemma in _SINGLES:
            symptom, level, negatable = _SINGLES[lemma]
            after = toks[k + 1].lemma if k + 1 < len(toks) else ""
            before = toks[k - 1].lemma if k else ""
            if (
                (
                    after in lx.NOT_BEFORE.get(lemma, ())
                    or after in lx.NOT_BEFORE.get(t.surface, ())  # "ill answer later"
                    or before in lx.NOT_AFTER.get(lemma, ())
                    or (lemma == "warm" and weather_after(toks, k))
                )
                # a denial in the same sentence: not "no fever. Ill text you"
                and not any(w.lemma in NEG_CUE for w in _this_sentence(toks[max(k - 3, 0) : k]))
            ):
                reading.set_aside.add(k)  # "a faint whirring", "ill answer later"
                continue
            negated = negated_before(
                toks, k, lemma != "problem", level is not Level.EMERGENCY
            ) or negated_after(toks, k + 1)
            eased = (
                level is not Level.EMERGENCY
                and improved(toks, k, k + 1)
                and not (symptom in _POSTURE and reading.positional and not resolved(toks))
            )
            if negatable and (negated or eased):
                reading.reassured += 1
            else:
                reading.add(level, symptom, k, k + 1)
        elif lemma in lx.QUESTION_SINGLES and asked:
            reading.add(Level.ROUTINE, lx.QUESTION_SINGLES[lemma], k, k + 1)
        elif (
            lemma in lx.OK_WORDS
            or (lemma == "well" and k and toks[k - 1].lemma in lx.WELL_AFTER)
            or (k + 1 < len(toks) and (lemma, toks[k + 1].lemma) in lx.OK_PAIRS)
        ):
            if lemma == "bien" and is_intensifier(toks, k):
                continue
            if lemma == "good" and k + 1 < len(toks) and toks[k + 1].lemma in _QUANTITY:
                continue  # "a good bit more", "a good while"
            if lemma in {"k", "kk"} and (
                len(t.surface) > 2
                or not all(w.known for w in toks if w.kind == "w")
                or len(content) == 1
            ):
                # "kkkk" laughs; "k" is "ok" only among words we know; a bare "k" is a receipt
                continue
            if ok_negated(toks, k):
                reading.add(Level.URGENT, FEELING_UNWELL, max(k - 3, 0), k + 1)
            else:
                reading.reassured += 1
                reading.well += lemma not in lx.WEAK_OK
                if k + 1 < len(toks) and (lemma, toks[k + 1].lemma) in lx.OK_PAIRS:
                    reading.used.add(k + 1)  # "can't complain": no problem reported
        elif lemma in lx.NONE_WORDS:
            reading.reassured += 1
        elif lemma in lx.BETTER and lemma not in _NOT_ALONE and not rather(toks, k):
            if [t.lemma for t in toks[max(k - 3, 0) : k]] == ["ni", "mas", "ni"]:
                # "ni más ni menos": the same, neither more nor less (no news of itself)
                reading.used.update(range(k - 3, k + 1))
            elif k and toks[k - 1].lemma in NEG_CUE and not never_better(toks, k):
                reading.add(Level.ROUTINE, NOT_IMPROVING, k - 1, k + 1)
            else:
                reading.reassured += 1
                reading.well += 1

    if reading.pain is None:
        scores_at_once(reading)
    if reading.pain is None:
        out_of_ten(reading)
    combine(reading)
    if not any(lv.rank >= Level.URGENT.rank for lv, _ in reading.findings):
        vague_bad(reading)
    if not any(lv.rank >= Level.URGENT.rank for lv, _ in reading.findings):
        backstop(reading)
    if any(f.symptom == DYING for _, f in reading.findings) and any(
        t.surface in lx.LAUGHTER or LAUGH_RE.fullmatch(t.surface) for t in toks
    ):
        # "I'm dying lol": a figure of speech; suicide and overdose words still count.
        reading.findings = [
            (Level.ROUTINE, f) if f.symptom == DYING else (lv, f) for lv, f in reading.findings
        ]
    elif dying_of_the_heat(reading.findings, reading.text, toks):  # "It's 113 and I'm dying here"
        reading.findings = [
            (Level.ROUTINE, f) if f.symptom == DYING else (lv, f) for lv, f in reading.findings
        ]


# Every lemma the walk in walk() reads (besides numbers and "doing find"-like typos).
_WALKED = {"sleep", "well", *PAIN_WORDS, *_SINGLES, *lx.QUESTION_SINGLES, *lx.OK_WORDS}
_WALKED |= {*(a for a, _ in lx.OK_PAIRS), *lx.NONE_WORDS, *lx.BETTER}


def _cannot(toks: list[Tok], k: int) -> bool:
    """Return True for "can't sleep", "no puedo dormir": a negator in the same clause."""
    for m in range(k - 1, max(k - 4, -1), -1):
        if toks[m].lemma in lx.CLAUSE_END or toks[m].lemma == ",":
            return False
        if toks[m].lemma in NEG_CUE:
            return True
    return False
