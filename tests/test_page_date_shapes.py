"""The article's date read from a page's flattened text: the stamp shapes real pages print.

Every page here is invented for this test (a headline, bylines, stamp lines, share buttons,
teaser lists, comments, footers, a story written for it); ``origin`` says where its shape was
seen: the kinds of page reposters, aggregators and news portals print, or a page of the public
benchmarks (html-dev and Scrapinghub, whose text is not copied). The want is what a reader
would say the article's date is: the day it was published, None where the page does not say
(a teaser's, a comment's, a quote's or an event's date is not the article's).
"""

from __future__ import annotations

import datetime as dt
import warnings
from typing import NamedTuple

import pytest

import newsfacts


class Page(NamedTuple):
    name: str
    origin: str
    text: str
    want: dt.date | None
    url: str | None = None


D = dt.date
# Where each page's shape was seen.
REPOSTER = "invented, as reposters and aggregators print it"
PORTAL = "invented, as news portals and market sites print it"
BENCH = "invented, a shape seen on html-dev or Scrapinghub pages (text not copied)"
P1 = ("Shipments of the company's flagship router rose 14% in the third quarter, the firm "
      "said in a statement, as carriers upgraded their networks ahead of the holiday season.")
P2 = ("Analysts had expected growth of about 9%. The company also raised its full-year "
      "revenue outlook to $4.2 billion from $3.9 billion, citing stronger demand in Europe.")
P3 = ("Chief executive Mara Lind told investors on a call that supply constraints had eased "
      "and that the backlog would be worked down by the end of the first quarter.")
P4 = ("Shares of the company rose 3.5% in early trading. They have gained about 40% this "
      "year, outpacing the broader market.")
BODY = f"{P1}\n{P2}\n{P3}\n{P4}"
SHARE = "Share\nFacebook\nTwitter\nLinkedIn\nEmail"
NAV = "Home\nNews\nMarkets\nTech\nOpinion\nSubscribe"
H = "Router maker lifts outlook as shipments jump"
FOOT = "About Us\nContact\nPrivacy Policy\nTerms of Service"

