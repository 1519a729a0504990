"""Place a number read off a home device: blood sugar, blood pressure, oxygen, pulse, weight.

Patients who live with diabetes, heart failure or COPD send these unasked ("sugar 101, BP
122/70, O2 96%"). A whole-number reading in its usual range, right after its device's word,
is placed (no temperature nobody could read); one out of range stays unplaced, before a
nurse; oxygen under 90% is urgent, under 85% an emergency. A number with a decimal point is
never a sugar, pulse, oxygen or pressure ("temp last hr 101.4", "Temp 101/99").
"""

from __future__ import annotations

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage.lexicon import LOW_OXYGEN
from bot.triage.reading import Reading
from bot.triage.tokens import Tok

_OXYGEN = lx.words("oxygen oxigeno sats sat spo o ox saturation saturacion")
# The device's word -> the range a nurse would not be called for.
_RANGES: dict[str, tuple[float, float]] = {
    **dict.fromkeys(lx.words("sugar azucar glucose glucosa bs bg"), (70.0, 250.0)),
    **dict.fromkeys(_OXYGEN, (90.0, 100.0)),
    **dict.fromkeys(lx.words("pulse pulso"), (50.0, 110.0)),
    **dict.fromkeys(lx.words("weight weigh weighed weighs peso pesa pese wt"), (60.0, 500.0)),
}
# Words between the device's word and its number: "sugar was 101", "O2 sat is 93".
_BETWEEN = lx.words(
    "was is at of level reading this my his her be been : - = says read dropped down to fell"
)
_PRESSURE = lx.words("bp pressure presion tight")  # "presión" is read as "tight" elsewhere
_TEMP_NEAR = lx.TEMP_CONTEXT | lx.words("t fever fiebre")
_WEIGHT_UNITS = lx.words("lbs lb pounds libras kg kgs kilos")


def place_reading(reading: Reading, k: int) -> bool:
    """Return True when the number at k is a device's reading (and mark it read).

    A blood pressure "122/70" in range places both numbers; oxygen under 90% adds an urgent
    finding, under 85% an emergency. A reading out of its range is left for the temperature
    and the nurse.
    """
    toks = reading.toks
    value = float(toks[k].lemma)
    end = k + 1
    if end < len(toks) and toks[end].lemma in _WEIGHT_UNITS:
        reading.used.add(k)  # "201.4 lbs"
        return True
    near = toks[max(k - 3, 0) : k]
    cut = max(
        (n + 1 for n, t in enumerate(near) if t.lemma in lx.CLAUSE_END or t.lemma == ","), default=0
    )
    before = {t.lemma for t in near[cut:]}  # in its own part of the sentence
    if "." in toks[k].lemma or before & _TEMP_NEAR:
        return False  # "temp last hr 101.4", "temp 101, sugar 200": the temperature's
    if end + 1 < len(toks) and toks[end].lemma == "/" and toks[end + 1].kind == "n":
        low = toks[end + 1].lemma
        if before & _PRESSURE and "." not in low and 90 <= value <= 160 and 50 <= float(low) <= 100:
            reading.used.update({k, end + 1})  # "BP 122/70"
            return True
        return False
    kind = _device_before(toks, k)
    if kind is None:
        return False
    least, most = _RANGES[kind]
    if least <= value <= most:
        reading.used.add(k)
        return True
    if kind in _OXYGEN and 50 <= value < least:
        level = Level.EMERGENCY if value < 85 else Level.URGENT  # "O2 sat 86 on the clip"
        reading.add(level, LOW_OXYGEN, k, end)
        return True
    return False


def _device_before(toks: list[Tok], k: int) -> str | None:
    """Return the device word just before the number at k ("sugar was 101"), if any."""
    m = k - 1
    for _ in range(3):
        if m < 0:
            return None
        t = toks[m]
        if t.lemma == "2" and m and toks[m - 1].lemma in {"o", "spo"}:
            m -= 1  # "O2 96", "SpO2 95"
            continue
        if t.lemma in _RANGES or t.surface in _RANGES:  # "sat" (read as "sat up" elsewhere)
            return t.lemma if t.lemma in _RANGES else t.surface
        if t.lemma not in _BETWEEN:
            return None
        m -= 1
    return None
