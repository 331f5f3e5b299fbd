"""``newsfacts.claims()`` never raises and returns in time linear in its input's length.

Hypothesis draws arbitrary text (NUL bytes and lone surrogates included) and text built from
the words claim assembly reacts to; the fixed cases are the issue's hostile inputs.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts

# Words and marks the claim rules look for, so that drawn text reaches deep into them.
VOCABULARY = [
    "Exports", "rose", "fell", "5.7%", "$1.2 trillion", "in", "December", "last", "month",
    "from", "a", "year", "earlier", ",", ".", "—", "according", "to", "LSEG", "data", "said",
    "expected", "target", "of", "around", "2%", "Q3", "H1", "FY2025", "the", "fourth",
    "quarter", "next", "Monday", "when", "topping", "estimate", "for", "May", "2025", "\x00",
    "polled", "by", "Reuters", "compared", "y/y", "stayed", "flat", "'s", "\n\n",
]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    claims = newsfacts.claims(text, published="2026-01-14")
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(VOCABULARY), max_size=80), st.dates())
def test_rule_words_in_any_order_never_raise(words: list[str], published: dt.date) -> None:
    text = " ".join(words)
    for claim in newsfacts.claims(text, published=published):
        assert text[claim.start : claim.end] == claim.text
        if claim.period is not None and claim.period.start and claim.period.end:
            assert claim.period.start <= claim.period.end


@pytest.mark.parametrize("published", [dt.date.min, dt.date(1, 6, 15), dt.date(9999, 1, 1),
                                       dt.date.max], ids=str)
def test_dates_at_the_calendars_ends_read_no_period(published: dt.date) -> None:
    # Found by the test above: "December" against a date in year 1 fell before year 1.
    text = ("Exports rose 5.7% in December from a year earlier and H1 sales fell 2% next "
            "quarter, compared with last year's 3% around May, Reuters polled by LSEG said.")
    claims = newsfacts.claims(text, published=published)
    assert claims
    assert all(claim.period is None or claim.period.start is None for claim in claims
               if claim.type != "date")


HOSTILE = [
    ("200,000 dots", "." * 200_000),
    ("200,000 digits", "7" * 200_000),
    ("NUL bytes", "\x00" * 100_000 + "rose 5%" + "\x00" * 100_000),
    ("one endless sentence of numbers", "rose 5% in December, " * 2_000),
    ("capitalised words before a reporting verb", "Aa " * 60_000 + "said 5%"),
    ("clause breaks", ", and rising — when " * 10_000 + "5%"),
    ("numbers in long runs of spaces", ("5% " + " " * 995) * 200),
    ("numbers among dashes", ("5% " + "— " * 497) * 200),
    # One spelled number longer than a sentence window once recursed without end.
    ("an endless run of number words", "five million " * 20_000),
    ("200,000 characters of dense figures", "1,5 " * 50_000),
]


@pytest.mark.parametrize(("name", "text"), HOSTILE)
def test_hostile_input_returns_in_bounded_time(name: str, text: str) -> None:
    started = time.process_time()
    newsfacts.claims(text, published="2026-01-14")
    # CPU time, so that other processes on a shared CI machine do not count; the densest input
    # (50,000 figures) takes about 22 s of it, the quadratic versions these guard against minutes.
    assert time.process_time() - started < 45, name
