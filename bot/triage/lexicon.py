"""Hold the English and Spanish word lists that the triage core reads.

Every word is folded: lower case, accents stripped, curly apostrophes made
straight. A lemma is the one word the triage rules are written against, so a
rule for "swelling" also sees "swolen", "hinchazon" and "inflamada".
"""

from __future__ import annotations


def _table(text: str) -> dict[str, str]:
    """Turn 'lemma: form form ...' lines into a form-to-lemma map."""
    forms: dict[str, str] = {}
    for line in text.strip().replace("\n  ", " ").splitlines():
        lemma, _, rest = line.partition(":")
        lemma = lemma.strip()
        forms[lemma] = lemma
        for form in rest.split():
            forms[form] = lemma
    return forms


def words(text: str) -> frozenset[str]:
    """Split a block of words into a set."""
    return frozenset(text.split())


_words = words


# Symptom words. Spanish, common misspellings and emoji map onto one lemma.
SIGN_LEMMAS = _table("""
fever: fevers feverish fevery feaver feavers fevr fver fevor feavor fiever fevar feber feverr
  febre febrinha
  fiebre fiebres fievre fiebra febre calentura calenturas febril afiebrado afiebrada 🤒 🥵
  fiebrita fiebrecita calenturita
  calenturiento calenturienta calenturientos
  lagnat nilalagnat nilagnat lalagnatin
chills: chill chilled shivering shivers shiver shivery escalofrios escalofrio escalosfrios
  frissons frisson grelotte
  esclofrios escalofrio tiritando tiritar tirito tiritaba chils rigors rigor
  giniginaw ginaw nginig nanginginig nangangatog
red: erythema erythematous angry redness reddish redish reddness reddened rojo roja rojos rojas
  redd redder vermelho vermelha vermelhidao vermelhinho vermelhinha
  rojiza rojizo enrojecido
  enrojecida enrojecimiento colorado colorada colora colorao coloradito coloradita rojito rojita
  enrojecio enrojecida pink pinkish rosado rosada rosadito rosadita rosita
  namumula mapula namula pamumula
warm: warmth hot caliente calientes calor arde ardor burns burning calientita calientito
  calientica calientico calentita calentito calol
swelling: swollen swole swolen sweling swelled swell swells swelling puffy hinchazon hinchado sullen
  puffier puffiness
  enfle enflé enflée enflure
  inchado inchada inchazon inchao
  hinchada hinchados hinchadas hincho hinchando inflamado inflamada inflamacion inflammation
  inflamed inflada inflado infladita infladito puffed abultado abultada
  namamaga namaga pamamaga
hard: hardness firm duro dureza endurecido endurecida dura duras duros durita durito
pus: puss oozing ooze oozes oozed supura supurando supuracion materia
  nagnanana
drainage: draining drains drain drained leaking leak leaks leaked weeping seeping discharge
  secrecion drenaje drena drenando drenado drenaba goteando gotea goteo gotean escurre
  escurriendo chorrea chorreando fuga fugas
  aguita wetness dripping drips dripped drippin
  tumutulo
fluid: fluids liquid liquido liquidos flute flewid
smell: smells smelly stinks stink stinky stank odor odour olor huele apesta foul
streaks: streak streaking lineas rayas
infection: infected infections infectada infectado infeccion
pain: pains painful hurt hurts hurting ache aches aching achy dolor dolores duele duelen
  douleur douleurs
  doliendo dolia pane panes 🤕 😖 😣 😫 😩
  masakit sumasakit makirot
sore: soreness adolorido adolorida dolorido dolorida tender molestia molestias discomfort
headache: headaches migraine jaqueca hedake hedache headake hedaches
numb: numbness adormecido adormecida adormecidas adormecen adormece entumecido entumecida
  entumecimiento entumida entumido entumidas entumidos entumecidas entumecidos adormecidos
  insensible numbing adormecimiento adormecimientos
  namamanhid manhid pamamanhid
tingling: tingle tingly tingles tingled hormigueo hormiguea hormigueos ormigueo ormiguea
  prickly prickling prickle piquetitos piquetes
  ormigueos hormigeo hormiguean
weak: weakness debil debilidad weaker weakened weakening debiles debilitado debilitada
  debilitados debilitadas flojas flojo floja flojos flojera flojita flojito flojitas flojitos
  nanghihina
alarm: alarms alarmed alarming beeping beeps beep beeped alarma alarmas pitando pita pitido chirping
  apitando apita apitou
  bip bips pip pips chirps chirped pitidos pitazo pite piteando pitaba pitar pitan pitado
itching: itchy itch itches picazon comezon picor pica pican picando picaba picaban
  piquina
  makati nangangati
sweating: sweat sweats sweaty sudor sudores sudando sudoracion suda sudado sudada sudo sudaba
  sudan
  pinapawisan nagpapawis
anxiety: anxious ansiedad ansioso ansiosa nervioso nerviosa restless inquieto inquieta jittery
  agitated
withdrawal: abstinencia yawning goosebumps
vomiting: vomit vomited vomits puking puke puked vomito vomitos vomitando vomite 🤮
  devolviendo devolvi devolvio devuelve devuelvo arrojando arroje trasbocando trasbocar
  basqueando basquear guacareando barf barfing barfed retching arcadas vomitado vomitar
  pagsusuka nagsusuka sumusuka
  vomita vomitaba vomitting vommiting
  nagsusuka sumuka nasuka
sick: ill enfermo enferma 😷 🤢
lump: lumps bump bumps bulge bulging knot bulto bultos bola chichon protuberancia bolita
  bolitas chipote chipotes pelotita bultito abultado abultada
  bukol
bleeding: bleed bleeds bled nosebleed nosebleeds sangrado sangra sangrando sangrar 🩸
  dumudugo nagdurugo dinudugo pagdurugo
blood: sangre bloody dugo
breathe: breath breathing breathes breathed respirar respira respiro respirando respiracion
  huminga makahinga paghinga hininga
wake: waking awake despierta despertar despierto despertarlo despertarla despierte
  despertarme desperte despiertes
unresponsive: unconscious unconcious inconsciente
drowsy: sleepy somnoliento somnolienta drowsiness lethargic groggy grogy groggie zonked
seizure: seizures seizer seizing convulsion convulsions convulsiones convulsionando ataque
  ceasure ceasures ceizure ceizures seisure seisures sezure sezures siezure siezures seazure
  seazures seezure seizur cesure convulsing convulsed convulsiono convulsionar convulsionaba
  nangingisay nangisay nagkumbulsyon kumbulsyon nagkokombulsyon
faint: collapsed collapse fainted fainting desmaye desmayo desmayado desmayada desmayar desmayos 😵
  desmalle desmallo desmallado desmallada desmaie desmaio desmaiado desmaiada desvanecio
  desvaneci desvanecida desvanecido desplomo desplome desplomado desplomada vahido soponcio
  patatus yeyo keeled fainted faints
  nahimatay hinimatay
dizzy: dizziness lightheaded mareado mareada mareo mareos vertigo
  nahihilo nahilo mariado mariada mariados mariadas
slurred: slurring slur arrastrando
droop: drooping drooped
confused: confusion disoriented desorientado desorientada confundido confundida delirious
  confuse confusing confuso confusa disorientated incoherent incoherente delirando delirio
  delira desvariando desvaria desvariar loopy
rigid: rigidity rigido rigida rigidez
hallucinating: hallucinations hallucination hallucinate alucinaciones alucinando alucina
suicide: suicidal suicidarme suicidio
overdose: overdosed sobredosis
paralyzed: paralysed paralizado paralizada
problem: problems issue issues complaint complaints problema problemas queja quejas
shaking: shake shakes shaky trembling tremble trembles tremors tremor temblando temblor
  temblores tiembla tiemblo temblar temblorina tremores
diarrhea: diarrhoea diarrea diarea diarreas diarrhea
rash: rashes hives welts ronchas roncha urticaria sarpullido salpullido
allergic: allergy allergies alergia alergica alergico alergias
""")

# Words that are not symptoms by themselves but that rules are written against.
PART_LEMMAS = _table("""
chest: pecho breastbone sternum esternon
  dibdib
tight: tightness apretado opresion pressure presion aprieta apretando apretada oprime
  oprimiendo oprimido squeezing squeezed squeeze crushing pressing
head: cabeza
  ulo
lips: lip labios labio labiecitos boquita
blue: azul azules morado morados morada moradas purple grey gray bluish blueish bluey purplish
  purpleish moradito moradita moraditos moraditas dusky ashen cenizo cenizos cenizas azulados
  azulado azuladas azulada
  azulado azulada azulados azuladas moradito moradita moraditos grayish greyish
throat: garganta
face: cara carita caritas carota
tongue: lengua
legs: leg piernas pierna
neck: cuello nuca pescuezo necks
stiff: tieso tiesa tiesos tiesas tiesito tiesita
muscles: muscle musculos musculo
bladder: vejiga
bowels: bowel intestino popo pupu caca
urinate: urinating pee peeing urine orinar orina pipi pis mear meando meo orino orinando
  orinado orinaba urination urinary pees peed urinated
control: controlo controlar
move: mover muevo mueve moving mueven moverlas moverla moved
feel: feels feeling siento sentir
walk: walking caminar camino
stop: stops stopping stopped
sudden: suddenly repente
upright: stand standing stood sit sitting sat levanto levantarme levanta parado parada sentado
  sentada
  nakatayo tumayo tumatayo nakaupo umupo
lying: lie lay laying lays laid layin flat acostado acostada acuesto acostarme recostado
  recostada
  nakahiga humiga humihiga higa
bottle: bottles frasco frascos bote botes pomo pomito botella botellas caja cajita
  blister
pump: bomba bombita maquina maquinita aparato aparatito dispositivo device machine
  pumb pompe
medication: meds medicine medicina medicamento medicamentos pills pill pastillas pastilla
  tylenol prescription receta pharmacy farmacia oxy oxys oxycodone oxycontin percocet percocets
  norco norcos vicodin hydrocodone morphine morfina dilaudid fentanyl gabapentin baclofen
  tramadol xanax ambien
cant: can't cannot couldnt couldn't unable
wont: won't wouldnt wouldn't
dont: don't doesnt doesn't didnt didn't
isnt: isn't aint ain't arent aren't wasnt wasn't
havent: haven't hasn't hasnt hadnt hadn't
""")

# Topics that need a person but are not red flags.
TOPIC_LEMMAS = _table("""
greys: grey's gray's
drive: driving drove manejar manejo conducir conduzco manejando
bathe: shower showering showers bath bathing tub banar banarme banarse ducha duchar ducharme
  swim swimming nadar pool
brace: faja corset
lift: lifting lifted carry carrying levantar cargar heavy pesado pesadas peso
activity: gym exercise exercising housework vacuum vacuuming sweep sweeping mop barrer trapear
  quehaceres gimnasio ejercicio sex relaciones fly flying travel viajar avion
work: trabajo trabajar
refill: refills recarga rellenar relleno
appointment: appt appointments cita citas reschedule cancelar cancel consulta
billing: bill bills insurance seguro factura cobro payment copay
call: llamar llamen llameme llamenme llaman llamada
stitches: stiches stitch staples puntos
dressing: bandage vendaje gauze gasa bandages curita
sleep: dormir sleeping
constipated: constipation estrenido estrenida
tired: fatigue fatigued exhausted cansado cansada cansancio
nausea: nauseous nauseated nauseas queasy
settings: setting dose dosis
""")

# Short forms of fast Spanish texting and Caribbean speech, read as the full word: "no ta
# rojo" is "no está rojo".
SHORT_FORMS = _table("""
no: nno
esta: ta
estoy: toy
hay: ay
hace: ase
yo: llo
what: wat
estamos: tamo tamos
de: d
que: q
porque: xq pq
tambien: tb tmb
gracias: graciah grasiah
the: di
that: dat
this: dis
with: wid
for: fi
nothing: nuttn nuttin nutn nutten
little: likkle
cant: cyaan caan cyan
myself: miself
you: yuh
not: nuh
got: gat
through: thru
""")

LEMMAS: dict[str, str] = {**SHORT_FORMS, **TOPIC_LEMMAS, **PART_LEMMAS, **SIGN_LEMMAS}

NEGATORS = _words(
    "no not dont isnt havent never without nor neither denies deny sin ni nunca tampoco zero cero "
    "sem nao "
    "nobody noone nadie negative neg negativo nary 🙅 🚫"
)

# Words only Tagalog uses (not Chilean "po", nor "ba", "ko", "ng"): with one in the reply, "na"
# between words is Tagalog's linker ("tigil na dumudugo"), not "nada" ("no hay na rojo").
TAGALOG_ONLY = _words("yung mga walang naman namang lang akong siya kasi talaga opo")

# Plain answers to the check-in's symptom question ("Any fever, redness, swelling or more
# pain?"): a reply that opens with one of these says no, or yes, or "a little".
ANSWER_NO = _words(
    "no nope nop nah naw nel none nada na ninguno ninguna ningun negative negativo nothing "
    "nothings neither tampoco nunca know nao nil nahi nahin noo nooo noooo"
)
# Words around a plain answer that add nothing: "no ma'am", "none of the above", "ninguna de
# esas cosas".
# Spouses, parents and grandparents: whom a writer most often texts for, so who may be the
# patient ("my husband has a fever", "Mom asks if she can drive").
# The writer speaking of themselves: "I'm fine", "No fever for me".
WRITER_WORDS = _words("i im i'm me yo myself")
SPOUSES_AND_PARENTS = _words("husband wife hubby mom mother dad father mama papa grandma grandpa")
LIKELY_PATIENT = SPOUSES_AND_PARENTS | _words(
    "esposo esposa madre padre mami papi mommy daddy abuela abuelo granny lola lolo nanay tatay "
    "viejo vieja husband's wife's"
)

POLITE = _words(
    "sir ma'am maam madam dear honey hon sweetie mija mijo amor senora senorita doctor doc "
    "nurse above cosas esas esos eso those these things thing them todas todos ninguna mam like "
    "jesus lord praise god dios nice day amen blessed bless counts questions straight gracias "
    "hallelujah halleluja alleluia blessings follow up followup checking fr tbh ngl honestly "
    "saludos manda mandan regards hugs abrazos esa cosa po naman lang parce pana che seno asere "
    "cachai vale tio tia guey wey compa mano bro dude sis primero pray prayers praying oren neta "
    # praying hands: thanks, not news ("thank u 🙏")
    "tank mate mates worries ji deus gracas graças obrigada obrigado angels angel 🙏 boss chief "
    "sorry cher"
)
ANSWER_NO_PAIRS = frozenset(
    {
        ("not", "really"),
        ("not", "at"),
        ("not", "any"),
        ("para", "nada"),
        ("nothing", "new"),
        ("all", "negative"),
    }
)
ANSWER_YES = _words(
    "haan yes yeah yea yep yup ye yess yes's si sip simon claro correct opo oo yse yez ys sii sim"
)
ANSWER_SOME: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "a little bit",
        "a little",
        "a mite",
        "little bit",
        "little",
        "a littel",
        "a litle",
        "a tad",
        "a smidge",
        "a bit",
        "a lil",
        "little bit",
        "kind of",
        "sort of",
        "un poquito",
        "um pouco",
        "tantito",
        "un tantito",
        "poquito",
        "um pouquinho",
        "un poco",
        "poquito",
        "poco",
        "algo",
        "some",
        "somewhat",
        "kinda",
        "slightly",
        "little",
    )
)
# A score spelled out: "siete", "seven".
SPELLED_SCORES = {
    word: n
    for n, words in enumerate(
        (
            "zero cero",
            "one uno una",
            "two dos",
            "three tres",
            "four cuatro",
            "five cinco",
            "six seis",
            "seven siete",
            "eight ocho",
            "nine nueve",
            "ten diez",
        )
    )
    for word in words.split()
}
# After "fine but ...", a body part means something is being told: "fine except my head ...".
BODY_WORDS = _words(
    "head back legs leg chest neck arm arms incision wound site pump stomach belly foot feet "
    "hip cabeza espalda pierna piernas pecho cuello brazo brazos herida estomago barriga pie pies "
    "cadera"
)
# After a sign has eased, these say it came back: "it was gone but it came back".
CAME_BACK = _words("returned volvio volvieron regreso regresaron")
CAME_BACK_PAIRS = frozenset(
    {
        ("came", "back"),
        ("coming", "back"),
        ("is", "back"),
        ("its", "back"),
        ("it's", "back"),
        ("started", "again"),
        ("starting", "again"),
        ("began", "again"),
        ("otra", "vez"),
        ("de", "nuevo"),
    }
)
# Said before a sign, these make it one to watch for, not one had: "told to watch for fever".
WATCH_FOR = _words("watch vigilar vigilara vigile vigilen pendiente monitor")
# After good news, a turn to something else: "fine but ...", "bien pero ...".
TURNS = _words("but pero though tho although aunque except excepto however sino only")

# Answers that are negative on their own: "none of those", "nada".
NONE_WORDS = _words(
    "none nothing nothings nothing's nada na ninguno ninguna ningun nah novedad nao nowt"
)

OK_WORDS = _words(
    "fine good ok okay okey k kk great excellent perfect awesome wonderful alright bien "
    "excelente perfecto perfecta bueno normal clean dry healing sana sanando orden "
    "godo goood gppd bn gd gud nicely wnl afebrile vss unremarkable uneventful epithelialized "
    "limpia limpio limpiecita limpiecito sequita sequito seca seco chido chida "
    "chevere chilero chilera jevi nitido nitida joya lujo tuanis bacano bacana fenomenal "
    "estupendo estupenda "
    "tranquilo tranquila trankilo trankila recovering recuperando recuperandose tranqui relax "
    "alivianado alivianada "
    "sano sana sanito sanita sanado sanada curado curada cicatrizado cicatrizada "
    "comfortable comfortably guay genial impecable fino fina bem otimo otima bom boa limpo "
    "beautifully brighter contenta contento feliz happy grand champion tickety "
    "👍 👌 😊 🙂 ☺ 💯 ✅ 😀 😃 😄 😁 🥰 ❤ 💪"
)

# Words that make a reply a request even without a question mark: "just wondering when my
# follow up is", "please call me", "necesito hablar con la enfermera".
REQUEST_WORDS = _words(
    "please pls plz porfa favor wondering wonder wondered question questions pregunta preguntas "
    "necesito quisiera hablar saber reschedule requesting request requests"
)
# Questions that ask nothing: "can you believe it?", "guess what"
RHETORICAL_QUESTIONS = (
    "can you believe|can u believe|could you believe|would you believe|"
    "can you imagine|did you know|guess what|is this real life|is this for real|"
    "who knew|who would have thought|isn't that|isnt that|ain't that|how about that|"
    "how cool is that|how about them|what do you know|what can i tell you|"
    "what can i say"
)
# "can I take it off", "should we use ice": leave asked in the middle of a sentence
ASKED_TO_DO = _words(
    "take go use get have start stop drive shower bathe sleep lift swim wear remove put eat "
    "return travel fly"
)
# A clause that opens with one of these asks: "doing good, when is my next appt".
ASKS_AFTER_PAUSE = _words(
    "when what how why where who can could should will cuando cuanto cuanta cuantos donde quien "
    "debo puedo podria"
)
# After a question mark, these answer it: "pain? way less", "¿fiebre? tampoco".
SELF_ANSWERS = _words("nope tampoco way less menos better mejor doing todo all nada none")
# After "call", these make it a request: "call me", "call me back", "llamenme".
CALL_WHOM = _words("me back us him her nos la lo le the this my our")  # "call the shop phone"
# Reassurance too weak to wave off a small complaint: "me duele un poquito, lo normal creo".
WEAK_OK = _words("normal clean dry healing sana sanando limpia limpio k kk orden")

# Thanks, blessings and receipts: chit-chat, read as such (a bare "thx" still goes to a nurse).
ACK_WORDS = _words(
    "thank thanks thankyou thanx thx thnx ty tyvm gracias grax grasias gracia grasia received "
    "recibido recibida entendido entendida understood noted amen bless blessed blessings "
    "bendiga bendiciones bendicion bendecido bendecida same igual mismo sip graciah grasiah copy"
)

# Words that may follow "bien" meaning "fine" ("bien y usted", "bien gracias"); before any
# other word "bien" means "very" ("bien tieso", "bien hinchado").
AFTER_BIEN = _words(
    "y e pero gracias gracia todo todos hoy ahora ya nomas no de con en por la el los las mi "
    "su a que asi pues aunque solo igual tambien thanks thank and but so gracias dios bendito "
    "amigo doctor doctora enfermera senor senora mija mijo grasias grasia grax graciah bendicion "
    "padre sin pana parce che seno asere vale tio tia compa mano "
    "bendiciones amen dio amor jaja jajaja jeje lol haha bendecida bendecido bendecidos xd "
    "conmigo contigo aqui aca alla por aca en casa"
)

# "sore but getting better", "pero ya va mejorando": easing told after "but".
GETTING_BETTER = _words(
    "it its it's is getting better mejor improving mejorando healing ya va se esta much way a lot "
    "every day each"
)

# Typed or dictated for "fine" after "doing"/"feeling": "I'm doing find thank you".
OK_TYPOS = _words("find fin fien fune fime fone fiine swell")
# Two words that say all is well: "thumbs up", "all set", "all clear".
OK_PAIRS = frozenset(
    {
        ("thumbs", "up"),
        ("all", "right"),  # "Doing all right, Mom says hi"
        ("thumb", "up"),
        ("all", "set"),
        ("all", "clear"),
        ("de", "maravilla"),
        ("como", "nunca"),
        ("on", "track"),
        ("cant", "problem"),  # "can't complain"
        ("human", "again"),  # "feeling human again"
        ("a", "treat"),  # "working a treat"
        ("the", "mend"),  # "on the mend"
        ("all", "quiet"),  # "all quiet on the western front"
    }
)
# After an answering "no", these start good news, not a negation: "no im good", "no all good".
AFTER_ANSWER_NO = _words("im i'm i all everything we we're were its it's thanks thank")
# "well" reassures only after one of these: "doing well", not "well, I have a fever".
# Words that may stand between a negator and reassurance: "not feeling good".
OK_FILLER = _words(
    "feel doing me im i'm am is estoy esta looking look looks very so muy that too all it se"
    " managing coping"
)
WELL_AFTER = _words(
    "doing is all going healing very pretty real really so feel feeling sleep eating eat perfectly"
    " managing coping am im i'm"
)

# Cues that a sign is easing, in the words just after it ("swelling went down").
BETTER = _words(
    "better improving improved improvement mejor mejorando mejorado mejoro less "
    "menos lesser gone resolved cleared disappeared subsided desaparecio sumiu "
    "desaparecido broke bajo bajando quito away healed fixed arreglo arreglaron arreglado "
    "arreglada silenced quitaron quitado quitada controlled controlado controlada mejol lower "
    "betr beter bettr managed trending decreased decreasing reduced disminuyo disminuyendo "
    "fading fade faded lighter clearing easing easin eased easier calmer mejorsito mejorcito "
    "calmed calmo calmado calmada melhor reducing reduce reduces "
    "quitando desvaneciendo bettah betta"
)
# After "down", these say where pain goes, not that it eases: "pain going down both legs".
DOWN_TO_PLACE = _words("my the his her your both to into through mi la el su sus los las one")
DOWN_VERBS = _words("went gone going come coming came is has way trending its it's")
OK_AFTER = _words("fine good ok okay bien")

WORSE = _words(
    "worse worsening worst increasing increased increase unbearable excruciating "
    "intolerable peor peores aumenta aumentando aumento insoportable empeorando empeora empeoro "
    "empeorado empeorar peol rising lumala lumalala"
)
# A reply that only says things are bad ("bad", "muy mal", "peor") is a red flag.
VAGUE_BAD = _words(
    "bad badly terrible horrible awful lousy crappy miserable worse worst mal malo mala fatal "
    "pesimo pesima peor peores horrible horrendo horrenda"
)
# "my bad", "too bad", "bad connection": no sign.
NOT_VAGUE_BEFORE = _words(
    "my too cobraron charged billed entendi entendio entendieron escribieron anotaron marque"
    " marco spelled"
)
# "Is it bad if I skip a dose?", "es malo si...": asking, not telling.
BAD_ASKED_BEFORE = _words("it its it's that this es eso seria be")
# Laughter: "I'm dying lol" is a figure of speech.
LAUGHTER = _words(
    "lol lmao lmfao rofl haha hahaha hahahaha jaja jajaja jajajaja jeje jejeje jk kidding xd "
    "bromeando broma 😂 🤣 😆 😅"
)
# Words after a sign that say it is no longer there: "swelling is not there anymore".
NO_LONGER = _words("there anymore longer present visible hay more")
# "...that wasn't there before": the sign is new, not gone.
# After "none since": when ("none since Tuesday"), not what ("nothing since I took tylenol").
WHEN_SINCE = _words(
    "then yesterday ayer entonces last this that morning night monday tuesday wednesday "
    "thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo"
)
BEFORE_NOW = _words("before antes earlier yesterday ayer until hasta")
# After "but", these alone say the sign has passed: "fever but not anymore", "pero ya no".
PASSED_AFTER_BUT = _words(
    "not no ya anymore more longer now ahora its it's it is gone away already se quito paso fue "
    "went has have hay tengo tiene mas me le lo la quitaron quitado"
)
# A reply ending on one of these was cut off: "ok so the".
CUT_OFF = _words("the a an my his her and to of with el la los las mi su y de con que")
# Words of posture: a headache "only when I stand up" is told by them, not denied.
POSTURE = _words(
    "sit sitting sat stand standing stood up upright lie lying lay laying flat bed parado parada"
    " sentado sentada acostado acostada"
)
# A number said of these is the weather ("104 degrees outside", "40 grados afuera").
WEATHER = _words(
    "outside outdoors afuera weather clima forecast pronostico sun sol heat calor heatwave shade"
    " weatherman"
    " sombra humid humedo humedad water agua tub jacuzzi pool piscina alberca bath bathtub tina"
    " sauna shower ducha regadera oven horno calle street furnace heater heating blanket blankets"
    " calefaccion cobija cobijas summer verano caloron calorcito calorazo bochorno"
    " spa spas springs rainy rain raining cloudy overcast drizzle gloomy sky 🌧 ☔ smoke"
    " smoky wildfire wildfires"
)
# A temperature said of one of these is the thing's: "the reefer temp at 42", "pool temp 88".
MACHINES = _words(
    "reefer fridge freezer refrigerator engine coolant pool tub jacuzzi spa oven horno alberca"
    " piscina hottub trailer truck"
)
# Money after or before a number: no temperature.
MONEY = _words("dollars dollar dolares dolar bucks pesos usd cents centavos")
# A dose after a number: "101.5 mcg/day" is the pump's setting, not a temperature.
DOSE_UNITS = _words("mcg mcgs mg mgs ml cc microgramos microgramo miligramos units unidades")
# A conditional question about a sign is about what to do, not a report ("what if I get a
# fever?", "que hago si me da fiebre?").
IF_WORDS = _words("if si case caso")

NOT_VAGUE_AFTER = _words(
    "weather news signal connection reception number idea habit luck clima tiempo noticia "
    "noticias senal idea suerte traffic trafico at con with para bill billing cobro factura "
    "flu cold gripa gripe resfriado storm tormenta movie pelicula game partido service wifi "
    "internet cough food comida coffee hospital hospitals"
)
# Pain scores: words that mark the earlier value, the present one, and a direction.
SCORE_PAST = _words(
    "been was were yesterday ayer antes before from last earlier anoche era estaba estuvo fue had "
    "started empezo de"
)
# Pain pills taken with these are an overdose risk.
TOOK = _words(
    "took take taking takes tomo tome tomando tomaron tomaste drank drinking drink bebio bebi "
    "tomado mixed mezclo mezclando had popped swallowed"
)
SEDATIVES = _words(
    "ambien xanax valium ativan klonopin benadryl zolpidem lorazepam clonazepam alprazolam "
    "diazepam trazodone seroquel"
)
ALCOHOL = _words(
    "alcohol beer beers wine vodka whiskey whisky tequila cerveza cervezas vino trago tragos "
    "drinks liquor licor ron rum borracho borracha drunk"
)
SCORE_FROM = _words("from de desde")
SCORE_TO = _words("to a hasta al")
# A bare number after these reads as a temperature: "tiene 101", "running 38.9".
TEMP_WEAK_CONTEXT = _words(
    "tiene tengo tenia has have had running got con at esta anda hit spiked spike spiking"
)
TEMP_WEAK_AFTER = _words(
    "mi my su his her el la today hoy ahora now tonight this esta y and de since desde again "
    "otra ya already still todavia pero but anoche last morning manana fever temp after"
)
SCORE_NOW = _words("now today hoy ahora ahorita currently tonight is its it's es esta to a")
SCORE_FORWARD = _words("was were from era estaba estuvo fue had de to a is its it's es esta")
SCORE_DOWN = _words(
    "down bajo bajando baja better mejor less menos lower dropped decreased improved improving "
    "disminuyo disminuye disminuyendo"
)
SCORE_UP = _words(
    "up subio subiendo sube worse peor higher increased aumento aumentando jumped rose climbed "
    "stronger"
)
# Words after a number that say it is no pain score: "3 days", "2 pills".
NOT_SCORE_AFTER = _words(
    "days day dias dia hours hour horas hora hrs hr weeks week semanas semana pm am min mins "
    "minutes minutos times veces medication mg ml years year anos meses months steps pasos "
    "f c degrees grados mcg mcgs microgramos microgramo mg/day mile miles mi block blocks laps "
    "lap km yards feet inches inch lbs pounds"
)

# Only for pain: "hurts a lot", "me duele mucho".
SEVERE = _words(
    "severe terrible horrible awful bad badly mucho much fuerte intenso intensa lot killing malo"
    " debilitating crippling intense extreme"
)
MORE = _words("more mas ma mo")
MILD = _words(
    "small little bit slight slightly mild some poco poquito leve normal expected same "
    "igual tolerable manageable ok okay"
)

CONTRAST = _words(
    "but pero though tho although aunque except excepto however sino yet now "
    "ahora still todavia aun just only solo nomas otherwise"
)
CLAUSE_END = _words(". ! ? ; :")
LIST_JOIN = _words("or nor o u ni /")
AND_JOIN = _words("and y e plus")

# Words that may stand between a negator and what it negates ("no signs of redness at the
# incision", "la herida no esta roja").
NEGATION_SCOPE = _words(
    "bit lick speck trace extra "
    "senales senal any anymore more mo mas much signs sign of de del the a an my la el los las "
    "mi mis su sus "
    "at in on around near by en alrededor cerca incision incisions wound site herida heridas "
    "back espalda belly abdomen have has had got get seen see notice noticed tengo tiene "
    "tienen tuve hay veo is are was were be been looks look seems feel esta estan es son se ve "
    "parece me i it its it's there there's really too very muy tan nada ninguna ningun yet "
    "sale salen salio chest pecho breathe head neck legs "
    "real any todavia ya area le les te nos lo other otro otra otros otras new nuevo nueva "
    "nuevos nuevas major big positional csf incisional spinal fluid signs symptoms tenido "
    "sentido notado visto presentado sentio tenia noto vi senti"
)

TEMP_CONTEXT = _words(
    "temp temps temperature temperatura fever thermometer termometro reading "
    "read running degrees grados deg °"
)
FAHRENHEIT = _words("f fahrenheit farenheit")
CELSIUS = _words("c celsius centigrados centigrade centigrado")
DEGREES = _words("degrees degree grados grado ° deg")

# "know redness" is voice-to-text for "no redness", but not after these ("i know redness...").
KNOW_SUBJECTS = _words("i we you u they he she dont didnt doesnt to ya who")
QUESTION_STARTS = _words(
    "when can could how is are should do does what whats what's hows why where who will may am "
    "cuando puedo "
    "puede como que cuanto cuanta cuantos es donde quien debo"
)

# Words that carry no symptom; a reply made only of these and reassurance can be "ok".
KNOWN = _words("""
hopeful listening leads lead proud
stable excited finally suave
heavens almost sunburned sunburn milking
susan arbor inches inch yrs yr wks mos football aishen even
busy
jeje jejeje yall y'all
burped burping belching belched
below above zero harness dolma acting probs pecan pecans
hunting bigger smaller calm angels
shovel shovels shoveling shovelling shoveled shovelled leafs whatever snow snowy snowed boo
unico unica unicos unicas
injection injections inspected inspection small steps showed stepped
balls
drops doris managing coping kind under
sweet sweetie sweetheart sweety
inspected inspect inspection inspecting sticks stick sticking tudo small smaller stressing
stressed stress thats hospital tried inside linea
color colour colors colores long staying cipote cipota cipotes patojo patoja chucho chamaco
chamaca escuincle
paro detuvo ceso poking poke poked pokes manchando mancha manchas manchada manchado otherwise
either shell shells tortoise bored boring front informacion stolen
concussion concussions ronca roncar roncando ronquido ronquidos
nangingitim labi
we'll we've we'd you'll you've mojadito mojadita mojaditos mojaditas
i i'm im i've ive i'll ill me my mine myself we our us you your u ur he him his she her hers
they them their it its it's this that these those there there's theres here a an the and or
but so if then than as at by for from in into of off on onto out over to up down with about
after before again all also am are be been being was were is isn't do does did done doing
have has had having get got gets getting go going gone went come came make made take took
just still very really pretty quite too much many more most some any every each other another
now today tonight yesterday tomorrow morning afternoon evening night day days week weeks time
thank thanks thankyou thx ty please pls plz hi hello hey dear good morning yes yeah yep yup
no nope not nah ok okay wife husband daughter son mom mother dad father mama papa sister
brother friend caregiver says said say ask asked asking asks tell told wants want think
thought know knew feel feels felt feeling seem seems looks look looking seen see saw
incision incisions wound site back belly stomach abdomen side area pump catheter
checking check checked on regarding report everything anything something nothing
much well since lately far so great fine better doing thing things way little bit
god bless appreciate appreciated care caring keep kept
yo tu usted el ella ellos ellas nosotros mi mis su sus me te se le les lo la los las nos
un una unos unas de del al a en con por para sin sobre entre desde hasta que quien como
cuando donde porque pero y e o u ni si no ya muy mas menos tan tambien todo toda todos todas
esta este estos estas eso esa ese esto estoy estas estamos estan estaba estuve es son era
fue ser estar tengo tiene tienen tenemos tuve hay hace hizo ha he han hemos voy va vamos
hoy ayer manana noche dia dias semana semanas tiempo gracias favor hola buenos buenas dias
tardes noches senor senora doctor doctora enfermera enfermero esposa esposo hija hijo mama
papa hermana hermano dice dijo pregunta preguntar siento sentir creo parece ve veo gracia
dios bendiga nada algo siempre bien mejor igual herida bomba espalda estomago lado area
cuerpo todavia aun ahorita ahora poco bastante
mai pai apa ama ma pa jefa jefe viejo vieja viejito viejita mamita papito papi mami mija mijo
abuela abuelo abuelita abuelito tia tio suegra suegro mamacita nana aqui alla na bendito sea
sigue seguimos padre nuevo nueva gracia duerme duermo durmio come comiendo camina caminando
cerrando cerrandose strong stronger feet foot walked ate breakfast lunch dinner mailbox
rn thx ty np tysm btw times nite tonite lol sooo mucho muchas muchos super sin sequito estamos
todito pura vida bendicion amen thank novedades yay pues
seeing hearing being going having saying making taking coming trying talking eating drinking
thinking waiting needing wanting hoping sending texting reading watching helping wearing
keeping putting letting sitting standing laying resting healing moving feeling changing
cleaning walking seating selling telling willing wedding meeting keeping heading reading
fewer fiber fibre ever sever lever fiver river liver
things thing stuff place people family kids house home store church car phone text message
picaron pincharon inyectaron
soaking soaked soak share shape shame shave shady shade chile chili mojado mojada mojados
empapado empapada nurse nurses reset restarted dos tres uno sentido sentidos muero muriendo
morir bajar dejo dejaron clear claro clara
transparente tenia tenido longer anymore mentioned mencione worried completely present lunes
martes miercoles jueves viernes sabado domingo monday tuesday wednesday thursday friday
saturday sunday weather heat delicious bumpy intention attention recliner
beer beers sticky we're they're theyre we've weve
lean leaned leans quarantined quarantine
""")

# Short or common-looking forms matched only as written, never as a misspelling ("share" is
# not "shake", "loops" is not "loopy").
EXACT_ONLY = _words(
    "shake shakes shaky chils loopy hives welts bolita flojo floja flojas flojos flojita flojito "
    "flojitas flojitos calol gotea "
    "goteo frasco labio moved bluey faints keeled meando orino delira confuso confusa tirito "
    "barfed pomito botella bottle caja durito durita duras duros materia colora colorao pane panes"
    " seizur cesure flute flewid redder mariado mariada mariados mariadas"
)

# Distinctive words for guessing the language of a reply.
SPANISH = _words("""
yo tengo tiene estoy esta estan es son el la los las un una de del que y con sin pero muy
mi mis me se le lo ya no hay todo todos bien gracias fiebre dolor duele herida bomba
hinchazon hinchado hinchada roja rojo pus calentura escalofrios cuando puedo puede como
donde quien porque mas menos tambien hoy ayer noche dia semana esposa esposo hija hijo
mama sale siento creo dice nada favor hola cita manejar respirar despierta pecho piernas
sangre sangra orinar desmayo desmaye mejor peor poco quiero necesito llamar ni ahora
""")
ENGLISH = _words("""
i i'm im my me you the a an is are was it it's and or but with without no not have has
had can can't cant when what how do does should fever pain hurts incision wound red
swelling swollen fine good ok okay thanks thank please call drive shower feel feeling
doing much better worse today yesterday night he she his her wife husband breathe
breathing chest wake up all got get going been just still some any there this that
""")


