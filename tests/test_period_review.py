"""Claim-level period reading, from a review of claims on real pages of sites never tuned on.

The periods newsfacts gave on Scrapinghub's and html-dev's news pages were judged by hand
against reposts-dev's conventions; each case is a sentence written here for one kind of error
that recurred there (no text of those pages or of reposts-dev), named after that kind.
Stories are read with the blank pipeline and a date the test gives.
"""

from __future__ import annotations

import datetime as dt

import pytest

import test_period_review_foreign as foreign
from newsfacts import Claim
from newsfacts._facts.periods import find_periods
from period_claims import Span, claims_in, period_span

D = dt.date
PUBLISHED = D(2019, 11, 20)  # a Wednesday


def _claims(text: str, published: dt.date | None = PUBLISHED) -> list[Claim]:
    return claims_in(text, published)


def _span(text: str, span: str, published: dt.date | None = PUBLISHED) -> Span | None:
    return period_span(text, span, published)


READ = [
    # (the kind of page error, text, the figure's span, first day, last day)
    ("a decade read as its first year ('by the early 2020s')",
     "The carrier signed a $7 billion order and plans to grow its fleet by the early 2020s.",
     "$7 billion", D(2020, 1, 1), D(2029, 12, 31)),
    ("a day range written day first ('18-24 November') read as the whole month",
     "The trade fair runs 18-24 November and expects 40,000 visitors.", "40,000 visitors",
     D(2019, 11, 18), D(2019, 11, 24)),
    ("a day range written day first with its year",
     "Delegates met in Oslo on 3-4 February 2018 and pledged $90 million.", "$90 million",
     D(2018, 2, 3), D(2018, 2, 4)),
    ("the closing months of a named year read as the whole year",
     "The team reviewed 4,200 ad units served in the last six months of 2017.",
     "4,200 ad units", D(2017, 7, 1), D(2017, 12, 31)),
    ("a change since a year read as that year only",
     "Venture deals in the city have risen by 41% since 2009.", "41%", D(2009, 1, 1),
     PUBLISHED),
    ("'N years ago' left without a period",
     "Ten years ago, 412 members of the assembly signed the charter.", "412 members",
     D(2009, 1, 1), D(2009, 12, 31)),
    ("a level 'now' beside a later target read as the target's time",
     "The ministry wants module efficiency to rise from about 21% now to 25% by 2030.",
     "about 21%", PUBLISHED, PUBLISHED),
    ("a level 'today' right after the figure dropped for a later year",
     "Module costs should fall from about $0.25/W today to $0.12 by 2030.", "about $0.25",
     PUBLISHED, PUBLISHED),
    ("a multi-year total 'through' a future month read as that month's year so far",
     "The agency plans to spend $3.1 billion on the landers through October 2027.",
     "$3.1 billion", D(2019, 11, 21), D(2027, 10, 31)),
    ("two full dates joined without 'from' read as the first day",
     "The grant covers the period of July 1, 2018, through June 30, 2019, and is worth "
     "$18,400.", "$18,400", D(2018, 7, 1), D(2019, 6, 30)),
    ("a fiscal year written over two years read as its first calendar year",
     "The firm raised its revenue growth guidance for fiscal year 2019-20 to 14 per cent.",
     "14 per cent", D(2020, 1, 1), D(2020, 12, 31)),
    ("a figure after 'and' took the period closing the figure before it",
     "The token is up 12% in the last 24 hours and 30% over the past week.", "30%",
     D(2019, 11, 13), PUBLISHED),
    ("a stretch of years after 'over' read as what the figure is compared with",
     "Asia Pacific will grow at a CAGR of 9.1% over 2024–2030.", "9.1%", D(2024, 1, 1),
     D(2030, 12, 31)),
    ("'respectively' pairing figures with periods, a year named once for both",
     "Revenue for the second quarter and first six months of 2018 was $3.1 million and $6.0 "
     "million, respectively.", "$3.1 million", D(2018, 4, 1), D(2018, 6, 30)),
    ("'respectively': the second figure takes the second period",
     "Revenue for the second quarter and first six months of 2018 was $3.1 million and $6.0 "
     "million, respectively.", "$6.0 million", D(2018, 1, 1), D(2018, 6, 30)),
    ("'the three and nine months ended': the first figure is the quarter's",
     "For the three and nine months ended September 30, 2018, revenue was $22.0 million and "
     "$69.8 million, respectively.", "$22.0 million", D(2018, 7, 1), D(2018, 9, 30)),
    ("a full year with its year read as the year the article is in",
     "Revenue was $20.1 million, compared to $18.0 million for the full year 2017.",
     "$18.0 million", D(2017, 1, 1), D(2017, 12, 31)),
    ("a nine-month period ended on a day read as that day",
     "Net revenue increased 15% to $8.2 million for the nine-month period ended September 30, "
     "2018.", "$8.2 million", D(2018, 1, 1), D(2018, 9, 30)),
    ("a change written with its two levels after it took the first level's time",
     "Sales fell 1.2% from $96 billion in August to $95 billion in September.", "1.2%",
     D(2019, 9, 1), D(2019, 9, 30)),
    ("a year-earlier figure with a per-share figure in cents between left on the current year",
     "Net income was $3.1 billion, or $1.45 per share, in the third quarter, compared with "
     "$2.6 billion, or $1.20 per share, a year earlier.", "$2.6 billion", D(2018, 7, 1),
     D(2018, 9, 30)),
    ("a period after 'Over' opening the sentence read as what the figure is compared with",
     "Over the first quarter, the county added 800 jobs.", "800 jobs", D(2019, 1, 1),
     D(2019, 3, 31)),
    ("a wire's clock time with its zone ('by 0600 GMT') left without the article's day",
     "Brent crude futures rose 45 cents, or 0.6%, to $74.10 a barrel by 0600 GMT.",
     "$74.10 a barrel", PUBLISHED, PUBLISHED),
    ("a market's session ('in early Asian trade') left without the article's day",
     "The yen weakened to 155.2 per dollar in early Asian trade.", "155.2", PUBLISHED,
     PUBLISHED),
    ("a fiscal year named by the month it ended in read as that month",
     "Profit at the carmaker fell 15% to 1.2 trillion yen in the fiscal year ended in March.",
     "15%", D(2018, 4, 1), D(2019, 3, 31)),
    ("a level given in the present tense left without the article's day",
     "Total crypto market capitalization stands at $2.3 trillion.", "$2.3 trillion",
     PUBLISHED, PUBLISHED),
    ("a price 'is trading at' left without the article's day",
     "The token is trading at $1.67.", "$1.67", PUBLISHED, PUBLISHED),
    ("a pair of months 'respectively' given to two figures read as one span",
     "Sales in January and February were 5,000 and 6,000 units, respectively.",
     "6,000 units", D(2019, 2, 1), D(2019, 2, 28)),
    ("the first month of a 'respectively' pair read as both months",
     "Sales in January and February were 5,000 and 6,000 units, respectively.",
     "5,000", D(2019, 1, 1), D(2019, 1, 31)),
    ("a quarter and full year sharing a last day read as the latest quarter and a day",
     "For the fourth quarter and full year ended December 31, 2017, revenue was $40 million "
     "and $150 million, respectively.", "$40 million", D(2017, 10, 1), D(2017, 12, 31)),
    ("the full year of a quarter-and-year pair read as its last day",
     "For the fourth quarter and full year ended December 31, 2017, revenue was $40 million "
     "and $150 million, respectively.", "$150 million", D(2017, 1, 1), D(2017, 12, 31)),
    ("a hard-wrapped line cut after 'of' lost the year of the period",
     "Net earnings for the fourth quarter of\n\n2017 were $6.4 million.", "$6.4 million",
     D(2017, 10, 1), D(2017, 12, 31)),
    ("the previous session read as the article's day",
     "Oil rose 1% on Tuesday, after Brent lost 2% in the previous session.", "2%",
     D(2019, 11, 18), D(2019, 11, 18)),
    ("a short Portuguese wire story read as English, its months unread",
     "As vendas no varejo subiram 0,8% em março na comparação com fevereiro, informou o IBGE.",
     "0,8%", D(2019, 3, 1), D(2019, 3, 31)),
    ("a Portuguese comparison with March a year back ('em relação a') read as last year",
     "As vendas no varejo subiram 0,8% em março na comparação com fevereiro, informou o "
     "IBGE. Em relação a março do ano passado, as vendas avançaram 4,8%.", "4,8%",
     D(2019, 3, 1), D(2019, 3, 31)),
    ("a quarter written with an apostrophe year ('Q3'19') read as the latest Q3",
     "Revenue in Q3'19 rose 12% to $4.5 billion.", "$4.5 billion", D(2019, 7, 1),
     D(2019, 9, 30)),
    ("a window's length took the period of the next figure",
     "The token is up 12% in the last 24 hours and 30% over the past week.", "24 hours",
     D(2019, 11, 19), PUBLISHED),
    # Session 9's crypto-market probe story (invented here).
    ("'since the start of' a month after 'and' read as the previous figure's window",
     "The token has gained 35% over the past 30 days and is up 12% since the start of "
     "November.", "12%", D(2019, 11, 1), PUBLISHED),
    ("a present-tense level beside a window of another clause left without a day",
     "Its market value stands at $89 billion, while 24-hour trading volume jumped 40%.",
     "$89 billion", PUBLISHED, PUBLISHED),
    ("a goal 'by the end of the year' left without a period",
     "Analysts expect the token to reach $275 by the end of the year.", "$275",
     D(2019, 12, 31), D(2019, 12, 31)),
    ("a move 'has since' made read as the day it started from",
     "The token hit a low of $95 on October 7, and has since rallied 81%.", "81%",
     D(2019, 10, 7), PUBLISHED),
]