PAGES_1: tuple[Page, ...] = (
    Page("published label with at and ET", REPOSTER,
         f"{NAV}\n{H}\nBy Jane Doe\n"
         f"Published: Dec 2, 2025 at 10:15 am ET\n{SHARE}\n{BODY}\n{FOOT}", D(2025, 12, 2)),
    Page("updated relative then originally published", REPOSTER,
         f"{H}\nUpdated 3 hours ago | Originally published "
         f"Dec. 1, 2025\n{BODY}", D(2025, 12, 1)),
    Page("posted on ordinal by name", REPOSTER,
         f"{H}\nPosted on December 2nd, 2025 by Jane Doe\n"
         f"{BODY}\nLeave a Reply", D(2025, 12, 2)),
    Page("by name pipe date", REPOSTER,
         f"{H}\nBy Jane Doe | December 2, 2025\n{BODY}",
         D(2025, 12, 2)),
    Page("aggregator byline with read time", REPOSTER,
         f"{H}\nJane Doe · 2 Dec 2025 · 4 min read\n"
         f"{SHARE}\n{BODY}", D(2025, 12, 2)),
    Page("iso date alone under title", REPOSTER,
         f"{H}\n2025-12-02\n{BODY}", D(2025, 12, 2)),
    Page("dotted day-first alone under title", REPOSTER,
         f"{H}\n02.12.2025\n{BODY}", D(2025, 12, 2)),
    Page("us slashed with clock", REPOSTER,
         f"{H}\n12/02/2025 10:15 AM\n{BODY}",
         D(2025, 12, 2)),
    Page("rfc stamp", REPOSTER,
         f"{H}\nTue, 02 Dec 2025 10:15:00 GMT\n{BODY}",
         D(2025, 12, 2)),
    Page("date slash clock slash updated relative", REPOSTER,
         f"{H}\nDecember 2, 2025 / 10:15 AM / Updated an "
         f"hour ago\n{BODY}", D(2025, 12, 2)),
    Page("last updated on only", REPOSTER,
         f"{H}\nLast updated on December 3, 2025\n{BODY}",
         D(2025, 12, 3)),
    Page("date label", REPOSTER,
         f"{H}\nDate: December 2, 2025\n{BODY}",
         D(2025, 12, 2)),
    Page("bare date line under title", REPOSTER,
         f"{NAV}\n{H}\nDecember 2, 2025\n{SHARE}\n{BODY}",
         D(2025, 12, 2)),
    Page("appeared first on with date", REPOSTER,
         f"{H}\n{BODY}\nThe post Router maker lifts "
         f"outlook as shipments jump appeared first on Example Tech on December 1, 2025.",
         D(2025, 12, 1)),
    Page("originally published on date at end", REPOSTER,
         f"{H}\n{BODY}\nThis article was originally "
         f"published on December 1, 2025 by Example Tech.", D(2025, 12, 1)),
    Page("originally published on site on date", REPOSTER,
         f"{H}\n{BODY}\nThis article was originally "
         f"published on Example Tech on December 1, 2025.", D(2025, 12, 1)),
    Page("wire dateline without year, no other date", REPOSTER,
         f"{H}\nNEW YORK, Dec 2 (Reuters) - {P1}\n{P2}",
         None),
    Page("wire dateline without year with a year in the body", REPOSTER,
         f"{H}\nNEW YORK, Dec 2 (Reuters) - {P1} Sales in "
         f"2025 are expected to reach a record.\n{P2}", D(2025, 12, 2)),
    Page("press release dateline", REPOSTER,
         f"Acme Networks Reports Record Quarter\n"
         f"NEW YORK, Dec. 2, 2025 /PRNewswire/ -- {P1}\n{P2}\n"
         f"SOURCE Acme Networks", D(2025, 12, 2)),
    Page("globe newswire dateline", REPOSTER,
         f"Acme Networks Reports Record Quarter\nAUSTIN, Texas, Dec. 02, 2025 (GLOBE NEWSWIRE) -- "
         f"{P1}\n{P2}", D(2025, 12, 2)),
    Page("crypto relative plus absolute elsewhere", REPOSTER,
         f"Bitcoin slips below $90,000 as traders cut risk\nBy Sam Lee\n2 days ago\n{SHARE}\n"
         f"Bitcoin fell 4% on Tuesday, extending losses from last week.\n{P2}\n"
         f"Published on: Dec 2, 2025, 10:15 UTC", D(2025, 12, 2)),
    Page("related teaser dates must not win", BENCH,
         f"{H}\n{BODY}\nRelated Stories\n"
         f"Chip shortage eases for carriers\nNovember 28, 2025\nRival posts weak quarter\n"
         f"November 20, 2025", None),
    Page("comment dates must not win", BENCH,
         f"{H}\n{BODY}\n3 Comments\nmark99\n"
         f"December 3, 2025 at 8:12 am\nGreat news for holders.\nReply\nkelly_t\n"
         f"December 3, 2025 at 9:40 am\nNot so sure.\nReply", None),
    Page("stamp plus comments", REPOSTER,
         f"{H}\nBy Jane Doe\nDecember 2, 2025\n{BODY}\n"
         f"3 Comments\nmark99\nDecember 3, 2025 at 8:12 am\nGreat news for holders.\nReply",
         D(2025, 12, 2)),
    Page("copyright year only", REPOSTER,
         f"{H}\n{BODY}\nCopyright 2025 Example Media. All "
         f"rights reserved.", None),
    Page("footer copyright symbol", REPOSTER,
         f"{H}\n{BODY}\n{FOOT}\n© 2025 Example Media",
         None),
    Page("event date in body", REPOSTER,
         f"{H}\n{P1}\nThe company will hold its investor "
         f"day on January 15, 2026 in New York.\n{P2}", None),
    Page("event date in body plus stamp", REPOSTER,
         f"{H}\nBy Jane Doe\nDec 2, 2025\n{P1}\nThe company "
         f"will hold its investor day on January 15, 2026 in New York.\n{P2}", D(2025, 12, 2)),
    Page("updated first then published", REPOSTER,
         f"{H}\nUpdated: Dec 3, 2025, 4:02 p.m. ET\n"
         f"Published: Dec 2, 2025, 10:15 a.m. ET\n{BODY}", D(2025, 12, 2)),
    Page("published then updated", REPOSTER,
         f"{H}\nPublished Dec 2, 2025 10:15 AM EST\n"
         f"Updated Dec 3, 2025 4:02 PM EST\n{BODY}", D(2025, 12, 2)),
    Page("min read and date", REPOSTER,
         f"{H}\nDecember 2, 2025 • 5 min read\n{BODY}",
         D(2025, 12, 2)),
    Page("parenthesised day lead, no year anywhere", REPOSTER,
         f"{H}\n(Dec 2): {P1}\n{P2}", None),
    Page("parenthesised day lead with year in body", REPOSTER,
         f"{H}\n(Dec 2): {P1} Revenue in 2025 is seen "
         f"rising.\n{P2}", D(2025, 12, 2)),
    Page("byline name then date line", REPOSTER,
         f"{H}\nJane Doe\nDecember 2, 2025\n{BODY}",
         D(2025, 12, 2)),
    Page("category date line", REPOSTER,
         f"{H}\nTechnology | December 2, 2025\n{BODY}",
         D(2025, 12, 2)),
    Page("date with weekday long", REPOSTER,
         f"{H}\nTuesday, December 2, 2025\n{BODY}",
         D(2025, 12, 2)),
    Page("header calendar widget and byline stamp", REPOSTER,
         f"Wednesday, December 10, 2025\n{NAV}\n{H}\n"
         f"By Jane Doe\nDecember 2, 2025\n{BODY}", D(2025, 12, 2)),
    Page("site clock over an archive item a decade past its copyright", REPOSTER,
         f"Example Trade News\n2 December 2025\n{H}\n{BODY}\n"
         "© 2009 Example Trade News. All rights reserved.", None),
    Page("a stamp a year past a stale copyright is still the story's", REPOSTER,
         f"Example Trade News\n2 December 2025\n{H}\n{BODY}\n"
         "© 2024 Example Trade News. All rights reserved.", D(2025, 12, 2)),
    Page("posted relative time ago only", REPOSTER,
         f"{H}\nPosted 5 hours ago\n{BODY}", None),
    Page("written by on date", REPOSTER,
         f"{H}\nWritten by Jane Doe on 2 December 2025\n"
         f"{BODY}", D(2025, 12, 2)),
    Page("day month year british byline dash", REPOSTER,
         f"{H}\nJane Doe - 2 December 2025\n{BODY}",
         D(2025, 12, 2)),
    Page("source and date line", REPOSTER,
         f"{H}\nSource: Example Wire | Dec 2, 2025\n{BODY}",
         D(2025, 12, 2)),
    Page("teaser list above story newest first", BENCH,
         f"Latest News\nChip shortage eases for carriers\nDec 5, 2025\nRival posts weak quarter\n"
         f"Dec 4, 2025\n{H}\nBy Jane Doe\nDec 2, 2025\n"
         f"{BODY}", D(2025, 12, 2)),
    Page("abbrev month with clock glued to site name", REPOSTER,
         f"{H}\nExample TechDec 2, 2025 10:15 AM\n{BODY}",
         D(2025, 12, 2)),
    Page("iso timestamp with offset", REPOSTER,
         f"{H}\n2025-12-02T10:15:00+00:00\n{BODY}",
         D(2025, 12, 2)),
    Page("european dotted with clock", REPOSTER,
         f"{H}\n02.12.2025, 10:15 Uhr\n{BODY}",
         D(2025, 12, 2)),
    Page("day-first slashed on .co.uk with clock", REPOSTER,
         f"{H}\n02/12/2025 10:15\n{BODY}",
         D(2025, 12, 2), "https://www.example.co.uk/business/router-maker-lifts-outlook"),
    Page("first published label", REPOSTER,
         f"{H}\nFirst published on Tue 2 Dec 2025 10.15 "
         f"GMT\n{BODY}", D(2025, 12, 2)),
    Page("guardian style last modified then first published", REPOSTER,
         f"{H}\nLast modified on Wed 3 Dec 2025 16.02 GMT\n"
         f"{BODY}\nFirst published on Tue 2 Dec 2025 10.15 GMT", D(2025, 12, 2)),
    Page("published in byline sentence", REPOSTER,
         f"{H}\nBy Jane Doe, Staff Writer\nPublished "
         f"December 2, 2025\n{BODY}", D(2025, 12, 2)),
    Page("date in body only once in a sentence", REPOSTER,
         f"{H}\n{P1} The deal closed on November 3, 2025."
         f"\n{P2}", None),
    Page("newsletter signup with date of event", REPOSTER,
         f"{H}\n{BODY}\nSign up for our newsletter\n"
         f"Join our webinar on December 18, 2025", None),
    Page("read more teaser with date after story", REPOSTER,
         f"{H}\nDec 2, 2025\n{BODY}\nRead More\n"
         f"Rival posts weak quarter\nDec 1, 2025", D(2025, 12, 2)),
    Page("you may also like with date stamps only", BENCH,
         f"{H}\n{BODY}\nYou May Also Like\n"
         f"Rival posts weak quarter\n1 Dec 2025\nChip shortage eases\n30 Nov 2025", None),
    Page("month day year no comma", REPOSTER,
         f"{H}\nBy Jane Doe\nDec 2 2025\n{BODY}",
         D(2025, 12, 2)),
    Page("upper case month stamp", REPOSTER,
         f"{H}\nDECEMBER 2, 2025\n{BODY}", D(2025, 12, 2)),
    Page("published colon iso", REPOSTER,
         f"{H}\nPublished: 2025-12-02 10:15\n{BODY}",
         D(2025, 12, 2)),
    Page("date with 'on' and author after", REPOSTER,
         f"{H}\nOn December 2, 2025 by Jane Doe\n{BODY}",
         D(2025, 12, 2)),
    Page("pipe stamp with name and clock", REPOSTER,
         f"{H}\nJane Doe | Dec 2, 2025 | 10:15 AM\n{BODY}",
         D(2025, 12, 2)),
    Page("stamp with relative in brackets", REPOSTER,
         f"{H}\nDec 2, 2025 (2 days ago)\n{BODY}",
         D(2025, 12, 2)),
    Page("reposter notice with original date", REPOSTER,
         f"{H}\n{BODY}\nThis story originally appeared on "
         f"Example Tech on Dec. 1, 2025.", D(2025, 12, 1)),
    Page("edition date header and byline date", REPOSTER,
         f"Today's Paper\nTuesday, December 9, 2025\n{H}\n"
         f"By Jane Doe\nPublished December 2, 2025\n{BODY}", D(2025, 12, 2)),
    Page("trending sidebar before story, stamp with clock", REPOSTER,
         f"Trending\nRival posts weak quarter\nDec 3, 2025\n{H}\n"
         f"Dec 2, 2025 10:15 AM\n{BODY}", D(2025, 12, 2)),
    Page("in brackets credit at end", REPOSTER,
         f"{H}\n{BODY}\n(Reporting by Jane Doe; Editing by "
         f"Sam Lee)", None),
    Page("short date with year two-digit and label", REPOSTER,
         f"{H}\nPosted: 12/02/25\n{BODY}", D(2025, 12, 2)),
    Page("date then author on same line separated by dash", REPOSTER,
         f"{H}\nDecember 2, 2025 - Jane Doe\n{BODY}",
         D(2025, 12, 2)),
    Page("date line ending with 'at' clock lower", REPOSTER,
         f"{H}\nDecember 2, 2025 at 10:15 am\n{BODY}",
         D(2025, 12, 2)),
    Page("quarter end date in body plus no stamp", REPOSTER,
         f"{H}\n{P1} For the quarter ended September 30, "
         f"2025, revenue rose 12%.\n{P2}", None),
    Page("weekday date at start of lead", REPOSTER,
         f"{H}\nTuesday, December 2, 2025 - {P1}\n{P2}",
         D(2025, 12, 2)),
    Page("dateline with year and dash", REPOSTER,
         f"{H}\nLONDON, December 2, 2025 - {P1}\n{P2}",
         D(2025, 12, 2)),
    Page("modified label only with published relative", REPOSTER,
         f"{H}\nPublished 2 hours ago\nModified: Dec 3, "
         f"2025\n{BODY}", D(2025, 12, 3)),
)

