"""The document pass's word tables: where a stretch of text is cut into sentences, who is a
person or an official body, which periods start a run of figures, and the phrases that place a
figure at a period's end or a year back. ``document.py`` and ``document_sources.py`` apply them.
"""

from __future__ import annotations

import re

# Sentences of a stretch without figures: cut after a full stop, question or exclamation
# mark followed by white space, or at a line break. Written to open with the white space every
# cut starts with (the mark is looked back at from there), so that re skips from one space to
# the next instead of trying the look-behinds at every character: the same cuts as
# ``(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"“‘(]?[A-Z0-9])|\n`` (a test holds it to them).
SENTENCE_CUT = re.compile(
    r"\s(?:(?<=[.!?]\s)\s*(?=[\"“‘(]?[A-Z0-9])|(?<=[.!?][\"'”’)]\s)\s*(?=[\"“‘(]?[A-Z0-9])"
    r"|(?<=\n))")
# A full stop after these ends no sentence: "Acme Robotics, Inc. (NASDAQ: ACMR) reported".
ABBREVIATION_BEFORE = re.compile(
    r"\b(?:Inc|Corp|Co|Ltd|Bros|Mr|Mrs|Ms|Dr|Prof|St|No|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|"
    r"Dec|et\s+al|[A-Z])\.$"
)
# A job title before a capitalised name: "Chief Financial Officer Dan Janki", "Fed Chair
# Jerome Powell", "Premier Li Qiang".
PERSON_TITLE = re.compile(
    r"\b(?:Chief\s+\w+\s+Officer|Premier|Prime\s+Minister|President|Mayor|Chair|Chairman|"
    r"Chairwoman|Governor|Minister|Secretary|Director|Senator|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|CEO|CFO|"
    r"COO|Professor|Economist|Analyst|Spokesman|Spokeswoman|Commissioner)\s+[A-Z]"
)
# Words that make a credited name an official body that publishes statistics, not a vendor.
OFFICIAL_BODY = re.compile(
    r"\b(?:Statistics|Statistical|Bureau|Office|Ministry|Department|Administration|Agency|"
    r"Institute|Association|Commission|Council|Customs|Authority|Board|Federation|"
    r"Organi[sz]ation|Census|Treasury|Reserve|Central\s+Bank|Bank\s+of|"
    # the same bodies in the other languages of the corpus
    r"Institut[eo]?|Instituto|Agencia|Ag[êe]ncia|Agence|\w*[Aa]gentur|Bundesamt|Minist[eé]rio|"
    r"Ministerio|Minist[èe]re|Ministerium|Banco|Banque|Bundesbank|Statistik|Estad[íi]stica|"
    r"Estat[íi]stica|INSEE|Insee|Destatis|ISTAT|Istat)\b|^(?:customs|government|"
    r"official|ministry|census|trade|industry|central\s+bank|(?:state|federal)(?:\s+labou?r|"
    r"\s+employment|\s+trade|\s+jobs)?|labou?r)$"
)
# Market-data venues and price aggregators: where a story reads its prices, the source of every
# later price it quotes until another source is named (a general data vendor such as LSEG
# covers only its paragraph). Names in lower case.
MARKET_DATA_VENUES = frozenset({
    "coingecko", "coinmarketcap", "binance", "coinbase", "kraken", "bitstamp", "bitfinex",
    "coindesk", "glassnode", "cryptoquant", "messari", "tradingview", "coinglass", "santiment",
    "intotheblock", "coincodex", "cryptocompare", "okx", "bybit", "huobi", "nansen",
    "defillama", "farside", "sosovalue", "kaiko", "coinshares", "coinstats", "coin360",
})  # fmt: skip
# A company's name: capitalised words ending with a corporate word.
COMPANY_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w&'’-]{0,30}[ \t]+){1,4}(?:Group|Inc|Corp|Corporation|Ltd|Limited|plc|PLC|"
    r"Holdings|Company|Bank|Bancorp|AG|SA|NV|SE|ASA|AB|Oyj|LLC)\b\.?)"
)
# An official body's name: "the Ministry of Trade and Regional Integration", "the Central
# Statistics Office". Named in a story's opening that lets nobody speak, it reports its own
# figures as a company does.
OFFICIAL_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w&'’-]{0,30}[ \t]+){0,3}(?:Ministry|Bureau|Department|Office|Agency|"
    r"Administration|Commission|Authority|Institute|Ministerio|Minist[eé]rio|"
    r"Minist[eè]re|Ministerium|Instituto|Institut|Agencia|Ag[eê]ncia|Agence|Bundesamt)"
    r"(?:[ \t]+(?:of|for|on|de|da|do|des|du|für)(?:[ \t]+(?:the|and|la|l[’']))?"
    r"(?:[ \t]+(?:and[ \t]+)?[A-Z][\w&'’-]{0,30}){1,5})?)"
)
OPENING_CHARS = 300
# A personal name with a middle initial: "Alan J. Hyatt".
INITIALLED = re.compile(r"[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]+$")
# A title in apposition after a name: "Alan J. Hyatt, President and CEO, said".
TITLE_AFTER = re.compile(
    r",\s+(?:the\s+|its\s+|a\s+)?(?:[\w&-]+\s+){0,3}?(?:President|Chief|CEO|CFO|COO|Chair|"
    r"Chairman|chairman|Chairwoman|[Dd]irector|[Hh]ead|[Ff]ounder|analyst|economist|strategist|"
    r"[Mm]anager|[Oo]fficer|[Mm]inister|spokes(?:man|woman|person)|[Pp]rofessor|[Gg]overnor|"
    r"[Ss]ecretary|[Pp]artner)\b"
)
# Periods that are when something happened to a thing, not what a run of figures covers:
# "founded in 1998", "since 1991", "until 2030".
NOT_A_RUN_PERIOD = re.compile(
    r"\b(?:since|until|till|by|before|after|founded|established|born|launched|listed|"
    r"incorporated|began|started|opened|expires?|expiring|matur(?:es|ing|ity)|due|"
    # "The company's fiscal year ends in June": when its years end, no run of figures.
    r"ends|closes)\s+"
    r"(?:in\s+|on\s+|the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)
# A wire's dateline before the release's date: "HOUSTON--(BUSINESS WIRE)--Oct. 29, 2025--"
# (the day the release went out, no run of its figures).
WIRE_DATELINE_BEFORE = re.compile(r"--\s*\([A-Z][A-Za-z .]{2,30}\)\s*--\s*$")
# "currently sold at 9,282 USD": the moment of one figure, no period for the figures after it.
NOT_A_RUN_MOMENT = re.compile(r"(?i)\b(?:currently|at\s+present|right\s+now)\b")
# A level at the close of the period reported on: "cash of $18.3 million at year-end".
AT_PERIOD_END = re.compile(
    r"\b(?:at|as\s+of)\s+(?:the\s+)?(?:fiscal\s+)?(?:year|quarter|period)[\s-]end\b"
    r"|\b(?:at|as\s+of)\s+the\s+end\s+of\s+the\s+(?:fiscal\s+)?(?:year|quarter|period)\b"
    # "ended the quarter with cash of $25.3 million".
    r"|\b(?:ended|closed|finished)\s+the\s+(?:fiscal\s+)?(?:year|quarter|period)\s+with\b",
    re.IGNORECASE,
)
# "from 273.8 billion won in the same period of last year", "$7.6 billion for a similar period
# last year": the figure a year before the run, named right after the number. ("Up 5% over
# the same period last year" is a change's basis: "over" is left out.) "At Rs 45.99 at the same
# time last year": a level a year before the run's day.
SAME_PERIOD_AFTER = re.compile(
    # "Rs 44 million logged in the corresponding period": a participle may stand between.
    r"\s{0,3}(?:(?:logged|recorded|posted|reported|registered|earned|seen)\s+)?"
    r"(?:(?:in|for|during|at)\s+)?(?:(?:the|a)\s+)?(?:same|similar|corresponding|"
    r"comparable)\s+(?:period|quarter|month|half|time|(?:three|six|nine)\s+months)\s+"
    r"(?:(?:of|in)\s+)?(?:(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:earlier|ago)|"
    # "in the corresponding period of the fiscal year 2002-03", "of the previous fiscal".
    r"(?:the\s+)?(?:last|previous|prior)\s+(?:fiscal|financial)(?:\s+year)?|"
    r"(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:year\s+)?(?:19|20)\d\d(?:\s?[-–/]\s?\d\d)?)\b"
    # "$4 million in the prior-year quarter", "from the year-ago period"
    r"|\s{0,3}(?:(?:in|for|during|from)\s+)?(?:the\s+)?(?:(?:prior|previous|last)[\s-]year|"
    r"year[\s-](?:ago|earlier)|year[\s-]before)\s+(?:period|quarter|month|half|time|"
    r"(?:three|six|nine|twelve)[\s-]months?(?:\s+period)?)\b",
    re.IGNORECASE,
)

# A level at the opening of the period reported on, right after its number: "from $612 billion
# at the start of the quarter".
AT_PERIOD_START = re.compile(
    r"\s{0,3},?\s*(?:at|on)\s+the\s+(?:start|beginning|outset)\s+of\s+the\s+(?:fiscal\s+)?"
    r"(?:year|quarter|month|period)\b",
    re.IGNORECASE,
)
# The same, opening the sentence and holding for its figures: "At the start of the month, the
# coin had touched a low of $6,526".
AT_PERIOD_START_LEAD = re.compile(
    r"\s*(?:at|on)\s+the\s+(?:start|beginning|outset)\s+of\s+the\s+(?:fiscal\s+)?"
    r"(?:year|quarter|month|period)\s*,",
    re.IGNORECASE,
)
# A level a stretch of time opened or closed at is an instant: its first or last day ("opened
# the first quarter at $14,112 and closed it at $6,973", "ended the year at 4.5%", "ended the
# quarter with cash of $25.3 million").
OPENED_OR_CLOSED_AT = re.compile(
    r"\b(?:(?P<open>opened|began|started)|closed|ended|finished)\s+(?:the\s+(?:[\w-]+\s+){0,2}"
    r"|(?P<it>it)\s+|(?:19|20)\d\d\s+)(?:at|on|with\s+(?:[\w-]+\s+){0,5}?(?:of|at))\s+"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+)?$",
    re.IGNORECASE)