NO_PERIOD = [
    # (the kind of page error, text, the figure's span)
    ("a year glued to a letter ('1900R') read as a year",
     "The 34-inch monitor has a 1900R curve and a 5ms response time.", "5ms"),
    ("a house number read as a year",
     "Officers stopped a driver, 31, of 1908 Maple Grove Drive.", "31"),
    ("a house number on a numbered street read as a year",
     "Classes cost $45 for adults at the hall, 1910 21st Ave.", "$45"),
    ("a model year read as the figure's period",
     "Under heavy load the 2017 MacBook Pro reaches about 46 dBA.", "about 46"),
    ("a model year with a model code read as the figure's period",
     "The 2020 RAV4 Prime can go 42 miles on battery power alone.", "42 miles"),
    ("'a 2018 model' read as the figure's period",
     "The best deal was a 50-inch 2018 model TV for $299.", "$299"),
    ("a year that is a measure ('by 1920 pixels') read as a year",
     "The screen shows 1080 pixels by 1920 pixels.", "1080 pixels"),
    ("a feast or shopping day read as the weekday of the article's week",
     "The thermostat sells for $179 on Black Friday.", "$179"),
    ("'annually' after a figure read as the current year",
     "The central bank will buy bonds worth $500 billion annually.", "$500 billion"),
    ("'annual' right after a price read as the current year",
     "Members pay a $59.99 annual fee.", "$59.99"),
    ("a possessive's 'annual' read as the current year",
     "Early retirees save 25 times their annual spending.", "25 times"),
    ("an opening 'Although' clause's year given to the main clause's figures",
     "Although she joined the club in 2011, she leads the league with 14 assists.",
     "14 assists"),
    ("a figure inside an opening 'Although' clause given the main clause's year",
     "Although rules say detainees may be held for no longer than 48 hours, the agency held "
     "more of them in 2018.", "48 hours"),
    ("a period in a later participle clause given to the main clause's figure",
     "Five firms can now bid for the contracts, helping to prepare a crewed landing by 2026.",
     "Five firms"),
    ("a change measured against a year's figures read as that year",
     "Measles cases rose by 7% on 2016 figures.", "7%"),
    ("an event date in a relative clause given to the figure outside it",
     "They are putting $150 million into the fund under an accord that they signed in March "
     "2018.", "$150 million"),
    ("a day count naming a term, not a window, is no period",
     "He was sentenced to a 30-day jail term and fined $500.", "$500"),
]


