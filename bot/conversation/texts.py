"""Every text a patient or the on-call phone receives, in English and Spanish: one catalogue.

Pure. Texts are short (one SMS segment where possible), name the clinic, say how to reach
a person (the clinic's phone or 911), put 911 first and short in an emergency, never tell a
patient they are fine, and carry no more health detail than needed.
"""

from __future__ import annotations

from datetime import date

from bot.config import Clinic
from bot.domain.phones import display_phone

# One SMS segment in the GSM alphabet; longer texts are split by the carrier.
SEGMENT = 160

# Written out rather than taken from the locale, which the server may not have.
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS_ES = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")


def answer_language(language: str) -> str:
    """Return "es" for Spanish (es, es-MX, es_US...), else "en"."""
    primary = language.strip().lower().replace("_", "-").split("-")[0]
    return "es" if primary == "es" else "en"


# The catalogue: every fixed text, by name and language. {clinic} is the clinic's name and
# {phone} its number as patients dial it; other fields are named where they are used.
CATALOGUE: dict[str, dict[str, str]] = {
    "help": {
        "en": "{clinic}: check-in texts for about 8 weeks after your procedure. Help: {phone}; "
        "emergency: 911. Msg & data rates may apply. Reply STOP to opt out.",
        "es": "{clinic}: mensajes de control por unas 8 semanas después de su procedimiento. "
        "Ayuda: {phone}; emergencia: 911. Pueden aplicarse tarifas de mensajes y datos. "
        "Responda PARAR o STOP para cancelar.",
    },
    "opted_out": {
        "en": "{clinic}: you will get no more texts. Reply START to resume. "
        "Questions? Call {phone}.",
        "es": "{clinic}: no recibirá más mensajes. Responda START para reanudar. "
        "¿Preguntas? Llame al {phone}.",
    },
    "opted_in": {
        "en": "{clinic}: you will get check-in texts again. Msg & data rates may apply. "
        "Help: {phone}. Reply STOP to opt out.",
        "es": "{clinic}: volverá a recibir mensajes de control. Pueden aplicarse tarifas de "
        "mensajes y datos. Ayuda: {phone}. Responda PARAR para cancelar.",
    },
    "fallback": {
        "en": "If this is an emergency, call 911 now. {clinic} got your text and someone will "
        "contact you. Call {phone}.",
        "es": "Si es una emergencia, llame al 911 ahora. {clinic} recibió su mensaje y alguien "
        "le contactará. Llame al {phone}.",
    },
    "no_reply_reminder": {
        "en": "{clinic}: we haven't heard from you since our last check-in. Please reply and "
        "tell us how you are. Help: {phone}; emergency 911.",
        "es": "{clinic}: no hemos sabido de usted desde nuestro último mensaje. Responda para "
        "decirnos cómo está. Ayuda: {phone}; emergencia 911.",
    },
    "no_reply_note": {
        "en": "We didn't hear back from your last check-in; please reply.",
        "es": "No supimos de usted en el último mensaje; por favor responda.",
    },
    "emergency": {
        "en": "Call 911 now. Do not wait for a reply to this text.",
        "es": "Llame al 911 ahora. No espere una respuesta a este texto.",
    },
    "emergency_suicidal": {
        "en": "Call 911 now. Call or text 988, the Suicide & Crisis Lifeline, any time.",
        "es": "Llame al 911 ahora. Llame o envíe un texto al 988, Línea de Prevención del "
        "Suicidio y Crisis.",
    },
    "urgent": {
        "en": "A nurse from {clinic} will call you shortly. If it gets worse, call {phone} or 911.",
        "es": "Una enfermera de {clinic} lo llamará pronto. Si empeora, llame al {phone} o al 911.",
    },
    "urgent_after_hours": {
        "en": "{clinic} is closed now. Go to the nearest emergency room now, or call 911. "
        "We will follow up with you.",
        "es": "{clinic}: estamos cerrados. Vaya ahora a la sala de emergencias más cercana o "
        "llame al 911. Le daremos seguimiento.",
    },
    "routine": {
        "en": "Thanks. A nurse from {clinic} will answer during clinic hours. If it's urgent, "
        "call {phone}, or 911 in an emergency.",
        "es": "Gracias. Una enfermera de {clinic} le responderá en horario de atención. Si es "
        "urgente, llame al {phone}; en una emergencia, al 911.",
    },
    # Thank the patient without judging their health: "ok" only means no one needs to call.
    "ok": {
        "en": "Thank you for letting us know.{when} Questions? Call {clinic} at {phone}; "
        "emergency: 911.",
        "es": "Gracias por avisarnos.{when} ¿Preguntas? Llame a {clinic} al {phone}; "
        "emergencias: 911.",
    },
    "next_check_in": {
        "en": " Your next check-in is {day}.",
        "es": " Su próximo control es el {day}.",
    },
}

