"""Twilio's vocabulary in one place: its error codes in words, which ones are final.

The rest of the bot speaks its own words (a text is sent, delivered, undelivered, failed);
only this module and the Twilio gateway know Twilio's numbers.
"""

from __future__ import annotations

# Codes after which sending the same text to the same number again cannot succeed, so the
# dispatcher stops and a nurse phones the patient. 2xxxx codes come back when Twilio refuses
# the API request; 3xxxx codes arrive later in delivery status callbacks. Left out on purpose:
# 30003 (phone off), 30007 (carrier filtering, often clears) and 30008 (unknown) are worth a
# retry; 21408 (region not enabled) stays in because only an account change fixes it.
PERMANENT_CODES = frozenset({21610, 21211, 21614, 21612, 21408, 30004, 30005, 30006})

ERROR_WORDS = {
    20003: "Twilio refused the account SID or auth token; check [twilio] auth_token",
    20429: "Twilio refused for too many requests at once (rate limit)",
    20500: "Twilio had an internal error",
    21211: "the number is not a valid phone number",
    21408: "the Twilio account is not allowed to send texts to that country or region",
    21604: "the message had no recipient number",
    21610: "the patient replied STOP and has unsubscribed from texts; phone them",
    21612: "the number cannot be reached from the clinic's sending number",
    21614: "the number is not a mobile number (landline?)",
    30003: "the phone is switched off or unreachable",
    30004: "message blocked by the recipient",
    30005: "unknown or inactive number",
    30006: "landline or unreachable carrier",
    30007: "blocked by the carrier as spam",
    30008: "unknown delivery error",
}


def describe_error(code: int | None) -> str:
    """Return a Twilio error code in words a nurse can act on."""
    if code is None:
        return "an error without a code"
    return ERROR_WORDS.get(code, f"error {code}")