@pytest.mark.parametrize(("why", "text", "span", "first", "last"), READ + foreign.READ,
                         ids=[case[0] for case in READ + foreign.READ])
def test_the_figure_takes_its_period(why: str, text: str, span: str, first: dt.date,
                                     last: dt.date) -> None:
    assert _span(text, span) == (first, last), why


@pytest.mark.parametrize(("why", "text", "span"), NO_PERIOD + foreign.NO_PERIOD,
                         ids=[case[0] for case in NO_PERIOD + foreign.NO_PERIOD])
def test_the_figure_takes_no_period_of_its_sentence(why: str, text: str, span: str) -> None:
    assert _span(text, span) is None, why


KEPT = [
    # (what must not change, text, the figure's span, first day, last day)
    ("a weekday still reads as a day", "Shares rose 3% on Friday.", "3%", D(2019, 11, 15),
     D(2019, 11, 15)),
    ("an event's year after a title-case name still dates its figure",
     "The 2019 World Cup drew 3.6 billion viewers.", "3.6 billion viewers", D(2019, 1, 1),
     D(2019, 12, 31)),
    ("'annual' before a noun of the figure is still the year",
     "The group's annual revenue rose to $4 billion.", "$4 billion", D(2019, 1, 1),
     D(2019, 12, 31)),
    ("the highest since a year is still a record's starting point, not the period",
     "Exports rose 6% in October, the fastest pace since 2011.", "6%", D(2019, 10, 1),
     D(2019, 10, 31)),
    ("a clause opened by 'After' still dates what follows",
     "After the merger closed in March, the group cut 1,200 jobs.", "1,200 jobs",
     D(2019, 3, 1), D(2019, 3, 31)),
    ("a day a statement was announced on still dates the figure the statement gives",
     "The union announced over the weekend that the firm would rehire close to 900 workers.",
     "close to 900 workers", D(2019, 11, 16), D(2019, 11, 17)),
    ("'respectively, in fiscal 2020' still covers the figures before it",
     "Revenue and operating income rose 10.2% and 9.3%, respectively, in fiscal 2020.",
     "9.3%", D(2020, 1, 1), D(2020, 12, 31)),
]


