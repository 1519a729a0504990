"""A clock the test moves by hand: handed to create_app(clock=...) and to dispatchers."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta


class Clock:
    """A wall clock the test sets or moves by hand; every reader sees the same time."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.lock = threading.Lock()

    def __call__(self) -> datetime:
        with self.lock:
            return self.now

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.now += timedelta(seconds=seconds)
