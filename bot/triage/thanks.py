"""Thanks in another language that reads like a sign word: Tongan "malo" (thank you) is
Spanish "malo" (bad)."""

from __future__ import annotations

from bot.triage import lexicon as lx
from bot.triage.language import language_of
from bot.triage.reading import Reading

# "malo 'aupito", "malo e lelei", "malo for checking": Tongan whatever surrounds it.
_TONGAN_AFTER = lx.words("aupito 'aupito lelei")
_THANKED_FOR = lx.words("checking asking calling texting helping caring looking")
# Not "Dad is not well. Malo.", "I'm better? no. malo": a reply that says things are not well.
_NOT_WELL = lx.words("not isnt isn't aint ain't nope never nah")


def tongan_thanks(reading: Reading, k: int) -> bool:
    """Return True for a Tongan "malo" (thank you): before "'aupito", "e lelei" or "for
    checking", or signing off, after a full stop, a reply in English that gives good news and
    says nothing is not well ("No fever, no redness, all dry. malo"). Spanish "malo" stays
    bad: "me siento malo", "Malo for 3 days", "Pain today? malo", "Breathing, malo.",
    "Yesterday good. Today malo.", a bare "malo"."""
    toks = reading.toks
    after = toks[k + 1] if k + 1 < len(toks) else None
    then = toks[k + 2].surface if k + 2 < len(toks) else ""
    if after is not None and (
        after.surface in _TONGAN_AFTER
        or (after.surface == "e" and then == "lelei")
        or (after.surface == "for" and then in _THANKED_FOR)
    ):
        return True
    # the last word, after a full stop: a sign-off ("..., all dry. malo"), not an answer
    # ("Breathing, malo.", "Malo. The wound looks fine")
    before = toks[k - 1] if k else None
    alone = all(t.kind == "p" for t in toks[k + 1 :]) and (
        before is not None and before.surface in {".", "!"}
    )
    words = sum(t.kind in {"w", "n"} for t in toks) - 1
    return (
        alone
        and words >= 3
        and reading.reassured > 0
        and "?" not in reading.text
        and not any(
            t.surface in _NOT_WELL
            or (t.surface == "no" and (n + 1 == len(toks) or toks[n + 1].kind == "p"))
            for n, t in enumerate(toks)
        )
        and language_of(reading.text, toks) == "en"
    )
