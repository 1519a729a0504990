"""Add what only pairs of signs make, and keep vague or unplaced red-flag words up a level."""

from __future__ import annotations

import re

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage.easing import improved
from bot.triage.lexicon import (
    ANXIETY,
    CHEST_PAIN,
    CHILLS,
    CONFUSION,
    DIARRHEA,
    DIZZINESS,
    DROWSINESS,
    EXTREME_DROWSINESS,
    FAINTING,
    FEVER,
    FEVER_CONFUSION,
    FEVER_HEADACHE,
    FEVER_STIFF_NECK,
    HALLUCINATIONS,
    HEADACHE,
    ITCHING,
    NAUSEA,
    NECK_HEADACHE_VOMITING,
    ONE_SIDED_WEAKNESS,
    OVERDOSE,
    POSITIONAL_HEADACHE,
    PUMP_PROBLEM,
    RADIATING_PAIN,
    RIGIDITY,
    SEVERE_WITHDRAWAL,
    SHAKING,
    STEADY_HEADACHE,
    STIFF_NECK,
    SWEATING,
    TROUBLE_BREATHING,
    VERY_HIGH_FEVER,
    VOMITING,
    WITHDRAWAL,
)
from bot.triage.reading import Reading
from bot.triage.result import Finding
from bot.triage.scope import (
    NEG_CUE,
    negated_before,
    span,
)
from bot.triage.tok import Tok

LAUGH_RE = re.compile(r"(?:ja|je|ji|ha|he|hi){2,}h?|lo+l|lmf?ao+")
_HEART_PARTNERS = (SWEATING, NAUSEA, VOMITING, TROUBLE_BREATHING, DIZZINESS, FAINTING)
_WITHDRAWAL_CORE = (HALLUCINATIONS, RIGIDITY, FEVER, VERY_HIGH_FEVER, CONFUSION)
_WITHDRAWAL_CLUSTER = frozenset(
    {SWEATING, ANXIETY, WITHDRAWAL, VOMITING, ITCHING, SHAKING, DIARRHEA, PUMP_PROBLEM}
    | {lx.USUAL_TREMOR}  # "my usual shakes, sweating and the runs": still withdrawal
)


def combine(reading: Reading) -> None:
    """Add the findings that only pairs make: fever with confusion or a stiff neck, and a stiff
    neck with a headache and vomiting."""
    symptoms = {f.symptom: f for _, f in reading.findings}
    fever = next((symptoms[s] for s in lx.FEVERISH if s in symptoms), None)
    if fever is None:
        fever = symptoms.get(CHILLS)
    if fever is not None:
        for sign, combined in ((CONFUSION, FEVER_CONFUSION), (STIFF_NECK, FEVER_STIFF_NECK)):
            if sign in symptoms:
                evidence = f"{fever.evidence} … {symptoms[sign].evidence}"
                reading.findings.append((Level.EMERGENCY, Finding(combined, evidence)))
        head = symptoms.get(HEADACHE) or symptoms.get(POSITIONAL_HEADACHE)
        if head is not None and any(
            t.lemma in lx.SEVERE or t.lemma in lx.WORSE or t.lemma in {"worst", "peor"}
            for t in reading.toks
        ):
            evidence = f"{fever.evidence} … {head.evidence}"
            reading.findings.append((Level.EMERGENCY, Finding(FEVER_HEADACHE, evidence)))
    neck, head = (
        symptoms.get(STIFF_NECK),
        symptoms.get(HEADACHE) or symptoms.get(POSITIONAL_HEADACHE),
    )
    severe_head = any(
        t.lemma in lx.SEVERE or t.lemma in {"worst", "peor"} for t in reading.toks
    ) and not any(t.lemma in {"usual", "always", "siempre"} for t in reading.toks)
    if (
        fever is None
        and neck is not None
        and head is not None
        and VOMITING in symptoms
        and severe_head
    ):
        # "neck kinda stiff, throwing up, head killing me": meningitis is the clinic's to rule out
        evidence = f"{neck.evidence} … {symptoms[VOMITING].evidence} … {head.evidence}"
        reading.findings.append((Level.EMERGENCY, Finding(NECK_HEADACHE_VOMITING, evidence)))
    _combine_red_flags(reading, symptoms)
    cluster = [f for _, f in reading.findings if f.symptom in _WITHDRAWAL_CLUSTER]
    if len({f.symptom for f in cluster}) >= 3:
        evidence = " … ".join(f.evidence for f in cluster)
        reading.findings.append((Level.EMERGENCY, Finding(SEVERE_WITHDRAWAL, evidence)))
    if HEADACHE in symptoms and any(t.lemma in {"upright", "lying"} for t in reading.toks):
        # told by posture: worse up, better lying; or, with no fever and nothing severe, a
        # headache the reply says posture does not change (a nurse still hears of it)
        steady = fever is None and _posture_changes_nothing(reading.toks)
        reading.findings = [
            (
                (Level.ROUTINE, Finding(STEADY_HEADACHE, f.evidence))
                if steady
                else (Level.URGENT, Finding(POSITIONAL_HEADACHE, f.evidence))
            )
            if f.symptom == HEADACHE and lv is not Level.EMERGENCY  # "worst of my life" stays
            else (lv, f)
            for lv, f in reading.findings
        ]


