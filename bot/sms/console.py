"""The console gateway: print texts instead of sending them, so the bot runs anywhere."""

from __future__ import annotations

import logging
import sys
import threading
import uuid
from datetime import datetime
from typing import TextIO

from bot.sms.gateway import Accepted

log = logging.getLogger(__name__)


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
