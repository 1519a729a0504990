"""One token of a reply: its lemma, the folded word, where it stands, and its kind."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Tok:
    lemma: str
    surface: str
    start: int
    end: int
    kind: str  # "w" word, "n" number, "p" punctuation, "e" emoji
    known: bool