# What a company holds on a day, not earns over a stretch: its balance sheet's levels ("cash and
# cash equivalents of $25.3 million", "total debt of $700 million", "a backlog of $1.2
# billion"). In a story on a quarter or a year such a level is of the stretch's last day.
BALANCE_SHEET_LEVEL = re.compile(
    r"(?i)\b(?:cash\s+and\s+(?:cash\s+)?equivalents|cash\s+(?:position|balance|on\s+hand|"
    r"and\s+(?:short-term\s+)?investments)|(?:total|net|long-term|outstanding)\s+debt|"
    r"total\s+assets|total\s+liabilities|(?:shareholders|stockholders)['’]?\s+equity|"
    r"backlog|order\s+book|book\s+value)\b")
# A level the market closed at after a run of a few days ("Between September 1 and 6, Bitcoin
# fell 8%. BTC closed at $54,000"): the run's last session, not the whole stretch.
CLOSED_AT = re.compile(
    r"\b(?:closed|ended|finished|settled)\s+(?:the\s+(?:day|week|session|period)\s+)?"
    r"(?:at|on)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$",
    re.IGNORECASE)
# "from $4.88 billion, or $7.20 per share, a year earlier", "down from 5.4 percent the month
# before", "from 11 billion in the previous year": the figure one unit before the period the
# sentence or the run is about. A few words may stand between (a per-share figure), none that
# start another comparison or name another time.
LOOK_BACK_AFTER = re.compile(
    r"(?P<between>(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,30}?)[\s,]+(?:(?:in|for|during)\s+)?"
    r"(?P<phrase>an?\s+(?P<unit>year|quarter|month)\s+(?:earlier|ago|before)"
    r"|the\s+(?:previous|prior|preceding)\s+(?P<unit2>year|quarter|month)(?!\s+(?:of|in)\b)"
    r"|the\s+(?P<unit3>year|quarter|month)\s+before)\b"
    # "1% above the previous quarter's record": the time owns the yardstick, not the figure.
    r"(?!['’]s\b)",
    re.IGNORECASE,
)
# The same phrase opening the sentence, for its figures: "A year ago, the rate averaged 7.1%".
LOOK_BACK_LEAD = re.compile(
    r"\s*(?P<phrase>(?:an?|one)\s+(?P<unit>year|quarter|month)\s+(?:earlier|ago|before)),",
    re.IGNORECASE)