# Symptom names a nurse reads; English whatever the reply's language.
TROUBLE_BREATHING = "trouble breathing"
SLOW_BREATHING = "slow or shallow breathing"
CHEST_PAIN = "chest pain"
UNRESPONSIVE = "unresponsive or hard to wake"
EXTREME_DROWSINESS = "extreme drowsiness"
SEIZURE = "seizure"
FAINTING = "fainting"
BLUE_LIPS = "blue lips"
FACE_SWELLING = "face or throat swelling"
TROUBLE_SWALLOWING = "trouble swallowing"
SLURRED_SPEECH = "slurred speech"
ONE_SIDED_WEAKNESS = "one-sided weakness"
LEG_LOSS = "loss of leg movement"
BLADDER_BOWEL = "loss of bladder or bowel control"
UNCONTROLLED_BLEEDING = "uncontrolled bleeding"
CONFUSION = "confusion"
FEVER_CONFUSION = "fever with confusion"
FEVER_STIFF_NECK = "fever with stiff neck"
NECK_HEADACHE_VOMITING = "stiff neck with headache and vomiting"
VERY_HIGH_FEVER = "very high fever"
RIGIDITY = "rigidity"
HALLUCINATIONS = "hallucinations"
SUICIDAL = "suicidal thoughts"
SELF_HARM = "self-harm"
OVERDOSE = "overdose"
CALLED_911 = "mentions 911"
FEVER = "fever"
CHILLS = "chills"
REDNESS = "redness"
WARMTH = "warmth"
SWELLING = "swelling"
HARDNESS = "hardness"
PUS = "pus"
DRAINAGE = "drainage"
WOUND_OPENING = "wound opening"
BAD_SMELL = "bad smell"
RED_STREAKS = "red streaks"
INFECTION = "looks infected"
INCREASING_PAIN = "increasing pain"
SEVERE_PAIN = "severe pain"
HEADACHE = "headache"
POSITIONAL_HEADACHE = "positional headache"
STEADY_HEADACHE = "headache that posture does not change"
NUMBNESS = "numbness"
TINGLING = "tingling"
WEAKNESS = "weakness"
TROUBLE_URINATING = "trouble urinating"
PUMP_ALARM = "pump alarm"
ITCHING = "itching"
LOCAL_ITCH = "itching where it heals"
ANSWER_LATER = "will answer later"
MORNING_STIFFNESS = "morning stiffness"
VISION_CHANGE = "vision change"
BRUISING = "bruising"
SO_SO = "so-so"
SWEATING = "sweating"
ANXIETY = "anxiety or restlessness"
WITHDRAWAL = "withdrawal signs"
VOMITING = "vomiting"
LUMP = "lump near pump"
BLEEDING = "bleeding"
STIFF_NECK = "stiff neck"
DROWSINESS = "drowsiness"
DIZZINESS = "dizziness"
FEELING_UNWELL = "feeling unwell"
PAIN = "pain"
MILD_SORENESS = "mild soreness"
NOT_IMPROVING = "not improving"
NAUSEA = "nausea"
TIREDNESS = "tiredness"
CONSTIPATION = "constipation"
PROBLEM = "problem reported"
UNCLEAR_TEMPERATURE = "unclear temperature"
QUESTION = "question"
NOT_UNDERSTOOD = "not understood"
CALL_NOT_RETURNED = "a call promised and not made"
TROUBLE_SLEEPING = "trouble sleeping"
PAIN_UNCHANGED = "pain unchanged"
PAIN_NOT_WORSE = "pain, not worse"
UNREADABLE = "unreadable reply"
# Not re-exported by bot.triage: names a nurse reads for findings added later.
SHAKING = "shaking or tremor"
DIARRHEA = "diarrhea"
RASH = "rash or hives"
ALLERGIC_REACTION = "allergic reaction"
PUMP_PROBLEM = "pump problem"
REFILL_LATE = "pump refill missed or late"
LOW_OXYGEN = "low oxygen reading"
NOT_RECEIVED = "a paper or letter promised and not received"
USUAL_SIGN = "a long-standing sign, told as the usual"
USUAL_TREMOR = "a long-standing tremor, told as the usual"
SEVERE_WITHDRAWAL = "severe withdrawal signs"
FEVER_HEADACHE = "fever with severe headache"
DYING = "feels like dying"
RACING_HEART = "racing heart"
SCORE_RISING = "pain score rising"
BAD_REPLY = "says things are bad"
NEUTRAL = "no sign (ordinary use of the word)"
GOOD_NEWS = "says things are going well"
RADIATING_PAIN = "pain spreading to arm or jaw"


# Around a dressing said to be wet: asked about getting it wet, not told that it is ("can the
# bandage get wet", "she doesn't want to get the dressing wet").
_NOT_GETTING_IT = r"(?<!get )(?<!get the )(?<!get her )(?<!get his )(?<!get my )"
# "can the dressing get wet?" asks; "the dressing keeps getting wet" tells
_NOT_GETTING_WET = r"(?!(?!(?:keeps|kept|keep) )(?:\S+ )?(?:get|gets|getting) )"


# Tagalog's "won't stop": "walang tigil", "hindi (pa) tumitigil", "ayaw tumigil".
_NONSTOP_TL = (
    r"(?:walang tigil|wala (?:pong|pang|po) tigil"
    r"|hindi (?:\S+ )?(?:tumitigil|tumigil|maawat|mapigilan)"
    r"|ayaw (?:tumigil|huminto))"
)


# Not inside a question: no "?" before the sentence ends ("will the edges separate?").
_UNASKED = r"(?![^.!]*\?)"


def _g(n: int) -> str:
    """Return a pattern for up to n tokens that stay inside one clause."""
    return rf"(?:[^ .!?;:]+ ){{0,{n}}}?"


# "Can't feel my legs", but not "no siento hormigueo en las piernas" (no tingling there).
_FEEL = (
    r"feel(?! (?:any |el |la |los |ningun |ninguna |mas |more |ya |ese |esa |este |esta |that "
    r"|this )?(?:tingling|numb|pain"
    r"|sore|weak|hard|(?:nada|anything|nothing) (?:raro|rara|weird|unusual|strange|wrong|malo)"
    r"|weird|raro|rara|warm|burn\w*|molest\w*|cold|frio))"
)
# Words inside a clause that deny nothing, and no cause told after a colour.
_UNDENIED = (
    r"(?:(?!(?:not|no|nada|never|nunca|isnt|arent|dont|doesnt|wasnt|werent|naturally|always"
    r"|siempre) )[^ .!?;:]+ )"
)
_UNCAUSED = (
    r"(?! (?:[^ .!?;:]+ ){0,3}?(?:red|pink|brown|plum|purple|rojo|rojos|rosad\w*|cafe|from|por"
    r"|porque|because|cause|lipstick|labial|wine|vino|coffee|berr\w*|licorice|smok\w*"
    r"|naturally|always|siempre|lighting|light|eating|ate|drinking|drank|comer|comio)\b)"
)
# "I don't recognize this number": the phone, not a face.
_NOT_A_NUMBER = r"(?! (?:this|that|the|your|ur|a) (?:number|phone|text|texts|name|message|contact))"
_WHO = (
    r"(?:(?:him|her|them|he|she|it|se|la|lo|le|me|puedo|puede|pude|podemos|hardly|barely"
    r"|really|even|fully|is|isnt|will|get|quiere|quiso|quieren|logro|logramos|podemos) ){0,3}"
)

_OD_VERB = (
    # not asked: "can I take an extra tylenol?"
    r"(?<!can i )(?<!could i )(?<!should i )(?<!can he )(?<!can she )(?<!puedo )(?<!ok to )"
    r"(?<!okay to )(?<!safe to )"
    r"(?:took|take|taking|takes|tomar|tome|tomo|tomando|tomarme|tomarse|tomaste|swallow\w*"
    r"|trague|trago|tragar\w*|tragando|ate|eaten|popped|downed|drank|bebi|bebio)"
)
_OD_PAST = (
    r"(?:took|tomo|tome|swallowed|trago|trague|popped|downed|se tomo|me tome|se trago"
    r"|me trague)"
)
_OD_QUANT = (
    r"(?:all|whole|entire|bunch|handful|todo|toda|todas|todos|entero|entera|completo|completa"
    r"|monton|punado|puno|muchas|muchos|demasiadas|demasiados|too many|too much|a lot of"
    r"|lots of|extra|double|1\d|[2-9]\d|\d\d\d|ten|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|dozen|diez|doce|quince|veinte|treinta|cuarenta|cincuenta|docena)"
)
# After a drink, words that make it a dose after all: "too much tea, its kratom tea"
_A_DRUG_NAMED = (
    r"medication|pill|pills|pastillas|kratom|poppy|amapola|oxy|norco|morphine|xanax|ambien"
    r"|tylenol|alcohol|dose|doses"
)
# Legs gone numb or weak, or numb between them, not asked about ("if his legs go numb")
_NOT_IF = r"(?<!if )(?<!if my )(?<!if his )(?<!if her )(?<!if your )(?<!if the )(?<!si )"
_LEGS_NUMB = (
    rf"(?:{_NOT_IF}\b(?:legs|butt|buttocks|inner thighs|groin|saddle|nalgas|entrepierna"
    r"|down there|between my legs) (?:(?!(?:fine|ok|okay|normal|bien|good|not|no|ni|isnt|dont"
    r"|doesnt|never|nunca)\b)"
    r"\S+ ){0,3}?(?:numb|weak|dormid[oa]s|sin fuerza)\b"
    rf"|{_NOT_IF}\bnumb (?:in|en|between|down) (?:my |his |her |the |mi |su |las |los )?(?:butt"
    r"|buttocks|inner thighs|groin|legs|nalgas|entrepierna|there)\b"
    rf"|{_NOT_IF}\b(?:numb|weak) legs\b|\bse le durmieron las legs\b"
    r"|\b(?:me|le) cuesta (?:mucho |work )?walk\b|\bcant (?:hardly )?walk\b)"
)
_CANT_PEE = (
    r"(?:(?<!if he )(?<!if she )(?<!if i )(?<!if you )\b(?:cant|cannot|couldnt|havent"
    r"|no (?:\S+ )?(?:puede|puedo|pudo|ha podido|he podido)|no (?:ha|he)) (?:\S+ ){0,3}?urinate\b)"
)
# Said with blurry sight, these give it a cause: glasses, drops, a dilated eye, a joke.
_EYE_CARE = r"glasses|lentes|dilat\w*|drops|gotas|lol|haha|eye doctor"
# Where a wound's red would be: "red streaks around the catheter" is no coining mark.
_WOUNDISH = (
    r"wound|incision|site|cut|herida|dressing|pump|scar|stitches|catheter|cateter|port|battery"
    r"|bateria|tape|bandage|gauze|gasa|gasas|device|drainage|puntos|bomba|wires?|leads?|trial"
    r"|needle|injection"
)
# "took my temp twice", "took a walk": not a dose.
_OD_NOT_A_DOSE = (
    r"(?! (?:my |his |her |the |a |your |mi |la |el |su )?(?:temp|temps|temperature|temperatura"
    r"|bp|blood pressure|pressure|presion|sugar|azucar|pulse|pulso|reading|readings|pic|pics"
    r"|picture|pictures|photo|photos|foto|fotos|walk|walks|nap|naps|shower|bath|dog|kids)\b)"
)
# "took all my meds as prescribed" is no overdose.
_OD_NOT = (
    r"(?![^.!?]*\b(?:prescribed|recetad\w*|indicad\w*|como (?:me )?(?:dijo|dijeron|indico"
    r"|receto|mando)|supposed to|directed|per instructions|a day|al dia|por dia|diari\w*"
    r"|every day|cada dia)\b)"
    # "took the extra water pill like the HF nurse said", and only that (not "... said not to")
    r"(?!took (?:the |my |an |one )?extra water medication (?:like|as) (?:the |my )?(?:hf |heart"
    r" |heart failure )?(?:nurse|doctor|dr|doc|cardiologist) (?:said|told me|told us|says"
    r"|ordered)(?! not| no| never| to stop| dont| don't)\b)"
)

# Multi-word rules over the lemma text: (substrings that gate the rule, pattern, symptom,
# level, negatable). A rule that already says "can't" ("can't breathe") is not negatable:
# a negated ability is the emergency itself.
# An overdose told as a plan: "going to take every pill in this house", "voy a tomarme todo lo
# que hay en el botiquín" — read only beside a word of ending ("tonight and be done with it").
_TAKE_IT_ALL = (
    r"(?:going to|gonna|gunna|will|i'll|ill|want to|wanna|voy a|quiero) (?:just )?(?:take|swallow"
    r"|tomar|tomarme) (?:every|each|cada|everything|all|todo|todas) (?:single |last )?"
    r"(?:medication |pastilla |lo que hay |que hay )?(?:in|i have|i got|i own|i can find|from|en"
    r"|de|del|que tengo)"
)
_ENDING = (
    r"(?:tonight|be done|end it|im done|i'm done|done with|cant do this|can't do this|no more"
    r"|acabar|ya no aguanto|morir|die|sleep forever|esta noche|goodbye|adios|para siempre)"
)

# Spanish verbs that "no ... bien" says were not done well (lemmas as tokens.py gives them).
_NOT_DONE_WELL = (
    "entiendo|entiende|entienden|entendi|entendio|entendemos|oigo|oye|oyen|escucho|escucha|veo"
    "|ve|ven|leo|lee|duermo|duerme|durmio|dormi|dormimos|como|come|comio|comi|comemos"
)
_NOT_WALKING_WELL = "camina|camino|caminas|caminan|walk|move|mueve|muevo|mueven"


def _no_verb_well(verbs: str) -> str:
    """Return the pattern of "no (le) <verb> (muy) bien" for the verbs given."""
    return rf"\bno (?:(?:le|me|lo|la|se|te|les|los|las) )?(?:{verbs}) (?:muy |tan )?bien\b"


# "no entiendo bien", "no camina bien": a "no" that is no answer to the check-in
NO_VERB_WELL = _no_verb_well(f"{_NOT_DONE_WELL}|{_NOT_WALKING_WELL}")

# "more than yesterday", "mas que el otro dia": the score told just before it has risen
# (answers.py)
MORE_THAN_BEFORE = (
    r"(?:more|mas|higher|mayor|worse|peor|up) (?:than|que|from|de lo que) (?:(?:the|el|la|my|mi"
    r"|last) )?(?:yesterday|ayer|other day|otro dia|time|week|semana|night|anoche|before|antes"
    r"|this morning|esta manana|earlier|la otra vez|check in)\b"
)

