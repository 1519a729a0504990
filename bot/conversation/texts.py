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


def help_text(clinic: Clinic, language: str) -> str:
    """Return the answer to HELP (AYUDA)."""
    phone = display_phone(clinic.phone)
    if answer_language(language) == "es":
        return (
            f"{clinic.name}: mensajes de control por unas 8 semanas después de su "
            f"procedimiento. Ayuda: {phone}; emergencia: 911. Pueden aplicarse tarifas de "
            "mensajes y datos. Responda PARAR o STOP para cancelar."
        )
    return (
        f"{clinic.name}: check-in texts for about 8 weeks after your procedure. "
        f"Help: {phone}; emergency: 911. Msg & data rates may apply. Reply STOP to opt out."
    )


def opted_out_text(clinic: Clinic, language: str) -> str:
    """Return the one confirmation sent after STOP (PARAR)."""
    phone = display_phone(clinic.phone)
    if answer_language(language) == "es":
        return (
            f"{clinic.name}: no recibirá más mensajes. Responda START para reanudar. "
            f"¿Preguntas? Llame al {phone}."
        )
    return (
        f"{clinic.name}: you will get no more texts. Reply START to resume. "
        f"Questions? Call {phone}."
    )


def opted_in_text(clinic: Clinic, language: str) -> str:
    """Return the confirmation sent after START."""
    phone = display_phone(clinic.phone)
    if answer_language(language) == "es":
        return (
            f"{clinic.name}: volverá a recibir mensajes de control. Pueden aplicarse tarifas "
            f"de mensajes y datos. Ayuda: {phone}. Responda PARAR para cancelar."
        )
    return (
        f"{clinic.name}: you will get check-in texts again. Msg & data rates may apply. "
        f"Help: {phone}. Reply STOP to opt out."
    )


def unknown_sender_text(clinic: Clinic) -> str:
    """Return the answer to a number that is not an enrolled patient."""
    # Anyone may text this number, so say only who we are and how to call us.
    phone = display_phone(clinic.phone)
    english = f"{clinic.name}: sorry, we don't recognize this number. Please call {phone}."
    both = f"{english} Disculpe, no reconocemos este número. Llame al {phone}."
    return both if len(both) <= SEGMENT else english


def fallback_text(clinic: Clinic, language: str) -> str:
    """Return the answer when the bot could not read a text: 911 first, then the clinic."""
    phone = display_phone(clinic.phone)
    if answer_language(language) == "es":
        return (
            f"Si es una emergencia, llame al 911 ahora. {clinic.name} recibió su mensaje y "
            f"alguien le contactará. Llame al {phone}."
        )
    return (
        f"If this is an emergency, call 911 now. {clinic.name} got your text and someone "
        f"will contact you. Call {phone}."
    )


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


def no_reply_reminder_text(clinic: Clinic, language: str) -> str:
    """Return the one reminder after a check-in got no answer for a day."""
    phone = display_phone(clinic.phone)
    if answer_language(language) == "es":
        return (
            f"{clinic.name}: no hemos sabido de usted desde nuestro último mensaje. "
            f"Responda para decirnos cómo está. Ayuda: {phone}; emergencia 911."
        )
    return (
        f"{clinic.name}: we haven't heard from you since our last check-in. Please reply "
        f"and tell us how you are. Help: {phone}; emergency 911."
    )


def no_reply_note(language: str) -> str:
    """Return the short line added to a check-in when the last one got no answer."""
    if answer_language(language) == "es":
        return "No supimos de usted en el último mensaje; por favor responda."
    return "We didn't hear back from your last check-in; please reply."


def on_call_alert_text(
    clinic: Clinic, *, level: str, patient: str, patient_phone: str, reason: str, code: str
) -> str:
    """Return the text to the on-call clinician about a flag (minimum necessary detail)."""
    call = f" Call {display_phone(patient_phone)}." if patient_phone else ""
    return (
        f"{clinic.name} {level.upper()}: {patient} reported {reason}.{call} "
        f"Reply ACK {code} when you have it."
    )