# Words between the number and the look-back phrase that show the phrase belongs to another
# figure or time.
# "3% above a year earlier", "up 2% over the previous year": the figure is the change to the
# later time, the phrase its yardstick.
LOOK_BACK_BLOCKED = re.compile(
    r"\b(?:from|to|than|versus|vs|compared|against|in|for|since|and|above|below|over|"
    # "climbed 0.4%, the same as in the prior month", "rose 0.4%, following a 0.4% gain the
    # previous month": the phrase dates the other figure or the yardstick.
    r"same|unchanged|matching|following|after)\b|\d{4}",
    re.IGNORECASE)
LOOK_BACK_MONTHS = {"year": 12, "quarter": 3, "month": 1, "three months": 3,
                    "twelve months": 12, "12 months": 12}
# A figure's own period named as the one before: "In the previous month, the rate was 0.62%"
# in a story on August is July, not the month before the story came out.
PREVIOUS_UNIT = re.compile(
    r"(?i)(?:(?:in|for|during|over)\s+)?(?:the\s+)?(?:previous|prior|preceding)\s+"
    # "the previous three months" in a story on a quarter is the quarter before it.
    r"(?P<unit>month|quarter|year|three\s+months|twelve\s+months|12\s+months)")

# A change measured against the quarter before, right after its number: "rose 1.5% on the
# quarter", "up 0.3% quarter-on-quarter".
ON_THE_QUARTER = re.compile(
    r"(?i)\s*(?:on\s+the\s+quarter|(?:on\s+a\s+)?quarter[\s-]on[\s-]quarter|q/q|qoq)\b")