def _combine_red_flags(reading: Reading, symptoms: dict[str, Finding]) -> None:
    """Add emergencies that pairs make: arm pain with sweating, a dry pump with withdrawal signs."""
    toks = reading.toks
    found = reading.findings
    arm = symptoms.get(RADIATING_PAIN)
    if arm is not None:
        partner = next((symptoms[s] for s in _HEART_PARTNERS if s in symptoms), None)
        if partner is not None or any(t.lemma == "chest" for t in toks):
            evidence = arm.evidence if partner is None else f"{arm.evidence} … {partner.evidence}"
            found.append((Level.EMERGENCY, Finding(CHEST_PAIN, evidence)))
    core = [symptoms[s] for s in _WITHDRAWAL_CORE if s in symptoms]
    dry = symptoms.get(PUMP_PROBLEM)
    if len(core) >= 2 or (core and dry is not None):
        parts = ([dry] if dry is not None else []) + core
        evidence = " … ".join(f.evidence for f in parts)
        found.append((Level.EMERGENCY, Finding(SEVERE_WITHDRAWAL, evidence)))
    head = symptoms.get(HEADACHE) or symptoms.get(POSITIONAL_HEADACHE)
    if head is not None and ONE_SIDED_WEAKNESS not in symptoms:
        side = _one_side_weak(reading)
        if side is not None:
            evidence = f"{head.evidence} … {side}"
            found.append((Level.EMERGENCY, Finding(ONE_SIDED_WEAKNESS, evidence)))
    drowsy = symptoms.get(DROWSINESS)
    if drowsy is not None:
        for k, t in enumerate(toks):
            if t.lemma == "breathe" and not any(
                w.lemma in lx.OK_WORDS or w.lemma in NEG_CUE or w.lemma == "well"
                for w in toks[max(k - 2, 0) : k + 4]
            ):
                evidence = f"{drowsy.evidence} … {reading.evidence(k, k + 1)}"
                found.append((Level.EMERGENCY, Finding(EXTREME_DROWSINESS, evidence)))
                break
    if OVERDOSE not in symptoms and not _asked_of_the_pills(reading):
        _mixing(reading)


_SIDES = lx.words("left right izquierdo izquierda derecho derecha")
# an arm, a hand or the face: a leg numb on one side is a spine patient's old sciatica as often
_LIMBS = lx.words("arm arms hand hands brazo mano face cara")
_WEAK = lx.words("weak limp numb dormido dormida durmio entumio")
# a cause or an old story told after it: "numb from sleeping on it", "weak like always"; not
# an onset ("since this morning", "after lunch")
_EXPLAINED = lx.words("from always usual because cause porque siempre carpal")


def _one_side_weak(reading: Reading) -> str | None:
    """Return the words of one arm, hand or side of the face gone weak or numb ("headache ...
    and my left arm is weak"), said plainly: not denied, asked ("left arm weak? no") or
    explained."""
    toks = reading.toks
    for k, t in enumerate(toks):
        asked = k + 1 < len(toks) and toks[k + 1].surface == "?"  # "left arm weak? no"
        if t.lemma not in _WEAK or asked or negated_before(toks, k, True):
            continue
        end = span(toks, k, k, lx.CLAUSE_END)[1]
        # the arm before ("my left arm is weak") or after ("se le durmió el brazo izquierdo")
        for a, b in ((max(k - 4, 0), k + 1), (k, min(k + 5, end))):
            near = {w.lemma for w in toks[a:b]}
            if near.isdisjoint(_SIDES) or near.isdisjoint(_LIMBS):
                continue
            if not any(w.lemma in _EXPLAINED for w in toks[a:end]) and not improved(toks, k, k + 1):
                return reading.evidence(a, b)
    return None


