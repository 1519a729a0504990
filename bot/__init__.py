"""Aftercare: post-discharge SMS check-ins and triage for intrathecal pump patients."""

from __future__ import annotations

__version__ = "0.1.0"