# The same against the month before: "would rise 0.3% on the month", "up 0.4% month-on-month".
ON_THE_MONTH = re.compile(
    r"(?i)\s*(?:on\s+the\s+month|(?:on\s+a\s+)?month[\s-](?:on|over)[\s-]month|m/m|mom)\b")

# "lost 2% in the previous session": the trading day before the one the story reports on.
PREVIOUS_SESSION = re.compile(
    r"(?i)(?:(?:in|during|on|over)\s+)?the\s+(?:previous|prior|preceding)\s+"
    r"(?:(?:trading\s+)?session|trading\s+day)")

# "For the six months, revenue was $980 million" in a story on a quarter: the months that end
# with the run.
THE_MONTHS = re.compile(
    r"\b(?:in|for|during|over)\s+the\s+(?P<count>three|six|nine|twelve|3|6|9|12)\s+months\b"
    r"(?!\s+(?:ended|ending|to|through|before|earlier|ago|of|prior)\b)",
    re.IGNORECASE,
)

# "rose 85.3 per cent in the year": the year of the story's run, not a period of its own.
THE_YEAR = re.compile(
    r"\b(?:in|for|during|over)\s+the\s+year\b(?!-)(?!\s+(?:ended|ending|to|before|earlier|ago|"
    r"through|so\s+far|\d))",
    re.IGNORECASE,
)

