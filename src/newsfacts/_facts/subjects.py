"""Whose figures: the subject a story names, carried to later claims that name no owner.

"China’s exports growth in December sharply beat expectations. ... Exports surged 6.6%": the
6.6% is China's. A sentence or title that opens with a possessive proper name sets the
subject; a claim with a metric but no owner of its own takes it when it stands in the same or
the next paragraph, so a subject never spreads over a whole story of several topics.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

from .._records import Claim
from .attribution_rules import NOT_SOURCES
from .context_rules import SUBJECT_OWNER

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# How many paragraph breaks what a story established (a subject, a metric) reaches across.
_PARAGRAPH_REACH = 1


class Paragraphs:
    """The paragraphs of a text, found once, so each claim finds its own by bisection."""

    def __init__(self, text: str) -> None:
        self._breaks = [match.start() for match in _PARAGRAPH_BREAK.finditer(text)]

    def count(self, earlier: int, later: int) -> int:
        """How many paragraph breaks stand between offsets ``earlier`` and ``later``."""
        return bisect.bisect(self._breaks, later) - bisect.bisect(self._breaks, earlier)

    def near(self, earlier: int, later: int) -> bool:
        """Whether offset ``later`` stands in the paragraph of ``earlier`` or the next one."""
        return self.count(earlier, later) <= _PARAGRAPH_REACH


def _owners(text: str) -> list[tuple[int, str]]:
    found = []
    for match in SUBJECT_OWNER.finditer(text):
        owner = match.group("owner")
        if owner.split()[0] not in NOT_SOURCES:
            found.append((match.start("owner"), owner))
    return found


def carry_subjects(text: str, claims: Sequence[Claim], title: str | None = None) -> list[Claim]:
    """``claims`` (offsets into ``text``, in order) with the story's subject filled in."""
    owners = _owners(text)
    paragraphs = Paragraphs(text)
    title_owners = _owners(title) if title else []
    subject: str | None = title_owners[-1][1] if title_owners else None
    subject_at = 0
    next_owner = 0
    result: list[Claim] = []
    for claim in claims:
        while next_owner < len(owners) and owners[next_owner][0] < claim.start:
            subject_at, subject = owners[next_owner]
            next_owner += 1
        if claim.entity is not None:
            subject, subject_at = claim.entity, claim.start
        elif (subject is not None and claim.metric is not None and claim.type != "date"
              and paragraphs.near(subject_at, claim.start)):
            claim = dataclasses.replace(claim, entity=subject, carried=(*claim.carried, "entity"))
        result.append(claim)
    return result
