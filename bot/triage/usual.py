"""Tell a patient's usual from the new: a tremor, numb feet or tingling legs they have lived
with for years ("Feet numb as always", "just my regular shakes, nothing new", "el temblor
igual que siempre").

Patients who also live with Parkinson's, MS, essential tremor or neuropathy say so beside
good news. Such a sign, said in its own part of the sentence (up to a "but", "except",
"now" or comma) to be the usual, with no word there of it being worse, more, new, spreading,
started or compared ("than usual"), is no red flag of itself; any such word keeps it one, as
does numbness of the groin, the face or with the bladder. Only an urgent reading is lowered.
Bleeding may be usual only where a patient lives with it, at the nose or gums, and only once
it is over ("a little nosebleed that quit on its own like they usually do"), with nothing in
the reply of the wound, of time, amount or change, or of its not stopping. Dizziness and
swelling are never lowered so: "dizzy as always, however it lasts hours now" and "feet
swollen as always, I'm huffing and puffing" are red flags. Nausea, no red flag of itself but a
question for a nurse, is the usual for a patient with gastroparesis when the reply says so
("the usual nausea", "nauseous like every morning", "las náuseas de siempre") and says
nothing of the chest, the breath, the head or neck, vomiting, withdrawal, a fever or a change.
"""

from __future__ import annotations

import re

from bot.triage import lexicon as lx
from bot.triage.scope import span
from bot.triage.tokens import Tok

