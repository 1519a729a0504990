"""Tell pain said to hold steady: "pain is the same", "about the same", "igual que ayer"."""

from __future__ import annotations

from bot.triage import lexicon as lx

# Words that say a score or a pain holds: "5/10 same as yesterday", "pain is the same".
STEADY = lx.words("same igual mismo misma steady stable estable igualito igualita")
_NOT_STEADY = lx.words("back again bad worse before antes")
_STEADY_GLUE = lx.words("is about the es esta sigue pretty much mas menos for today hoy still")


def steady(near: list[str]) -> bool:
    """Return True for "(pain) is the same", "about the same", "igual que ayer" (the words after
    the pain word, up to the clause's end); not "the same, 9": a score there is read on."""
    if any(w.replace(".", "", 1).isdigit() for w in near):
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
