"""The document-level period carry, reviewed against real pages it had never seen.

A sample of claims whose period the document pass carried, read on real article pages (general
news, reviews, market and earnings stories), showed the recurring ways a carried period went
wrong. Each case below is a story written here (none is taken from a page or a corpus) that
stands for one of those kinds, named in its id; the controls show the carry those rules leave
alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts import Claim
from newsfacts._facts import ClaimFinder

PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday
D = dt.date
Span = tuple[dt.date | None, dt.date | None] | None


def _claim(text: str, span: str, published: dt.date | None = PUBLISHED) -> Claim:
    claims = ClaimFinder("blank").find(text, published=published)
    found = [claim for claim in claims if claim.text == span]
    assert found, f"no claim {span!r} in {[claim.text for claim in claims]}"
    return found[0]


def _span(claim: Claim) -> Span:
    return None if claim.period is None else (claim.period.start, claim.period.end)


NO_RUN: list[tuple[str, str, str]] = [
    # A game's quarter is no quarter of the calendar, for the figures after it either.
    ("game-quarter",
     "The Larkfield Owls trailed 14-10 in the third quarter before a late touchdown.\n\n"
     "Their quarterback was intercepted three times and lost a fumble.",
     "three times"),
    # A car's torque and top speed are its specification, whatever time the story is about.
    ("torque-and-speed",
     "Larkfield Motors launched the hatchback two months ago.\n\n"
     "The engine puts out 197 Nm of torque and the top speed is 109 mph.",
     "197 Nm"),
    # A size or a specification describes a thing, whatever time the story is about.
    ("size-of-a-thing",
     "Larkfield Motors unveiled its new hatchback on Tuesday.\n\n"
     "The car has a 10.2-inch touchscreen and a boot that is larger than before.",
     "10.2-inch"),
    ("distance",
     "The survey ran from March 2019 through May 2021.\n\n"
     "The comet passed within about 4,800 miles of the probe.",
     "about 4,800 miles"),
    ("engine-compound",
     "Larkfield sold 2,000 of the cars in January.\n\n"
     "It keeps the same six-cylinder engine as the outgoing car.",
     "six-cylinder"),
    # A length of time or an age is a span of its own, not a figure of the story's run.
    ("length-of-time",
     "The council approved the plan last week.\n\n"
     "The works took three years, officials said.",
     "three years"),
    ("age",
     "Police arrested a man on Monday after a break-in at the depot.\n\n"
     "The 41-year-old was released on bail.",
     "41-year-old"),
    # An age set off by commas after a name, and the digits of a phone number or an ISBN.
    ("age-in-apposition",
     "Jurors heard 12 witnesses in March.\n\n"
     "Dana R. Whitcombe Jr., 47, of Millbrook, pleaded not guilty.",
     "47"),
    ("phone-number",
     "Tickets went on sale in June.\n\n"
     "Box office 02-555-1744",
     "1744"),
    # "one of", "the two sides": the people and things of the narrative, written in words.
    ("narrative-one",
     "Talks resumed in Geneva on Monday.\n\n"
     "One of the negotiators said the mood had improved.",
     "One of the negotiators"),
    ("narrative-two",
     "Talks resumed in Geneva on Monday.\n\n"
     "The two sides will meet again before the summit.",
     "two sides"),
    # A moment in a quote ("right now") starts no run for the story's later figures.
    ("moment-in-a-quote",
     "\"We need the money right now,\" the mayor told reporters.\n\n"
     "The city has 14,000 vacant lots.",
     "14,000 vacant lots"),
    # A time to come named without figures is not when later reported figures happened.
    ("future-cue",
     "The agency plans to send astronauts to the planet in the 2040s.\n\n"
     "This spring it picked 12 firms to build prototypes.",
     "12 firms"),
    ("later-this-year",
     "A new gallery will open later this year.\n\n"
     "The museum recently received 300 paintings from a private collector.",
     "300 paintings"),
    # A day a sentence looks ahead to sets up nothing for the reported figures after it.
    ("day-looked-ahead",
     "The council will vote on the budget on Monday.\n\n"
     "The city spent 4,100 dollars on repairs.",
     "4,100 dollars"),
    # A period a speaker names inside a quote is theirs, not the run of the story's figures.
    ("period-in-a-quote",
     "\u201c2025 was just not as strong as 2024,\u201d the dealer said.\n\n"
     "The average loan rate stayed below 6 percent.",
     "below 6 percent"),
    # "annual" in a sentence without figures is how often, not when.
    ("annual-meeting",
     "The findings were presented at the annual meeting of the society.\n\n"
     "About 4% of the children in the trial developed the allergy.",
     "About 4%"),
    # A level stated in the present is the story's day, not a stretch named before it.
    ("level-now-after-a-span",
     "Since the start of the year, yields have risen by half a point.\n\n"
     "The national debt stands at nearly $21 trillion.",
     "nearly $21 trillion"),
    # An aside about the past (a run that ended years before the story) reaches its own
    # paragraph and the next, not figures at the far end of the story.
    ("old-aside-far-away",
     "In 2009 the founder sold her first company.\n\n"
     "She moved to Lisbon and started again.\n\n"
     "The new studio grew quickly and hired designers.\n\n"
     "The app signed up 40,000 paying members.",
     "40,000 paying members"),
    # A lead figure above the story's first stated period does not take a stretch that runs to
    # the article's day: the day's move is no part of the year so far.
    ("lead-above-so-far-this-year",
     "Shares of Brightwell Foods gained 4% after the snack maker agreed to buy a rival.\n\n"
     "The deal adds to a strong run for the stock, which has climbed 35% so far this year.",
     "4%"),
    ("level-above-year-to-date",
     "About 2,000 inspectors still work at the agency.\n\n"
     "It has lost 300 staff year to date, its union said.",
     "About 2,000 inspectors"),
    # Nor the month a state began: "grounded since March" is no period of the order above it.
    ("lead-above-since-a-month",
     "Gulf Air agreed to buy 20 wide-body jets, the carrier said at the air show.\n\n"
     "The order is valued at $6.1 billion at list prices.\n\n"
     "The maker's smaller jets have been grounded since March.",
     "$6.1 billion"),
]


@pytest.mark.parametrize(("story", "span"), [case[1:] for case in NO_RUN],
                         ids=[case[0] for case in NO_RUN])
def test_figures_that_take_no_carried_period(story: str, span: str) -> None:
    claim = _claim(story, span)
    assert "period" not in claim.carried, claim.period


CARRIED: list[tuple[str, str, str, Span]] = [
    # Controls: the run named once for several figures still covers them.
    ("control-quarter-run",
     "In the first quarter, Tallow Foods said sales rose 5% to $120 million.\n\n"
     "Margins widened to 12%.",
     "12%", (D(2026, 1, 1), D(2026, 3, 31))),
    ("control-minutes-of-use",
     "In 2025, subscribers of the network made calls worth 90 billion minutes in all.\n\n"
     "Subscribers on prepaid plans used 61,250,000,000 minutes.",
     "61,250,000,000 minutes", (D(2025, 1, 1), D(2025, 12, 31))),
    ("control-counted-in-digits",
     "Retail sales in the region rose 2% in February, the statistics office said.\n\n"
     "Five of the seven sectors grew, and 3 sectors posted record sales.",
     "3 sectors", (D(2026, 2, 1), D(2026, 2, 28))),
    # A share price's move in a story on a quarter's results is the story's day.
    ("share-move-on-the-day",
     "Pellworth Tools reported third-quarter revenue of $2.1 billion, up 4%.\n\n"
     "The results look solid, but the stock was down 3% in recent trading.",
     "3%", (PUBLISHED, PUBLISHED)),
    # A lead says the day it was reported; the first period the story names after it is a
    # past more than a year old, which the lead does not take: it holds for its own day.
    ("report-day-before-an-old-aside",
     "The ministry announced on Monday that it had hired 1,200 nurses.\n\n"
     "In 2024, 800 nurses left the service.",
     "1,200 nurses", (D(2026, 3, 9), D(2026, 3, 9))),
    # "at the time" points back to an old run however far away it was named.
    ("at-the-time",
     "Back in 2011 I was running a small print shop.\n\n"
     "Work was steady and the clients were loyal.\n\n"
     "Then I saw an ad for a coding course.\n\n"
     "It cost $1,800 at the time, a fortune for me.",
     "$1,800", (D(2011, 1, 1), D(2011, 12, 31))),
    # "the biggest drop since a 1.7% plunge last June": the recalled figure starts no run.
    ("recalled-figure-after-since",
     "Factory orders fell 1.1% in February, the department said.\n\n"
     "The decline was the biggest since a 1.7% plunge last June.\n\n"
     "Orders for machinery slipped 0.4%.",
     "0.4%", (D(2026, 2, 1), D(2026, 2, 28))),
    # A level a fiscal quarter ended with is its last day, not the whole quarter.
    ("ended-the-quarter-with",
     "Pellworth Tools reported results for the fourth quarter ended January 31, 2026.\n\n"
     "Net sales were $120.5 million. The company ended the quarter with cash of $25.3 "
     "million.",
     "$25.3 million", (D(2026, 1, 31), D(2026, 1, 31))),
    # "during the quarter" in a story on a fiscal quarter is that quarter, not the calendar's.
    ("during-the-fiscal-quarter",
     "Pellworth Tools reported results for the fourth quarter ended January 28, 2026.\n\n"
     "During the quarter, the company repurchased $20 million of its shares.",
     "$20 million", (D(2025, 10, 29), D(2026, 1, 28))),
    # "For the nine months" in a story on a quarter: the months that end with it.
    ("the-nine-months-to-the-quarter",
     "Pellworth Tools reported revenue of $300 million for the quarter ended September 30, "
     "2025.\n\nFor the nine months, revenue was $850 million.",
     "$850 million", (D(2025, 1, 1), D(2025, 9, 30))),
    ("the-six-months-to-a-fiscal-quarter",
     "Pellworth Tools reported revenue of $500 million for the second quarter of fiscal "
     "2026, which ended December 31, 2025.\n\nFor the six months, revenue was $980 million.",
     "$980 million", (D(2025, 7, 1), D(2025, 12, 31))),
    ("the-end-of-the-fiscal-quarter",
     "Pellworth Tools reported results for the fourth quarter ended January 31, 2026.\n\n"
     "As of the end of the quarter, total debt was $40 million.",
     "$40 million", (D(2026, 1, 31), D(2026, 1, 31))),
    # A figure whose sentence says the day it was reported holds for that day, not for the
    # day or week the story was on before it.
    ("own-report-day-after-a-week",
     "Smog over the capital thickened last week, with readings above 300.\n\n"
     "The city's own monitor reported Monday that the index reached 412.",
     "412", (D(2026, 3, 9), D(2026, 3, 9))),
    ("own-report-day-after-a-day",
     "The minister met farmers on Feb. 20 to discuss the levy.\n\n"
     "\"We are collecting millions of dollars from it,\" the minister said on March 2.",
     "millions of dollars", (D(2026, 3, 2), D(2026, 3, 2))),
    # Control: a month's release keeps its month, whatever day it was said on.
    ("report-day-in-a-month-release",
     "The state's jobless rate fell to 4.1% in February.\n\n"
     "Rates dropped in 28 of the 30 largest cities, the labor department said Tuesday.",
     "28", (D(2026, 2, 1), D(2026, 2, 28))),
]


@pytest.mark.parametrize(("story", "span", "expected"), [case[1:] for case in CARRIED],
                         ids=[case[0] for case in CARRIED])
def test_figures_that_take_the_story_period(story: str, span: str, expected: Span) -> None:
    claim = _claim(story, span)
    assert _span(claim) == expected
    assert "period" in claim.carried
