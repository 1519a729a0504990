"""Pure clinic rules: protocols, the plan and texting hours, the clinic calendar, phones."""
