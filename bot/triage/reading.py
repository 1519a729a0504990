"""Collect the findings of one reply while the rules walk its tokens."""

from __future__ import annotations

from bot.domain.levels import Level
from bot.triage import lexicon as lx
from bot.triage.asking import is_question
from bot.triage.denied_kin import DENY
from bot.triage.elsewhere import (
    asks_if_itch_is_normal,
    from_work,
    is_a_bruise,
    is_hypothetical,
    is_local_colour,
    is_local_itch,
    is_morning_stiffness,
    limb_asleep,
    may_be_elsewhere,
    not_the_patient_now,
)
from bot.triage.feared import is_feared
from bot.triage.leaflets import has_it_after, in_a_document
from bot.triage.lexicon import (
    BLUE_LIPS,
    BRUISING,
    FAINTING,
    FEVER,
    ITCHING,
    LOCAL_ITCH,
    MORNING_STIFFNESS,
    OVERDOSE,
    RIGIDITY,
    SWEATING,
    TINGLING,
    UNRESPONSIVE,
    USUAL_SIGN,
    USUAL_TREMOR,
    WARMTH,
)
from bot.triage.quoted import (
    FAMILY,
    QUOTING,
    THINGS,
    family_not_patient,
    is_instruction,
    is_joke,
    is_laughter,
    pinned_elsewhere,
    said_to_be_well,
    writer_is_well,
)
from bot.triage.result import SELF_HARM_SYMPTOMS, Finding
from bot.triage.tokens import Tok
from bot.triage.usual import is_usual, is_usual_nausea, is_usual_vomiting
from bot.triage.weather import is_weather_word

_NEVER_A_JOKE = SELF_HARM_SYMPTOMS | {OVERDOSE, FAINTING}
_LIMB_ASLEEP_SIGNS = frozenset({UNRESPONSIVE, FAINTING})
# Signs a patient with Parkinson's, MS, neuropathy, old neck trouble or a bleeding disorder may
# live with: usual unless said new.
_USUAL_SIGNS = frozenset({lx.SHAKING, lx.NUMBNESS, lx.TINGLING, lx.BLEEDING})
# A sign asked about ("what do I do if I get a fever?") is recorded under this prefix.
IF_ASKED = "asked what to do if: "
# Signs the weather explains: "hot out", "sweating like a pig in this heat".
_WEATHER_SIGNS = frozenset({WARMTH, SWEATING})
POSITIONAL = frozenset({"upright", "lying"})


