"""Periods read from stories written here in the manner of reposts-dev's weakest families.

Issue 9's probe round for press-release reposts, scraped or autoblog copies and wire copies:
each case comes from a story composed for this test (none is taken from reposts-dev), and the
comment on it names the story and the kind of expression. Stories are read with the blank
pipeline and the date the case gives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts._facts.periods import find_periods
from period_claims import claims_in, period_span

D = dt.date

_RELEASE_Q3 = (
    "Quillmark Systems Reports Third Quarter 2025 Results\n\n"
    "Quillmark Systems, Inc. today announced financial results for the third quarter ended "
    "September 30, 2025.\n\n"
    '"Orders grew 18% during the quarter and backlog reached a record $212 million at quarter '
    'end," said the chief executive.\n\n'
    "Cash, cash equivalents and marketable securities were $386.4 million as of September 30, "
    "2025, compared to $452.0 million as of December 31, 2024.")

_RELEASE_JUNE_YEAR = (
    "Brightwater Foods Announces Fiscal 2025 Fourth Quarter and Full Year Results\n\n"
    "Brightwater Foods Corp. today reported results for its fiscal fourth quarter and full "
    "year ended June 30, 2025.\n\n"
    "Net sales for the fourth quarter increased 6.4% to $512.3 million. Gross profit was "
    "$131.2 million in the fourth quarter of fiscal 2024.\n\n"
    "For the full year, net sales were $1.98 billion.\n\n"
    "Cash flow from operations was $214.6 million for fiscal 2025.")

_INTERIM_REPORT = (
    "Nordvik Shipping ASA today published its interim report for the six months ended 30 June "
    "2025.\n\n"
    "Revenue was USD 212.4 million in H1 2025. EBITDA was USD 96.1 million (H1 2024: USD 88.7 "
    "million).\n\n"
    "Net profit for the reporting period amounted to USD 41.3 million.\n\n"
    "As at 30 June 2025, the company held cash of USD 78.5 million.\n\n"
    "In the second quarter, time-charter earnings averaged USD 24,300 per day, up from "
    "USD 22,900 per day in the previous quarter.")

_MARKET_REPORT = (
    "U.S. stocks edged lower on Thursday as Treasury yields rose.\n\n"
    "The Dow Jones Industrial Average fell 182.4 points, or 0.4%, to 44,210.7.\n\n"
    "The S&P 500 has gained 14.2% so far this year, and is down 1.8% this week.\n\n"
    "Brent crude futures settled down 62 cents at $71.40 a barrel.")

_RESEARCH_RELEASE = (
    "PUNE, India, March 12, 2025 /EINPresswire/ -- The global smart irrigation controllers "
    "market was valued at USD 1.9 billion in 2024 and is projected to grow from USD 2.1 "
    "billion in 2025 to USD 4.8 billion by 2032, exhibiting a CAGR of 12.6% during the "
    "forecast period.")

_HOUSING = (
    "Home prices in the metro area rose 6.2% in the 12 months ending in March, the realtors "
    "association said.\n\n"
    "Mortgage rates averaged 6.84% this week. A year ago, the 30-year rate averaged 7.1%.")

CASES = [
    # (where from, text, published, the figure's span, first day, last day)
    ("invented: press release, 'during the quarter' beside a level 'at quarter end'",
     _RELEASE_Q3, D(2025, 11, 6), "18%", D(2025, 7, 1), D(2025, 9, 30)),
    ("invented: press release, the level 'at quarter end' is the quarter's last day",
     _RELEASE_Q3, D(2025, 11, 6), "$212 million", D(2025, 9, 30), D(2025, 9, 30)),
    ("invented: press release, 'as of' a year-end after 'compared to' dates its own figure",
     _RELEASE_Q3, D(2025, 11, 6), "$452.0 million", D(2024, 12, 31), D(2024, 12, 31)),
    ("invented: press release, 'full year ended June 30': the fiscal fourth quarter",
     _RELEASE_JUNE_YEAR, D(2025, 8, 14), "$512.3 million", D(2025, 4, 1), D(2025, 6, 30)),
    ("invented: press release, 'the fourth quarter of fiscal 2024' of a June year",
     _RELEASE_JUNE_YEAR, D(2025, 8, 14), "$131.2 million", D(2024, 4, 1), D(2024, 6, 30)),
    ("invented: press release, 'for the full year' of a June year just ended",
     _RELEASE_JUNE_YEAR, D(2025, 8, 14), "$1.98 billion", D(2024, 7, 1), D(2025, 6, 30)),
    ("invented: press release, 'fiscal 2025' of a year stated by 'full year ended June 30'",
     _RELEASE_JUNE_YEAR, D(2025, 8, 14), "$214.6 million", D(2024, 7, 1), D(2025, 6, 30)),
    ("invented: interim report, the figure before a bracketed label keeps the story's half",
     _INTERIM_REPORT, D(2025, 8, 21), "USD 96.1 million", D(2025, 1, 1), D(2025, 6, 30)),
    ("invented: interim report, the bracketed figure takes its label's half",
     _INTERIM_REPORT, D(2025, 8, 21), "USD 88.7 million", D(2024, 1, 1), D(2024, 6, 30)),
    ("invented: interim report, a bracketed comparison starts no run",
     _INTERIM_REPORT, D(2025, 8, 21), "USD 41.3 million", D(2025, 1, 1), D(2025, 6, 30)),
    ("invented: interim report, 'the previous quarter' after a balance 'as at 30 June'",
     _INTERIM_REPORT, D(2025, 8, 21), "USD 22,900 per day", D(2025, 1, 1), D(2025, 3, 31)),
    ("invented: wire market report, running totals leave the session the run",
     _MARKET_REPORT, D(2025, 10, 16), "$71.40 a barrel", D(2025, 10, 16), D(2025, 10, 16)),
    ("invented: wire market report, 'this week' is the figure's own",
     _MARKET_REPORT, D(2025, 10, 16), "1.8%", D(2025, 10, 13), D(2025, 10, 19)),
    ("invented: research release, a dateline with its country is no period",
     _RESEARCH_RELEASE, D(2025, 3, 12), "12.6%", D(2025, 1, 1), D(2032, 12, 31)),
    ("invented: research release, a change's end 'by 2032'",
     _RESEARCH_RELEASE, D(2025, 3, 12), "USD 4.8 billion", D(2032, 1, 1), D(2032, 12, 31)),
    ("invented: scraped housing story, 'the 12 months ending in March'",
     _HOUSING, D(2025, 4, 18), "6.2%", D(2024, 4, 1), D(2025, 3, 31)),
    ("invented: scraped housing story, 'A year ago,' opening a sentence",
     _HOUSING, D(2025, 4, 18), "7.1%", D(2024, 4, 14), D(2024, 4, 20)),
    ("invented: wire data story, a fiscal half named beside the months it covers",
     "In the April-September period, the first half of fiscal 2025, Japan logged a trade "
     "deficit of 2.2 trillion yen.", D(2025, 11, 20), "2.2 trillion yen", D(2025, 4, 1),
     D(2025, 9, 30)),
    ("invented: release table text, a loss in accounting brackets hands its period over",
     "Net income was $550,000, or ($.07) per share for the nine months ended September 30, "
     "2010, compared to net loss of $12.6 million, or ($1.38) per share for the nine months "
     "ended September 30, 2009.", D(2010, 11, 10), "$12.6 million", D(2009, 1, 1),
     D(2009, 9, 30)),
    ("invented: autoblog local story, 'Last weekend' opening a sentence",
     "Last weekend, the bakery drew more than 600 customers.", D(2025, 4, 16),
     "more than 600 customers", D(2025, 4, 12), D(2025, 4, 13)),
]


@pytest.mark.parametrize(("why", "text", "published", "span", "first", "last"), CASES,
                         ids=[case[0] for case in CASES])
def test_period_of_figure(why: str, text: str, published: dt.date, span: str, first: dt.date,
                          last: dt.date) -> None:
    assert period_span(text, span, published) == (first, last), why


WEEKENDS = [
    # (where from, expression, published, first day, last day)
    ("invented: autoblog, 'last weekend' in mid-week", "last weekend", D(2026, 1, 14),
     D(2026, 1, 10), D(2026, 1, 11)),
    ("invented: autoblog, 'this past weekend'", "this past weekend", D(2026, 1, 14),
     D(2026, 1, 10), D(2026, 1, 11)),
    ("invented: sports copy, 'this weekend' said on a weekday is the coming one", "this weekend",
     D(2026, 1, 14), D(2026, 1, 17), D(2026, 1, 18)),
    ("invented: sports copy, 'next weekend' said on a Sunday is the one after",
     "next weekend", D(2026, 1, 18), D(2026, 1, 24), D(2026, 1, 25)),
]


@pytest.mark.parametrize(("why", "expression", "published", "first", "last"), WEEKENDS,
                         ids=[case[0] for case in WEEKENDS])
def test_weekend(why: str, expression: str, published: dt.date, first: dt.date,
                 last: dt.date) -> None:
    found = find_periods(f"Attendance rose {expression}.", published)
    assert [(m.period.start, m.period.end) for m in found] == [(first, last)], why


def test_change_years_are_no_dates_of_their_own() -> None:
    """invented: research release: the years of "from $2.1 billion in 2025 to $4.8 billion
    in 2032" are the span's, no date claims beside it."""
    claims = claims_in("Sales are projected to grow from USD 2.1 billion in 2025 to USD 4.8 "
                       "billion in 2032.", D(2025, 3, 12))
    assert [claim.type for claim in claims] == ["money", "money"]


