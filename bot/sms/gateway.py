"""Hand text messages to an SMS provider: the console on a laptop, Twilio in production.

Every gateway has a ``name`` and one method, ``send(to, body, status_callback=)``, that
returns what the provider said (:class:`Accepted`) or raises
:class:`~bot.errors.TemporarySendError` (worth retrying) or
:class:`~bot.errors.PermanentSendError` (never retry; a nurse must act).
Error messages and logs name SIDs and Twilio error codes, never a phone number or a body.
"""

from __future__ import annotations

import logging
import sys
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Protocol, TextIO

import requests
from twilio.base import values
from twilio.base.exceptions import TwilioException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client
from urllib3.exceptions import NameResolutionError, NewConnectionError

from bot.config import Config
from bot.errors import ConfigError, PermanentSendError, SendError, TemporarySendError

log = logging.getLogger(__name__)

TWILIO_API_BASE_URL = "https://api.twilio.com"

# Codes after which sending the same text to the same number again cannot succeed, so the
# dispatcher stops and a nurse phones the patient. 2xxxx codes come back when Twilio refuses
# the API request; 3xxxx codes arrive later in delivery status callbacks. Left out on purpose:
# 30003 (phone off), 30007 (carrier filtering, often clears) and 30008 (unknown) are worth a
# retry; 21408 (region not enabled) stays in because only an account change fixes it.
PERMANENT_CODES = frozenset({21610, 21211, 21614, 21612, 21408, 30004, 30005, 30006})