# A writer unsure which device beeped, or finding it was the implant after all: "no wait it
# was the implant", "turns out it was the thing in my abdomen".
_DEVICE_UNSURE = (
    r"think|thought|sure|hope|guess|maybe|probably|though|tho|wait|actually|turns out|turned out"
    r"|realiz\w*|implant|coming from|thing|hip|abdomen|belly"
)
PHRASES: tuple[tuple[tuple[str, ...], str, str, str, bool], ...] = (
    # A concussion is a head injury read as confusion, as the word was before it was known as
    # itself; the clinic, its notes, "my concussion headaches" or one years ago are not.
    (
        ("concussion", "concussions", "concussed"),
        r"\bconcuss\w*\b(?! (?:clinic|headaches?|migraines?|doctor|doc|specialist"
        r"|notes?|program|study|history|years|yrs|back in|in high school"
        r"|from (?:the )?(?:army|football|war|service)))",
        CONFUSION,
        "emergency",
        True,
    ),
    # "my head is killing me", "head pounding": a headache said without the word.
    (
        ("head",),
        r"\bhead (?:is |keeps |has been |been )?(?:killing|pounding|splitting|throbbing|exploding)"
        r"\b|\b(?:pounding|splitting|throbbing) head\b"
        # "Head sore every time I get up": a sore head when up is a headache (not "sore from
        # the cold wind")
        r"|\bhead (?:is |s |feels |has been |been |was |gets )?(?:so |really |very |real |kinda )?"
        r"(?:sore|achy|aching)\b(?=[^.!?]*\b(?:get|got|getting|stand\w*|sit|sitting|upright"
        r"|up)\b)",
        HEADACHE,
        "urgent",
        True,
    ),
    # "Cant feel the toilet seat", "can't feel it when I wipe": numb where one sits
    (
        ("feel", "sentir", "siento"),
        r"\b(?:cant|can not|cannot|couldnt|dont|no (?:puedo |puede )?(?:sentir|siento|siente|feel))"
        r" (?:feel )?(?:\S+ ){0,2}?(?:toilet seat|the seat|toilet paper|when i wipe|wiping"
        r"|el asiento|la taza|al limpiarme)\b",
        NUMBNESS,
        "urgent",
        False,
    ),
    # "the alarm is his phone not the pump but it's coming from his belly": where the pump is
    (
        ("coming from",),
        r"\b(?:alarm\w*|beep\w*|buzz\w*|vibrat\w*|sound|noise)\b[^.!?]{0,60}? coming from"
        r" (?:his|her|my|the) (?:belly|stomach|abdomen|tummy|side|pump)\b",
        PUMP_ALARM,
        "urgent",
        False,
    ),
    # Good news in a few words: "getting there", "poco a poco", "pain free", "walking more".
    (
        (
            "there",
            "poco",
            "free",
            "helped",
            "more",
            "mas",
            "concerns",
            "complaints",
            "quejas",
            "strong",
            "fuerte",
            "zero",
            "cero",
            "0",
            "nuev",
            "control",
            "new",
            "half",
            "mitad",
            "manageable",
            "tolerable",
            "bearable",
            "soportable",
            "aguantable",
            "llevadero",
            "symptoms",
            "sintomas",
            "medication",
        ),
        r"\b(?:getting|gettin) there\b|\bpoco a poco\b|\bpain free\b|\bfree of pain\b"
        r"|\bno (?:concerns|complaints|quejas)\b"
        r"|\bwalk (?:a lot |a little |a bit |much |way |un poco |mucho )?(?:more|mas)\b"
        r"|(?<!pain )\b(?:feel|feeling|getting|im|i'm|legs|leg|piernas) (?:\S+ )?"
        r"(?:stronger|strong|fuertes?)\b"
        r"|\b(?:zero|0|cero) (?:problem|issues)\b|\bcomo (?:nuevo|nueva)\b"
        r"|\blike a new (?:man|woman|person|me)\b"
        r"|\b(?:not|no|dont|havent|no tengo|no he tenido) (?:having |have |had |got )?(?:any )?"
        r"(?:of )?(?:those |these |the |esos |ninguno de esos )?(?:symptoms|sintomas)\b"
        r"|\b(?:havent|hasnt|dont|no|not) (?:\S+ ){0,2}?(?:needed|need|necesito|necesitado|taken"
        r"|tomado|using|used) (?:\S+ ){0,3}?medication(?: (?:para|for) (?:el |la |my )?pain)?\b"
        r"|\b(?:pain (?:is )?(?:about |like |maybe |now )?)?half (?:of )?what it "
        r"(?:was|used to be)\b"
        r"|\b(?:pain (?:es )?)?(?:la )?mitad de lo que\b"
        r"|\bpain (?:is |es |esta |has been |feels )?(?:very |pretty |muy )?(?:manageable|tolerable"
        r"|bearable|soportable|aguantable|llevadero)\b"
        r"|\bpain (?:is |es |esta |well )?(?:under control|bajo control|controlled|controlado"
        r"|controlada)\b"
        # "Tell Ms. Brenda thanks for the ice pack tip, it helped a lot"
        r"|\bthanks? (?:you )?for (?:the |your |all the )?(?:\S+ ){0,2}?(?:tip|tips|advice|idea"
        r"|suggestion)\b (?:\S+ )?(?:it|that|they) (?:really )?helped\b",
        GOOD_NEWS,
        "ok",
        False,
    ),
    # Progress told as a story: off the cane, a first night's sleep, back at church.
    (
        (
            "cane",
            "walker",
            "baston",
            "andador",
            "wheelchair",
            "first time",
            "primera vez",
            "whole night",
            "all night",
            "through the night",
            "toda la noche",
            "de corrido",
            "de un tiron",
            "fiddle",
            "kicking",
            "poca madre",
            "toda madre",
            "ni mejor",
            "no better",
            "not better",
            "neither better",
            "otra persona",
            "like myself",
            "vibing",
            "thriving",
            "church",
            "iglesia",
            "misa",
            "block",
            "thankful",
            "care",
            "mailbox",
            "walk",
            "walked",
            "life back",
            "changed my life",
            "devolvieron la vida",
            "cambio la vida",
            "praise",
            "find",
            "god thank",
            "god morning",
            "im of",
            "i'm of",
            "been",
            "settled",
            "made it home",
            "ambulat",
            "camine",
            "best i",
            "best medication",
            "que nunca",
            "feel 100",
            "right as rain",
            "im right",
            "i'm right",
            "i am right",
            "you asked",
            "working",
            "helping",
            "no temp",
            "not temp",
            "nor temp",
            "no a temp",
            "not a temp",
            "nor a temp",
            "cylinders",
            "smiling",
            "miracle",
            "milagro",
            "live with",
            "smooth sailing",
            "worse before",
            "all systems go",
            "half",
            "better than",
            "working nice",
            "working good",
            "working great",
            "working well",
            "working fine",
            "working perfect",
            "works nice",
            "works good",
            "works great",
            "works well",
            "works fine",
            "works perfect",
            "nothing wrong",
            "nothing is wrong",
            "lowest",
            "pain relief",
            "godsend",
            "lifesaver",
            "life saver",
            "game changer",
            "took my medication",
            "tome mis medication",
            "taken my medication",
            "took his medication",
            "took her medication",
            "dormia",
            "theek",
            "thik",
            "pas pire",
        ),
        r"\b(?:without|sin|off|no longer (?:using|needs?|uses)|ya no (?:usa|necesita|uso|necesito))"
        r" (?:the |his |her |my |a |el |la |su |mi )?(?:cane|walker|baston|andador|wheelchair"
        r"|silla de ruedas)\b"
        r"|\b(?:first time|por primera vez|primera vez) (?:in|since|en|desde) (?:\S+ ){0,2}?"
        r"(?:months|weeks|years|ages|forever|surgery|meses|semanas|anos|operacion|cirugia|year"
        r"|long while|long time"
        r"|month|week|ano|mes)\b"
        r"|\b(?:walked|ambulated|ambulating|camine)\b"
        r"|\b(?:i've|ive|i have) been (?:a lot |way |much )?worse\b"
        r"|(?:^|[.!,] )been (?:a lot |way |much )?worse(?= [.!,]|$)"
        r"|\b(?:gave|give|given|got) (?:me )?my life back\b|\bme devolvieron la vida\b"
        r"|\bpraise report\b"
        r"|(?<!cant )(?<!not )(?<!no )\b(?:slept|sleep|sleeping|sleeps|durmio|dormi|duerme|duermo) "
        r"(?:(?:ya|bien|well|good|great|fine|finally|now|ahora|mejor|again|a) )?"
        r"(?:the whole night|all night|through the night|whole night|toda la noche|de corrido"
        r"|de un tiron)\b"
        r"|\b(?:fit as a fiddle|alive and kicking|right as rain|feel (?:como )?otra persona"
        r"|de poca madre|a toda madre|ni mejor ni peor|no better(?: or| nor|,)? no worse"
        r"|not better or worse|neither better nor worse"
        r"|(?:feel|feeling) like myself|vibing|thriving)\b"
        r"|\b(?:back (?:to|at) (?:church|the gym|golf|fishing|gardening|walking|my routine)"
        r"|volvio a (?:la )?(?:iglesia|misa)|(?:fui|fue|fuimos) a (?:la )?misa|went to church)\b"
        r"|^(?:im |i'm |i am |feel |feeling |doing )?find$|^god (?:thanks|thank you|morning)\b"
        r"|\b(?:im|i'm) of(?= ,| \.|$)|^been (?:gracias|grax)\b|\bsettled in\b|\bmade it home\b"
        r"|(?<!cant )(?<!not )(?<!no )\bwalk\w* (?:\S+ ){0,3}?(?:around the block|to the mailbox"
        r"|to the corner|to the store|hasta la tienda|asta la tienda|hasta la esquina|again"
        r"|around the house|around the yard|por la casa"
        r"|de nuevo|otra vez|laps)\b"
        r"|\bya (?:esta |puede |puedo |se puede )?walk\w*\b"
        r"|\b(?:changed my life|cambio la vida|best (?:i've|ive|i have|i) (?:felt|been) in "
        r"(?:years|months|ages|a long time|(?:\d+|two|three|five|ten) (?:years|yrs|months))"
        r"|mejor que nunca)\b"
        # "Feeling 100 lol", "I'm right thanks", "nothing you asked about", "pain meds are
        # working"
        r"|\bfeel 100(?= (?:lol|fr|frfr|today|rn|[.!,])|$)"
        r"|^(?:i'm|im|i am) right(?= (?:thanks|thank|mate|cheers|[.!,])|$)"
        r"|\bnothing (?:that )?you asked (?:about|for)\b"
        r"|\b(?:pain )?(?:medication|drugs) (?:are |is )?(?:working|helping)\b"
        r"(?! (?:less|any ?more|no more|as much|not))"
        r"|\bon all cylinders\b|\bsmiling again\b|\bhace (?:anos|mucho) que no dormia asi\b"
        # "I'm thankful for this pump!!", "rain all week, but the back doesnt care for once"
        r"|\b(?:im |i'm |i am |so |very )thankful for (?:this|the|my) pump(?: this year| today)?"
        r"(?=(?: [.!])*$)"
        r"|\bback (?:dont|didnt|does not) care for once(?=(?: [.!])*$)"
        # "the pump trial is a miracle", "tamales, best medicine there is", "just took my meds"
        r"|\b(?:pump|trial|it|this|surgery|it's|its) (?:is |was |has been )?(?:a |an |a real "
        r"|an absolute )?(?:miracle|godsend|lifesaver|life saver|game changer|milagro)\b"
        r"|\bbest medication (?:there is|ever|in the world)\b"
        r"|\b(?:i|we) can live with (?:it|that)\b|\bsmooth sailing\b|\ball systems go\b"
        r"|\b(?:down to|cut (?:back )?to|only taking) half (?:of )?(?:the |my )?medication\b"
        r"|\bbetter than (?:the|my) medication (?:did|do|ever did)\b"
        # "the pump is working nice", "nothing wrong with it", "pain is the lowest it's been"
        r"|\bpump (?:is |s )?(?:working|works) (?:nice|good|great|well|fine|perfect)\b"
        r"|^nothing (?:is )?wrong\b|\bpain (?:is |s )?(?:the )?lowest (?:its|it's|it has) been\b"
        r"|\bpain relief (?:is |has been )?(?:about )?(?:double|twice|better|great|amazing|good)\b"
        r"|\b(?:just|already|ya) (?:took|tome|taken) (?:my|mis|his|her) medication\b"
        r"(?! (?:twice|again|early|late|extra|double|de mas|otra vez))"
        r"|\b(?:sab )?(?:theek|thik) (?:hai|hain|he|hu|hoon)\b"  # Hindi/Urdu "all fine"
        r"|\b(?:c'est|cest|c est|ça|ca) (?:vraiment )?pas pire\b"  # Québec French "not bad"
        rf"|\b(?:no|not|nor) (?:a )?(?:temp|temperature|temperatura)\b(?! {_g(2)}\d)"
        # "pain is 3, was way worse before this trial": the past, before the pump
        r"|\b(?:pain )?(?:was|were|used to be|had been) (?:way |much |a lot |so |far )?worse before"
        r" (?:the |this |my )?(?:surgery|trial|pump|procedure|operation|implant)\b"
        # with nothing after it of now, a score or worse: not "..., now it's a 9"
        r"(?!.*(?:\d|\b(?:now|ahora|again|worse|worst|more|but|pero|then|today|tonight|since"
        r"|until|till|hasta|back|return\w*|climb\w*|creep\w*|going|coming|heading|getting|level"
        r"|like|same|bad)\b))",
        GOOD_NEWS,
        "ok",
        False,
    ),
    # Ordinary uses of a sign word ("blood pressure", "smoke alarm", "cuanto dura"): level
    # "ok" marks the words as read and adds no finding.
    (
        (
            "blood",
            "alarm",
            "hard",
            "bad",
            "blowing",
            "red",
            "warm",
            "pump",
            "drainage",
            "overdose",
            "head",
            "pain",
            "fever",
            "blue",
            "heat",
            "answer",
            "english",
            "patient",
            "paciente",
            "confused",
            "thing",
            "toast",
            "airport",
            "metal",
            "aeropuerto",
            "garita",
            "frontera",
            "security",
            "tsa",
            "detector",
            "brace",
            "faja",
            "food",
            "could",
            "podria",
            "ingles",
            "spanish",
            "porto",
            "muerto",
            "confused",
            "muerta",
            "ego",
            "pride",
            "wallet",
            "porta",
            "portando",
            "waking",
            "wake",
            "headache",
        ),
        r"\bblood (?:tight|work|tests?|sugar|draw|type|count|labs?|glucose|thinners?)\b"
        r"|\b(?:analisis|examen|examenes|prueba|pruebas|estudios) de blood\b"
        r"|\b(?:smoke|fire|carbon monoxide|co) (?:detector|alarm)(?: (?:\S+ ){0,3}?(?:alarm"
        r"|went off"
        r"|going off))?"
        r"|\b(?:smoke|fire|car|clock|reloj|microwave|oven|horno|carro|incendios?|phone"
        r"|telefono|celular|house|casa)(?: de)? alarm\b|\balarm clock\b"
        r"|\b(?:cuanto|cuanta|que tanto) (?:tiempo )?hard\b|\bhard (?:una|un|mas|menos|mucho"
        r"|poco|\d+ (?:horas|dias|meses|anos|semanas))\b"
        r"|\bred (?:wine|car|shirt|light|meat|cross|sox|glasses|hat|hair|dress|jacket|sweater"
        r"|lipstick|nails|flowers|roses|truck|scarf|shoes|cap)\b"
        r"|\b(?:cabin|spring) fever\b|\bpain pump\b"
        r"|\b(?:terrible|bad|worst|mal) (?:patient|paciente)\b"
        r"|\b(?:i|we) (?:may have |might have )?confused (?:anybody|anyone|everyone|you|yall"
        r"|y'all|people)\b"
        r"|\b(?:only|biggest) (?:thing|headache) (?:\S+ ){0,3}?is (?:my|the) (?:\S+ )?"
        r"(?:bill|son in|ego|pride|wallet|account|budget|boss|kids|husband|wife|insurance)\b"
        r"|\bwarm as toast\b|\bhard (?:frost|freeze|rain|winter|work|time(?! (?:walk|urinate"
        r"|breath\w*|swallow\w*|wak\w*|stand\w*|mov\w*|talk\w*|speak\w*|see\w*|mak\w* it)))\b"
        # "it looks gray and clammy out there": the sky
        r"|\b(?:it|its|it's|sky|weather|day) (?:looks |look |is )?(?:so |all |kinda )?blue and"
        r" (?:clammy|muggy|humid|cold|wet|rainy|damp|gloomy) (?:out|outside)\b"
        r"|\b(?:airport|metal) (?:beeper|detector|scanner)\b|\bset off (?:\S+ ){0,2}?"
        r"(?:airport |metal )?(?:beeper|detector|scanner)\b"
        r"|\baeropuerto (?:\S+ ){0,5}?(?:pitar|suena|sonar)\b"
        # "¿no va a pitar en la garita?": asked of the border's detector, before the trip
        r"|\bva a (?:alarm|pitar|sonar) (?:en|por) (?:la |el )?(?:garita|frontera|aeropuerto)\b"
        r"(?![^.!?]*\b(?:como|anoche|ayer|hoy|otra vez|again|casa)\b)"
        r"|\b(?:will|would|gonna|might|may|could|does|do) (?:\S+ ){0,2}?alarm (?:at|in|through"
        r"|going through) (?:the )?(?:airport|aeropuerto|(?:airport )?(?:security|tsa))\b"
        # not when the reply goes on to an alarm at home: "like it did all night at home?"
        r"(?!.*\b(?:home|casa|night|noche|going|keeps|keep|since|started|start|stop|stopped"
        r"|again|today|hoy|morning|did|has|been|was|went)\b)"
        r"|\b(?:brace|faja|corset|collar) (?:\S+ ){0,2}?(?:hot|caliente)\b"
        r"|\b(?:english|ingles) (?:is |es )?no (?:good|bueno)\b"
        r"|\bfood (?:\S+ ){0,2}?(?:bad|terrible|awful|horrible|malo|mala|fea)\b"
        r"|\bcould (?:be|have been|of been) worse\b|\bpodria (?:estar|ser) peor\b"
        r"|\bpain (?:clinic|management|doctor|specialist|center|centre)\b|\bclinica del pain\b"
        r"|\bconfused (?:about|by|with|over) (?:the |your |this |that )(?:message|text|question"
        r"|instructions|form|bill|paperwork|letter|email|app|portal)\b"
        # "does the pump do it by itself? Confused about the sheet": the question's paper
        r"|\bconfused(?<=\? confused) about the (?:sheet|paper|papers|handout|leaflet)(?= [.!?]|$)"
        r"|\bconfused (?:about|over) (?:which|what) (?:\S+ ){0,2}?you (?:meant|mean|asked|want)\b"
        r"|\b(?:english|ingles|spanish|espanol) (?:is |es )?(?:not so good|not good|not very good"
        r"|bad|malo|no es bueno|poor|no muy bueno|no tan bueno)\b"
        r"|\b(?:me|se|te) (?:porto|porta|portando|porte) mal\b"
        r"|\bmuert[oa]s? de (?:sueno|cansancio|hambre|risa|frio|calor|aburrimiento)\b"
        r"|\b(?:swollen|swelling|swelled|swell) (?:\S+ ){0,3}?(?:is |was )?my "
        r"(?:ego|pride|wallet)\b"
        r"|\b(?:sorry|perdon|disculpe)\b (?:\S+ ){0,3}?(?:didnt|did not|dont|no|not) (?:answer\w*"
        r"|reply\w*|respond\w*"
        r"|conteste)\b"
        # "for the first time since my back got bad": when it began, years ago
        r"|\bfirst time since (?:my|his|her|the) (?:\S+ ){0,2}?(?:got|went|gone) bad\b"
        # "Vog bad today but that's not you guys", "blowing hard here": the weather
        r"|\bvog (?:is |s )?(?:so |pretty |real |really )?bad\b"
        r"|\b(?:wind\w* (?:is |was )?|its |it's |it is |it was |it's been |its been )blowing"
        r" hard\b"
        # "just fyi since she didn't answer yesterday": the check-in left unanswered
        r"|\b(?:since|because|cause|cuz|as) (?:she|he|i|mom|dad|mum|they) (?:didnt|did not|dont)"
        r" (?:answer|reply|respond)\w* (?:you )?(?:yesterday|last night|this morning|earlier"
        r"|your (?:text|message|check in|question)|the (?:text|message|check in))\b"
        r"|\b(?:not|wont|won't|no voy a|not gonna|not going to) (?:waking|wake|despertar) "
        r"(?:her|him|la|lo) (?:up )?(?:to|para)\b"
        r"|\b(?:insurance|seguro|pharmacy|farmacia|bills?|paperwork|traffic) (?:\S+ ){0,5}?"
        r"(?:giving|gives|gave|da|dando) (?:me )?(?:a )?(?:headache|dolor de cabeza)\b"
        # "is that a bad combo?" (of two medicines)
        r"|\bbad (?:combo|combination)\b"
        r"|\b(?:pews?|chairs?|seats?|bed|floor|mattress|benches?|ground) (?:are |is |were |was )?"
        r"(?:so |too |really |pretty )?hard\b"
        r"|\b(?:lift|camisa|vestido|camion|coche|blusa|vino) red\b"
        r"|\b(?:warm|hot) (?:outside|weather|tea|coffee|day|food|soup|yoga|sauce|wings|cocoa"
        r"|chocolate|springs)\b"
        r"|\bpump (?:battery|bateria)\b"
        r"|\bdrainage (?:papers?|paperwork|instructions|summary|date|nurse|planner|papeles|notes"
        r"|records|letter"
        r"|instrucciones|resumen)\b"
        r"|\boverdose\w* on (?:netflix|tv|television|shows?|series|chocolate|candy|sugar|cake"
        r"|pizza|cookies|coffee|ice cream|sun|love|memes|tiktok|youtube)\b"
        r"|\b(?:cabin|spring|saturday night|hay|scarlet|rheumatic|valley|baseball|football|playoff"
        r"|cedar)"
        r" fever\b|\bfever (?:reumatica|del heno|escarlatina|amarilla)\b"
        r"|\b(?:feeling|feel|felt|im|i'm|kinda|kind of|a little|a bit|bit) (?:a )?(?:little |bit )?"
        r"blue\b(?! (?:lips|around|color|colour|tint))"
        r"|\bwarm\w* (?:the |el |la |my )?(?:bacon|toast|food|dinner|pan|comida|rice|arroz|cake)\b"
        r"|\b(?:pan|comida|arroz|toast|bacon|dinner) warm\w*\b"
        r"|\balarm de (?:humo|incendios?|carro|coche|reloj|la casa)\b"
        r"|\b(?:carro|coche|camisa|vestido|vino|auto|camioneta|truck|bike|bici|pelota) red\b"
        r"|\b(?:que|q|mucho|hace|hizo|hacia|tanto) (?:un |much[oa] )?warm\b"
        # not "mucho calor en la espalda": heat in the body
        r"(?! (?:en|in|around|alrededor de|on|por) (?:la |el |mi |my |the |su |toda la )?"
        r"(?:back|incision|wound|site|pump|leg|chest|neck|head|scar|cicatriz|herida|zona|area"
        r"|cuerpo|body|espalda|pierna|piernas|pecho|cuello|cabeza)\b)"
        r"|\bwarm (?:hace|que hace|hizo|afuera)\b"
        r"|\bheat ?wave\b|\b(?:grados|degrees) de warm\b"
        r"|\b(?:tub|bathe|pool|piscina|alberca|jacuzzi|tina) (?:\S+ ){0,4}?(?:is |esta |was )?"
        r"drainage\b"
        r"|\bdrainage (?:the |el |la )?(?:tub|pool|piscina|alberca|jacuzzi|tina)\b"
        r"|\b(?:what|which|que|q|cual|at what) (?:\S+ )?(?:temp|temperature|temperatura|number"
        r"|numero)"
        r" (?:\S+ )?(?:counts|is considered|se considera|considera|es|is|means) (?:as )?(?:a "
        r"|una )?"
        r"fever\b"
        r"|\b(?:soy|eres|es|sos|he's|hes|she's|shes|is|you're|youre|i'm|im|am) (?:un|una|a|such a"
        r"|el|la)"
        r" (?:real )?(?:headache|pain de head|pain in the (?:neck|butt|ass|rear))\b"
        # "about a 5 on a bad day": the worst of the usual days, not today told bad
        r"|\bon (?:a |the )?bad (?:day|days|night|nights)\b(?! (?:like|such as) (?:this|today)\b)"
        r"(?![^.!?]*\b(?:still|worse|was \d|last night|this morning|tonight)\b)"
        # "Hard on crutches": hard going, no hard lump
        r"|\bhard on (?:crutches|a walker|the walker|my walker|a cane)\b"
        # "Back's warm from my heating pad is all": the pad's heat
        r"|\bwarm from (?:the |my |a |that )?(?:heating pad|heat pad|heat pack|hot pack"
        r"|electric blanket|hot water bottle|hot shower|shower|bath)\b"
        # "The back brace is hot in this weather": the brace is, not the back
        r"|\b(?:brace|sling|jacket|coat|truck|car|house) (?:is |gets |was )?(?:so |really |kinda "
        r"|too )?warm (?:in|with|from|on) (?:this|the) (?:weather|heat|sun|summer)\b",
        NEUTRAL,
        "ok",
        False,
    ),
    # Words of a sign that are not the patient's sign now: a white noise machine, a sore jaw
    # from the breathing tube, the dentist's numbing shots, awful weather, yesterday's pain
    # better today, the Buffalo Bills, how badly the tape itches
    (
        (
            "white noise",
            "breathe tube",
            "numb",
            "weather",
            "itching",
            "pain mas",
            "billing",
        ),
        r"\b(?:the|my|a|his|her) white noise (?:pump|app)\b|\bwhite noise (?:on|playing|to sleep)\b"
        r"|\b(?:need|use|using|with|play|playing) (?:the |some |my )?white noise\b"
        r"|\b(?:from|after|of) (?:the |a |that )?breathe tubes?\b"
        # "can my dentist do a crown with numbing shots"; not "legs numb shots of pain"
        r"|\bdentist (?:\S+ ){0,3}?(?:with|use|uses|using|give|gives|do|does) (?:the |some )?numb"
        r" (?:shots?|injections?)\b|\bnumb (?:shots?|injections?) (?:at|from) the dentist\b"
        r"|\bweather'?s? (?:has |is |was |been |has been )?(?:awful|terrible|bad|horrible|nasty"
        r"|rough|miserable)\b"
        # "ayer me dolía más pero hoy bien": yesterday's pain, better today
        r"|\b(?:ayer|antier|anoche|antes) me pain mas(?=(?: ,)? pero (?:hoy|ahora|ya) (?:bien|mejor"
        r"|menos|nada)\b)"
        # the Buffalo Bills: "Bills won", "watching the Bills replay"
        r"|\bbilling (?:won|win|wins|lost|game|games|replay|fan|fans|mafia|playoff\w*)\b"
        # "the tape itches so bad": how much it itches (the itch is still read)
        r"|(?<=\bitching )(?:so|really|real|soo|sooo) bad\b",
        NEUTRAL,
        "ok",
        False,
    ),
    # "the beeping yesterday was my dexcom not the pain pump": another device's, told so
    (
        (
            "dexcom",
            "libre",
            "omnipod",
            "cgm",
            "sensor",
            "insulin pump",
            "glucose monitor",
            "tandem",
            "medtronic",
            "ice pump",
            "watch",
            "phone",
            "hearing aid",
        ),
        r"(?:^|(?<=[.!?,] )|(?<=\bfalse )|(?<=\bfyi )|(?<=\bupdate ))(?:the |that |this )?"
        r"(?:alarm|vibrating thing"
        r"|vibrating|buzzing|buzz)\b(?: \S+){0,8}? (?:was|is|were)"
        r" (?:just )?(?:my|his|her|the) (?:\S+ ){0,2}?(?:dexcom|libre|omnipod|cgm|sensor"
        r"|insulin pump|glucose monitor|tandem|medtronic|ice pump|watch|phone|hearing aid)"
        r"(?: \S+){0,2}? (?:not|and not|no) (?:the|my) (?:new |pain |intrathecal )?pump\b"
        rf"(?![^.!?]*(?:\?|\b(?:{_DEVICE_UNSURE}|but|still|keeps?)\b))",
        NEUTRAL,
        "ok",
        False,
    ),
    # "my insulin pump alarm went off", "the ice machine keeps beeping": another device named
    # as the one beeping (not when the pain pump is named too, or the writer is unsure); read
    # in lemmas, where "machine" is "pump" and "beeping" is "alarm"
    (
        ("insulin", "ice", "cgm", "dexcom", "libre", "omnipod", "glucose", "cpap", "bipap"),
        r"\b(?:insulin pump|ice pump|cgm|dexcom|libre|omnipod|glucose monitor|cpap|bipap)"
        r"(?:'s)? (?:alarm|went off|keeps alarm|kept alarm|keep alarm|is alarm|was alarm"
        r"|keeps going off)\b"
        # the whole reply: "alarm went off at 3am, turns out it was the thing in my abdomen"
        rf"(?!.*(?:\?|\b(?:{_DEVICE_UNSURE}|or the|or my|pump|intrathecal|so does|so did|too"
        r"|also|both|in my back|in my belly|under my skin|in my side|in my stomach)\b))",
        NEUTRAL,
        "ok",
        False,
    ),
    # "the ice machine pad leaks water all over the bed", "my ice pack leaked": the ice's water
    (
        ("ice",),
        r"\bice (?:pump|pack|bag|pad)(?: pad| cuff| wrap)? (?:is |was |keeps |kept )?drainage\b"
        r"(?![^.!?]*\b(?:site|incision|wound|dressing|catheter|stitches|pink|yellow"
        r"|blood|clear fluid|so is|so does|too|also|back|and my)\b)",
        NEUTRAL,
        "ok",
        False,
    ),
    # "el termometro marco 37.2": the thermometer showed ("marcó" reads as a misspelled
    # "mareo"); the number is still read as a temperature
    (
        ("termometro", "thermometer"),
        r"\b(?:termometro|thermometer) (?:me |le |nos |ya )?dizzy(?= \d)",
        NEUTRAL,
        "ok",
        False,
    ),
    # Tagalog "wala pong lagnat": no fever (only a fever denied and nothing after it: "wala
    # siyang fever kanina, ngayon meron na", "wala pong pulse" stay with the rules)
    (
        ("wala",),
        r"\bwala(?:ng)? (?:po |pong |linker |siyang |akong |kaming |naman |pa )*fever"
        r"(?= ?[.!,]?$| ?[.!,] ?(?:okay|ok|mabuti|salamat|thank|good|fine)\b(?![^.!?]*"
        r"\b(?:pero|but|ngayon|meron|now|kanina)\b))",
        NEUTRAL,
        "ok",
        False,
    ),
    # "is it ok to go in the sweat this weekend": a sweat lodge, not sweating
    (
        ("sweat",),
        # asked ("can I go to sweat this weekend", "is it ok to go in the sweat"), with a day or
        # the lodge after it (not "into the sweats at night", "... on and off"), and nothing
        # after it of a dose, a missed refill or withdrawal; not "they lowered my dose friday
        # and i went into the sweats on saturday" (told, not asked)
        r"\b(?:(?:can|could|should|may) (?:i|he|she|we) |(?:ok|okay|safe|alright|allowed) to )"
        r"(?:go|go in|go into|go to) (?:the )?sweating(?= (?:this|next|lodge|ceremony|tonight)\b"
        r"| on (?:the )?(?:\w+day|weekend)\b)"
        r"(?!.*\b(?:dose|missed|miss|refill|withdraw\w*|cut|turned|lowered|med|meds|pill|pills"
        r"|shaking|shaky|diarrhea|night|nights|every)\b)"
        r"|\bsweating lodge\b",
        NEUTRAL,
        "ok",
        False,
    ),
    # "theres a faint brown mark where the tape was": a pale colour, not fainting (the colour
    # is left for the rules that read a stain: "a faint yellow stain on the dressing")
    (
        ("faint",),
        r"(?<!felt )(?<!feel )(?<!feels )(?<!feeling )(?<!got )(?<!felt a )(?<!feel a )"
        r"(?<!feels a )(?<!feeling a )(?<!got a )"
        r"\b(?:a|an|the|some|little|tiny) faint(?= (?:(?:brown|pink|purple|yellow|gray|grey|tan)"
        r"\S*(?: \S+)? (?:mark|marks|spot|spots|bruise|bruising|line|lines|ring|shadow)"
        r"|ring|outline|trace|shadow)\b)",
        NEUTRAL,
        "ok",
        False,
    ),
    # "Hearts been behaving", "I'm behaving myself": good news (not "behaving strange")
    (
        ("behaving",),
        r"\b(?:been|is|s|are|am|im|i'm|was) behaving(?: (?:myself|himself|herself|itself|too|so"
        r" far|fine|well|good))?\b(?! (?:strange|strangely|weird|weirdly|odd|oddly|funny|different"
        r"|differently|off|badly|bad|wild|crazy|out))",
        NEUTRAL,
        "ok",
        False,
    ),
    # A kidney-stone patient "strained my urine and caught a little stone": the strainer
    (
        ("strain",),
        r"\bstrain(?:ed|ing|s)? (?:my |his |her |the )?(?:urine|urinate|pee)\b",
        NEUTRAL,
        "ok",
        False,
    ),
    # "my son drove me home from billings": Billings, Montana, not a bill
    (
        ("billing",),
        r"(?:(?<=\bfrom )|(?<=\bin )|(?<=\bto ))billing\b(?= (?:\S+ )?(?:today|yesterday|last|this"
        r"|slept|and|so|,|\.)|$)",
        NEUTRAL,
        "ok",
        False,
    ),
    # "so im hiding inside with the AC", "hiding in the bedroom" from a sick house: a place
    (
        ("hiding",),
        r"\b(?:im|i'm|i am|am|staying|stay|been) hiding (?:inside|indoors|out|in (?:the|my|our"
        r"|a) \S+(?: room)?|from (?:the|this|all the) (?:heat|sun|cold|snow|smoke|germs|flu|kids"
        r"|grandkids))\b",
        NEUTRAL,
        "ok",
        False,
    ),
    # "a couple days of clear liquids for a flare", "clear liquid diet": what one drinks
    (
        ("clear",),
        r"\b(?:(?:days?|weeks?|dias|diet) of|(?:been|im|i'm|was|back|went|stay\w*|start\w*|put"
        r" me) (?:on|to)(?: a)?) clear (?:fluid|liquid)s?\b"
        r"(?! (?:\S+ )?(?:leak\w*|coming|drain\w*|out|from|at|in|around|ooz\w*|seep\w*"
        r"|on (?:the|my|his|her)))"
        r"|\bclear (?:fluid|liquid) diet\b",
        NEUTRAL,
        "ok",
        False,
    ),
    # "sorry for the confusion": a muddle apologised for, not a confused patient
    (
        ("sorry",),
        r"\bsorry (?:for|about) (?:the|any|all the) confused\b",
        NEUTRAL,
        "ok",
        False,
    ),
    # Words of a sign in ordinary phrases: "the discharge packet", "the sweat lodge", "my
    # allergies every spring", "nothing coming out of it", "qué pena no contestar antes";
    # "is 0 no pain or worst pain", "port got accessed for fluids", "drinking lots of
    # fluids", "allergies are killing me, pollen count is crazy".
    (
        (
            "discharge",
            "drainage",
            "sweat",
            "allerg",
            "out of",
            "contest",
            "answer",
            "worst pain",
            "fluid",
            "breathe activity",
            "breathe exercise",
            "opened up",
            "worst of it",
            "bomba",
            "pump",
            "big blue",
            "streaks",
            "blue lakes",
            "hard on",
        ),
        r"\b(?:discharge|drainage) (?:packet|papers?|paperwork|instructions?|summary|nurse|video"
        r"|day|date|planner|sheet|folder|binder)\b|\bat (?:discharge|drainage)\b"
        r"|\b(?:sweat|sweating) (?:lodge|lodges|ceremony)\b"
        # "is it ok to go in a sweat after this?": the ceremony, asked about, not a sign
        r"|\b(?:ok|okay|safe|alright|allowed|can i|could i|may i) (?:to )?go in a sweating\b"
        r"(?! mess)"
        # "only thing leaking is my nose from allergies": a runny nose's cause
        r"|\b(?:is|its|it's) my (?:nose|eyes) from (?:my |the )?allerg\w*\b"
        r"|\b(?:my|seasonal|spring|pollen|hay fever|mis|sus) allerg\w*\b|\ballerg\w* (?:season"
        r"|every (?:spring|fall|year))\b"
        # "the allergist's office", "allergy shots", "allergy meds": the care, not a reaction
        r"|\ballerg\w* (?:office|doctor|doc|clinic|shots?|medication|pills?|appointment|appt)\b"
        r"|\b(?:nothing|nada) (?:is )?coming out of it\b"
        r"|\b(?:pena|perdon|disculpe|disculpa|sorry) (?:\S+ ){0,3}?no (?:(?:haber|haberle|haberles"
        r"|have|having) )?(?:contestar|contestarle|contestado|responder|respondido|answer\w*)\b"
        r"|\b(?:0|zero|cero) (?:is |means |= |es )?no pain or (?:the )?worst pain\b"
        r"|\b(?:iv|drip|suero|drinking|drink|drank|push|pushing) (?:lots of |plenty of )?fluid\b"
        r"(?! (?:leak\w*|coming|come|came|out|drain\w*|from|on|in the|at|around|under))"
        r"|\b(?:port|accessed) for fluid\b"
        # a well's, a sump's or a pool's pump: "la bomba del pozo no echa agua"
        r"|\b(?:bomba|bombas|pump) (?:del|de la|de) (?:pozo|agua|alberca|piscina|gasolina)\b"
        r"|\b(?:well|sump|pool|water|gas|fuel|bilge|bike|tire|breast) pumps?\b"
        # "Tape left a sticky mark, that's the worst of it"
        r"|\b(?:that|that's|thats|that is|that was) the worst of it\b"
        # "a weather window opened up" (not a wound's spot)
        r"|\b(?:window|slot|appointment|schedule) (?:just )?opened up\b"
        r"(?![^.!?]*\b(?:incision|wound|herida|cut|site|scab|stitches|dressing)\b)"
        # "did all my breathing exercises", "Go Big Blue!!"
        r"|\bbreathe (?:activity|exercises?)\b|\bgo big blue\b"
        # "I use the Albertsons on Blue Lakes" (Twin Falls); "the drive is hard on me" (not "hard
        # on the back", which may be the back's incision)
        r"|\bblue lakes\b|\b(?:it's |its |it is |is |be |real |really |too )hard on "
        r"(?:me|him|her|us|the body|my body)\b"
        # "tamales de rajas", "rajas con crema" (pepper strips)
        r"|\btamal\w* (?:de|con) streaks\b|\bstreaks con (?:crema|queso|elote"
        r"|papas)\b|\b(?:chile|chiles) en streaks\b"
        r"|\ballerg\w*(?= (?:(?!throat|face|lips|tongue|rash|breathe|swelling|reaction|reaccion"
        r"|to|after|from|eyes|eyelids|blister\w*|contrast|medication|tape|iodine)"
        r"\S+ ){0,8}?(?:pollen|polen|ragweed|sneezing|sneeze|hay fever)\b)",
        NEUTRAL,
        "ok",
        False,
    ),
    # Sports and jokes: "the Orioles stunk", "Steelers lost, that's the only pain I got",
    # "snowing again, that's my only complaint"; and a sunburn's red, away from the wound.
    (
        ("smell", "only", "sunburn", "real pain", "real problem"),
        r"\b(?!.*\b(?:wound|incision|site|herida|dressing|pump|drainage)\b)"
        r"(?:team|game|orioles|os|steelers|eagles|phillies|ravens|pirates|penguins|pens|flyers"
        r"|sixers|birds|bucs|leafs|yankees|mets|cowboys|refs|offense|defense|bullpen|lineup)"
        r" (?:\S+ )?smell\b"
        r"|\bonly (?:pain|problem) (?:i|im|i'm|ive|i've) (?:got|have|had|in|get|feel)\b"
        r"(?=(?: all day| today| round here| around here)?(?: lol| haha| lmao)?(?: [.!,;]|$))"
        r"|\b(?:that|thats|is|was) (?:my|the) (?:only|real) (?:problem|pain)"
        r"(?: (?:around|round|in) (?:here|this house))?(?: lol| haha| lmao)?(?= [.!,;]|$)"
        r"|\bonly red (?:thing|part|bit|spot) (?:is|was) (?:the )?(?:back of )?(?:my )?(?:neck"
        r"|nose|forehead|shoulders|arms)\b(?=.* sunburn)",
        NEUTRAL,
        "ok",
        False,
    ),
    # "I smell like woodsmoke" (not said of the wound); the dog the only one with a red swollen
    # spot, and its hot spot; "the only fever around here is Broncos fever".
    (
        (
            "smell like",
            "only",
            "warm spot",
            "alarm",
            "speed lump",
            "de alarm",
            "reconozco",
            "vibrat",
            "road",
            "highway",
            "freeway",
            "pass",
            "carretera",
            "calles",
        ),
        r"\b(?:i|im|i'm|we|he|she) smell like (?:a |an )?(?:woodsmoke|wood smoke|smoke"
        r"|campfire|bonfire|barn|cow|cows|horse|horses|wet dog|diesel|sawdust|bbq|barbecue|gym"
        r"|goat|coffee|cigarettes|chimney|hay)\b(?![^.!?]*\b(?:catheter|site|wound|incision|pump"
        r"|down there|herida|dressing|scar|back|stitches)\b)"
        r"|\bonly (?:one|thing|critter) (?:\S+ ){0,8}?is (?:the|my|our) (?:dog|dogs|cat|cats|horse"
        r"|cow|calf|goat|pup|puppy|kitten|chickens|hens|heifer|steer)\b(?! (?:and|y|plus|&) )"
        r"|\balarm (?:\S+ ){0,5}?(?:was|is|were) (?:just )?(?:my|the|his|her|a) (?:hearing aid"
        r"|phone|smoke detector|microwave|watch|oven|car|truck|dryer|washer|fridge|thermostat"
        r"|alarm clock|cell|cellphone)\b(?!.*\b(?<!not the )(?<!not my )(?:pump|bomba)\b)"
        r"|\b(?:roads?|highway|freeway|pass|passes|carreteras?|calles) (?:(?:are|were|was|is|been"
        r"|have been|got|so|real|pretty|very|estan|estaban|muy|will|be|gonna) ){0,2}(?:bad|terrible"
        r"|awful"
        r"|horrible|malas?|feas?)\b"
        r"|\b(?:senales|signos|señales) de alarm\b"
        r"|\b(?:\d+|five|three|two|four) alarm (?:chili|chile|salsa|wings|hot sauce)\b"
        r"(?![^.!?]*\b(?:pump|going off|went off|goes off|sound\w*|beep\w*)\b)"
        r"|\bspeed lumps?\b|\bno reconozco (?:este|el|ese) (?:numero|number|telefono)\b"
        r"|\b(?:does|do|will|would|can) (?:the |my |this )?pump (?:alarm )?(?:vibrate|vibrates|buzz"
        r"|flash|light up|shake)\b(?!.*\b(?:went|going|gone|goes|been|keeps|keep|alarmed|alarming"
        r"|started|sono|suena|sonando)\b)"
        r"|\bonly fever (?:\S+ ){0,3}?is (?!(?:a|an|the|my|his|her|low|grade|slight|high|real|bad"
        r"|mild|little|small|big|\d\S*)\b)\S+ fever\b"
        r"|\b(?:vet|vets|dog|dogs|pup|puppy) (?:\S+ ){0,5}?warm spots?\b"
        r"|\bwarm spots? (?:\S+ ){0,5}?(?:vet|dog|dogs|pup|puppy)\b",
        NEUTRAL,
        "ok",
        False,
    ),
    # Good news told as a first or a night's sleep: "first Christmas in 5 years I could sit
    # through mass", "dormí como un bebé", "slept like a log".
    (
        (
            "first",
            "bebe",
            "baby",
            "log",
            "tronco",
            "liron",
            "angelito",
            "rock",
            "buen",
            "see where",
            "slept",
            "best",
        ),
        # ("first time in years" is the story rule's, above)
        r"\bfirst (?:christmas|thanksgiving|easter|birthday|holiday|sunday|mass|night|day|week"
        r"|trip|dance|game|walk|navidad|cumpleanos|noche|misa|january|february|march|april|may"
        r"|june|july|august|september|october|november|december|spring|summer|fall|autumn"
        r"|winter|season|vacation|verano|invierno|otono|primavera) (?:\S+ ){0,2}?(?:in|since"
        r"|en|desde) (?:\S+ ){0,2}?(?:months|years|ages|forever|meses|anos|surgery|operacion)\b"
        r"|(?<!cant )(?<!not )(?<!no )\b(?:slept|sleep|sleeping|sleeps|durmio|dormi|duerme"
        r"|duermo) (?:like a (?:baby|log|rock)|como (?:un|una) (?:bebe|tronco|liron|angelito"
        r"|piedra|reina|rey))\b"
        # "first night I slept 6 hrs straight in forever", "best ive slept in years", "best week
        # ive had in a long time"
        r"|(?<!cant )(?<!not )(?<!never )\bslept (?:\d+|five|six|seven|eight|nine) (?:hrs|hours)"
        r" (?:straight|in a row)\b|\bbest (?:i've|ive|i have|i) (?:slept|felt) in (?:years|ages"
        r"|months|forever|a long time|a while)\b|\bbest (?:day|week|night|month|sleep) (?:i've|ive"
        r"|i have|i) (?:had|gotten|got) in (?:years|ages|months|forever|a long time|a while)\b"
        # "First one I could sit through the whole thing" (a grandchild's game)
        r"|\bfirst (?:one|game|time|movie|service|concert) (?:\S+ ){0,2}?(?:could|was able to"
        r"|managed to) (?:sit|upright|stand|stay|walk|make it) (?:\S+ )?through\b"
        # "hoy fue un buen día"; a scar "can barely see where it was"
        r"|\b(?:fue|ha sido|tuve|tuvo|tuvimos|es|esta siendo) un (?:muy )?buen dia\b"
        r"|\b(?:barely|hardly|can't even|cant even|can not even) see where (?:it|the \S+|they)"
        r" (?:was|were|went in)\b",
        GOOD_NEWS,
        "ok",
        False,
    ),
    # "pensé que iba a estar peor pero no", "thought it'd be worse but nope": feared, not had;
    # a utility's bill; "complained about the golf channel"
    (
        (
            "peor",
            "worse",
            "billing",
            "problem",
            "terrible",
            "bad",
            "allerg",
            "smell",
            "itch",
            "blue cross",
            "blue shield",
            "to the blue",
            "a la blue",
            "sick call",
            "peas",
            "beans",
            "pecans",
            "peanuts",
            "real pain",
            "real problem",
            "kind of",
            "pain diary",
            "pain journal",
            "pain log",
            "pain clinic",
            "pain management",
            "pain specialist",
            "pain contract",
            "happy",
            "feliz",
            "merry",
        ),
        r"\b(?:pense|crei|thought|figured|expected|was afraid) (?:que |it(?:'d| would)? )?"
        r"(?:\S+ ){0,4}?(?:peor|worse) (?:pero|but) (?:no|nope|not|nah|it wasnt|it isnt|its not"
        r"|it's not)\b"
        r"|\b(?:aps|srp|electric|power|light|water|gas|utility|phone|cable|cell|luz|agua"
        r"|internet|propane|trash) billing\b"
        r"|\bproblem about the (?:tv|golf|channel|news|food|weather|traffic|game|refs|referees"
        r"|remote|neighbors|neighbor|cat|dog|politics|coffee|hospital food)\b"
        # "my partner is a terrible driver", "some hours good some hours bad", seasonal
        # allergies, "its own kind of pain", "the pain diary", holiday greetings
        r"|\b(?:terrible|bad|awful|horrible) (?:driver|drive|cook|singer|texter|speller|dancer"
        r"|golfer)\b"
        r"|\bsome (?:hours|days|times) (?:are )?good,? some (?:hours|days|times) (?:are )?bad\b"
        r"|\ballerg\w* (?:(?:acting|act|acts|are|is|flaring|flared|up|from|the|bad|again|with|this"
        r"|that|all|so) ){0,4}(?:ragweed|pollen|cedar|season|seasonal|hay|dust|mold|trees|grass"
        r"|spring|fall|october)\b|\b(?:seasonal|sinus|cedar|pollen|ragweed) allerg\w*"
        r"|\b(?:its|it's|their|his|her) own kind of pain\b|\bkind of a pain\b"
        r"|\bpain (?:diary|journal|log|clinic|management|specialist|contract)\b"
        # "smells like heaven", "itching to get back out", "sick call", "Blue Cross", "la morada"
        r"|\b(?:yard|house|kitchen|home|place|room|car|church|town|air) (?:\S+ ){0,2}?smells? like"
        r" (?!(?:\S+ ){0,3}?(?:rotten|spoiled|sour|rancid|dead|old|bad|off|gross)\b)(?:\S+ ){0,3}?"
        r"(?:heaven|chile|pies?|bacon|coffee|christmas|cookies|bread|roses|bakery|home|turkey"
        r"|tamales|dinner|barbecue|bbq)\b"
        r"|\b(?:itching|itchin|itchy) to\b(?! the\b)|\b(?:to|for|at|from) sick call\b"
        r"|\bblue (?:cross|shield)\b"
        r"|\b(?=(?:up to the|a la) blue\b)(?<!face )(?<!lips )(?<!skin )(?<!toes )(?<!nails )"
        r"(?<!feet )(?<!legs )(?:up to the|a la) blue\b|\b(?:shelling|swelling) (?:peas"
        r"|beans|pecans|corn|shrimp|crab|peanuts)\b"
        r"|\b(?:happy|feliz|merry|felices) (?:halloween|thanksgiving|holidays|new year|easter"
        r"|birthday|navidad|dia|día|ano|año|pascua|christmas|fourth|4th|hanukkah|nowruz)\b",
        NEUTRAL,
        "ok",
        False,
    ),
    # Wanting, a saying: "she want papaya salad so bad"; coining's marks (cao gio, gua sha,
    # cupping) away from the wound: "had coining on her neck so there's red lines there".
    (
        ("bad", "coin", "cupping", "gua sha", "cao gio"),
        r"\b(?:want|wants|wanted|wanna|craving|craves|misses|missed) (?:to (?:get back (?:in|to"
        r"|on) |go (?:to |back )?|eat |see |swim |drive |ride |play |hold |hug |travel ))?"
        r"(?:(?!(?:to|be|die|dead|kill|end|hurt|gone|done|stop|quit|give|disappear|pee|poop"
        r"|throw|not|overdose|morir|matar|it|everything)\b)\S+ ){1,3}?so bad(?:ly)?\b"
        rf"|\b(?:coining|coined|cupping|cupped|gua sha|cao gio)\b(?:(?!\b(?:{_WOUNDISH}|but"
        r"|pero)\b)[^.!?])*?\bred (?:lines|marks|streaks|stripes|spots|circles)\b"
        rf"(?!(?:(?!\b(?:but|pero)\b)[^.!?])*\b(?:{_WOUNDISH})\b)",
        NEUTRAL,
        "ok",
        False,
    ),
    # Denying a paper's list: "no tengo nada de lo que dice ahí de fiebre o pus".
    (
        ("nada de lo que",),
        r"\bno (?:tengo|tiene|he tenido|ha tenido) nada de lo que (?:dice|dicen|pone|viene)"
        r"(?:(?!\b(?:pero|but|aunque|excepto|menos|sino|solo|nomas|y|salvo|aparte|todavia"
        r"|tambien|ademas|tengo|tiene)\b)[^.!?,;])*",
        GOOD_NEWS,
        "ok",
        False,
    ),
    # A confusing thing, not a confused patient: "that garage confusing", "the forms are
    # so confusing" (not "it confused him", "he's confused")
    (
        ("confused",),
        r"\b(?:that|this|it|its|it's|garage|parking|paperwork|instructions|directions|website"
        r"|app|portal|map|form|forms|building|signs|menu|leaflet"
        r"|schedule) (?:(?:is|was|are|were|so|kinda|really|very|super|pretty|bit|a) ){0,3}"
        r"confused\b(?! (?:him|her|me|them|us|his|el|ella|lo|la))",
        NEUTRAL,
        "ok",
        False,
    ),
    # Medicine told of in passing: "tired but that's the pills", "managing the pills fine",
    # "not drinkin on the meds"
    (
        ("medication", "drugs"),
        r"\b(?:that|thats|it|its|it's) (?:the|my|from the) (?:medication|drugs)"
        r"(?= [.!,]|$| i (?:think|guess|bet)\b| probably\b)"
        r"|\bmanaging (?:the |my )?medication (?:fine|ok|okay|good|well)\b"
        r"|\b(?:not|no) drinking (?:on|with) (?:the |my )?(?:medication|drugs)\b",
        NEUTRAL,
        "ok",
        False,
    ),
    # Not a sign: a lab draw ("had blood drawn today"), laughing hard, warm and cozy indoors
    # ("-31 out but I'm warm and cozy inside")
    (
        (
            "blood",
            "laugh",
            "cozy",
            "toasty",
            "snug",
            "kept",
            "keep",
            "hard",
            "daycare",
            "warm",
            "drip",
            "bump",
            "lump",
            "sleep",
            "off",
            "allergic",
        ),
        r"\bblood (?:drawn|draw|draws)\b(?![^.!?]*\b(?:wound|incision|site|pump|catheter|back"
        r"|herida|cut|scar|stitches|bandage|dressing|gauze|drainage|skin)\b)"
        r"|\blaugh\w* (?:so |too |real |really )?hard\b"
        r"|\b(?:im|i'm|i am|we're|we are|i'm staying|im staying|i stay|we stay|i keep|we keep)"
        r" warm and (?:cozy|toasty|snug)\b"
        # "the wood stove kept us warm", "the light's hard on my eyes"
        r"|\b(?:stove|fire|fireplace|heater|furnace|blanket|blankets|quilt) (?:\S+ )?"
        r"(?:kept|keeps|keep|keeping) (?:us|me|the house|everyone) (?:nice and |real )?warm\b"
        r"|\bhard on (?:my|the|his|her) eyes\b"
        # "knobby fingers make texting hard", "the warm paraffin on my hands", the orchard's drip
        # lines, "bump up my pramipexole", "usual lousy sleep", "get the tape gunk off",
        # "allergies bad (sneezing)"
        r"|\b(?:make|makes|making|made) (?:texting|typing|writing) hard\b"
        r"|\b(?:the|a|my|do|did|with|doing|use|using) warm (?:paraffin|wax)\b"
        r"|(?:\b(?:checking|check|fixing|fix|moving|move|garden|orchard|laying)"
        r"(?: the| my| our| his| her)? drip"
        r" (?:lines?|streaks)\b|\b(?:the|new) drip (?:lines?|streaks)\b(?=[^.!?]*\b(?:garden"
        r"|orchard|yard|field|fields|farm|trees|vineyard|plants|irrigation|tomatoes)\b))"
        r"(?! (?:down|on|from|of|under|around|running)\b)"
        r"(?![^.!?]*\b(?:site|wound|incision|catheter|bandage|dressing|gauze|shirt|skin|fluid"
        r"|herida)\b)"
        r"|\b(?:bump|lump) (?:up|down) (?:my|the|his|her) (?=(?:medication|dose|dosage|rate"
        r"|pramipexole|ropinirole|gabapentin|lyrica|pregabalin|prednisone|insulin|metformin"
        r"|levothyroxine|synthroid)\b)"
        r"|\b(?:usual|normal|same old|same) (?:lousy|bad|poor|crappy) sleep\b"
        r"|\b(?:get|take|clean|wipe|scrub|remove) (?:the |all the |that )?(?:tape|adhesive|glue"
        r"|sticker) (?:gunk|goo|goop|residue) off\b"
        r"|(?<!im )(?<!i'm )(?<!am )(?<!she )(?<!he )(?<!be )\ballergic (?:are |is )?(?:so |real "
        r"|really |pretty )?bad\b(?! to\b)"
        # "the whole daycare is sick": the daycare's (only the word "sick"), not the patient's
        r"|\b(?:whole|half the) daycare (?:is |esta |has been |anda )?(?:all |todo )?sick\b",
        NEUTRAL,
        "ok",
        False,
    ),
    # The skin over the pump stretched tight, "looks like a balloon"
    (
        ("stretched", "balloon"),
        r"\b(?:skin|site|incision|pump|wound|scar) (?:(?!isnt |not |no |arent )\S+ ){0,4}?"
        r"(?:stretched (?:tight|shiny)(?! when)"
        r"|(?:looks?|looking) like a balloon)\b",
        SWELLING,
        "urgent",
        True,
    ),
    # A sticky wound is a wet one: "the incision is sticky", "sticky where the catheter was"
    # (not "the sticky tape marks")
    (
        ("sticky", "pegajos"),
        # "sale algo pegajoso de la herida"
        r"\b(?:sale|saliendo|salio|salia) (?:\S+ ){0,2}?pegajos\w* (?:de|del|por) (?:la |el |mi )?"
        r"(?:herida|wound|incision|site|catheter|scar)\b"
        r"|\b(?:herida|wound) (?:esta |se ve |se siente |se nota )?"
        r"(?:muy |bien |un poco |algo )?pegajos\w*\b|"
        r"\b(?:incision|wound|site|herida|cut|dressing|catheter|tube|scar|bandage|gauze)"
        r" (?:\S+ ){0,4}?sticky\b(?! tape| stuff| residue| glue| marks)"
        r"|\bsticky(?! tape| stuff| residue| glue| marks) (?:\S+ ){0,3}?(?:incision|wound|site"
        r"|herida|catheter|tube|scar|bandage|gauze)\b"
        r"|\bsticky (?:stuff|goo|fluid|liquid) (?:\S+ )?(?:coming|leaking|oozing|draining|seeping"
        r"|comes|leaks|oozes)\b(?! off)",
        DRAINAGE,
        "urgent",
        True,
    ),
    # The pump itself is hard, a brace makes one sweat: "is it normal for the pump to feel
    # hard under the skin?", "the brace is making me sweaty"
    (
        ("hard", "sweat"),
        r"(?<!by the )(?<!near the )(?<!around the )(?<!next to the )(?<!over the )"
        r"\bpump (?:to feel|feels|feel|itself is|itself feels) (?:kinda |so |really |very )?hard\b"
        r"(?! (?:lump|red|swelling|knot|area|spot|and|y))"
        r"|\b(?:brace|binder|corset|faja) (?:is )?(?:making|makes|made|gets|has) me"
        r" (?:so |really |all |kinda )?sweating\b",
        NEUTRAL,
        "ok",
        False,
    ),
    (
        ("breathe",),
        rf"\b(?:cant|wont) {_g(1)}(?:breathe|catch {_g(1)}breathe)\b",
        TROUBLE_BREATHING,
        "emergency",
        False,
    ),
    (
        ("breathe",),
        rf"\b(?:not|isnt|stop|barely|quit|dont|hindi) {_g(1)}breathe\b",
        TROUBLE_BREATHING,
        "emergency",
        False,
    ),
    (
        ("breathe",),
        rf"\bno {_g(1)}(?:puedo|puede|pude|pudo|podia|pue) {_g(1)}breathe\b"
        r"|\bno breathe(?: bien)?(?=$| [,.!?;:])",
        TROUBLE_BREATHING,
        "emergency",
        False,
    ),
    (
        ("breathe", "casi no"),
        rf"\bbreathe {_g(2)}(?:slow|slowly|shallow|weird|funny|strange|labored|lento"
        r"|despacio|raro|poco|despacito|lentito|bajito|apenas|suavecito|poquito)\b"
        r"|\bcasi no (?:se )?(?:le |la |lo )?(?:feel|oye)\b|\bcasi no (?:se )?(?:le |la |lo )nota\b"
        r"|\b(?:barely|hardly|apenas|casi no) (?:\S+ )?breathe\b"
        r"|\b(?:apenas|casi no) (?:la |lo |le |se )?(?:oigo|oye|oimos|feel|escucho) breathe\b",
        SLOW_BREATHING,
        "emergency",
        False,
    ),
    (
        ("breathe",),
        rf"\b(?:trouble|difficulty|difficult|hard|harder|struggling|struggle|problem"
        rf"|dificultad|cuesta|costaba|labored|rough|tough|hirap|nahihirapan) {_g(3)}breathe\b"
        r"|\b(?:short|shortness|out) of breathe\b",
        TROUBLE_BREATHING,
        "emergency",
        True,
    ),
    (
        ("gasp", "aire", "ahog", "winded"),
        r"\bgasp\w*|\b(?:falta|faltando|faltaba) (?:\S+ )?aire\b"
        r"|\bahog\w*|\bwinded\b",
        TROUBLE_BREATHING,
        "emergency",
        True,
    ),
    (
        ("chest",),
        # not "no pain or anything my chest feels tight": a denied pain, then the chest
        rf"\bchest {_g(2)}(?:pain|tight|sore)\b|\bpain (?!(?:or )?anything\b){_g(4)}chest\b"
        rf"|\btight {_g(8)}chest\b",
        CHEST_PAIN,
        "emergency",
        True,
    ),
    (
        ("wake", "get him up", "get her up", "get them up"),
        rf"\b(?:wont|cant|not|isnt|no|dont) {_WHO}wake\b"
        rf"|\b(?:nobody|noone|nadie) (?:can|could|cant|is able to|was able to|puede|pudo|pudimos) "
        rf"(?:\S+ )?(?:wake|get (?:him|her|them) up)\b"
        # "he's been asleep for 14 hours and we can't get him up"
        r"|\b(?:cant|can't|cannot|couldnt|couldn't) get (?:him|her|them) up\b",
        UNRESPONSIVE,
        "emergency",
        False,
    ),
    (
        ("wake",),
        rf"\b(?:hard|difficult|trouble|dificil|cuesta) {_g(2)}wake\b",
        UNRESPONSIVE,
        "emergency",
        True,
    ),
    (
        ("respond", "reacciona", "contesta", "answer", "to talk", "to wake", "to open"),
        # "he's not responding"; not "I can't answer now", "no puedo contestar"
        rf"\b(?<!\bi )(?:not|no|wont|isnt|dont|cant) (?!puedo |pude |podre )"
        rf"{_g(1)}(?:responding|respond|responde|reacciona"
        rf"|contesta)\b|\bwont {_g(1)}answer me\b"
        # "I can barely get her to answer me", "can't get him to respond"
        r"|\b(?:cant|can't|cannot|couldnt|couldn't|barely|hardly) (?:\S+ )?get (?:him|her|them|mom"
        r"|dad) to (?:answer|respond|talk|wake|open (?:his|her|their) eyes)\b"
        # "not answering me when I shake him": shaken and no answer, whatever else is said
        r"|\b(?:not|isnt|doesnt|wont) (?:answering|answer|responding|respond|wake)"
        r"(?: me| us| to me)? when (?:i|we) (?:shook|shaking)"
        r" (?:him|her|them)\b(?![^.!?]*\b(?:lol|haha|pretend\w*|joking)\b)"
        # "not answering when we talk to him and very pale"; not "... on the phone", "... turned
        # out his phone was dead. All good now"
        r"|\bnot answering when (?:we|i|you|they|someone) (?:talk|speak) to (?:him|her|them)\b"
        r"(?!.*\b(?:phone|telefono|turned out|all good|lol|haha)\b)"
        # "not answering me, ... she just stares": no answer and a blank stare, whatever else
        r"|\b(?:not|isnt|doesnt|wont) (?:answering|answer|responding|respond)\b[^.!?]*"
        r"\b(?:just|only) (?:stares|staring|stare)\b(?! at (?:her|his|the) (?:phone|tv|screen))",
        UNRESPONSIVE,
        "emergency",
        False,
    ),
    (
        # "can't get a word out of him, he just stares"
        ("word",),
        r"\b(?:cant|can't|cannot) get a word out of (?:him|her)\b[^.!?]*\b(?:just|only)"
        r" (?:stares|staring|stare)\b",
        UNRESPONSIVE,
        "emergency",
        False,
    ),
    (
        # hands that flap: a tremor past the usual ("his hands are flapping"), not a flag
        ("flapping",),
        r"\b(?:hands?|arms?|fingers?|wrists?) (?:\S+ ){0,2}flapping\b",
        SHAKING,
        "urgent",
        True,
    ),
    (
        ("drowsy", "dormid"),
        # "bien dormido" is sound asleep when he "está" so; "anda bien dormido" is drowsy
        rf"\b(?:very|extremely|so|really|super|too|real|muy|tan|demasiado|(?<!esta )bien|pasa"
        rf"|anda|puro"
        rf"|todo el dia)"
        rf" {_g(1)}(?:drowsy|dormido|dormida|dormidito|dormidita)\b"
        r"|\b(?:keeps?|keep on|sigue|always) nodding\b|\bnodding (?:off|out)\b",
        EXTREME_DROWSINESS,
        "emergency",
        True,
    ),
    (
        ("eyes", "wake", "ojos"),
        rf"\bcant {_g(1)}(?:keep {_g(2)}eyes open|stay wake)\b"
        rf"|\bbarely {_g(1)}wake\b|\bno {_g(1)}(?:puedo|puede) (?:mantener|abrir) (?:los )?ojos\b",
        EXTREME_DROWSINESS,
        "emergency",
        False,
    ),
    (
        ("fit",),
        r"\b(?:had|having|has|have) (?:a )?fit\b"
        r"(?! (?:about|over|bc|because|cause|cuz|coz|cus|at|with|when|since|that|lol|de))",
        SEIZURE,
        "emergency",
        True,
    ),
    (
        ("out", "conocimiento", "consciousness"),
        r"\b(?:passed|pass|passes|passing|pased|passd|blacked|black|blacks|blacking) out\b"
        # "he past out on the couch", "Grandma past out at church" (not "they past out candy",
        # "I past out early, slept 9 hrs", "the nurse past out papers")
        r"|\b(?:he|she|mom|dad|wife|husband|grandma|grandpa|abuela|abuelo|(?:my|her|his|our|their)"
        r" (?:son|daughter|brother|sister|mom|dad|mother|father)) (?:just |again )?past out\b"
        r"(?! (?:the|some|a|an|her|his|their|our|cookies)\b)(?! (?:\S+ )?(?:candy"
        r"|papers|water|meals|flyers|cards|bottles|report|of (?:town|pocket)|for the night)\b)"
        r"(?![^.!?]*\b(?:lol|haha|slept|best sleep|nap)\b)"
        r"|\bperdi\w* (?:el )?conocimiento\b"
        r"|\blost consciousness\b",
        FAINTING,
        "emergency",
        True,
    ),
    # The room spinning: "todo me da vueltas", "the room keeps spinning".
    (
        ("vueltas", "spinning", "spins", "gira"),
        r"\b(?:todo|head|cuarto|room) (?:me |le )?(?:da|dan|daba|daban|esta dando) vueltas\b"
        r"|\b(?:me|le) (?:da|dan|daba|esta dando) vueltas (?:todo|la head|el cuarto)\b"
        r"|\b(?:room|everything) (?:is |keeps |kept |was |started |starts )?(?:spinning|spins)\b"
        r"|\bworld (?:is|was) spinning\b"
        r"|\btodo (?:me |le )?gira\b",
        DIZZINESS,
        "urgent",
        True,
    ),
    (
        ("blue",),
        rf"\b(?:lips|boca|mouth|face) {_g(6)}blue\b|\bblue {_g(3)}(?:lips|boca|mouth|face)\b"
        rf"|\b(?:turning|turned|went|going) {_g(1)}blue\b"
        rf"|\bse (?:le |me )?(?:puso|pone|esta poniendo|ha puesto|estaba poniendo) {_g(1)}blue\b"
        # "he's gray and sweaty", "pale and clammy" (the skin of shock, not a lip colour)
        r"|\b(?:he|she|hes|shes|he's|she's|(?:dad|mom|husband|wife|son|daughter|grandpa|grandma"
        r"|father|mother|papa|mama|abuelo|abuela|esposo|esposa) (?:is|looks|esta|se ve))"
        r" (?:all |so |very |kinda |kind of )?blue (?:and|y) (?:sweating|clammy)\b"
        r"(?! (?:it out|over|about|bullets))",
        BLUE_LIPS,
        "emergency",
        True,
    ),
    # "his lips are dry and a dark color", "los labios se ven oscuros"; not a colour with its
    # cause ("dark from the red wine", "since I started smoking") or denied ("normal not dark")
    (
        ("dark", "oscur"),
        rf"\b(?:lips|labios) {_UNDENIED}{{0,4}}(?:dark|darker|oscur[oa]s?) (?:colou?r|looking"
        rf"|de color)\b{_UNCAUSED}"
        r"|\b(?:lips|labios) de colou?r oscur[oa]\b|\bpusieron (?:los |sus )?(?:lips|labios) "
        r"(?:bien |muy )?oscur[oa]s\b"
        r"|\b(?:lips|labios) (?:are|is|look|looks|se ven|estan|tiene|turned|went|se pusieron)"
        rf" {_UNDENIED}{{0,2}}(?:dark|darker|oscur[oa]s?)\b{_UNCAUSED}",
        BLUE_LIPS,
        "emergency",
        True,
    ),
    (
        ("face", "throat", "tongue", "lips", "mouth", "boca"),
        rf"\b(?:face|throat|tongue|lips|mouth|boca) {_g(3)}swelling\b"
        rf"|\bswelling {_g(3)}(?:face|throat|tongue|lips|mouth|boca)\b|\bthroat {_g(3)}clos\w*"
        rf"|\bcerrando {_g(1)}throat\b|\btongue {_g(2)}thick\b"
        r"|\btongue (?:feels? |is |looks? |got )?(?:so |really |all )?(?:fat|huge|big|puffy)\b",
        FACE_SWELLING,
        "emergency",
        True,
    ),
    # Lips gone a little blue: "los labios como azulitos" (not "... de frío, ya se calentó")
    (
        ("azul",),
        r"\blips (?:\S+ ){0,2}?(?:como |bien |muy |medio |algo )?azulit[oa]s?\b(?! de frio)"
        r"(?![^.!?]*\b(?:ya se|jaja\w*|pint\w*|alberca|piscina|frio)\b)",
        BLUE_LIPS,
        "emergency",
        True,
    ),
    # A score told as still climbing: "4 and rising", "6, climbing".
    (
        ("rising", "climbing", "increasing", "subiendo"),
        r"\b\d+(?:/10)? (?:and |y |, |now |today |hoy )?(?:still )?(?:rising|climbing|increasing"
        r"|subiendo)\b",
        INCREASING_PAIN,
        "urgent",
        True,
    ),
    # A racing heart: "my heart is racing", "me late muy rápido el corazón".
    (
        ("heart", "corazon", "palpitation", "palpitacion"),
        rf"\b(?:heart|corazon) {_g(2)}(?:racing|pounding|beating (?:so |really |very )?fast"
        r"|late (?:muy |bien |tan |super )?(?:rapido|fuerte|acelerado|rapidisimo))\b"
        r"|\bme late (?:muy |bien |tan |super )?(?:rapido|fuerte) el corazon\b"
        r"|\b(?:palpitations|palpitaciones)\b",
        RACING_HEART,
        "urgent",
        True,
    ),
    # Not "I can't swallow the big pills": a request for the liquid kind; but "can't swallow
    # her medication or even water" is.
    (
        ("swallow", "tragar"),
        rf"\b(?:cant|trouble|hard|difficult|cuesta|no puedo|barely|hardly|apenas) {_g(1)}"
        r"(?:swallow\w*|tragar|trago|puedo tragar)\b(?! (?:the |those |these |las |los )?(?:big"
        r"|large|huge|giant|grandes|enormes) (?:pills?|tablets?|capsules?|medication|pastillas?"
        r"|capsulas?)\b)",
        TROUBLE_SWALLOWING,
        "emergency",
        True,
    ),
    (
        ("talk", "words", "hablar", "speak", "makapagsalita"),
        rf"\btalking (?:funny|weird|strange)\b|\bwords {_g(2)}(?:wrong|jumbled|mixed)\b"
        r"|\bno puede (?:talk|speak|hablar)\b"
        r"|\b(?!(?:i|work|busy|meeting|driving|church|sorry|rn|now)\b)[a-z']+ cant (?:talk|speak)\b"
        # Tagalog "can't speak (properly)"; not a language, joy, work or sleep
        r"|\bhindi (?:\S+ ){0,2}?makapagsalita\b(?! (?:ng|sa) (?:english|ingles|tagalog|tuwa|phone"
        r"|telepono)\b| (?:ngayon|kasi)\b| sa (?:sobrang )?(?:tuwa|saya)\b"
        r"| ng (?:maayos|mabuti) (?:na|linker) (?:english|ingles|tagalog)\b"
        r"| (?:\S+ ){0,2}sa (?:phone|telepono)\b)"
        # "Can't talk right now at work": the writer, busy
        r"|\b(?:cant|no puedo) (?:talk|speak|hablar)\b(?! (?:right now|rn|now|at the moment"
        r"|ahorita|ahora)\b)|\bno (?:me|le) salen (?:bien )?las palabras\b",
        SLURRED_SPEECH,
        "emergency",
        True,
    ),
    (
        ("sudden", "side", "lado", "caida", "tabingi", "right", "left", "izquierd", "derech"),
        # Tagalog: "tabingi ang ngiti" (a crooked smile)
        r"\b(?<!hindi )(?<!hindi linker )(?<!naman )(?<!po )(?<!the )tabingi (?:linker |na )?"
        r"(?:ang |yung )?(?:ngiti|mukha|bibig|labi)\b(?! (?:\S+ )?sa (?:picture|litrato|photo))|"
        rf"\bsudden {_g(4)}(?:weak|numb|droop|cant move|no puedo move|no puede move"
        r"|no (?:tengo|tiene) fuerza)\b"
        rf"|\b(?:weak|numb) {_g(3)}(?:one|left|right|un) (?:side|lado)\b"
        rf"|\b(?:one|un) (?:side|lado) {_g(3)}(?:weak|numb)\b|\bface caida\b"
        # "my right arm and leg are numb": one side's arm and leg together, not said as usual
        r"|\b(?:right|left|izquierd[oa]s?|derech[oa]s?) (?:arm|hand|brazo|mano) (?:and|y)"
        rf" (?:leg|legs|foot|pie) {_g(3)}(?:numb|weak|dead|limp|muert[oa]s?)\b"
        r"(?![^.!?]*\b(?:usual|always|siempre|years|anos|ms|stroke|derrame)\b)"
        # "brazo izquierdo y pierna izquierda se sienten muertos"
        r"|\b(?:brazo|mano) (?:izquierd[oa]|derech[oa]) y (?:legs|pie) (?:izquierd[oa]|derech[oa])"
        rf" {_g(3)}(?:muert[oa]s|dormid[oa]s|entumid[oa]s|numb|weak|sin fuerza)\b"
        r"(?![^.!?]*\b(?:siempre|anos|derrame)\b)",
        ONE_SIDED_WEAKNESS,
        "emergency",
        True,
    ),
    (
        ("legs", "walk"),
        rf"\b(?:cant|no {_g(1)}(?:puedo|puede|pude)) {_g(2)}(?:move|feel|walk|stand"
        rf"|lift) {_g(4)}legs\b|\bno {_g(1)}{_FEEL} {_g(2)}legs\b"
        rf"|\b(?:cant|can not|no {_g(1)}(?:puedo|puede|pude)) {_g(1)}walk\b"
        # not how far: "between my back and my shoulder I can't walk far" (a placard form)
        r"(?! (?:very |that |too |as |so )?(?:far|long distances|distances|a block|blocks"
        r"|the mall|the whole store)\b(?![^.!?]*\b(?:since|sudden\w*|anymore|weak\w*|today"
        r"|tonight|now|yesterday|this morning)\b))"
        # "Dad's legs are numb and he can't stand up"
        rf"|\blegs {_g(2)}(?:numb|dead|muert[oa]s) {_g(3)}(?:cant|can not|cannot|no {_g(1)}"
        r"(?:puedo|puede|pude)) (?:\S+ )?(?:stand|upright|pararse|pararme|parar)\b",
        LEG_LOSS,
        "emergency",
        False,
    ),
    (
        ("control", "gave", "let go", "incontinent"),
        rf"\b(?:lost|losing|lose|no|cant|perdi\w*|dont|havent|sin) {_g(2)}control {_g(3)}"
        r"(?:bladder|bowels|urinate|esfinter\w*)\b"
        # "no control down there": the same, said politely
        r"|\b(?:lost|losing|no|cant|perdi\w*|dont|havent|sin) (?:\S+ )?control (?:down there"
        r"|alla abajo|alli abajo|ahi abajo)\b"
        # "no bladder control since yesterday", "my bladder gave out in the car"
        r"|\b(?:lost|losing|lose) (?:my |his |her |all )?(?:bladder|bowel|bowels) control\b"
        r"(?! (?:issues|issue|problems|problem|trouble))"
        # not "no bladder control concerns, all good"
        r"|\bno (?:my |his |her |all )?(?:bladder|bowel|bowels) control\b"
        r"(?! (?:issues|issue|problems|problem|trouble)\b)"
        r"(?! (?:concerns?|changes?|worries)(?: ,| all\b| here\b| at all\b| \.|$))"
        r"|\b(?:bladder|bowels?) (?:just |completely |totally )?(?:gave out|gave way|let go)\b"
        # "I'm incontinent since last night": new, not "my usual incontinence pads"
        r"|\b(?:im|i'm|i am|is|he's|hes|she's|shes|been|became|now|suddenly) (?:\S+ )?"
        r"incontinent\b(?![^.!?]*\b(?:usual|always|years|for years|like always|pads|briefs"
        r"|supplies)\b)",
        BLADDER_BOWEL,
        "emergency",
        False,
    ),
    (
        (
            "self",
            "hice",
            "orine",
            "hace",
            "hizo",
            "haciendo",
            "pants",
            "hold",
            "sin",
            "urinate",
            "bowels",
            "bladder",
            "control",
        ),
        r"\b(?:urinate|bowels|wet|pissed|soiled|shit|messed|crapped|pooped|peed)"
        r" (?:my ?self|him ?self|her ?self|them ?selves|them ?self)\b"
        r"|\b(?:messed|soiled|wet|pooped|urinate|bowels|crapped) (?:his|her|my|their)"
        r" (?:pants|diaper|bed|underwear|clothes)\b"
        r"|\b(?:cant|couldnt|no (?:puede|puedo|pudo|pude|pue)) (?:\S+ )?"
        r"(?:hold|aguantar|retener|control) (?:\S+ ){0,2}(?:bladder|bowels|urinate)\b"
        r"|\b(?:me|se) (?:\S+ ){0,2}(?:hice|hizo|hace|hago|haciendo|hacia|orine|urinate) (?:\S+ )?"
        r"(?:urinate|bowels|encima|en la cama|en los pantalones|en la ropa)\b"
        r"|\b(?:urinate|bowels) (?:\S+ ){0,4}sin (?:darse cuenta|darme cuenta|feel|control"
        r"|querer|avisar)\b"
        r"|\b(?:urinate|bowels) (?:\S+ ){0,4}(?:without|didnt|doesnt|dont|cant|not) (?:\S+ )?"
        r"(?:feel|notic\w*|realiz\w*|knowing|control)\b",
        BLADDER_BOWEL,
        "emergency",
        False,
    ),
    # Reviewed red flags the reader retrained on round 57's sets dropped, held by rules:
    # "se quedo tirado en el suelo, viendo al techo sin contestar"; "she won't talk to me or
    # look at me"
    (
        ("tirad", "techo", "pared", "look at"),
        r"\b(?:se quedo|quedo|esta|estaba|lo encontre|la encontre|lo encontramos|la encontramos)"
        r" tirad[oa] en el (?:suelo|piso)\b(?=.{0,60}?\b(?:sin (?:contestar|responder|moverse"
        r"|despertar)|no (?:contesta|responde|se mueve|despierta|reacciona)|inconsciente)\b)"
        r"|(?<!estoy )\b(?:viendo|mirando) (?:al|el|a la|la) (?:techo|pared)\b (?:\S+ ){0,3}?sin"
        r" (?:contestar|responder)\b"
        r"|\b(?:wont|dont|cant) (?:talk|speak) to (?:me|us) or look at (?:me|us)\b"
        r"(?!.{0,40}\b(?:since i|because|cause|after i|lol)\b)",
        UNRESPONSIVE,
        "emergency",
        False,
    ),
    # a leg "muerta" or "dormida": "la pierna izquierda se siente muerta", "la siento dormida";
    # "casi no la puedo levantar"
    (
        ("muert", "dormid", "lift"),
        r"\blegs? (?:\S+ ){0,3}?(?:feel )?muert[oa]s?\b"
        # "también la pierna, dice que la siente (como) muerta"
        r"|\blegs? , (?:dice|dicen|dijo) que (?:la|lo|las|los) feel (?:como )?muert[oa]s?\b"
        r"|\blegs? (?:\S+ ){0,5}?(?:feel|esta|estan"
        r"|se me) dormid[oa]s?\b|\blegs? (?:\S+ ){0,6}?(?:casi )?no (?:la|lo|las|los) (?:puedo"
        r"|puede) lift\b",
        NUMBNESS,
        "urgent",
        True,
    ),
    # Words that will not come: "hard to get my words out" (a stroke sign)
    (
        ("words out",),
        r"^(?!.*\b(?:stutter\w*|always|since i was)\b).*?\b(?:hard|trouble|struggling|cant|can't)"
        r" (?:\S+ )?(?:to )?get(?:ting)? (?:my|his|her|the) words out\b(?! of| in | on the phone"
        r"| with)",
        SLURRED_SPEECH,
        "emergency",
        True,
    ),
    # A leak not felt: "woke up soaked and never felt a thing" (not soaked in sweat)
    (
        ("soaked", "wet"),
        r"^(?!.*\b(?:sweat\w*|hot flash\w*|dressing|fluid|humidifier|roof|sprinkler|glass|water"
        r"|urologist|dog|cat|pet|puppy|baby|diaper|kid|toddler|grandbaby)\b)"
        r".*?\bwoke (?:up )?(?:soaked|wet|all wet)\b"
        r"(?=.{0,60}?\bnever felt (?:a thing|it|anything)\b)"
        r"(?=.*\b(?:urge|bladder|urinate|pee|peed|pants|sheets|pads?)\b)",
        BLADDER_BOWEL,
        "emergency",
        False,
    ),
    # Legs that "feel like they belong to someone else"
    (
        ("belong",),
        r"^(?!.*\b(?:shoes?|heels|boots?|sandals|socks)\b).*?\b(?:legs?|feet|foot) (?:feel|felt)"
        r" like (?:they|it) (?:\S+ ){0,2}?belong\w* to (?:someone|somebody) else\b",
        NUMBNESS,
        "urgent",
        True,
    ),
    # A collapse told as going down: "went down in the hallway, he's awake now but grey"
    (
        ("went",),
        r"\b(?:he|she|i|dad|mom|husband|wife) went down (?:in|on) (?:the |his |her |my )?(?:hallway"
        r"|hall|bathroom|kitchen|shower|driveway|bedroom)\b(?! (?:floor )?to)"
        r"(?=.{0,80}?\b(?:awake|woke|grey|gray|pale|hit|out cold|unconscious|passed|sweaty|clammy"
        r"|came to|cant get up)\b)",
        FAINTING,
        "emergency",
        True,
    ),
    (
        ("bleeding", "blood"),
        rf"\bbleeding {_g(4)}(?:wont|not|dont|cant|no|isnt) {_g(1)}stop\b"
        rf"|\b(?:wont|cant|not|no) {_g(2)}stop {_g(1)}bleeding\b"
        # "nothing will stop the bleeding", "bleeding without stopping"
        r"|\bnothing (?:to |will |can |seems to )?stop\w* (?:the |his |her |my )?bleeding\b"
        rf"{_UNASKED}|\bbleeding without stop\w*\b{_UNASKED}"
        rf"|\b(?:bleeding|blood) {_g(4)}no (?:se )?(?:para|paraba|detiene|quita|ha parado|deja"
        rf"|se para|corta|para de)\b|\bno (?:para|deja) de (?:bleeding|echar blood|botar blood)\b"
        rf"|\b(?:bleeding|blood) {_g(6)}(?:empap\w*|soaked|soaking|soak|through)\b"
        rf"|\b(?:empap\w*|soaked|soaking) {_g(4)}(?:blood|bleeding)\b"
        rf"|\b(?:bleeding|blood) {_g(4)}(?:wont|doesnt|isnt|not|hasnt|hasn't|havent|didnt"
        rf"|still hasnt|still hasn't) (?:stop|quit|slow)\w*"
        rf"|\bno para de bleeding\b|\bbleeding {_g(4)}nada (?:la|lo) (?:para|detiene)\b"
        rf"|\b(?:blood|bleeding) {_g(2)}(?:pouring|gushing|everywhere"
        rf"|soaked|soaking|heavily|mucho|mucha)\b|\b(?:pouring|gushing|mucha|mucho|lots of"
        rf"|lot of) {_g(1)}(?:blood|bleeding)\b|\bbleeding (?:a )?lot\b"
        rf"|\bbleeding {_g(6)}(?:pouring|gushing)\b"
        # Tagalog: "walang tigil na dumudugo", "hindi tumitigil ang dugo", "ayaw tumigil"
        rf"|\b{_NONSTOP_TL} {_g(3)}(?:bleeding|blood)\b"
        rf"|\b(?:bleeding|blood) {_g(3)}{_NONSTOP_TL}\b"
        # pressure that does not stop it: "pinching it doesnt stop it", on a blood thinner
        r"|\b(?:bleeding|bleeder|blood)\b.{0,120}?\b(?:pinch\w*|press\w*|pressure|holding)"
        r" (?:it |on it |hard )?(?:dont|wont|not|cant|isnt) (?:\S+ )?stop(?:ping|ped|s)?\b"
        r"(?! me| us| him| her)"
        # a nosebleed running down the back of the throat, "swallowing a lot"
        r"|\b(?:blood(?! tight| pressure| thinner| sugar| pill| medication)|bleeding)"
        r" (?:\S+ ){0,8}?(?:down|into) (?:the )?back of (?:my |his |her |the )?throat\b",
        UNCONTROLLED_BLEEDING,
        "emergency",
        True,
    ),
    (
        ("know", "sabe", "acting", "sense"),
        rf"\b(?:dont|no) {_g(1)}(?:know|sabe) (?:ni )?(?:where|who|donde|quien)\b"
        # not "the thermometer was acting weird"
        r"|(?<!thermometer was )(?<!thermometer is )(?<!thermometers )(?<!cuff was )"
        r"\bacting (?:strange|weird|crazy|funny|odd)\b|\bnot making sense\b"
        r"|\btalking (?:foolishness|nonsense|gibberish|crazy|out of his head|out of her head)\b"
        r"|\b(?:dont|doesnt|nuh|no) know where (?:he|she|him|her|i|me) (?:is|are|am|deh|was)\b",
        CONFUSION,
        "emergency",
        True,
    ),
    (
        ("neck",),
        rf"\bneck {_g(3)}(?:stiff|rigid)\b|\b(?:stiff|rigid) neck\b",
        STIFF_NECK,
        "urgent",
        True,
    ),
    # Dizzy or faint, then down on the floor: "She got a little faint trace of dizzy then went
    # down on the floor"
    (
        ("dizzy", "faint", "lightheaded"),
        r"\b(?:dizzy|faint\w*|lightheaded|light headed)\b[^.!?]*\b(?:(?:went|go|goes|gone|fell"
        r"|fall|falls) down (?:on|to|onto) the (?:floor|ground)|hit the floor|collapsed)\b",
        FAINTING,
        "emergency",
        True,
    ),
    # A new noise from the pump: "my pump makes like a white noise hiss now, never did before"
    (
        ("pump",),
        r"\bpump (?:\S+ ){0,6}?(?:hiss\w*|noise|noises|click\w*|whir\w*|buzz\w*|humm\w*|grind\w*"
        r"|rattl\w*)\b(?=[^.!?]*\b(?:never (?:did|made|done)|new|started|since)\b)",
        PUMP_PROBLEM,
        "urgent",
        True,
    ),
    # "hopeful this is the end of it all": hope or despair, for a nurse to read
    (("end of it all",), r"\bthe end of it all\b", NOT_UNDERSTOOD, "routine", False),
    # A stiff neck beside light that hurts: "Neck stiff, bright lights hurt" (meningitis signs)
    (
        ("neck",),
        r"\b(?:neck (?:is )?(?:so |very |a bit |a little |kinda |pretty )?(?:stiff|rigid)"
        r"|(?:stiff|rigid) neck) (?:, |and |y )?"
        r"(?:the )?(?:bright )?(?:lights?|luz) (?:pain|hurts?|bother\w*|molest\w*)\b"
        r"|\b(?:bright )?(?:lights?|luz) (?:pain|hurts?|bother\w*) (?:my eyes )?(?:, |and |y )?"
        r"(?:neck (?:is )?(?:stiff|rigid)|(?:stiff|rigid) neck)\b",
        STIFF_NECK,
        "emergency",
        True,
    ),
    (
        ("muscles",),
        rf"\bmuscles {_g(2)}(?:stiff|rigid)\b|\b(?:stiff|rigid) {_g(1)}muscles\b",
        RIGIDITY,
        "emergency",
        True,
    ),
    (
        (
            "seeing",
            "hearing",
            "veo",
            "ve ",
            "oye",
            "oigo",
            "viendo",
            "sees",
            "saw",
            "isnt there",
            "no hay",
            "no existe",
            "no estan",
            "who isnt",
            "quien",
            "talk",
            "habla",
            "platica",
        ),
        r"\b(?:seeing|hearing|veo|ve|oye|oigo|viendo|oyendo|sees|saw|hears|vio|ven|ves) (?:\S+ )?"
        r"(?:things|bugs|people|voices|cosas|bichos|gente|voces|animales|animals|personas)\b"
        r"|\b(?:things|cosas|people|gente|personas|bichos|someone|somebody|alguien|kids|ninos"
        r"|animals|animales) (?:that|que|who|which|quien|quienes) (?:isnt|no) (?:there|hay"
        r"|existen|estan|real)\b"
        r"|\b(?:talking|talks|talked|hablando|habla|hablaba|platicando|platica) (?:to|with|con)"
        r" (?:\S+ )?(?:dead|muertos|difunt\w*|nobody|nadie|invisible\w*)\b",
        HALLUCINATIONS,
        "emergency",
        True,
    ),
    (
        (
            "kill",
            "matar",
            "end",
            "die",
            "morir",
            "live",
            "vivir",
            "vida",
            "dead",
            "muert",
            "here",
            "alive",
            "go on",
            "aqui",
            "existir",
            "mundo",
            "cans",
            "hart",
            "tired",
            "quit",
            "life",
            "self",
            "kms",
            "unalive",
            "aguant",
            "suicid",
            "seguir",
            "mejor",
            "better",
            "rather",
            "quiero ir",
            "quisiera ir",
            "rendir",
            "at once",
            "de una vez",
        ),
        rf"\bkill\w* (?:my ?self|myself)\b|\bmatarme\b|\bme {_g(2)}matar\b"
        # "ya me quiero ir con Diosito": to go to God, not home from the hospital
        r"|\b(?:quiero|quisiera) ir(?:me)? (?:ya )?(?:con|al lado de|a ver a) (?:mi |el |la )?"
        r"(?:dios|diosito|jesus|jesusito|jesucristo|senor|senorcito|tata dios|virgen|virgencita)\b"
        r"|\b(?:quiero|quisiera) ir(?:me)? (?:ya )?al cielo\b"
        # "i'm gonna take them all at once and be done"
        r"|\b(?:gonna|going to|voy a|me voy a) (?:take|tomar|swallow) (?:them|all of them|all my"
        r" medication|todas|todo) (?:all )?(?:at once|de una vez|juntas)\b"
        r"|\b(?:quiero rendirme|me quiero rendir|quisiera rendirme)\b(?=[^.!?]*\b(?:ya no puedo"
        r"|no puedo mas|no aguanto))"
        r"|\b(?:end|ending) (?:it|my life|things|everything)\b"
        rf"|\b(?:want|wanna|wish|going|ready) {_g(1)}(?:to )?die\b|\bquiero {_g(1)}morir\w*"
        r"|\bme (?:quiero )?morir\b|\bdont want to (?:live|be alive|be here|go on)\b"
        r"|\b(?:not|no|dont|nuh|doh) want (?:to )?live\b"
        r"|\bno quiero (?:vivir|seguir|estar aqui|estar en este mundo|existir)\b"
        r"|\bquitarme la vida\b|\bnot worth living\b"
        r"|\b(?:cans\w*|harto|harta|tired) (?:de|of) (?:vivir|living|life|la vida)\b"
        r"|\bbetter off dead\b|\bmejor muert[oa]\b|\b(?:better|rather) (?:to )?(?:die|be dead)\b"
        r"|\btired (?:to|for) (?:live|living)\b"
        r"|\bquit\w* (?:la|su|mi) (?:propia )?vida\b|\b(?:take|taking|took) (?:my|his|her|their)"
        r" (?:own )?life\b|\bend (?:his|her|my|their) (?:own )?life\b"
        r"|\b(?:kill|killing|kills) (?:him ?self|her ?self|them ?selves|them ?self)\b"
        r"|\b(?:wants|wanted|wanting|wishes|wished) (?:to )?die\b"
        r"|(?<!no )\b(?:quiere|quieres|queria|quiero|quisiera|quieren|desea|deseo) (?:\S+ )?"
        r"(?:morir\w*|matar(?:se|me)|suicid\w*)\b"
        r"|\b(?:se|me) (?:va|voy|iba|quiere|quiero|piensa|pienso) (?:a )?(?:matar|suicidar)\w*"
        r"|\b(?:matarse|suicidarse|suicidarme|morirme|morirse) (?:\S+ )?(?:ya|nomas|de una vez)\b"
        r"|\bno (?:aguanta|aguanto|puede|puedo) (?:\S+ )?mas\b[^.!?]*\b(?:morir\w*|muert\w*"
        r"|vida|matar\w*|die|dead)\b"
        r"|\b(?:morir\w*|muert\w*|matar\w*) [^.!?]*\bno (?:aguanta|aguanto) (?:\S+ )?mas\b"
        r"|\bend it all\b|\b(?:wanna|want to|gonna|going to|about to|bout to) kms\b"
        r"|\bunalive\w*|\bno quiere (?:vivir|seguir|estar aqui|existir)\b"
        r"|\bno (?:quiero|quiere) seguir\b|\bmejor (?:me muero|morir\w*|muert[oa]s?)\b"
        r"|\b(?:dont|doesnt) want to (?:live|go on|be here)\b",
        SUICIDAL,
        "emergency",
        False,
    ),
    (
        ("myself", "harm", "dano"),
        r"\b(?:pain|harm|cut|hurting) myself\b|\bself harm\b"
        r"|\bhacerme (?:\S+ )?dano\b",
        SELF_HARM,
        "emergency",
        False,
    ),
    (
        # cutting as self-harm, told as a habit come back and nothing after it: "I've been
        # cutting again. Not deep.", "me volví a cortar los brazos"; not "cutting again
        # tomorrow, the grass", "I keep cutting myself shaving", "cortándome el pelo"
        ("cutting", "cut", "slit", "cortando", "cortar", "cortarme", "cortandome"),
        r"\b(?:i've|ive|i have|i|been|started|keep|kept) (?:been )?cutting (?:again(?= [.!]|$)"
        r"|myself again(?= [.!,]|$))|\b(?:slit|cut) my wrists?(?= [.!]|$| again\b| last night\b)"
        r"|\bme (?:volvi a|vuelvo a|estoy|sigo) cort(?:ar|arme|ando)(?: (?:otra vez|de nuevo))?"
        r"(?: (?:los brazos|las piernas|las munecas))?(?=(?: (?:anoche|ayer|hoy))?(?: [.!]|$))"
        r"|\bcortandome (?:otra vez|de nuevo)(?= [.!]|$)",
        SELF_HARM,
        "emergency",
        False,
    ),
    (
        ("took", "tome"),
        # the look ahead for "as prescribed" runs only where the rule can start
        r"(?=\btook\b|\bme tome\b)"
        + _OD_NOT
        + rf"(?:\btook {_g(2)}(?:all|too many|too much|extra|a bunch of|the whole"
        rf"|a lot of|lots of|double) {_g(2)}medication\b|\bme tome {_g(1)}(?:todas|todos|muchas"
        rf"|muchos|demasiadas|demasiados) {_g(1)}medication\b)",
        OVERDOSE,
        "emergency",
        False,
    ),
    (("911",), r"\b911\b", CALLED_911, "emergency", False),
    (
        ("burning", "warm", "temperatura", "temp"),
        r"\b(?:burning|warm) up\b|\b(?:tengo|tiene|con|running a) (?:temperatura|temp)\b"
        # Indian English "temperature came in evening", "having temperature"
        r"|\b(?:temperature|temp) (?:came|coming|comes|is coming)\b"
        r"|\b(?:having|got|getting|running) (?:temperature|temp)\b(?! (?:of|checked|taken|is|was))",
        FEVER,
        "urgent",
        True,
    ),
    # "no me baja la temperatura, nunca menos de 38": a fever that will not come down (its
    # "no" is the fever's, not a denial)
    (
        ("baja", "bajado", "nunca"),
        r"\b(?:me|le) baja la (?:temperatura|temp|fiebre|calentura) ,? nunca (?:menos|baja|bajo)"
        r" de (?:3[89]|40|10[0-5])\b"
        r"|(?<=\bno )(?:me|le) (?:baja|bajaba|ha bajado) la (?:temperatura|temp|fiebre"
        r"|calentura)\b",
        FEVER,
        "urgent",
        False,
    ),
    # "He had a shaking spell and didn't answer me for a minute" ("spell" is read "smell")
    (
        ("shaking",),
        r"\b(?:he|she|mom|dad|husband|wife) (?:had|has|having) (?:a |another )?shaking (?:smell"
        r"|spell|fit|episode)s? (?:(?!(?:i|so|we)\b)\S+ ){0,3}?(?:dont|didnt|did not|wouldnt"
        r"|couldnt|not)"
        r" (?:answer|respond)\w*\b",
        SEIZURE,
        "emergency",
        False,
    ),
    (
        ("stuff", "goo", "gunk"),
        r"\b(?:yellow\w*|green\w*|white|cloudy|gross) (?:stuff|goo|gunk)\b"
        r"|\b(?:goo|gunk|goop)\b",
        PUS,
        "urgent",
        True,
    ),
    (
        ("open", "apart", "abri", "abierta", "loose", "solto", "closed up"),
        rf"\b(?:came|come|coming|is|its|has|split|busted|broke|pulled|popped|cracked) {_g(1)}"
        rf"(?:open|opened|opening|apart)\b|\bopen\w* up\b|\bwound {_g(2)}open\w*"
        rf"|\bse {_g(1)}abri\w*|\babierta\b|\bcame loose\b|\bse solto\b"
        # "the hole where the catheter was is kind of open, not closed up"
        r"|\b(?:hole|incision|wound|cut|site|scar|catheter)\b[^.!?]{0,50}?\b(?:kind of|kinda"
        r"|sort of|a little|a bit|partly) open\b(?! to\b)"
        r"|\b(?:hole|incision|wound|cut|site|scar|catheter)\b[^.!?]{0,50}?\b(?:not|hasnt|hasn't"
        r"|havent|haven't|isnt|isn't|never) (?:\S+ )?closed up\b",
        WOUND_OPENING,
        "urgent",
        True,
    ),
    (("roof", "charts"), r"\bthrough the roof\b|\boff the charts\b", SEVERE_PAIN, "urgent", False),
    # "my head never hurt so much", "nunca me dolió tanto": the worst it has been
    (
        ("never", "nunca"),
        r"\b(?:never|nunca) (?:\S+ ){0,2}?pain (?:\S+ )?(?:so much|this much|as much|this bad"
        r"|so bad|tanto|asi)\b(?! (?:as|como) (?:before|antes|it did|it used to|last))",
        SEVERE_PAIN,
        "urgent",
        False,
    ),
    # "my legs don't hurt as much as my head": the head hurts more
    (
        ("head",),
        r"\bpain (?:as|so) much as (?:my |the |his |her |mi |la |su )?head\b",
        HEADACHE,
        "urgent",
        False,
    ),
    # "I can't do this anymore", "feel like garbage", "rough night": things are bad
    (
        ("anymore", "garbage", "trash", "crap", "rough"),
        r"\b(?:cant|can't|cannot) (?:do|take) (?:this|it) anymore\b"
        r"|\bfeel\w* like (?:garbage|trash|crap|death)\b"
        r"|^\W*(?:(?:had )?a |such a |very )?rough (?:night|day|week)\W*$",  # and nothing else
        BAD_REPLY,
        "urgent",
        True,
    ),
    # "fingertips look a little blue": blue fingers or face are the same emergency as blue lips
    (
        ("blue",),
        r"\b(?:fingertips|fingers|finger|nails|nail beds|face) (?:look|looks|are|is|turning"
        r"|turned|went|getting|got) (?:a little |kinda |kind of |sort of |so )?blue\b",
        BLUE_LIPS,
        "emergency",
        True,
    ),
    # "can't get out of bed": pain or weakness past getting up
    (
        ("bed", "cama"),
        r"\b(?:cant|can't|cannot|couldnt|couldn't) (?:get|getting) (?:out of|up from|up out of)"
        r" bed\b"
        r"|\bno (?:me )?(?:puedo|pudo|puede) (?:levantar|parar)(?:me|se)? de la cama\b",
        BAD_REPLY,
        "urgent",
        True,
    ),
    # "barely surviving", "aqui sufriendo": not well, a nurse reads it
    (("surviv", "sufriendo"), r"\b(?:barely )?surviving\b|\bsufriendo\b", SO_SO, "routine", True),
    # "mi esposo amaneció bien raro": not himself, a nurse's to see now
    (
        ("rar",),
        r"\b(?:amanecio|amaneci|esta|anda|se ve|se siente|actua|actuando) (?:bien |muy |medio "
        r"|algo )?rar[oa]\b",
        FEELING_UNWELL,
        "urgent",
        True,
    ),
    # "gone thru 3 towels holding pressure": bleeding past stopping
    (
        ("towel", "pads", "dressing"),
        r"\b(?:bleeding|blood|bled)\b.{0,120}?\b(?:gone|went|soaked|bled) (?:thru|through) "
        r"(?:\d+|two|three|four|several) (?:towels|towel|pads|dressing|dressings)\b",
        UNCONTROLLED_BLEEDING,
        "emergency",
        False,
    ),
    # "low pain, but it's increasing": "it" is the pain told before
    (
        ("increas",),
        r"\bpain\b[^.!?]*\b(?:it's|its|it is|it has been|its been) (?:\S+ )?increasing\b",
        INCREASING_PAIN,
        "urgent",
        False,
    ),
    # Québec French: "rien, sauf que ça coule" (it's leaking), "la plaie coule"
    (
        ("coule",),
        r"\b(?:ca|sa|plaie|incision|site|pansement) (?:\S+ )?(?<!ne )(?<!n')coule\b"
        r"(?! (?:pas(?! mal)|pu|plus(?! qu)|pantoute|bien|de source|du nez|au nez)\b)",
        DRAINAGE,
        "urgent",
        True,
    ),
    # French: "la plaie est rouge" (the wound is red), "bumuka ang sugat" in Tagalog (the wound
    # opened): raise-only rules for replies only the learned reader had read, before its round
    # 73 retraining
    (
        ("rouge",),
        r"\b(?:plaie|incision|site|cicatrice) (?:est |un peu |tres |toute |devenue )*rouge\b",
        REDNESS,
        "urgent",
        True,
    ),
    (
        ("bumuka",),
        r"\bbumuka (?:po |na |ang |yung |ulit )*sugat\b",
        WOUND_OPENING,
        "urgent",
        True,
    ),
    # Québec French: "ça empire", "c'est pire", "de pire en pire", "ça fait plus mal"
    (
        ("empire", "pire", "plus mal"),
        r"\b(?:ca|sa|ça) (?:s'?)?empire\b|\bc'? ?est (?:encore |ben |bien )?pire\b"
        r"|\bde pire en pire\b|\bfait plus mal\b",
        INCREASING_PAIN,
        "urgent",
        False,
    ),
    (
        ("pain",),
        rf"\bpain {_g(3)}(?:wont|dont|not|no|never|isnt|cant) {_g(1)}(?:stop|away"
        r"|go away|quita|quit|let up|ease|para|calma|easing)\b|\bkeeps? getting worse\b",
        INCREASING_PAIN,
        "urgent",
        False,
    ),
    (("head",), rf"\bhead {_g(1)}pain\b|\bpain {_g(2)}head\b", HEADACHE, "urgent", True),
    # "mi cabeza me mata cuando me paro": the head is killing me
    (
        ("head",),
        r"\bhead me (?:esta )?(?:mata|matando)\b|\bme (?:mata|esta matando) la head\b",
        HEADACHE,
        "urgent",
        True,
    ),
    (
        ("urinate",),
        rf"\b(?:cant|trouble|hard|difficulty|difficult|problem|cuesta|dificultad"
        rf"|burn\w*|warm|arde|arden|no {_g(1)}(?:puedo|puede)|rough|tough) {_g(3)}urinate\b"
        rf"|\b(?:push|pushing|strain\w*|puj\w*) {_g(3)}urinate\b"
        rf"|\burinate {_g(8)}(?:push|pushing|strain\w*|puj\w*)\b",
        TROUBLE_URINATING,
        "urgent",
        True,
    ),
    (
        ("pump", "noise", "ruido", "chip"),
        rf"\bpump {_g(3)}(?:suena|sonando|sounding|noise|noises|ruido"
        rf"|ruidos|chirp\w*|chip|going off|vibrat\w*)\b|\b(?:noise|ruido) {_g(3)}pump\b"
        r"|\bchip chip\b",  # "pump going chip chip chip"
        PUMP_ALARM,
        "urgent",
        True,
    ),
    (
        ("crawl", "nose", "goose", "moqueo"),
        rf"\bskin {_g(2)}crawl\w*|\brunny nose\b"
        r"|\bgoose ?bumps\b|\bmoqueo\b",
        WITHDRAWAL,
        "urgent",
        True,
    ),
    (("throw", "threw"), r"\b(?:throwing|throw|threw|throws) up\b", VOMITING, "urgent", True),
    (
        ("keep", "reten"),
        # "can't keep anything down", not "can't keep him down" (he is up and about)
        r"\bcant to keep (?:any |my |the |much )?(?:food|anything|it|liquids?|water|fluids?|meals?"
        r"|nothing|soup|pills?|medication) down\b|"
        rf"\bcant keep (?!him |her |me )(?!this man )(?!that man )"
        rf"{_g(2)}down\b|\bno {_g(1)}(?:puedo )?(?:retener|retengo"
        rf"|retiene) {_g(1)}nada\b",
        VOMITING,
        "urgent",
        False,
    ),
    (
        ("feel",),
        rf"\bfeel {_g(1)}(?:mal|bad|awful|terrible|horrible|crappy|lousy|sick)\b",
        FEELING_UNWELL,
        "urgent",
        True,
    ),
    # "I used my whole bottle of pills today"
    (
        ("used",),
        r"\bused (?:up )?(?:my |the |his |her )?(?:whole |entire )bottle of medication\b"
        r"(?![^.!?]*\b(?:over the|this month|last month|need|refill|script|more|another)\b"
        r"|[^.!?]*\b(?:over|in|for) (?:\d+|a|two|three|four|a few|a couple of?) (?:weeks?"
        r"|months?)\b)",
        OVERDOSE,
        "emergency",
        True,
    ),
    # Not sure whether it is the patient or the sun: "felt her skin, so hot out here, dont know
    # if its her or the sun" (a nurse asks)
    (
        ("sun", "heat", "weather"),
        r"\b(?:skin|forehead|feel|feels|felt|touch|touched|burning|piel|frente)\b[^.!?]{0,60}?"
        r"\b(?:dont|not sure|cant tell|no se)(?: know)? (?:if|whether|si) (?:its|it's|it is|es)"
        r" (?:her|him|them|ella|el) or (?:the |el )?(?:sun|heat|weather|sol|calor)\b",
        UNCLEAR_TEMPERATURE,
        "routine",
        False,
    ),
    # Overdose without the obvious words: a whole bottle, twenty pills, "on purpose".
    (
        (
            "took",
            "take",
            "tom",
            "swallow",
            "trag",
            "ate",
            "eaten",
            "popped",
            "downed",
            "drank",
            "bebi",
        ),
        rf"(?=\b{_OD_VERB}\b|\bmedication\b|\b(?:on purpose|a proposito|adrede)\b)"
        + _OD_NOT
        + "(?:"
        rf"\b{_OD_VERB} {_g(3)}{_OD_QUANT} {_g(4)}(?:medication|bottle|of (?:my|them|those|his|her"
        rf"|mis|sus))\b"
        # "ate too much banana pudding" is food, not pills
        rf"|\b(?!(?:ate|eaten)\b){_OD_VERB} {_g(3)}(?:too many|too much"
        r"|demasiadas|demasiados|demasiado|de mas)\b"
        # "drank way too much coffee and now I'm wired": a drink, not a dose (unless a drug or
        # a dose is named after it: "too much tea, its kratom tea")
        r"(?! (?:coffee|tea|water|soda|pop|cafe|te|agua|juice|jugo|gatorade|caffeine|espresso"
        rf"|chai|cafecito|tinto)\b(?![^.!?]*\b(?:{_A_DRUG_NAMED}|twice|double|extra)\b))"
        rf"|\b{_OD_VERB} {_g(1)}(?:handful|bunch|fistful|punado|puno|monton) (?:of|de)\b"
        # "drank a bunch of water": a drink (not "a bunch of water pills")
        r"(?! (?:water|agua|coffee|cafe|tea|juice|jugo|gatorade|soda)\b(?! pill| tablet"
        rf"| pastilla)(?![^.!?]*\b(?:{_A_DRUG_NAMED}|pods|weed|thc|edible)\b))"
        # "se tomó un puñado de agua... digo, de pastillas": the drink taken back
        rf"|\b{_OD_VERB} {_g(1)}(?:handful|bunch|fistful|punado|puno|monton) (?:of|de) \S+"
        r"(?: [.,])* (?:digo|i mean|quiero decir|o sea)(?: ,)? (?:of |de )?(?:medication|pills?)\b"
        rf"|\b{_OD_VERB} {_g(2)}(?:all|todas|todos|whole|entire) (?:of )?(?:them|it|em"
        r"|of them)\b"
        rf"|\b{_OD_VERB} {_g(2)}(?:the |a |el |un |una |la |mi |my )?"
        r"(?:whole |entire |todo el |toda la )?"
        r"bottle (?:entero|entera|completo|completa|whole)\b"
        rf"|\bmedication {_g(3)}(?:on purpose|a proposito|adrede|intentionally)\b"
        rf"|\b(?:on purpose|a proposito|adrede) {_g(2)}(?:took|tome|tomo|swallow\w*|trague)\b)",
        OVERDOSE,
        "emergency",
        False,
    ),
    (
        (
            "wake",
            "feel",
            "end",
            "acabar",
            "terminar",
            "go on",
            "seguir",
            "vivir",
            "dead",
            "sleep",
            "living",
            "aqui",
            "dormir",
            "muert",
            "desaparecer",
            "disappear",
            "be gone",
            "not be here",
            "not exist",
            "stop existing",
            "wish i",
            "quit everything",
            "quit life",
            "quit it all",
            "give up on",
            "with jesus",
            "give up",
            "a burden",
            "with my maker",
            "to jesus",
            "the lord",
            "with god",
            "to heaven",
            "my maker",
            "of being alive",
            "of living",
            "of life",
        ),
        # "I don't want to wake up"; not "I don't want to wake her up to ask"
        rf"\b(?:dont|no|never|nunca) (?:want|wanna|quiero|quisiera) (?:to )?(?:ever )?wake\b"
        r"(?! (?:her|him|them|mom|dad|my|the|everybody|anyone|la|lo|a mi|al|a la)\b)"
        rf"|\b(?:sleep|dormir\w*) {_g(3)}(?:not|no|never|nunca) {_g(1)}wake\b"
        r"|\b(?:sleep|dormir\w*|dormirme) (?:forever|para siempre)\b"
        rf"|\b(?:hope|wish|ojala) {_g(2)}(?:dont|never|not|wont|no|wouldnt|didnt) {_g(1)}wake\b"
        rf"|\b(?:to|para|so) {_g(2)}(?:not|no|dont|wont|never|nunca) {_g(2)}feel"
        r" (?:anything|nada|nothing)(?! (?:de |of |from )?(?:the |el |la |my )?pain)"
        r"|\b(?:acabar|terminar) con (?:todo|mi vida|esto|esta vida)\b"
        rf"|\bwant {_g(2)}(?:it all|everything|all of it) to end\b"
        r"|\b(?:cant|cannot) go on\b|\bno puedo seguir (?:viviendo|asi)\b"
        rf"|\bwish {_g(2)}(?:was|were|be) dead\b|\bno vale la pena vivir\b"
        r"|\bno (?:le )?(?:veo|encuentro) sentido a (?:la|mi) vida\b"
        rf"|\b(?:want|quiero|quisiera) {_g(1)}(?:disappear|desaparecer) (?:forever|para siempre)\b"
        # "I want to disappear so bad", "I want to be gone"; not "disappear to the beach"
        r"|\b(?:want|wanna|quiero|quisiera|wish i could) (?:to )?(?:just )?(?:disappear|be gone"
        r"|not be here|not exist|stop existing|desaparecer)(?= (?:so bad|forever|for good|anymore"
        r"|permanently|para siempre|from (?:this|the|everything|everyone|it all)|de este mundo"
        r"|del mundo|de todo|de todos)|(?: lol| lmao)?"
        r" [.!,;]|$)|\bwish i (?:wasnt|was not|werent|isnt) (?:here|alive|around) anymore\b"
        r"|\b(?:sick|tired) of (?:being alive|living|life)\b"
        # "I want to quit everything", "I want to be with Jesus so bad, I'm done"
        r"|\b(?:want|wanna|ready) (?:to )?(?:(?:quit|give up on) (?:everything|life|it all|living)"
        r"|(?:go )?(?:be|go) (?:home )?(?:with|to) (?:jesus|the lord|god|heaven|my maker)|give up"
        r"|disappear before i (?:become|am|turn into) a burden)"
        r"(?=(?: so bad| now| already| forever| for good)?(?: lol)?(?: [.!,;]|$))",
        SUICIDAL,
        "emergency",
        False,
    ),
    (
        ("dying", "muero", "muriendo", "morir"),
        rf"\bfeel {_g(2)}(?:dying|muero|muriendo|voy a morir)\b|\bme estoy muriendo\b"
        r"|\b(?:im|i'm|i am) dying\b(?! (?:to|for|of laughter))|\bsiento que me muero\b",
        DYING,
        "emergency",
        False,
    ),
    # Fainting, the many ways: "se privo", "fell out", "perdio el sentido".
    (
        ("priv", "fell out", "sentido", "went down", "dropped", "cayo", "cai "),
        r"\b(?:se|me|le) (?:\S+ )?(?:privo|prive|privaba)\b|\bquedo privad[oa]\b"
        r"|\bfell out\b(?! of)|\bperdi\w* (?:el )?sentido\b"
        r"|\b(?:se|me) (?:cayo|cai) (?:redondo|redonda|desmay\w*|inconsciente|sin sentido)\b"
        r"|\bno (?:supe|supo) (?:de mi|de si|nada)\b",
        FAINTING,
        "emergency",
        True,
    ),
    (
        ("wheez", "jade", "pant", "asfix", "sofoc", "air", "aire", "silb", "breathe"),
        r"\bwheez\w*|\bjadea\w*|\bpanting\b|\basfixi\w*|\bsofoca\w*"
        r"|\bse (?:me|le) (?:fue|iba|va) (?:la |el )?(?:breathe|aire)\b"
        rf"|\b(?:cant|no) {_g(2)}(?:get|catch|entra|entraba|agarr\w*|jal\w*|coger|cojo|coge|cogia"
        rf"|llega) {_g(3)}(?:air|aire)\b|\b(?:struggling|fighting|gasping) for air\b"
        rf"|\bsilb\w* {_g(2)}chest\b|\bchest {_g(1)}silb\w*",
        TROUBLE_BREATHING,
        "emergency",
        True,
    ),
    (
        ("breathe",),
        rf"\bbreathe {_g(3)}(?:dificultad|trabajo|difficulty|trouble|heavy|heavily|fast|rapido"
        r"|agitad\w*|hard|feo|mal)\b",
        TROUBLE_BREATHING,
        "emergency",
        True,
    ),
    (
        ("allergic", "rash", "anaphyla", "anafila", "epipen"),
        rf"\b(?:anaphylaxis|anafilaxia|epipen)\b|\ballergic {_g(4)}(?:throat|tongue|lips|face"
        rf"|breathe|swelling|swallow\w*|tight)\b|\b(?:throat|tongue|lips|face|breathe"
        rf"|swelling) {_g(6)}(?:allergic|rash)\b|\brash {_g(6)}(?:throat|tongue|lips|face"
        r"|breathe)\b",
        ALLERGIC_REACTION,
        "emergency",
        True,
    ),
    (
        ("allergic",),
        r"\ballergic reaction\b|\breaccion allergic\b"
        r"|\b(?:having|had|tuve|tiene|tengo|tuvo) (?:a |an |una )?(?:\S+ )?(?:reaction|reaccion)\b",
        ALLERGIC_REACTION,
        "urgent",
        True,
    ),
    (
        ("throat",),
        rf"\bthroat {_g(2)}(?:tight|cierra|cerr\w*|closing|closed)\b"
        # "my throat is sore and feels like its getting smaller"
        rf"|\bthroat {_g(6)}(?:getting|feels|feel|is) (?:smaller|narrow\w*)\b"
        rf"|\b(?:cierra|cerro|cerrando|tight|closing) {_g(2)}throat\b",
        FACE_SWELLING,
        "emergency",
        True,
    ),
    # Chest pressure, weight, squeezing: "un peso en el pecho", "elephant on my chest".
    (
        ("chest", "heart", "corazon"),
        rf"\bchest {_g(2)}(?:lift|weight|crush\w*|squeez\w*|warm|punzada\w*|stabbing|pesad\w*"
        rf"|cerrado|trancado|hurt\w*)\b|\b(?:lift|weight|crush\w*|squeez\w*|elephant"
        rf"|upright|punzada\w*|stabbing|warm|pesad\w*|heavy) {_g(3)}chest\b"
        rf"|\b(?:pain|tight) {_g(2)}(?:heart|corazon)\b"
        rf"|\b(?:heart|corazon) {_g(2)}(?:pain|tight)\b",
        CHEST_PAIN,
        "emergency",
        True,
    ),
    (
        ("face", "boca", "mouth", "habla", "talk", "speech", "entiende"),
        rf"\bface {_g(2)}(?:caida|cayo|cae|chueca|chueco|torcida|torcido|crooked|uneven|lopsided"
        rf"|droop)\b|\b(?:cayo|caida|chueca|torcida|droop) {_g(3)}face\b"
        rf"|\b(?:boca|mouth) {_g(2)}(?:chueca|torcida|crooked|droop|caida|cayo)\b"
        r"|\bno (?:me|le) salen (?:bien )?las palabras\b"
        rf"|\b(?:habla|hablando|hablaba|speech|talking|talks) {_g(1)}(?:raro|rara|extrano|chistoso"
        r"|trabado|trabada|arrastrado|enredado|weird|funny|strange|garbled)\b"
        r"|\bno se (?:le )?entiende (?:lo que|nada|cuando)",
        SLURRED_SPEECH,
        "emergency",
        True,
    ),
    # Fever with confusion in other words.
    (
        (
            "out of",
            "himself",
            "herself",
            "mism",
            "reconoce",
            "recognize",
            "sentido",
            "nonsense",
            "gibberish",
            "sense",
            "think",
            "en si",
            "incoherencias",
            "mixed up",
            "locuras",
        ),
        r"(?<!stay )(?<!stays )(?<!staying )(?<!stayed )(?<!keep )(?<!keeping )(?<!keeps )"
        r"\bout of (?:it|his head|her head|sorts)\b|\bnot (?:himself|herself|myself)\b"
        r"|\bno (?:es|esta) (?:el|la) mism[oa]\b|\bno (?:me|nos|lo|la|te) reconoce\b"
        r"|\b(?:doesnt|didnt|dont|cant) recognize\b"
        rf"{_NOT_A_NUMBER}"
        r"|\btalking (?:nonsense|gibberish|crazy|out of)\b"
        r"|\b(?:dice|habla|hablando|diciendo) (?:cosas )?(?:sin sentido|incoherencias|locuras"
        r"|tonterias)"
        r"|\bno (?:esta|estaba) en si\b|\bcant think (?:straight|clearly)\b|\bmixed up\b"
        r"|\bnot making (?:any )?sense\b",
        CONFUSION,
        "urgent",
        True,
    ),
    # Found on the floor: a collapse ("mom not answering me, shes on the floor").
    (
        ("floor", "suelo", "piso"),
        r"\b(?:shes|hes|she's|he's|she is|he is|is|found (?:him|her|mom|dad)|lying|laying|tirad[oa]"
        r"|esta|estaba) on the floor\b(?! (?:playing|with the (?:kids|grandkids|dog)|doing))"
        r"|\b(?:esta|estaba|la encontre|lo encontre) (?:tirad[oa] )?en el (?:suelo|piso)\b"
        # "se quedó tirado en el suelo." (stayed down), "... y no se levanta"; not "... un ratito
        # con el perrito", "... porque le dio flojera jaja"
        r"|\bse quedo tirad[oa] en el (?:suelo|piso)(?= ?(?:[.!?,]|$|y no | no ))"
        r"(?![^.!?]*\b(?:jaja\w*|jeje\w*|lol|estir\w*|control|remoto|celular|telefono|viendo"
        r"|jugando|buscando|descansando)\b)"
        # "se quedó en el suelo sin moverse": stayed down, not moving
        r"|\bse quedo (?:tirad[oa] )?en el (?:suelo|piso) (?:\S+ ){0,2}(?:sin (?:moverse|move"
        r"|responder|reaccionar)|no (?:se )?(?:mueve|move|responde|reacciona|levanta|upright))\b"
        # "now on the floor, won't talk to us": down and not answering
        r"|\bon the floor\b[^.!?]*\b(?:(?:wont|isnt|doesnt) (?:talk|talking|answer\w*|respond\w*)"
        r"|cant (?:wake|get (?:him|her) up))\b(?![^.!?]*\b(?:lol|haha|lmao|playing|phone|game)\b)",
        FAINTING,
        "emergency",
        False,
    ),
    # Not knowing one's own family: acute confusion, for 911 ("he doesn't recognize me").
    (
        ("recognize", "reconoce"),
        r"\b(?:doesnt|didnt|dont|cant|wont) recognize (?:me|us|anyone|anybody|nobody|his|her|our"
        r"|my|family)\b|\bno (?:me|nos) reconoce\b|\bno reconoce a (?:nadie|su|sus|la familia)\b",
        CONFUSION,
        "emergency",
        True,
    ),
    # Meningitis or a bleed: the worst headache of one's life.
    (
        ("worst", "peor", "thunderclap", "bomb", "explod", "nunca"),
        rf"\b(?:worst|peor) {_g(1)}(?:headache|pain (?:de |in (?:my )?)?head|head pain)\b"
        # "me duele la cabeza como nunca, de golpe, el peor dolor de mi vida"
        rf"|\bpain {_g(2)}head {_g(1)}como nunca\b|\bhead {_g(1)}pain {_g(1)}como nunca\b"
        rf"|\bhead {_g(6)}peor pain de (?:mi|su) vida\b"
        # a thunderclap: "came on like a bomb went off in my head"
        r"|\bthunderclap (?:headache|head)\b"
        r"|\blike a bomb (?:went off |going off |exploded )?in (?:my |his |her )?head\b",
        HEADACHE,
        "emergency",
        True,
    ),
    # Stiff neck without the word: chin to chest, can't bend the neck.
    (
        ("neck", "head", "chin", "barbilla", "menton", "barba"),
        rf"\bneck {_g(2)}(?:hard|locked|stuck|trabad\w*|tight|pegad\w*)\b"
        rf"|\b(?:cant|no {_g(1)}(?:puedo|puede|pude)|hard to|trouble|hurts to|pain|duele) {_g(2)}"
        rf"(?:bend|move|turn|doblar|mover|voltear|girar|agachar|bajar|touch|tocar|put|poner|look"
        rf"|mirar|lower|tuck) {_g(3)}(?:neck|head|chin|barbilla|menton|barba|down|abajo)\b"
        rf"|\b(?:chin|barbilla|menton|barba) {_g(3)}chest\b",
        STIFF_NECK,
        "urgent",
        True,
    ),
    # Losing the use of the legs.
    (
        ("legs",),
        rf"\b(?:losing|lost|lose|perdiendo|perdi\w*|no tengo|sin) {_g(3)}(?:use|uso|control"
        rf"|feeling|sensation|sensibilidad) {_g(3)}legs\b"
        rf"|\blegs {_g(3)}(?:dont|wont|not|no|arent|isnt|cant) {_g(2)}(?:work\w*|funcion\w*"
        rf"|respond\w*|hold|sostien\w*|move|support|aguantan)\b"
        rf"|\b(?:no|dont|wont) (?:me |le )?(?:responden|funcionan|sostienen|aguantan|work|hold)"
        rf" {_g(2)}legs\b|\blegs {_g(2)}(?:dead|useless|muertas)\b"
        rf"|\blegs {_g(3)}(?:cant|no {_g(1)}(?:puedo|puede|pude)) (?:move|feel|lift)\b"
        rf"|\b(?:both|las dos|ambas|los dos) {_g(1)}legs {_g(3)}(?:weak|numb|dead|cant|no)\b"
        rf"|\b(?:weak|numb) {_g(3)}(?:both|ambas|las dos) legs\b"
        rf"|\b(?:losing|lost|perdiendo|perdi\w*) {_g(2)}(?:fuerza|fuerzas|strength) {_g(3)}"
        r"(?:both|las dos|ambas|los dos) legs\b",
        LEG_LOSS,
        "emergency",
        True,
    ),
    (
        (
            "legs",
            "rodillas",
            "knees",
            "fuerza",
            "strength",
            "listen",
            "cooperat",
            "respond",
            "work",
        ),
        rf"\blegs {_g(3)}(?:giving|gave|give|gives) (?:out|way)\b"
        rf"|\b(?:legs|knees) {_g(2)}buckl\w*"
        rf"|\bse (?:me |le )?(?:doblan|doblaron|vencen|vencieron|aflojan) {_g(2)}"
        r"(?:legs|rodillas)\b"
        rf"|\b(?:no tengo|sin|lost|no|losing|perdiendo|perdi\w*) {_g(1)}"
        r"(?:fuerza|fuerzas|strength)\b"
        # "legs not listening since this morning", "my feet won't cooperate"
        r"|\b(?:legs|leg|feet|foot|arms|arm|hands|hand) (?:are |is )?(?:not|arent|aren't|isnt"
        r"|isn't|wont|won't|dont|don't|didnt|didn't) (?:listening|listen|cooperating|cooperate"
        r"|working right|work right|responding|respond"
        r")\b"
        # "his hands won't work since last night"
        r"|\b(?:my|his|her|both) (?:hands|arms|legs|feet) (?:wont|won't|dont|don't) work since\b"
        r"(?![^.!?]*\b(?:years?|ago|cold|arthritis|stroke|accident|born|\d{4})\b)",
        WEAKNESS,
        "urgent",
        False,
    ),
    # "fine but can barely walk", "apenas puedo caminar", "he could not walk": walking barely
    # possible (urgent; "can not walk" is "cant walk", an emergency)
    (
        ("barely", "hardly", "scarcely", "apenas", "could"),
        r"(?:\b(?:can|could|am|is|was) (?:barely|hardly|scarcely) (?:able to )?walk"
        r"|(?<!before i )(?<!before, i )\bcould not (?:even )?walk"
        r"|\b(?:barely|hardly|scarcely) able to walk|\bapenas (?:puedo|puede|pude|podia) walk)\b"
        r"(?![^.!?]*\b(?:now|ahora)\b)",  # not "before the pump I could barely walk, now ..."
        WEAKNESS,
        "urgent",
        False,
    ),
    # Numb or weak legs, or numb between the legs, and not able to pee: the cord pressed on
    # ("her legs are numb and she cant pee", "can't pee and my legs are numb"; not "my legs are
    # fine, just numb skin ...", "legs not numb", "what if his legs go numb and he cant pee?")
    (
        ("urinate",),
        rf"(?![^.!?]*\b(?:that gone|that is gone|is gone|went away|se (?:le |me )?quito)\b)"
        rf"(?:{_LEGS_NUMB}[^?]{{0,60}}?{_CANT_PEE}|{_CANT_PEE}[^?]{{0,60}}?{_LEGS_NUMB})",
        BLADDER_BOWEL,
        "emergency",
        False,
    ),
    # Sight gone blurry in one eye: "la vista se le puso borrosa de un ojo y nunca regresó",
    # "blurry vision in one eye", "veo borroso de un ojo"; not "ya no tengo la vista borrosa de
    # un ojo", "... when I forget my glasses, normal for me"
    (
        ("borros", "blurr"),
        rf"(?:\b(?:vista|vision|eyesight) {_g(3)}(?:borros\w*|blurr\w*)|\b(?:borros\w*|blurr\w*)"
        rf" {_g(3)}(?:vista|vision|eyesight)|\bveo borros\w*) (?:de|in|en|from|del) (?:un |one "
        r"|the |el |my |mi |his |her |su )?(?:ojo|eye|left eye|right eye|ojo izquierdo|ojo derecho)"
        r"\b(?![^.!?]*\b(?:glasses|lentes|normal|siempre|always|usual|drops|gotas)\b)",
        VISION_CHANGE,
        "urgent",
        True,
    ),
    # New blurry sight told as a first: "never had my vision this blurry before", "I've never
    # had blurry vision before today" (not "I never had blurry vision", a denial)
    (
        ("blurr",),
        r"\bnever (?:had|seen) (?:my |his |her )?(?:vision|eyesight|sight) this blurr\w*"
        rf"(?! (?:as|since|until|in|like that)\b)(?!.*\b(?:{_EYE_CARE})\b)"
        r"|\bnever had blurr\w* vision before today(?= ?(?:[.!?,]|$))"
        rf"(?!.*\b(?:{_EYE_CARE}|exam)\b)"
        r"|\bnot once before (?:has|have) (?:my |his |her )?(?:vision|eyesight|sight) been this"
        rf" blurr\w*(?!.*\b(?:{_EYE_CARE})\b)",
        VISION_CHANGE,
        "urgent",
        False,
    ),
    # Hot and flushed, its cause denied: "feel hot and flushed, not from the weather"
    (
        ("flushed",),
        r"\bfeel (?:so |really |kinda )?warm and flushed\b(?=[^.!?]*\bnot (?:from|because of"
        r"|due to) (?:the )?(?:weather|heat|sun|heater)\b[^.!?]*\b(?:cool|cold|chilly|frio"
        r"|fresco)\b)",
        FEVER,
        "urgent",
        False,
    ),
    # A puddle under his back nobody can explain: "un charco de agua en la sábana debajo de la
    # espalda, no sé de dónde salió" (not "sudé un charco bajo mi espalda en la silla")
    (
        ("charc", "charq"),
        r"\b(?:charco|charquito) (?:\S+ ){0,8}?(?:debajo de|bajo) (?:la |mi |su )?espalda\b"
        r"[^.!?]*\bno se de donde (?:salio|sale|viene|vino)(?= ?[.!?]*$)",
        DRAINAGE,
        "urgent",
        False,
    ),
    # Pee that will not come: "my pee isnt coming out right", "my pee only dribbles out"
    (
        ("urinate",),
        r"\burinate (?:isnt|is not|not|wont|aint) coming out\b|\burinate (?:only |just |barely )?"
        r"dribbl\w*",
        TROUBLE_URINATING,
        "urgent",
        True,
    ),
    # Blurry sight told as new: "vison blurry since yesterday", "my vision is blurry today",
    # "never had her eyes go blurry like this", "can't see well, eyes are blurry" (not with
    # glasses, drops, a dilated eye, an eye doctor or the usual)
    (
        ("blurr", "borros"),
        rf"(?:\b(?:vision|vison|eyes|eye|eyesight|sight|vista|ojos) {_g(3)}(?:blurr\w*|borros\w*)"
        rf"(?= {_g(2)}(?:since|today|this morning|tonight|yesterday|like this|desde|hoy|ayer"
        r"|esta manana)\b)"
        r"|\bnever had (?:my |his |her )?(?:eyes|vision) (?:go |get |be )?blurr\w* like this\b"
        r"|\b(?:cant|cannot) see (?:well|right|good|straight)(?: ,)? (?:my |his |her )?(?:eyes"
        r"|vision) (?:are|is|r) (?:all |so |really )?blurr\w*)"
        rf"(?!.*\b(?:{_EYE_CARE}|normal|siempre|always|usual|years|reading|leer)\b)",
        VISION_CHANGE,
        "urgent",
        True,
    ),
    # A drooping eye is a drooping face: "his right eye looks droopy and blurry since lunch"
    (
        ("droop",),
        r"\b(?:right|left|one|derecho|izquierdo) eye (?:\S+ ){0,2}?droop\w*"
        r"(?![^.!?]*\b(?:always|siempre|years|anos|usual|tired|cansad\w*|lol|haha)\b)",
        ONE_SIDED_WEAKNESS,
        "emergency",
        True,
    ),
    # Seeing double or a clouding sight: "double vision since this morning", "veo doble desde
    # la mañana", "se me nubla la vista desde ayer" (not "... cuando leo sin lentes jaja")
    (
        ("double", "doble", "nubl"),
        r"\b(?:double vision|seeing double|see double|vision doble|(?:veo|ve|veia|viendo) doble"
        r"|se (?:me |le )?nubl\w* la vista)\b"
        r"(?![^.!?]*\b(?:glasses|lentes|drops|gotas|lol|haha|jaja\w*|drunk|borracho|siempre)\b)",
        VISION_CHANGE,
        "urgent",
        True,
    ),
    # Blurred and double sight together: "vision is blurry and seeing double".
    (
        ("double", "doble"),
        r"\bblurr\w* (?:\S+ ){0,4}?(?:and|y|,) (?:\S+ )?(?:seeing|see|veo|ve|viendo)"
        r" (?:double|doble)\b"
        r"|\b(?:double vision|vision doble) (?:\S+ ){0,4}?(?:blurr\w*|borros\w*)",
        VISION_CHANGE,
        "emergency",
        True,
    ),
    # A wound that hardens: "the incision every day is harder".
    (
        ("harder", "mas dur"),
        r"\b(?:incision|wound|site|scar|herida|cicatriz|lump|bump|bulto) (?:\S+ ){0,4}?(?:harder"
        r"|mas dur[oa])\b",
        HARDNESS,
        "urgent",
        True,
    ),
    # Stumbling that is new: "se tropieza mucho al caminar, antes no le pasaba", "se tropieza
    # con sus propios pies, es nuevo"
    (
        ("tropi",),
        r"\bse (?:me |le )?tropiez\w* (?:mucho |seguido |a cada rato )?(?:al walk|con (?:sus|mis)"
        r" propios pies)\b(?![^.!?]*\b(?:jaja\w*|siempre|lol|alfombra|botas|zapatos)\b)",
        WEAKNESS,
        "urgent",
        True,
    ),
    # Walking is hard: "having trouble walking today", "I have a hard time walking"
    (
        ("walk",),
        r"\b(?:im|i'm|he's|hes|she's|shes)? ?(?<!\bnot )(?<!\bstopped )"
        r"(?<!\bstop )(?<!\bquit )(?<!\bno longer )(?<!\bnot been )"
        # "was having trouble walking ... Much better now": over (a present one never is)
        r"(?:(?<!\bwas )(?<!\bwere )|(?!.*\b(?:walk\w* (?:great|fine|better|good|normal|ok)"
        r"|(?:much|all) better now|better now|not anymore)\b))having"
        r" (?:a lot of |some |real |more )?(?:a hard time"
        r"|trouble|difficulty) walk (?:today|since (?:yesterday|last night"
        r"|this morning|the (?:refill|procedure|trial|surgery))|(?:the|these|for the) (?:last|past)"
        r" (?:two|2|three|3|few|couple(?: of)?) days)(?= ?(?:[.!?]|$))",
        WEAKNESS,
        "urgent",
        True,
    ),
    # Pain that makes them cry: "Mom has low pain, she's crying", "llora del dolor" (not happy
    # tears, not "crying laughing", not a pain that is gone, not "the pain of watching them lose")
    (
        ("cry", "llor"),
        r"(?![^.!?]*\b(?:happy|joy|alegria|laugh\w*|risa|jaja\w*|lol|gone|se fue|se quito"
        r"|better|mejor)\b)"
        r"(?:\bpain (?:\S+ ){0,2}?(?:, )?(?:she|he|i'm|im|i am|esta|estoy) (?:is )?(?:crying"
        r"|llorando)\b"
        r"|\b(?:crying|llorando|llora|lloro) (?:from|with|of|del|de|por el|por) (?:the )?pain\b"
        r"(?! (?:of|de)\b))",
        SEVERE_PAIN,
        "urgent",
        True,
    ),
    # Legs heavier since the trial, or than their usual: "since the trial started both my
    # legs feel heavier than my normal MS heavy, like cement", "más pesadas desde la bomba"
    # (not after the gym, a long walk or new boots)
    (
        ("heavier", "lift"),
        rf"\bsince (?:the |my )?(?:trial|pump|refill|surgery|procedure|implant)\w* {_g(5)}"
        rf"(?:legs|feet) {_g(3)}(?:heavier|mas lift)\b"
        rf"|\b(?:legs|feet) {_g(3)}(?:heavier|mas lift) {_g(2)}(?:since|desde)"
        r" (?:the |my |el |la )?(?:trial|pump|refill|surgery|procedure|bomba|cirugia|operacion)\b"
        rf"|\b(?:legs|feet) {_g(3)}heavier than (?:my |his |her |their )?(?:normal|usual)\b"
        rf"(?! {_g(4)}(?:after|from|because|cause|with|gym|walk\w*|workout|boots|heat))",
        WEAKNESS,
        "urgent",
        True,
    ),
    # Walking is hard, said alone: "me cuesta caminar", "me cuesta caminar y no puedo orinar"
    # (not "me cuesta caminar de subida, siempre me ha costado", "... con las botas nuevas")
    (
        ("cuesta",),
        r"\b(?:me|le) cuesta (?:mucho |work |harto )?(?:walk|andar)(?= ?(?:[.!,]|$| y | and "
        r"| desde ))(?![^.!?]*\b(?:siempre|anos|years|jaja\w*|lol|nuev[oa]s?|bici)\b)"
        r"|(?<!no )\b(?:me|le) cuesta (?:walk|andar) y es algo nuevo(?= ?(?:[.!?]|$))",
        WEAKNESS,
        "urgent",
        True,
    ),
    # A hand or a foot gone dead: "her left hand is dead phone is dying" (not "dead tired")
    (
        ("dead", "muert"),
        # (matched on lemmas: "pierna" is read as legs, "se siente" as se feel)
        r"\b(?:arm|arms|hand|hands|leg|legs|foot|feet|toes|fingers|brazo|mano|pie|pies)"
        r" (?:is|are|went|feels|feel|gone|has gone|have gone|esta|estan|se quedo)"
        r" (?:all |totally |kinda |like )?(?:dead|muert[oa]s?)\b(?! (?:tired|serious|set|asleep"
        r"|cansad\w*|cold|de\b))(?![^.!?]*\b(?:from|de tanto|lol|haha|for a (?:sec|second|minute)"
        r"|fine now|cold|frio)\b)"
        # "mi pierna se siente muerta", "tengo la mano muerta"
        r"|(?:\b(?:legs|mano|manos|brazo|pie|pies) se (?:feel|sienten) (?:\S+ )?muert[oa]s?\b"
        r"|\btengo (?:la|el|las|los) (?:legs|mano|manos|brazo|pie|pies) muert[oa]s?\b)"
        r"(?! de\b)(?![^.!?]*\b(?:de tanto|jaja\w*|lol|cansancio)\b)",
        NUMBNESS,
        "urgent",
        False,
    ),
    # A face that feels funny, with no cause told: "I just feel off and my face feels funny";
    # not "... after the face cream", "... when I smile with the new retainer lol"
    (
        ("face",),
        r"\bface (?:still |just |also |kinda )?(?:feels?|felt) (?:kinda |so |a bit |real )?"
        r"(?:funny|strange|odd)\b(?! (?:\S+ )?(?:from(?! the (?:cheek|nose|eye|mouth|jaw|chin|lips?"
        r"|ear|temple|forehead|middle|left|right)\b)|without|saying|to say|lol|haha|cuz|because"
        r"|bc|getting used|being|smiling))(?![^.!?]*\b(?:lol|haha|lmao|cream|makeup|dentist|beard"
        r"|facial|moisturizer|retainer|laughing|mask|cpap|glasses|dentures|shaven|shaved|sunscreen"
        r"|smiling|frown\w*|good way)\b)",
        NUMBNESS,
        "urgent",
        False,
    ),
    (
        ("feel", "feeling", "sensation", "sensibilidad", "dorm", "duerm", "durm", "pins"),
        rf"\b(?:cant|no {_g(1)}(?:puedo|puede)) feel {_g(2)}(?:foot|feet|toes|pie|pies|dedos|arm"
        rf"|brazo|hand|mano|butt|nalgas|(?:balls|soles|bottoms|heels) of)\b"
        rf"|\b(?:lost|without|sin|perdi\w*|losing|perdiendo|no tengo|no tiene) {_g(2)}(?:feel"
        rf"|sensation|sensibilidad|sensacion)\b|\bno (?:feel|sensation) (?:in|en)\b"
        rf"|\b(?:legs|pie|pies|brazo|mano|foot|arm|nalgas) {_g(1)}dormid\w*"
        r"|\bpins and needles\b",
        NUMBNESS,
        "urgent",
        False,
    ),
    (
        ("urinate", "bathroom", "bano", "retention", "retaining"),
        rf"\b(?:havent|hasnt|not|no (?:he|ha|e|a|hemos|han)|casi no|barely|hardly) {_g(2)}"
        rf"urinate\b|\burinate {_g(1)}(?:y|and|but|pero) (?:no puedo|cant|no puede|nothing|nada)\b"
        rf"|\burinate {_g(2)}(?:wont|doesnt|no) (?:come|sale|salia)\b"
        rf"|\bno (?:me |le )?(?:sale|salia|baja) {_g(2)}urinate\b"
        rf"|\b(?:pain|sting\w*|warm|arde|ardor|duele) {_g(2)}(?:when|while|al|cuando|para)"
        rf" {_g(2)}"
        rf"urinate\b|\b(?:urinary )?retention\b|\bretaining {_g(1)}urinate\b"
        rf"|\b(?:cant|no puedo|no pude|no puede) {_g(1)}(?:go|ir) (?:to the |al )"
        r"(?:bathroom|restroom"
        r"|bano)\b",
        TROUBLE_URINATING,
        "urgent",
        True,
    ),
    (
        (
            "stitches",
            "gap",
            "hole",
            "hueco",
            "hoyo",
            "hoyito",
            "agujerito",
            "agujero",
            "separ",
            "seper",
            "despeg",
            "pump",
            "revent",
            "pulling",
            "dehisc",
            "opening",
            "abertura",
            "opened",
            "abierta",
        ),
        rf"\bstitches {_g(2)}(?:popped|came out|fell out|broke|pulled|ripped|tore|open\w*|loose"
        rf"|split)\b|\b(?:reventaron|revento|soltaron|solto|salio|salieron|rompieron|rompio"
        rf"|popped|ripped|tore|broke) {_g(2)}stitches\b"
        rf"|\bse (?:\S+ )?(?:separo|despego|reventaron|revento|rompio|rompieron) {_g(2)}"
        rf"(?:wound|herida|stitches|incision)\b"
        rf"|\b(?:gap|hole|hueco|hoyo|hoyito|agujero|agujerito) {_g(3)}(?:wound|herida|incision)\b"
        r"|\bse (?:me |le )?abrio (?:\S+ ){0,3}?(?:wound|herida|incision)\b"
        r"|\b(?:edges?|edgs|bordes?) of (?:the |my )?(?:cut|wound|incision|scar) (?:are |r |is "
        r"|look |looks |started |starting )?(?:kind of |kinda |a bit |a little )?"
        r"sep[ae]rat(?:ing|ed)"
        rf"|\b(?:wound|herida|incision) {_g(3)}(?:gap|hole|hueco|hoyo|hoyito|agujero|separat\w*"
        rf"|separad\w*|split)\b|\b(?:see|ver|veo|ve) {_g(2)}pump {_g(2)}(?:through|skin|piel"
        rf"|wound|herida|incision)\b|\bpump {_g(2)}(?:poking|sticking|showing|saliendo)"
        r"|\bpulling apart\b|\bgap(?:ing|ed|es|e)\b|\bwide open\b"
        r"|\b(?:opening|abertura) (?:\S+ ){0,4}?(?:wound|herida|incision)\b"
        r"|\b(?:wound|herida|incision|stitches|stitch|puntos|cut|scar|cicatriz) (?:\S+ ){0,5}?"
        r"(?:opening|opened|abierta|abrio)\b"
        r"|\bdehisc\w*|\bdehiscence\b",
        WOUND_OPENING,
        "urgent",
        True,
    ),
    (
        ("dressing", "agua", "water", "clear", "catheter", "site"),
        rf"{_NOT_GETTING_IT}\b(?:dressing|catheter|site) {_NOT_GETTING_WET}{_g(2)}"
        r"(?:wet|moja\w*|soak\w*|empapad\w*|humed\w*"
        r"|damp)\b"
        rf"|\b(?:wet|mojad\w*|soak\w*|empapad\w*|damp) {_g(2)}(?:dressing|catheter|site)\b"
        rf"|\b(?:sale|saliendo|salen|coming out|leak\w*|drip\w*) {_g(2)}(?:agua|water)\b"
        rf"|(?<!under the )(?<!in the )(?<!into the )\b(?:agua|water) (?!(?:\S+ )?no (?!para|paro"
        r"|stop|deja|dejo|detiene|se detiene|quits?)\S)"
        rf"{_g(3)}"
        r"(?:sale|saliendo|salir|coming|leak\w*|drip\w*|wound|herida"
        r"|incision)\b|\bclear (?:stuff|goo|water)\b",
        DRAINAGE,
        "urgent",
        True,
    ),
    (
        ("pump", "sonar", "suena", "sonando", "sono", "beep", "ring", "buzz", "vibra", "chim"),
        rf"\bpump {_g(3)}(?:suena|sonando|sono|sonado|sonar|sounding"
        r"|(?<!ne )sonne(?! pas| plus| jamais)|(?<!ne )sonnait(?! pas| plus)"
        rf"|noise|noises|ruido\w*|chirp\w*"
        rf"|going off|went off|goes off|vibrat\w*|vibra\w*|ring\w*|buzz\w*|chim\w*|ding\w*"
        rf"|zumb\w*|whistl\w*|alarm)\b"
        rf"|\b(?:suena|sonando|sono|sonar|chiming|ringing|buzzing|vibrat\w*|vibrando) {_g(3)}pump\b"
        rf"|\b(?:sonando|suena|sono|alarm|ringing|buzzing|vibrat\w*|vibrando|chirp\w*) {_g(4)}"
        r"(?:belly|stomach|abdomen|estomago|panza|barriga|pancita|tummy)\b",
        PUMP_ALARM,
        "urgent",
        True,
    ),
    # Tagalog: "hindi ko maramdaman ang mga binti ko" (I can't feel my legs).
    (
        ("maramdaman",),
        r"\bhindi (?:(?:ko|niya|nya|na|linker|po) )+(?:\S+ )?maramdaman (?:\S+ ){0,3}?"
        r"(?:binti|paa|legs?|feet)\b",
        NUMBNESS,
        "urgent",
        True,
    ),
    # Tagalog's doubled "sakit": "ang sakit sakit ng likod ko" (it hurts so much).
    (("sakit",), r"\bsakit sakit\b", PAIN, "routine", True),
    # A fever the pills kept down, and now do not: "la fiebre se controlaba con Tylenol pero
    # ahora ya no", "the fever was controlled with Tylenol but not anymore"
    (
        ("fever",),
        r"\bfever (?:se |was |had been |has been |stayed |)(?:control|controlled|kept down|went"
        r" down|bajaba|baja|bajo) (?:con|with|by|on) medication(?: ,)? (?:pero|but)"
        r" (?:ahora |now )?(?:ya no|not anymore|no more|no longer|it doesnt|it isnt|it is not)"
        r"(?=(?: [.!?,;])*$)",
        FEVER,
        "urgent",
        True,
    ),
    # The skin at the wound feels hot, whatever the day is like: "skin around the scar feels
    # hot out here" (the site is the subject; "out here" does not make it the weather)
    (
        ("scar", "incision", "wound", "site", "herida", "cut"),
        r"\b(?:skin|area|spot|piel) (?:around|near|by|next to|at|over|on|alrededor de|cerca de"
        r"|de) (?:the |my |his |her |la |mi |su )?(?:scar|incision|wound|site|cut|herida)"
        r" (?:feel|is|se feel|esta) (?:really |very |kinda |a little |a bit |so |muy |bien )?warm\b"
        r"(?![^.!?]*\b(?:heating|heat pad|heat pack|ice|shower|bath|sun|blanket|from the|because"
        r"|cause|por el|por la)\b)",
        WARMTH,
        "urgent",
        True,
    ),
    # Heat felt at the back or the wound, in English: "so much heat in my back by the pump";
    # not heat put on the back as a treatment, nor the back yard.
    (
        ("heat",),
        r"(?<!\bput )(?<!\buse )(?<!\busing )(?<!\bapply )(?<!\bapplied )(?<!\bused )(?<!\btry )"
        r"\bheat (?!pad|pack|wrap|patch|therapy|lamp)(?:\S+ ){0,3}?(?:in|around|on|off|from|at)"
        r" (?:my |the |his |her )?(?:back|incision|wound|site|pump|scar|cut)\b"
        r"(?! (?:yard|porch|door|of the house|seat|room))",
        WARMTH,
        "urgent",
        True,
    ),
    # A puddle of clear fluid from the back: "hay un charquito en la sábana, como agua, salió de
    # la cinta" (not a spilt glass, a child's accident or a night's sweat).
    (
        ("charc", "charq"),
        r"\b(?:charco|charcos|charquito|charquitos) (?:\S+ ){0,8}?(?:como agua|liquido|clear"
        r"|transparente|salio de (?:la |el )?(?:cinta|herida|espalda|venda|gasa|back|wound)"
        # "charco de agua en la cama donde estaba acostado sobre la herida": where he lay
        r"|lying (?:sobre|encima de) (?:la |el |su |mi )?(?:herida|espalda|cinta|venda|gasa))\b",
        DRAINAGE,
        "urgent",
        True,
    ),
    # A breathing or oxygen monitor that keeps alarming on an opioid pump: breathing may be
    # slowing in sleep ("oxygen monitor alarm keeps going off when he sleeps").
    (
        ("alarm",),
        r"\b(?:oxygen|o2|oximeter|ox|sat|sats|saturation|apnea|breathing|respiracion|oxigeno)"
        r" (?:\S+ ){0,2}?alarm (?:\S+ ){0,3}?(?:keeps|keep|kept|going off|goes off|went off"
        r"|all night|again|sigue|toda la noche)\b",
        SLOW_BREATHING,
        "urgent",
        True,
    ),
    (
        ("pump", "medication"),
        # not "take the gabapentin with this pump or stop it": a choice, not a fault
        rf"\bpump {_g(3)}(?<!\bor )(?:empty|vacia|ran out|run out|ran dry|running out|stop|quit"
        rf"|broke|broken"
        rf"|not working|isnt working|wont work|dont work|no funciona|no esta funcionando|dejo de"
        rf" funcionar|se acabo|se vacio)\b(?! {_g(1)}(?:alarm|sonar|sounding|noise|making|ruido"
        r"|beep\w*|pit\w*))"
        rf"|\b(?:se acabo|se vacio|ran out of) {_g(2)}(?:medication|pump)\b"
        rf"|\bpump {_g(2)}no tiene {_g(2)}medication\b"
        rf"|\b(?:se acabo|se vacio) {_g(2)}pump\b",
        PUMP_PROBLEM,
        "urgent",
        True,
    ),
    # A refill missed or late: the pump may run dry, a nurse checks today ("sweating ... since
    # the refill was late"). Not one of the withdrawal signs themselves.
    (
        ("refill", "overdue"),
        rf"\brefill {_g(1)}(?:was|is|got|has been|fue|came) (?:late|overdue|pushed back|missed"
        r"|delayed)\b|\bpump (?:is |was )?overdue\b|\bmissed (?:my|his|her|the) (?:pump )?refill\b"
        # "se me pasó la cita del rellenado de la bomba"
        r"|\b(?:se me paso|se le paso|se nos paso|perdi|perdio|falte a|falto a|no fui a|missed)"
        r" (?:la |mi |su |my |his |her |the )?appointment (?:del |de la |de |for the |for my )?"
        r"refill\b",
        REFILL_LATE,
        "urgent",
        False,
    ),
    (
        ("shaking", "stop"),
        rf"\bshaking {_g(2)}(?:uncontrollabl\w*|nonstop|sin parar|sin control|violently"
        rf"|so bad|really bad)\b|\b(?:cant|no puedo|no puede) {_g(1)}(?:stop|dejar de|parar de)"
        r" shaking\b",
        SHAKING,
        "emergency",
        False,
    ),
    (
        ("frio", "cold", "freezing", "warm", "calentar"),
        rf"\b(?:im|i'm|i am|feel\w*|tengo|tiene|siento|me da|me dan|estoy|esta|muy) {_g(2)}(?:frio"
        r"|frios|cold|freezing)\b(?! (?:outside|afuera|today|hoy|weather|here|aqui|in here|air))"
        r"|\bcant get warm\b|\bno (?:me )?(?:puedo|puede) calentar\b",
        CHILLS,
        "urgent",
        True,
    ),
    (
        ("pain", "dolor"),
        rf"\bpain {_g(3)}(?:went|gone|going|goes|has gone|is going|came|coming|shot|jumped"
        r"|creeping|crept|creeps|creep|inching|inched|ticking|ticked|sneaking|edging|edged)"
        rf" up\b|\bpain {_g(2)}(?:subio|subiendo|sube|higher|stronger|climbing)\b"
        r"|\bpain (?!relief)(?:is |s |has |has been |feels )?(?:about |almost |nearly |like )?"
        r"(?:double|twice|doubled) (?:what it was|as bad|as much|from)\b"
        rf"|\b(?:subio|subiendo|sube|higher|stronger) {_g(2)}pain\b",
        INCREASING_PAIN,
        "urgent",
        True,
    ),
    (
        ("call", "talk", "speak", "hablar", "llam"),
        r"\bcall (?:me|us|back)\b|\b(?:talk|speak|hablar) (?:to|with|con)\b",
        "call request",
        "routine",
        False,
    ),
    # Seizure without the word: eyes rolled back, foaming, stiff and shaking.
    (
        ("eyes", "ojos", "espuma", "foam", "stiff", "jerk", "sacud"),
        rf"\beyes {_g(2)}roll\w* (?:back|up|atras)\b|\broll\w* {_g(1)}eyes\b"
        r"|\bojos (?:en blanco|volteados|virados|para atras|pa tras|pa atras|torcidos)\b"
        rf"|\b(?:voltearon|viraron|torcieron|volteo|viro|puso) {_g(1)}(?:los )?ojos"
        r"(?: en blanco| para atras| pa tras| pa atras)?\b"
        rf"|\bespuma {_g(2)}boca\b|\bfoam\w* {_g(2)}mouth\b"
        rf"|\bstiff {_g(6)}shaking\b|\bshaking {_g(6)}stiff\b"
        r"|\b(?:jerking|sacudidas|sacudiendose|se sacudia|se sacude) (?:all over|todo|toda"
        r"|el cuerpo|his body|her body|uncontrollabl\w*|sin control)\b",
        SEIZURE,
        "emergency",
        True,
    ),
    # Shaking the person and no answer.
    (
        ("sacud", "shak"),
        rf"\b(?:sacud\w*|shaking|shook|shake) {_g(3)}(?:y|and|pero|but)"
        r" (?:nada|na|nothing|no responde|no reacciona|no despierta|no wake|still nothing)\b",
        UNRESPONSIVE,
        "emergency",
        False,
    ),
    # "Took the oxy then took it again an hour later": a second dose on top of the first
    (
        ("took", "tom"),
        r"\b(?:took|tomo|tome) (?:the |my |his |her |la |el |su |mi )?medication (?:, )?(?:then"
        r"|and then|y luego|luego|y despues) (?:\S+ )?(?:took|tomo|tome) (?:it|them|la|las|otra)"
        r" (?:\S+ )?(?:again|otra vez|de nuevo)\b",
        OVERDOSE,
        "emergency",
        False,
    ),
    # "se comió un whole plate de mis gomitas de thc": a plate of edibles, not a meal
    (
        ("thc", "weed", "cannabis", "marijuana", "mota"),
        r"\b(?:ate|eaten|comio|comi|se comio|me comi) (?:\S+ ){0,2}?(?:whole|entire|todo el"
        r"|toda la) (?:plate|bowl|bag|pack|plato|bolsa|paquete) (?:of |de )(?:\S+ ){0,2}?(?:gummies"
        r"|gomitas|edibles|brownies) (?:de |of )?(?:thc|weed|cannabis|marijuana|mota)\b",
        OVERDOSE,
        "emergency",
        False,
    ),
    # More pills than the dose, by mistake or not.
    (
        ("took", "take", "tom", "swallow", "trag", "popped", "downed"),
        rf"(?=\b(?:{_OD_VERB}|double|doble|doubled|duplic))" + _OD_NOT + "(?:"
        rf"\b{_OD_VERB} {_g(3)}(?:(?:like|about|around|maybe|como|unas|unos|casi) )?"
        r"(?:[4-9]|four|five|six|seven|eight|nine|cuatro|cinco|seis|siete|ocho|nueve) "
        rf"{_g(3)}medication\b"
        rf"|\b{_OD_VERB} (?:like|about|around|maybe|como|unas|unos) (?:3|three|tres) {_g(3)}"
        r"medication\b"
        rf"|\b{_OD_VERB}{_OD_NOT_A_DOSE} {_g(5)}(?:twice|double|doble|dos veces|2x|two doses"
        r"|2 doses|extra|de mas|de mas|otra vez|again by|2 times|two times|doble dosis)\b"
        # not "Took it twice cause the thermometer was acting weird": the temperature, twice
        r"(?! (?:cause|because|since|porque) (?:the|my|el|mi) (?:thermometer|termometro))"
        # nor "took it twice to be sure. 98.4 and 98.6": a temperature taken twice
        r"(?!(?<=\bit twice) (?:to be sure|to make sure|to check|to double check)"
        r" [.,] (?:9\d|10\d)\.\d (?:and|y|then|,) (?:9\d|10\d)\.\d\b)"
        rf"|\b{_OD_VERB} {_g(4)}(?:por (?:error|equivocacion|accidente)|by (?:accident|mistake)"
        r"|sin querer|accidentally)\b"
        rf"|\b(?:double|doble|doubled|duplic\w*) {_g(2)}(?:medication|dose|dosis|settings)\b"
        # "i swallowed the rest of the bottle", "gonna take them all at once and be done"
        r"|\b(?:swallowed|took|tome|tomo|trague|trago|popped|downed) (?:the rest of|what was left"
        r" (?:in|of)|all that was left (?:in|of)|el resto de|lo que quedaba (?:en|de)) (?:the |my "
        r"|his |her |el |la |mi |su )?(?:bottle|medication|frasco|bote|botella)\b"
        # "she took it again after lunch, she forgot she took it at 11": a dose taken twice
        r"|\b(?:took|take|taken|tomo|tome) (?:it|them|her|his|my|la|las|sus|su)"
        r"(?! (?:\S+ )?(?:temp|temperature|temperatura|bp|blood pressure|pressure|presion|sugar"
        r"|azucar|pulse|pulso|reading|picture|photo|foto)\b) (?:\S+ ){0,3}?"
        r"(?:again|otra vez|de nuevo)\b(?=[^?]*\b(?:forgot|olvido|olvide|se le olvido|se me"
        r" olvido) (?:\S+ )?(?:she|he|i|that|que) (?:already |ya )?(?:took|had taken|tomo|tome|se"
        r" la tomo|se las tomo)\b)"
        # "se tomó la temperatura y además todo el frasco": the verb said once, for both
        r"|\b(?:swallowed|took|tome|tomo|trague|trago|popped|downed) (?:\S+ ){1,8}?(?:y |and )?"
        r"(?:ademas|tambien|also) (?:todo|toda|todas|todos|the whole|the entire|all)"
        r"(?: [^\s,.;:!?]+){0,4}? (?:bottle|frasco|bote|botella|pills|pastillas)\b)",
        OVERDOSE,
        "emergency",
        False,
    ),
    # "Fatiga": short of breath in the Caribbean, tired in Mexico. Breath words or the
    # Caribbean forms ("fatigao", "fatigaito") make it an emergency; "me da fatiga" is at
    # least urgent; a bare "fatigado" is tiredness.
    (
        ("fatig",),
        rf"\bfatig\w* {_g(4)}(?:breathe|aire|chest|ahog\w*)\b"
        rf"|\b(?:breathe|aire|chest|ahog\w*) {_g(4)}fatig\w*"
        r"|\bfatig(?:ao|aos|aito|aita|andose|uita|a'o)\b",
        TROUBLE_BREATHING,
        "emergency",
        True,
    ),
    (
        ("fatiga",),
        r"\b(?:me|le|te|nos|les) (?:\S+ )?(?:da|dio|daba|entra|entro|dan|agarra|agarro)"
        r" (?:la |una )?fatiga\b"
        r"|\b(?:con|tengo|tiene|tenia|siento|sintio) (?:mucha |una )?fatiga\b",
        TROUBLE_BREATHING,
        "urgent",
        True,
    ),
    (("fatig",), r"\bfatigad[oa]s?\b|\bfatiga\b", TIREDNESS, "routine", True),
    # Rigid without the word: "stiff as a board", "tieso como una tabla".
    (
        ("stiff", "rigid"),
        r"\b(?:stiff|rigid) (?:as|like|como) (?:a |an |una |un )?(?:board|plank|log|rock|statue"
        r"|tabla|palo|piedra|tronco|estatua)\b"
        rf"|\b(?:whole body|body|cuerpo|todo el cuerpo) {_g(2)}(?:stiff|rigid)\b"
        rf"|\b(?:stiff|rigid) {_g(1)}(?:all over|todo el cuerpo|de todo el cuerpo)\b",
        RIGIDITY,
        "emergency",
        True,
    ),
    # Hopelessness and being a burden, said without "suicide".
    (
        ("point", "sentido", "caso", "without me", "sin mi", "burden", "carga", "para que", "pena"),
        r"\b(?:dont|cant|no|dont really) see (?:the |any |a )?point (?:of|in|to) (?:going on"
        r"|living|life|anything|being here|it all|carrying on|keep going)\b"
        r"|\bwhats the point (?:of|in) (?:living|going on|life|anything|being here)\b"
        r"|\bno (?:le )?(?:veo|encuentro|tiene) (?:el |ningun )?(?:sentido|caso) (?:a |de |en )?"
        r"(?:seguir|vivir|la vida|mi vida|estar aqui)\b|\bpara que seguir (?:viviendo|aqui)\b"
        r"|\bno vale la pena (?:seguir )?(?:viviendo|vivir)\b"
        r"|\bbetter off without me\b|\b(?:estarian|estaria|estan|estarán|vivirian) mejor sin mi\b"
        r"|\b(?:im|i'm|i am|soy) (?:just |only |nomas |solo )?(?:a|una) (?:burden|carga)\b",
        SUICIDAL,
        "emergency",
        False,
    ),
    # Pills put aside: a plan, at least urgent.
    (
        ("saved", "saving", "stockpil", "hoard", "guard", "junt", "ahorr", "stash"),
        rf"\b(?:saved|saving|stockpil\w*|hoard\w*|stash\w*|guardando|guarde|guardado\w*"
        rf"|juntando|junte|ahorrando|ahorre) (?:up )?{_g(2)}medication\b"
        rf"|\bmedication {_g(2)}(?:saved up|stockpiled|stashed|guardad\w*|juntad\w*"
        r"|ahorrad\w*)\b",
        "medication saved up",
        "urgent",
        False,
    ),
    # ...for when it's enough: a plan.
    (
        ("saved", "saving", "stockpil", "hoard", "guard", "junt", "ahorr", "stash"),
        rf"\b(?:saved|saving|stockpil\w*|hoard\w*|stash\w*|guardando|guarde|juntando|junte"
        rf"|ahorrando) (?:up )?{_g(2)}medication {_g(2)}(?:for when|in case|para cuando|por si)\b",
        SUICIDAL,
        "emergency",
        False,
    ),
    # "Mas o menos", "so-so": not fine, a nurse should ask.
    (
        (
            "mas o menos",
            "so so",
            "meh",
            "regular",
            "ahi ",
            "more or less",
            "could be",
            "ni bien",
            "not great",
            "not good",
            "not ok",
        ),
        r"\bmas o menos\b|\bso so\b|\bmeh\b|\bmore or less\b|\bcould be better\b"
        r"|\bni bien ni mal\b|\bahi (?:vamos|nomas|va|andamos|la llevo|la llevamos)\b"
        r"|\bnot (?:great|good|ok|okay)(?: ,)?(?: but)? not (?:terrible|bad|awful|horrible)\b"
        r"|(?:^|\b(?:estoy|ando|siento|feel|esta|pues|todo) )regular(?= [.,!?]|$)",
        SO_SO,
        "routine",
        False,
    ),
    # "no entiendo bien el mensaje", "no duermo bien", "no le oigo bien": a thing not done
    # well, not a "no" to the check-in beside a "bien"
    (("bien",), _no_verb_well(_NOT_DONE_WELL), SO_SO, "routine", False),
    # "no camina bien", "no se mueve bien": walking or moving gone wrong, as a weakness
    # (not "igual que antes de la cirugia": the usual, not new)
    (
        ("bien",),
        _no_verb_well(_NOT_WALKING_WELL) + r"(?![^.!?]*\b(?:igual que antes|same as before"
        r"|como siempre|de siempre|as always|like always|desde hace años)\b)",
        WEAKNESS,
        "urgent",
        False,
    ),
    # Voice-to-text "pues" for pus; a smell said plainly.
    (
        ("pues",),
        r"\b(?:sale|salen|saliendo|salio|echa|echando|bota|botando|supura|tiene|con) pues"
        r"(?! (?:que|si|no|bien|nada|ya|eso|mira|sabe|como|nomas|todo|la|el|lo|me|le|y|a))\b"
        r"|\bpues (?:amarill\w*|verde\w*|blanc\w*|espes\w*|yellow|green|white)\b",
        PUS,
        "urgent",
        True,
    ),
    (
        ("smell",),
        r"\bsmell (?:\S+ )?(?:feo|fea|mal|bad|awful|horrible|terrible|nasty|rancio|podrido|chuco"
        r"|fuchi|gross|funky|weird|raro|off|rotten|like)\b|\bchuco\b",
        BAD_SMELL,
        "urgent",
        True,
    ),
    (
        ("bee", "beep"),
        r"\b(?:bee|be) p?ing\b|\bbeep (?:ing|in|en)\b|\bbeeb\w*",
        PUMP_ALARM,
        "urgent",
        True,
    ),
    # "I'll ask him when he wakes up", "le pregunto cuando se levante": an answer to come.
    (
        (
            "ask",
            "pregunt",
            "answer",
            "reply",
            "text",
            "aviso",
            "get back",
            "respond",
            "contest",
            "hablo",
            "hablar",
        ),
        r"\b(?:i'll|ill|sick|i will|will|let me|lemme|voy a|te|le|les|dejame|deje) "
        r"(?:ask|check with|pregunto|preguntarle|preguntar|answer|reply|text you back"
        # not "le contesto por mi mama": answering now, for her
        r"|get back to you|respond|contesto(?! por)|aviso (?:luego|despues|mas tarde|cuando)"
        r"|hablo (?:mas tarde|luego|despues)|have (?:him|her) (?:answer|call|text))\b"
        # "no puedo hablar ahorita, estoy en el trabajo": busy, not speech lost
        r"|\b(?:puedo|puede) (?:hablar|contestar) (?:ahorita|ahora|right now)"
        r"(?= ,? ?(?:estoy|esta|ando|anda) (?:en el |en la )?(?:work|trabajo|jale|chamba|drive"
        r"|ocupad[oa]|junta|reunion|clase|iglesia|misa))",
        ANSWER_LATER,
        "routine",
        False,
    ),
    # Figures of speech: "paralyzed with fear", "que bola" (a Cuban greeting).
    (
        ("paralyzed", "que lump"),
        r"\bparalyzed (?:de|del|por|con) (?:el )?(?:miedo|susto|terror|panico|nervios)\b"
        r"|\bparalyzed (?:with|by) (?:fear|fright|terror|panic|anxiety|worry|nerves)\b"
        r"|\bque lump(?= [,.!?]| asere| acere| mi | brother| man| bro|$)",
        NEUTRAL,
        "ok",
        False,
    ),
    # Pain running down an arm: a chest sign when sweating goes with it (see _combine).
    (
        ("arm", "brazo", "jaw", "mandibula", "quijada"),
        rf"\b(?:pain|tight) {_g(5)}(?:down|into|to|in|a|al|hacia|por|en) {_g(2)}"
        r"(?:arm|arms|brazo|brazos|jaw|mandibula|quijada)\b",
        RADIATING_PAIN,
        "urgent",
        True,
    ),
    # "About 3 this morning, usually 8 by supper": a score of 8-10 the day still reaches; not
    # "was usually a 9 before the trial", nor "usually a 9 before, now 2"
    (
        ("usually", "normally", "usualmente", "normalmente"),
        r"(?<!was )(?<!were )(?<!used to be )(?<!era )\b(?:usually|normally|usualmente|normalmente)"
        r" (?:an? |un )?(?:8|9|10)\b(?! (?:\S+ ){0,4}?(?:before|antes|prior|pre|until|hasta))"
        # not "usually 8 hours of sleep", "normally 10 mg"
        r"(?! (?:hours?|hrs?|horas?|mg|mcg|ml|pills?|tabs?|times|veces|days?|dias?|min\w*|am|pm))"
        r"(?!.*\b(?:used to|solia|was|were|era)\b)",
        SEVERE_PAIN,
        "urgent",
        False,
    ),
    # "my back is killing me", "la espalda me está matando": severe pain told without "pain"
    (
        ("killing", "matando"),
        r"\b(?:back|leg|legs|hip|hips|neck|butt|spine|espalda|pierna|piernas|cadera|cuello)"
        r" (?:is |are |has been |been |es |esta )?(?:just |really |real )?killing me\b"
        r"|\b(?:espalda|pierna|piernas|cadera|cuello) me (?:esta |estan )?matando\b"
        # "Was minimal pain. Now it's killing me": the pain, told as "it" after a "now"
        r"|\bnow (?:it's |its |it is |it )(?:just |really |real )?killing me\b"
        # "my pain is not like it was, its killing me": "it" after the pain in its sentence
        r"|\bpain (?:(?!fine |ok |okay |good |better |great |gone |but )[^ .!?;:]+ ){0,8}?"
        r"(?:, |and |now )(?:it's |its |it is )(?:just |really |real )?killing me\b"
        r"|\bme (?:esta|estan) matando (?:la|las|el) (?:espalda|pierna|piernas|cadera|cuello)\b",
        SEVERE_PAIN,
        "urgent",
        True,
    ),
    (("ride",), r"\bride in\b", "question about driving", "routine", False),
    # "they said someone would call ... and nobody did": a call owed, a nurse's to make
    (
        (
            "nobody",
            "nadie",
            "never",
            "nunca",
            "no me",
            "no nos",
            "no le",
            "heard back",
            "a call",
            "been called",
        ),
        r"\bnobody (?:ever |has |have )?(?:did|called|call)\b|\bnever (?:ever )?(?:called|call)\b"
        r"|\bnadie (?:me |nos |le )?(?:ha |han )?(?:llamo|llamado|call)\b"
        # "Dr said he'd call with the plan and never did", "no me han llamado todavía"
        r"|\bcall\b[^.!?]{0,40}?\b(?:and|but|pero|y) (?:he |she |they |nobody |no one |noone )?"
        r"(?:never|nunca) (?:did|has|have|lo hizo|llamo)\b"
        r"|(?<=\bno )(?:me |nos |le )(?:han |ha )?(?:llamo|llamado|llamaron|call)\b(?! la atencion)"
        r"|\b(?:havent|haven't|hasnt|hasn't|never|still not) (?:heard back|gotten a call"
        r"|got a call|been called|had a call)\b",
        CALL_NOT_RETURNED,
        "routine",
        False,
    ),
    # "I was supposed to get a paper saying I can go back to work ... never got it"
    (
        ("supposed to", "never got", "never came", "never arrived", "still haven't", "nunca"),
        r"\b(?:supposed to|was going to|were going to|said (?:i'd|id|i would|they'd|theyd)"
        r"|iba a|iban a|me iban a) (?:get|receive|send|mail|fax|recibir|mandar|enviar)\b"
        r"[^.!?]{0,80}?\b(?:never (?:got|came|arrived|did|showed)|still (?:haven't|havent|hasn't"
        r"|hasnt|didn't|didnt) (?:got|gotten|come|arrived)|nunca (?:llego|me llego|lo recibi|la"
        r" recibi))\b",
        NOT_RECEIVED,
        "routine",
        False,
    ),
    # "I don't have a pump", "wrong number": the text reached someone else; a person checks
    (
        ("pump", "bomba", "wrong", "equivoc"),
        r"\b(?:dont|don't|do not|never had|no) (?:have|tengo|tiene) (?:a |the |any |ninguna "
        r"|una |la )?(?:pump|bomba)\b(?! (?!anymore|yet|todavia)\w)|\bwrong (?:number|person)\b"
        r"|\bnumero equivocado\b"
        # "creo que se equivocaron de numero, a mi no me pusieron ningun cateter"
        r"|\bse (?:equivocaron|equivoco|equivocan) de (?:numero|persona|paciente)\b",
        "wrong person",
        "routine",
        False,
    ),
    # Words read for a sign that are not one: a headache "same whether I'm up or lying down"
    # (no posture to it: combine.py reads the headache, told so with no change over time, as
    # one posture does not change), hands "shaken out" in the morning, "cheat on salt" (read
    # as chest), "how much fluid am I allowed" (to drink).
    (
        ("whether", "shaking", "chest", "fluid"),
        r"(?<!not )(?<!not the )\bsame (?:whether|if) (?:i'm |im |i am |i |she's |shes |he's"
        r" |hes )?(?:up|upright) or (?:lying|laying|flat)(?: down)?\b"
        r"|\bshaking (?:them|it|my hands|my fingers|my arms|my legs) out\b"
        r"|\bchest on (?:my |the )?(?:salt|diet|sodium|sugar|carbs|sweets)\b"
        r"|\bhow (?:much|many) fluids? (?:am i|is he|is she|are we) allowed\b"
        r"|\bfluids? (?:restriction|limit|intake|allowance)\b",
        NEUTRAL,
        "ok",
        False,
    ),
    # A headache told by posture: "head pounds when I sit up, goes away lying flat".
    (
        ("head", "cabeza", "migraine", "skull"),
        rf"\b(?:head|headaches?|cabeza|migraines?|skull) {_g(6)}(?:upright|sit up|stand|sentad[oa]"
        rf"|parad[oa]|me feel|get up|getting up|im up|i'm up|i am up|up and about|(?:se|me) para"
        r") (?:[^ ]+ ){0,8}?(?:lying|flat|acostad[oa]|recostad[oa]"
        # "better on the couch", "se me quita en la cama": lying told by where
        r"|(?:better|fine|ok|okay|gone|goes away|eases|mejor|quita) (?:\S+ ){0,2}?(?:on the"
        r" (?:couch|sofa|bed)|in (?:bed|my recliner)|en (?:la cama|el sofa)))\b"
        # not "do I still need to keep my head flat or can I sit up?": the instructions
        r"|\b(?<!keep my )(?<!keep )(?<!keep his )(?<!keep her )(?<!mantener la )(?:head|cabeza)"
        rf" {_g(6)}(?:lying|flat|acostad[oa]) {_g(8)}(?:upright|sit up|stand)\b"
        r"|\b(?:it|head|cabeza) (?:pounds|pounding|throbs|throbbing|hurts|duele) (?:\S+ ){0,3}?"
        r"(?:when|cuando|if|si) (?:she|he|i|you|se|me|le) (?:sits? up|upright|stands?|gets? up)\b"
        # "every time I stand up my head pounds": the posture first, then the head
        rf"|\b(?:every time|whenever|when|each time|cuando|anytime) (?:i|he|she|me|se) upright"
        rf"(?: up)? {_g(3)}(?:head|cabeza) (?:pounds|pounding|throbs|throbbing|pain|aches|kills"
        r"|killing|duele|explodes)\b"
        rf"|\b(?:upright|sit up|stand|sentad[oa]|parad[oa]|get up|getting up) {_g(8)}(?:head"
        rf"|cabeza) {_g(8)}"
        rf"(?:lying|flat|acostad[oa]|recostad[oa])\b"
        # "headache when im up gone when im down", "goes away on the sofa and comes back when
        # she gets up", "gone when I'm reclined, back when I'm up": the head word alone is the
        # finding, so what follows it ("is back") is still read
        rf"|\b(?:head|headaches?|migraines?|cabeza)\b(?= {_g(10)}(?:(?:gone|goes away|go away"
        r"|went away|fine|better|eases|quits|lets up|let up|stops) (?:when|once|if|while|on|in) "
        r"(?:(?:i'm|im|i am|i|she's|shes|she|he's|hes|he|the|my|her|his|a) ){0,2}(?:down|reclined"
        r"|recline|reclining|recliner|couch|sofa|bed|lying|laying|lie|lay)\b|(?:comes back"
        r"|came back|is back|its back|it's back|starts|kicks in|returns|hits|pounds|kills) (?:when"
        r"|once|as soon as|after) (?:i'm|im|i am|she's|shes|he's|hes|she|he|i) (?:up|gets up"
        r"|get up|got up|upright|on (?:my|her|his) feet)\b))"
        r"|\b(?:after|once|when) (?:i'm|im|i am|she's|shes|he's|hes) up (?:a |for )?(?:\S+ ){0,2}"
        rf"{_g(2)}(?:head|headaches?|cabeza) (?:kills|pounds|throbs|hurts|aches|starts)\b",
        POSITIONAL_HEADACHE,
        "urgent",
        True,
    ),
    # "no headache when I stand, but I get one when I sit up": the "one" is a headache, and the
    # "no" before it is not its denial
    (
        ("one", "them"),
        r"\bheadaches? (?:\S+ ){0,6}?(?:but|pero) (?:i|he|she) (?:get|gets|got|have|has)"
        r" (?:one|them) (?:when|whenever|if|each time|every time|as soon as) (?:i|he|she)"
        r" upright\b",
        POSITIONAL_HEADACHE,
        "urgent",
        False,
    ),
    # Tagalog: won't wake, unconscious ("hindi siya magising", "wala siyang malay").
    (
        ("magising", "gumigising", "malay"),
        r"\bhindi (?:siya |po |na |namin )*(?:magising|gumigising)\b"
        r"|\bwala(?:ng)? (?:siyang |po |siya )*malay\b(?! ko)",
        UNRESPONSIVE,
        "emergency",
        False,
    ),
    # Tagalog: cannot move, cannot walk ("hindi po siya makagalaw", "hindi ako makalakad").
    (
        ("makagalaw", "gumagalaw", "makakilos", "makalakad"),
        r"\bhindi (?:siya |sya |po |na |ako |niya )*(?:makagalaw|gumagalaw|makakilos"
        r"|makalakad)\b",
        WEAKNESS,
        "urgent",
        False,
    ),
    # Tagalog: cannot be talked to ("hindi po siya makausap").
    (
        ("makausap",),
        r"\bhindi (?:siya |sya |po |na |namin |ko )*makausap\b",
        CONFUSION,
        "urgent",
        False,
    ),
    # Tagalog: wanting to die ("gusto ko nang mamatay", "magpakamatay").
    (
        ("mamatay", "magpakamatay", "mabuhay"),
        r"\bgusto(?:ng)? (?:\S+ ){0,3}?mamatay\b|\bmag(?:pa)?pakamatay\b"
        # "ayaw na niyang mabuhay": does not want to live any more
        r"|\bayaw (?:\S+ ){0,2}?mabuhay\b",
        SUICIDAL,
        "emergency",
        False,
    ),
    # Water or fluid coming out, in Tagalog: "may lumalabas na tubig sa dressing".
    (
        ("tubig", "likido", "fluid"),
        r"\b(?:lumalabas|lumabas|drainage) (?:na |ng |linker )?(?:tubig|likido|fluid)\b"
        # "may tubig na lumalabas sa sugat"
        r"|\b(?:tubig|likido) (?:na |ng |linker )?(?:lumalabas|lumabas)\b"
        # only the ice pack's own water ("lumalabas sa ice pack"), not "... nilagyan ko ng ice"
        r"(?! (?:galing |mula )?sa (?:\S+ )?(?:ice|yelo)\b)",
        DRAINAGE,
        "urgent",
        True,
    ),
    # "I past out for a few seconds": passed out, misspelled
    (
        ("past out",),
        r"\b(?:i|he|she|just|almost|nearly|kinda|kind of) past out\b(?! of)"
        # asleep, not fainted ("past out early last night, slept 9 hrs"); not "getting into bed"
        r"(?![^.!?]*\b(?:early|slept|sleep|asleep|nap|napped)\b)",
        FAINTING,
        "emergency",
        True,
    ),
    # No pulse: "Wala pong pulse si lolo", "he has no pulse" (not a pulse oximeter)
    (
        ("pulse", "pulso"),
        r"\b(?:no|wala|walang|sin|cant find (?:a |his |her )?) ?(?:po |pong |a |any )?"
        r"(?:pulse|pulso)\b(?! ?ox)"
        r"(?! (?:problems?|issues?|concerns?|changes?|trouble)(?: ,| \.| or\b| and\b| at all\b|$))",
        UNRESPONSIVE,
        "emergency",
        False,
    ),
    # An itch "like always" that "started after the pump was filled": new after the refill
    (
        ("itching",),
        r"\bitching\b[^.!?]*[.!?,]? ?(?:it |this |the itch )?(?:started|began) (?:right )?after"
        r" (?:the |my )?(?:pump|refill)",
        ITCHING,
        "urgent",
        False,
    ),
    # Bleeding that filled a towel: "ya llené una toalla", "soaked two towels"
    (
        ("toalla", "towel"),
        r"\bbleeding\b[^.!?]*\b(?:llene|llenamos|lleno|empape|empapo|soaked|filled) (?:una |la "
        r"|dos |tres |a |two |three |the )?(?:toallas?|towels?)\b",
        UNCONTROLLED_BLEEDING,
        "emergency",
        False,
    ),
    # Tagalog: cannot breathe, hard to breathe, out of breath ("hindi po siya makahinga",
    # "hirap siyang huminga", "hinihingal po siya").
    (
        ("hindi", "hirap", "hinihingal"),
        r"\b(?:hindi|di) (?:siya |sya |po |na |linker |ako |niya )*(?:makahinga|breathe)\b"
        r"|\bhirap (?:siyang |siya |sya |po |na |linker |akong |ako |pa )*(?:huminga|makahinga)\b"
        r"|(?<!\bhindi linker )(?<!\bhindi )(?<!\bdi linker )(?<!\bhindi po )"
        r"(?<!\bhindi linker siya )(?<!\bhindi siya )\bhinihingal\b",
        TROUBLE_BREATHING,
        "emergency",
        True,
    ),
    # Tagalog: lips turning dark or purple ("nangingitim ang labi", "kulay ube ang labi").
    (
        ("labi",),
        r"\b(?:nangingitim|kulay ube|ube|asul|nagiging asul|maitim) (?:na |linker |ang |po |yung "
        r"|mga |ng )*labi\b"
        # ("ay" reads as "hay" in the lemma text)
        r"|\blabi (?:niya |nya |po |ay |hay |ni \S+ )*(?:nangingitim|kulay ube|asul|maitim)\b",
        BLUE_LIPS,
        "emergency",
        True,
    ),
    # Tagalog: a stiff neck ("matigas po ang leeg"); with a fever it is an emergency.
    (
        ("leeg",),
        r"(?<!\bhindi )(?<!\bhindi po )(?<!\bdi )"
        r"\bmatigas (?:po |na |linker |ang |yung |ng )*leeg\b"
        r"|\bleeg (?:niya |nya |po |ay |hay |ko |ni \S+ )*matigas\b",
        STIFF_NECK,
        "urgent",
        True,
    ),
    # Tagalog: hard to wake ("hirap gisingin"; not "ayaw pa gumising": would rather sleep).
    (
        ("gisingin", "magising"),
        r"\bhirap (?:siyang |siya |sya |niyang |nyang |po |na |linker |namin |pa )*"
        r"(?:gisingin|magising)\b",
        UNRESPONSIVE,
        "emergency",
        True,
    ),
    # Tagalog: cannot feel a leg or foot ("wala po akong maramdaman sa binti ko"): numbness
    (
        ("maramdaman", "nararamdaman"),
        r"\b(?:wala|hindi) (?:po |pong |na |linker |akong |ako |siyang |siya |ko |niya )*"
        r"(?:maramdaman|nararamdaman) (?:sa |ng )?(?:\S+ ){0,2}?"
        r"(?:binti|paa|hita|legs?|feet|foot)\b",
        NUMBNESS,
        "urgent",
        False,
    ),
    # Tagalog: a hot body or forehead is a fever ("mainit po ang katawan ni nanay"); not a hot
    # head ("mainit ang ulo": angry).
    (
        ("mainit",),
        r"\bmainit (?:po |na |linker |pa |ang |yung |ng |talaga )*(?:katawan|noo)\b"
        # "mainit siya" (he is hot): of a person, not of the day ("mainit ngayon")
        r"|\bmainit (?:po |pa |talaga )*(?:siya|sya|si \S+)\b",
        FEVER,
        "urgent",
        True,
    ),
    # A wet or pinkish spot on the dressing is drainage.
    (
        ("dressing", "venda", "gasa", "bandage", "wet", "damp", "soak", "mojad", "humed", "parche"),
        rf"\bmanch\w* {_g(2)}(?:dressing|venda|vendaje|gasa)\b"
        rf"|{_NOT_GETTING_IT}(?<!mojar la )(?<!mojar el )"
        rf"\b(?:dressing|venda|vendaje|gasa) {_NOT_GETTING_WET}"
        rf"{_g(5)}(?<!no )(?<!not )(?<!isnt )(?<!sin )(?:wet|damp|soggy|mojad(?:it)?[oa]s?"
        r"|humed[oa]|manch\w*"
        rf"|pinkish|pink|rosad[oa]|yellow\w*|amarill\w*|crusty|crust)\b"
        rf"|\b(?:wet|damp|mojad(?:it)?[oa]s?|humed[oa]) {_g(4)}(?:dressing|venda|vendaje|gasa)\b"
        # "sheet under my back was wet in morning, I think from catheter place"
        rf"|\b(?:wet|damp|soaked|mojad(?:it)?[oa]s?|humed[oa]) (?:[^ .!?]+ ){{0,8}}?"
        rf"(?:from|de|near|by"
        rf"|around|at|where|donde) {_g(2)}(?:catheter|cateter|site|incision|herida|wound|pump"
        r"|bomba|drain)\b"
        # "la herida está mojada", "the wound is wet"
        # "el parche del catéter amaneció mojadito": so it was found in the morning
        r"|\b(?:herida|wound|incision|cateter|catheter|parche) (?:del (?:cateter|catheter) )?"
        r"(?:esta |is |se ve |se siente |feels |looks |got |amanecio |quedo )?"
        r"(?:bien |muy |un poco |a little |kinda )?"
        r"(?:wet|damp|mojad(?:it)?[oa]s?|humed[oa])\b",
        DRAINAGE,
        "urgent",
        True,
    ),
    # Trying to pee and only dribbling; hasn't been able to pee.
    (
        ("urinate",),
        rf"\b(?:trying|tried|try|intenta\w*|trata\w*) {_g(2)}urinate {_g(8)}(?:only|nothing"
        rf"|dribble|little|poquito|nada|gotas|gotitas|nomas)\b"
        rf"|\b(?:havent|hasnt|not|no) (?:been )?(?:able|podido|pudo|puede) {_g(2)}urinate\b",
        TROUBLE_URINATING,
        "urgent",
        True,
    ),
    # Fluid seen, not named: "a wet spot on my shirt where the catheter was", "clear and watery",
    # "some wet coming out where the line goes in", "soaked the tape".
    (
        ("wet", "damp", "watery", "soggy", "soak"),
        r"\b(?:wet|damp|soggy) (?:spot|spots|patch|patches|stain|stains|circle|ring)\b"
        r"|\b(?:wet|wetness|damp|dampness) (?:\S+ ){0,2}?(?:coming|leaking|seeping|dripping"
        r"|running) (?:out|from)\b"
        r"|\b(?:soaked|soaking|soaks|soak) (?:through )?(?:the |my |his |her )?(?:tape|dressing"
        r"|gauze|band aid|bandaid|tegaderm|pad)\b(?! off)"
        r"|\b(?:clear|thin|pinkish|yellowish) (?:and |y )?watery\b|\bwatery (?:fluid|liquid)\b"
        # "pillow was wet under my back this morning, not sweat, its coming from the site"
        r"|\b(?:wet|wetness|damp|soaked) (?:[^ .!?]+ ){0,14}?(?<!\bnothing )(?<!\bno )(?<!\bnot )"
        r"(?<!\bnada )(?<!\bno fluid )(?<!\bnothing is )(?<!\bnothings )(?<!\bnothing's )"
        r"(?<!\bisnt )(?<!\bisn't )(?<!\bnone )(?:coming|leaking|seeping|dripping"
        rf"|running|oozing) (?:out of|from) {_g(2)}(?:catheter|cateter|site|incision|herida|wound"
        r"|pump|bomba)\b",
        DRAINAGE,
        "urgent",
        True,
    ),
    # A wound that gapes: "the cut has a gap", "I can see inside".
    (
        ("gap", "inside", "adentro", "dentro"),
        rf"\b(?:cut|incision|wound|herida|cortada|stitches|puntos|dressing) {_g(6)}(?:gap|gaping"
        rf"|see inside|ver adentro|ver dentro|se ve adentro|hueco|hoyito|hoyo)\b"
        rf"|\b(?:can|puedo|se puede) {_g(1)}(?:see|ver) (?:inside|adentro|dentro)\b",
        WOUND_OPENING,
        "urgent",
        True,
    ),
    # Stitches or staples that popped.
    (
        ("stitch", "staple", "puntos", "grapa"),
        rf"\b(?:stitch\w*|staple\w*|puntos|punto|grapas|grapa) {_g(4)}(?:popped|pop|came out|broke"
        r"|fell out"
        rf"|snapped|se (?:me |le )?(?:salio|salieron|solto|soltaron|rompio|rompieron|abrio|abrieron"
        rf"|revento|reventaron))\b"
        # "the stitches when out": "went out", typed by sound, right after the stitches
        r"|\b(?:stitches|staples) (?:went|when) out\b(?! \w+ing\b)",
        WOUND_OPENING,
        "urgent",
        True,
    ),
    # The wound's edges apart, or a size of opening: "the edges are separating", "1cm open".
    (
        ("edge", "borde", "cm", "mm", "inch"),
        r"(?<!tape )(?<!bandage )(?<!dressing )(?<!strip )(?<!strips )(?<!gauze )(?<!glue )"
        r"\b(?:edges?|bordes?) (?:(?!(?:not|no|arent|isnt|werent|never|havent|hasnt|nada|ya|tape"
        r"|bandage|dressing|strips?|gauze|glue|band ?aids?|tegaderm|patch|parche|cinta|venda|gasa"
        r"|curitas?)\b)[^ .!?;:]+ ){0,4}?(?:separat\w*|separad\w*|separan|apart"
        rf"|not (?:together|closed|closing)|abiert\w*)\b{_UNASKED}"
        r"|\b(?:wound|incision|herida|cut|scar|cicatriz|edges?|bordes?)\b[^.!?]{0,40}?"
        rf"\b\d+(?:[.,]\d+)? ?(?:cm|mm|inch|inches) (?:open|opening|abiert\w*)\b{_UNASKED}",
        WOUND_OPENING,
        "urgent",
        True,
    ),
    # A limb going to sleep: "se me esta durmiendo el pie".
    (
        ("durm", "dormid", "duerm"),
        rf"\b(?:durmiendo|dormid[oa]s?|durmio|durmieron|duerme|duermen) {_g(2)}(?:pie|pies|foot"
        rf"|feet"
        rf"|mano|manos|hand|hands|legs|pierna|brazo|brazos|arm|arms|dedos|fingers|toes)\b"
        r"|\bse (?:me|le) (?:duerme|duermen|durmio|durmieron)\b",
        TINGLING,
        "urgent",
        True,
    ),
    # Crusts along the incision: "yellow crust", "costras amarillas".
    (
        ("crust", "costra"),
        rf"\b(?:yellow\w*|amarill\w*|green\w*|verde\w*) {_g(1)}(?:crust\w*|costra\w*)\b"
        rf"|\b(?:crust\w*|costra\w*) {_g(1)}(?:yellow\w*|amarill\w*|green\w*|verde\w*)\b",
        DRAINAGE,
        "urgent",
        True,
    ),
    # Limbs that feel asleep, fuzzy or prickly.
    (
        (
            "fingers",
            "feet",
            "foot",
            "toes",
            "dedos",
            "pies",
            "hand",
            "manos",
            "legs",
            "arm",
            "brazo",
            "agujas",
            "alfileres",
        ),
        rf"\b(?:fingers|feet|foot|toes|dedos|pies|pie|hand|hands|manos|mano|legs|arm|arms|brazo"
        rf"|brazos) {_g(3)}(?:fuzzy|asleep|dormid[oa]s?|prickly|pins)\b"
        rf"|\bcomo (?:de )?(?:agujas|alfileres|agujitas)\b",
        TINGLING,
        "urgent",
        True,
    ),
    # "Hot to the touch", said of a person: a fever.
    (
        ("touch",),
        r"\b(?:shes|hes|she's|he's|she is|he is|im|i'm|i am|skin|feels|se siente) (?:really |so "
        r"|very "
        r"|muy )?warm to the touch\b",
        FEVER,
        "urgent",
        True,
    ),
    # Hard as a stone under the skin.
    (
        ("piedra", "rock", "stone"),
        r"\b(?:como|like) (?:una |a )?(?:piedra|rock|stone)\b|\brock hard\b|\bhard as a rock\b",
        HARDNESS,
        "urgent",
        True,
    ),
    # To the bathroom and nothing comes out.
    (
        ("bathroom", "bano"),
        rf"\b(?:bathroom|bano|toilet) {_g(4)}(?:nothing|nada|only a little|apenas) {_g(1)}(?:comes"
        rf"|came"
        rf"|sale|salio)\b",
        TROUBLE_URINATING,
        "urgent",
        True,
    ),
    # The device squealing: "la maquinita esta chillando".
    (
        ("chill", "pit", "pump"),
        rf"\bpump {_g(4)}(?:chillando|chilla|chillo|pitando|pita|pito|pitido\w*|squeal\w*"
        rf"|screech\w*)\b",
        PUMP_ALARM,
        "urgent",
        True,
    ),
    # Neck pain with fever (see _combine): "dolor de nuca".
    (
        ("nuca",),
        rf"\bpain de (?:la )?nuca\b|\bnuca {_g(2)}(?:pain|tiesa|dura|rigida|stiff)\b",
        STIFF_NECK,
        "urgent",
        True,
    ),
    # "Ya no lo aguanto": pain past bearing.
    (
        ("aguant", "soport"),
        r"\bpain (?:\S+ ){0,3}?no (?:lo |la )?(?:aguanto|aguanta|soporto|soporta)\b",
        SEVERE_PAIN,
        "urgent",
        False,
    ),
    # "I feel hot", "me siento caliente": feverish, said of the person.
    (
        ("warm",),
        r"\b(?:i|he|she|im|i'm|hes|shes|he's|she's) (?:feel|feels|felt|feeling) (?:\S+ )?warm\b"
        r"(?! (?:\S+ )?(?:incision|wound|site|herida|back|espalda|belly|pump|skin|area|spot|there))"
        r"|\b(?:me|se) (?:feel|siente|sentia) (?:muy |bien )?(?:warm|afiebrad\w*)\b"
        r"(?! (?:\S+ )?(?:herida|espalda|incision|bomba|piel|zona|area))",
        FEVER,
        "urgent",
        True,
    ),
    # "Cuerpo cortado": aching and feverish all over.
    (
        ("cortado",),
        r"\bcuerpo (?:\S+ )?cortado\b",
        FEVER,
        "urgent",
        True,
    ),
)

