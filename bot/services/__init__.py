"""One transaction per use case: enrollment, import, a reply, sending, follow-up, escalation."""