M = ("Brent crude futures rose 1.2% to $64.10 a barrel, while U.S. West Texas Intermediate "
     "crude gained 1.1% to $60.30, after producers signalled they would keep output curbs in "
     "place.")
M2 = ("Oil prices have fallen about 14% this year as supply growth outpaced demand, and "
      "analysts expect a surplus next year.")
MB = f"{M}\n{M2}\n{P3}"
T = "Oil rises as producers signal output curbs will stay"
PAGES_2: tuple[Page, ...] = (
    Page("indian last updated with IST", PORTAL,
         f"{T}\nLast Updated: December 2, 2025, 10:15 IST\n{MB}", D(2025, 12, 2)),
    Page("first published pipe clock IST", PORTAL,
         f"{T}\nFirst Published: Dec 02 2025 | 10:15 AM IST\n{MB}", D(2025, 12, 2)),
    Page("published on weekday long IST", PORTAL,
         f"{T}\nPublished on: Tuesday, December 02, 2025, 10:15 AM IST\n{MB}", D(2025, 12, 2)),
    Page("by agency pipe day-first", PORTAL,
         f"{T}\nBy Reuters | 02 Dec 2025\n{MB}", D(2025, 12, 2)),
    Page("staff writer then stamp with read time", PORTAL,
         f"{T}\nby Jane Doe, Example Staff Writer\nDecember 2, 2025 10:15 AM | 2 min read\n{MB}",
         D(2025, 12, 2)),
    Page("investing style published slashed clock", PORTAL,
         f"{T}\nPublished 12/02/2025, 10:15 AM\nUpdated 12/02/2025, 11:00 AM\n{MB}",
         D(2025, 12, 2)),
    Page("uk broadcaster weekday day month clock", PORTAL,
         f"{T}\nTuesday 2 December 2025 10:15, UK\n{MB}", D(2025, 12, 2)),
    Page("day month year dash clock", PORTAL,
         f"{T}\n2 December 2025 - 10:15\n{MB}", D(2025, 12, 2)),
    Page("date clock source pipe", PORTAL,
         f"{T}\nDecember 2, 2025 | 10:15 AM EST | Source: Example Wire\n{MB}", D(2025, 12, 2)),
    Page("double slash clock", PORTAL,
         f"{T}\nTue 02 Dec 2025 // 10:15 GMT\n{MB}", D(2025, 12, 2)),
    Page("clock before weekday date", PORTAL,
         f"{T}\n10:15 AM ET, Tue December 2, 2025\n{MB}", D(2025, 12, 2)),
    Page("updated clock before weekday date only", PORTAL,
         f"{T}\nUpdated 10:15 AM EST, Tue December 2, 2025\n{MB}", D(2025, 12, 2)),
    Page("ordinal weekday british", PORTAL,
         f"{T}\nTuesday, 2nd December 2025\n{MB}", D(2025, 12, 2)),
    Page("published relative on date", PORTAL,
         f"{T}\nPublished 2 hours ago on December 2, 2025\n{MB}", D(2025, 12, 2)),
    Page("posted by on weekday ordinal", PORTAL,
         f"{T}\nPosted by Jane Doe on Tuesday, December 2nd, 2025\n{MB}", D(2025, 12, 2)),
    Page("by name on date", PORTAL,
         f"{T}\nBy Jane Doe on Dec 2, 2025\n{MB}", D(2025, 12, 2)),
    Page("name comma agency then date line", PORTAL,
         f"{T}\nJane Doe, Reuters\n2 December 2025\n{MB}", D(2025, 12, 2)),
    Page("sept abbreviation", PORTAL,
         f"{T}\nBy Jane Doe\nSept. 2, 2025\n{MB}", D(2025, 9, 2)),
    Page("ordinal no comma", PORTAL,
         f"{T}\nDecember 2nd 2025\n{MB}", D(2025, 12, 2)),
    Page("price widget as of must not win", PORTAL,
         f"{T}\nWTI Crude 60.30 +1.1%\nData as of Dec 3, 2025 4:00 PM ET\n{MB}", None),
    Page("market closed stamp must not win", PORTAL,
         f"{T}\n{MB}\nMarket Closed: Dec 3, 2025 4:00 PM EST\nBrent 64.10", None),
    Page("retrieved date must not win", BENCH,
         f"{T}\n{MB}\nCitation: Oil rises (2025, December 2)\nretrieved 4 December 2025", None),
    Page("prev next article navigation dates", PORTAL,
         f"{T}\n{MB}\nPrevious article\nGold slips as dollar firms\nDecember 1, 2025\n"
         f"Next article\n"
         f"Copper hits record\nDecember 3, 2025", None),
    Page("prev next navigation plus stamp", PORTAL,
         f"{T}\nBy Jane Doe\nDecember 2, 2025\n{MB}\nPrevious article\nGold slips as dollar firms\n"
         f"December 1, 2025\nNext article\nCopper hits record\nDecember 3, 2025", D(2025, 12, 2)),
    Page("more from author list", PORTAL,
         f"{T}\n{MB}\nMore from Jane Doe\nGold slips as dollar firms\nDec 1, 2025\n"
         f"Copper hits record on supply fears\nNov 28, 2025\nSilver gains on rate bets\n"
         f"Nov 25, 2025",
         None),
    Page("originally published at site on slashed date", PORTAL,
         f"{T}\n{MB}\nOriginally published at example.com on 12/01/2025", D(2025, 12, 1)),
    Page("date label iso at end", PORTAL,
         f"{T}\n{MB}\nDate: 2025-12-02", D(2025, 12, 2)),
    Page("menafn style credit then date", PORTAL,
         f"{T}\n12/2/2025 10:15:00 AM\n(MENAFN- Example Wire) {M}\n{M2}", D(2025, 12, 2)),
    Page("agency glued date clock", PORTAL,
         f"{T}\nReutersDec 2, 2025 10:15 AM\n{MB}", D(2025, 12, 2)),
    Page("lead dateline with year no wire", PORTAL,
         f"{T}\nSINGAPORE, Dec 2, 2025: {M}\n{M2}", D(2025, 12, 2)),
    Page("city colon lead only, story year", PORTAL,
         f"{T}\nSINGAPORE: {M} Output in 2025 hit a record.\n{M2}", None),
    Page("yearless dateline with body year and dash", PORTAL,
         f"{T}\nSINGAPORE, Dec 2 — {M} Output in 2025 hit a record.\n{M2}", D(2025, 12, 2)),
    Page("yearless wire with agency credit only", PORTAL,
         f"{T}\nLONDON, Dec 2 (Reuters) - {M}\n{M2}\n(Reporting by Jane Doe; Editing by Sam Lee)",
         None),
    Page("report published date in body not the page's", PORTAL,
         f"{T}\n{M} The agency's report, published on November 14, 2025, said demand would slow.\n"
         f"{M2}", None),
    Page("single body date with story about past event", PORTAL,
         f"{T}\n{M} The producers last met on November 30, 2025.\n{M2}", None),
    Page("chinese date under title", PORTAL,
         f"{T}\n2025年12月02日 10:15\n{MB}", D(2025, 12, 2)),
    Page("french date under title", PORTAL,
         f"{T}\nPublié le 2 décembre 2025 à 10h15\n{MB}", D(2025, 12, 2)),
    Page("german date label", PORTAL,
         f"{T}\nVeröffentlicht: 02.12.2025, 10:15 Uhr\n{MB}", D(2025, 12, 2)),
    Page("spanish date", PORTAL,
         f"{T}\n2 de diciembre de 2025\n{MB}", D(2025, 12, 2)),
    Page("stamp then tags then body", PORTAL,
         f"{T}\nDecember 2, 2025\nOil\nCommodities\nEnergy\n{MB}", D(2025, 12, 2)),
    Page("comment thread with a single comment", PORTAL,
         f"{T}\n{MB}\n1 Comment\nmark99\nDecember 3, 2025 at 8:12 am\nGood call.\nReply", None),
    Page("newest first teasers then story with stamp and share", PORTAL,
         f"Top Stories\nGold slips as dollar firms\nDec 3, 2025\nCopper hits record high\n"
         f"Dec 2, 2025\n"
         f"{T}\nJane Doe\nDec 1, 2025\nShare\nTweet\n{MB}", D(2025, 12, 1)),
    Page("event in newsletter promo after story", PORTAL,
         f"{T}\n{MB}\nRegister now for the Energy Summit, March 3, 2026", None),
    Page("earnings date widget", PORTAL,
         f"{T}\n{MB}\nNext earnings date: Jan 29, 2026", None),
)

