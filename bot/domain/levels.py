"""Say how soon a human must look at a reply: the triage levels and their one order."""

from __future__ import annotations

import enum


class Level(str, enum.Enum):  # noqa: UP042  (the agreed contract; str() stays Level.X)
    """How soon a human must look at a reply."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    ROUTINE = "routine"
    OK = "ok"

    @property
    def rank(self) -> int:
        """Return 3 for emergency down to 0 for ok, so levels compare."""
        return _RANK[self]

    @property
    def priority(self) -> int:
        """Return the queue position of this level: 0 (emergency) is worked first."""
        return 3 - _RANK[self]


_RANK = {Level.EMERGENCY: 3, Level.URGENT: 2, Level.ROUTINE: 1, Level.OK: 0}
