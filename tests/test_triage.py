"""Tests for the triage core: hard cases by table, and the whole corpus by metric."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.triage import Finding, Level, Triage, read_by_rules, triage

CORPUS = Path(__file__).parent / "data" / "triage" / "triage_corpus.tsv"


def level_of(text: str) -> str:
    """Return the level value triage gives a reply."""
    return triage(text).level.value


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("no fever but the incision is red", "urgent"),
        ("no fever, no redness", "ok"),
        ("no fever or swelling", "ok"),
        ("sin fiebre ni enrojecimiento", "ok"),
        ("No fever. No redness.", "ok"),
        ("no fever, red around the pump", "urgent"),
        ("no fever and the incision is red", "urgent"),
        ("the incision is not red", "ok"),
        ("la herida no esta roja", "ok"),
        ("no tengo fiebre pero la herida esta roja", "urgent"),
        ("incision isn't red and no drainage", "ok"),
        ("no signs of infection", "ok"),
        ("fever: no", "ok"),
        ("not good", "urgent"),
        ("no me siento bien", "urgent"),
        ("no puedo dormir bien", "routine"),
    ],
)
def test_negation_is_scoped(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("redness is gone", "ok"),
        ("swelling went down", "ok"),
        ("ya no tengo fiebre", "ok"),
        ("la hinchazon bajo", "ok"),
        ("pain is better", "ok"),
        ("pain was 6 now 2", "ok"),
        ("redness is gone but now im running a fever", "urgent"),
        ("swelling went down, but the incision is draining", "urgent"),
        ("fever broke but now the incision is red", "urgent"),
        ("pain is not better", "routine"),
    ],
)
def test_improvement_is_ok_but_new_signs_count(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("is it normal for the incision to be red?", "urgent"),
        ("es normal que la herida este roja?", "urgent"),
        ("should it be swollen like this?", "urgent"),
        ("when can i drive again", "routine"),
        ("puedo bañarme?", "routine"),
        ("ok?", "routine"),
        ("is red ok?", "urgent"),
    ],
)
def test_questions_count_what_they_ask_about(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("feaver", "fever"),
        ("fevr", "fever"),
        ("fievre", "fever"),
        ("calentura", "fever"),
        ("sweling", "swelling"),
        ("swolen", "swelling"),
        ("redish", "redness"),
        ("incison is draning", "drainage"),
        ("FEVERRRR!!!", "fever"),
        ("🤒", "fever"),
        ("🩸", "bleeding"),
        ("😵", "fainting"),
    ],
)
def test_misspellings_and_emoji_are_read(text: str, symptom: str) -> None:
    assert symptom in {f.symptom for f in triage(text).findings}


@pytest.mark.parametrize("text", ["fire", "fine", "never", "fewer", "seeing things clearly"])
def test_fuzzy_matching_makes_no_false_fever(text: str) -> None:
    assert "fever" not in {f.symptom for f in triage(text).findings}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("100,9", "urgent"),
        ("38,2C", "urgent"),
        ("temp 99", "ok"),
        ("37.2", "ok"),
        ("98.6", "ok"),
        ("temp 100.4", "urgent"),
        ("38.0 c", "urgent"),
        ("104F", "emergency"),
        ("40 C", "emergency"),
        ("temperatura 40", "emergency"),
        ("101", "urgent"),
        ("pain 7", "routine"),
        ("pain 9/10", "urgent"),
        ("pain was 4 now 8", "urgent"),
        ("temp 34", "routine"),
        # a count of steps, not a temperature ("steps" is no longer misread as "stops")
        ("I walked 100 steps today, feeling good", "ok"),
    ],
)
def test_temperatures_and_pain_scores(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "can't breathe",
        "not breathing",
        "won't wake up",
        "no puedo respirar",
        "can't move my legs",
        "no despierta",
        "no se despierta",
        "I want to kill myself",
        "fever and a stiff neck",
        "fiebre y confusion",
        "took all my pills",
    ],
)
def test_emergencies_phrased_as_negated_ability(text: str) -> None:
    assert level_of(text) == "emergency"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the pain won't stop", "urgent"),
        ("pain keeps getting worse", "urgent"),
        ("stop", "routine"),
    ],
)
def test_stop_inside_a_sentence_is_pain_not_a_keyword(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("", "routine"),
        ("   \n ", "routine"),
        ("👍", "ok"),
        ("todo bien", "ok"),
        ("all good, my granddaughter zorblaxed", "ok"),
        ("asdfgh", "routine"),
        ("👍 but fever 100.8", "urgent"),
        ("doing ok but my wife says my lips are blue", "emergency"),
    ],
)
def test_ok_only_when_the_reply_says_so(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "now X, was Y": the word that marks the earlier value decides, not the order.
        ("pain 7/10 was 4 yesterday", "urgent"),
        ("pain down to 2/10 from 5", "ok"),
        ("dolor 8/10 ayer 5", "urgent"),
        ("dolor 2/10 ayer 4", "ok"),
        ("pain was 4 now 8", "urgent"),
        ("pain was 6 now 2", "ok"),
        ("pain 3 today, was 6 yesterday", "ok"),
        ("my pain was a 3 yesterday, today its a 7", "urgent"),
        ("pain went from 3 to 7", "urgent"),
        ("pain went from 7 down to 3", "ok"),
        ("pain is up to 8 from 4", "urgent"),
        ("el dolor subio a 7, antes estaba en 3", "urgent"),
        ("el dolor bajo de 6 a 2", "ok"),
        ("ayer el dolor era 3 y hoy es 7", "urgent"),
        ("el dolor estaba en 8 y ahora en 3", "ok"),
        ("hoy 2 ayer 5", "ok"),
        ("was 3 yesterday today 7", "urgent"),
        ("pain 9 was 10", "urgent"),
        ("pain 5/10 same as yesterday", "ok"),  # issue 11: a steady score is no flag
    ],
)
def test_pain_score_direction(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "i swallowed a whole bottle of my pills",
        "took twenty pills so i dont have to feel anything",
        "i took 20 of my pain pills",
        "i took too many of my pain pills on purpose",
        "i popped a handful of oxys",
        "me tome todo el frasco de pastillas",
        "me tome veinte pastillas para ya no sentir nada",
        "me trague el bote entero de pastillas",
        "mi esposo se tomo como 20 pastillas",
        "i dont want to wake up tomorrow",
        "no quiero despertar mañana",
        "para ya no sentir nada",
        "ya no quiero vivir",
        "me quiero morir",
        "quiero acabar con todo",
        "pienso en quitarme la vida",
        "ya me canse de vivir",
        "i cant go on like this anymore i want it all to end",
    ],
)
def test_overdose_and_suicide_without_the_keywords(text: str) -> None:
    result = triage(text)
    assert result.level is Level.EMERGENCY
    assert any(f.symptom in {"overdose", "suicidal thoughts"} for f in result.findings)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("took all my meds as prescribed, feeling good", "routine"),
        ("i take 2 pills in the morning", "routine"),
        ("how many pills can i take a day", "routine"),
        ("i take my meds so i dont feel the pain, is that ok?", "routine"),
    ],
)
def test_ordinary_pill_talk_is_no_overdose(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("se desmallo", "emergency"),
        ("mi esposo se privo en el baño", "emergency"),
        ("perdio el sentido un rato", "emergency"),
        ("se desvanecio mi mama", "emergency"),
        ("no me entra el aire", "emergency"),
        ("respira con mucha dificultad", "emergency"),
        ("se me fue la respiracion", "emergency"),
        ("tengo ronchas por todo el cuerpo y se me esta cerrando la garganta", "emergency"),
        ("allergic reaction to the new med my lips are swelling", "emergency"),
        ("siento presion en el pecho", "emergency"),
        ("siento un peso en el pecho", "emergency"),
        ("me aprieta el pecho", "emergency"),
        ("feels like an elephant sitting on my chest", "emergency"),
        ("his lips look kinda blueish", "emergency"),
        ("se le cayo la cara de un lado y habla raro", "emergency"),
        ("pump ran out and im shaking sweating and throwing up", "emergency"),
        ("shaking uncontrollably since the pump ran dry", "emergency"),
        ("hes burning up and talking nonsense", "emergency"),
        ("tiene calentura y dice cosas sin sentido", "emergency"),
        ("fever and i cant touch my chin to my chest", "emergency"),
        ("worst headache of my life and a fever", "emergency"),
        ("tengo fiebre y no puedo doblar el cuello", "emergency"),
        ("losing the use of both legs", "emergency"),
        ("legs went dead cant move them", "emergency"),
        ("las piernas no me responden", "emergency"),
        ("no puedo mover ninguna de las dos piernas", "emergency"),
        ("siento que me muero", "emergency"),
    ],
)
def test_emergencies_in_other_words(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "legs feel weak, this is new",
        "tengo las piernas flojas desde ayer",
        "se me doblan las rodillas",
        "havent peed since this morning",
        "no puedo hacer pipi",
        "no he orinado desde anoche",
        "i cant pee good just drips",
        "stitches popped",
        "se separo la herida",
        "le sale agüita de la herida",
        "el vendaje esta mojado",
        "tengo la pierna entumida",
        "lost feeling in my foot",
        "la maquinita esta sonando, hace bip bip",
        "great just great. pump wont stop beeping",
        "something is beeping in my belly",
        "estoy tiritando",
        "estoy devolviendo todo",
        "tengo una bolita cerca de la bomba",
        "la herida esta dura",
        "pump stopped working",
        "pain getting stronger every day",
        "bad",
        "terrible",
        "worse",
        "not good",
        "mal",
        "muy mal",
        "peor",
        "cada vez peor",
    ],
)
def test_urgent_signs_in_other_words(text: str) -> None:
    assert level_of(text) == "urgent"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the beeping stopped after you fixed it, everything fine now", "ok"),
        ("pump stopped beeping, all good", "ok"),
        ("ya dejo de sonar la bomba, todo bien", "ok"),
        ("la bomba ya no suena, gracias", "ok"),
        ("ya se me quitaron los escalofrios", "ok"),
        ("chills are gone", "ok"),
        ("the clear drainage stopped", "ok"),
        ("not bad", "ok"),
        ("nada mal", "ok"),
        ("my bad, wrong number", "routine"),
        ("cuanto dura la bateria de la bomba", "routine"),
        ("can i drink a glass of red wine", "routine"),
        ("my doctor said my blood work looks good, when is my next appt", "routine"),
        ("my grandson shook my hand lol, when can i lift him", "routine"),
    ],
)
def test_resolved_signs_and_ordinary_words_raise_nothing(text: str, level: str) -> None:
    assert level_of(text) == level


def test_unreadable_reply_names_why() -> None:
    result = triage("lkjhg")
    assert result.level is Level.ROUTINE
    assert result.findings[0].symptom in {"not understood", "unreadable reply"}


def test_findings_quote_the_patients_words() -> None:
    result = triage("Incison is REDISH and feaver 101.2F")
    assert result.level is Level.URGENT
    assert Finding("redness", "REDISH") in result.findings
    assert any(f.evidence == "101.2F" for f in result.findings)


def test_suicidal_flag_and_language() -> None:
    assert triage("me quiero matar").suicidal
    assert triage("me quiero matar").language == "es"
    assert not triage("chest pain").suicidal
    assert triage("no fever").language == "en"


def test_levels_rank_in_order() -> None:
    ranks = [level.rank for level in (Level.OK, Level.ROUTINE, Level.URGENT, Level.EMERGENCY)]
    assert ranks == [0, 1, 2, 3]
    assert Level("urgent") is Level.URGENT
    assert isinstance(triage("fine"), Triage)


def test_question_property() -> None:
    assert triage("when can i drive?").question
    assert not triage("fine").question


def _corpus() -> list[tuple[str, str, str]]:
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            level, language, text, *_ = line.split("\t")
            rows.append((level, language, text))
    return rows


def test_corpus_is_large_and_balanced() -> None:
    rows = _corpus()
    assert len(rows) >= 480
    assert sum(lang == "es" for _, lang, _ in rows) >= 0.35 * len(rows)
    for level in ("emergency", "urgent", "routine", "ok"):
        assert sum(lv == level for lv, _, _ in rows) >= 0.15 * len(rows), level


def test_corpus_meets_the_clinical_thresholds() -> None:
    rank = {"emergency": 3, "urgent": 2, "routine": 1, "ok": 0}
    missed: dict[str, list[str]] = {
        "red flag": [],
        "emergency": [],
        "false alarm": [],
        "routine": [],
    }
    totals = dict.fromkeys(missed, 0)
    for expected, _, text in _corpus():
        want, got = rank[expected], triage(text).level.rank
        checks = (
            ("red flag", want >= 2, got >= 2),
            ("emergency", want == 3, got == 3),
            ("false alarm", want <= 1, got <= 1),
            ("routine", want == 1, got >= 1),
        )
        for name, applies, passed in checks:
            if applies:
                totals[name] += 1
                if not passed:
                    missed[name].append(text)
    limits = {"red flag": 0.02, "emergency": 0.03, "false alarm": 0.08, "routine": 0.05}
    for name, limit in limits.items():
        assert len(missed[name]) <= limit * totals[name], f"{name} misses: {missed[name]}"


def test_corpus_languages_are_guessed() -> None:
    rows = _corpus()
    wrong = [text for _, lang, text in rows if triage(text).language != lang]
    assert len(wrong) <= 0.1 * len(rows), wrong


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # suicide, regional Spanish and English
        ("me quiero quitar la vida", "emergency"),
        ("mi papá dice que se quiere quitar la vida", "emergency"),
        ("ella quiere morirse, ya no aguanta más el dolor", "emergency"),
        ("no aguanta más, dice que se va a matar", "emergency"),
        ("he says he wants to end it all", "emergency"),
        ("my mom said shes better off dead", "emergency"),
        ("no quiero seguir así, mejor me muero", "emergency"),
        ("he wants to kill himself", "emergency"),
        # overdose: more than the dose, or mixed with sedatives or alcohol
        ("i took like 6 of my oxys bc the pain, idk if thats bad", "emergency"),
        ("i took 8 of my percocets", "emergency"),
        ("took double my oxys by mistake and im groggy", "emergency"),
        ("he took his pain pills twice by accident", "emergency"),
        ("she took her norco and drank a bunch of beer, now shes real sleepy", "emergency"),
        ("took my pain pills and an ambien, feel weird", "emergency"),
        ("i took 2 tylenol for the soreness", "routine"),
        ("i take 4 pills a day as prescribed", "routine"),
        ("can i have a glass of wine with my pills?", "routine"),
    ],
)
def test_suicide_and_overdose_in_many_words(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # extreme drowsiness and slow breathing; a refill mention does not make it a question
        ("desde la recarga mi mamita pasa bien dormida, respira despacito", "emergency"),
        ("casi no se le siente desde la recarga", "emergency"),
        ("hes nodding off since the refill and breathing funny", "emergency"),
        ("can't keep her eyes open after the pump refill", "emergency"),
        ("groggy and breathing real slow after the refill", "emergency"),
        # breathing, Caribbean and Mexican
        ("mi abuela no coge aire", "emergency"),
        ("ay bendito papi está bien fatigao", "emergency"),
        ("le falta el aire", "emergency"),
        ("se ahoga mi mamá", "emergency"),
        # unresponsive
        ("mi mai no quiere despertar", "emergency"),
        ("la toy sacudiendo y ná", "emergency"),
        ("shes not waking up i shook her and nothing", "emergency"),
        ("he won't wake", "emergency"),
        # seizure, misspelt or described
        ("my wife just had a ceasure", "emergency"),
        ("he had a sezure", "emergency"),
        ("seisure just now", "emergency"),
        ("my dad is shaking all over and his eyes rolled back", "emergency"),
        ("se puso tiesa y a temblar toda", "emergency"),
        ("le salía espuma por la boca", "emergency"),
        ("está convulsionando", "emergency"),
        # blue lips
        ("se puso bien morado de la boca", "emergency"),
        ("labios azules", "emergency"),
        ("his lips are purple", "emergency"),
        # chest pain
        ("dad has chest pane going down his arm", "emergency"),
        ("me duele el pecho", "emergency"),
        ("pain going down her arm and shes sweating a lot", "emergency"),
        # new loss of bladder or bowel control
        ("dad wet himself and didnt even feel it", "emergency"),
        ("she cant hold her bladder anymore", "emergency"),
        ("mi mamá se está haciendo pipí sin darse cuenta", "emergency"),
        ("se orinó encima y no sintió nada", "emergency"),
        ("no controla la orina desde ayer", "emergency"),
        ("he pooped himself and didnt notice", "emergency"),
        # bleeding that will not stop
        ("ta botando sangre y no para", "emergency"),
        ("ya empapó la sábana de sangre", "emergency"),
        ("bleeding soaked through the bandage", "emergency"),
        ("it won't stop bleeding", "emergency"),
        # severe withdrawal
        ("está viendo cosas que no hay y tiene fiebre", "emergency"),
        ("tiene los músculos tiesos", "emergency"),
        ("the pump ran out and hes got a fever and seeing things", "emergency"),
        ("se acabó la medicina de la bomba y tiene mucha fiebre", "emergency"),
    ],
)
def test_emergencies_in_everyday_words(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("his temperature is one oh four point five", "emergency"),
        ("temp is a hundred and four", "emergency"),
        ("tiene cuarenta de temperatura", "emergency"),
        ("temperature is a hundred and one", "urgent"),
        ("temperatura ciento uno", "urgent"),
        ("tiene treinta y ocho y medio", "urgent"),
        ("tiene 101 mi papá", "urgent"),
        ("running 101 today", "urgent"),
        ("tiene 38.5", "urgent"),
        ("tiene 40 años mi mamá, puede manejar?", "routine"),
        ("she has 100 pills left", "routine"),
    ],
)
def test_temperatures_in_words_and_bare_numbers(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("la herida ta colorá al lado de la bomba", "urgent"),
        ("la piel sobre la bomba está calientita", "urgent"),
        ("le sale pues amarillo de la herida", "urgent"),
        ("tiene materia en la herida", "urgent"),
        ("huele feo la herida, bien chuco", "urgent"),
        ("se me durmió la pierna izquierda y no se me quita", "urgent"),
        ("the pump keeps bee ping every few minutes", "urgent"),
        ("it's dripping clear flute from his back", "urgent"),
        ("pain went from a 4 to an 8 since yesterday", "urgent"),
        ("dolor de 4 a 8", "urgent"),
        ("pain was 4 now 8", "urgent"),
        ("pues la herida está bien", "ok"),
    ],
)
def test_regional_sign_words_and_rising_scores(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("ya no le duele la cabeza", "ok"),
        ("she's doing great no fever know redness", "ok"),
        ("no fever know swelling", "ok"),
        ("i know redness is a sign, is it normal?", "urgent"),
        ("todo bien, sin novedad", "ok"),
        ("doing great", "ok"),
        ("mucho mejor gracias", "ok"),
        ("todo bien gracias a dios", "ok"),
        ("healing nicely", "ok"),
        ("se ve limpia la herida", "ok"),
        ("no more itching, sleeping well", "ok"),
        ("no puedo dormir bien", "routine"),
        ("dad is paralyzed with fear about the refill, can someone explain it to him", "routine"),
        ("my wife is having a fit bc the pharmacy lost her script lol", "routine"),
        ("mi mamá es bien fatal con el celular, ¿le pueden mandar los mensajes a mí?", "routine"),
        ("qué bolá, cuándo me quitan los puntos?", "routine"),
        ("can you call me about the refill", "routine"),
        ("question about my bill", "routine"),
        ("can i go to the beach, it's hot there", "routine"),
    ],
)
def test_negation_figures_of_speech_and_plain_ok(text: str, level: str) -> None:
    assert level_of(text) == level


# Round 3: mechanisms, not sentences. Each row is a new phrasing of a general rule.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Difficulty words reach a few words further ("a hard time catching my breath").
        ("having a real hard time getting my breath today", "emergency"),
        ("le cuesta mucho trabajo poder respirar", "emergency"),
        ("he has a rough time trying to pee, nothing comes", "urgent"),
        ("tengo que pujar mucho para poder orinar", "urgent"),
        # Chest pressure with words between, and pressure spreading to the arm.
        ("siento una opresion bien fuerte aqui en el pecho", "emergency"),
        ("pressure so heavy right in the middle of my chest", "emergency"),
        # A gaping wound.
        ("the incision is gaping at the bottom", "urgent"),
        # Rigid without the word, hallucinations with "who".
        ("she went stiff as a plank in the chair", "emergency"),
        ("mi esposo esta tieso como una tabla", "emergency"),
        ("he keeps waving at kids who aren't there", "emergency"),
        # A "not" that closed its own clause does not reach past "and".
        ("he sees people who aren't there and is sweating", "emergency"),
        ("I don't have fever and chills", "ok"),
        # Hopelessness, being a burden, pills put aside.
        ("honestly I don't see the point in living like this", "emergency"),
        ("ya no le veo sentido a seguir", "emergency"),
        ("my kids would be better off without me", "emergency"),
        ("mi familia estaria mejor sin mi", "emergency"),
        ("I'm just a burden to everyone now", "emergency"),
        ("i've been stockpiling my oxy", "urgent"),
        ("he estado guardando mis pastillas", "urgent"),
        # "Fatiga": tired in Mexico, short of breath in the Caribbean.
        ("ando bien fatigado del trabajo", "routine"),
        ("estoy fatigao, no me entra el aire", "emergency"),
        ("fatigada y con el pecho apretado", "emergency"),
        ("me da fatiga al subir las escaleras", "urgent"),
        # Purple skin is not blue lips; a purple person is.
        ("se le puso morada la piel alrededor de la herida", "urgent"),
        ("my toes turned purple", "urgent"),
        ("mi mama se puso morada de la boca", "emergency"),
        ("se puso morado y no respira bien", "emergency"),
        # So-so is not fine; a reply cut off is not fine.
        ("more or less", "routine"),
        ("ahi vamos", "routine"),
        ("good and the", "routine"),
        ("todo bien y la", "routine"),
    ],
)
def test_round_three_mechanisms_raise_what_they_should(text: str, level: str) -> None:
    assert level_of(text) == level


def test_tired_fatiga_without_breath_words_is_routine_to_the_rules() -> None:
    # "Fatiga": tired in Mexico, short of breath in the Caribbean. The rules read a tired
    # "fatigada" with no breath word as routine; the learned reader, retrained in round 59,
    # reads this one as a red flag, which only ever goes up.
    text = "estoy fatigada hoy, no dormi"
    assert read_by_rules(text).level is Level.ROUTINE
    assert triage(text).level.rank >= Level.ROUTINE.rank


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Improvement said after a relative clause, with "no longer", or after "but".
        ("the swelling my doctor was worried about is completely gone", "ok"),
        ("the redness is no longer there", "ok"),
        ("drainage is not present anymore", "ok"),
        ("had chills last night but not anymore", "ok"),
        ("tuve fiebre el lunes pero ya no", "ok"),
        ("la hinchazon ya no esta", "ok"),
        ("there's a lump that wasn't there before", "urgent"),
        ("la hinchazon ya no se quita", "urgent"),
        # A conditional question asks what to do; it reports nothing.
        ("what do I do if the incision gets red?", "routine"),
        ("que hago si me sale pus?", "routine"),
        ("who do I call in case the pump alarm goes off?", "routine"),
        ("is it normal if the incision is red and warm?", "urgent"),
        ("what if I already have a fever of 101?", "urgent"),
        # Applied heat is no warmth sign.
        ("can I use a hot pack on my back?", "routine"),
        ("me puedo poner compresas de agua caliente?", "routine"),
        # "Is it bad if...?" asks.
        ("is it bad if I take it an hour late?", "routine"),
        ("es malo si no me baño hoy?", "routine"),
        # Money is no temperature.
        ("my copay was $38.50, is that right?", "routine"),
        ("the bill says 101 dollars", "routine"),
        # Laughter makes "dying" a figure of speech; suicide words still count.
        ("I'm dying here lol, this heat", "routine"),
        ("jajaja me estoy muriendo de risa", "routine"),
        ("i want to die lol", "emergency"),
    ],
)
def test_round_three_mechanisms_keep_routine_and_ok_down(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my breathing is weird since the refill", "emergency"),
        ("his breath sounds off tonight", "urgent"),
        ("algo raro en el pecho desde anoche", "urgent"),
        ("breathing fine, thanks", "ok"),
        ("breathing is good", "ok"),
    ],
)
def test_breathing_and_chest_words_stay_at_least_urgent(text: str, level: str) -> None:
    # The rules' own backstop; the learned second reader may raise these further.
    assert read_by_rules(text).level.value == level
    assert triage(text).level.rank >= read_by_rules(text).level.rank


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # seizure: jerking, twitching, convulsing with eyes, mouth, foam or a stiff body
        ("my husband is jerking and his eyes are weird", "emergency"),
        ("she keeps twitching all over", "emergency"),
        ("se está sacudiendo y le sale baba de la boca", "emergency"),
        ("is it normal for his eyes to twitch?", "urgent"),
        ("he is not jerking anymore, doing fine", "ok"),
        # unresponsive: won't answer, limp, can't rouse, "como ido"
        ("she is limp and wont answer", "emergency"),
        ("can't get my husband to wake up, he's snoring weird", "emergency"),
        ("mi mamá está como ida, no reacciona", "emergency"),
        ("no vuelve en si", "emergency"),
        ("I have a limp from my old knee", "routine"),
        # a third person and an acute verb
        ("my dad fell and cant get up", "emergency"),
        ("se cayó y no se levanta", "emergency"),
        ("dad is on the floor", "emergency"),
        ("I fell yesterday but got up fine", "routine"),
        ("the kids are playing on the floor, can I get down there with them?", "routine"),
        # stroke
        ("my right arm went weak all of a sudden", "emergency"),
        ("de repente no puede levantar el brazo", "emergency"),
        ("she cant talk right", "emergency"),
        ("arrastro las palabras al hablar", "emergency"),
        ("no se le entiende lo que dice", "emergency"),
        # allergy
        ("hives and my throat feels tight", "emergency"),
        ("se le hinchó la lengua", "emergency"),
        # legs
        ("my legs just stopped working", "emergency"),
        ("desde anoche no siento ni muevo las piernas", "emergency"),
        ("las piernas no le responden", "emergency"),
        ("my legs are working fine now", "ok"),
        # bladder and bowel
        ("I'm wetting myself and can't feel it, never happened before", "emergency"),
        ("ya no aguanto la pipí, se me sale solita y no la siento", "emergency"),
        ("mom had a couple accidents at night wetting the bed", "emergency"),
        ("no accidents, peeing fine", "ok"),
        # overdose
        ("OD'd on my oxys", "emergency"),
        ("took 2 instead of 1 by mistake", "emergency"),
        ("se tomó de más las pastillas", "emergency"),
        ("took my meds as prescribed", "routine"),
        ("Puedo tomar ibuprofeno con las otras medicinas", "routine"),
        # bleeding
        ("bleeding from back incision, pressing 20 min still bleeding", "emergency"),
        ("blood is gushing from the incision", "emergency"),
        # deep sleep, drowsiness
        (
            "tengo mucho sueño desde que llenaron la bomba, no me puedo mantener despierto",
            "emergency",
        ),
        # regional words and false alarms kept out
        ("ormigueo en las piernas", "urgent"),
        ("me pica todo el cuerpo y sudo mucho", "urgent"),
        ("¿es normal que la bomba pite?", "urgent"),
        ("un poco de molestia en la espalda donde me picaron", "routine"),
        ("It's 104 degrees outside lol but I'm doing great", "ok"),
        ("Aquí hace 40 grados pero yo estoy bien, gracias", "ok"),
        ("his temp is 104 and it's hot outside", "emergency"),
    ],
)
def test_danger_nets_catch_unlisted_phrasings(text: str, level: str) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize("text", ["she is responding well and talking", "he is answering us fine"])
def test_danger_nets_leave_a_good_report_alone(text: str) -> None:
    # ok or routine is the learned reader's call (round 40's retraining moved the first from
    # routine to ok); what matters is that "responding" and "answering" raise no alarm
    assert level_of(text) in {"ok", "routine"}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("his lips look a bit off", "urgent"),  # a red-flag word nobody placed goes up
        ("something with her throat", "urgent"),
        ("allergic to the new tape?", "routine"),
    ],
)
def test_unplaced_red_flag_word_defaults_up(text: str, level: str) -> None:
    assert read_by_rules(text).level.value == level
    assert triage(text).level.rank >= read_by_rules(text).level.rank


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # An English "he" after "no" is an answer, not Spanish "no he tenido".
        ("no he fainted", "emergency"),
        ("No he has chest pain", "emergency"),
        ("no he has chills", "urgent"),
        ("no he is blue", "emergency"),
        ("no he tenido fiebre", "ok"),
        ("no me he desmayado ni nada", "ok"),
        # Feeling nothing in the legs is the danger, not a denial.
        ("no siento nada en las piernas", "emergency"),
        ("Ya no siento hormigueo en las piernas", "ok"),
        # Someone else's sign only when they are its subject.
        ("walked the dog and blacked out", "emergency"),
        ("was feeding the cat and collapsed", "emergency"),
        ("mi vecina dice que tengo la cara hinchada", "emergency"),
        ("the dog was barking and he wouldn't wake up", "emergency"),
        ("my cat scan showed a lump near the pump", "urgent"),
        ("chest pain like I had last year", "emergency"),
        ("I had a seizure years ago and I just had another", "emergency"),
        ("my dog has a lump on his leg", "routine"),
        ("mi vecino se desmayo en la iglesia", "routine"),
        # Easing belongs to the sign it is said of.
        ("se me quito el dolor, tengo fiebre", "urgent"),
        ("the redness stopped spreading and there's pus", "urgent"),
        ("fever and the redness went down", "urgent"),
        ("tengo fiebre y la hinchazon ya bajo", "urgent"),
        ("ya se quito el dolor y lo hinchado sigue igual", "urgent"),
        ("the bleeding stopped, fever started", "urgent"),
        ("incision is red, all good otherwise", "urgent"),
        ("fever and chills are gone", "ok"),
        ("pump stopped beeping, all good", "ok"),
        # A person's temperature is not the water's.
        ("I'm at 38.7, can I still use the pool next week?", "urgent"),
        ("I'm at 104 after the sauna", "emergency"),
        ("estoy a 40, me puedo meter a la tina?", "emergency"),
        ("the hot tub is at 104, ok for me?", "routine"),
        # A negation crosses a comma only into an "or" list, and never to an emergency.
        ("no nausea, fainted", "emergency"),
        ("no fever, chest pain", "emergency"),
        ("swelling, no fever", "urgent"),
        ("pus, no fever, feeling better", "urgent"),
        ("no redness, swelling", "urgent"),
        ("sin fiebre, hinchado y rojo", "urgent"),
        ("no fever, redness or swelling", "ok"),
        ("no nausea or vomiting", "ok"),
        # Plain words for emergencies.
        ("she looks blue", "emergency"),
        ("no ha parado de sangrar", "emergency"),
        ("fine, just woke up on the kitchen floor", "emergency"),
        # From blind set U.
        ("teeth chattering under three blankets", "urgent"),
        ("woke up and my legs just wont do anything", "emergency"),
        ("I feel hot and kinda mixed up about what day it is", "emergency"),
        ("la fiebre de la semana pasada ya se fue, hoy 36.6", "ok"),
        ("feeling great. no chest pain or breathing issues either", "ok"),
        ("everyone would be better off if I just wasnt here anymore", "emergency"),
        ("the incision feels hot", "urgent"),
    ],
)
def test_review_of_round_five_rules(text: str, level: str) -> None:
    # The rules alone must get these; the learned reader is no excuse for a rule that is wrong.
    assert read_by_rules(text).level.value == level
