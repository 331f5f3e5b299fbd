"""A headline's period for a lead that names none.

A data story often names its month or quarter once, in the headline ("Jobless total falls more
than expected in December"), and its lead gives the figures without it. A reader takes them as
the headline's. Each story below was written here (none is taken from a page or a corpus);
the shape is the one of wire stories on monthly labour and trade data.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts import Claim
from newsfacts._facts import ClaimFinder

PUBLISHED = dt.date(2026, 1, 6)
D = dt.date


def _claim(title: str, body: str, span: str, published: dt.date | None = PUBLISHED) -> Claim:
    claims = ClaimFinder("blank").find(body, published=published, title=title)
    found = [claim for claim in claims if claim.text == span and claim.where == "body"]
    assert found, f"no body claim {span!r} in {[claim.text for claim in claims]}"
    return found[0]


CARRIED: list[tuple[str, str, str, str, tuple[dt.date, dt.date]]] = [
    ("month-over-lead",
     "Larkland jobless total falls more than expected in December",
     "The seasonally adjusted jobless total fell by 14,000 to 2.41 million, the labour "
     "office said.\n\nThe jobless rate held at 5.8 percent.",
     "14,000", (D(2025, 12, 1), D(2025, 12, 31))),
    ("month-to-the-story's-end",
     "Larkland jobless total falls more than expected in December",
     "The seasonally adjusted jobless total fell by 14,000 to 2.41 million, the labour "
     "office said.\n\nThe jobless rate held at 5.8 percent.",
     "5.8 percent", (D(2025, 12, 1), D(2025, 12, 31))),
    ("quarter-over-lead",
     "Ostmark Freight swings to profit in fourth quarter",
     "Ostmark Freight reported net income of $41 million, against a loss a year earlier.",
     "$41 million", (D(2025, 10, 1), D(2025, 12, 31))),
]


@pytest.mark.parametrize(("title", "body", "span", "expected"),
                         [case[1:] for case in CARRIED], ids=[case[0] for case in CARRIED])
def test_a_lead_without_a_period_takes_the_headline_s(
        title: str, body: str, span: str, expected: tuple[dt.date, dt.date]) -> None:
    claim = _claim(title, body, span)
    assert claim.period is not None
    assert (claim.period.start, claim.period.end) == expected
    assert "period" in claim.carried


NOT_CARRIED: list[tuple[str, str, str, str, tuple[dt.date, dt.date] | None]] = [
    # The lead names its own period: that one holds, not the headline's.
    ("the-lead-names-its-own",
     "Larkland jobless total falls more than expected in December",
     "In November the jobless total fell by 9,000, the labour office said.",
     "9,000", (D(2025, 11, 1), D(2025, 11, 30))),
    # Two periods in the headline: which one the lead reports is not said.
    ("two-periods-in-the-headline",
     "Ostmark Freight profit doubles in fourth quarter, sees weaker 2026",
     "Ostmark Freight reported net income of $41 million.",
     "$41 million", None),
    # A period long past is an aside, not the time of the lead's figures.
    ("old-period",
     "Why the 2008 crash still shapes Larkland's banks",
     "Larkland's banks hold 12 percent more capital than they must.",
     "12 percent", None),
    # A time to come: the figures reported now are not of it.
    ("ahead",
     "Ostmark Freight to cut jobs next year",
     "Ostmark Freight employs 4,200 people.",
     "4,200 people", None),
]


@pytest.mark.parametrize(("title", "body", "span", "expected"),
                         [case[1:] for case in NOT_CARRIED], ids=[case[0] for case in NOT_CARRIED])
def test_the_headline_s_period_stays_where_it_does_not_hold(
        title: str, body: str, span: str, expected: tuple[dt.date, dt.date] | None) -> None:
    claim = _claim(title, body, span)
    got = None if claim.period is None else (claim.period.start, claim.period.end)
    assert got == expected


def test_without_the_article_s_day_a_relative_headline_period_is_not_placed() -> None:
    claim = _claim("Larkland jobless total falls more than expected last month",
                   "The jobless total fell by 14,000, the labour office said.", "14,000",
                   published=None)
    assert claim.period is None


def test_a_day_in_the_headline_is_not_carried() -> None:
    # "Today" in a magazine's name, the shape of a directory page in CleanEval.
    claim = _claim("Larkland Today: our therapists", "Average cost per visit is $120.", "$120")
    assert claim.period is None