# One-word rules: lemma -> (symptom, level, negatable).
SINGLES: dict[str, tuple[str, str, bool]] = {
    "seizure": (SEIZURE, "emergency", True),
    "faint": (FAINTING, "emergency", True),
    "unresponsive": (UNRESPONSIVE, "emergency", True),
    "slurred": (SLURRED_SPEECH, "emergency", True),
    "droop": (ONE_SIDED_WEAKNESS, "emergency", True),
    "confused": (CONFUSION, "emergency", True),
    "rigid": (RIGIDITY, "emergency", True),
    "hallucinating": (HALLUCINATIONS, "emergency", True),
    "suicide": (SUICIDAL, "emergency", False),
    "overdose": (OVERDOSE, "emergency", False),
    "paralyzed": (LEG_LOSS, "emergency", True),
    "shaking": (SHAKING, "urgent", True),
    "rash": (RASH, "urgent", True),
    "diarrhea": (DIARRHEA, "routine", True),
    "fever": (FEVER, "urgent", True),
    "chills": (CHILLS, "urgent", True),
    "red": (REDNESS, "urgent", True),
    "warm": (WARMTH, "urgent", True),
    "swelling": (SWELLING, "urgent", True),
    "hard": (HARDNESS, "urgent", True),
    "pus": (PUS, "urgent", True),
    "drainage": (DRAINAGE, "urgent", True),
    "fluid": (DRAINAGE, "urgent", True),
    "smell": (BAD_SMELL, "urgent", True),
    "streaks": (RED_STREAKS, "urgent", True),
    "infection": (INFECTION, "urgent", True),
    "headache": (HEADACHE, "urgent", True),
    "numb": (NUMBNESS, "urgent", True),
    "tingling": (TINGLING, "urgent", True),
    "weak": (WEAKNESS, "urgent", True),
    "alarm": (PUMP_ALARM, "urgent", True),
    "itching": (ITCHING, "urgent", True),
    "sweating": (SWEATING, "urgent", True),
    "anxiety": (ANXIETY, "urgent", True),
    "withdrawal": (WITHDRAWAL, "urgent", True),
    "vomiting": (VOMITING, "urgent", True),
    "sick": (FEELING_UNWELL, "urgent", True),
    "lump": (LUMP, "urgent", True),
    "bleeding": (BLEEDING, "urgent", True),
    "blood": (BLEEDING, "urgent", True),
    "drowsy": (DROWSINESS, "urgent", True),
    "dizzy": (DIZZINESS, "urgent", True),
    "problem": (PROBLEM, "routine", True),
    "nausea": (NAUSEA, "routine", True),
    "tired": (TIREDNESS, "routine", True),
    "constipated": (CONSTIPATION, "routine", True),
    "drive": ("question about driving", "routine", False),
    "bathe": ("question about bathing", "routine", False),
    "brace": ("question about the brace", "routine", False),
    "lift": ("question about lifting", "routine", False),
    "activity": ("question about activity", "routine", False),
    "work": ("question about work", "routine", False),
    "refill": ("question about refills", "routine", False),
    "medication": ("question about medication", "routine", False),
    "appointment": ("appointment", "routine", False),
    "billing": ("billing", "routine", False),
    "call": ("call request", "routine", False),
    "fell": ("had a fall", "routine", True),
    "fallen": ("had a fall", "routine", True),
    "tripped": ("had a fall", "routine", True),
    "cai": ("had a fall", "routine", True),
    "caida": ("had a fall", "routine", True),
    "resbale": ("had a fall", "routine", True),
    "tropece": ("had a fall", "routine", True),
    "sleep": ("question about sleep", "routine", False),
    "settings": ("question about pump settings", "routine", False),
}
# Topics, not signs: "back at work, doing good" is chit-chat; "when can I go back to work?"
# is a question for a nurse.
TOPIC_SYMPTOMS = frozenset(
    symptom
    for symptom, level, _negatable in SINGLES.values()
    if level == "routine"
    and (symptom.startswith("question about") or symptom in {"appointment", "call request"})
) - {
    # a nurse reads these however they are said: pills, sleep, the pump's settings
    "question about medication",
    "question about pump settings",
}
# Topics that need a nurse only when asked about ("when do the stitches come out?").
QUESTION_SINGLES: dict[str, str] = {
    "stitches": "question about stitches",
    "dressing": "question about the dressing",
}

