"""Judge whether a sign told with "but" after it is over: "had chills Tuesday but that was
the AC, none since", "a low fever on Monday but it's been normal since".

Pure helpers over the tokens of bot.triage.tokens (easing.py asks them).
"""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.scope import NEG_CUE, SIGN_WORDS
from bot.triage.tokens import Tok

STILL = frozenset({"sigue", "siguen", "still", "todavia", "aun", "continua", "continues"})


# Words that may follow "but" with the sign passed: "but it's been normal since", "but now
# gone down".
_PASSED_GLUE = lx.words(
    "been since desde normal fine ok color colour down del todo completely stop"
)


def passed_after(toks: list[Tok], a: int) -> bool:
    """Return True for "... but not anymore", "pero ya no", "but it's gone now", "but stopped"
    after a sign."""
    words: list[str] = []
    for t in toks[a:]:
        if t.lemma in lx.CLAUSE_END or t.lemma == ",":
            break
        words.append(t.lemma)
    if "stop" in words and _after_an_alarm(toks, a):
        return False  # "the pump beeped a bunch last night but stopped": an alarm still
    if any(w in _NOT and set(words[n + 1 : n + 3]) & _GOING for n, w in enumerate(words)):
        return False  # "but it's not going away", "pero no se quita": it stays
    if _GONE_TODAY & set(words) and not _NOT_GONE & set(words):
        words = [w for w in words if w not in {"today", "hoy"}]  # "but gone today"
    if _QUITO & set(words) and not {"no", "not", "nunca", "never"} & set(words):
        words = [w for w in words if w not in {"today", "hoy"}]  # "pero hoy ya se me quito"
    if (
        not words
        or len(words) > 5
        or any(
            w not in lx.PASSED_AFTER_BUT
            and w not in lx.BETTER
            and w not in lx.GETTING_BETTER
            and w not in _PASSED_GLUE
            for w in words
        )
    ):
        return False
    said = set(words)
    if (
        said & {"it", "its", "it's"}
        and said & {"since", "now", "desde", "ahora"}
        and said
        & {
            "normal",
            "fine",
            "ok",
        }
    ):
        return True  # "a low fever on Monday but it's been normal since"
    if said <= _FINE_SINCE and "since" in said and said & {"fine", "normal", "ok", "good"}:
        return True  # "had chills the first night home but been fine since"
    if (
        said & {"better", "mejor", "improving", "mejorando", "healing"}
        and said <= lx.GETTING_BETTER
    ):
        return True  # "sore but getting better", "pero ya va mejorando"
    if {"ya", "se"} <= said and said & {"fue", "fueron"} and not said & {"no", "not", "nunca"}:
        return True  # "tenía un poquito rojo el lunes pero ya se fue del todo"
    gone = said & {"gone", "away", "quito", "quitaron", "quitado", "paso", "stop"}
    negated = said & {"not", "no"}  # the only negators the word filter above lets through
    no_more = said & {"anymore", "more", "longer", "ya", "mas"}
    if gone and negated and not no_more:
        return False  # "redness but not gone": still there; not "pero se quitó, ya no"
    return bool(gone) or bool(negated and no_more)


_GONE_TODAY = frozenset({"gone", "away", "stop"})
_QUITO = frozenset({"quito", "quitado", "paso"})
_NOT = frozenset({"not", "no", "never", "nunca", "wont", "dont", "isnt", "hasnt", "havent"})
_GOING = frozenset({"going", "go", "gone", "away", "stop", "stopping", "quita", "quito", "pasa"})
_ALARMS = lx.words(
    "alarm alarms beep beeped beeping beeps buzz buzzing buzzed vibrating vibrated chirp chirped "
    "chirping"
)
_NOT_GONE = frozenset({"no", "not", "ya", "never", "nunca", "mas", "more", "longer", "anymore"})


def _after_an_alarm(toks: list[Tok], a: int) -> bool:
    """Return True when an alarm is told just before token a: an alarm that stopped is still
    one for a nurse ("the pump beeped a bunch last night but stopped")."""
    return any(t.lemma in _ALARMS for t in toks[max(a - 8, 0) : a])


_IT = frozenset({"it", "its", "it's", "that", "thats", "that's"})
_RESOLVED = frozenset(
    {"gone", "away", "resolved", "cleared", "healed", "stop", "dry", "faded", "disappeared"}
)
_PARTLY = lx.words("little bit some mostly partly partially somewhat slightly kinda poco")
_FINE_SINCE = frozenset({"been", "fine", "normal", "ok", "good", "since", "ever"})
_NOT_OVER = frozenset({"again", "back", "still"}) | STILL
_NONE_SINCE = frozenset({"none", "nothing", "nada", "ninguno", "ninguna", "fine"})
_WAS_NORMAL = (["was", "normal"], ["is", "normal"], ["been", "normal"])
_SINCE = frozenset({"since", "desde"})
_BEFORE_NONE = frozenset({",", "and", "y", "but", "pero"})


def resolved_later(toks: list[Tok], a: int) -> bool:
    """Return True for "... but that was from the noise, and it's long gone", "but it stopped
    and it's been dry for a week": later in the sentence "it" is over, and no other sign,
    no worsening and no return is told."""
    subject = False
    alarm = _after_an_alarm(toks, a)  # "beeped but it stopped"
    for k in range(a, min(a + 20, len(toks))):
        t = toks[k]
        lemma = t.lemma
        if lemma in lx.CLAUSE_END:
            return False
        if lemma in SIGN_WORDS and [w.lemma for w in toks[k + 1 : k + 3]] in _WAS_NORMAL:
            continue  # "..., temp was normal, fine since"
        if (
            lemma in SIGN_WORDS
            or lemma in lx.WORSE
            or lemma in lx.MORE
            or lemma in _NOT_OVER
            or lemma in lx.CAME_BACK
        ):
            return False
        if (
            lemma in _NONE_SINCE
            and toks[k - 1].lemma in _BEFORE_NONE
            and toks[k + 1 : k + 2]
            and toks[k + 1].lemma in _SINCE
            # "none since", "none since Tuesday"; not "nothing since I took tylenol"
            and (
                k + 2 >= len(toks) or toks[k + 2].kind == "p" or toks[k + 2].lemma in lx.WHEN_SINCE
            )
        ):
            return True  # "had chills Tuesday but that was the AC, none since"; not "had nothing"
        if lemma in _IT:
            subject = True
        elif (
            subject
            # not "it's not going away", "it hasnt gone away"
            and not any(w.lemma in NEG_CUE for w in toks[max(k - 2, a) : k])
            and (lemma in _RESOLVED or (lemma == "down" and toks[k - 1].lemma in lx.DOWN_VERBS))
            and not (alarm and lemma == "stop")
        ):
            for x in toks[k + 1 : k + 6]:
                if x.lemma in lx.CLAUSE_END:
                    break
                if x.lemma in _NOT_OVER or x.lemma in SIGN_WORDS or x.lemma in _PARTLY:
                    return False  # "but it faded a little": not gone
            return True
    return False