# How long a sign has been the patient's: "for years", "since 2016", "since my disc went in
# 2012" (a year before the pumps of this clinic, never the year of the surgery).
_LONG = (
    r"(?:for (?:years|ages|decades|\d+ (?:years|yrs))|forever|since (?:my |the )?(?:[a-z']+ )"
    r"{0,4}?(?:in )?(?:19\d\d|20[01]\d|202[0-3]))"
)
_USUAL = re.compile(
    r"\b(?:as usual|as always|like always|like they always are|same as (?:always|ever|every day"
    r"|usual)|same old|my normal|normal for me|nothing new|for \d+ (?:years|yrs)|for years"
    r"|de siempre|como siempre|igual que siempre|hace años|hace anos|de toda la vida"
    r"|my regular(?! (?:doctor|doc|dr|pcp|physician|nurse|pharmacy|provider|clinic))"
    r"|(?:that's|thats|that is|it's|its|just|is) (?:the|my) (?:ms(?! ?contin)|parkinson'?s"
    r"|neuropathy|essential tremor|tremor)|being the parkinson'?s|my (?:essential )?tremor"
    r"|neurologist knows)\b"
)
# ... and the usual told by how long it has been so: "same as every morning", "like they've
# been since 2016", "been that way for years" (checked against the whole reply after the sign).
_USUAL_LONG = re.compile(
    r"\b(?:same as every (?:morning|day|night)|it always is|they always are"
    rf"|like (?:it|they)(?:'ve|'s| have| has) (?:always been|been {_LONG})"
    rf"|been (?:that|this) way {_LONG})\b"
)
# A part of its own after the sign that tells it is the usual: "fingers pins and needles,
# been that way since my disc went in 2012", "hand still tingles but thats my neck not my
# back", "fingers tingly in the mornings but they always are".
_USUAL_AFTER = re.compile(
    r"^\W*(?:but |and |y |pero )?(?:(?:it'?s |its |that'?s |thats |this is |just |has |have"
    r" |i'?ve |they'?ve |its been |it'?s been )*"
    rf"(?:been (?:that|this) way {_LONG}|(?:my|the) (?:neck|disc"
    r"|neuropathy|diabetes|old injury)(?: not (?:my|the) (?:back|pump))?[^\w?]*$|nothing new"
    r"(?: there)?[^\w?]*$|(?:it|they) always (?:is|are|does|do)[^\w?]*$))"
)
# A sign long known to the patient is neither worse nor new for it: "numb since 2016".
_LONG_KNOWN = re.compile(rf"\b{_LONG}\b|\bnot (?:my|the) (?:back|pump)\W*$")
# Told so, nothing after the sign may say it changed, nor tie it to a dose: "legs shaking as
# they always are when my pump gets low", "... been that way for years but tonight its worse".
_LONG_CHANGED = re.compile(r"\?|\b(?:miss\w*|low|late|dose\w*|pump|bomba|private area)\b")
# Any of these in that part of the sentence keeps the sign a red flag.
_CHANGED = re.compile(
    r"\b(?:worse|worst|more|new|newer|spread\w*|start\w*|since|different|stronger|weaker|than"
    r"|not|isn't|isnt|never|nunca|no es|peor|m[aá]s|nuev[oa]s?|empez\w*|empiez\w*|empeor\w*"
    r"|desde|increas\w*|getting|got|went|up to|higher|harder|whole|both|tonight|this morning"
    r"|last night|this time|yesterday|again|acting up|crazy|out of control|bad|terrible|barely"
    r"|plus|also|too|except|can't|cant|cannot|won't|wont|now|ahora|ahorita|anoche|ayer|hoy"
    r"|today|todo el|toda la|sub\w*|fuerte|mucho|sudden\w*|de repente"
    r"|groin|butt|down there|between my legs|saddle|bottom|privates|private parts|crotch"
    r"|genital\w*|face|lips|cara|labios|bladder|pee|orinar|private area"
    r"|vejiga)\b"
)
# Anywhere in the sentence: "numb legs as usual, tripping a lot", "... except I can barely walk"
_ELSEWHERE_CHANGED = re.compile(
    r"\b(?:except|excepto|barely|can't|cant|cannot|can not|no puedo|trip\w*|fall\w*|fell"
    r"|worse|peor|new|nuev[oa]|spread\w*|weak\w*|debil\w*"
    # "... but on both legs up to the belly button", "only it's creeping higher"
    r"|both (?:legs|feet|sides|arms|hands)|ambas piernas|ambos (?:pies|lados|brazos)"
    r"|up to (?:my |his |her |the )?(?:knees?|thighs?|hips?|waist|belly|chest)|up past"
    r"|(?:creep\w*|climb\w*|mov\w*|going|gone) (?:up|higher)|higher up|belly button"
    r"|cintura|ombligo"
    # withdrawal or a tremor past the usual: "haven't taken my lithium in 3 days", "no para"
    r"|missed|skipped|ran out|out of (?:my|his|her) (?:lithium|meds?|medicines?|medications?"
    r"|pills?|refill|prescription)|haven'?t taken|no he tomado|no para|flapping|jerk\w*"
    # an arm or the face gone numb beside the usual: "se me adormeció el brazo derecho"
    r"|(?:adormeci[oó]|entumi[oó]|durmi[oó]) (?:\S+ ){0,2}?(?:brazo|cara|mano)"
    r"|(?:arm|face|hand) (?:went|got|has gone|is going|going) numb"
    # legs heavy or numb where one sits: "my legs feel heavy", "cant feel the toilet seat"
    r"|heav(?:y|iness)|pesad[oa]s?|toilet seat|wip(?:e|ing)|asiento"
    # "numb feet like always but now my hands too": a new place
    r"|now (?:my |his |her |in )?(?:hands?|arms?|legs?|face|fingers|chest|groin|belly)"
    r"|(?:hands?|arms?|legs?|face|fingers) (?:too|also|as well)"
    # "unable to hold a cup this morning"; a drug level told ("lithium level came back 1.9")
    r"|unable|level\w* (?:came back|came|is|was|of|at|high)|toxic"
    # a relative who doubts it: "he says it's his lithium like always, I don't buy it"
    r"|don'?t buy (?:it|that)|not like (?:him|her|them)(?:sel(?:f|ves))?"
    # "temblor del litio de siempre pero muy fuerte hoy"
    r"|pero (?:\S+ )?(?:muy|bien|m[aá]s) fuerte(?= hoy| ahora| ahorita|\W*$))\b"
)
# A doubt in the reply is no usual: "legs are numb, I doubt its from my diabetes", "could it
# be my neuropathy?", "I dont know if its my neuropathy or the catheter".
_DOUBT = re.compile(
    r"\bdoubt\w*|\bcould (?:it|this|that) be\b|\b(?:dont|don't|do not|not) (?:know|sure)"
    r" (?:if|whether) (?:its|it's|it is|this|that|thats|that's)\b"
    r"|\bno s[eé] si (?:es|sea|ser[aá])\b"
    r"|\b(?:its|it's|is it|thats|that's) (?:\S+ ){0,3}?right\s*\?|\bser[aá] (?:que|la|el|mi)\b"
)
# Bleeding is usual only where a patient lives with it (gums, a nosebleed every winter).
_BLEED_SITE = re.compile(r"\b(?:nose\w*|gums?|nariz|enc[ií]as)\b")
# How a patient who bleeds so tells it is the usual: "like they always do", "the kind I get".
_USUAL_BLEED = re.compile(
    r"\b(?:as usual|as always|like always|like (?:they|it|i) (?:always|usually) (?:do|does|did)"
    r"|the kind i (?:always )?get|same as every (?:winter|summer|year)|same old|nothing new"
    r"|de siempre|como siempre|igual que siempre)\b"
)
# Anywhere in the reply, these keep a bleed a red flag: the wound, the pump or the face, any
# number (minutes, towels), lasting, heavy, new or worse, not stopping, a second thought.
_NEVER_USUAL_THERE = re.compile(
    r"\d|\b(?:incision\w*|wound|site|cut|pump|catheter|stitch\w*|staples?|dressing|bandage"
    r"|herida|bomba|puntos|back|espalda|belly|stomach|tummy|panza|throat|tongue|garganta"
    r"|lengua|ear|ears|eye|eyes|mouth|cough\w*|vomit\w*|pee|urine|stool|poop|red\w*|hot|warm"
    r"|pus|leak\w*|drain\w*|fever|fiebre|stop|stopping|won't|wont|keeps?|still|min|mins"
    r"|minutes?|hours?|hrs?|long|longer|gush\w*|pour\w*|spurt\w*|drip\w*|towels?|soak\w*"
    r"|let up|counting|going|been|first|never|different|now|ahora|again|more|worse|heavy"
    r"|heavier|clots?|lots|everywhere|er|911|weak\w*|dizzy|faint\w*|pale|mareo\w*|no para"
    r"|sigue|todav[ií]a|mucho|mucha|horas?|minutos?|scar|scab|implant|device|side|abdomen|hip"
    r"|needle|spot|port|skin|all|since|ages|box|roll|sink|cup\w*|faucet|tissues?|toallas?"
    r"|noche|mañana|tarde|desde|quita|not|doesn't|doesnt|hasn't|hasnt|isn't|isnt|can't|cant"
    r"|wait|yes|tho|though|actually)\b"
)
# ... and it is over: "a nosebleed that quit on its own like they usually do".
_STOPPED = re.compile(
    r"\b(?:stopped|quit|went away|over|done|se (?:par[oó]|quit[oó]|cort[oó])|ya par[oó])\b"
)
# Nausea told as the usual: anywhere in the reply ...
_USUAL_NAUSEA = re.compile(
    r"\b(?:usual|normal|regular|as always|like always|like every (?:morning|day)|every morning"
    r"|same as (?:always|usual|ever|before)|story of my life|for years|nothing new|my gi"
    r"|gastroparesis|de siempre|como siempre|igual que siempre|de todos los d[ií]as|nada nuevo)\b"
)
# ... and nothing there of a partner of a heart attack, meningitis, withdrawal or a change.
_NAUSEA_NEVER_USUAL = re.compile(
    r"\b(?:chest|heart|pecho|coraz[oó]n|breath\w*|respir\w*|air|aire|pressure|arm|jaw|sweat\w*"
    r"|sud\w*|faint\w*|pass\w* out|desmay\w*|dizz\w*|mare\w*|head\w*|cabeza|neck|cuello|stiff"
    r"|vomit\w*|throw\w*|threw|puk\w*|v[oó]mit\w*|blood\w*|sangre|black|coffee|worse|worst|more"
    r"|peor|m[aá]s|new|nuev[oa]|different|keep (?:anything|nothing|it) down|missed|ran out|skipp\w*"
    r"|withdraw\w*|shak\w*|goosebump\w*|diarrh\w*|runs|fever\w*|fiebre|calentura|chills?"
    r"|confus\w*|pump|bomba|site|incision|herida|wound|since|desde|can'?t"
    r"|cannot|won'?t|no puedo)\b"
)
_NOT_CHANGED = re.compile(
    r"\bnothing new\b|\bnada nuevo\b|\bnot new\b|\bno (?:change|changes|different)\b"
    r"|\b(?:hasn'?t|has not|not) changed\b"
)
_THANKS_AS_USUAL = re.compile(r"\bthanks? (?:you )?(?:as usual|as always)\b")
_PARTS = re.compile(r"\b(?:but|except|pero|however|now|otherwise|aunque|sino|excepto)\b|[,;]")