@pytest.mark.parametrize(("why", "text", "span", "first", "last"), KEPT + foreign.KEPT,
                         ids=[case[0] for case in KEPT + foreign.KEPT])
def test_readings_that_stay(why: str, text: str, span: str, first: dt.date,
                            last: dt.date) -> None:
    assert _span(text, span) == (first, last), why


def test_a_feast_day_and_a_house_number_are_no_date_claims() -> None:
    texts = [claim.text for claim in _claims("Officers stopped a driver, 31, of 1908 Maple "
                                             "Grove Drive, on Black Friday.")]
    assert "1908" not in texts
    assert "Friday" not in texts


@pytest.mark.parametrize("text", ["Revenue in Q3'19 rose 12% to $4.5 billion.",
                                  "Revenue in H1 '19 rose 7%.", "Profit in FY'19 rose 7%."])
def test_the_year_of_a_quarter_code_is_no_figure(text: str) -> None:
    texts = [claim.text for claim in _claims(text)]
    assert "19" not in texts


def test_a_day_range_day_first_is_no_figure() -> None:
    texts = [claim.text for claim in _claims("The trade fair runs 18-24 November.")]
    assert "18-24" not in texts


@pytest.mark.parametrize(("text", "expected"), [
    ("fiscal year 2019-20", (D(2020, 1, 1), D(2020, 12, 31))),
    ("the final three months of last year", (D(2018, 10, 1), D(2018, 12, 31))),
    ("three months ago", (D(2019, 8, 1), D(2019, 8, 31))),
    ("September 30, 2018-November 30, 2018", (D(2018, 9, 30), D(2018, 11, 30))),
])
def test_expressions(text: str, expected: tuple[dt.date, dt.date]) -> None:
    mentions = find_periods(text, PUBLISHED)
    assert len(mentions) == 1
    assert (mentions[0].period.start, mentions[0].period.end) == expected


def test_a_fiscal_year_over_two_years_follows_the_company_calendar() -> None:
    text = ("Zentro's fiscal year ends on March 31. Zentro raised its revenue growth guidance for "
            "fiscal year 2019-20 to 14 per cent.")
    found = [claim for claim in _claims(text) if claim.text == "14 per cent"]
    assert found
    assert found[0].period is not None
    assert (found[0].period.start, found[0].period.end) == (D(2019, 4, 1), D(2020, 3, 31))
