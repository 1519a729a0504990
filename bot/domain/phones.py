"""Normalize patients' phone numbers to E.164 and show them the way people read them."""

from __future__ import annotations

import phonenumbers
from phonenumbers import PhoneNumberType

from bot.errors import InvalidPhone

# numbers that can receive a text; US numbers are reported as FIXED_LINE_OR_MOBILE because
# the numbering plan cannot tell, and VoIP numbers (e.g. Google Voice) take texts too
TEXTABLE = {
    PhoneNumberType.MOBILE,
    PhoneNumberType.FIXED_LINE_OR_MOBILE,
    PhoneNumberType.VOIP,
    PhoneNumberType.PERSONAL_NUMBER,
}


def normalize_mobile(raw: str, region: str = "US") -> str:
    """Return the number in E.164, or raise InvalidPhone saying why it cannot take texts."""
    text = (raw or "").strip()
    if not text:
        raise InvalidPhone("Phone number is empty; give a mobile number such as (312) 555-0123.")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as ex:
        raise InvalidPhone(
            f"Phone number {text!r} is not a phone number; give a mobile number such as "
            "(312) 555-0123 or +13125550123."
        ) from ex
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(
            f"Phone number {text!r} is not a valid number; check the digits and area code."
        )
    if phonenumbers.number_type(number) not in TEXTABLE:
        raise InvalidPhone(
            f"Phone number {text!r} cannot receive texts (landline, toll-free or service "
            "number); give the patient's mobile number."
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """Format a stored number for a text: national form at home, international abroad."""
    try:
        number = phonenumbers.parse(e164, "US")
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 1:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