def escalation_text(
    clinic: Clinic, *, number: int, level: str, patient: str, patient_phone: str, code: str
) -> str:
    """Return the re-text to the on-call clinician about a flag nobody acknowledged."""
    call = f" Call {display_phone(patient_phone)}." if patient_phone else ""
    return (
        f"{clinic.name} REMINDER {number}: {level} flag for {patient} is not acknowledged."
        f"{call} Reply ACK {code}."
    )


def _short(day: date, spanish: bool) -> str:
    if spanish:
        return f"{day.day} {MONTHS_ES[day.month - 1]}"
    return f"{MONTHS_EN[day.month - 1]} {day.day}"


def emergency_answer(clinic: Clinic, language: str, *, suicidal: bool) -> str:
    """Return the emergency answer: 911 first, 988 too for suicidal thoughts."""
    if answer_language(language) == "es":
        answer = "Llame al 911 ahora."
        if suicidal:
            answer += " Llame o envíe un texto al 988, Línea de Prevención del Suicidio y Crisis."
        else:
            answer += " No espere una respuesta a este texto."
    else:
        answer = "Call 911 now."
        if suicidal:
            answer += " Call or text 988, the Suicide & Crisis Lifeline, any time."
        else:
            answer += " Do not wait for a reply to this text."
    # Name the clinic only while the answer still fits in one text.
    signed = f"{answer} - {clinic.name}"
    return signed if len(signed) <= SEGMENT else answer


def urgent_answer(clinic: Clinic, language: str, *, after_hours: bool) -> str:
    """Return the urgent answer: a nurse will call, or go to the ER after hours."""
    phone = display_phone(clinic.phone)
    if answer_language(language) == "es":
        if after_hours:
            return (
                f"{clinic.name}: estamos cerrados. Vaya ahora a la sala de emergencias más "
                "cercana o llame al 911. Le daremos seguimiento."
            )
        return (
            f"Una enfermera de {clinic.name} lo llamará pronto. Si empeora, llame al {phone} "
            "o al 911."
        )
    if after_hours:
        return (
            f"{clinic.name} is closed now. Go to the nearest emergency room now, or call 911. "
            "We will follow up with you."
        )
    return (
        f"A nurse from {clinic.name} will call you shortly. If it gets worse, call {phone} or 911."
    )


def routine_answer(clinic: Clinic, language: str) -> str:
    """Return the routine answer: a nurse will answer during clinic hours."""
    phone = display_phone(clinic.phone)
    if answer_language(language) == "es":
        return (
            f"Gracias. Una enfermera de {clinic.name} le responderá en horario de atención. "
            f"Si es urgente, llame al {phone}; en una emergencia, al 911."
        )
    return (
        f"Thanks. A nurse from {clinic.name} will answer during clinic hours. "
        f"If it's urgent, call {phone}, or 911 in an emergency."
    )


def ok_answer(clinic: Clinic, language: str, next_check_in: date | None) -> str:
    """Return the answer to a reply that needs nobody: thanks and the next check-in."""
    phone = display_phone(clinic.phone)
    # Thank the patient without judging their health: "ok" only means no one needs to call.
    if answer_language(language) == "es":
        when = (
            "" if next_check_in is None else f" Su próximo control es el {_day_es(next_check_in)}."
        )
        return (
            f"Gracias por avisarnos.{when} ¿Preguntas? Llame a {clinic.name} al {phone}; "
            "emergencias: 911."
        )
    when = "" if next_check_in is None else f" Your next check-in is {_day_en(next_check_in)}."
    return (
        f"Thank you for letting us know.{when} Questions? Call {clinic.name} at {phone}; "
        "emergency: 911."
    )


def _day_en(day: date) -> str:
    return f"{WEEKDAYS_EN[day.weekday()]} {MONTHS_EN[day.month - 1]} {day.day}"


def _day_es(day: date) -> str:
    return f"{WEEKDAYS_ES[day.weekday()]} {day.day} {MONTHS_ES[day.month - 1]}"
