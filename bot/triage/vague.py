"""Keep a vague word of being unwell ("bad", "terrible", "muy mal", "peor") said of oneself a
red flag, and set aside the same words said of the weather, the roads, the scale, a bill or
a limb named "the bad arm"."""

from __future__ import annotations

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage.asking import or_is
from bot.triage.lexicon import BAD_REPLY
from bot.triage.reading import Reading
from bot.triage.scope import (
    NEG_CUE,
    PART_END,
    clause_is_question,
    negated_before,
    ok_negated,
    span,
)
from bot.triage.thanks import tongan_thanks
from bot.triage.tok import Tok
from bot.triage.weather import is_weather_word

_SCALE_WORDS = frozenset({"0", "10", "scale", "escala"})


_PLACES = frozenset({"hospital", "hospitals"})
_THE = lx.words("the his her that")
_ROADS = lx.words("roads road streets highway interstate carreteras carretera calles")
# between the roads and "bad": "roads are supposed to be bad", "las carreteras estan muy malas"
_ROADS_ARE = lx.words(
    "are is were was will be supposed to gonna going expected look looking really very so "
    "pretty estan estaban muy"
)
_NAMED_LIMBS = lx.words("arm leg legs shoulder knee hip foot ankle hand wrist elbow side")
_FOOD = frozenset({"food", "comida"})


def _first_days_worst(toks: list[Tok], k: int) -> bool:
    """Return True for "Better today. ... the first couple days were the worst.": the days
    after the procedure, over, in a reply that says it is better; not "last night was the
    worst", "the first days were the worst, now it's unbearable", "... worst so far"."""
    return (
        toks[k].surface == "worst"
        and (k + 1 == len(toks) or toks[k + 1].lemma in lx.CLAUSE_END)
        and any(t.lemma in lx.BETTER or t.lemma in lx.OK_WORDS for t in toks)
        and k >= 3
        and toks[k - 1].lemma == "the"
        and toks[k - 2].surface in {"were", "was"}
        and any(
            toks[n].lemma == "first"
            and not any(w.lemma in lx.CONTRAST or w.lemma in lx.CLAUSE_END for w in toks[n:k])
            for n in range(max(k - 7, 0), k - 2)
        )
    )


_ASKS_IF = lx.words("is was would could es seria")


def vague_bad(reading: Reading) -> None:
    """Flag "bad", "terrible", "muy mal", "peor" said of oneself: a red flag, not chatter."""
    toks = reading.toks
    for k, t in enumerate(toks):
        if t.lemma not in lx.VAGUE_BAD or k in reading.used:
            continue
        if t.surface == "malo" and tongan_thanks(reading, k):
            reading.used.add(k)
            continue
        before = toks[k - 1].lemma if k else ""
        after = toks[k + 1].lemma if k + 1 < len(toks) else ""
        if before in lx.NOT_VAGUE_BEFORE and not (k > 1 and toks[k - 2].lemma in NEG_CUE):
            continue
        if (
            t.surface == "worst"
            and before == "at"
            and any(x.kind == "n" for x in toks[max(k - 4, 0) : k])
        ):
            continue  # "5/10 at worst, 2/10 at rest": a range of scores
        if any(
            toks[m].lemma in _ROADS and all(x.surface in _ROADS_ARE for x in toks[m + 1 : k])
            for m in range(max(k - 5, 0), k)
        ) and not any(x.lemma in lx.BODY_WORDS or x.lemma == "pain" for x in toks):
            continue  # "roads are supposed to be bad": the drive, not the patient
        if t.surface == "bad" and before in _THE and after in _NAMED_LIMBS:
            continue  # "a pillow under the bad arm": the limb that was bad before, named
        if _first_days_worst(toks, k):
            continue  # "Dr was right, the first couple days were the worst"
        if after == "part" and k > 1 and before == "the" and toks[k - 2].lemma in {"was", "were"}:
            continue  # "the tape itch was the worst part": looking back at a small thing
        if (
            after in lx.NOT_VAGUE_AFTER
            or is_weather_word(toks, k, k + 1)
            or any(
                x.lemma in lx.NOT_VAGUE_AFTER and x.lemma not in _PLACES
                for x in toks[max(k - 3, 0) : k]
            )
            # "the food at the hospital was bad", not "sali del hospital muy mal"
            or (
                any(x.lemma in _PLACES for x in toks[max(k - 3, 0) : k])
                and any(x.lemma in _FOOD for x in toks[max(k - 6, 0) : k])
            )
        ):
            continue  # "bad weather", "weather's been awful", "signal real bad out here"
        if clause_is_question(toks, k + 1) and any(
            x.lemma in _SCALE_WORDS for x in toks[span(toks, k, k, PART_END)[0] : k + 3]
        ):
            reading.used.add(k)  # "is 10 the worst?", "el 10 es lo peor?": about the scale
            continue
        # "Can my AC blow on the incision or is that bad lol", "... or is bending over bad":
        # asked, told nothing
        asked_bad = reading.asked and t.surface == "bad"
        if (
            before in lx.BAD_ASKED_BEFORE
            and (
                clause_is_question(toks, k + 1)
                or (asked_bad and k >= 2 and toks[k - 2].lemma in _ASKS_IF)
            )
        ) or (asked_bad and or_is(toks, k)):
            reading.used.add(k)  # "is it bad if I skip a dose?" asks; it tells nothing
            continue
        as_bad = before == "as" and any(w.lemma in NEG_CUE for w in toks[max(k - 5, 0) : k])
        # "not getting worse", "hasn't gotten any worse"
        as_bad = as_bad or (
            before in {"getting", "gotten", "any", "going"}
            and k >= 2
            and (
                toks[k - 2].lemma in NEG_CUE
                or (
                    k >= 3
                    and toks[k - 2].lemma in {"getting", "gotten"}
                    and toks[k - 3].lemma in NEG_CUE
                )
            )
        )
        never_worse = t.surface in {"worse", "peor"} and any(
            w.lemma in {"never", "nunca"} for w in toks[max(k - 4, 0) : k]
        )  # "it has never been worse", "never seen worse": the worst it has been
        if not never_worse and (
            ok_negated(toks, k)
            or negated_before(toks, k, False)
            or before in {"nada", "nothing"}
            or as_bad  # "my back don't hurt as bad"
        ):
            reading.reassured += 1
            reading.used.add(k)
            continue
        reading.add(Level.URGENT, BAD_REPLY, k, k + 1)
        return
