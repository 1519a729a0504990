"""The Twilio gateway: send through Twilio's Messages API (or any service that speaks it).

Error messages and logs name SIDs and Twilio error codes, never a phone number or a body.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from types import TracebackType

import requests
from twilio.base import values
from twilio.base.exceptions import TwilioException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client
from urllib3.exceptions import NameResolutionError, NewConnectionError

from bot.config import Twilio, check_twilio
from bot.errors import ConfigError, PermanentSendError, SendError, TemporarySendError
from bot.sms.gateway import Accepted
from bot.sms.twilio_codes import ERROR_WORDS, PERMANENT_CODES

log = logging.getLogger(__name__)

TWILIO_API_BASE_URL = "https://api.twilio.com"


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
        check_twilio(
            Twilio(
                account_sid=account_sid,
                auth_token=auth_token,
                from_number=from_number or "",
                messaging_service_sid=messaging_service_sid or "",
                api_base_url=api_base_url,
            )
        )
        if not timeout > 0:
            raise ConfigError(
                f"Config key [sms] request_timeout_seconds has value {timeout!r}; use a "
                "positive number of seconds."
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
        if code in ERROR_WORDS:
            what += f": {ERROR_WORDS[code]}"
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