def test_growth_rate_over_years_to_come_is_a_forecast() -> None:
    """invented: research release: a growth rate over a stretch that ends years after the
    article is a forecast, whatever verb carries it."""
    claims = claims_in(_RESEARCH_RELEASE, D(2025, 3, 12))
    rate = next(claim for claim in claims if claim.text == "12.6%")
    assert rate.status == "forecast"


_RELEASE_WIRE = (
    "Corvane Energy Announces Third-Quarter 2025 Results\n\n"
    "HOUSTON--(BUSINESS WIRE)--Oct. 29, 2025-- Corvane Energy Inc. reported third-quarter "
    "revenue of $1.42 billion, up 9% from the year-ago quarter.\n\n"
    "Year-to-date, production is up 6%.\n\n"
    "Adjusted EBITDAX for the trailing twelve months was $3.1 billion.")

_TABLE = (
    "Halberd Networks, Inc. today reported results for the three and nine months ended "
    "September 30, 2025.\n\n"
    "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "| | Three Months Ended September 30, | | Nine Months Ended September 30, | |\n"
    "| | 2025 | 2024 | 2025 | 2024 |\n"
    "| Revenue | $ 48,215 | $ 41,870 | $ 139,402 | $ 120,115 |\n"
    "| Net income | $ 5,122 | $ 3,908 | $ 13,774 | $ 9,665 |")