PAGES_3: tuple[Page, ...] = (
    Page("em dash clock then written-for byline", PORTAL,
         f"{T}\nDecember 02, 2025 — 10:15 am EST\nWritten by Jane Doe for Example ->\n{MB}",
         D(2025, 12, 2)),
    Page("gmt offset clock", PORTAL,
         f"{T}\nDec 2, 2025, 10:15 AM GMT+8\n{MB}", D(2025, 12, 2)),
    Page("comma after month", PORTAL,
         f"{T}\nBy Jane Doe\n2 Dec, 2025\n{MB}", D(2025, 12, 2)),
    Page("weekday abbrev date clock", PORTAL,
         f"{T}\nTue, Dec 2, 2025, 10:15 AM\n{MB}", D(2025, 12, 2)),
    Page("no comma date dash clock", PORTAL,
         f"{T}\nDec 2 2025 - 10:15 AM\n{MB}", D(2025, 12, 2)),
    Page("last updated gmt offset", PORTAL,
         f"{T}\nLast Updated: 2 December 2025 10:15 GMT+7\n{MB}", D(2025, 12, 2)),
    Page("source pipe posted", PORTAL,
         f"{T}\nSource: Example Wire | Posted: 2 December 2025\n{MB}", D(2025, 12, 2)),
    Page("section dashed date clock", PORTAL,
         f"{T}\nNews | 02-12-2025 | 10:15\n{MB}", D(2025, 12, 2)),
    Page("portal relative story by", PORTAL,
         f"{T}\nStory by Jane Doe • 2mo\n{MB}", None),
    Page("finance portal weekday clock read time", PORTAL,
         f"{T}\nJane Doe\nTue, Dec 2, 2025, 10:15 AM 3 min read\n{MB}", D(2025, 12, 2)),
    Page("updated only weekday at clock", PORTAL,
         f"{T}\nUpdated Tue, Dec 2, 2025 at 10:15 AM\n{MB}", D(2025, 12, 2)),
    Page("agency glued year and clock and updated", BENCH,
         f"{T}\nReuters\nDecember 2, 20253:15 PM GMT+8Updated 2 days ago\n{MB}", D(2025, 12, 2)),
    Page("byline two names then stamp updated relative", PORTAL,
         f"{T}\nBy Jane Doe and Sam Lee\nDecember 2, 2025 3:15 PM GMT+8 Updated 2 days ago\n{MB}",
         D(2025, 12, 2)),
    Page("at clock then updated on", PORTAL,
         f"{T}\nDecember 2, 2025 at 10:15 AM GMT+8\nUpdated on December 2, 2025 at 11:00 AM GMT+8"
         f"\n{MB}", D(2025, 12, 2)),
    Page("published weekday year glued to clock", PORTAL,
         f"{T}\nPublished Tue, Dec 2 202510:15 AM EST\nUpdated Tue, Dec 2 202511:00 AM EST\n{MB}",
         D(2025, 12, 2)),
    Page("dotted abbreviation am et", PORTAL,
         f"{T}\nDec. 2, 2025 10:15 am ET\n{MB}", D(2025, 12, 2)),
    Page("updated clock first comma date", PORTAL,
         f"{T}\nUpdated 10:15 AM EST, December 2, 2025\n{MB}", D(2025, 12, 2)),
    Page("published clock first", PORTAL,
         f"{T}\nPublished: 10:15 AM, Dec 2, 2025\n{MB}", D(2025, 12, 2)),
    Page("portuguese weekday stamp", BENCH,
         f"{T}\nterça-feira, 2 de dezembro de 2025 às 10:15\n{MB}", D(2025, 12, 2)),
    Page("german weekday stamp", PORTAL,
         f"{T}\nDienstag, 2. Dezember 2025, 10:15 Uhr\n{MB}", D(2025, 12, 2)),
    Page("italian weekend weekday stamp", PORTAL,
         f"{T}\nsabato, 29 novembre 2025, 10:15\n{MB}", D(2025, 11, 29)),
    Page("dutch weekday stamp", PORTAL,
         f"{T}\nzondag 30 november 2025 10:15\n{MB}", D(2025, 11, 30)),
    Page("label line above date", BENCH,
         f"{T}\nPublished\nDecember 2, 2025\n{MB}", D(2025, 12, 2)),
    Page("updated label line above then published", BENCH,
         f"{T}\nUpdated\nDecember 3, 2025\nPublished\nDecember 2, 2025\n{MB}", D(2025, 12, 2)),
    Page("date by name wordpress", BENCH,
         f"{T}\nDecember 2, 2025 by Jane Doe\n{MB}", D(2025, 12, 2)),
    Page("by name slash date", BENCH,
         f"{T}\nby Jane Doe / 2025.12.02\n{MB}", D(2025, 12, 2)),
)

