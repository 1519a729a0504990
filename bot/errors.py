"""The one exception tree of Aftercare.

Library code raises these; only the edges (CLI, HTTP) turn them into messages.
Every message is one sentence a clinic's nurse or IT person can act on::

    AftercareError                 base of everything we raise on purpose
    ├── ConfigError                a bad or missing setting (names the key and value)
    ├── ProtocolError              a schedules/*.toml file that does not validate
    ├── InputError                 bad input from a person or a file
    │   ├── InvalidDate            a date that is not real or out of range
    │   ├── InvalidPhone           a number that is not a valid mobile-capable number
    │   ├── InvalidChoice          an unknown time zone, protocol, language, key...
    │   ├── ImportFileError        a CSV file that cannot be imported (with line numbers)
    │   └── DuplicateEnrollment    the patient is already enrolled
    ├── NotFound                   a patient, flag or message id that does not exist
    ├── StoreError                 the database cannot be opened or migrated
    │   └── StoreUnavailable       a write could not be committed in time (locked, read-only, full)
    ├── SignInRefused              a dashboard sign-in failed (wrong password, throttled)
    └── SendError                  the SMS provider refused or failed a message
        ├── TemporarySendError     worth retrying (429, 5xx, timeouts, connection errors)
        └── PermanentSendError     never retry (unsubscribed, invalid or landline number)
"""

from __future__ import annotations


class AftercareError(Exception):
    """Base of every error Aftercare raises on purpose."""


class ConfigError(AftercareError):
    """Raised when a setting is missing, unknown or has a value that is not allowed."""


class ProtocolError(AftercareError):
    """Raised when a protocol file under schedules/ does not validate."""


class InputError(AftercareError):
    """Raised for bad input from a person or a file."""


class InvalidDate(InputError):
    """Raised for a date that does not exist or is outside the allowed range."""


class InvalidPhone(InputError):
    """Raised for a phone number that is not a valid mobile-capable number."""


class InvalidChoice(InputError):
    """Raised for an unknown time zone, protocol, language or restriction key."""


class ImportFileError(InputError):
    """Raised when a CSV file cannot be imported; nothing from it is stored."""


class DuplicateEnrollment(InputError):
    """Raised when a patient with the same MRN, or phone and discharge date, exists."""


class NotFound(AftercareError):
    """Raised when a patient, flag or message id does not exist."""


class StoreError(AftercareError):
    """Raised when the database cannot be opened or migrated."""


class StoreUnavailable(StoreError):
    """Raised when a write cannot be committed now: locked, read-only, disk full or busy."""


class SendError(AftercareError):
    """Raised when the SMS provider did not accept a message."""

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        status: int | None = None,
        maybe_sent: bool = False,
        our_settings: bool = False,
    ):
        super().__init__(message)
        self.code = code
        self.status = status
        # the provider refused our account or URL: nothing is wrong with this text, so it
        # waits (without using up its tries) until someone fixes the settings
        self.our_settings = our_settings
        # the request reached the provider but its answer did not reach us (a read timeout,
        # a dropped connection): the text may have gone out, so look before sending again
        self.maybe_sent = maybe_sent


class TemporarySendError(SendError):
    """Raised for failures worth retrying: HTTP 429, 5xx, timeouts, connection errors."""


class PermanentSendError(SendError):
    """Raised for failures never worth retrying: unsubscribed, invalid or landline number."""


class SignInRefused(AftercareError):
    """Raised when a dashboard sign-in fails: wrong password, disabled user, or throttled."""