MORE_CASES = [
    # (where from, text, published, the figure's span, first day, last day)
    ("invented: Business Wire release, the dateline's month starts no run (year to date ends "
     "with the quarter)", _RELEASE_WIRE, D(2025, 10, 29), "6%", D(2025, 1, 1), D(2025, 9, 30)),
    ("invented: Business Wire release, a change 'from the year-ago quarter' is this quarter's",
     _RELEASE_WIRE, D(2025, 10, 29), "9%", D(2025, 7, 1), D(2025, 9, 30)),
    ("invented: Business Wire release, 'the trailing twelve months' end with the quarter",
     _RELEASE_WIRE, D(2025, 10, 29), "$3.1 billion", D(2024, 10, 1), D(2025, 9, 30)),
    ("invented: release table, the first column is the quarter of the first year",
     _TABLE, D(2025, 10, 30), "$ 48,215", D(2025, 7, 1), D(2025, 9, 30)),
    ("invented: release table, the second column is the year before's quarter",
     _TABLE, D(2025, 10, 30), "$ 41,870", D(2024, 7, 1), D(2024, 9, 30)),
    ("invented: release table, the third column is the nine months",
     _TABLE, D(2025, 10, 30), "$ 13,774", D(2025, 1, 1), D(2025, 9, 30)),
    ("invented: release table, the fourth column is the year before's nine months",
     _TABLE, D(2025, 10, 30), "$ 9,665", D(2024, 1, 1), D(2024, 9, 30)),
    ("invented: wire market report, a record 'since April' after a hyphened word sets no run",
     "On Tuesday, the S&P 500 fell 0.4% to 5,870.62.\n\n"
     "It logged its biggest one-day drop since April.\n\n"
     "Benchmark U.S. crude oil rose 45 cents to $69.84 per barrel.", D(2025, 11, 19),
     "45 cents", D(2025, 11, 18), D(2025, 11, 18)),
]


@pytest.mark.parametrize(("why", "text", "published", "span", "first", "last"), MORE_CASES,
                         ids=[case[0] for case in MORE_CASES])
