"""Serve Twilio's Messages API on 127.0.0.1 so tests and benchmarks drive the real client.

The stand-in is stricter than Twilio where Twilio is silent: a form parameter that is not
in Twilio's own spec (``tests/data/twilio-messages-api.json``) is refused with HTTP 400,
because Twilio would quietly ignore a misspelt ``StatusCallBack`` and no callback would
ever come. Its answers carry exactly the fields of Twilio's message resource.

Example::

    with TwilioStandIn(latency=0.05, number_errors={"+15005550009": 21610}) as twilio:
        gateway = TwilioGateway(account_sid=twilio.account_sid, auth_token=twilio.auth_token,
                                from_number="+15005550006", api_base_url=twilio.base_url)
"""

from __future__ import annotations

import base64
import binascii
import collections
import contextlib
import email.utils
import hmac
import json
import math
import random
import re
import socket
import threading
import time
import uuid
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs

SPEC_PATH = Path(__file__).parents[1] / "data" / "twilio-messages-api.json"
API_VERSION = "2010-04-01"

# Twilio's own wording for the errors the stand-in can be told to answer.
ERROR_MESSAGES = {
    20001: "Unknown parameter",
    20003: "Authenticate",
    20404: "The requested resource was not found",
    20429: "Too Many Requests",
    20500: "Internal Server Error",
    21211: "Invalid 'To' Phone Number",
    21602: "Message body is required.",
    21603: "A 'From' phone number is required.",
    21604: "A 'To' phone number is required.",
    21610: "Attempt to send to unsubscribed recipient",
    21614: "'To' number is not a valid mobile number",
}

# The GSM-7 default alphabet; a body made only of these is billed at 160 characters a segment.
_GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Characters of the GSM-7 extension table take two septets (escape + character).
_GSM_EXTENDED = "^{}\\[~]|€\f"

_CREATE_PATH = re.compile(r"^/2010-04-01/Accounts/(?P<account>[^/]+)/Messages\.json$")
_FETCH_PATH = re.compile(r"^/2010-04-01/Accounts/(?P<account>[^/]+)/Messages/(?P<sid>[^/]+)\.json$")


def num_segments(body: str) -> int:
    """Return how many SMS segments Twilio would bill for ``body``."""
    if all(char in _GSM_BASIC or char in _GSM_EXTENDED for char in body):
        septets = sum(2 if char in _GSM_EXTENDED else 1 for char in body)
        return 1 if septets <= 160 else math.ceil(septets / 153)
    # UCS-2 counts UTF-16 code units: an emoji outside the BMP takes two.
    units = len(body.encode("utf-16-le")) // 2
    return 1 if units <= 70 else math.ceil(units / 67)


