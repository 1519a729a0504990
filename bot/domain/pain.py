"""Judge pain on the 0-10 scale against the patient's own baseline."""

from __future__ import annotations

# A trial is usually judged a success when the pain has fallen by half or more.
TRIAL_SUCCESS_RELIEF = 50


def relief_percent(baseline: float | None, score: float | None) -> float | None:
    """Return the relief from the pre-procedure baseline in percent (50 = pain halved).

    None without a score or a baseline above 0; negative when the pain is above the
    baseline.
    """
    if score is None or not baseline:
        return None
    return round(100 * (baseline - score) / baseline, 1)