# Shapes seen on html-dev and Scrapinghub pages once the benchmark decoded their bytes before
# parsing, each described where it was seen; every text here is invented.
COPY = "© 2025 Example Media. All rights reserved."
TOUR = ("The band will tour in 2025 and play the Lakeside Pavilion on July 22. Tickets go on "
        "sale at 10 a.m. Friday, Dec. 5, organisers said.")
IT = ("La piattaforma di streaming ha annunciato una nuova serie animata, prodotta in "
      "collaborazione con uno studio giapponese, che debutterà il prossimo anno.")
RU = ("Наши герои рассказали, как они начали заниматься кулинарной фотографией и чем "
      "вдохновляются каждый день.")
FR = ("Le gouvernement a présenté mercredi un projet de budget qui prévoit une hausse des "
      "dépenses de défense de 6% l'an prochain.")
YEAR_END_H = "Retailer's sales climb on strong holiday season"
YEAR_END = ("Sales at the chain rose 4.2% in December 2025 from a year earlier, the company "
            "said in a statement, helped by strong demand for toys and electronics.\n"
            "Revenue grew 8% in 2025 to $3.1 billion, while operating profit fell in the fourth "
            "quarter of 2025 as wage costs climbed.\n"
            "Analysts had expected a smaller rise. The shares gained 2% in early trading.")