# A word that is no sign next to these: "hard to say", "hot shower", "drink fluids".
NOT_BEFORE: dict[str, frozenset[str]] = {
    # "my fluid limit", "fluid restriction": a dialysis patient's drinking, not drainage
    "fluid": _words("limit limits restriction restrictions intake"),
    "hard": _words(
        "to time day week weekend night for para of work working pews pew benches bench "
        "chairs chair seats seat floor floors bed mattress"
    ),
    "bump": _words("it into my the against"),
    "sleep": _words("well bien fine good great ok okay better mejor rico tranquilo tranquila"),
    "paralyzed": _words("with by"),
    # "a faint whirring noise", "a faint line": faint as an adjective
    "faint": _words(
        "noise noises sound sounds whirring whir whirr buzzing buzz buzzes humming hum hiss "
        "hissing clicking click clicks beep beeps beeping ringing smell odor line lines mark "
        "marks scar glow light voice ticking tick"
    ),
    # the day's heat ("hot today", "warm out there") is weather.weather_after's to judge
    "warm": _words(
        "bathe water compress flash flashes pad pads pack packs compresa compresas bottle towel"
        " toalla"
    ),
    "sick": _words("of and"),
    # the Red Wings, the Red Sox: teams, no sign (not "red bull's eye", "red lobster color");
    # red rice, red beans: food
    "red": _words("wings sox rice beans"),
    "redd": _words("up"),  # Pittsburgh's "redd up the kitchen": tidy it
    "fell": _words("asleep apart behind off for in through short"),
    "cai": _words("bien mal en"),
    # "ill answer later", "ill ask him": I'll
    "ill": _words(
        "answer ask call text let check be get see talk tell send reply respond try have do go "
        "keep update write make take pick bring come wait leave drop grab swing give pay email "
        "stay"
    ),
}
NOT_AFTER: dict[str, frozenset[str]] = {
    "red": _words("arroz frijoles pozole"),  # "arroz rojo": food
    "chills": _words("wind"),  # "wind chill was -15": the weather
    "hard": _words("snowing raining pouring"),  # "snowing hard out here" (not "blowing hard")
    "fluid": _words("drink drinking drank tomar beber tomo more plenty"),
    "warm": _words(
        "hace agua water bolsa bolsas compresa compresas pano panos toalla toallas ponerme poner"
        " ponerle pongo use usar apply aplicar put almohadilla almohadillas heating"
    ),
}
FEVERISH = (VERY_HIGH_FEVER, FEVER)  # in this order: the worse reading is the evidence