def _asked_of_the_pills(reading: Reading) -> bool:
    """Return True when the reply asks and its pills are in the sentence that asks ("can I
    take my pills with a beer?"); not "Qué va, estoy bien. Me tomé las pastillas con
    cerveza", whose question-like opening is a sentence of its own."""
    if not reading.asked:
        return False
    toks = reading.toks
    meds = [k for k, t in enumerate(toks) if t.lemma == "medication"]
    if not meds:
        return True
    ends = [k for k, t in enumerate(toks) if t.lemma in {".", "!", "?"}]
    start = max((k + 1 for k in ends if k < meds[0]), default=0)
    end = min((k for k in ends if k > meds[0]), default=len(toks))
    words = [t for t in toks[start:end] if t.kind == "w"]
    return (end < len(toks) and toks[end].lemma == "?") or bool(
        words and words[0].surface in lx.QUESTION_STARTS | lx.ASKS_AFTER_PAUSE
    )


def _mixing(reading: Reading) -> None:
    """Flag pain pills taken with alcohol or sleeping pills: an overdose risk."""
    toks = reading.toks
    meds = [k for k, t in enumerate(toks) if t.lemma == "medication"]
    if not meds or not any(t.surface in lx.TOOK for t in toks):
        return
    sedative = any(toks[k].surface in lx.SEDATIVES for k in meds) or any(
        toks[k - 1].lemma == "sleep" for k in meds if k
    )
    alcohol = next((k for k, t in enumerate(toks) if t.surface in lx.ALCOHOL), None)
    if sedative and len(meds) >= 2 or alcohol is not None:
        last = max(meds + ([alcohol] if alcohol is not None else []))
        reading.add(Level.EMERGENCY, OVERDOSE, min(meds), last + 1)


_SAME = lx.words("same igual mismo misma")
_WHETHER = lx.words("whether if si")
_OVER_TIME = lx.words("until till now today tonight since only started starting hasta ahora hoy")
_NOT_WHEN = (["not", "when"], ["not", "while"], ["no", "cuando"], ["not", "from"])
_OTHER_POSTURE = {"upright": "lying", "lying": "upright"}
_CHANGES = lx.words("change changes difference matter cambia diferencia importa")
_MOVED = (
    lx.BETTER
    | lx.WORSE
    | lx.SEVERE
    | lx.words("worst peor gone away quita goes stops helps helped ayuda alivia relieves eases")
)


def _posture_changes_nothing(toks: list[Tok]) -> bool:
    """Return True for "lying down or standing same", "same lying or standing", "lying down
    dont change it" (told with no word of standing): a headache that posture does not move,
    and nothing in the reply says it moves. Not "headache when I sit up, same as yesterday"."""
    lemmas = [t.lemma for t in toks]
    once = lemmas.count("upright") == 1  # not "not from sitting up, from standing up"
    if any(
        lemma in _MOVED and lemmas[k + 1 : k + 2] != ["now"]  # "gone now": over, not moved
        for k, lemma in enumerate(lemmas)
    ):
        return False
    for k, lemma in enumerate(lemmas):
        other = _OTHER_POSTURE.get(lemma)
        if other is None:
            continue
        if other not in lemmas:
            # "only when I haven't had my coffee, not when standing", "the same lying down";
            # not "headache, but not when lying down": that is the positional headache itself
            if (lemma == "upright" and once and lemmas[max(k - 2, 0) : k] in _NOT_WHEN) or (
                lemma == "lying" and lemmas[k - 1] in _SAME
            ):
                return True
            if lemma == "lying" and any(  # "same whether I'm up or lying down"
                lemmas[m] in _SAME
                and lemmas[m + 1] in _WHETHER
                and (m == 0 or lemmas[m - 1] not in NEG_CUE)  # not "not the same whether"
                for m in range(max(k - 6, 0), k)
            ):
                return not any(t in _OVER_TIME for t in lemmas)  # not "... until today"
            continue
        if other not in lemmas[k + 1 : k + 4]:
            continue
        end = lemmas.index(other, k + 1)
        after = lemmas[end + 1 : end + 3]
        if (k and lemmas[k - 1] in _SAME) or (
            after[:1] and after[0] in _SAME and after[1:] not in (["as"], ["que"], ["como"])
        ):
            return True
    return "upright" not in lemmas and any(
        lemma == "lying"
        and any(
            w in _CHANGES and lemmas[m - 1] in NEG_CUE
            for m, w in enumerate(lemmas[k + 1 : k + 5], k + 1)
        )
        for k, lemma in enumerate(lemmas)
    )
