"""Read a number as a body temperature when it plausibly is one, and grade it."""

from __future__ import annotations

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage.lexicon import FEVER, UNCLEAR_TEMPERATURE, VERY_HIGH_FEVER
from bot.triage.reading import Reading
from bot.triage.scores import a_share, on_the_clock
from bot.triage.vitals import place_reading
from bot.triage.weather import PERSON_AT, is_weather

_UNIT_WORDS = lx.FAHRENHEIT | lx.CELSIUS
_IS_NOW = lx.words("he's hes she's shes i'm im")
_AFTER_A_READING = lx.words(". , ! in this today tonight last since again now and y con with hoy")
_OUT = lx.words("out outside afuera fuera")
_TEMP = lx.words("temp temps temperature temperatura")
_IT_BEEN = lx.words("it its it's has")
_IS_AT = (["she", "is"], ["he", "is"], ["i", "am"], ["she", "was"], ["he", "was"], ["i", "was"])
_WEIGHED = lx.words("pounds lbs lb pound libras kilos kg")
# Before a number, what it is a reading of when it is no temperature.
_READINGS = lx.words("sugar sugars glucose glucosa azucar bp pressure presion pulse rate o2 oxygen")
# After these a number is a count or a time, not a temperature: "slept 6 hrs", "3 times".
_COUNTED = lx.words(
    "hours hour horas hora hrs days day dias dia weeks week semanas semana times veces minutes "
    "minutos mins steps pasos laps blocks years yr yrs anos months meses"
)


def judge_temperature(reading: Reading, k: int, alone: bool) -> None:
    """Read a number as a temperature when it plausibly is one, and grade it."""
    toks = reading.toks
    tok = toks[k]
    value = float(tok.lemma)
    end = k + 1
    if place_reading(reading, k):
        return  # "sugar 101", "BP 110/60", "O2 96%": a home device's reading
    if on_the_clock(toks, k) or a_share(reading.text, tok):
        reading.used.add(k)  # "at 06:45", "ate 100% of breakfast"
        return
    if (tok.start and reading.text[tok.start - 1 : tok.start] == "$") or (
        end < len(toks) and toks[end].lemma in lx.MONEY
    ):
        reading.used.add(k)  # "$38.50", "101 dollars"
        return
    if [t.lemma for t in toks[end : end + 2]] == ["/", "10"]:
        return  # "3/10": a pain score (scores.out_of_ten)
    if end < len(toks) and toks[end].lemma in lx.DOSE_UNITS:
        reading.used.add(k)  # "101.5 mcg/day": the pump's dose
        return
    if k >= 2 and toks[k - 1].lemma == "/" and toks[k - 2].kind == "n":
        reading.used.add(k)  # "BP 120/80": a blood pressure
        return
    if any(
        toks[m].lemma in _TEMP and m and toks[m - 1].lemma in lx.MACHINES
        for m in range(max(k - 3, 0), k)
    ):
        reading.used.add(k)  # "check the reefer temp at forty two degrees": the trailer's
        reading.set_aside.add(k)
        return
    if is_weather(toks, k):
        reading.used.add(k)  # "it's 104 degrees outside", "hace 40 grados"
        reading.set_aside.add(k)
        return
    if end < len(toks) and toks[end].lemma in _COUNTED:
        reading.used.add(k)  # "slept 6 hrs", "checked 3 times": no temperature
        return
    unit = ""
    while end < len(toks) and toks[end].lemma in lx.DEGREES:
        unit = unit or "deg"
        end += 1
    if end < len(toks) and toks[end].lemma in _UNIT_WORDS:
        unit = "f" if toks[end].lemma in lx.FAHRENHEIT else "c"
        end += 1
    if end > k + 1 and end < len(toks) and toks[end].lemma in _OUT:
        reading.used.update(range(k, end))  # "it's 20 degrees out"
        reading.set_aside.update(range(k, end))
        return
    near = {t.lemma for t in toks[max(k - 3, 0) : k]} | {t.lemma for t in toks[end : end + 2]}
    context = (
        bool(near & lx.TEMP_CONTEXT)
        or unit == "deg"
        or (k >= 2 and toks[k - 1].lemma in {"at", "a"} and toks[k - 2].surface in PERSON_AT)
        # "he's 104", "I'm 101.2", "Dad 101 in the smog" (not "she's 40": an age)
        or (
            k >= 1
            and (
                toks[k - 1].surface in _IS_NOW
                # "Dad 101 in the smog"; not "Dad 104 sugar", "Mom 102 pulse"
                or (
                    toks[k - 1].surface in lx.LIKELY_PATIENT
                    and (end >= len(toks) or toks[end].surface in _AFTER_A_READING)
                )
            )
            and (value >= 99 or ("." in tok.lemma and value >= 37))
        )
        # "he was 104 in the truck" (not "she was 40", "he was 101 pounds")
        or (
            k >= 2
            and [t.surface for t in toks[k - 2 : k]] in _IS_AT
            and value >= 100
            and (end >= len(toks) or toks[end].surface not in _WEIGHED)
        )
        # "she is at 102 here in Boise"
        or (
            k >= 3
            and toks[k - 1].lemma == "at"
            and [t.surface for t in toks[k - 3 : k - 1]] in _IS_AT
        )
        # "been at 101 here in El Paso all day" (not "it's been at 104 all week": the weather)
        or (
            k >= 2
            and toks[k - 1].lemma == "at"
            and toks[k - 2].surface == "been"
            and (k < 3 or toks[k - 3].surface not in _IT_BEEN)
        )
    )
    if not context and not unit and (99 <= value <= 107 or 37 <= value <= 43):
        before = {t.lemma for t in toks[max(k - 2, 0) : k]}
        after = toks[end].lemma if end < len(toks) else "."
        context = (
            bool(before & lx.TEMP_WEAK_CONTEXT)
            and not before & _READINGS  # "my sugar spiked 101 after lunch"
            and (after in lx.CLAUSE_END or after == "," or after in lx.TEMP_WEAK_AFTER)
        )
    as_f, as_c = 95 <= value <= 110, 35 <= value <= 43
    plausible = (
        (unit == "f" and as_f) or (unit == "c" and as_c) or (unit in {"", "deg"} and (as_f or as_c))
    )
    decimal = "." in tok.lemma
    if not plausible:
        if (unit == "c" and value < 34) or (unit == "f" and value < 90) or (unit and value < 30):
            reading.used.update(range(k, end))  # "29C and sunny", "12 degrees": below any body's
            reading.set_aside.update(range(k, end))
            return
        if context or unit in {"f", "c"}:
            reading.add(Level.ROUTINE, UNCLEAR_TEMPERATURE, k, end)
        return
    if not (unit or context or decimal or alone):
        return
    celsius = unit == "c" or (unit != "f" and as_c)
    emergency, fever = (40.0, 38.0) if celsius else (104.0, 100.4)
    if value >= emergency:
        reading.add(Level.EMERGENCY, VERY_HIGH_FEVER, k, end)
    elif value >= fever:
        reading.add(Level.URGENT, FEVER, k, end)
    else:
        reading.reassured += 1
        reading.used.update(range(k, end))


def temperature_like(number: str) -> bool:
    """Return True for a number that could be a temperature nobody read."""
    value = float(number)
    return 35 <= value <= 43 or 95 <= value <= 110