_ERROR_WORDS = {
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
    return _ERROR_WORDS.get(code, f"error {code}")


@dataclass(frozen=True)
class Accepted:
    """What the provider said when it took a message."""

    sid: str
    status: str


class Gateway(Protocol):
    """Anything that can hand one text message to an SMS provider."""

    name: str

    def send(self, to: str, body: str, *, status_callback: str | None = None) -> Accepted:
        """Send ``body`` to the E.164 number ``to`` and return the provider's answer."""
        ...

    def find_sent(self, to: str, body: str, *, since: datetime) -> Accepted | None:
        """Return the provider's record of this text to this number since then, if any."""
        ...


class ConsoleGateway:
    """Print messages instead of sending them, so everything runs without an SMS account."""

    name = "console"

    def __init__(self, out: TextIO | None = None) -> None:
        self._out = out
        # Dispatcher workers print at the same time; one lock keeps each message in one piece.
        self._lock = threading.Lock()

    def send(self, to: str, body: str, *, status_callback: str | None = None) -> Accepted:
        """Print the message and return a made-up SID."""
        prefix = f"[SMS to {to}] "
        text = ("\n" + " " * len(prefix)).join(body.splitlines() or [""])
        sid = "CONSOLE" + uuid.uuid4().hex
        # Resolve sys.stdout at send time so pytest's capsys and redirections see the text.
        out = self._out if self._out is not None else sys.stdout
        with self._lock:
            out.write(prefix + text + "\n")
            out.flush()
        log.info("printed message %s", sid)
        return Accepted(sid=sid, status="sent")

    def find_sent(self, to: str, body: str, *, since: datetime) -> Accepted | None:
        """Return None: printing never leaves a text half-sent."""
        return None


class TwilioGateway:
    """Send through Twilio's Messages API, or any service that speaks it at ``api_base_url``."""

    name = "twilio"

    def __init__(
        self,
        *,
        account_sid: str,
        auth_token: str,
        from_number: str | None = None,
        messaging_service_sid: str | None = None,
        api_base_url: str = TWILIO_API_BASE_URL,
        timeout: float = 10.0,
    ) -> None:
        if not account_sid:
            raise ConfigError("Config '[twilio] account_sid' is missing; copy it from Twilio.")
        if not auth_token:
            raise ConfigError("Config '[twilio] auth_token' is missing; copy it from Twilio.")
        if bool(from_number) == bool(messaging_service_sid):
            raise ConfigError(
                "Set exactly one of '[twilio] from_number' and '[twilio] messaging_service_sid'"
                f" (from_number is {from_number!r}, messaging_service_sid is"
                f" {messaging_service_sid!r})."
            )
        if not api_base_url.startswith(("https://", "http://")):
            raise ConfigError(
                f"Config '[twilio] api_base_url' has value {api_base_url!r}."
                " Not a URL starting with https:// or http://."
            )
        if not timeout > 0:
            raise ConfigError(
                f"Config '[twilio] timeout' has value {timeout!r}."
                " Not a positive number of seconds."
            )
        self._account_sid = account_sid
        self._auth_token = auth_token
        self._from_number = from_number
        self._messaging_service_sid = messaging_service_sid
        self._api_base_url = api_base_url.rstrip("/")
        self._timeout = timeout
        # requests.Session, under TwilioHttpClient, is not documented as thread-safe, and
        # TwilioHttpClient itself writes last_request/last_response on every call, so each
        # thread gets its own client and connection pool (psf/requests#2766,
        # twilio/twilio-python#580). Threads then never wait on each other's connections.
        self._local = threading.local()
        self._lock = threading.Lock()
        self._clients: list[tuple[threading.Thread, TwilioHttpClient]] = []

    def send(self, to: str, body: str, *, status_callback: str | None = None) -> Accepted:
        """Ask Twilio to send ``body`` to ``to`` and return the message SID and status."""
        client = self._client()
        try:
            message = client.api.v2010.account.messages.create(
                to=to,
                body=body,
                from_=self._from_number or values.unset,
                messaging_service_sid=self._messaging_service_sid or values.unset,
                status_callback=status_callback or values.unset,
            )
        except TwilioException as exc:
            raise _send_error(exc) from exc
        except requests.ConnectTimeout as exc:
            log.warning("could not connect to Twilio within %s s", self._timeout)
            raise TemporarySendError(
                "The SMS provider could not be reached (connection timed out)."
            ) from exc
        except requests.Timeout as exc:
            log.warning("Twilio did not answer within %s s", self._timeout)
            raise TemporarySendError(
                f"The SMS provider did not answer within {self._timeout:g} seconds.",
                maybe_sent=True,
            ) from exc
        except requests.RequestException as exc:
            log.warning("could not reach Twilio: %s", type(exc).__name__)
            raise TemporarySendError(
                "The SMS provider could not be reached (connection failed).",
                maybe_sent=not _never_connected(exc),
            ) from exc
        except ValueError as exc:
            # A 2xx answer that is not JSON: the provider may have sent the text, so retrying
            # could send it twice; a person has to look instead.
            raise PermanentSendError(
                "The SMS provider's answer could not be read; check [twilio] api_base_url."
            ) from exc
        sid = str(message.sid or "")
        if not sid:
            raise PermanentSendError(
                "The SMS provider answered without a message SID; check [twilio] api_base_url."
            )
        status = str(message.status or "")
        log.info("Twilio accepted message %s with status %s", sid, status)
        return Accepted(sid=sid, status=status)

    def find_sent(self, to: str, body: str, *, since: datetime) -> Accepted | None:
        """Look in Twilio's recent messages to this number for this very text."""
        client = self._client()
        try:
            recent = client.api.v2010.account.messages.list(to=to, limit=20, page_size=20)
        except TwilioException as exc:
            raise _send_error(exc) from exc
        except requests.RequestException as exc:
            raise TemporarySendError(
                "The SMS provider could not be asked about an earlier send.", maybe_sent=True
            ) from exc
        for message in recent:
            created = message.date_created
            if message.body == body and (created is None or created >= since):
                log.info("earlier send found at Twilio as %s", message.sid)
                return Accepted(sid=str(message.sid), status=str(message.status or "queued"))
        return None

    def close(self) -> None:
        """Close every connection this gateway opened."""
        with self._lock:
            clients, self._clients = self._clients, []
            # Threads that keep running get a fresh client on their next send.
            self._local = threading.local()
        for _, http_client in clients:
            _close(http_client)

    def __enter__(self) -> TwilioGateway:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _client(self) -> Client:
        local = self._local
        client: Client | None = getattr(local, "client", None)
        if client is not None:
            return client
        http_client = TwilioHttpClient(timeout=self._timeout)
        client = Client(self._account_sid, self._auth_token, http_client=http_client)
        # twilio 9 builds each URL from the Api domain's base_url
        # (twilio/rest/api/ApiBase.py sets "https://api.twilio.com"; base/domain.py joins it).
        client.api.base_url = self._api_base_url
        # TWILIO_EDGE / TWILIO_REGION from the environment would rewrite that host name;
        # api_base_url is the one setting that chooses where messages go.
        client.edge = None
        client.region = None
        local.client = client
        with self._lock:
            # Pools of threads that have ended are closed now rather than leaked until close().
            dead = [entry for entry in self._clients if not entry[0].is_alive()]
            self._clients = [entry for entry in self._clients if entry[0].is_alive()]
            self._clients.append((threading.current_thread(), http_client))
        for _, old in dead:
            _close(old)
        return client


def _never_connected(exc: BaseException) -> bool:
    """Tell whether the request surely never reached the provider (refused, DNS failure)."""
    # requests wraps urllib3's MaxRetryError, whose .reason is the connection error
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        error = pending.pop()
        if id(error) in seen:
            continue
        seen.add(id(error))
        if isinstance(error, NewConnectionError | NameResolutionError):
            return True
        linked = (error.__cause__, error.__context__, getattr(error, "reason", None), *error.args)
        pending.extend(link for link in linked if isinstance(link, BaseException))
    return False


def _close(http_client: TwilioHttpClient) -> None:
    session = http_client.session
    if session is not None:
        session.close()


def _send_error(exc: TwilioException) -> SendError:
    """Turn a twilio-python exception into our temporary or permanent send error."""
    status = getattr(exc, "status", None)
    code = getattr(exc, "code", None)
    status = status if isinstance(status, int) else None
    code = code if isinstance(code, int) else None
    if status is None:
        # Not an HTTP answer (e.g. a wrapped connection failure); the dispatcher's retry limit
        # bounds the retries, and dropping a patient's message on a guess would be worse.
        log.warning("Twilio client failed: %s", type(exc).__name__)
        return TemporarySendError(
            "The SMS provider could not be reached (twilio client error).", code=code
        )
    log.warning("Twilio refused a message: HTTP %s, error %s", status, code)
    what = f"HTTP {status}"
    if code is not None:
        what += f", error {code}"
        if code in _ERROR_WORDS:
            what += f": {_ERROR_WORDS[code]}"
    if code not in PERMANENT_CODES and (status == 429 or status >= 500):
        return TemporarySendError(
            f"The SMS provider is busy or failing ({what}).", code=code, status=status
        )
    if status in (401, 403, 404):
        # our credentials or [twilio] settings are wrong, not the patient's number: keep the
        # text and retry, so it goes out once someone fixes the settings
        log.error("Twilio refused our credentials or URL (HTTP %s); check [twilio]", status)
        return TemporarySendError(
            f"The SMS provider refused our account settings ({what}); check [twilio] "
            "account_sid, auth_token and api_base_url.",
            code=code,
            status=status,
            our_settings=True,
        )
    return PermanentSendError(
        f"The SMS provider refused the message ({what}).", code=code, status=status
    )


def make_gateway(config: Config, console_out: TextIO | None = None) -> Gateway:
    """Return the gateway the settings ask for: the console unless Twilio is configured."""
    if config.sms.provider == "twilio":
        return TwilioGateway(
            account_sid=config.twilio.account_sid,
            auth_token=config.twilio.auth_token,
            from_number=config.twilio.from_number or None,
            messaging_service_sid=config.twilio.messaging_service_sid or None,
            api_base_url=config.twilio.api_base_url,
        )
    return ConsoleGateway(console_out)