# --- danger nets ---------------------------------------------------------------------------
# Broad rules for phrasings nobody listed: the verbs and nouns a layperson uses for each
# emergency. They run like PHRASES, but "when in doubt, go up": a net asked about as a
# question, or said to be easing, still lands at urgent, never lower.
_PERSON = (
    r"(?:he|she|him|her|dad|daddy|mom|mommy|husband|wife|father|mother|papa|mama|son|daughter"
    r"|grandma|grandpa|grandmother|grandfather|brother|sister|uncle|aunt|patient|hubby|pops"
    r"|el|ella|esposo|esposa|marido|mujer|hijo|hija|abuel\w*|mai|pai|apa|ama|papi|mami|mamita"
    r"|papito|viejo|vieja|viejit\w*|suegr\w*|tia|tio|hermano|hermana|paciente|jefa|jefe|senor"
    r"|senora|nana|tata)"
)
_SUDDEN = r"(?:sudden|all of a sudden|out of nowhere|de golpe|de la nada|asi nomas)"
_SIDE = r"(?:left|right|izquierd\w*|derech\w*|one side|un lado|de un lado|one|un|half|mitad)"
_LIMB = r"(?:arm|arms|hand|brazo|brazos|mano|face|cara|leg|legs|pie|foot|side|lado)"
_SIGHT_WRONG = r"(?:zigzag\w*|blurr\w*|double vision|cant see|borros\w*)"

