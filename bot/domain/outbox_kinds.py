"""Say what kind of text a row of the outbox is: one home for the words."""

from __future__ import annotations

CHECK_IN = "check_in"  # a check-in of the protocol
REMINDER = "reminder"  # a restriction note or a reminder of a visit
NO_REPLY = "no_reply"  # the one nudge after a check-in went unanswered
ALERT = "alert"  # a text to the on-call phone, never the patient's

# Texts that belong to the patient's plan: they wait for texting hours, STOP cancels them,
# and a patient is done when none is left. Alerts to the on-call phone are never among them.
PLANNED_KINDS = (CHECK_IN, REMINDER, NO_REPLY)
