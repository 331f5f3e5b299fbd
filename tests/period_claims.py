"""Helpers shared by the period tests: a story's claims, read with the blank pipeline."""

from __future__ import annotations

import datetime as dt

from newsfacts import Claim
from newsfacts._facts import ClaimFinder

Span = tuple[dt.date | None, dt.date | None]


def claims_in(text: str, published: dt.date | None) -> list[Claim]:
    return ClaimFinder("blank").find(text, published=published)


def claim_with(text: str, span: str, published: dt.date | None) -> Claim:
    """The claim whose text is ``span``; failing with the claims found when there is none."""
    claims = claims_in(text, published)
    found = [claim for claim in claims if claim.text == span]
    assert found, f"no claim {span!r} in {[claim.text for claim in claims]}"
    return found[0]


def period_span(text: str, span: str, published: dt.date | None) -> Span | None:
    """The first and last day of the period of the claim ``span``, or None when it has none."""
    period = claim_with(text, span, published).period
    return None if period is None else (period.start, period.end)
