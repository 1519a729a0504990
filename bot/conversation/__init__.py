"""Every text a patient or the on-call phone receives, the routing of a reply, keywords."""