# "the fiscal full-year ended March 31, 2020", "fiscal year ending June 30": a company whose
# year does not end in December.
FISCAL_YEAR_END = re.compile(
    # "the fourth quarter and full year ended June 30, 2025": a full year ends where the
    # company's does.
    # "fiscal year 2025 ended January 31", "the fiscal year 2025, which ended January 31",
    # "fiscal 2025, which ended on January 31", "the fourth quarter and year ended January 31".
    r"\b(?:[Ff]iscal\s+(?:full[\s-])?year(?:[\s-]end)?|[Ff]ull[\s-]year|[Ff]iscal(?=\s+(?:19|20)\d\d)"
    r"|(?<=\band\s)year)"
    r"(?:\s+(?:FY\s?)?'?(?:19|20)?\d\d)?,?\s+(?:(?:which|that)\s+)?end(?:ed|ing|s)?\s+"
    r"(?:on\s+)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November)"
    r"\s+(?P<day>[0-3]?\d)\b"
)
# Where a story's money is in one of these currencies and the story states no fiscal calendar,
# its companies' and government's fiscal year ends where the country's statutory one does:
# Indian firms report "Q3 FY24" for October to December 2023.
NATIONAL_FISCAL_YEAR_ENDS: dict[str, tuple[int, int]] = {
    "INR": (3, 31),
}
FISCAL_NAMED = re.compile(
    # "fiscal year 2003-04" is named by the year it ends in.
    r"^(?:(?:in|for|during)\s+)?(?:the\s+)?(?:FY\s?|[Ff]iscal\s+(?:[Yy]ear\s+)?)'?"
    r"(?:(?:19|20)\d\d[/–-])?(?P<year>\d{2}|\d{4})$"
)
# A quarter of a company's own year: named without a year, or with a fiscal one ("the fourth
# quarter", "fiscal fourth quarter", "the third quarter of fiscal 2025", "fiscal 2025 third
# quarter", "Q3 FY25"); "the fourth quarter of 2024" stays the calendar's.
FISCAL_QUARTER = re.compile(
    r"(?i)^(?:(?:in|for|during)\s+)?(?:the\s+)?(?:(?:fiscal|FY)\s*(?:year\s+)?"
    r"(?P<year1>(?:19|20)?\d\d)?\s+)?"
    r"(?:(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter|Q(?P<q>[1-4]))"
    r"(?:,?\s*(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)'?(?P<year2>(?:19|20)?\d\d))?$")
# A fiscal quarter named beside the day it ended: "the quarter ended September 30, 2025
# (Q2FY26)", "Q2 FY26 (the quarter ended September 30, 2025)": the company's year ends three
# months on for each quarter still to come.
FISCAL_QUARTER_ENDED = re.compile(
    r"\bquarter\s+end(?:ed|ing)\s+(?P<month>January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+(?P<day>[0-3]?\d),?\s*(?P<year>(?:19|20)\d\d)"
    r"\s*[(,]\s*Q(?P<q>[1-4])\s*[-\s]?\s*FY\s?'?(?P<fy>\d{2}|\d{4})\b")
# ", which ended on Jan. 31": the day a quarter named before it ended, as the two patterns
# below read it.
_ENDED_ON_DAY = (
    r",?\s+(?:(?:which|that)\s+)?end(?:ed|ing|s)\s+(?:on\s+)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?P<day>[0-3]?\d)\b")
