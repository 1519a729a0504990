"""Tell pain said to hold steady: "pain is the same", "about the same", "igual que ayer"."""

from __future__ import annotations

from bot.triage import lexicon as lx

# Words that say a score or a pain holds: "5/10 same as yesterday", "pain is the same".
STEADY = lx.words("same igual mismo misma steady stable estable igualito igualita")
_NOT_STEADY = lx.words("back again bad worse before antes")
_TURN = lx.words("but pero now ahora except excepto")
_STEADY_GLUE = lx.words("is about the es esta sigue pretty much mas menos for today hoy still")


def steady(near: list[str]) -> bool:
    """Return True for "(pain) is the same", "about the same", "igual que ayer"; not "the same
    but now its a 10": a score or a turn after it is read on."""
    if any(w in _TURN or w.replace(".", "", 1).isdigit() for w in near):
        return False
    if (
        any(near[n : n + 3] == ["as", "it", "was"] for n in range(3))
        and not set(near) & _NOT_STEADY
    ):
        return True  # "the pain is much as it was"; not "back as it was before the trial"
    for w in near[:4]:
        if w in STEADY:
            return True
        if w not in _STEADY_GLUE:
            return False
    return False
