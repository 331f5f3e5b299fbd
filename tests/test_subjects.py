"""Whose figures: a story's possessive subject carried to later claims that name no owner.

The first case is the seed's (fixtures/seed: "China’s exports growth in December ..." then
"Exports surged 6.6% ...", whose expected entity is China); the others are written for the
rule's limits: no subject is invented for a generic story, a claim's own owner wins, and a
subject reaches no further than the next paragraph.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts._facts import ClaimFinder

PUBLISHED = dt.date(2026, 1, 14)

SUBJECT_CASES = [
    # (origin, text, title, span, expected entity)
    ("seed: the previous sentence names China",
     "China’s exports growth in December sharply beat expectations. Exports surged 6.6% last "
     "month from a year earlier.", None, "6.6%", "China"),
    ("the title names the subject", "Revenue rose 14% to $4.8 billion.",
     "Nimbus Software's revenue tops estimates", "14%", "Nimbus Software"),
    ("negative: a generic story has no subject", "Exports surged 6.6% last month.", None,
     "6.6%", None),
    ("negative: a claim's own owner wins", "China’s exports grew. Japan’s exports fell 2%.",
     None, "2%", "Japan"),
    ("negative: two paragraphs on, the subject has lapsed",
     "China’s exports grew.\n\nMarkets were calm.\n\nExports surged 6.6% last month.", None,
     "6.6%", None),
    ("negative: a month opening a sentence is no subject",
     "December’s figures were strong. Exports surged 6.6% last month.", None, "6.6%", None),
]


@pytest.mark.parametrize(("origin", "text", "title", "span", "entity"), SUBJECT_CASES)
def test_subject_is_carried(origin: str, text: str, title: str | None, span: str,
                            entity: str | None) -> None:
    claims = ClaimFinder("blank").find(text, published=PUBLISHED, title=title)
    found = [claim for claim in claims if claim.where == "body" and claim.text == span]
    assert len(found) == 1, origin
    assert found[0].entity == entity, origin