# An ordinal quarter named beside the day it ended: "the first quarter ended May 4, 2024",
# "the third quarter of fiscal 2024, which ended July 28": a company whose year ends 3 * (4 -
# n) months after that day (no fiscal calendar where that is December 31).
NTH_QUARTER_ENDED = re.compile(
    r"(?i:\b(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter)"
    r"(?:\s+of\s+(?:[Ff]iscal|FY)\s?(?:[Yy]ear\s+)?'?(?:19|20)?\d\d)?"
    # "the second quarter and first half ended January 31", "the third quarter and nine months
    # ended": a longer span that ends on the quarter's day.
    r"(?:\s+and\s+(?:the\s+)?(?:(?i:first|full|fiscal|year[\s-]to[\s-]date)\s+){0,2}"
    r"(?:(?i:half|half[\s-]year|year|(?:three|six|nine|twelve|3|6|9|12)[\s-]months?)"
    r"(?:\s+period)?))?"
    + _ENDED_ON_DAY)
# A quarter named by the day it ended, its ordinal written before it with a fiscal year between
# ("first quarter fiscal 2025 results (three months ended April 30, 2024)", "... for the second
# quarter of fiscal 2025. The quarter ended July 31, 2024."): paired with the nearest ordinal
# quarter (``ORDINAL_QUARTER``) within ``QUARTER_PAIR_REACH`` characters before it, it sets the
# company's year as NTH_QUARTER_ENDED does.
QUARTER_SPAN_ENDED = re.compile(
    r"(?i:\b(?:quarter|three\s+months|3\s+months|13\s+weeks))" + _ENDED_ON_DAY)
ORDINAL_QUARTER = re.compile(
    r"(?i:\b(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter)|\bQ(?P<q>[1-4])\b")
QUARTER_PAIR_REACH = 200
FISCAL_WORD = re.compile(r"(?i:\bfiscal\b)|\bFY")
COMPARED_QUARTER_BEFORE = re.compile(
    r"(?i)\b(?:from|than|over|versus|vs\.?|with|since|to)\s+(?:the\s+)?(?:fiscal\s+)?$")
# "The company's fiscal year ends in October": the month alone, its last day.
FISCAL_YEAR_ENDS_IN = re.compile(
    r"\b[Ff]iscal\s+year\s+(?:ends|ending|ended|closes)\s+in\s+"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November)\b")
# The opening months or a half of a company's own year, named without a calendar year: "the
# first nine months of the year", "the first half", "the first six months of fiscal 2024".
FISCAL_OPENING_MONTHS = re.compile(
    r"(?i)^(?:(?:in|for|during)\s+)?(?:the\s+)?(?:first\s+(?P<count>three|six|nine|3|6|9)\s+months"
    r"|(?P<nth>first|second)[\s-]half|H(?P<h>[12]))"
    r"(?:\s+of\s+(?:the\s+)?(?:(?:fiscal|financial)\s+year|year|(?:fiscal|FY)\s?"
    r"(?:year\s+)?'?(?P<year>(?:19|20)?\d\d)))?$")
# The full year, named without its year: "for the full year".
FISCAL_FULL_YEAR = re.compile(r"(?i)^(?:(?:in|for|during)\s+)?(?:the\s+)?full[\s-]year$")
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")


# Words of a period that only the article's own day can place.
RELATIVE_DAY = re.compile(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|"
    r"tomorrow|yesterday|ago|week|weekend|press\s+time|writing|morning|afternoon|evening|"
    r"a\.m|p\.m|am|pm|currently|present|right\s+now|hours?|days|hrs?|24h|"
    r"(?:past|last|previous|preceding)\s+\w+\s+(?:months|years)|past\s+(?:month|year)|"
    r"since\s+the\s+(?:start|beginning))\b"
)


# Words of a period that only the article's month can place: against a year alone ("the page
# names 2019, nothing finer") "last month" would be read as November.
RELATIVE_MONTH = re.compile(
    r"(?i)\b(?:(?:last|this|next|previous|preceding|past|prior|current|coming)\s+"
    r"(?:month|quarter)|(?:a|one|the)\s+(?:month|quarter)\s+(?:earlier|before|ago|prior))\b"
)