# Texts to the on-call phone: English, for the clinic's own staff.
ON_CALL = {
    "alert": "{clinic} {level}: {patient} reported {reason}.{call} Reply ACK {code} when you "
    "have it.",
    "reminder": "{clinic} REMINDER {number}: {level} flag for {patient} is not acknowledged."
    "{call} Reply ACK {code}.",
    # the database could not take the text: there is no flag to acknowledge, and no re-text
    # will follow, so the clinician must act on this one
    "unstored": "{clinic} {level}: {patient} reported {reason}.{call} The bot cannot save "
    "texts now, so there is no flag or ACK code; act on this text.",
}


def say(name: str, clinic: Clinic, language: str, **fields: str) -> str:
    """Return the catalogue's text `name` in the patient's language, filled in."""
    template = CATALOGUE[name][answer_language(language)]
    return template.format(clinic=clinic.name, phone=display_phone(clinic.phone), **fields)


def help_text(clinic: Clinic, language: str) -> str:
    """Return the answer to HELP (AYUDA)."""
    return say("help", clinic, language)


def opted_out_text(clinic: Clinic, language: str) -> str:
    """Return the one confirmation sent after STOP (PARAR)."""
    return say("opted_out", clinic, language)


def opted_in_text(clinic: Clinic, language: str) -> str:
    """Return the confirmation sent after START."""
    return say("opted_in", clinic, language)


def fallback_text(clinic: Clinic, language: str) -> str:
    """Return the answer when the bot could not read a text: 911 first, then the clinic."""
    return say("fallback", clinic, language)


def no_reply_reminder_text(clinic: Clinic, language: str) -> str:
    """Return the one reminder after a check-in got no answer for a day."""
    return say("no_reply_reminder", clinic, language)


def no_reply_note(language: str) -> str:
    """Return the short line added to a check-in when the last one got no answer."""
    return CATALOGUE["no_reply_note"][answer_language(language)]


def emergency_answer(clinic: Clinic, language: str, *, suicidal: bool) -> str:
    """Return the emergency answer: 911 first, 988 too for suicidal thoughts."""
    answer = say("emergency_suicidal" if suicidal else "emergency", clinic, language)
    # Name the clinic only while the answer still fits in one text.
    signed = f"{answer} - {clinic.name}"
    return signed if len(signed) <= SEGMENT else answer


def urgent_answer(clinic: Clinic, language: str, *, after_hours: bool) -> str:
    """Return the urgent answer: a nurse will call, or go to the ER after hours."""
    return say("urgent_after_hours" if after_hours else "urgent", clinic, language)


def routine_answer(clinic: Clinic, language: str) -> str:
    """Return the routine answer: a nurse will answer during clinic hours."""
    return say("routine", clinic, language)


def ok_answer(clinic: Clinic, language: str, next_check_in: date | None) -> str:
    """Return the answer to a reply that needs nobody: thanks and the next check-in."""
    when = ""
    if next_check_in is not None:
        spanish = answer_language(language) == "es"
        day = _day_es(next_check_in) if spanish else _day_en(next_check_in)
        when = CATALOGUE["next_check_in"]["es" if spanish else "en"].format(day=day)
    return say("ok", clinic, language, when=when)