def test_period_of_figure_more(why: str, text: str, published: dt.date, span: str,
                               first: dt.date, last: dt.date) -> None:
    assert period_span(text, span, published) == (first, last), why


_INDIAN_RESULTS = (
    "Sundaram Textiles on Monday reported a 12 per cent rise in net profit to Rs 412 crore for "
    "the quarter ended September 30, 2025 (Q2FY26).\n\n"
    "Revenue from operations grew 8.5 per cent to Rs 3,215 crore in Q2FY26.\n\n"
    "EBITDA margin stood at 14.2 per cent, against 13.6 per cent in Q2FY25.")

FISCAL_NOTATION_CASES = [
    # (where from, text, published, the figure's span, first day, last day)
    ("invented: Indian results story, 'Q2FY26' of a year whose Q2 ended September 30, 2025",
     _INDIAN_RESULTS, D(2025, 10, 27), "Rs 3,215 crore", D(2025, 7, 1), D(2025, 9, 30)),
    ("invented: Indian results story, 'Q2FY25' the same quarter a year back",
     _INDIAN_RESULTS, D(2025, 10, 27), "13.6 per cent", D(2024, 7, 1), D(2024, 9, 30)),
    ("invented: scraped release, a date whose comma lost its space ('September 30,2025')",
     "Revenue was $8.1 million for the quarter ended September 30,2025.", D(2025, 11, 5),
     "$8.1 million", D(2025, 7, 1), D(2025, 9, 30)),
]


@pytest.mark.parametrize(("why", "text", "published", "span", "first", "last"),
                         FISCAL_NOTATION_CASES, ids=[case[0] for case in FISCAL_NOTATION_CASES])
def test_period_of_figure_fiscal_notation(why: str, text: str, published: dt.date, span: str,
                                          first: dt.date, last: dt.date) -> None:
    assert period_span(text, span, published) == (first, last), why


_GDP_WIRE = (
    "Britain's economy grew by 0.3% in the three months to September, official data showed on "
    "Thursday.\n\n"
    "The statistics office said output in the previous three months was revised down to 0.4% "
    "from 0.5%.\n\n"
    "In September alone, output fell 0.1% after rising 0.2% in August.\n\n"
    "Business investment rose 1.5% on the quarter.")

DATA_WIRE_CASES = [
    # (where from, text, published, the figure's span, first day, last day)
    ("invented: wire data story, 'the previous three months' in a story on a quarter",
     _GDP_WIRE, D(2025, 11, 13), "0.4%", D(2025, 4, 1), D(2025, 6, 30)),
    ("invented: wire data story, 'on the quarter' after a look at one month",
     _GDP_WIRE, D(2025, 11, 13), "1.5%", D(2025, 7, 1), D(2025, 9, 30)),
]


@pytest.mark.parametrize(("why", "text", "published", "span", "first", "last"),
                         DATA_WIRE_CASES, ids=[case[0] for case in DATA_WIRE_CASES])
def test_period_of_figure_data_wire(why: str, text: str, published: dt.date, span: str,
                                    first: dt.date, last: dt.date) -> None:
    assert period_span(text, span, published) == (first, last), why


_JOBS_COPY = (
    "The county's unemployment rate was 3.9% in October, down from 4.2% in September and 4.5% "
    "a year earlier, according to the state Department of Labor.\n\n"
    "Employers added 2,300 jobs over the month, and 5,100 over the year.")

LOCAL_DATA_CASES = [
    # (where from, text, published, the figure's span, first day, last day)
    ("invented: scraped local jobs story, 'a year earlier' after a comparison's month is a "
     "year before the sentence's month", _JOBS_COPY, D(2025, 11, 21), "4.5%", D(2024, 10, 1),
     D(2024, 10, 31)),
    ("invented: scraped local jobs story, 'over the year' of the next figure leaves this one "
     "its month", _JOBS_COPY, D(2025, 11, 21), "2,300 jobs", D(2025, 10, 1), D(2025, 10, 31)),
]


@pytest.mark.parametrize(("why", "text", "published", "span", "first", "last"),
                         LOCAL_DATA_CASES, ids=[case[0] for case in LOCAL_DATA_CASES])
def test_period_of_figure_local_data(why: str, text: str, published: dt.date, span: str,
                                     first: dt.date, last: dt.date) -> None:
    assert period_span(text, span, published) == (first, last), why
