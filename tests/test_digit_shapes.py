"""``digit_shapes`` tries its alternation only where a shape can begin: the spans must be those
of the alternation scanned at every character, for every row and whatever stands before it."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts._facts import tokens

# One example per row of ``lexicon.DIGIT_SHAPES`` and a few near misses.
SHAPES = (
    "https://example.com/2024/05/story-12", "www.example.org/a1", "jane.doe+1@example.co.uk",
    "2024-01-02T10:00Z", "2025/26", "12/31/2024", "24/7", "9:01 p.m. ET", "16:9", "3 p.m.",
    "0401 GMT", "+1 555-123-4567", "(555) 123-4567", "555.123.4567", "192.168.1.2", "#1",
    "1,234.5", "3.5%", "(12)", "+0.2",
)
BEFORE = ("", " ", "a", "x1", ".", "/", "(", "$", "+", "-", ":", "#", "é")


def _every_position(text: str) -> list[tuple[int, int, bool]]:
    if tokens._ANY_DIGIT.search(text) is None:
        return []
    return [(m.start(), m.end(), tokens._SHAPE_IS_DATE[m.lastgroup or ""])
            for m in tokens._SHAPES.finditer(text)]


@pytest.mark.parametrize(("before", "shape"), list(itertools.product(BEFORE, SHAPES)))
def test_digit_shape_starts_cover_every_row(before: str, shape: str) -> None:
    for text in (f"{before}{shape}", f"It was {before}{shape}, said the 2 men at 10:30."):
        assert tokens.digit_shapes(text) == _every_position(text)


@given(st.lists(st.sampled_from([*SHAPES, *BEFORE, " ", "and", "7", "@"]), max_size=12))
def test_digit_shapes_match_a_full_scan(parts: list[str]) -> None:
    text = "".join(parts)
    assert tokens.digit_shapes(text) == _every_position(text)
