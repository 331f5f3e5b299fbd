"""Properties of the quantity finder on generated input.

- It never raises, and its spans are exact, ordered and disjoint, whatever the text.
- Numbers formatted the way news copy writes them ("1,234.56", "5%", "$3 million") read back
  as the value that was formatted.
- Hostile input (long runs of digits, dots, separators, NUL bytes) takes time linear in its
  length: quadrupling the input must not take much more than four times as long.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsfacts._facts.quantities import Quantity, find_quantities

AMOUNTS = st.floats(min_value=0.01, max_value=9.99e11, allow_nan=False, allow_infinity=False)
WHOLE = st.integers(min_value=1, max_value=10**12)


def _one(text: str) -> Quantity:
    found = [q for q in find_quantities(text) if q.type != "date"]
    assert len(found) == 1, (text, found)
    return found[0]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
@example("one hundred " * 200 + "people")  # a spelled number that overflows a float
@example("9" * 20 + " trillion" * 30)
def test_never_raises_and_spans_hold(text: str) -> None:
    found = find_quantities(text)
    end = 0
    for q in found:
        assert text[q.start:q.end] == q.text
        assert q.start >= end
        end = q.end


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789,.-–$%€£ kmbnKMB\n:/()+", max_size=200))
def test_number_soup_never_raises(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text


@settings(max_examples=100, deadline=None)
@given(AMOUNTS)
def test_grouped_decimals_read_back(x: float) -> None:
    text = f"The figure was {x:,.2f} in the end."
    assert _one(text).value == pytest.approx(round(x, 2), rel=1e-9)


@settings(max_examples=100, deadline=None)
@given(st.floats(min_value=0, max_value=1000, allow_nan=False).map(lambda v: round(v, 2)))
def test_percentages_read_back(x: float) -> None:
    q = _one(f"Exports rose {x}% last year.")
    assert (q.type, q.unit) == ("percent", "percent")
    assert q.value == pytest.approx(x)


@settings(max_examples=100, deadline=None)
@given(WHOLE, st.sampled_from([("million", 1e6), ("billion", 1e9), ("trillion", 1e12)]))
def test_money_with_scale_words_reads_back(n: int, scale: tuple[str, float]) -> None:
    word, multiplier = scale
    q = _one(f"The company paid ${n:,} {word} for it.")
    assert (q.type, q.unit, q.scale) == ("money", "USD", multiplier)
    assert q.value == pytest.approx(n * multiplier, rel=1e-12)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_ranges_read_back(a: int, b: int) -> None:
    low, high = sorted((a, b))
    if low == high:
        high += 1
    q = _one(f"Prices rose by between {low}% and {high}% this year.")
    assert (q.low, q.high, q.value) == (low, high, None)


@settings(max_examples=100, deadline=None)
@given(WHOLE)
def test_counts_read_back(n: int) -> None:
    q = _one(f"Officials said {n:,} workers were hired.")
    assert (q.type, q.value, q.unit) == ("count", n, "worker")


HOSTILE = {
    "digits": "7",
    "dots": ".",
    "nul": "\x00",
    "groups": "1,234",
    "lakh": ",12",
    "dashes": "1-",
    "colons": "1:",
    "dollars": "$1",
    "words": "one hundred ",
    "bounds": "more than ",
    "between": "between 1 and ",
    "dates": "January 1, ",
    "phones": "555-123-",
    "mixed": "$1,2.3-4%k\x00 Q3 ",
    "alternatives": "1 or ",  # each number looks ahead to the next one's unit
    "priced_alternatives": "8 or $",
    "citations": "(1, ",
    "ranges": "from 1 to ",
    "partitives": "280 million of the ",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_linear(name: str) -> None:
    unit = HOSTILE[name]

    def seconds(size: int) -> float:
        # CPU time of this process: a shared machine's other jobs do not count against it.
        text = unit * (size // len(unit))
        started = time.process_time()
        find_quantities(text)
        return time.process_time() - started

    small = min(seconds(10_000) for _ in range(3))
    large = min(seconds(40_000) for _ in range(3))
    # Four times the text, well under sixteen times the time: no quadratic blow-up.
    assert large < max(10 * small, 0.05), (small, large)


def test_long_chain_of_alternatives_does_not_recurse() -> None:
    found = find_quantities("1 or " * 50_000 + "2 days")
    assert found[-1].unit == "day"


def test_two_hundred_thousand_digits_finish_quickly() -> None:
    started = time.process_time()
    assert find_quantities("9" * 200_000) == []
    assert time.process_time() - started < 2.0


_PROSE_WORDS = st.sampled_from(
    ["the", "a", "an", "rose", "fell", "last", "this", "next", "quarter", "half", "one", "May",
     "dollar", "week", "first", "of", "profit", "dozen", "thousands", "Monday", "today", "said",
     "¾", "some", "share", "per", "cent", "up", "to", "from", "between", "and", "March"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PROSE_WORDS, max_size=12).map(" ".join) | st.text(max_size=80))
def test_the_cheap_pre_check_never_hides_a_quantity(text: str) -> None:
    """Text the one-search pre-check turns away holds nothing the full walk would find."""
    from newsfacts._facts.quantities import _Walk, may_hold_quantity

    if text and not may_hold_quantity(text):
        assert _Walk(text).run() == []