class Reading:
    """Collect what one reply says while its tokens are walked."""

    def __init__(self, text: str, toks: list[Tok]) -> None:
        self.text = text
        self.toks = toks
        self.findings: list[tuple[Level, Finding]] = []
        self.reassured = 0  # signs denied or easing, and good news
        self.well = 0  # of those, words that say the patient is well ("fine", "mejor")
        self.used: set[int] = set()
        self.set_aside: set[int] = set()  # sign words that are not the patient's own
        lemmas = {t.lemma for t in toks}
        surfaces = {t.surface for t in toks}
        self.positional = not POSITIONAL.isdisjoint(lemmas) or any(
            a.lemma in {"me", "te", "se"} and b.lemma in {"paro", "para"}
            for a, b in zip(toks, toks[1:], strict=False)
        )
        self.asked = is_question(toks)
        # Whether any sign could be someone else's or long past (see not_the_patient_now).
        self.maybe_elsewhere = may_be_elsewhere(toks)
        self.writer_well = writer_is_well(toks)
        self.others_well = said_to_be_well(text, toks)
        # Whether any word could quote a sign (see _quoted); most replies hold none.
        self.elsewhere_words = (
            self.writer_well
            or bool(self.others_well)
            or not QUOTING.isdisjoint(lemmas)
            or not (QUOTING.isdisjoint(surfaces) and _SCREEN.isdisjoint(surfaces))
            or not THINGS.isdisjoint(surfaces)
            # "No fever. My son has a fever tho": a relative's sign the writer denied
            or not (FAMILY.isdisjoint(surfaces) or DENY.isdisjoint(lemmas))
        )
        self._joking: tuple[list[int], set[int]] | None = None
        # The 0-10 score the reply reports now, the tokens that tell it, and whether the
        # reply itself compares it with an earlier one (+1 rose, -1 fell, 0 said once or same).
        self.pain: float | None = None
        self.pain_at = (0, 0)
        self.pain_trend: int | None = None

    def _quoted(self, i: int, j: int, level: Level) -> bool:
        """Return True for a sign quoted from instructions, a leaflet, a fear or a relative;
        not for one the writer goes on to say they have ("the leaflet says fever and I have
        it")."""
        return (
            (is_instruction(self.toks, i) or in_a_document(self.toks, i, j))
            and not has_it_after(self.toks, j)
        ) or (
            family_not_patient(
                self.toks, i, self.writer_well, self.others_well, level is Level.EMERGENCY
            )
            or is_feared(self.toks, i, j)
            or on_screen(self.toks, i)
        )

    def in_jest(self, i: int) -> bool:
        """Return True when token i is in a laughing sentence of a reply that says elsewhere
        that all is well ("the game gave me chest pains lol. me? healing fine")."""
        if self._joking is None:
            sentence: list[int] = []
            laughing: set[int] = set()
            fine: set[int] = set()
            measured: set[int] = set()  # "38.3 on the thermometer from Spain lol": a reading
            n = 0
            for t in self.toks:
                sentence.append(n)
                if t.kind != "p" and is_laughter(t):
                    laughing.add(n)
                if t.lemma in lx.OK_WORDS:
                    fine.add(n)
                if t.kind == "n" and _feverish(t.lemma):
                    measured.add(n)
                if t.lemma in lx.CLAUSE_END:
                    n += 1
            self._joking = (sentence, {m for m in laughing - measured if fine - {m}})
        sentence, joking = self._joking
        return sentence[i] in joking

    def report_pain(self, value: float, i: int, j: int, trend: int | None = None) -> None:
        """Record the score the reply reports now (the higher one when two are told at once)."""
        if self.pain is None or trend is not None or value > self.pain:
            self.pain, self.pain_at, self.pain_trend = value, (i, j), trend

    def evidence(self, i: int, j: int) -> str:
        """Return the patient's words for tokens i..j-1."""
        return self.text[self.toks[i].start : self.toks[j - 1].end].strip()

    def add(self, level: Level, symptom: str, i: int, j: int) -> None:
        """Record a finding backed by tokens i..j-1."""
        if (
            (
                self.maybe_elsewhere
                and symptom not in SELF_HARM_SYMPTOMS
                and not_the_patient_now(self.toks, i, j)
            )
            or (symptom == FAINTING and is_joke(self.toks, i, j))
            or (
                level is not Level.EMERGENCY
                and symptom not in SELF_HARM_SYMPTOMS
                and pinned_elsewhere(self.toks, i, j, self.writer_well)
            )
            or (
                symptom not in SELF_HARM_SYMPTOMS
                and self.elsewhere_words
                and self._quoted(i, j, level)
            )
        ):
            # someone else's, long past, quoted or a joke: the second reader skips it too
            self.used.update(range(i, j))
            self.set_aside.update(range(i, j))
            return
        if symptom not in _NEVER_A_JOKE and self.in_jest(i):
            # "the game gave me chest pains lol. me? healing fine": an emergency word in
            # jest still reaches a nurse, but not as an emergency; a lesser one is dropped
            if level is not Level.EMERGENCY:
                self.used.update(range(i, j))
                return
            level = Level.URGENT
            self.set_aside.update(range(i, j))  # the learned reader does not raise it again
        if (
            (symptom == SWEATING and from_work(self.toks, i, j))
            or (symptom in _WEATHER_SIGNS and is_weather_word(self.toks, i, j))
            or (
                symptom == FEVER
                and self.toks[i].kind == "e"
                and is_weather_word(self.toks, i, j, True)
            )
        ):  # "104 outside im melting 🥵"
            self.used.update(range(i, j))
            return
        if symptom == ITCHING and is_local_itch(self.toks, i, j):
            level, symptom = Level.ROUTINE, LOCAL_ITCH  # "where the tape was"; not all over
        elif symptom == ITCHING and asks_if_itch_is_normal(self.toks, i, j):
            level = Level.ROUTINE  # "is it normal to feel itchy all over?"
        if symptom in _LIMB_ASLEEP_SIGNS and limb_asleep(self.toks, i, j):
            level, symptom = Level.URGENT, TINGLING  # "feels like it fell asleep and won't wake up"
        if (
            level is Level.URGENT
            and symptom in _USUAL_SIGNS
            and is_usual(self.text, self.toks, i, j, symptom)
        ):
            # "Feet numb as always", "el temblor igual que siempre"
            level, symptom = Level.ROUTINE, USUAL_TREMOR if symptom == lx.SHAKING else USUAL_SIGN
        if symptom == lx.NAUSEA and level is Level.ROUTINE and is_usual_nausea(self.text):
            symptom = USUAL_SIGN  # "the usual nausea, had a reglan, fine now"
        if symptom == lx.VOMITING and level is Level.URGENT and is_usual_vomiting(self.text):
            level, symptom = Level.ROUTINE, USUAL_SIGN  # "thrown up most mornings for years"
        if symptom == RIGIDITY and is_morning_stiffness(self.toks, i, j):
            level, symptom = Level.ROUTINE, MORNING_STIFFNESS
        if symptom == BLUE_LIPS and is_a_bruise(self.toks, i, j):
            level, symptom = Level.ROUTINE, BRUISING
        elif symptom == BLUE_LIPS and is_local_colour(self.toks, i, j):
            level, symptom = Level.URGENT, "skin discoloration"
        elif (
            level is Level.URGENT
            and is_hypothetical(self.toks, i, j)
            and not has_it_after(self.toks, j)  # "call if I have fever, ... I have all three"
        ):
            level, symptom = Level.ROUTINE, f"{IF_ASKED}{symptom}"
        self.findings.append((level, Finding(symptom, self.evidence(i, j))))
        self.used.update(range(i, j))


def _feverish(number: str) -> bool:
    """Return True for a number that reads as a raised temperature (°C or °F)."""
    value = float(number)
    return 37.5 <= value <= 43 or 99.5 <= value <= 110


def unique(findings: list[tuple[Level, Finding]]) -> list[tuple[Level, Finding]]:
    """Drop repeated findings; worst level first, then in reading order."""
    seen: set[Finding] = set()
    kept: list[tuple[Level, Finding]] = []
    for level, finding in sorted(findings, key=lambda pair: -pair[0].rank):
        if finding not in seen:
            seen.add(finding)
            kept.append((level, finding))
    return kept


_SCREEN = lx.words(
    "show shows movie movies film films episode episodes tv series documentary program "
    "novela pelicula serie programa"
)
_WHERE = frozenset({"where", "donde", "which"})


def on_screen(toks: list[Tok], i: int) -> bool:
    """Return True for a sign in a story watched: "that hospital show where the man had a
    seizure". Only through "where": "watching tv when he had a seizure" is the patient's."""
    for k in range(i - 1, max(i - 8, -1), -1):
        if toks[k].lemma in lx.CLAUSE_END:
            return False
        if toks[k].surface in _WHERE:
            return any(t.surface in _SCREEN for t in toks[max(k - 4, 0) : k])
    return False