DANGER_NETS: tuple[tuple[tuple[str, ...], str, str, str, bool], ...] = (
    # Seizure: jerking, twitching, convulsing with the eyes, mouth, foam or a stiff body.
    (
        (
            "jerk",
            "twitch",
            "convuls",
            "shaking",
            "sacud",
            "brinc",
            "estremec",
            "spasm",
            "espasm",
            "grand",
        ),
        rf"\b(?:jerk\w*|twitch\w*|convuls\w*|shaking|sacud\w*|brincando|estremec\w*|spasm\w*"
        rf"|espasm\w*) {_g(5)}(?:eyes|ojos|mouth|boca|foam\w*|espuma|drool\w*|baba\w*|stiff"
        rf"|tieso|tiesa|rigid|arms and legs|brazos y piernas|wont stop|cant stop|no para"
        rf"|sin parar|floor|piso|suelo)\b"
        rf"|\b(?:jerk\w*|twitch\w*|convuls\w*|sacud\w*|brincando|spasm\w*|espasm\w*) {_g(2)}"
        r"(?:all over|whole body|todo el cuerpo|toda|todo|uncontrollabl\w*|violent\w*|nonstop)\b"
        rf"|\b(?:eyes|ojos) {_g(4)}(?:jerk\w*|twitch\w*|shaking|sacud\w*|fluttering|rolling)\b"
        r"|\b(?:his|her|el|la) (?:body|cuerpo) (?:\S+ )?(?:jerk\w*|shaking|sacud\w*|stiff|tieso"
        r"|tiesa|rigid)\b"
        r"|\bgrand mal\b",  # the old name of a convulsive seizure, told without "seizure"
        SEIZURE,
        "emergency",
        True,
    ),
    # Unresponsive: won't answer, not responding, limp, can't rouse, "como ido".
    (
        (
            "respond",
            "reacc",
            "contest",
            "answer",
            "limp",
            "rous",
            " ido",
            " ida",
            "perdid",
            "ausente",
            "otro mundo",
            "vuelve",
            "volvi",
            "come to",
            "come around",
            "come round",
            "wake",
            "snor",
            "ronc",
            "floppy",
            "moving",
            "mueve",
            "move",
            "nobody home",
            "stare",
            "mirada",
            "gurgl",
        ),
        rf"(?<!\bi )(?<!\bif i )\b(?:not|no|wont|isnt|dont|doesnt|cant|didnt|stopped|nada) "
        # "ahorita no puedo contestar", "no alcancé a contestar": the writer, busy
        rf"(?!puedo |pude |podre |alcance a contestar|alcanse a contestar"
        # "no sé cómo contestar esto": the writer, unsure of the question
        rf"|se (?:como|que) (?:contestar|responder))"
        rf"{_g(2)}(?:responding|respond\w*|responde\w*|reacciona\w*|contesta\w*|answering|answer)"
        r"\b(?![^.!?]*\b(?:call(?! por su nombre| (?:her|him) by (?:her|his) name)|llamada"
        r"|llamadas|phone|telefono|mensaje|mensajes|message|messages"
        r"|text|texts|voicemail|fast|quick|quickly|right away|rapido|luego)\b)"
        r"|\b(?:is|went|gone|go|goes|completely|totally|all|body|just|puro|esta|se puso|quedo)"
        r" (?:\S+ )?(?:limp|floppy)\b|\blimp (?:and|y|like|como)\b"
        r"|\b(?:cant|couldnt|wont|no (?:lo |la )?(?:puedo|pude|podemos)) (?:\S+ )?rous\w*"
        r"|\b(?:hard|tough|difficult|impossible) to rous\w*\b(?! (?:myself|any|interest|for|before"
        r"|in the))"
        r"|\b(?:esta|quedo|se quedo|anda|se puso|lo veo|la veo) (?:como |bien |muy )?(?:ido|ida"
        r"|idos|perdid[oa]|ausente|en otro mundo|sin reaccion\w*)\b"
        r"|\b(?:she|he|shes|hes|she's|he's) (?:\S+ ){0,3}(?:and|y) (?:limp|floppy)"
        r"(?=(?: [.!,])*$| [.!,])"
        r"|\bnot (?:answering|responding) (?:me )?, not because (?:his|her|the) (?:cell )?phone"
        r" (?:\S+ ){0,3}?(?:, )?(?:i'm|im|i am|she's|he's|shes|hes|she|he|we're) (?:\S+ )?"
        r"(?:upright|right|here|next)\b"
        r"|\b(?:la|lo) (?:muevo|movi|sacudo|sacudi) y (?:nada|no (?:reacciona|responde"
        r"|despierta))\b"
        r"|\bno (?:vuelve|volvia|volvio|regresa) en si\b|\b(?:wont|doesnt|didnt|not) come (?:to"
        r"|around|round)\b|\bnobody home\b"
        rf"|\b(?:cant|couldnt|can't|no (?:lo |la )?(?:puedo|pude|podemos)) (?:get|make|hacer)"
        rf" {_g(3)}wake\b"
        rf"|\b(?:snoring|snores|ronca\w*|ronquid\w*) {_g(2)}(?:weird|funny|strange|loud|raro"
        rf"|feo|fuerte|extrano|gurgl\w*)\b|\bgurgl\w*"
        rf"|\b(?:staring|stares|stared|mirada) {_g(2)}(?:blank\w*|perdida|fija|into space"
        rf"|at nothing|a la nada)\b"
        rf"|\b{_PERSON} {_g(3)}(?:not|isnt|wont|no|dont|doesnt|cant) (?:se |le |lo |la )?"
        r"(?:moving|move|mueve|muev\w*|budge)\b",
        UNRESPONSIVE,
        "emergency",
        False,
    ),
    # A third person and an acute verb: collapsed, fell and can't get up, "se desplomo".
    (
        (
            "fell",
            "fall",
            "cay",
            "cae",
            "floor",
            "piso",
            "suelo",
            "ground",
            "went down",
            "tirad",
            "slump",
            "drop",
        ),
        rf"\b(?:fell|fall|fallen|falls|cayo|cae|caido|caida|went down|dropped|slumped|slumping)"
        rf" {_g(5)}(?:cant|couldnt|wont|can't|no (?:se |me |lo |la )?(?:puede|pudo|puedo|pude"
        rf"|podemos|quiere)?) {_g(2)}(?:get (?:him |her |me )?up|upright|lift|pararse|parar"
        rf"|levantar\w*|move|responde|reacciona|wake|get off)\b"
        rf"|\b(?:cayo|cae|caido) {_g(3)}no (?:se )?(?:upright|lift|pararse|move|reacciona"
        rf"|responde|wake)\b"
        r"|\bfound (?:him|her|mom|dad|grandma|grandpa|my (?:wife|husband|mom|dad|mother|father"
        r"|son|daughter|brother|sister|grandma|grandpa)) (?:on|in) the (?:bathroom |kitchen "
        r"|bedroom |hallway )?floor\b(?![^.!?]*\b(?:fixing|playing|looking for|scrubbing|cleaning"
        r"|retiling|stretch\w*|yoga|activity|doing (?:her|his|their|some)|lol|haha)\b)"
        rf"|\b(?:found|encontre|encontramos|halle) {_g(2)}(?:on the floor|on the ground"
        rf"|en el piso|en el suelo|tirad[oa])\b"
        # not "can he pray on the floor, kneeling": a place he chose to be
        rf"|\b{_PERSON} (?!{_g(2)}(?:pray\w*|kneel\w*|rez\w*|orar|sit|sits|sitting|nap\w*)\b)"
        rf"{_g(3)}(?:is |esta |lying |laying |just )?(?:on the floor|on the ground"
        rf"|en el piso|en el suelo|tirad[oa] en el)\b(?! {_g(3)}(?:play\w*|jug\w*))"
        rf"|\b{_PERSON} {_g(2)}(?:slumped|slumping|dropped(?! (?:\S+ )?off\b)|went down"
        r"|hit the floor|hit the ground|se fue al (?:piso|suelo))\b",  # not "dropped him off"
        FAINTING,
        "emergency",
        True,
    ),
    # Raise-only, for reviewed red flags the round-71 reader dropped: "He prayed and then just
    # slumped to the floor"; "the bad hip won't hold him up anymore", "my foot is dragging";
    # "I cant tell when my bladder is full anymore"; "el dolor de siempre pero cada vez más".
    (
        ("slump",),
        r"\bslump\w* (?:down )?(?:to|on|onto|over on) (?:the )?(?:floor|ground)\b",
        FAINTING,
        "emergency",
        True,
    ),
    (
        ("hold", "dragging", "drags"),
        r"\b(?:wont|won't|cant|can't|doesnt|doesn't|dont|don't) hold (?:him|her|me|them) up\b"
        r"|\b(?:foot|feet|leg|legs|pie|pies|pierna|piernas) (?:is |are |keeps |keep |started |been "
        r"|has been |have been )?(?:dragging|drags)\b(?![^.!?]*\b(?:like always|as always|as usual"
        r"|for (?:\d+ )?(?:years|yrs)|my life)\b)",
        WEAKNESS,
        "urgent",
        True,
    ),
    (
        ("bladder", "vejiga"),
        r"\b(?:cant|can't|cannot|couldnt|no puedo|no puede) (?:tell|feel|sentir|notice)"
        r" (?:when |if |cuando )?(?:my |his |her |la |mi )?(?:bladder|vejiga) (?:is |esta )?"
        r"(?:full|llena)\b",
        BLADDER_BOWEL,
        "emergency",
        False,
    ),
    (
        ("cada vez",),
        r"\b(?:pain|dolor|duele|hurts) (?:de siempre (?:pero |y )?)?cada vez (?:mas|peor|mayor)\b",
        INCREASING_PAIN,
        "urgent",
        True,
    ),
    # Stroke: crooked mouth or face, one arm weak, can't talk right.
    (
        (
            "crooked",
            "chuec",
            "torcid",
            "lopsided",
            "uneven",
            "de lado",
            "droop",
            "face",
            "cara",
            "smile",
            "sonrisa",
            "boca",
            "mouth",
            "lips",
        ),
        rf"\b(?:mouth|boca|face|cara|smile|sonrisa|lips) {_g(3)}(?:crooked|chuec\w*|torcid\w*"
        rf"|lopsided|uneven|de lado|droop|caid[oa]|sliding|slanted|hanging|colgad[oa]|weird"
        rf"|numb|raro|rara)\b"
        rf"|\b(?:crooked|chuec\w*|torcid\w*|lopsided|uneven|droop|caid[oa]) {_g(2)}(?:mouth|boca"
        rf"|face|cara|smile|sonrisa)\b"
        rf"|\b(?:one|un|left|right) side of {_g(2)}(?:face|cara|mouth|boca)\b"
        rf"|\b(?:side|lado) {_g(2)}(?:de )?(?:la |his |her |su )?(?:face|cara|boca|mouth)\b"
        rf" {_g(3)}(?:droop|caid\w*|numb|weak|down|abajo|colgad\w*)\b",
        ONE_SIDED_WEAKNESS,
        "emergency",
        True,
    ),
    (
        ("weak", "numb", "droop", "dead", "heavy", "limp", "move", "lift", "pesad", "muert"),
        rf"\b{_SIDE} {_LIMB} {_g(4)}(?:weak|numb|droop|dead|heavy|limp|pesad[oa]|muert[oa]"
        rf"|cant move|cant lift|no (?:la |lo |le |me )?(?:puede|puedo) (?:move|lift))\b"
        rf"(?=[^.!?]*\b{_SUDDEN}\b)"
        rf"|\b{_SUDDEN} {_g(6)}(?:weak|numb|droop|dead|heavy|limp|pesad[oa]|muert[oa]|cant move"
        rf"|cant lift)\b"
        rf"|\b(?:arm|hand|brazo|mano|face|cara) {_g(4)}(?:weak|numb|droop|dead|heavy|limp"
        rf"|pesad[oa]|muert[oa])\b {_g(4)}{_SUDDEN}"
        rf"|\b(?:weak|numb|droop|limp) {_g(4)}{_SUDDEN}"
        rf"|\b(?:cant|no (?:\S+ )?(?:puede|puedo)) (?:lift|raise|levantar|subir|move) {_g(2)}"
        r"(?:his|her|one|my|el|su|mi|un|left|right) (?:arm|brazo|hand|mano)\b"
        rf"|\b{_SIDE} {_LIMB} {_g(2)}(?:and|y) (?:\S+ )?(?:face|cara|mouth|boca|talk\w*"
        r"|speech|habla\w*)\b"
        # with sight gone wrong: "seeing zigzags and my right arm feels weak"
        rf"|\b{_SIGHT_WRONG} {_g(6)}{_SIDE} {_LIMB} {_g(3)}(?:weak|numb|droop|dead|limp)\b"
        rf"|\b{_SIGHT_WRONG} {_g(6)}{_LIMB} {_SIDE}"
        rf" {_g(2)}(?:weak|numb|dead|limp|lift|dormid[oa]|muert[oa])\b",  # "lift": pesado
        ONE_SIDED_WEAKNESS,
        "emergency",
        True,
    ),
    (
        (
            "talk",
            "speak",
            "speech",
            "habla",
            "words",
            "palabras",
            "entiende",
            "understand",
            "arrastr",
            "mumbl",
            "garbl",
            "gibberish",
            "trab",
            "enred",
            "borracho",
            "drunk",
        ),
        rf"\b(?:cant|couldnt|not|isnt|no (?:\S+ )?(?:puede|puedo|pudo|pude|pue)) {_g(1)}(?:talk\w*"
        rf"|speak\w*|habla\w*) (?:right(?! now| away)|properly|straight|clear\w*|bien|normal"
        r"|claro)\b"
        rf"|\b(?:no|not|isnt|doesnt) {_g(1)}(?:habla\w*|talk\w*|making) (?:bien|right|normal"
        r"|sense)\b|\bno se le entiende\b|\b(?:cant|couldnt) understand (?:him|her|what he"
        r"|what she|a word)\b|\b(?:no|ni) (?:le|se le) (?:\S+ )?entiende\b"
        rf"|\b(?:speech|talk\w*|habla\w*|voice|voz) {_g(2)}(?:slurr\w*|garbl\w*|weird|funny"
        rf"|strange|off|wrong|raro|rara|chistos\w*|enredad\w*|trabad\w*|extran\w*|mocha|mocho"
        rf"|like (?:hes|shes|he is|she is|a) drunk|como borrach\w*|gibberish|nonsense"
        rf"|incoheren\w*)\b"
        rf"|\barrastr\w* {_g(2)}(?:palabras|words|lengua|tongue|voz)\b|\bmumbl\w*|\bgibberish\b"
        rf"|\bgarbl\w*|\b(?:words|palabras) {_g(3)}(?:wont|dont|no|cant|not) {_g(1)}"
        r"(?:come out|salen|sale|right|bien)\b|\blengua (?:trabada|pesada|dormida)\b"
        r"|\btongue (?:tied|heavy|thick)\b|\b(?:se le|se me) traba (?:la )?(?:tongue|lengua)\b"
        # sudden trouble with words: "suddenly she can't find her words", "mixing up words"
        rf"|\bsudden {_g(3)}(?:cant find|mixing up|mixes up|saying the wrong) {_g(1)}words\b"
        rf"|\b(?:cant find|mixing up|mixes up|saying the wrong) {_g(1)}words {_g(1)}sudden\b",
        SLURRED_SPEECH,
        "emergency",
        True,
    ),
    # Allergy: hives or a rash with breathing, tongue or throat; "se le hincho la lengua".
    (
        ("rash", "allergic", "tongue", "throat", "lips"),
        rf"\b(?:rash|allergic) {_g(8)}(?:breathe|throat|tongue|lips|swallow\w*|wheez\w*|aire)\b"
        rf"|\b(?:breathe|throat|tongue|lips|swallow\w*|wheez\w*|aire) {_g(8)}(?:rash|allergic)\b"
        rf"|\b(?:tongue|throat|lips) {_g(3)}(?:big|huge|grande|gorda|gordo|gruesa|thick\w*"
        rf"|hinch\w*|inflad\w*|inflam\w*|puff\w*|tight)\b"
        rf"|\b(?:hinch\w*|inflam\w*|puff\w*|swelling) {_g(5)}(?:tongue|throat|lips)\b",
        FACE_SWELLING,
        "emergency",
        True,
    ),
    # Legs: can't move or feel them, legs won't work, "piernas no le responden".
    (
        ("legs", "knees"),
        rf"\b(?:no|cant|dont|couldnt|can't|cannot|nor|ni) {_g(4)}(?:{_FEEL}|move|walk|lift"
        rf"|sostien\w*|aguant\w*) {_g(4)}legs\b"
        rf"|\b(?:legs|knees) {_g(4)}(?:stop working|stopped working|quit working|quit|wont work"
        rf"|dont work"
        rf"|wont move|dont move|gave out|gave way|give out|gave on|buckl\w*|useless|dead|like jelly"
        rf"|like noodles|no (?:me |le |se )?(?:responde\w*|funciona\w*|sirve\w*|obedece\w*"
        rf"|move|mueve\w*|sostiene\w*|aguanta\w*|feel)|se (?:me |le )?(?:doblaron|doblan"
        rf"|vencieron|vencen)|paralyzed|muertas|como de trapo)\b"
        rf"|\b(?:lost|losing|perdi\w*) {_g(3)}(?:feel\w*|sensation|sensacion|fuerza|strength"
        rf"|movimiento|movement|use) {_g(3)}legs\b",
        LEG_LOSS,
        "emergency",
        False,
    ),
    # Bladder and bowel: accidents, wetting, "no aguanta", "se orina".
    (
        (
            "wet",
            "accident",
            "aguant",
            "hold",
            "urinate",
            "bowels",
            "bladder",
            "leak",
            "escap",
            "sale",
            "comes out",
            "soil",
            "diaper",
            "panal",
        ),
        r"\b(?:wetting|wets|wet|peeing|pooping|soiling|messing) (?:up )?(?:my ?self|him ?self"
        r"|her ?self"
        r"|them ?selves|the bed|his pants|her pants|my pants)\b"
        r"|\b(?:having|had|has|have|tuvo|tiene|tengo|tuve) (?:\S+ )?(?:accidents"
        r"|(?:bathroom|potty|pee|urinate|bowels|bladder) accidents?)\b"
        r"|\baccidents? (?:in|en) (?:his|her|my|the|la|su|mi|el) (?:pants|bed|cama|ropa"
        r"|pantalon\w*|calzon\w*)\b"
        rf"|\b(?:no|cant|couldnt|can't|wont) {_g(2)}(?:aguant\w*|hold\w*|reten\w*|contro\w*"
        rf"|control) {_g(2)}(?:urinate|bowels|bladder)\b"
        rf"|\b(?:urinate|bowels|bladder) {_g(6)}(?:se (?:me |le )?(?:sale|salio|escapa|escapo"
        rf"|va|fue)|sale sol\w*|just comes out|comes out on its own|leak\w* out|by itself"
        rf"|on its own|sola|solita|solo|solito)\b"
        rf"|\b(?:se|me) (?:\S+ )?urinate {_g(2)}(?:encima|sol[oa]|solit[oa]|sin|en la cama"
        rf"|en la ropa|en los pantalones|en el pantalon)\b"
        r"|\b(?:se|me) (?:\S+ )?(?:sale|salio|escapa|escapo|salen) (?:la |el )?(?:urinate"
        rf"|bowels)\b(?! {_g(2)}(?:blood|sangre))"
        rf"|\b(?:urinate|bowels|bladder) {_g(6)}(?:cant|dont|didnt|doesnt|no|not|sin) {_g(2)}"
        r"(?:feel|siente|sentir|notice|notic\w*|avis\w*|cuenta)\b",
        BLADDER_BOWEL,
        "emergency",
        False,
    ),
    # Overdose: too many, extra, doubled, the whole lot, more than prescribed.
    (
        (
            "took",
            "tomo",
            "tome",
            "swallow",
            "trag",
            "double",
            "doubling",
            "doble",
            "duplic",
            "od'",
            "oded",
            "popped",
        ),
        r"(?=\b(?:took|tomo|tome|swallowed|trago|trague|popped|doubl|double|doble|dobl|duplic"
        r"|se|me|od))" + _OD_NOT + "(?:"
        rf"\b{_OD_PAST} {_g(4)}(?:more than (?:\S+ )?(?:should|supposed|prescribed|told|allowed"
        r"|needed)|mas de (?:lo|la|las|los) (?:que|debido|indicad\w*|recetad\w*)"
        r"|(?:\S+ )?instead of|en vez de|en lugar de|(?:another|otra|otro|an extra|una extra)"
        r" (?:medication|dose|dosis|patch|parche)|doubled|doble|double)\b"
        rf"|\b(?:doubled|doubling|double|duplico|duplique|dobl\w*) (?:up|{_g(2)}"
        r"(?:medication|dose|dosis|settings))\b"
        # not "me tomo la temperatura todos los días"
        rf"|\b(?:se|me) (?:\S+ )?(?:tomo|tome|trago|trague){_OD_NOT_A_DOSE} {_g(2)}(?:de mas|demas"
        r"|de sobra"
        r"|todo|toda|todas|todos|medication de mas)\b"
        r"|\bod(?:'d|ed|'ed|'ing)\b)",
        OVERDOSE,
        "emergency",
        False,
    ),
    # Round 72's raise-only rules: red flags the learned reader caught before its retraining
    # and no rule did. "his color is kinda blue": a person's colour, not a limb's
    (
        ("color", "colour"),
        rf"\b(?:his|her|my|their|your|su) (?:color|colour) {_g(1)}(?:is|looks|turned|went|turning"
        rf"|looking|got|seems) {_g(2)}blue\b",
        BLUE_LIPS,
        "emergency",
        True,
    ),
    # "Shaky hands as usual but I'm out of my oxy": a sign of withdrawal beside running out
    (
        ("out",),
        r"\b(?:shaking|sweating|chills|anxiety|withdrawal)\b[^.!?]{0,60}\b(?:out of|ran out|run out"
        r"|no more) (?:of )?(?:my |his |her )?(?:pain )?medication\b"
        r"|\b(?:out of|ran out of|run out of) (?:my |his |her )?(?:pain )?medication\b[^.!?]{0,60}"
        r"\b(?:shaking|sweating|chills|anxiety|withdrawal)\b",
        WITHDRAWAL,
        "urgent",
        True,
    ),
    # "my breathing is off tho"
    (
        ("breath",),
        # ("weird", "funny", "strange" are the slow-breathing rule's)
        r"\bbreathe (?:is|feel|seems) (?:a little |kinda |kind of |just )?(?:off|wrong"
        r"|not right)\b",
        TROUBLE_BREATHING,
        "emergency",
        True,
    ),
    # Found by round 72's safety review, read as routine before: "the catheter site looks
    # sunburned", "incision keeps milking stuff out"
    (
        ("sunburn",),
        rf"\b(?:site|incision|wound|cut|catheter|scar|herida|sitio) {_g(3)}(?:sunburned|sunburnt"
        r"|like (?:a )?sunburn)\b",
        REDNESS,
        "urgent",
        True,
    ),
    (
        ("stuff", "gunk", "goo", "juice", "fluid"),
        r"\b(?:incision|wound|site|cut|scar|herida) (?:keeps |is |has |still |started )?"
        r"(?:\w+ing )?(?:stuff|gunk|fluid|goo|juice|something|drainage) (?:out|coming out)\b",
        DRAINAGE,
        "urgent",
        True,
    ),
    # "been straining my pee all day and barely anything comes out"
    (
        ("barely",),
        r"\burinate\b[^.!?]{0,50}\bbarely (?:anything |any |a drop |drops )?(?:comes|coming|came)"
        r" out\b",
        TROUBLE_URINATING,
        "urgent",
        True,
    ),
    # Bleeding: gushing, pouring, won't stop, soaked, still bleeding under pressure.
    (
        ("bleeding", "blood", "gush"),
        rf"\b(?:gush\w*|pour\w*|spurt\w*|squirt\w*|chorr\w*|a chorros) {_g(3)}(?:blood|bleeding)\b"
        rf"|\b(?:blood|bleeding) {_g(4)}(?:gush\w*|pour\w*|spurt\w*|squirt\w*|a chorros"
        rf"|everywhere|por todos lados|por todo|all over|through|running down|keeps coming"
        rf"|sigue saliendo|no se detiene|sin parar|sin detenerse)\b"
        rf"|\b(?:tight|holding|towel|toalla|gauze|gasa) {_g(8)}(?:still|sigue|todavia|keeps)"
        rf" {_g(1)}(?:bleeding|blood)\b"
        rf"|\b(?:still|sigue|todavia|keeps) {_g(1)}(?:bleeding|blood) {_g(6)}(?:tight|holding"
        rf"|towel|toalla|gauze|gasa|minutes|min|mins|minutos|hour|hours|hora|horas)\b"
        # "blood is coming from the back ... we put towel ... still coming not stopping"
        rf"|\b(?:towels?|toallas?|gauze|gasa) {_g(8)}(?:still|sigue|todavia) (?:coming|saliendo)"
        rf" {_g(1)}(?:not stop|wont stop|doesnt stop|no para|no se para)\b"
        # "A blood clot came out of the incision and it doesnt stop oozing"
        rf"|\bblood {_g(8)}(?:dont|wont|cant|not) stop (?:pus|drainage|bleeding|blood|coming)\b",
        UNCONTROLLED_BLEEDING,
        "emergency",
        True,
    ),
    (
        ("sueno",),
        r"\b(?:mucho|tanto|demasiado|muert[oa] de|bien|puro|con) sueno\b",
        DROWSINESS,
        "urgent",
        True,
    ),
    # Deep, hard-to-rouse sleep after a refill: "no me puedo mantener despierto".
    (
        ("wake", "sueno", "nodd", "cabece", "dormid", "duerme", "sleep"),
        rf"\b(?:no {_g(2)}(?:puedo|puede|pude|pudo|podia|pue)|cant|couldnt) {_g(1)}(?:mantener\w*"
        rf"|stay|keep) {_g(2)}wake\b|\bcabece\w*"
        rf"|\b(?:se|me) (?:\S+ )?(?:queda|quedo|duerme) (?:\S+ )?(?:dormid[oa]|sleep) (?:\S+ )?"
        r"(?:hablando|comiendo|talking|eating|mid sentence|a media)\b",
        EXTREME_DROWSINESS,
        "emergency",
        False,
    ),
    # Falling asleep standing up or mid-meal, kept awake by poking: overdose drowsiness.
    (
        ("asleep", "dormid", "wake"),
        rf"\b(?:falling|falls|fell|nodding|dozing|se queda|se quedo) {_g(1)}(?:asleep|dormid[oa])"
        rf" {_g(2)}(?:upright|standing|sitting up|mid|while|in the middle|eating|talking|comiendo"
        rf"|hablando|parad[oa]|de pie|at the table|en la mesa)\b"
        rf"|\b(?:keep|keeping|have to|tengo que|hay que) {_g(3)}(?:to )?(?:stay|keep|mantener\w*)"
        rf" {_g(1)}wake\b",
        EXTREME_DROWSINESS,
        "emergency",
        False,
    ),
    # Blacking out: "everything went black", "se me fue todo negro", "woke up on the floor".
    (
        ("black", "negro", "came to", "volvi", "floor", "piso", "suelo", "out cold"),
        rf"\b(?:everything|all|it all|world|vision|todo|se me fue \S+) {_g(1)}(?:went|goes|going"
        rf"|turned|se puso|se fue|se me puso|se me fue)? {_g(1)}(?:black|dark|negro|oscuro)\b"
        rf"|\bse me (?:fue|puso) (?:todo )?(?:negro|oscuro)\b"
        rf"|\b(?:woke|wake|came to|came around|found myself|desperte|me desperte) {_g(1)}"
        rf"(?:on|en) (?:the |el )?(?:\S+ )?(?:floor|ground|piso|suelo)\b"
        rf"|\b(?:was|he was|she was|estuvo|estuve) (?:out|inconsciente) {_g(3)}(?:before|came to"
        rf"|then|antes|hasta)\b|\bcame to\b(?! (?:visit|see|stay|help|dinner|lunch|town|pick|take"
        rf"|check|say|bring|drop|play|eat|church|sit|clean|cook|fix|get|do|give|spend|the|my|our"
        rf"|his|her|their|a|an|me|us|him|you|this|that|pray|read|sing|mow|watch|celebrate|cut"
        rf"|drive|keep|chat|talk|wish|meet|share|paint|install|deliver"
        # the home health nurse "came to change my PICC dressing"
        rf"|change|flush|draw|dress|redo|measure|weigh|examine|teach|swap|remove"
        rf"|replace|wash|bathe|feed|hook|unhook|refill|fill|access)\b)|\bvolvi\w* en si\b"
        rf"|\bout cold\b"
        rf"|\b(?:me|se) cai\w* (?:al|en el) (?:piso|suelo)\b(?! {_g(3)}(?:pero|but) {_g(2)}"
        r"(?:bien|ok|fine))",
        FAINTING,
        "emergency",
        True,
    ),
    # Confusion told by what the person says: "asking what year it is", "no me reconoce".
    (
        (
            "diciendo",
            "saying",
            "talking",
            "que dia",
            "what day",
            "year",
            "ano",
            "recogn",
            "recono",
            "sense",
            "sentido",
            "where",
            "donde",
            "nonsense",
            "incoher",
            "who i am",
            "quien soy",
            "what time",
            "what month",
            "lost",
            "way home",
            "way back",
            "hospital",
            "state",
            "town",
            "city",
        ),
        rf"\b(?:asking|asks|asked|pregunta\w*) {_g(3)}(?:where (?:he|she|i) (?:is|am)|where"
        rf" (?:hes|shes|he's|she's|im|i'm)|donde (?:esta|estoy))\b"
        rf"|\b(?:asking|asks|asked|pregunta\w*) {_g(3)}(?:what|que|en que) (?:year|day|ano|dia)"
        # "he keeps asking me what hospital hes in" (at home in his own chair)
        rf"\b|\b(?:keeps|keep|kept) asking {_g(2)}(?:what|which) hospital (?:hes|he is|he"
        rf"|shes|she is|she) in\b(?! network| for| tomorrow| on| next)"
        # "Mom asked me what state we're in twice today"
        rf"|\b(?:asking|asks|asked) {_g(2)}(?:what|which) (?:state|town|city) (?:we're|we are|were"
        rf"|we|she|shes|she is|he|hes|he is) in\b(?= (?:\S+ ){{0,2}}?(?:twice|again|over and over"
        rf"|three times|all day))"
        rf"|\b(?:doesnt|didnt|dont|not|no) {_g(2)}(?:recognize\w*{_NOT_A_NUMBER}|reconoc\w*"
        rf"|recono\w*|know"
        rf" (?:where|who|what year|what day)|sabe (?:donde|quien|que dia|en que))\b"
        rf"|\b(?:making|makes|made|talking|hablando|dice) {_g(1)}(?:no sense|nonsense|sin sentido"
        rf"|cosas sin sentido|incoherencias|puras incoherencias)\b|\bincoherente?\b"
        rf"|\bwho (?:i am|we are)\b|\bquien (?:soy|somos)\b"
        r"|\b(?:diciendo|dice|dices|hablando|saying|talking) (?:\S+ )?(?:cosas )?(?:streaks"
        r"|raras|rara|weird stuff|weird things|strange things|crazy things|nonsense)\b"
        r"|\bno (?:se|sabe|sabia) (?:ni )?(?:que dia|en que dia|donde esta|donde estoy)\b"
        r"|\b(?:doesnt|dont|didnt) know what day it is\b"
        # "I don't know what time or day it is", "got lost driving to my daughter's house"
        r"|\b(?:doesnt|dont|didnt|not|no) know what (?:time|day|year|month)(?: or \S+)? it is\b"
        r"|\b(?:got|gets|getting|get) lost (?:drive|driving|walk|walking|going|coming|on the way)\b"
        r"|\b(?:cant|couldnt|can't|couldn't|could not|can not) (?:find (?:my|his|her|our) way"
        r" (?:home|back)|remember what (?:year|day|month) it is)\b",
        CONFUSION,
        "urgent",
        True,
    ),
    # A breathing rate: "5 breaths a minute", "respira como 6 veces por minuto".
    (
        ("breathe",),
        r"\bbreathe (?:\S+ ){0,3}?(?:[0-9]|like [0-9]|como [0-9]) (?:breathe|veces|times)?"
        r" ?(?:a|per|por|each|al|en un) (?:minute|min|minuto)\b"
        r"|\b(?:[0-9]) (?:breathe|respiraciones) (?:a|per|por|each|al) (?:minute|min|minuto)\b",
        SLOW_BREATHING,
        "emergency",
        False,
    ),
    # Bleeding that soaks through or will not stop.
    (
        ("blood", "bleeding", "soak", "empap"),
        rf"\b(?:blood|bleeding|red) {_g(6)}(?:soaked|soaking|soaks|empapad\w*|through|wont stop"
        rf"|won't stop|doesnt stop|keeps? (?:coming|dripping|going)|no para|no deja de"
        rf"|sigue saliendo|nonstop)\b"
        # "nonstop bleeding", "non stop bleeding from the site" ("non stop" is one word: tokens)
        r"|\bnonstop (?:(?!no |not |sin )\S+ )?bleeding\b"
        # "nose bleeding for 45 min"
        r"|\bbleeding (?:\S+ ){0,2}?for (?:over |more than |about |like )?(?:an hour|a half hour"
        r"|half an hour|\d+ (?:min|mins|minutes|minutos|hours|hrs|horas))\b"
        rf"|\b(?:soaked|soaking|empapad\w*) {_g(4)}(?:blood|bleeding|red|towels?|toallas?)\b",
        UNCONTROLLED_BLEEDING,
        "emergency",
        True,
    ),
    # Legs: "from the waist down"; "[las piernas] ya no las puedo mover".
    (
        ("waist", "cintura", "hips", "cadera"),
        rf"\b(?:cant|no|nothing|nada) {_g(5)}(?:waist|cintura|hips|cadera) {_g(1)}(?:down|abajo"
        rf"|pa abajo|para abajo)\b"
        # "numb from the waist down", "dormido de la cintura para abajo"
        r"|(?<!was )(?<!were )(?<!been )\b(?:numb|dormid[oa]s?|entumid[oa]s?) (?:all |completely "
        r"|totally |toda |todo )?(?:from|frm|below|de|desde) (?:the |la )?(?:waist|cintura) (?:down"
        r"|para abajo|pa abajo|abajo)\b(?![^.!?]*\b(?:since (?:my |the |birth|(?:19|20)\d\d)"
        r"|as always|always|nothing new|wore off|years|yrs|desde hace)\b)",
        LEG_LOSS,
        "emergency",
        False,
    ),
    (
        ("legs",),
        r"\bno (?:las|los) (?:\S+ )?(?:puedo|puede|pude|podia) (?:\S+ )?(?:move|mueve\w*|mover"
        r"|lift|levantar)\b",
        LEG_LOSS,
        "emergency",
        False,
    ),
    # Eyes that barely open: "he barely opens his eyes", "no abre los ojos".
    (
        ("eyes", "ojos"),
        r"\b(?:barely|hardly|apenas|casi no|wont|doesnt|didnt|cant|no) (?:\S+ )?(?:opens?|opening"
        r"|abre|abrir|abria) (?:his|her|their|sus|los|the) (?:eyes|ojos)\b"
        r"|\b(?:cant|can't|couldnt|no (?:puede|puedo|pudo)) (?:keep|mantener) (?:his |her |sus "
        r"|los )?"
        r"(?:eyes|ojos) (?:open|abiertos)\b",
        UNRESPONSIVE,
        "emergency",
        False,
    ),
    # Out again after being woken: "he opens his eyes then he's gone again".
    (
        (
            "again",
            "tries",
            "intentos",
            "volvio a dormir",
            "vuelve a dormir",
            "how long",
            "next thing",
            "cuanto tiempo",
        ),
        r"\b(?:hes|shes|he is|she is|he's|she's|then|and) (?:back |right back )?(?:gone|out"
        r"|asleep) again\b|\bse (?:vuelve|volvio|vuelva) a (?:dormir|quedar dormid[oa]|ir)\b"
        rf"|\b(?:tries|tried|intentos|veces) {_g(6)}(?:to )?(?:get (?:him|her) to )?wake\b"
        rf"|\bnext thing (?:i|he|she) (?:know|knew) {_g(4)}(?:floor|ground|piso|suelo)\b"
        rf"|\bhow long (?:i|he|she) (?:was|had been) (?:out|down|there|on the floor)\b"
        rf"|\bcuanto tiempo (?:estuve|estuvo|paso) (?:ahi|alli|inconsciente|tirad[oa]"
        rf"|en el piso)\b",
        UNRESPONSIVE,
        "emergency",
        False,
    ),
    # Bladder or bowel let go without warning: "didn't make it to the toilet, didn't feel it".
    (
        ("toilet", "bathroom", "bano", "encima", "urge", "ganas", "cuenta"),
        rf"\b(?:couldnt|didnt|cant|did not|could not|no) (?:\S+ )?(?:make it|get|alcan\w*|llegu\w*"
        rf"|llego|llegar) {_g(2)}(?:to the |al |a )(?:toilet|bathroom|restroom|bano)\b"
        rf"|\b(?:me|se) (?:hice|hizo) (?:del bano |pipi |popo |caca )?(?:encima|en la cama"
        rf"|en los pantalones|en la ropa|en el sillon)\b"
        rf"|\b(?:didnt|did not|dont|doesnt|no) (?:even )?(?:feel|sent\w*|feel\w*) {_g(2)}(?:the )?"
        rf"(?:urge|ganas|need)\b"
        rf"|\bni cuenta me di\b|\bsin (?:darme|darse) cuenta\b",
        BLADDER_BOWEL,
        "emergency",
        True,
    ),
    # One side stopped cooperating: "my right arm isn't doing what I tell it", "medio cuerpo".
    (
        ("left", "right", "izquierd", "derech", "medio cuerpo", "half", "chuec", "torci", "boca"),
        rf"\b(?:left|right|izquierd\w*|derech\w*) {_g(1)}(?:arm|hand|brazo|mano|leg|legs|side"
        rf"|lado|face|cara) {_g(4)}(?:isnt doing|wont do|not doing|doesnt do|wont listen|wont work"
        rf"|no (?:me |le )?(?:obedece|hace caso|responde|funciona|sirve)|cant (?:hold|grip|lift)"
        rf"|went (?:dead|limp|numb)|se (?:me |le )?(?:cayo|durmio))\b"
        rf"|\b(?:medio|half (?:my|his|her|the)) (?:cuerpo|body)\b"
        rf"|\bboca {_g(3)}(?:chuec\w*|torci\w*|de lado|caida|colgada)\b"
        rf"|\b(?:chuequeo|chuequea|se torcio) {_g(2)}(?:boca|face|cara)\b",
        ONE_SIDED_WEAKNESS,
        "emergency",
        True,
    ),
    # "suddenly cant hold his coffee cup with his right hand": one hand gone, told after it
    (
        ("hold", "grip", "lift", "agarrar", "sostener"),
        r"\b(?:cant|can not|cannot|couldnt|no (?:puede|pude|puedo)) (?:hold|grip|lift|agarrar"
        r"|sostener) (?:\S+ ){0,4}?(?:with (?:his|her|my) (?:left|right) (?:hand|arm)"
        r"|con (?:la|su|mi|el) (?:mano|brazo) (?:izquierd|derech)[oa])\b"
        # not a hand long known to be weak: "since the carpal tunnel, same as always"
        r"(?![^.!?]*\b(?:always|years|carpal|arthritis|usual|siempre|anos|artritis)\b)",
        ONE_SIDED_WEAKNESS,
        "emergency",
        True,
    ),
    # Legs that won't do anything.
    (
        ("legs",),
        rf"\blegs {_g(3)}(?:wont|dont|won't|don't|no) (?:\S+ )?(?:do anything|hacen nada|do nothing"
        rf"|respond|work|move|mueven)\b",
        LEG_LOSS,
        "emergency",
        True,
    ),
    # Legs that fold or give way.
    (
        ("legs",),
        rf"\blegs {_g(3)}(?:folded|fold|folding|collapsed|crumpled|buckled|se doblaron|se vencieron"
        rf"|gave out|gave way)\b",
        LEG_LOSS,
        "emergency",
        True,
    ),
    # Breathing as a fight: "every breath is a fight", "like breathing through a straw".
    (
        ("breathe",),
        rf"\bbreathe {_g(4)}(?:fight|struggle|battle|through a (?:\S+ )?straw|popote|lucha|pelea)\b"
        rf"|\b(?:fighting|struggling|working hard|luchando) for {_g(2)}breathe\b",
        TROUBLE_BREATHING,
        "emergency",
        True,
    ),
    # Seeing what isn't there; muscles locked: withdrawal or toxicity.
    (
        ("isnt there", "arent there", "no estan", "no hay", "no existen", "not there"),
        rf"\b(?:seeing|sees|saw|ve|veo|viendo|picking at|talking to) {_g(4)}(?:that |who |que )"
        rf"(?:isnt|arent|aren't|isn't|are not|is not|no) (?:really )?(?:there|estan|hay|existen)\b",
        HALLUCINATIONS,
        "emergency",
        False,
    ),
    (
        ("muscles", "musculos"),
        rf"\b(?:muscles|musculos) {_g(3)}(?:rock hard|locked|stiff|hard as|tight as|rigid|tiesos"
        rf"|duros|trabados|engarrotados)\b",
        RIGIDITY,
        "urgent",
        True,
    ),
    # Speech: "words all slurry", "his words are mushy".
    (
        ("words", "speech", "palabras", "habla"),
        rf"\b(?:words|speech|talking|palabras|habla) {_g(2)}(?:slurry|slurred|slurring|mushy|mushed"
        rf"|thick|garbled|jumbled|trabad\w*|arrastra\w*|enredad\w*|mochas)\b",
        SLURRED_SPEECH,
        "emergency",
        True,
    ),
    # Suicide told as an act: "thought about driving off the bridge".
    (
        ("bridge", "puente", "cliff", "roof", "building", "edificio"),
        rf"\b(?:drive|driving|drove|jump\w*|tirarme|aventarme|lanzarme|tirarse|aventarse) {_g(1)}"
        rf"(?:off|from|de|desde|del) (?:the |a |el |un |la )?(?:bridge|cliff|roof|building|puente"
        rf"|edificio|techo)\b",
        SUICIDAL,
        "emergency",
        False,
    ),
    # Breathing: words cut short, sucking in air, breaths far apart.
    (
        ("air", "aire", "words", "palabras", "breathe"),
        r"\b(?:suck\w*|gulp\w*|grab\w*|gasp\w*|jal\w*) (?:in |for )?(?:air|aire)\b"
        r"|\b(?:only|barely|can only|solo|apenas) (?:\S+ )?(?:get out|say|puede decir|dice)"
        r" (?:a |two |few |a few |couple |dos |unas )?(?:\S+ )?(?:words|palabras)\b"
        rf"|\bbreathe {_g(4)}(?:far apart|apart|spaced out|long pauses|pausas|stops and starts)\b"
        r"|\bcount (?:to )?\d+ between\b"
        rf"|\bbreathe {_g(4)}(?:quiet|quietly|shallow|slow|slowly)\b",
        SLOW_BREATHING,
        "emergency",
        True,
    ),
    # Chest pressure: "crushing pressure behind my breastbone", "elephant on my chest".
    (
        ("chest",),
        rf"\b(?:tight|crushing|crush\w*|squeez\w*|heavy|heaviness|presion|opresion|apretado"
        rf"|weight|elephant) {_g(6)}chest\b"
        rf"|\bchest {_g(3)}(?:crushing|squeez\w*|heavy|heaviness|presion|opresion|apretado)\b"
        rf"|\b(?:sitting|standing|sentado|parado) (?:on|en|sobre) (?:my|his|her|mi|el|su) chest\b",
        CHEST_PAIN,
        "emergency",
        True,
    ),
    # Acting drunk without drinking, a hand that won't grip.
    (
        ("drunk", "borrach", "grip", "agarr"),
        r"\b(?:sounds|talks|talking|acting|acts|seems|habla|hablando|parece) (?:\S+ )?(?:drunk"
        r"|borrach\w*|tomad[oa])\b"
        rf"|\b(?:left|right|izquierd\w*|derech\w*) {_g(1)}(?:hand|mano|arm|brazo) {_g(2)}"
        rf"(?:wont|cant|can't|won't|doesnt|no) (?:\S+ )?(?:grip|hold|work|lift|agarra\w*)\b",
        ONE_SIDED_WEAKNESS,
        "emergency",
        True,
    ),
    # "Se me fue el mundo", "cai al piso".
    (
        ("mundo", "cai", "piso", "suelo"),
        r"\bse me (?:fue|vino) el mundo\b|\bcai\w* (?:al|en el) (?:piso"
        r"|suelo)\b(?! [^.!?]*\b(?:pero|but)"
        r" [^.!?]*\b(?:bien|ok|fine)\b)",
        FAINTING,
        "emergency",
        True,
    ),
    # Can't hold the head up; took a dose three times.
    (
        ("head", "drows", "settings", "medication", "dose"),
        r"\b(?:cant|can't|couldnt|no puede|no puedo|barely) (?:even )?(?:hold|keep|sostener)"
        r" (?:her|his|my|la|su) head (?:up)?\b"
        r"|\bdrowsier\b",
        EXTREME_DROWSINESS,
        "emergency",
        True,
    ),
    (
        ("settings", "medication"),
        r"\b(?:took|take|taken|tome|tomo|taking) (?:\S+ )?(?:settings|medication|dose|dosis)"
        r" (?:\S+ )?(?:3|three|tres|4|four|cuatro|2|two|dos|twice) (?:times|veces)\b"
        r"|\b(?:took|tome|tomo) (?:it |la |las )?(?:twice|dos veces|tres veces|three times)\b"
        r"|\bdouble (?:settings|dose|dosis)\b",
        OVERDOSE,
        "emergency",
        True,
    ),
    # Dozing off mid-sentence; shaken hard to get an answer.
    (
        ("dozing", "nodding", "drifting", "answer", "respon", "contest"),
        rf"\b(?:dozing|nodding|drifting|dozes|nods|drifts) off {_g(2)}(?:mid|in the middle|while"
        rf"|talking|eating|hablando|comiendo)\b"
        rf"|\b(?:shake|shaking|sacudir\w*|sacudo|sacudimos) {_g(2)}(?:to get|para que) {_g(2)}"
        rf"(?:answer|respon\w*|contest\w*|wake)\b",
        EXTREME_DROWSINESS,
        "emergency",
        False,
    ),
    # A farewell: "wanted to say goodbye... I've made my decision".
    (
        ("goodbye", "good bye", "adios", "despedir"),
        r"\b(?:goodbye|good bye|adios|despedirme)\b.*\b(?:made my decision|(?:thank you|thanks)"
        r" (?:all )?for everything|gracias por todo|tome (?:mi|la) decision)\b"
        r"|\b(?:made my decision|tome (?:mi|la) decision)\b.*\b(?:goodbye|good bye|adios)\b",
        SUICIDAL,
        "emergency",
        False,
    ),
    # An oozy wound: "the belly incision is a little oozy" (not oozy cheese).
    (
        ("oozy", "oozey"),
        r"\b(?:incision|wound|site|herida|scar|cut|stitches|catheter|dressing|bandage)"
        r" (?:\S+ ){0,4}?(?:oozy|oozey)\b"
        r"|\b(?:oozy|oozey) (?:\S+ ){0,3}?(?:incision|wound|site|scar|stitches|catheter|cateter"
        r"|herida|dressing)\b",
        PUS,
        "urgent",
        True,
    ),
    # Skin stretched tight over the pump: "se le ve la piel bien tirante donde está la bomba".
    (
        ("tirante", "estirad", "tensa", "stretched"),
        r"\b(?:piel|skin) (?:\S+ ){0,2}?(?:tirante|estirad[ao]|tensa|stretched)\b"
        r"(?=[^.!?]*\b(?:donde|around|over|alrededor|sobre|encima|near|cerca|by)\b[^.!?]*"
        r"\b(?:pump|herida|incision|site|wound|cicatriz|catheter|cateter|scar)\b)",
        SWELLING,
        "urgent",
        True,
    ),
    # Something coming out of the wound: "sale como un moco amarillo de la herida".
    (
        ("sale",),
        r"\bsale (?:como )?(?:un |una |mucho |mucha |poco |poquito )?(?:moco|liquido|agua|pus|baba"
        r"|sangre)(?: \S+)? (?:de|por) (?:la |el |mi |su )?(?:herida|cicatriz|incision|cortada"
        r"|piquete)\b",
        DRAINAGE,
        "urgent",
        True,
    ),
    # Legs that gave out, told with a pronoun: "legs are stiff and tired, and they gave out on me".
    (
        ("gave out", "give out", "giving out"),
        r"\blegs (?:\S+ ){0,5}?(?:and|,) (?:then )?they (?:gave|give|keep giving|kept giving) out"
        r" (?:on me|under me)\b",
        WEAKNESS,
        "urgent",
        False,
    ),
    # Turning blue: "she looks blue", "se esta poniendo azul".
    (
        ("blue",),
        rf"\b(?:she|he|shes|hes|she's|he's|el|ella|him|her|face|cara|skin|piel) {_g(2)}(?:looks?"
        rf"|is|turning|turned|going|went|poniendo|puso|ve|esta|estaba) {_g(1)}blue\b"
        rf"|\b(?:turning|going|turned|went|poniendose|poniendo|se puso|se esta poniendo|se ve)"
        rf" {_g(1)}blue\b"
        # "hes blue": no verb but the contraction
        r"|\b(?:hes|he's|shes|she's) (?:all |so |kinda |real |really )?blue\b(?! (?:about|over"
        r"|because|bc|since|lately|jays|devils))",
        BLUE_LIPS,
        "emergency",
        True,
    ),
    # Bleeding that hasn't stopped: "no ha parado de sangrar".
    (
        ("bleeding", "sangr"),
        r"\b(?:no|wont|hasnt|won't|hasn't|doesnt|isnt) (?:ha |has |se )?(?:parado|upright|para"
        r"|dejado|deja|stopped|stop|quit|quitado) (?:de )?(?:bleeding|sangrar)\b",
        UNCONTROLLED_BLEEDING,
        "emergency",
        False,
    ),
    # Teeth chattering: chills.
    (
        ("chatter", "castan"),
        r"\bteeth (?:\S+ )?chatter\w*|\bchatter\w* teeth\b|\bcastan\w* (?:los )?dientes\b"
        r"|\bdientes (?:\S+ )?castan\w*",
        CHILLS,
        "urgent",
        True,
    ),
    # Seeing creatures on the ceiling; a body locked up.
    (
        ("ceiling", "wall", "techo", "pared", "locked", "rigid", "tieso"),
        rf"\b(?:seeing|sees|saw|ve|veo|viendo) (?:\S+ )?(?:spiders|bugs|snakes|people|animals"
        rf"|bichos|aranas|culebras|gente|animales|cosas) {_g(2)}(?:on|in|en) (?:the |el |la |las )?"
        rf"(?:ceiling|wall|walls|techo|pared|paredes)\b",
        HALLUCINATIONS,
        "emergency",
        True,
    ),
    (
        ("locked", "rigid", "tieso"),
        rf"\b(?:body|cuerpo) {_g(3)}(?:locked up|locked|rigid|rigido|tieso|engarrotado)\b",
        RIGIDITY,
        "urgent",
        True,
    ),
    # Catching air between words.
    (
        ("catch", "every few words", "words"),
        r"\bcatch (?:my |his |her |some )?(?:air|breathe)\b"
        r"|\bevery (?:few|couple|two|2|3) (?:of )?words\b",
        TROUBLE_BREATHING,
        "emergency",
        True,
    ),
    # Withdrawal told plainly: goosebumps, the runs.
    (
        ("gallina", "goose", "bano", "bathroom"),
        r"\bpiel de gallina\b|\bgoose ?bumps\b"
        r"|\bno (?:paro|para) de ir al bano\b|\bkeeps? (?:running|going) to the bathroom\b",
        WITHDRAWAL,
        "urgent",
        True,
    ),
    # "I think I double dosed", "took a double dose": an overdose.
    (
        ("double", "twice"),
        r"\bdouble (?:dosed|dosing|dose|doses|dosis)\b|\bdosis doble\b"
        r"|\b(?:got|given|gave|took|taken|le dieron|tomo) (?:\S+ ){0,3}?(?:oxycodone|oxy|morphine"
        r"|dilaudid|norco|percocet|hydrocodone|dose|medication) (?:\S+ ){0,1}?twice\b"
        # "an extra serving of his liquid morphine, gave it twice by accident"
        r"|\b(?:oxycodone|oxy|morphine|dilaudid|norco|percocet|hydrocodone|dose|medication)\b"
        r"(?: \S+){0,12}? (?:gave|given|le di|le dio|le dieron) (?:it|them|la|lo|las)"
        r" (?:\S+ )?(?:twice|dos veces)\b",
        OVERDOSE,
        "emergency",
        True,
    ),
    # Bleeding that will not stop: "keeps bleeding", "sigue sangrando", "not stopping".
    (
        ("bleeding", "blood"),
        r"\b(?:keeps|keep|kept|wont stop|won't stop|cant stop|sigue|siguio|no para de|nah stop"
        r"|not stop|dont stop|doesnt stop) (?:on )?bleeding\b"
        r"|\b(?:bleeding|blood)\b(?: \S+){0,8}? (?:not stop|wont stop|won't stop|no para|nah stop"
        r"|nuh stop|soak|soaked)\b"
        # "Gums bleeding as always and I spit out a big clot, won't stop"
        r"|\b(?:bleeding|blood)\b(?: \S+){0,8}? clots?(?: \S+){0,2}? (?:not stop|wont stop"
        r"|won't stop|doesnt stop)\b"
        rf"|\b(?:bleeding|blood) {_g(8)}(?:not stopping|not stop|wont stop|won't stop|doesnt stop"
        r"|no para|no se para"
        r"|keeps going|soaked|soaking|empapad\w*)\b",
        UNCONTROLLED_BLEEDING,
        "emergency",
        True,
    ),
    # "Better off if I wasn't here"; "taking the whole bottle"; "no point anymore".
    (
        (
            "better off",
            "bottle",
            "frasco",
            "bote",
            "point",
            "take",
            "tomar",
            "swallow",
        ),
        r"\bbetter off (?:if|without) (?:i|me)\b|\bbetter off (?:gone|not (?:here|around|alive))\b"
        r"|\b(?:what's|whats|what is) the point (?:anymore|of (?:living|going on|it all))\b"
        r"|\b(?:take|taking|took|tomar\w*|tomarme|tomandome) (?:the |a |la |el |toda la |todo el )?"
        r"(?:whole|entire|toda|todo|todas|all the) (?:\S+ )?(?:bottle|frasco|bote|pills"
        r"|pastillas)\b"
        r"|\b(?:dont|don't|cant|do not) (?:really |even )?see (?:the |any )?point anymore\b"
        # "going to take every pill in this house tonight", "take everything in the medicine
        # cabinet ... I'm done": a plan, with a word of ending before or after it
        rf"|\b{_ENDING}\b.*?\b{_TAKE_IT_ALL}\b|\b{_TAKE_IT_ALL}\b(?=.*\b{_ENDING}\b)"
        # a denial taken back: "I won't take everything in the cabinet, but some days I want to"
        r"|\b(?:wont|will not|not going to|no voy a) (?:take|swallow|tomar\w*) (?:every|everything"
        r"|all|todo|todas)\b (?:\S+ ){0,4}?(?:pills?|medication|pastillas|cabinet|gabinete|bottle"
        r"|frasco)\b.*?\b(?:but|pero) (?:some days|sometimes|at times|a veces|algunos dias"
        r"|part of me) (?:i |yo )?(?:want|wanna|quiero|feel like)(?: to)?(?= [.!,;]|$| (?:do it"
        r"|end it|hacerlo))",
        SUICIDAL,
        "emergency",
        False,
    ),
    # Suicide told as a plan: "going to shoot himself", "pegarse un tiro".
    (
        ("shoot", "hang", "tiro", "ahorc", "colgar", "gun", "pistola", "arma"),
        r"\b(?:shoot|hang|shot) (?:him|her|my|your|them)sel(?:f|ves)\b"
        r"|\b(?:pegarse|pegarme|darse|darme) un tiro\b|\b(?:ahorcarse|ahorcarme|colgarse)\b"
        r"|\bhid (?:the|his|her|my) (?:gun|pills|meds|knives)\b",
        SUICIDAL,
        "emergency",
        False,
    ),
)