def plain(text: str) -> str:
    """Return text lower-cased with curly apostrophes made straight, as the patterns spell it."""
    return text.lower().replace("\u2019", "'")


def is_usual(text: str, toks: list[Tok], i: int, j: int, symptom: str) -> bool:
    """Return True when the sign at tokens i..j-1 is told, in its part of the sentence, as
    the usual."""
    a, b = span(toks, i, j, lx.CLAUSE_END)
    start = toks[a].start
    sentence = plain(text[start : toks[b - 1].end])
    at = toks[i].start - start
    cuts = [0, *(m.start() for m in _PARTS.finditer(sentence)), len(sentence)]
    lo = max(c for c in cuts if c <= at)
    hi = min(c for c in cuts if c > at) if any(c > at for c in cuts) else len(sentence)
    part = _THANKS_AS_USUAL.sub(" ", sentence[lo:hi])
    rest = _NOT_CHANGED.sub(" ", _THANKS_AS_USUAL.sub(" ", sentence))
    if symptom == lx.BLEEDING:
        whole = plain(text)
        return (
            bool(_BLEED_SITE.search(part) and _USUAL_BLEED.search(part))
            and bool(_STOPPED.search(whole))
            and not _NEVER_USUAL_THERE.search(whole)
            and not _CHANGED.search(_NOT_CHANGED.sub(" ", part))
        )
    if not _USUAL.search(part):
        # told by how long it has been so, or in the next part: nothing after the sign may
        # say it changed
        after = [c for c in cuts if c > hi]
        told_after = _USUAL_AFTER.search(sentence[hi : after[0] if after else len(sentence)])
        if not (told_after or _USUAL_LONG.search(part)):
            return False
        after_sign = _LONG_KNOWN.sub(" ", _NOT_CHANGED.sub(" ", plain(text[toks[i].start :])))
        if _CHANGED.search(after_sign) or _LONG_CHANGED.search(after_sign):
            return False
    return (
        not _CHANGED.search(_LONG_KNOWN.sub(" ", _NOT_CHANGED.sub(" ", part)))
        and not _ELSEWHERE_CHANGED.search(rest)
        # the sentence with its closing mark: "its my neuropathy right?"
        and not _DOUBT.search(text[start : toks[min(b, len(toks) - 1)].end].lower())
    )