class TwilioStandIn:
    """Answer Twilio Messages API requests from a local thread-per-request HTTP server."""

    def __init__(
        self,
        *,
        latency: float = 0.0,
        transient_failure_rate: float = 0.0,
        number_errors: dict[str, int] | None = None,
        seed: int = 0,
        spec_path: Path = SPEC_PATH,
    ) -> None:
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        self.known_parameters: frozenset[str] = frozenset(spec["create_message"]["parameters"])
        self.required_parameters: tuple[str, ...] = tuple(spec["create_message"]["required"])
        self.array_parameters = frozenset(
            name
            for name, schema in spec["create_message"]["parameters"].items()
            if schema.get("type") == "array"
        )
        self.resource_fields: tuple[str, ...] = tuple(spec["message_resource_fields"])
        self.content_type: str = spec["create_message"]["content_type"]

        self.account_sid = "AC" + uuid.uuid4().hex
        self.auth_token = uuid.uuid4().hex
        # Read by handler threads on every request, so tests may change them at any time.
        self.latency = latency
        self.transient_failure_rate = transient_failure_rate
        self.number_errors: dict[str, int] = dict(number_errors or {})

        self._seed = seed
        self._lock = threading.Lock()
        self._random = random.Random(seed)
        self._scripted: collections.deque[tuple[int, int]] = collections.deque()
        self._in_flight = 0
        self._resources: dict[str, dict[str, Any]] = {}
        self.messages: list[dict[str, Any]] = []
        self.requests = 0
        self.max_in_flight = 0
        self.accept_times: list[float] = []
        self.unknown_parameters: list[str] = []

        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""

    # -- lifecycle ------------------------------------------------------------------------

    def start(self) -> TwilioStandIn:
        """Start serving on a free port of 127.0.0.1 and set ``base_url``."""
        if self._server is not None:
            raise RuntimeError("the Twilio stand-in is already running")
        self._server = _Server(self)
        host, port = self._server.server_address[:2]
        self.base_url = f"http://{host!s}:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="twilio-standin",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, drop open connections and wait for handler threads to end."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        server.shutdown()
        # A handler may be sleeping out the injected latency; give it that long and more.
        server.close_connections(timeout=self.latency + 5.0)
        server.server_close()
        if thread is not None:
            thread.join()

    def __enter__(self) -> TwilioStandIn:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # -- failure injection and records ----------------------------------------------------

    def fail_next(self, n: int = 1, status: int = 500, code: int = 20500) -> None:
        """Answer the next ``n`` requests with HTTP ``status`` and Twilio error ``code``."""
        with self._lock:
            self._scripted.extend([(status, code)] * n)

    def reset(self) -> None:
        """Forget every request, message and scripted failure, and reseed the randomness."""
        with self._lock:
            self._random = random.Random(self._seed)
            self._scripted.clear()
            self._resources.clear()
            self.messages.clear()
            self.requests = 0
            self.max_in_flight = self._in_flight
            self.accept_times.clear()
            self.unknown_parameters.clear()

    def auth_header(self) -> str:
        """Return the Authorization header value the stand-in accepts."""
        pair = f"{self.account_sid}:{self.auth_token}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")

    # -- request handling (called from handler threads) -----------------------------------

    def _begin(self) -> None:
        with self._lock:
            self.requests += 1
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)

    def _end(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def _authorized(self, header: str | None) -> bool:
        if not header or not header.startswith("Basic "):
            return False
        try:
            given = base64.b64decode(header[len("Basic ") :], validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return False
        return hmac.compare_digest(given, f"{self.account_sid}:{self.auth_token}")

    def _injected_failure(self) -> tuple[int, int] | None:
        with self._lock:
            if self._scripted:
                return self._scripted.popleft()
            if self._random.random() < self.transient_failure_rate:
                return self._random.choice([(429, 20429), (500, 20500)])
        return None

    def create_message(
        self, path: str, authorization: str | None, content_type: str | None, raw: bytes
    ) -> tuple[int, dict[str, Any]]:
        """Answer one create-message request with an HTTP status and JSON object."""
        if not self._authorized(authorization):
            return _error(401, 20003)
        match = _CREATE_PATH.match(path)
        if match is None or match["account"] != self.account_sid:
            return _error(404, 20404)
        failure = self._injected_failure()
        if failure is not None:
            return _error(*failure)
        if (content_type or "").split(";")[0].strip() != self.content_type:
            return _error(400, 20001, f"Content-Type must be {self.content_type}")
        try:
            form = parse_qs(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError:
            return _error(400, 20001, "The request body is not UTF-8")

        unknown = sorted(set(form) - self.known_parameters)
        if unknown:
            with self._lock:
                self.unknown_parameters.extend(unknown)
            return _error(
                400,
                20001,
                f"Unknown parameter(s) {', '.join(unknown)}: Twilio would silently ignore"
                " them; see create_message.parameters in tests/data/twilio-messages-api.json",
            )
        params: dict[str, Any] = {
            name: values if name in self.array_parameters else values[-1]
            for name, values in form.items()
        }
        for name in self.required_parameters:
            if not params.get(name):
                return _error(400, 21604 if name == "To" else 20001, f"{name} is required")
        to = params["To"]
        if not params.get("From") and not params.get("MessagingServiceSid"):
            return _error(400, 21603)
        if not (params.get("Body") or params.get("MediaUrl") or params.get("ContentSid")):
            return _error(400, 21602)
        code = self.number_errors.get(to)
        if code is not None:
            # Twilio names the number in its message; our gateway must not pass it on.
            return _error(400, code, f"{ERROR_MESSAGES.get(code, 'Error')}: {to}")

        resource = self._resource(params)
        with self._lock:
            now = time.monotonic()
            self._resources[resource["sid"]] = resource
            self.messages.append({**params, "sid": resource["sid"], "time": now})
            self.accept_times.append(now)
        return 201, resource

    def fetch_message(self, path: str, authorization: str | None) -> tuple[int, dict[str, Any]]:
        """Answer one fetch-message request with the stored resource."""
        if not self._authorized(authorization):
            return _error(401, 20003)
        match = _FETCH_PATH.match(path)
        with self._lock:
            resource = self._resources.get(match["sid"]) if match else None
        if match is None or match["account"] != self.account_sid or resource is None:
            return _error(404, 20404)
        return 200, resource

    def _resource(self, params: dict[str, Any]) -> dict[str, Any]:
        sid = "SM" + uuid.uuid4().hex
        uri = f"/{API_VERSION}/Accounts/{self.account_sid}/Messages/{sid}"
        created = email.utils.format_datetime(datetime.now(UTC).replace(microsecond=0))
        body = params.get("Body", "")
        service = params.get("MessagingServiceSid")
        fields: dict[str, Any] = {
            "account_sid": self.account_sid,
            "api_version": API_VERSION,
            "body": body,
            "date_created": created,
            "date_sent": None,
            "date_updated": created,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            # With a Messaging Service and no From, Twilio picks the sender later.
            "from": params.get("From"),
            "messaging_service_sid": service,
            "num_media": str(len(params.get("MediaUrl", []))),
            "num_segments": str(num_segments(body)),
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            "status": "accepted" if service and not params.get("From") else "queued",
            "subresource_uris": {
                "media": f"{uri}/Media.json",
                "feedback": f"{uri}/Feedback.json",
            },
            "to": params["To"],
            "uri": f"{uri}.json",
        }
        # Exactly the spec's fields: a KeyError here means the stand-in fell behind the spec.
        return {name: fields[name] for name in self.resource_fields}


def _error(status: int, code: int, message: str | None = None) -> tuple[int, dict[str, Any]]:
    return status, {
        "code": code,
        "message": message or ERROR_MESSAGES.get(code, "Error"),
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Benchmarks open dozens of connections at once; the default backlog of 5 would refuse some.
    request_queue_size = 256

    def __init__(self, standin: TwilioStandIn) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.standin = standin
        self._connections: set[socket.socket] = set()
        # ThreadingMixIn does not track daemon threads, so server_close() would not wait for
        # them; stop() does, so no handler outlives the test that started it.
        self._handlers: set[threading.Thread] = set()
        self._handlers_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        handler = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        with self._handlers_lock:
            self._connections.add(request)
            self._handlers.add(handler)
        handler.start()

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._handlers_lock:
                self._connections.discard(request)
                self._handlers.discard(threading.current_thread())

    def close_connections(self, timeout: float) -> None:
        """Wake handlers waiting on idle keep-alive connections and wait for all to end."""
        with self._handlers_lock:
            connections, handlers = list(self._connections), list(self._handlers)
        for connection in connections:
            # Already closed by the client: nothing left to wake.
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + timeout
        for handler in handlers:
            handler.join(max(0.0, deadline - time.monotonic()))

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout test) resets the connection; that is not news.
        pass


class _Handler(BaseHTTPRequestHandler):
    # Keep-alive, like Twilio, so the client's connection pool is exercised.
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, each answer waits ~40 ms for an ACK.
    disable_nagle_algorithm = True
    server: _Server

    def do_POST(self) -> None:
        standin = self.server.standin
        standin._begin()
        try:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if standin.latency > 0:
                time.sleep(standin.latency)
            status, payload = standin.create_message(
                self.path,
                self.headers.get("Authorization"),
                self.headers.get("Content-Type"),
                raw,
            )
        finally:
            standin._end()
        self._answer(status, payload)

    def do_GET(self) -> None:
        standin = self.server.standin
        standin._begin()
        try:
            status, payload = standin.fetch_message(self.path, self.headers.get("Authorization"))
        finally:
            standin._end()
        self._answer(status, payload)

    def _answer(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        if status == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="Twilio API"')
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        # Tests and benchmarks would drown in one stderr line per request.
        pass
