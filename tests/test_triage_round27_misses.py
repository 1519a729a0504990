"""Round 26's released sets (PP1-PP5) read at the wrong level, each beside the counter-cases
that must keep their level: readings off a home device in their usual range ("sugar 101, BP
122/70, O2 96%") are placed, oxygen under 90% is urgent; a half-point score ("1.5"); "ayer me
dolía más, hoy menos" (nothing worse after it); "pero es normal" told, not asked; breathing
exercises, "Go Big Blue", "that's the worst of it", "qué pena no haber contestado"; a wound
"mojada"; "c'est pas pire"; a well's pump; a question the clinic must answer after "also" or
"¿Ya me puedo ...?"; a paper promised and never received. Its safety review removed the draft's
"took the extra lasix like cardiology told me to", "pill organizer is confusing", "puffs of
inhaler", "what's the pump alarm supposed to sound like" and "sin escape de líquido" (each hid
red flags; ROUND_27 in tests/test_triage_reviewed_drops_round15.py) and narrowed the device
readings (whole numbers right after their word, a pressure only after "BP")."""

from __future__ import annotations

from tests.helpers.triage_cases import read_at_their_levels

CASES = [
    # a home device's readings
    (
        "Good morning! No problems. Weight 168.2, BP 122/70, sugar 101, O2 96%. Insulin 12 units",
        "first_check_in",
        None,
        "ok",
    ),
    ("good. sugar 95 before breakfast", "first_check_in", None, "ok"),
    ("We're doing fine. Bob had dialysis, BP was 110/60 after", "first_check_in", None, "ok"),
    ("Four days in. O2 sat 86 on the clip thing", "symptom_check", None, "urgent"),
    ("Everything under control. Sats 84", "symptom_check", None, "emergency"),
    ("O2 sat 89%", None, None, "urgent"),
    # a decimal, a slash or an hour beside a temperature is the temperature's
    ("temp last hr 101.4", None, None, "urgent"),
    ("Temp 101/99 tonight", None, None, "urgent"),
    ("No fever. Sugar 118 this am, BP 132/78, weight 201.4", "first_check_in", None, "ok"),
    ("Steady as she goes. BP 78/40 again", "symptom_check", None, "routine"),
    ("fine, sugar and temp 101", "symptom_check", None, "urgent"),
    # scores and pain told as easing
    ("1.5", "trial_check", None, "ok"),
    ("8.5", "trial_check", None, "urgent"),
    ("6. Had a 30 yr career of 8s so this is a vacation", "trial_check", None, "ok"),
    ("bien, ayer me dolía más, hoy menos", "first_check_in", None, "ok"),
    ("ayer me dolía más, hoy más", "first_check_in", None, "urgent"),
    ("ayer me dolía más, hoy menos, pero en la tarde volvió y más fuerte", None, None, "urgent"),
    ("Estoy bien, cansadita pero es normal después de todo esto", "first_check_in", None, "ok"),
    ("tengo fiebre, es normal", None, None, "urgent"),
    # sign words in ordinary phrases
    ("took extra pills, the voices told me to", None, None, "emergency"),
    ("cant do my breathing exercises, too short of breath", None, None, "emergency"),
    ("No fever, no redness, swelling is all gone. Go Big Blue!!", "symptom_check", None, "ok"),
    (
        "Site's fine. Tape left a sticky mark that won't come off, that's the worst of it.",
        "after_trial_check",
        None,
        "ok",
    ),
    ("fever 101 and chills, thats the worst of it", None, None, "urgent"),
    (
        "Qué pena no haber contestado ayer, estaba donde mi hermana. Estoy bien, sin fiebre",
        "first_check_in",
        None,
        "ok",
    ),
    ("what does the pump alarm sound like? something is beeping", None, None, "urgent"),
    (
        "Went to my granddaughter's softball game today. First one I could sit through the "
        "whole thing. Just wanted you to know.",
        None,
        None,
        "ok",
    ),
    ("c'est pas pire, merci", "symptom_check", None, "ok"),
    ("la herida esta mojada", None, None, "urgent"),
    (
        "todo bien conmigo, la que no sirve es la bomba del pozo alla en el rancho",
        "first_check_in",
        None,
        "ok",
    ),
    ("the pump stopped working, not the well pump, MY pump", None, None, "urgent"),
    # questions and promises a nurse answers
    (
        "mmhm fine i gues. also can my nurse from home health call you about the dressing orders",
        "symptom_check",
        None,
        "routine",
    ),
    ("¿Ya me puedo bañar? No tengo fiebre", None, None, "routine"),
    (
        "Doing ok. I was supposed to get a paper saying I can go back to work, never got it",
        "first_check_in",
        None,
        "routine",
    ),
]


test_reply_is_read_at_its_level = read_at_their_levels(CASES)