# Every part of a reply whose usual sign may wave off says only that, a denial or a score:
# "feet numb as always. no fever" (not "... and my legs feel heavy. No fever").
_PART_SPLIT = re.compile(r"[.,;!]|\band\b|\by\b")
_PLAIN_PART = re.compile(
    r"\d|\b(?:no|not|nothing|none|nope|always|usual|same|neuropathy|tremor|nada|sin|siempre"
    r"|igual|fine|good|ok|okay|bien|thanks|thank|gracias)\b"
)


def only_the_usual(text: str, toks: list[Tok]) -> bool:
    """Return True when the reply turns nowhere ("but now my hands too") and each part of it
    is the usual sign, a denial or a score."""
    if any(t.lemma in lx.CONTRAST for t in toks):
        return False
    parts = [p for p in _PART_SPLIT.split(plain(text)) if p.strip()]
    return all(_PLAIN_PART.search(p) for p in parts)


def is_usual_nausea(text: str) -> bool:
    """Return True when the reply tells its nausea as the patient's usual and nothing beside
    it that nausea would make worse."""
    said = plain(text)
    return bool(_USUAL_NAUSEA.search(said)) and not _NAUSEA_NEVER_USUAL.search(
        _NOT_CHANGED.sub(" ", _DENIED_SIGNS.sub(" ", said))
    )


