"""Carrier keywords (STOP, START, HELP and friends) and the on-call's ACK, recognized exactly.

Only a reply that is the keyword alone counts (any case, surrounding spaces or
punctuation allowed): "the pain won't stop" is a symptom, not an opt-out.
"""

from __future__ import annotations

import re

OPT_OUT = frozenset(
    {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "PARAR"}
)
OPT_IN = frozenset({"START", "UNSTOP", "YES", "COMENZAR"})
HELP = frozenset({"HELP", "INFO", "AYUDA"})
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_AFFIRMATIVE = frozenset({"YES", "YEAH", "YEP", "YUP", "Y", "SI", "SÍ", "YES YES"})
_ACK = re.compile(r"^\s*ack\W*(\d{6,10})\W*$", re.IGNORECASE)


def keyword(text: str) -> str | None:
    """Return "opt_out", "opt_in" or "help" for a keyword reply, else None."""
    word = _EDGES.sub("", text or "").upper()
    if not word or not word.isalpha():
        return None
    if word in OPT_OUT:
        return "opt_out"
    if word in OPT_IN:
        return "opt_in"
    if word in HELP:
        return "help"
    return None


def ack_code(text: str) -> str | None:
    """Return the code (six or more digits) of an on-call "ACK 123456" reply, else None."""
    match = _ACK.match(text or "")
    return match.group(1) if match else None


def affirmative(text: str) -> bool:
    """Tell whether a reply is a bare "yes" (or "sí"), which answers a yes/no question."""
    word = _EDGES.sub("", text or "").upper()
    return word in _AFFIRMATIVE
