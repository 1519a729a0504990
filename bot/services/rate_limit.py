"""The sender's rate cap, shared by every process that sends from this database.

The cap is the provider's, per sender, so two `aftercare run` processes (or `run` beside
`send-due`) must share it. They share one small slot file beside the database, locked
with ``flock``: it holds when the next send may start and, while an alert to the on-call
phone waits, a mark that keeps check-ins from taking the next slot. Chosen over a lease
in the store so that every process keeps sending (a crashed one costs no takeover wait)
and a send costs no database write; SQLite already confines us to one machine.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from pathlib import Path

ALERT_MARK_SECONDS = 1.0  # an alert's claim on the next slot, refreshed while it waits


class RateLimiter:
    """Space the start of sends so no second ever sees more than `per_second` of them."""

    def __init__(self, per_second: float, slot_file: Path | None = None):
        self.interval = 1.0 / per_second
        self.lock = threading.Lock()  # flock is per open file: threads queue here first
        self.slot_file = slot_file
        self._fd: int | None = None
        self._next_slot = 0.0
        self._alert_until = 0.0
        self.urgent_waiting = 0

    def wait(self, stop: threading.Event, *, urgent: bool = False) -> bool:
        """Block until this caller may start a send; False if asked to stop meanwhile.

        An urgent caller (an on-call alert) takes the next slot before any other.
        """
        if urgent:
            with self.lock:
                self.urgent_waiting += 1
        try:
            while True:
                with self.lock:
                    delay = self._take(urgent)
                if delay <= 0:
                    return not stop.is_set()
                if stop.wait(delay):
                    return False
        finally:
            if urgent:
                with self.lock:
                    self.urgent_waiting -= 1

    def close(self) -> None:
        """Close the slot file."""
        with self.lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None

    def _take(self, urgent: bool) -> float:
        """Take a slot now (return 0) or return how long to wait before asking again."""
        shared = self._open()
        if shared is not None:
            fcntl.flock(shared, fcntl.LOCK_EX)
        try:
            if shared is not None:
                self._read(shared)
            now = time.monotonic()  # CLOCK_MONOTONIC: one clock for every process of a machine
            # spaced from the last real start, not from a booked slot: a sender that woke
            # late must not let the ones after it go in a burst to catch up; a slot far
            # ahead means the clock stepped back, so it is not waited for
            if self._next_slot > now + self.interval:
                self._next_slot = now
            if urgent:
                self._alert_until = max(self._alert_until, now + ALERT_MARK_SECONDS)
            alert_waits = self._alert_until > now or self.urgent_waiting > 0
            if now >= self._next_slot and (urgent or not alert_waits):
                self._next_slot = now + self.interval
                if urgent:
                    self._alert_until = 0.0
                delay = 0.0
            else:
                delay = max(self._next_slot - now, self.interval / 4, 0.002)
            if shared is not None:
                self._write(shared)
            return delay
        finally:
            if shared is not None:
                fcntl.flock(shared, fcntl.LOCK_UN)

    def _open(self) -> int | None:
        if self.slot_file is None:
            return None
        if self._fd is None:
            try:
                self._fd = os.open(self.slot_file, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                self.slot_file = None  # cannot share: this process still keeps the cap
                return None
        return self._fd

    def _read(self, fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        fields = os.read(fd, 64).split()
        try:
            self._next_slot, self._alert_until = float(fields[0]), float(fields[1])
        except (IndexError, ValueError):
            self._next_slot = self._alert_until = 0.0

    def _write(self, fd: int) -> None:
        text = f"{self._next_slot:.6f} {self._alert_until:.6f}\n".encode()
        # on a full disk the next reader finds the old slot, which is only slower
        with contextlib.suppress(OSError):
            os.pwrite(fd, text.ljust(48), 0)


def slot_file_for(database_path: str) -> Path | None:
    """Return the slot file beside the database (None for an in-memory database)."""
    if database_path == ":memory:":
        return None
    path = Path(database_path).expanduser().resolve()
    return path.parent / (path.name + "-sender-slots")