def is_usual_vomiting(text: str) -> bool:
    """Return True when a patient who lives with gastroparesis tells throwing up as their usual
    ("I've thrown up most mornings for years", "about average for a flare week") with nothing
    beside it of pills or doses thrown up, blood, the head or neck, withdrawal, a fever, the
    chest or breath, or a change."""
    said = plain(text)
    calm = _DENIED_SIGNS.sub(" ", said)
    return (
        bool(_USUAL_VOMITING.search(said))
        and not _VOMITING_NEVER_USUAL.search(calm)
        and not _NAUSEA_NEVER_USUAL.search(_VOMITING.sub(" ", calm))
    )


_USUAL_VOMITING = re.compile(
    r"\b(?:gastroparesis|my normal|normal for me|about average|as usual|as always|like always"
    r"|most mornings|every morning|(?:a|couple|few|couple of) times a week|for years"
    r"|empties slow\w*|de siempre|como siempre|igual que siempre)\b"
)
# Pills or a dose thrown up is a missed dose (withdrawal); and any word of more or worse.
_VOMITING_NEVER_USUAL = re.compile(
    r"\b(?:pills?|meds?|medicines?|medication\w*|dose\w*|tablets?|pastillas?|medicina\w*"
    r"|oxy\w*|morphine|dilaudid|up everything|everything i (?:eat|drink)|todo lo que"
    r"|can'?t keep|cannot keep|won'?t stay|all day"
    r"|all night|todo el d[ií]a|nonstop|non stop|won'?t stop|no para|green|yellow|brown|bile"
    r"|grounds|dark\w*|red\w*|pink\w*|tinged|maroon|rojo|roja|negro|negra|oscur\w*|late|overdue"
    r"|forgot|refill\w*|olvid\w*|acab\w*|yawn\w*|restless|runny|but today|today it)\b"
)
_VOMITING = re.compile(
    r"\b(?:vomit\w*|throw\w* up|threw up|thrown up|puk\w*|v[oó]mit\w*|throwing)\b"
)


# "no fever", "sin fiebre", "no headache": signs denied are no reason to doubt the usual.
_DENIED_SIGNS = re.compile(
    r"\b(?:no|sin|without|zero|not any|nothing) (?:fevers?|fiebre|calentura|headaches?|dolor de"
    r" cabeza|fluid|leak\w*|drips?|redness|swelling)(?:,? (?:no|or|ni) (?:fevers?|fiebre"
    r"|headaches?|fluid|leak\w*|redness|swelling))*(?: when i stand)?\b"
    r"|\b(?:fevers?|headaches?|fiebre) (?:none|no|nope|nada)\b"
    r"|\b(?:incision|site|herida|wound)s? (?:looks|look|is|are|se ve|esta) (?:fine|good|ok|okay"
    r"|clean|great|bien|normal)\b"
)