# Beside a backstop word, these say it is something ordinary, not the red flag: dry lips, not
# blue ones (blue lips have rules of their own); a tickly or hoarse throat, not a swollen one
# (swelling, tightness or closing have their rules); a chest cold, not chest pain.
BACKSTOP_NOT: dict[str, frozenset[str]] = {
    "lips": _words(
        "chapped cracked cracking dry dried peeling sunburnt sunburned partidos partidas resecos "
        "resecas agrietados agrietadas chapstick"
    ),
    "throat": _words(
        "tickle tickly tickling froggy phlegm mucus flema hoarse lozenge lozenges strep clearing "
        "scratchy"
    ),
    "chest": _words("congestion congested phlegm mucus flema vicks steam"),
}
# Right after "blue", a thing of that colour, not a face or lips turning blue: "the little blue
# clip they gave me", "my blue pill".
_BLUE_THINGS = _words(
    "clip clips pill pills card folder folders shirt sweater jacket coat jeans bag box cap "
    "bracelet band wristband tape pen paper papers form forms sheet binder bottle cooler truck "
    "car jays devils"
)
# Right after "bladder", a treatment named, not its control lost: "my bladder pill", "bladder
# botox".
_BLADDER_TREATED = _words(
    "pill pills med meds medicine medication medications botox stimulator doctor appt appointment"
)
# Right after a backstop word, the ordinary thing it names (BACKSTOP_THINGS); for the bladder
# only when nothing in the reply tells of control lost (BLADDER_LOST).
BACKSTOP_THINGS: dict[str, frozenset[str]] = {"blue": _BLUE_THINGS, "bladder": _BLADDER_TREATED}
BLADDER_LOST = _words(
    "let go leak leaked leaking leaks accident accidents wet hold control pee peed peeing "
    "floor orina escapa escapo mojo mojado mojada depends pants urine urinate incontinent "
    "incontinence diaper diapers bathroom toilet dribble dribbling soak soaking soaked"
)

# A reply with one of these words that no rule placed is at least urgent ("when in doubt, go
# up"): a red-flag word nobody read is not routine.
BACKSTOP_WORDS: dict[str, str] = {
    "breathe": TROUBLE_BREATHING,
    "chest": CHEST_PAIN,
    "pecho": CHEST_PAIN,
    "blue": BLUE_LIPS,
    "lips": BLUE_LIPS,
    "tongue": FACE_SWELLING,
    "throat": FACE_SWELLING,
    "bladder": BLADDER_BOWEL,
    "allergic": ALLERGIC_REACTION,
    "slurred": SLURRED_SPEECH,
}