# A story naming another day than the page's: the claim stage's reader cannot take one day.
MET = "The group met on November 30, 2025 in Vienna and agreed to extend the cuts."
OUTLOOK = ("The chain said revenue was expected to grow 8% in 2025 to $3.1 billion, helped by "
           "new stores in the south.\n"
           "Analysts had forecast a smaller rise. The shares gained 2% in early trading.")
PAGES_4: tuple[Page, ...] = (
    Page("open copyright range is no stale year", "invented, as a technology news site in "
         "Scrapinghub prints it: a weekday stamp and a footer's range left open",
         f"{T}\nTuesday December 2, 2025 7:45 am PST by\nJane Doe\n{MB}\n{FOOT}\n"
         "Copyright © 2003- Example Media, LLC.", D(2025, 12, 2)),
    Page("closed stale copyright still marks the site's clock", "invented, as an archive "
         "page in html-dev prints it", f"{T}\nTuesday, 2 December 2025\n{MB}\n"
         "© 2006 Example Archive", None),
    Page("expiry date before the document's date", "invented, as a standards body's draft "
         "in html-dev (Readability test pages) prints its header",
         f"{T}\nExpires: 4 June 2026 2 December 2025\n{MB}", D(2025, 12, 2)),
    Page("name dash iso date under a lone by", "invented, as an architecture and design "
         "magazine in Scrapinghub prints it", f"{NAV}\n{T}\nBy\nadmin - 2025-12-02\n{MB}",
         D(2025, 12, 2)),
    Page("name pipe date under a lone by", PORTAL,
         f"{T}\nBy\nJane Doe | December 2, 2025\n{MB}", D(2025, 12, 2)),
    Page("update word dash date under a lone by is an update", PORTAL,
         f"{T}\nBy\nUpdated - 2025-12-03\n{MB}", D(2025, 12, 3)),
    Page("yearless posted and updated stamps, year from the copyright", "invented, as US "
         "regional news portals in Scrapinghub print them",
         f"{NAV}\n{T}\nUpdated Dec 3, 9:41 AM;\nPosted Dec 2, 8:19 PM\nBy\nJane Doe\n{MB}\n"
         f"{FOOT}\n{COPY}", D(2025, 12, 2)),
    Page("yearless updated stamp alone, year from the copyright", "invented, as US "
         "regional news portals in Scrapinghub print them",
         f"{T}\nUpdated Dec 3, 9:41 AM\nBy\nJane Doe\n{MB}\n{FOOT}\n{COPY}", D(2025, 12, 3)),
    Page("yearless posted stamp without a copyright year", PORTAL,
         f"{T}\nPosted Dec 2, 8:19 PM\nBy\nJane Doe\n{MB}\n{FOOT}", None),
    Page("yearless posted stamps that disagree are a teaser list's", PORTAL,
         f"{T}\n{MB}\nMore stories\nCouncil approves new budget for the river park\n"
         f"Posted Nov 28, 8:19 PM\nSchool board names interim head after long search\n"
         f"Posted Nov 27, 6:02 PM\n{FOOT}\n{COPY}", None),
    Page("yearless posted stamp beats a weekday the story announces", "invented, as a US "
         "regional news portal in Scrapinghub prints a concert story",
         f"{NAV}\nMusic\nBand reunites for an anniversary tour\nPosted Dec 2, 6:51 AM\nBy\n"
         f"Jane Doe\n{TOUR}\n{P3}\n{FOOT}", D(2025, 12, 2)),
    Page("italian abbreviated month under a section name", "invented, as an Italian "
         "entertainment portal in Scrapinghub prints it",
         f"{NAV}\nSerie animata in arrivo sulla piattaforma\nCartoni\n02 Ago 2025\n{IT}\n{IT}",
         D(2025, 8, 2)),
    Page("portuguese abbreviated october alone", "invented, as Portuguese portals print it",
         f"{T}\n15 Out 2025\n{MB}", D(2025, 10, 15)),
    Page("foreign month stamps of a teaser list", PORTAL,
         f"{T}\n{IT}\n{IT}\nArticoli correlati\nNuovo film annunciato per la prossima estate\n"
         f"12 Ago 2025\nUn classico torna in sala con una versione restaurata\n10 Ago 2025\n"
         f"{FOOT}", None),
    Page("set is an english word away from a day", PORTAL,
         f"{T}\nThe set 2025 collection\n{MB}", None),
    Page("russian text label name and genitive month", "invented, as a Russian women's "
         "magazine in Scrapinghub prints its byline", f"{T}\n{RU}\nТекст: Анна Петрова·2 "
         f"декабря 2025\n{RU}\n{RU}", D(2025, 12, 2)),
    Page("agency name before a stamp with its clock", "invented, as a sports portal in "
         "html-dev prints an agency's story", f"{NAV}\n{T}\nExample Press December 2, 2025, "
         f"9:02 AM\nMADRID —\n{MB}", D(2025, 12, 2)),
    Page("french par byline and date", PORTAL,
         f"Le budget de la défense en hausse\nPar Jean Dupont | 2 décembre 2025\n{FR}\n{FR}",
         D(2025, 12, 2)),
)
# Shapes of pages a page store flattened, header and footer kept (issue 9).
PAGES_5: tuple[Page, ...] = (
    Page("store stamp months before the full year the story reports", "invented, as a "
         "page store stamps an older copy of a retailer's results story",
         f" date 2025-03-04 {YEAR_END_H}\n\n{YEAR_END}", None),
    Page("dateline months before the quarter the story reports", REPOSTER,
         f"{YEAR_END_H}\nMarch 4, 2025\n{YEAR_END}", None),
    Page("store stamp after the full year the story reports", "invented, as a page store "
         "stamps a retailer's results story", f" date 2026-02-12 {YEAR_END_H}\n\n{YEAR_END}",
         D(2026, 2, 12)),
    Page("store stamp before a year the story only expects", "invented, as a page store "
         "stamps an outlook story", f" date 2025-03-04 {YEAR_END_H}\n\n{OUTLOOK}",
         D(2025, 3, 4)),
    Page("byline glued to its stamp and the share bar", "invented, as a page store joins a "
         "US paper's header into one line (seen on Scrapinghub pages flattened so)",
         f"{NAV}\n{T}\nBy Jane Doe Staff Writer Dec. 2, 2025 5:50 PM Share Tweet\n{MB}\n"
         f"{MET}",
         D(2025, 12, 2)),
    Page("byline with a handle glued to its stamp", "invented, as a page store joins a "
         "sports blog's header into one line", f"{T}\nBy Jane Doe @janedoe Dec 2, 2025, "
         f"11:47am EST\n{MB}\n{MET}", D(2025, 12, 2)),
    Page("yearless stamp under the byline, year from the copyright", BENCH,
         f"{NAV}\n{T}\nBy\nJane Doe\nDec 2\n195\nShares\n{MB}\n{FOOT}\n{COPY}",
         D(2025, 12, 2)),
    Page("yearless stamp glued to the byline, year from the copyright", "invented, as a page "
         "store joins a technology site's header into one line",
         f"{NAV}\n{T}\nBy Jane Doe Dec 2 195 Shares Share Tweet\n{MB}\n{FOOT}\n{COPY}",
         D(2025, 12, 2)),
    Page("yearless stamp under the byline, year from the story's last day", PORTAL,
         f"{T}\nBy\nJane Doe\nDec 2\n{M}\n{MET}\n{P3}", D(2025, 12, 2)),
    Page("yearless updated and posted stamps joined on one line, year from the copyright",
         "invented, as a page store joins a US regional portal's stamps (Scrapinghub pages "
         "flattened so)", f"{NAV}\n{T}\nUpdated Dec 3, 9:41 AM; Posted Dec 2, 8:19 PM\n{MB}\n"
         f"{FOOT}\n{COPY}", D(2025, 12, 2)),
    Page("yearless stamp under the byline without any year", PORTAL,
         f"{T}\nBy\nJane Doe\nDec 2\n{MB}\n{FOOT}", None),
    Page("one day closing a feed card's lines", "invented, as an aggregator's digest card "
         "closes its items with the day", f"{T}\n{M} – December 2, 2025\n{M2} – December "
         f"2, 2025\n{MET}", D(2025, 12, 2)),
    Page("different days closing lines are a list's", REPOSTER,
         f"{T}\n{M} – December 2, 2025\n{M2} – November 28, 2025\n{MET}", None),
)

PAGES = PAGES_1 + PAGES_2 + PAGES_3 + PAGES_4 + PAGES_5
# Claims are not read: the page's date does not depend on them.
_EXTRACTOR = newsfacts.Extractor(newsfacts.Options(claims=False))


@pytest.mark.parametrize("page", PAGES, ids=[f"{page.origin}: {page.name}" for page in PAGES])
def test_the_page_s_date(page: Page) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = _EXTRACTOR.extract(page.text, url=page.url, kind="text")
    assert article.published == page.want