def unknown_sender_text(clinic: Clinic) -> str:
    """Return the answer to a number that is not an enrolled patient."""
    # Anyone may text this number, so say only who we are and how to call us.
    phone = display_phone(clinic.phone)
    english = f"{clinic.name}: sorry, we don't recognize this number. Please call {phone}."
    both = f"{english} Disculpe, no reconocemos este número. Llame al {phone}."
    return both if len(both) <= SEGMENT else english


def restriction_answer(
    clinic: Clinic, language: str, windows: list[tuple[str, date, date, date | None]]
) -> str:
    """Answer "can I drive?" from the patient's own windows: (label, earliest, latest, lifted)."""
    phone = display_phone(clinic.phone)
    spanish = answer_language(language) == "es"
    parts = []
    for label, earliest, latest, lifted in windows:
        if lifted is not None:
            parts.append(
                f"{label}: su médico lo autorizó el {_short(lifted, spanish)}"
                if spanish
                else f"{label}: your doctor cleared this on {_short(lifted, spanish)}"
            )
        elif spanish:
            parts.append(
                f"{label}: no antes del {_short(earliest, spanish)}, probablemente hacia el "
                f"{_short(latest, spanish)}"
            )
        else:
            parts.append(
                f"{label}: not before {_short(earliest, spanish)}, likely by "
                f"{_short(latest, spanish)}"
            )
    if spanish:
        return (
            f"{clinic.name}: " + "; ".join(parts) + ". Solo cuando su médico lo autorice. "
            f"Una enfermera le confirmará. Preguntas: {phone}; emergencia 911."
        )
    return (
        f"{clinic.name}: " + "; ".join(parts) + ". Only when your doctor clears you. "
        f"A nurse will confirm. Questions: {phone}; emergency 911."
    )


def on_call_alert_text(
    clinic: Clinic, *, level: str, patient: str, patient_phone: str, reason: str, code: str
) -> str:
    """Return the text to the on-call clinician about a flag (minimum necessary detail)."""
    return _to_on_call(
        "alert",
        clinic,
        patient_phone,
        level=level.upper(),
        patient=patient,
        reason=reason,
        code=code,
    )


def escalation_text(
    clinic: Clinic, *, number: int, level: str, patient: str, patient_phone: str, code: str
) -> str:
    """Return the re-text to the on-call clinician about a flag nobody acknowledged."""
    return _to_on_call(
        "reminder",
        clinic,
        patient_phone,
        number=str(number),
        level=level,
        patient=patient,
        code=code,
    )


def unstored_alert_text(
    clinic: Clinic, *, level: str, patient: str, patient_phone: str, reason: str
) -> str:
    """Return the alert sent straight to the on-call phone when the database is down."""
    return _to_on_call(
        "unstored", clinic, patient_phone, level=level.upper(), patient=patient, reason=reason
    )


def _to_on_call(name: str, clinic: Clinic, patient_phone: str, **fields: str) -> str:
    """Fill an on-call text: the clinic, the patient's number to call (if any), the fields."""
    call = f" Call {display_phone(patient_phone)}." if patient_phone else ""
    return ON_CALL[name].format(clinic=clinic.name, call=call, **fields)


def _short(day: date, spanish: bool) -> str:
    if spanish:
        return f"{day.day} {MONTHS_ES[day.month - 1]}"
    return f"{MONTHS_EN[day.month - 1]} {day.day}"


def _day_en(day: date) -> str:
    return f"{WEEKDAYS_EN[day.weekday()]} {MONTHS_EN[day.month - 1]} {day.day}"


def _day_es(day: date) -> str:
    return f"{WEEKDAYS_ES[day.weekday()]} {day.day} {MONTHS_ES[day.month - 1]}"