# A period that runs from the year's start to the time of the story's data.
YEAR_TO_DATE = re.compile(
    r"(?i)\byear[\s-]to[\s-]date\b|\bytd\b|\bso\s+far\b|\bto\s+date\b")
# A quarter named only as "the quarter": the one the story is about.
THE_QUARTER = re.compile(r"(?i)the\s+quarter")
# Words right before a figure that make it the earlier side of a comparison: "compared with
# $4 million", "up from 5.1%", "versus 38%", "the biggest drop since a 1.7% plunge".
COMPARISON_FIGURE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|from|than|against|since|"
    # the figure a change follows: "after rising 2.9% in December", "following a 0.2% gain"
    r"(?:after|following)(?:\s+(?:a|an|rising|gaining|climbing|increasing|advancing|jumping|"
    r"falling|dropping|declining|slipping|easing|edging\s+(?:up|down)|being|posting|"
    r"recording|growing|shrinking|contracting|expanding))?)"
    r"\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|by\s+)?(?:a\s+|an\s+)?$"
    # the earlier figure in brackets after a label: "(H1 2024: $88.7 million)"
    r"|\((?:[^():]{1,30}):\s*$", re.IGNORECASE)
# A sentence that recalls an earlier time rather than reporting the story's own: a record, a
# peak, a past perfect ("had hit an all-time high of $73,750 in March").
RECALLED = re.compile(
    r"(?i)\b(?:all[\s-]time\s+(?:high|low)|record(?:\s+(?:high|low))?|peak(?:ed)?|"
    r"had\s+(?:\w+\s+)?(?:been|hit|reached|risen|rose|fallen|fell|touched|climbed|dropped|"
    r"surged|slumped|traded|closed|gained|lost))\b")
# A reporting verb: only a sentence with one can hold the day its figures were reported.
REPORT_WORD = re.compile(
    r"(?i)\b(?:said|says|say|showed|shows|reported|reports|announced|told|released|published|"
    r"posted|data|figures|statement)\b")
# A month, quarter or half named without its year: "April", "the first quarter", "Q3", "H1".
BARE_PERIOD = re.compile(
    r"(?i)(?:(?:in|for|during|the)\s+)*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?|(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)|"
    r"q[1-4]|h[12])")

# Figures that describe a thing rather than report a quantity of the story's time: a length of
# time ("for two years", "45 seconds", "a 55-year-old"), a size or a specification ("a 12.9-inch
# screen", "5,150 km", "60fps", "1 cup"). They take no period carried from the story.
TIME_SPAN_UNITS = frozenset({
    "year", "month", "week", "day", "hour", "minute", "second", "millisecond", "decade",
    "century", "year of age",
})  # fmt: skip
SIZE_UNITS = frozenset({
    "inch", "foot", "mile", "kilometre", "metre", "centimetre", "millimetre", "nanometre",
    "light-year", "square mile", "byte", "kilobyte", "megabyte", "gigabyte", "terabyte",
    "hertz", "kilohertz", "megahertz", "gigahertz", "megapixel", "pixel", "horsepower",
    "frame per second", "cylinder", "cup", "teaspoon", "tablespoon", "teraflop",
    "newton metre", "mile per hour", "kilometre per hour",
})  # fmt: skip
# A price, a fee or a schedule per unit of time ("$9.99/month", "$60 billion per day", "7 days
# a week") or with "annual" or "every year" right after it ("a $69.99 annual fee", "saving $60
# every year") is a rate: it recurs, it is no figure of the day or stretch a story is on.
RATE_UNIT = re.compile(r"(?:[A-Z]{3}|year|month|week|day|hour|minute)\s+per\s+"
                       r"(?:year|month|week|day|hour)")
RATE_AFTER = re.compile(r"(?i)\s+(?:annual(?:ly)?\b|(?:every|each)\s+(?:year|month|week|day)\b|"
                        r"per\s+annum\b)")
