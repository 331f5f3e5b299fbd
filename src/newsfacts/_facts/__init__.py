"""Numeric claims: quantities, periods, sources, status. PLACEHOLDER (foundation skeleton)."""

from __future__ import annotations

import datetime as dt

from .._records import Claim


class ClaimFinder:
    """Finds claims with a spaCy pipeline (``"blank"``, ``"en_core_web_sm"``, ``"auto"``)."""

    def __init__(self, pipeline: str = "auto") -> None:
        self.pipeline = pipeline

    def find(
        self, text: str, *, published: dt.date | None = None, title: str | None = None
    ) -> list[Claim]:
        return []
