"""Found while tuning on round 72's released sets (JJJJ), which missed no red flag. Good news
read as a red flag: the usual of a patient with old neck disc trouble told beside it ("fingers
pins and needles, been that way since my disc went in 2012", "hands tingly same as every
morning"), a temperature taken twice, a water pill taken extra as the heart nurse said, a fever
"back in the spring ... nothing now", "how much fluid am I allowed", "cheat on salt", hands
shaken out, a headache "same whether I'm up or lying down", a score after "0 to 10 I'd say",
"didnt need to" at a reply's end, "stable", "excited", "finally" and "todo suave". And the three
reviewed red flags the retrained reader stopped catching, now rules: "world was spinning", "la
plaie est rouge", "bumuka ang sugat".

Drafts that a safety review or a read of the code showed could hide a red flag were taken out
or narrowed, and their red flags are here: a stiff neck and breath short on the stairs told as
the usual (a fever's words beside them are too many to list), "my sister swears by it" (the
words read as sweats), the hot tub's "that's the water" (said of a person's temperature after
a bath), "easier to get up out of" and "I don't want to" at a reply's end, a usual told in the
next part of the sentence with a change after it, a water pill "like the nurse said" beside an
overdose, "not the same whether", "until today", "the same thing started yesterday", "after my
last fall", "does nothing now", a score after "I'd say" with another number after it."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # the usual of old neck disc trouble, and what stays a red flag beside it
    (
        "Not bad. Fingers still pins and needles, been that way since my disc went in 2012. "
        "Otherwise fine",
        "first_check_in",
        None,
        "ok",
    ),
    ("fine. hands tingly same as every morning, goes away once I shake them out", None, None, "ok"),
    (
        "Doing fine. Fingers on my left hand are numb like they've been since 2016, nothing new",
        "first_check_in",
        None,
        "ok",
    ),
    ("my hand tingles but thats my neck not my back", "symptom_check", None, "routine"),
    ("hands numb, been that way since tuesday", "symptom_check", None, "urgent"),
    ("legs numb like they've been all week", "symptom_check", None, "urgent"),
    ("legs numb but thats my back", "symptom_check", None, "urgent"),
    ("legs numb, been that way since 2010 but this morning it's much more", None, None, "urgent"),
    (
        "Legs numb, been that way since my disc went in 2012. Since the pump trial it's both legs "
        "up to my waist",
        None,
        None,
        "urgent",
    ),
    ("feet tingling, my diabetes?", "symptom_check", None, "urgent"),
    ("numb in my private area, been that way for years", None, None, "urgent"),
    ("legs shaking as they always are when my pump gets low", None, None, "urgent"),
    # a stiff neck and breath short on the stairs stay red flags, told as the usual or not
    ("neck's stiff but it always is. I'm burning up", "symptom_check", None, "emergency"),
    ("stiff neck as usual. tengo escalofrios", "symptom_check", None, "emergency"),
    ("winded on the stairs like usual, lightheaded", None, None, "emergency"),
    ("out of breath as usual. husband walked the dog", None, None, "emergency"),
    # a temperature taken twice, a water pill as the heart nurse said; an overdose stays one
    ("no fever, I took it twice to be sure. 98.4 and 98.6", "symptom_check", None, "ok"),
    ("Took it twice to be sure. 101.2 and 101.6", "symptom_check", None, "urgent"),
    ("took it twice to be sure", None, None, "emergency"),
    ("Took my extra water pill as the heart nurse told me, peeing a lot", None, None, "routine"),
    ("took the extra water pill like the nurse said never to", None, None, "emergency"),
    ("took 2 extra oxys and the water pill like the doctor said", None, None, "emergency"),
    (
        "Took 8 of my oxycodone at once and the extra water pill like the nurse said",
        None,
        None,
        "emergency",
    ),
    ("He took 10 extra pills, not like the doctor said", None, None, "emergency"),
    # a fever long gone; one that is back
    (
        "nope. I did have a fever of 101 back in the spring with covid but nothing now",
        "symptom_check",
        None,
        "ok",
    ),
    ("had a fever last winter, now 101 again", None, None, "urgent"),
    (
        "Had a fever of 101 back in the spring, and the same thing started yesterday",
        None,
        None,
        "urgent",
    ),
    ("my back incision got swollen and red after my last fall", None, None, "urgent"),
    (
        "chills back in 2019 with the pump infection, the heating pad does nothing now",
        "symptom_check",
        None,
        "urgent",
    ),
    # words read as signs that are not
    (
        "none of the above. my ankles are the only thing that know when I cheat on salt",
        "symptom_check",
        None,
        "ok",
    ),
    ("how much fluid am I allowed, they told me 1.5 liters for my heart", None, None, "routine"),
    ("how much fluid should i expect coming out of my incision", None, None, "urgent"),
    ("fluid leaking from my back", None, None, "urgent"),
    ("Missed my dose, sweating by this morning", None, None, "urgent"),
    (
        "4. got my usual neck headache this am, same whether I'm up or lying down",
        "trial_check",
        None,
        "routine",
    ),
    ("headache same whether I'm up or lying down but worse when I stand", None, None, "urgent"),
    ("headache, not the same whether I'm up or lying down", "trial_check", None, "urgent"),
    (
        "His headache was the same whether he's up or lying down until today, now only when he "
        "sits up",
        None,
        None,
        "urgent",
    ),
    # a score after "0 to 10 I'd say", and none when another number follows
    ("0 to 10 Id say 5. no leaking that I see, wife checked it too", "trial_check", None, "ok"),
    ("0 to 10 I would say a 9", "trial_check", None, "urgent"),
    ("0 to 10 I'd say about 6 lying down, 10 when I stand up", "trial_check", 6.0, "urgent"),
    ("0 to 10 i would say 3 days now its been a 9", "trial_check", 5.0, "urgent"),
    # a temperature after a bath is a person's, whatever the water was
    ("I'm 102, thats the water pill", None, None, "urgent"),
    (
        "ear thermometer on my wife after her shower 101.4, thats the water lol",
        None,
        None,
        "urgent",
    ),
    # known words and whole sentences that end on "to"
    ("Nel, todo suave", "symptom_check", None, "ok"),
    (
        "Back to church Sunday, sat in the back in case I had to get up. Didnt need to",
        None,
        None,
        "ok",
    ),
    ("doing ok but I ran out of", "symptom_check", None, "routine"),
    ("doing fine, some days I just don't want to", None, None, "urgent"),
    # reviewed red flags the retrained reader stopped catching
    ("world was spinning at the store I had to sit", None, None, "urgent"),
    ("the world keeps spinning", "symptom_check", None, "ok"),
    ("ben correct mais la plaie est rouge", "symptom_check", None, "urgent"),
    ("Bumuka po ang sugat, hindi ko alam ang gagawin", None, None, "urgent"),
]

test_reply_is_read_at_its_level = read_at_their_levels(CASES)