# A count of time units this large is a volume of use ("150 billion minutes of calls"), which
# a period covers, not a length of time.
TIME_VOLUME_FROM = 1e6
# A number joined to a word by a hyphen modifies a noun: "12.9-inch", "four-cylinder",
# "a seven-storey building", "3-in-1"; a spelled-out number is joined to its own tens
# ("twenty-five"), which is left out.
COMPOUND_AFTER = re.compile(
    r"-(?!(?:one|two|three|four|five|six|seven|eight|nine)\b)[A-Za-z]", re.IGNORECASE)
# Values that, written out in words ("one", "two", "half"), are the narrative's people and
# things far more often than a statistic.
SPELLED_NARRATIVE = frozenset({0.5, 1, 2})
# A run that ended more than this many days before the story came out is an aside about the
# past: it covers figures up to this many paragraph breaks after where it was named.
OLD_RUN_DAYS = 365
# "since" right before a period's words: a span that runs to the article's day.
SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?:(?:the\s+)?(?:start|beginning|end)\s+of\s+)?$")
OLD_RUN_PARAGRAPHS = 1
# Words that point back to a time the story named before: "it cost $2,000 at the time".
THAT_TIME = re.compile(
    r"(?i)\b(?:at\s+(?:the|that)\s+(?:time|point)|back\s+then|by\s+then|(?:in\s+)?that\s+year)\b")
# "annual" alone names how often, not when: in a sentence without figures ("the annual
# meeting") it starts no run.
FREQUENCY = re.compile(r"(?i)annual(?:ly)?|yearly|monthly|quarterly|weekly|daily")
# Words of a period that starts on the story's day and lies ahead: "later this year", "the
# rest of the month", "the coming weeks".
AHEAD_WORD = re.compile(r"(?i)\b(?:later|rest|remainder|coming|upcoming|next|ahead)\b")
# A level stated in the present, right before its number: "stands at", "costs", "is now".
LEVEL_NOW_BEFORE = re.compile(
    r"(?i)\b(?:is|are|stands?\s+at|sits?\s+at|costs|ranges?\s+from|starts?\s+at|now|"
    r"currently|remains?|trades?\s+at|owes?|holds?|has|have|faces?|employs?|owns?|operates?)\s+(?:about\s+|around\s+|nearly\s+|"
    r"roughly\s+|just\s+|only\s+|over\s+|under\s+|(?:more|less)\s+than\s+|at\s+)?$")
# A share price's move: "the stock was down 5% in recent trading", "shares rose 3.1%".
SHARE_MOVE = re.compile(
    r"(?i)\b(?:shares|stock)\b[^.;]{0,60}?\b(?:up|down|rose|fell|jumped|slid|dropped|gained|"
    r"lost|climbed|sank|tumbled|surged|plunged|off|higher|lower|added|declined|advanced)\b")
# An age set off by commas after a name: "Patrick W. Carlineo Jr., 55, of Addison".
AGE_APPOSITION = re.compile(r"\b[A-Z][\w.'’-]*,\s*$")
AGE_CLOSE = re.compile(r"\s*(?:,|\s[–—-]\s)")
# Digits in three or more groups joined by dashes, dots, slashes or underscores: a phone
# number, an ISBN or a DOI, not a quantity.
IDENTIFIER = re.compile(r"\d+(?:[-./_]\d+){2,}")

# A headline between two paragraphs, where a page strings several stories together (a digest
# of company news): a short line that opens with a capital and ends without a stop, before its
# own dateline ("Tokyo, July 16") or a paragraph of sentences.
STORY_HEADLINE = re.compile(
    r"(?:^|\n\s*\n)[A-Z][^\n.!?:;]{0,80}[^\W_]"
    r"(?=\n[A-Z][^\n]{0,40}\d\n|\n\s*\n[A-Z][^\n]{60,}[.!?\"”](?:\n|$))")
# So many headlines make a page a digest of stories rather than one story under subheads.
DIGEST_HEADLINES = 4
