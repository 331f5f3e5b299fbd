"""Periods of a change's two levels, of a report's day, of "the quarter" after a month of it,
of a company's own year (one its quarters' end days set), and German and Spanish ways of
naming the time before. Each story was written here (none is
taken from a page or a corpus), in the shape of wire copy on data releases and earnings.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts import Claim, claims
from period_claims import claim_with

D = dt.date
Span = tuple[dt.date, dt.date]

READ: list[tuple[str, str, dt.date | None, str, Span]] = [
    # (what is read, story, article date, the figure's span, its first and last day)
    ("a new level takes the story's month when 'for' names the earlier level's",
     "The jobless total fell by 9,000 in January. The unemployment rate slipped to 6.5 percent "
     "from 6.6 percent for December, the office said.", D(2015, 1, 29), "6.5 percent",
     (D(2015, 1, 1), D(2015, 1, 31))),
    ("the earlier level keeps the month 'for' names",
     "The jobless total fell by 9,000 in January. The unemployment rate slipped to 6.5 percent "
     "from 6.6 percent for December, the office said.", D(2015, 1, 29), "6.6 percent",
     (D(2014, 12, 1), D(2014, 12, 31))),
    ("a level after 'after' and its month: the new level is the story's month",
     "Inflation was steady in April. The rate stood at 2.3 percent, after 2.2 percent in March, "
     "the statistics office said.", D(2024, 5, 15), "2.3 percent",
     (D(2024, 4, 1), D(2024, 4, 30))),
    ("German 'nach' before the earlier level",
     "Die Inflation in Deutschland ist im April stabil geblieben. Die Teuerungsrate lag bei 2,3 "
     "Prozent, nach 2,2 Prozent im März, wie das Statistische Bundesamt mitteilte.",
     D(2024, 5, 15), "2,3 Prozent", (D(2024, 4, 1), D(2024, 4, 30))),
    ("German 'im Vorjahr' is the year before",
     "Im ersten Quartal sank der Gewinn des Konzerns um 12 Prozent. Im Vorjahr hatte das "
     "Unternehmen noch 1,1 Milliarden Euro verdient, wie es in der Mitteilung hieß.",
     D(2024, 5, 15), "1,1 Milliarden", (D(2023, 1, 1), D(2023, 12, 31))),
    ("German 'im Vormonat' is the month before the story's",
     "Die Zahl der Arbeitslosen stieg im Mai um 10.000 auf 2,75 Millionen. Im Vormonat war sie "
     "um 5.000 gesunken, wie die Bundesagentur für Arbeit mitteilte.", D(2024, 5, 31), "5.000",
     (D(2024, 4, 1), D(2024, 4, 30))),
    ("Spanish 'los primeros cuatro meses', against the same period a year back",
     "En los primeros cuatro meses del año, las ventas de la empresa aumentaron un 5% con "
     "respecto al mismo periodo de 2023, según los datos de la patronal.", D(2024, 5, 15), "5%",
     (D(2024, 1, 1), D(2024, 4, 30))),
    ("'the quarter' after a month of it is the story's quarter",
     "Acme said its sales rose 8% in the first quarter. In March, sales rose 11% from a year "
     "earlier, the company said. Profit for the quarter rose to $40 million from $31 million.",
     D(2024, 10, 25), "$40 million", (D(2024, 1, 1), D(2024, 3, 31))),
    ("'the quarter' after a month of it, in a story without a date",
     "Acme said its sales rose 8% in the first quarter of 2023, driven by demand in Asia. In "
     "March, sales rose 11% from a year earlier, the company said. Profit for the quarter rose "
     "to $40 million from $31 million.", None, "$40 million", (D(2023, 1, 1), D(2023, 3, 31))),
    ("a month compared with a year back puts an undated story in the year after",
     "Home prices rose 0.4% in March, the third monthly gain in a row, the agency said. Prices "
     "were up 5.1% from March 2022.", None, "0.4%", (D(2023, 3, 1), D(2023, 3, 31))),
    ("a level the market closed at after a run of days is the run's last day",
     "Between September 1 and September 6, 2024, the coin fell 8%. It closed at $54,000, the "
     "exchange said.", D(2024, 9, 8), "$54,000", (D(2024, 9, 6), D(2024, 9, 6))),
    ("... and of a week under way, the last day so far",
     "The coin fell 8% this week. It closed the week at $54,000.", D(2024, 9, 5), "$54,000",
     (D(2024, 9, 5), D(2024, 9, 5))),
    ("a balance-sheet level in a story on a quarter is the quarter's last day",
     "Acme Corp. reported results for the second quarter ended June 30, 2024. Revenue rose 5% "
     "to $80 million. The company had cash and cash equivalents of $25.3 million.",
     D(2024, 8, 1), "$25.3 million", (D(2024, 6, 30), D(2024, 6, 30))),
    ("... while the quarter's flows keep the quarter",
     "Acme Corp. reported results for the second quarter ended June 30, 2024. Free cash flow was "
     "$12 million. Total debt stood at $700 million.", D(2024, 8, 1), "$12 million",
     (D(2024, 4, 1), D(2024, 6, 30))),
]

IN_SENTENCE: list[tuple[str, str, dt.date, str, Span]] = [
    # (what is read, sentence, article date, the figure's span, its first and last day)
    ("a yearless stretch opening the sentence, in the year named after the figure",
     "For the January-November period, exports fell 8.5% to $576 billion in 2023.",
     D(2024, 1, 2), "8.5%", (D(2023, 1, 1), D(2023, 11, 30))),
    ("the same for the figure before the year",
     "In the first half, sales rose 4% to $2 billion in 2022.", D(2023, 12, 31), "4%",
     (D(2022, 1, 1), D(2022, 6, 30))),
    ("an opening stretch before a report's words is not the expectation's",
     "In the first quarter, the company said it expects revenue of $5 billion in 2024.",
     D(2024, 5, 2), "$5 billion", (D(2024, 1, 1), D(2024, 12, 31))),
    ("a forecast for a bare half is the next one of that name",
     "The company expects sales to grow 5% in the second half.", D(2024, 5, 15), "5%",
     (D(2024, 7, 1), D(2024, 12, 31))),
    ("an expectation for a quarter that ended long ago is the next one of that name",
     "Analysts expect revenue of $2 billion in the third quarter.", D(2024, 5, 15),
     "$2 billion", (D(2024, 7, 1), D(2024, 9, 30))),
    ("an expectation for the quarter just reported stays that quarter",
     "Economists had expected growth of 0.8% in the first quarter.", D(2024, 4, 26), "0.8%",
     (D(2024, 1, 1), D(2024, 3, 31))),
    ("a price 'trading at' after a comma is the article's day",
     "Ethereum is also down, trading at $3,500 after a 2% drop on the day.", D(2024, 6, 20),
     "$3,500", (D(2024, 6, 20), D(2024, 6, 20))),
    ("the month a record high was reached is the high's, not the fall's since",
     "The flagship cryptocurrency has fallen 12% from its all-time high of $73,800 reached in "
     "March.", D(2024, 6, 20), "$73,800", (D(2024, 3, 1), D(2024, 3, 31))),
    ("a forecast 'at the end of the year' is the last day of the year under way",
     "The Federal Reserve held interest rates steady on Wednesday. Core PCE inflation is seen "
     "at 2.6% at the end of the year.", D(2024, 3, 21), "2.6%",
     (D(2024, 12, 31), D(2024, 12, 31))),
    ("'so far this month' runs to the article's day",
     "The index has gained 9% so far this month.", D(2024, 5, 15), "9%",
     (D(2024, 5, 1), D(2024, 5, 15))),
    ("an actual figure for a bare half is the latest begun",
     "Sales grew 5% in the second half, the company said.", D(2024, 5, 15), "5%",
     (D(2023, 7, 1), D(2023, 12, 31))),
    # Kinds met on real news pages (html-dev, issue 9), in sentences written here:
    ("British 'on' after a change compares with a month of the year before: the figure is that "
     "month a year on",
     "New car registrations were up 6.1 per cent on March 2023, the trade body said.",
     D(2024, 4, 12), "6.1 per cent", (D(2024, 3, 1), D(2024, 3, 31))),
    ("'on March last year' is the basis: the sentence's 'last month' is the figure's",
     "Demand for vans jumped last month, with registrations up 40 per cent on March last year.",
     D(2024, 4, 12), "40 per cent", (D(2024, 3, 1), D(2024, 3, 31))),
    ("'from' a month with its year written, the latest such month out: a year on",
     "Shipments of packaging board were up 4.5 percent from January 2023, the group said.",
     D(2024, 2, 20), "4.5 percent", (D(2024, 1, 1), D(2024, 1, 31))),
    ("a sentence that opens 'From 2026,' names when the new level holds, no basis",
     "From 2026, the share of childcare costs parents can claim rises from 70% to 80%.",
     D(2025, 3, 17), "from 70% to 80%", (D(2026, 1, 1), D(2026, 12, 31))),
    ("'From April,' and a change in the present tense, long after last April: the coming one",
     "The reform was agreed in November. From April, the weekly cap on childcare costs rises "
     "from £135 to £175, the Treasury said.", D(2025, 3, 17), "from £135 to £175",
     (D(2025, 4, 1), D(2025, 4, 30))),
    ("'From February,' after a leap year's February: the next one, ending on the 28th",
     "From February, the monthly cap on childcare costs rises to £175, the Treasury said.",
     D(2024, 6, 1), "£175", (D(2025, 2, 1), D(2025, 2, 28))),
    ("'From April,' told in the past tense stays the April gone by",
     "From April, oil prices rose steadily to reach $40 a barrel, traders said.",
     D(2025, 9, 17), "$40 a barrel", (D(2025, 4, 1), D(2025, 4, 30))),
    ("'data from 2019' is the data's own year, not a basis",
     "A council survey published last week drew wide interest. Data from 2019 show that 12% of "
     "households had no car.", D(2024, 6, 14), "12%", (D(2019, 1, 1), D(2019, 12, 31))),
    ("a planned figure on a weekday that opens the sentence is the coming one",
     "On Thursday, the ministers will sign 3 trade accords in Brussels.", D(2026, 3, 13),
     "3 trade accords", (D(2026, 3, 19), D(2026, 3, 19))),
    ("a change between two years' counts written with thousands commas takes the span",
     "New cases rose 23 percent from 2,278 in 2022 to 2,807 in 2023, the agency said.",
     D(2024, 11, 24), "23 percent", (D(2022, 1, 1), D(2023, 12, 31))),
    ("a level in the present tense in its own clause is the article's day, whatever the "
     "other clause names",
     "Most sales made in 2023 went to first-time buyers, and the vacancy rate now stands at "
     "3.6%.", D(2024, 11, 24), "3.6%", (D(2024, 11, 24), D(2024, 11, 24))),
    ("the year-ago figure with its per-share figure between it and 'in the year-ago quarter'",
     "Nortola reported a second-quarter net profit of $119 million, or 5 cents a share, "
     "compared with a loss of $2.3 billion, or $1.02 a share, in the year-ago quarter.",
     D(2023, 7, 18), "$2.3 billion", (D(2022, 4, 1), D(2022, 6, 30))),
    ("the per-share figure itself, before 'in the same period last year'",
     "Nortola earned $119 million, or 5 cents a share, in the second quarter, up from "
     "$88 million, or 4 cents a share, in the same period last year.",
     D(2023, 7, 18), "4 cents a share", (D(2022, 4, 1), D(2022, 6, 30))),
    ("a change 'over the previous quarter' is the story's quarter's, the previous one its "
     "yardstick",
     "Hughes said its profit in the April-June quarter rose 40 per cent. Its product arm "
     "recorded a 13 per cent decline over the previous quarter.", D(2023, 7, 17),
     "13 per cent", (D(2023, 4, 1), D(2023, 6, 30))),
    ("'the three-months to June', hyphened, is April to June",
     "In the three-months to June, net profit slumped to 1.13 trillion won, the company said.",
     D(2023, 7, 17), "1.13 trillion won", (D(2023, 4, 1), D(2023, 6, 30))),
]

CARRIED: list[tuple[str, str, dt.date, str, Span]] = [
    # (what is read, story, article date, the figure's span, its first and last day)
    ("a change's 'since' stretch sets no run for the figures after it",
     "Bitcoin rose 4.5% over the past 24 hours to trade at $72,000, according to CoinGecko "
     "data. The largest cryptocurrency has gained more than 60% since the start of the year. "
     "Ether climbed 3% to $4,000.", D(2024, 3, 12), "3%", (D(2024, 3, 11), D(2024, 3, 12))),
]

LOOKED_BACK: list[tuple[str, str, dt.date, str, Span]] = [
    # (what is read, story, article date, the figure's span, its first and last day)
    ("'the same as in the prior month' is the yardstick's time, not the figure's",
     "Consumer prices rose 0.4% in March, the Labor Department said. Excluding food and "
     "energy, core prices climbed 0.3%, the same as in the prior month.", D(2024, 4, 10),
     "0.3%", (D(2024, 3, 1), D(2024, 3, 31))),
    ("a change 'on the month' after a twelve-month run is the run's last month",
     "In the 12 months through March, the CPI increased 3.5%. Economists polled by Reuters had "
     "forecast the CPI would rise 0.3% on the month.", D(2024, 4, 10), "0.3%",
     (D(2024, 3, 1), D(2024, 3, 31))),
    ("'following a 0.4% gain the previous month' dates the gain it follows",
     "Consumer prices rose 0.4% in March, the Labor Department said. Shelter costs rose 0.5%, "
     "following a 0.4% gain the previous month.", D(2024, 4, 10), "0.5%",
     (D(2024, 3, 1), D(2024, 3, 31))),
]

# A digest page: short headlines, each over its own story (the shape of a newspaper's business
# page strung into one text).
_DIGEST = "\n\n".join([
    "Port traffic climbs in June",
    "Cargo handled at the western ports rose 12 per cent in June, the ports authority said today.",
    "Indofab lifts outlook",
    "Indofab Ltd, whose fiscal year ends March 31, 2004, expects a second-quarter profit of "
    "Rs 80 crore, its chairman told reporters here.",
    "Steel output steady",
    "Crude steel output held at 2.9 million tonnes in June, the steel ministry said in a "
    "statement.",
    "Tea auctions firm up",
    "Prices at the weekly tea auctions rose for a third week on strong demand from buyers.",
    "Handset maker returns to profit",
    "Nortola Inc. reported a second-quarter net profit of $119 million, against a loss a year "
    "ago, the company said.",
])

FISCAL: list[tuple[str, str, dt.date, str, Span]] = [
    # (what is read, story, article date, the figure's span, its first and last day)
    ("a quarter's end day written apart from its ordinal sets the company's year",
     "Acme Corp. reported first quarter fiscal 2025 results (three months ended April 30, "
     "2024). First quarter revenue rose 8% to $40 million.", D(2024, 6, 5), "8%",
     (D(2024, 2, 1), D(2024, 4, 30))),
    ("'The quarter ended' in the next sentence sets the year of the quarter before it",
     "Acme Corp. reported revenue of $120 million for the second quarter of fiscal 2025. The "
     "quarter ended July 31, 2024. Revenue rose 10%.", D(2024, 9, 4), "$120 million",
     (D(2024, 5, 1), D(2024, 7, 31))),
    ("a quarter compared with sets no company year with a quarter's end day",
     "Revenue for the quarter ended June 30, 2024 rose 5% from the first quarter. Sales in the "
     "first quarter had been $2 million.", D(2024, 7, 25), "$2 million",
     (D(2024, 1, 1), D(2024, 3, 31))),
    ("two calendar quarters, one named by its end day, set no company year",
     "In the first quarter, sales rose 3%. In the quarter ended June 30, 2024, sales rose 5%.",
     D(2024, 7, 25), "3%", (D(2024, 1, 1), D(2024, 3, 31))),
    ("'FY2025' in a results lead is no time to come: the quarter after it sets the run",
     "Acme Corp. reported results for Q1 FY2025, the quarter ending April 30, 2024. Revenue "
     "rose 8% to $40 million.", D(2024, 6, 5), "8%", (D(2024, 2, 1), D(2024, 4, 30))),
    ("'the fourth quarter and year ended January 31' sets a year ending January",
     "Acme Corp. today reported results for the fourth quarter and year ended January 31, 2025. "
     "Fourth quarter revenue was $120 million.", D(2025, 3, 5), "$120 million",
     (D(2024, 11, 1), D(2025, 1, 31))),
    ("'fiscal 2025, which ended on January 31' sets the year its quarters fall in",
     "Acme Corp. reported fourth quarter revenue of $120 million. For fiscal 2025, which ended "
     "on January 31, revenue was $450 million.", D(2025, 3, 5), "$120 million",
     (D(2024, 11, 1), D(2025, 1, 31))),
    ("'fiscal year 2025 ended January 31' too",
     "Acme Corp. announced results for the fourth quarter and fiscal year 2025 ended January 31, "
     "2025. Full year revenue was $450 million.", D(2025, 3, 5), "$450 million",
     (D(2024, 2, 1), D(2025, 1, 31))),
    ("'the second quarter and first half ended January 31': the half ends on the quarter's day",
     "Acme Ltd reported results for the second quarter and first half ended January 31, 2025. "
     "Second quarter revenue rose 6% to $80 million.", D(2025, 3, 12), "6%",
     (D(2024, 11, 1), D(2025, 1, 31))),
    ("a rupee story's bare quarter is of India's April-to-March year",
     "Acme Motors Ltd reported a net profit of Rs 3,000 crore for the third quarter, up 20% "
     "from a year earlier.", D(2024, 2, 2), "Rs 3,000 crore", (D(2023, 10, 1), D(2023, 12, 31))),
    ("a rupee story's FY24 runs April 2023 to March 2024",
     "Revenue from operations rose 12% to Rs 40,000 crore in FY24, the lender said.",
     D(2024, 5, 10), "Rs 40,000 crore", (D(2023, 4, 1), D(2024, 3, 31))),
    ("a fiscal year written before its quarter names the quarter, which sets the run",
     "Acme Corp. today announced financial results for its fiscal 2025 second quarter ended "
     "January 31, 2025. Revenue increased 12% to $50.2 million.", D(2025, 3, 5), "12%",
     (D(2024, 11, 1), D(2025, 1, 31))),
    ("a fiscal year under way in the lead is no time to come: its quarter sets the run",
     "Acme Inc. today reported results for the first quarter of fiscal 2025 ended June 30, "
     "2024. Revenue grew 15% to $300 million.", D(2024, 8, 1), "15%",
     (D(2024, 4, 1), D(2024, 6, 30))),
    ("the month a fiscal year ends in is no run of figures",
     "Acme Inc. reported fourth-quarter revenue of $2.1 billion. The company's fiscal year ends "
     "in June. Net income rose 8%.", D(2024, 8, 10), "8%", (D(2024, 4, 1), D(2024, 6, 30))),
    ("a forecast for the year 'ending in March' is the year under way",
     "Acme Electronics raised its operating profit forecast for the fiscal year ending in March "
     "to 1.2 trillion yen.", D(2023, 11, 9), "1.2 trillion yen",
     (D(2023, 4, 1), D(2024, 3, 31))),
    ("a quarter ended on a weekday sets a retailer's calendar for 'the first quarter'",
     "Acme Stores Inc. reported results for the first quarter ended May 4, 2024. Net sales for "
     "the first quarter decreased 3.1% to $2.4 billion.", D(2024, 5, 30), "3.1%",
     (D(2024, 2, 5), D(2024, 5, 4))),
    ("a retailer's fiscal year is named by the year it starts in",
     "Acme Stores Inc. reported results for the first quarter ended May 4, 2024. Net income was "
     "$50 million, compared with $80 million in the first quarter of fiscal 2023.",
     D(2024, 5, 30), "$80 million", (D(2023, 2, 5), D(2023, 5, 4))),
    ("the first nine months of a year that ends in October",
     "Deere reported net income of $1.73 billion for the third quarter of fiscal 2024, which "
     "ended July 28. For the first nine months of the year, net income was $5.92 billion.",
     D(2024, 8, 20), "$5.92 billion", (D(2023, 10, 29), D(2024, 7, 28))),
    ("a quarter of a fiscal year, then ', ended June 30' without a year",
     "Microsoft's revenue for the fourth quarter of fiscal 2024, ended June 30, rose 15% to "
     "$64.7 billion.", D(2024, 7, 25), "15%", (D(2024, 4, 1), D(2024, 6, 30))),
    ("the first half of a year that ends in June",
     "Microsoft's revenue for the fourth quarter of fiscal 2024, ended June 30, rose 15% to "
     "$64.7 billion. In the first half, revenue rose 17%.", D(2024, 7, 25), "17%",
     (D(2023, 7, 1), D(2023, 12, 31))),
    ("a fiscal year stated by its month alone",
     "The company's fiscal year ends in September. Sales in the fourth quarter rose 6% to "
     "$3 billion, it said.", D(2024, 11, 14), "6%", (D(2024, 7, 1), D(2024, 9, 30))),
    ("on a page of several stories, one company's fiscal year leaves another's quarter alone",
     _DIGEST, D(2003, 7, 17), "$119 million", (D(2003, 4, 1), D(2003, 6, 30))),
    ("on the same page, the company that states its year keeps it",
     _DIGEST, D(2003, 7, 17), "Rs 80 crore", (D(2003, 7, 1), D(2003, 9, 30))),
    ("a calendar quarter's end day sets no fiscal calendar",
     "Acme reported results for the third quarter ended September 30, 2024. Sales in the first "
     "quarter had risen 4%.", D(2024, 10, 25), "4%", (D(2024, 1, 1), D(2024, 3, 31))),
]

SCHEDULED: list[tuple[str, str, dt.date, str, Span]] = [
    # (what is read, story, article date, the figure's span, its first and last day)
    # A date named without its year after words that schedule something on it is the next
    # such date, not the last one, whatever status the figure takes.
    ("a levy due to take effect in a bare month is this year's month to come",
     "Duties of 12% on imported steel are due to take effect in December, the trade ministry "
     "said.", D(2023, 11, 8), "12%", (D(2023, 12, 1), D(2023, 12, 31))),
    ("a hearing scheduled for a day and month already gone this year is next year's",
     "The court hearing is scheduled for March 3, lawyers for the airline said.",
     D(2023, 10, 20), "March 3", (D(2024, 3, 3), D(2024, 3, 3))),
    ("a permit set to expire in a bare month is the next such month",
     "The export permit, the fourth such extension, is now set to expire in April.",
     D(2023, 10, 20), "April", (D(2024, 4, 1), D(2024, 4, 30))),
    ("a weekday something will happen on is the coming one",
     "The central bank governor will testify before lawmakers on Thursday.",
     D(2023, 10, 18), "Thursday", (D(2023, 10, 19), D(2023, 10, 19))),
    ("a bare day and month after 'will' is the next such day",
     "The festival will open its doors on June 5, its organisers said.",
     D(2023, 10, 18), "June 5", (D(2024, 6, 5), D(2024, 6, 5))),
]

WOULD_HAVE: list[tuple[str, str, dt.date, str, Span]] = [
    # (what is read, story, article date, the figure's span, its first and last day)
    # What would have happened had something been otherwise is of the time gone by: "would"
    # makes no plan for the next quarter of that name.
    ("a quarter's figure had a charge been left out is the quarter just reported",
     "Stripping out the storm costs, third-quarter comparable sales would have grown about 4%, "
     "the chief executive said.", D(2023, 11, 14), "about 4%",
     (D(2023, 7, 1), D(2023, 9, 30))),
    ("a bare quarter with 'could have' keeps its year",
     "Analysts said margins in the second quarter could have reached 12% without the strike.",
     D(2023, 11, 14), "12%", (D(2023, 4, 1), D(2023, 6, 30))),
]

NOT_THE_DAY: list[tuple[str, str, dt.date, str, dt.date]] = [
    # (why, story, article date, the figure's span, the day that is not its period)
    ("the day that opens the sentence dates the report, not the results",
     "Acme Mining released its results for the fourth quarter of 2015. On Jan. 25, 2016, the "
     "company reported record revenue of $291.3 million, helped by higher output.",
     D(2016, 2, 10), "$291.3 million", D(2016, 1, 25)),
]


PERIODS = (READ + IN_SENTENCE + CARRIED + LOOKED_BACK + FISCAL + SCHEDULED
           + WOULD_HAVE)


@pytest.mark.parametrize(("what", "text", "published", "span", "days"), PERIODS,
                         ids=[case[0] for case in PERIODS])
def test_period_read(what: str, text: str, published: dt.date | None, span: str,
                     days: Span) -> None:
    claim: Claim = claim_with(text, span, published)
    assert claim.period is not None, what
    assert (claim.period.start, claim.period.end) == days, what


@pytest.mark.parametrize(("why", "text", "published", "span", "day"), NOT_THE_DAY,
                         ids=[case[0] for case in NOT_THE_DAY])
def test_a_report_day_is_no_figure_period(why: str, text: str, published: dt.date, span: str,
                                          day: dt.date) -> None:
    period = claim_with(text, span, published).period
    assert period is not None, why
    assert period.start != day, why
    # The quarter the sentence before named, carried to the figures.
    assert (period.start, period.end) == (D(2015, 10, 1), D(2015, 12, 31)), why


def test_a_fall_from_a_record_takes_no_month_of_the_record() -> None:
    text = ("The flagship cryptocurrency has fallen 12% from its all-time high of $73,800 "
            "reached in March.")
    period = claim_with(text, "12%", D(2024, 6, 20)).period
    assert period is None or period.start != D(2024, 3, 1)


def test_a_fiscal_quarter_of_an_unstated_year_is_not_a_forecast() -> None:
    # "Q3FY24" read as the calendar's July to September 2024 lies after a February 2024 story,
    # yet "rose" tells a result: the company's year may well have ended it already.
    text = ("Tata Motors reported a net profit of Rs 7,100 crore for the quarter. Revenue from "
            "operations rose 25% to Rs 1.1 lakh crore in Q3FY24.")
    assert claim_with(text, "25%", D(2024, 2, 10)).status == "actual"


@pytest.mark.parametrize(("language", "text", "span"), [
    ("French", "Le chiffre d'affaires du groupe a progressé de 5,2 % au premier trimestre. Le "
     "groupe prévoit une croissance de 4 % cette année.", "4 %"),
    ("Spanish", "El Banco de España prevé que el PIB crezca un 2,1% este año, según el informe "
     "de la entidad.", "2,1%"),
    ("German", "Der Umsatz stieg im ersten Quartal um 5 Prozent auf 2,1 Milliarden Euro. Für "
     "das Gesamtjahr erwartet das Unternehmen einen Gewinn von 500 Millionen Euro.",
     "500 Millionen"),
])
def test_a_forecast_verb_in_another_language(language: str, text: str, span: str) -> None:
    assert claim_with(text, span, D(2024, 5, 15)).status == "forecast", language


def test_second_before_a_quarter_is_its_ordinal_not_a_unit_of_time() -> None:
    text = ("Acme Corp. announced results for its fiscal 2025 second quarter ended January 31, "
            "2025. Revenue increased 12%.")
    assert all(claim.unit != "second" for claim in claims(text, published="2025-03-05"))
