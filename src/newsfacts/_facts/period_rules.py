"""Date expressions that name the period a number refers to: one row per kind of expression.

Each row is ``(name, pattern, reason)``; ``periods.py`` turns a match into inclusive dates by
the row's name. Patterns are linear-time: alternations of literals and bounded repeats only.
Month names must be capitalised so that "may" and "march" as words are not months.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .._month_names import weekday_pattern
from .word_scan import AnyNeeds, BothNeeds, Needs, WordScan, words_at_boundary

MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

ORDINAL_NUMBERS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "final": 4,
}  # fmt: skip

COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_MONTH = (
    r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b))"
)
# Not a year when a letter is glued on as a suffix: "1900R" (a screen's curve), "2020s" (a
# decade, read by its own row).
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d%]|s\b|[A-Z]\b)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_ORDINAL = r"(?P<ordinal>first|second|third|fourth|final|1st|2nd|3rd|4th)"
_RELATIVE_YEAR = r"(?P<relyear>last|this|next|previous|past|current)\s+year"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A weekday that is no named day ("Black Friday", "Ash Wednesday"): the look-behinds follow
# the weekday (and hold it) so that re skips to each weekday first.
_HOLIDAY_LEADS = ("Black", "Cyber", "Super", "Good", "Giving", "Ash", "Holy", "Easter", "Palm",
                  "Bloody")
# "Every Tuesday at 8:30 a.m.", "each Friday": a day that recurs is no one day's period.
_RECURRING_LEADS = ("every", "Every", "each", "Each")
# A newspaper or a programme named after its day: "the Sunday Times reported", "the Mail on
# Sunday said", "Saturday Night Live".
_TITLE_WORDS_AFTER = ("Times", "Telegraph", "Express", "Mirror", "Post", "Herald", "Independent",
                      "Tribune", "Nation", "Standard", "Age", "Star", "World", "Business",
                      r"Night\s+Live", r"Night\s+Football")
_TITLES_ON = ("Mail", "Independent", "Scotland", "Sport")
_LONE_WEEKDAY = "(?:" + "|".join(
    day + "".join(rf"(?<!{lead}\s{day})" for lead in _HOLIDAY_LEADS + _RECURRING_LEADS)
    + "".join(rf"(?<!{title}\son\s{day})" for title in _TITLES_ON)
    + rf"(?!\s+(?:{'|'.join(_TITLE_WORDS_AFTER)})\b)"
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
) + ")"
_COUNT = r"(?P<count>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_SHORT_YEAR = r"(?P<year>(?:19|20)\d\d|['’]?\d\d)(?!\d)"
# The stretch a reporting period covers, as "the ... ended June 30" names it.
_SPAN = (r"(?P<span>quarter|half[\s-]year|half|year|week|(?:three|six|nine|twelve|3|6|9|12)\s+"
         r"months|(?:three|six|nine|twelve|3|6|9|12)-month\s+period)")
# A wire story's clock time with its zone: "by 0600 GMT", "at 10:30 GMT".
_WIRE_CLOCK = r"\d\s+(?:GMT|UTC|BST|CEST|JST|HKT|SGT|AEST|AEDT)\b"
_WIRE_CLOCK_HINTS = ("gmt", "utc", "bst", "cest", "jst", "hkt", "sgt", "aest", "aedt")
# A trading session named by its market: "in early Asian trade".
_SESSION = (r"(?:asian|european|u\.s\.|us|new\s+york|london|tokyo|hong\s+kong)\s+"
            r"(?:trade|trading|hours|deals)\b")

# A day then its month, as Britain and most of the world write it: "30 June", "1st July".
_DAY_FIRST = rf"{_DAY}\s+(?:of\s+)?{_MONTH}"


_MONTH_ONLY_NAMED = (
    r"(?P<month>March|June|September|December)"
)
_MONTH_ONLY = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
)
# One end of a span: a year, a month (with its year), or a day of a month.
_RANGE_END = (
    r"(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r"(?:\s+[0-3]?\d(?:st|nd|rd|th)?(?![\d,.:]\d|\d))?(?:,?\s+(?:19|20)\d\d(?!\d)"
    # A year clipped after an apostrophe: "between December '02 and April '03".
    r"|\s?['’]\d\d(?![\d%]))?"
)


# What comes right before "May" the month (as against Theresa May).
_BEFORE_MAY_THE_MONTH = (
    "[Ii]n ", "[Oo]f ", "[Ff]or ", "[Bb]y ", "[Ss]ince ", "[Ee]arly ", "[Ll]ate ", "[Mm]id-",
    "[Uu]ntil ", "[Dd]uring ", "[Ff]rom ", "[Tt]hrough ",
)


class PeriodRule(NamedTuple):
    name: str
    pattern: re.Pattern[str]
    reason: str


def _rule(name: str, pattern: str, reason: str, flags: int = 0) -> PeriodRule:
    return PeriodRule(name, re.compile(pattern, flags), reason)


_I = re.IGNORECASE

# Weekdays and days relative to the article in Spanish, Portuguese, French and German, as the
# "foreign_day" row and the sentence scan find them.
FOREIGN_DAY_LANGUAGES = ("es", "pt", "fr", "de")
_FOREIGN_DAY_WORDS = (
    rf"{weekday_pattern(FOREIGN_DAY_LANGUAGES)}|ayer|hoy|ontem|hoje|aujourd['’]hui|gestern|heute|"
    # French "hier" (yesterday), not German "hier" (here): before a mark or a French word.
    r"hier(?=\s*[,.;:)»]|\s+(?:soir|matin|apr[èe]s-midi|encore|et|à|au|aux|dans|en|par|pour|"
    r"lors|sur|selon|contre|avec|le|la|les|un|une|des|du|de|l['’]|d['’]))"
)
_FOREIGN_DAY_HINTS = (
    "lunes", "martes", "rcoles", "jueves", "viernes", "bado", "domingo", "feira", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "ayer", "hoy", "ontem", "hoje", "hier", "hui",
    "gestern", "heute",
)  # fmt: skip

PERIOD_RULES: tuple[PeriodRule, ...] = (
    _rule("span_ended", rf"\b(?:[Tt]he\s+)?(?:{_ORDINAL}[\s-]+)?(?:[Ff]iscal\s+|[Ff]inancial\s+)?"
          rf"{_SPAN}\s+(?:end(?:ed|ing)|to)\s+{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}",
          "a reporting period named by its last day: 'the quarter ended Sept. 27, 2025', 'the "
          "six months to June 30, 2019'"),
    _rule("span_ended", rf"\b(?:[Tt]he\s+)?(?:{_ORDINAL}[\s-]+)?(?:[Ff]iscal\s+|[Ff]inancial\s+)?"
          rf"{_SPAN}\s+(?:end(?:ed|ing)|to)\s+{_DAY_FIRST},?\s+{_YEAR}",
          "the same, day first: 'the year ended 30 June 2019', 'the half-year to 31 December "
          "2018'"),
    _rule("span_ended", rf"\b(?:[Tt]he\s+)?(?:[Ff]iscal\s+)?(?P<span>quarter|half|year|week|"
          rf"(?:three|six|nine|twelve)\s+months)\s+end(?:ed|ing)\s+{_MONTH},?\s+{_YEAR}",
          "a reporting period named by its last month: 'the year ended June 2024'"),
    _rule("span_ended", rf"\b(?:[Tt]he\s+)?(?:{_ORDINAL}[\s-]+)?(?:[Ff]iscal\s+|[Ff]inancial\s+)?"
          rf"{_SPAN}\s+(?:end(?:ed|ing)|to)\s+{_MONTH}\s+{_DAY}"
          r"(?![\d%]|[.,:]\d)(?!,?\s+(?:19|20)\d\d)",
          "a reporting period named by its last day without a year, the latest such day: 'the "
          "second quarter ended June 30', 'the week to Jan. 15'"),
    _rule("span_ended", rf"\b(?:[Tt]he\s+)?(?:{_ORDINAL}[\s-]+)?(?:[Ff]iscal\s+|[Ff]inancial\s+)?"
          rf"{_SPAN}\s+(?:end(?:ed|ing)|to)\s+{_DAY_FIRST}(?!,?\s+(?:19|20)\d\d)",
          "the same, day first: 'the half year to 30 June'"),
    _rule("span_ended", rf"\b(?:[Tt]he\s+)?(?:{_ORDINAL}[\s-]+)?{_SPAN}\s+of\s+(?:[Ff]iscal\s+|"
          rf"[Ff]inancial\s+)(?:[Yy]ear\s+)?(?:FY\s?)?(?:19|20)\d\d,?\s+(?:(?:which|that)\s+)?"
          rf"(?:ended|ends)\s+(?:on\s+)?{_MONTH}\s+{_DAY}(?:(?:,\s*|\s+){_YEAR})?"
          r"(?![\d%]|[.,:]\d)",
          "a fiscal period named by its fiscal year, then by its last day: 'the second quarter "
          "of fiscal 2025, which ended March 31, 2025' (January to March), 'the fourth quarter "
          "of fiscal 2024, ended June 30'"),
    _rule("span_ended", rf"\b(?:[Tt]he\s+)?(?:{_ORDINAL}[\s-]+)?{_SPAN}\s+of\s+(?:[Ff]iscal\s+|"
          rf"[Ff]inancial\s+)(?:[Yy]ear\s+)?(?:FY\s?)?(?:19|20)\d\d,?\s+(?:which|that)\s+"
          rf"(?:ended|ends)\s+(?:on\s+)?{_DAY_FIRST},?\s+{_YEAR}",
          "the same, day first: 'the first half of financial year 2025, which ended 31 "
          "December 2024'"),
    _rule("span_ended", rf"\b(?:[Tt]he\s+)?(?i:{_ORDINAL})[\s-]+(?P<span>(?i:quarter))"
          r"(?=,?\s+(?i:and\s+(?:the\s+)?(?:full[\s-]+|fiscal\s+|financial\s+){0,2}(?:year|"
          r"(?:six|nine|twelve|6|9|12)\s+months|half[\s-]year|first\s+half)\s+end(?:ed|ing))\s+"
          rf"{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR})",
          "a quarter that shares its last day with a longer span after it: 'the fourth quarter "
          "and full year ended December 31, 2020' (the quarter's part)"),
    _rule("months_to", rf"\b(?:the\s+)?(?:[Ff]iscal\s+|[Ff]inancial\s+)?(?P<span>quarter|half|"
          rf"half[\s-]year|(?<=[Ff]iscal\s)year|(?<=[Ff]inancial\s)year)\s+(?:to|through|thru|ended|ending|(?:that\s+)?(?:ended|ending)\s+in)\s+"
          rf"(?:the\s+end\s+of\s+)?{_MONTH}(?:,?\s+{_YEAR})?(?!\s+[0-3]?\d\b)",
          "a quarter or half named by the month it ends with: 'the quarter through December'"),
    # "from at least 2002 to 2005": a hedged first end still opens the span.
    _rule("date_range", rf"\b(?:[Ff]rom|[Bb]etween)\s+(?:at\s+least\s+|as\s+early\s+as\s+)?"
          rf"(?:{_RANGE_END})\s+(?:to|and|through|"
          rf"until|till)\s+(?:{_RANGE_END})(?!\s+(?:19|20)\d\d)",
          "a span between two named times: 'from 2015 to 2019', 'from May 2 to May 7', "
          "'between 2020 and 2030'"),
    _rule("dates_joined", rf"\b{_MONTH}\s+{_DAY},\s+{_YEAR},?\s*(?:through|thru|to|until|[-–])\s*"
          r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+[0-3]?\d,?\s+"
          r"(?:19|20)\d\d(?!\d)",
          "two full dates joined without 'from': 'July 1, 2002, through June 30, 2003', "
          "'September 30, 2001-November 30, 2001'"),
    _rule("day_range", rf"\b{_MONTH}\s+{_DAY}\s*[-–]\s*(?:(?P<month2>January|February|March|April|"
          r"May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
          r"Aug|Sept?|Oct|Nov|Dec)\.?\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|[.,:]\d)"
          rf"(?:,?\s+{_YEAR})?",
          "days joined by a dash: 'March 3-7', 'Nov. 18-Dec. 19, 2015'"),
    _rule("day_range", rf"(?<![\d.,:/-]){_DAY}\s*[-–]\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+"
          rf"(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?",
          "the same, day first: '18-24 November', '3-4 February 2000'"),
    _rule("week_of_month", rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last|final|1st|2nd|"
          rf"3rd|4th)\s+week\s+of\s+(?:{_MONTH},?\s+)?{_YEAR}",
          "a week of a month or year, Monday to Sunday: 'the last week of June' (the week "
          "holding its last day), 'the first week of 2015' (the week holding January 1)"),
    _rule("week_of_month", rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last|final|1st|2nd|"
          rf"3rd|4th)\s+week\s+of\s+{_MONTH}(?!,?\s+(?:19|20)\d)",
          "the same in the latest such month: 'the third week of January'"),
    _rule("month_range",
          rf"\b{_MONTH_ONLY}(?:\s+(?:to|through)\s+|\s*[-–]\s*){_MONTH_ONLY}"
          r"(?:,?\s+(?:19|20)\d\d)?",
          "a span of months: 'January to July', 'January through July 2025', 'the "
          "January-July period'"),
    _rule("pair_span", rf"\b(?:[Bb]oth\s+)?(?:{_RANGE_END})\s+and\s+(?:{_RANGE_END})"
          r"(?!,?\s+respectively)",
          "two back-to-back times a figure holds for: 'in both July and August', 'for most of "
          "2026 and 2027' (a pair that is not back to back is left to the other rules)"),
    _rule("through_month", rf"\b(?:[Tt]hrough|[Tt]hru)\s+(?:the\s+end\s+of\s+)?{_MONTH}"
          rf"(?:,?\s+{_YEAR})?(?!\s+\d)",
          "the year so far up to a month: 'down 4% through July 2017' (January to July)"),
    _rule("year_so_far", rf"\b(?:for\s+|in\s+)?{_YEAR}\s+(?:to\s+date|so\s+far)\b",
          "a year up to the article's date: 'for 2015 to date'"),
    _rule("part_of_named_year", rf"\b(?P<part>[Ll]ate|[Ee]arly)[\s-]+{_YEAR}",
          "the last or first quarter of a year: 'late 2017' (October to December)"),
    _rule("part_of_named_year", r"\b(?P<part>[Ll]ater|[Ee]arlier|[Ll]ate|[Ee]arly)[\s-]+"
          r"(?P<relyear>next|last)\s+year\b",
          "the same, of a year named relative to the article: 'early next year'"),
    _rule("first_days", rf"\b(?:the\s+)?[Ff]irst\s+(?P<count>\d{{1,2}}|{'|'.join(COUNT_WORDS)})"
          rf"\s+days\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?",
          "the opening days of a month: 'the first 10 days of May'"),
    # (A thousands comma or a decimal point inside a figure does not end the clause: "from
    # 2,278 in 2004 to 2,807 in 2005".)
    _rule("change_range", r"\b[Ff]rom\s+(?:[^,;.]|(?<=\d)[.,](?=\d)){1,30}?\bin\s+(?:19|20)\d\d"
          r"\s+to\s+(?:[^,;.]|(?<=\d)[.,](?=\d)){1,30}?\b(?:in|by)\s+"
          r"(?:19|20)\d\d\b", "a change between two years: 'from $2.8 billion in 2020 to $3.5 "
          "billion in 2030' (or 'by 2030')"),
    _rule("since_end_of", rf"\b[Ss]ince\s+the\s+end\s+of\s+(?:{_MONTH}\s+)?{_YEAR}",
          "from the end of a year or month to the article's date: 'since the end of 2016'"),
    _rule("since_start_of", rf"\b[Ss]ince\s+the\s+(?:start|beginning)\s+of\s+(?:(?:the|this)"
          rf"\s+(?P<unit>year|month|quarter|week)|{_YEAR})\b",
          "from the start of a year (a month, a quarter, a week) to the article's date: 'since "
          "the start of the year'"),
    _rule("since_start_of", rf"\b[Ss]ince\s+the\s+(?:start|beginning)\s+of\s+{_MONTH}"
          rf"(?:,?\s+{_YEAR})?",
          "from a month's first day to the article's date: 'since the start of October'"),
    _rule("unit_end", r"\b(?P<prep>[Aa]t|[Bb]y|[Aa]s\s+of)\s+the\s+end\s+of\s+(?:the\s+)?"
          r"(?:(?P<rel>last|previous|prior|this|current)\s+(?P<unit>year|quarter|month)|"
          r"(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
          rf"(?:\s+of\s+{_YEAR})?)\b(?!\s+(?:of|to|ended|ending)\b|-)",
          "a level at the last day of a year, quarter or month named by its place: 'at the end "
          "of last year', 'at the end of the first quarter' ('the end of the quarter' is left to "
          "the story's quarter, read in context)"),
    _rule("month_end", rf"\b(?:[Aa]t|[Bb]y|[Aa]s\s+of)\s+the\s+end\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?"
          r"(?!\s*\d)", "a level at a month's last day: 'at the end of June 2024', 'at the end "
          "of June' (the latest June)"),
    _rule("month_end", rf"\b(?:[Aa]t|[Aa]s\s+of)\s+end[\s-]+{_MONTH}(?:,?\s+{_YEAR})?(?!\s*\d)",
          "the same, written short: 'at end-June'"),
    _rule("month_end", rf"\b(?:[Aa]t|[Aa]s\s+of)\s+(?:the\s+end\s+of\s+|end[\s-]+){_YEAR}",
          "a level at a year's last day: 'at the end of 2023', 'as of end-2023'"),
    _rule("unit_end", r"\b(?P<prep>[Bb]y)\s+the\s+end\s+of\s+the\s+(?P<unit>year|quarter|month)\b"
          r"(?!\s+(?:of|to|ended|ending)\b|-)",
          "a level to be reached by the last day of the year, quarter or month under way: 'by "
          "the end of the year' ('at the end of the year' is left to the story's year)"),
    _rule("moment", r"\b(?:(?:at|on|as\s+of)\s+(?:the\s+)?time\s+of\s+(?:this\s+)?writing|"
          r"(?:at|as\s+of)\s+press\s+time|as\s+of\s+writing|tonight|on\s+the\s+day(?!\s+of\b)|"
          r"this\s+(?:morning|"
          r"afternoon|evening)|(?:at|by)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
          # "at 7:30 a.m. Friday": the weekday after the clock names the day.
          rf"(?!,?\s+(?:on\s+)?{_WEEKDAY})|"
          # A wire's clock time: "by 0600 GMT", "at 10:30 ET".
          r"(?:at|by)\s+(?:[0-2]\d[0-5]\d|[0-2]?\d[:.][0-5]\d)\s+(?:GMT|UTC|BST|CEST|JST|HKT|"
          r"SGT|AEST|AEDT)\b|"
          r"in\s+(?:(?:early|late|thin|midday|afternoon|morning)\s+)?(?:Asian|European|"
          r"U\.S\.|US|New\s+York|London|Tokyo|Hong\s+Kong)\s+(?:trade|trading|hours|deals)\b|"
          r"overnight|intraday|in\s+(?:the|today['’]s)\s+session|"
          r"currently|at\s+present|right\s+now|now\b(?<=[\d%]\snow)(?!\s+(?:that|has|is|are|was|stands?)\b)|"
          # The same in Spanish, Portuguese, French and German.
          r"actualmente|atualmente|actuellement|aktuell\b|derzeit|zurzeit|"
          r"in\s+(?:early\s+|late\s+)?(?:morning|afternoon|"
          r"midday)\s+(?:trade|trading|deals))",
          "the moment of writing, which is the article's day: 'at press time', 'at 3.15 pm', "
          "'currently', 'from 20% now', 'in morning trade'", _I),
    _rule("previous_session", r"\b(?:(?:in|during|on|over)\s+)?the\s+(?:previous|prior|"
          r"preceding)\s+(?:(?:trading\s+)?session|trading\s+day)\b",
          "a market's session before the story's: 'lost 2% in the previous session' (the "
          "weekday before the article's; the document pass moves it before the story's day)",
          _I),
    _rule("week", r"\b(?:(?:the\s+)?(?P<rel>last|this|past|previous|next|coming)\s+week"
          # "last weekend", "this past weekend": the Saturday and Sunday before the
          # article's week; "this weekend" the one of its week.
          r"(?P<days>end)?|"
          r"over\s+the\s+(?P<weekend>weekend)|(?:at\s+)?the\s+(?P<begin>beginning|start)\s+of\s+the\s+week|"
          # A market's move "on the week" or "for the week": this week's.
          r"(?:on|for)\s+the\s+week(?!\s+(?:of|ended|ending|to|through)\b))\b",
          "a week named relative to the article: 'last week' (Monday to Sunday), 'over the "
          "weekend', 'last weekend'", _I),
    # ("the three-months to June": a hyphen as often as a space.)
    _rule("months_to", rf"\b(?:the\s+)?(?:[Ff]irst\s+|[Ll]ast\s+|[Pp]ast\s+)?{_COUNT}[\s-]+"
          rf"months\s+(?:to|through|ended|ending|until|(?:that\s+)?(?:ended|ending)\s+in)\s+(?:the\s+end\s+of\s+)?"
          rf"{_MONTH}(?:,?\s+{_YEAR})?",
          "a trailing window: 'the three months to November'"),
    _rule("first_months", rf"\b(?:the\s+)?[Ff]irst\s+{_COUNT}\s+months(?:\s+of\s+(?:{_YEAR}|"
          rf"{_RELATIVE_YEAR}|(?:the|this)\s+year))?(?!\s+(?:to|through|ended|ending|until)\b)",
          "the opening months of a year: 'the first five months of 2025'"),
    _rule("last_months", rf"\b(?:the\s+)?(?:[Ll]ast|[Ff]inal|[Cc]losing)\s+{_COUNT}\s+months\s+"
          rf"of\s+"
          rf"(?:{_YEAR}|{_RELATIVE_YEAR})",
          "the closing months of a named year: 'the last six months of 2017' (July to December)"),
    _rule("year_to_month", rf"\b(?:the\s+)?(?:12\s+months|twelve\s+months|year)\s+(?:to|through)\s+"
          rf"(?:the\s+end\s+of\s+)?{_MONTH}(?:,?\s+{_YEAR})?",
          "a year ending with a month: 'the year to September'"),
    _rule("month_quarter", rf"\b(?:the\s+)?{_MONTH_ONLY_NAMED}\s+quarter\b(?:\s+of\s+{_YEAR})?",
          "a quarter named by its last month, as in Australia: 'the June quarter'"),
    _rule("day_month_year", rf"\b{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}",
          "a full date, US order: 'January 13, 2026'"),
    _rule("day_month_year", rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}",
          "a full date, day first: '13 January 2026'"),
    _rule("month_year", rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}", "a month of a year: 'December 2025'"),
    _rule("month_year", rf"\b{_MONTH}\s?['’]\s?(?P<year>\d\d)(?![\d%])",
          "a month with a clipped year: 'Feb ’21'"),
    _rule("month_relative_year", rf"\b{_MONTH}\s+(?:of\s+)?{_RELATIVE_YEAR}",
          "a month of a year named relative to the article: 'September last year'"),
    _rule("day_month", rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+(?:19|20)\d\d)(?![\d%]|[.,:]\d)",
          "a day without a year: 'December 5'"),
    _rule("day_first", rf"(?:(?<=\b[Oo]n\s)|(?<=\b[Bb]y\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Tt]ill\s)|"
          rf"(?<=\b[Ss]ince\s)|(?<=\b[Ff]rom\s)|(?<=\b[Bb]efore\s)|(?<=\b[Aa]fter\s)|"
          rf"(?<=\b[Tt]hrough\s)|(?<=\b[Aa]s\sof\s)|(?<=\b[Aa]s\sat\s)|(?<=\b[Bb]etween\s)|"
          rf"(?<=\band\s))"
          rf"{_DAY}\s+{_MONTH}(?!,?\s+(?:19|20)\d\d)",
          "a day without a year, day first, after a word that takes a day: 'on 09 July', "
          "'by 30 June', 'since 1 March', 'as at 30 June'"),
    _rule("dotted_date", r"(?<![\w.])(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>(?:19|20)\d\d)"
          r"(?![\w]|\.\d)",
          "a date written with dots, day first: '31.12.2018', 'bis zum 01.01.2019'"),
    _rule("named_month_relative",
          rf"\b(?P<rel>[Nn]ext|[Ll]ast|[Tt]his(?:\s+past|\s+coming)?|[Pp]ast|[Cc]oming)\s+"
          # "this April-June" is a span of months, read by its own row.
          rf"{_MONTH}(?:\s+{_DAY}(?![\d,.:]\d|\d|,?\s+(?:19|20)\d\d))?"
          r"(?!\s+\d|\s*[-–]\s*[A-Z]|\s+(?:to|through|and)\s+[A-Z])",
          "a month named with a word that places it: 'next January', 'this past May', "
          "'this December' (the article's year)"),
    _rule("month", r"(?m:(?<=^[-–•*]\s)(?P<month>May)(?=:))",
          "'May' heading an item of a dated list: '- May: 358 billion'"),
    _rule("month", rf"\b(?!May\b){_MONTH}(?!\s+\d)",
          "a bare month, the latest one by the article's date: 'December'"),
    # The preposition is checked behind "May" once read, so re skips ahead to each "May".
    _rule("month", r"(?P<month>May)(?:"
          + "|".join(rf"(?<=\b{before}May)" for before in _BEFORE_MAY_THE_MONTH)
          + r")\b(?!\s+\d)",
          "'May' only after a preposition, so that Theresa May is not a month"),
    _rule("quarter", rf"\b(?:the\s+)?{_ORDINAL}[\s-]+quarter(?:\s+of\s+(?:{_YEAR}|{_RELATIVE_YEAR}"
          rf"|(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?(?:FY\s?)?(?P<fyear>(?:19|20)\d\d)))?",
          "a quarter in words: 'the fourth quarter', 'the final quarter of 2025'", _I),
    _rule("quarter", rf"\b(?:the\s+)?{_ORDINAL}[\s-]+quarter,?\s+(?:of\s+)?(?:fiscal\s+)?{_YEAR}",
          "a quarter with its year after it: 'Fourth Quarter 2025 Highlights'", _I),
    _rule("half", rf"\b(?:the\s+)?(?P<half>first|second|1st|2nd)[\s-]+half,?\s+(?:of\s+)?"
          rf"(?:fiscal\s+)?{_YEAR}", "a half with its year after it: 'first half 2025'", _I),
    _rule("quarter",
          rf"\b(?:Q(?P<qnum>[1-4])|(?P<qnum2>[1-4])Q)(?:[\s-]*(?:FY|CY)?\s?{_SHORT_YEAR})?\b",
          "a quarter in figures: 'Q3', 'Q3 2025', '3Q25'"),
    _rule("quarter", rf"\b{_YEAR}\s*Q(?P<qnum>[1-4])\b", "a quarter after its year: '2025 Q3'"),
    _rule("relative_quarter", r"(?:(?<=\b[Ii]n\s)|(?<=\b[Dd]uring\s)|(?<=\b[Ff]or\s))the\s+"
          r"(?P<rel>)quarter\b(?!\s+(?:ended|ending|to|"
          r"before|earlier|ago|of|through|that)\b)(?![\s-]+(?:end|on|over))",
          "'in the quarter', 'during the quarter' in a story with no other: the latest quarter "
          "that has ended by the article's date"),
    _rule("relative_quarter", r"\b(?:the\s+)?(?P<rel>last|this|next|previous|current|coming|past|"
          r"latest|most\s+recent|prior)\s+quarter\b(?!\s+of)",
          "a quarter named relative to the article: 'last quarter'", _I),
    _rule("half", rf"\b(?:the\s+)?(?P<half>first|second|1st|2nd)[\s-]+half(?:\s+of\s+(?:{_YEAR}|"
          rf"{_RELATIVE_YEAR}|(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?(?P<fyear>(?:19|20)\d\d)))?",
          "a half year in words: 'the first half of 2025'", _I),
    _rule("half", rf"\bH(?P<hnum>[12])(?:[\s-]*(?:FY)?\s?{_SHORT_YEAR})?\b",
          "a half year in figures: 'H1', 'H1 2025'"),
    _rule("half", rf"\b(?P<hnum>[12])H[\s-]*(?:FY)?\s?{_SHORT_YEAR}\b",
          "a half year, number first, with its year: '1H19', '2H 2019'"),
    _rule("fiscal_year",
          r"\b(?:FY\s?|[Ff]iscal\s+(?:[Yy]ear\s+)?)(?P<year>(?:19|20)\d\d|'?\d\d)"
          r"(?:[/–-](?P<year2>\d\d(?:\d\d)?))?(?!\d)",
          "a fiscal year, read as the calendar year it names: 'FY2025', 'fiscal 2025'; one "
          "written over two years is named by the year it ends in: 'fiscal year 2003-04'"),
    _rule("relative_month", r"\b(?P<rel>last|this|next|previous|prior|past|current|coming)"
          r"\s+month\b",
          "a month named relative to the article: 'last month'", _I),
    _rule("part_of_month", r"\b(?P<part>earlier|later)\s+this\s+month\b",
          "part of the article's month: 'earlier this month'", _I),
    _rule("part_of_year", r"\b(?P<part>earlier|later)\s+this\s+year\b",
          "part of the article's year: 'earlier this year'", _I),
    _rule("part_of_week", r"\b(?P<part>earlier|later)\s+this\s+week\b",
          "part of the article's week, Monday to Sunday: 'earlier this week' (to the article's "
          "day)", _I),
    _rule("unit_to_date",
          r"\b(?:(?P<unit>month|quarter|week)[\s-]to[\s-]date|(?P<short>MTD|QTD|WTD)|"
          r"so\s+far\s+this\s+(?P<unit2>month|quarter|week)|this\s+(?P<unit3>month|quarter|week)"
          r"\s+so\s+far)\b",
          "from the first day of the article's month, quarter or week to its date: "
          "'month-to-date', 'QTD', 'so far this month'", _I),
    _rule("year_to_date", r"\b(?:so\s+far\s+this\s+year|year[\s-]to[\s-]date|this\s+year\s+so\s+far"
          r"|YTD)\b", "January 1 to the article's date", _I),
    _rule("relative_year", rf"\b(?:in\s+|for\s+|during\s+)?(?:the\s+)?{_RELATIVE_YEAR}\b",
          "a year named relative to the article: 'last year'", _I),
    _rule("full_year", r"\b(?:for\s+)?(?:the\s+)?(?:full|whole|entire)[\s-]year"
          # "the full year ended December 31, 2017" is that year, read by "span_ended".
          rf"(?:\s+(?:of\s+)?{_YEAR}|\b(?!\s+end(?:ed|ing)\s))|"
          r"\bfor\s+the\s+year\b(?!\s+(?:ended|ending|to|through|thru|that|as|of|before|"
          r"after|ago|earlier)\b|[\s-]+(?:ago|earlier|before|end)\b)",
          "the full year: the previous one in the first quarter, else the current one", _I),
    # "a $69.99 annual fee", "25 times their annual costs", "$5 billion annually": a rate per
    # year, no year of its own.
    # "$50 billion in annual purchases" the same.
    # The look-behinds follow the word (and hold it) so that re skips to each "annual" first.
    _rule("full_year", r"\b[Aa]nnual\b(?<!compound\s[Aa]nnual)(?<![\d%]\s[Aa]nnual)"
          r"(?<!their\s[Aa]nnual)(?<!our\s[Aa]nnual)(?<!its\s[Aa]nnual)(?<!\bin\s[Aa]nnual)"
          r"(?!\s+(?:(?:growth|percentage|interest)\s+)?(?:rate|pace|basis|terms|yield))",
          "'annual' as the period of a figure, not an annualised rate"),
    _rule("year_span", r"\b(?P<year>(?:19|20)\d\d)\s?[/–-]\s?(?P<year2>(?:19|20)?\d\d)(?![\d%])",
          "a season or fiscal span over two years: 'the 2025/26 season'"),
    _rule("year_span", r"\b(?P<year>(?:19|20)\d\d)\s+(?:through|thru)\s+(?P<year2>(?:19|20)\d\d)"
          r"(?![\d%])",
          "years joined by 'through' without 'from': 'in 2016 through 2019', 'the 2012 through "
          "2015 models'"),
    _rule("decade", r"\b(?:[Tt]he\s+)?(?P<century>19|20)(?P<tens>\d)0['’]?s\b|\b[Tt]he\s+['’]"
          r"(?P<short>\d)0s\b", "a decade: 'the 1990s', 'the '90s' (the latest such decade)"),
    _rule("year", rf"\b{_YEAR}"
          r"(?!\s*(?:-|–|/)\s*\d)"
          # "of 1909 Jolinda Drive", "1900 17th Ave.": a house number.
          r"(?!\s+(?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))\s+){1,3}(?:Drive|Street|St|Road|Rd|"
          r"Avenue|Ave|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Circle|Terrace|Highway|Hwy|"
          r"Parkway|Pkwy)\b)"
          # "the 2016 MacBook Pro", "2021 RAV4 Prime": a model's year, named by a word in mixed
          # case or with a digit.
          r"(?!\s+(?:[A-Z][a-z]+\s+)?(?:[A-Z]?[a-z]+[A-Z]\w*|[A-Z]{2,}\d\w*|[a-z]\d\w*)\b)"
          # "a 2018 model", "the 2016-style keyboard": the year of a design, no figure's time;
          # "by 1920 pixels": a measure.
          r"(?!(?:\s+|[-‑])(?:model|style|edition|vintage)\b)"
          r"(?!\s+(?:pixels|px|dpi|mAh|rpm|hp|horsepower|kWh|watts|volts|mm|cm|km|kg|lbs|feet|"
          r"miles|metres|meters|calories)\b)",
          "a year written out: 'in 2025'"),
    _rule("trailing_window", r"\b(?:the\s+)?(?:past|last|previous|preceding|trailing)\s+"
          r"(?:(?P<count>two|"
          r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(?P<unit>hours|"
          r"days|weeks|fortnights|months|quarters|years|decades)|(?P<unit2>decade|fortnight|hour)|"
          r"(?:day|24[\s-]?hours?|24[\s-]?hrs?|24h))\b"
          r"|\b24[\s-]?(?:hours?|hrs?|h)\b(?=\s+(?:basis|period|window|change|chart|trading|"
          r"volumes?|highs?|lows?|range|gains?|loss(?:es)?|drop|rise|move|time\s?frame)\b)"
          r"|\b(?:over|within)\s+(?:the\s+course\s+of\s+)?(?:one|a|a\s+single)\s+"
          r"(?P<unit1>week|month|year)\b(?![\s-]+(?:ago|earlier|before|later|high|low))",
          "a window that ends on the article's day: 'in the past 24 hours', 'in the last hour', "
          "'over the last three months', 'a 24-hour trading volume', 'over one month'", _I),
    _rule("trailing_window", r"\b(?:(?P<count>\d{1,3}|seven)[\s-](?P<unit>day|week|month)|"
          r"(?P<unit1>week)ly)(?=\s+(?:gains?|loss(?:es)?|drops?|declines?|rise|increases?|"
          r"change|high|low|range|average|moving\s+average|volatility|performance|returns?|"
          r"volumes?|move|rally)\b)",
          "a window named as an adjective, ending on the article's day: 'its 7-day gain', 'the "
          "30-day volatility', 'weekly gains'", _I),
    _rule("moment", r"\bdaily(?=\s+(?:gains?|loss(?:es)?|drops?|declines?|rise|increases?|"
          r"change|high|low|close|move|rally|jump|surge|plunge)\b)",
          "a move named by its day: 'a 10% daily gain' (the article's day)", _I),
    _rule("coming_window", r"\b(?:the\s+)?(?:next|coming|upcoming)\s+(?:(?P<count>two|three|four|"
          r"five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(?P<unit>days|weeks|"
          r"fortnights|months|quarters|years|decades)|(?P<unit2>decade|fortnight))\b",
          "a window that starts the day after the article's: 'over the next five years', 'in "
          "the coming 12 months', 'the next decade' (ten years from the article, not the "
          "2030s); quarters are whole quarters after the current one", _I),
    # A feast or shopping day named after a weekday is no weekday of the article's week.
    _rule("week_to_day", rf"\b(?:the\s+)?week\s+(?:to|ended|ending|through)\s+(?:last\s+)?"
          rf"(?P<weekday>{_WEEKDAY})\b(?!,?\s+(?:{_MONTH_ONLY}|[0-3]?\d\b))",
          "a week named by its last weekday: 'in the week to Friday', 'the week ended last "
          "Thursday' (the seven days to the latest such day)"),
    _rule("weekday_range", rf"\b(?:[Ff]rom|[Bb]etween)\s+(?P<weekday>{_WEEKDAY})\s+(?:to|and|"
          rf"through|until|till)\s+(?P<weekday2>{_WEEKDAY})\b",
          "days between two weekdays: 'from Monday to Wednesday' (the latest such stretch)"),
    # Capitalised too: "Last Wednesday a crew ..." opens a sentence as often as not.
    _rule("relative_day", rf"\b(?:(?:[Nn]ext|[Ll]ast|[Tt]his|[Oo]n|[Cc]oming)\s+{_LONE_WEEKDAY}|"
          rf"{_LONE_WEEKDAY})\b",
          "a weekday, resolved by dateparser against the article's date"),
    _rule("relative_day", r"\b(?:yesterday|today|tomorrow)\b", "a day relative to the article", _I),
    # Spanish, Portuguese and French write weekdays in lower case ("Mardi Gras", "Domingo" as a
    # name are left alone); German capitalises them.
    # A weekday before its date ("mardi 5 mai", "sexta-feira, 22 de outubro") leaves the day to
    # the date.
    _rule("foreign_day", rf"(?<![\w-])(?P<word>{_FOREIGN_DAY_WORDS})(?![\w-])"
          r"(?!,?\s+(?:(?:le|el|den|o|a)\s+)?(?:[0-3]?\d\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
          r"Oct|Nov|Dec)\w*\.?\s+\d))",
          "a weekday or a day relative to the article in Spanish, Portuguese, French or German: "
          "'mardi', 'el jueves', 'am Freitag', 'ayer', 'heute' (the latest such day)"),
    _rule("foreign_this", r"(?<!\w)(?:[Ee]ste|[Nn]este|[Dd]este|[Ee]sse|[Nn]esse|[Dd]esse)\s+"
          r"(?:(?P<year>año|ano)|(?P<month>mes|mês))(?!\w)",
          "the article's year or month in Spanish or Portuguese: 'este año', 'neste mês'"),
    _rule("years_ago", rf"\b{_COUNT}\s+(?P<unit>years|months)\s+ago\b",
          "the year or month some years or months before the article's: 'ten years ago'", _I),
    _rule("relative_day", rf"\b{_COUNT}\s+(?:days?|weeks?)\s+ago\b",
          "days or weeks before the article, resolved by dateparser", _I),
)

# What each rule needs somewhere in the text before it is worth running: a cheap scan that
# lets most sentences skip most rules. The hints (word_scan.Needs) let most sentences skip the
# scan: the pattern cannot match without one of them in the lower-cased text.
_MONTH_HINTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_END_HINTS = ("ary", "rch", "pril", "may", "une", "uly", "gust", "ber")
_MONTH_STARTS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_NEEDS_MONTH = Needs(re.compile(words_at_boundary(_MONTH_STARTS.split("|"))), _MONTH_HINTS)
_NEEDS_QUARTER = Needs(re.compile(r"(?i:quarter)|\bQ[1-4]|\b[1-4]Q"), ("quarter", "q"))
_NEEDS_HALF = Needs(re.compile(r"(?i:\bhalf)|\bH[12]\b|\b[12]H"), ("half", "h1", "h2", "1h", "2h"))
_NEEDS_MONTH_WORD = Needs(re.compile(r"(?i:\bmonth)"), ("month",))
_NEEDS_YEAR_WORD = Needs(re.compile(r"(?i:\byear|\bannual)|\bYTD\b"), ("year", "annual", "ytd"))
_NEEDS_YEAR_DIGITS = Needs(re.compile(r"\b(?:19|20)\d\d"), ("19", "20"))


def _with_month(needs: Needs) -> Needs:
    """``needs`` asked only of texts that name a month (as every row it serves does, at a word
    boundary and capitalised): few sentences name one, and the table searches for it once."""
    return BothNeeds(_NEEDS_MONTH, needs)


def _with_year(needs: Needs) -> Needs:
    """The same for rows that write a year in figures."""
    return BothNeeds(_NEEDS_YEAR_DIGITS, needs)



# Month rows that also need words most month mentions lack ("the quarter ended June 30",
# "September last year"): only sentences with them run the longer rows.
_NEEDS_ENDED_MONTH = _with_month(Needs(
    re.compile(rf"(?:{words_at_boundary(['end(?:ed|ing)', 'to'])})\s+"
               rf"(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:{_MONTH_STARTS})"),
    ("ended", "ending", "to")))
_NEEDS_MONTH_RELATIVE_YEAR = Needs(
    re.compile(r"\b(?:last|this|next|previous|past|current)\s+year"), ("year",))
# "the quarter to December", "the three months ended in June": a span word and the word that
# ties it to its last month.
_NEEDS_SPAN_TO_MONTH = Needs(
    re.compile(r"(?:quarter|half(?:[\s-]year)?|months|(?:fiscal|financial)\s+year)\s+(?:to|"
               r"through|thru|ended|ending|until|that)\s", re.IGNORECASE),
    ("quarter", "half", "months", "year"))
# One precondition for the rarer span rows: a pair joined by "and", "through July", "2015 to
# date", "late 2017"; each part starts at a literal, so re skips to it.
_NEEDS_SPAN_WORDS = AnyNeeds(
    Needs(re.compile(rf"and\s+(?:{_MONTH_STARTS}|(?:19|20)\d\d)"), ("and",)),
    Needs(re.compile(words_at_boundary([r"Thr(?:ough|u)\s", r"thr(?:ough|u)\s"])), ("thr",)),
    Needs(re.compile(r"\d\d\s+(?:to\s+date|so\s+far)\b"), ("date", "far")),
    Needs(re.compile(r"\b(?:[Ll]ate|[Ee]arly)[\s-]+(?:19|20)\d\d"), ("late", "early")),
)


def _case_blind(words: str, hints: tuple[str, ...]) -> Needs:
    """``words`` written in lower case: searched case-blind, or as they are on lower-cased
    text."""
    return Needs(re.compile(rf"(?i:{words})"), hints, lowered=re.compile(words))


# The moment rows' words, in three parts: the rarer words, a clock time or "now" after a
# figure (both start with a digit), and "on the day" (most texts hold "day" somewhere).
_NEEDS_MOMENT = AnyNeeds(
    _case_blind(r"overnight|intraday|session|daily\s", ("overnight", "intraday", "session",
                                                       "daily")),
    _case_blind(r"writing|press\s+time|tonight|this\s+(?:morning|afternoon|evening)|currently|"
                r"at\s+present|right\s+now|actualmente|atualmente|actuellement|aktuell\b|"
                r"derzeit|zurzeit|(?:morning|afternoon|midday)\s+(?:trade|trading|deals)",
                ("writing", "press", "tonight", "morning", "afternoon", "evening", "currently",
                 "present", "right", "actualmente", "atualmente", "actuellement", "aktuell",
                 "derzeit", "zurzeit", "midday")),
    _case_blind(r"\d\s*(?:a\.m|p\.m|am\b|pm\b)|[\d%]\snow\b", ("am", "pm", "a.m", "p.m", "now")),
    _case_blind(r"on\s+the\s+day", ("day",)),
    Needs(re.compile(rf"{_WIRE_CLOCK}|\s(?:trade|trading|hours|deals)\b"),
          (*_WIRE_CLOCK_HINTS, "trad", "hours", "deals")),
)
RULE_NEEDS: dict[str, Needs] = {
    "span_ended": _NEEDS_ENDED_MONTH,
    "months_to": _NEEDS_SPAN_TO_MONTH,
    "first_months": Needs(re.compile(r"(?i:\bfirst\s+\w+\s+months)"), ("months",)),
    "last_months": Needs(re.compile(r"(?i:\b(?:last|final|closing)\s+\w+\s+months\s+of\s)"),
                         ("months",)),
    "years_ago": Needs(re.compile(r"(?i:\b(?:years|months)\s+ago\b)"), ("ago",)),
    "year_to_month": Needs(re.compile(r"(?i:\b(?:year|months)\s+(?:to|through)\b)"),
                           ("year", "months")),
    "month_quarter": Needs(re.compile(r"\b(?:March|June|September|December)\s+quarter\b"),
                           ("quarter",)),
    "dates_joined": _with_month(Needs(re.compile(r"\d\d,?\s*(?:through|thru|to|until|[-–])\s*"
                                                 rf"(?:{_MONTH_STARTS})"), _MONTH_HINTS)),
    "date_range": Needs(re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+"
                                   r"(?:at\s+least\s+|as\s+early\s+as\s+)?"
                                   r"(?:(?:19|20)\d\d|Jan|Feb|Mar|"
                                   r"Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"), ("from", "between")),
    # The second month of the range, after the word or dash that joins it to the first.
    "month_range": _with_month(Needs(
        re.compile(rf"(?:t(?:o|hrough)\s+|[-–]\s*)(?:{_MONTH_STARTS})"),
        ("to", "through", "-", "–"))),
    "day_range": _with_month(Needs(re.compile(r"\d(?:st|nd|rd|th)?\s*[-–]\s*[A-Z0-9]"),
                                   ("-", "–"))),
    "week_of_month": Needs(re.compile(r"(?i:\bweek\s+of\s)"), ("week",)),
    "decade": Needs(re.compile(r"\d0['’]?s\b"), ("0s", "0's", "0’s")),
    "coming_window": Needs(re.compile(r"(?i:\b(?:next|coming|upcoming)\s)"),
                           ("next", "coming", "upcoming")),
    "change_range": _with_year(Needs(re.compile(words_at_boundary([r"in\s+(?:19|20)\d\d\s+to\s"])),
                                     ("19", "20"))),
    "pair_span": _NEEDS_SPAN_WORDS,
    "through_month": _NEEDS_SPAN_WORDS,
    "year_so_far": _NEEDS_SPAN_WORDS,
    "part_of_named_year": AnyNeeds(
        _NEEDS_SPAN_WORDS,
        Needs(re.compile(r"\b(?:[Ll]ater?|[Ee]arl(?:y|ier))[\s-]+(?:next|last)\s+year"),
              ("next year", "last year"))),
    "first_days": Needs(re.compile(r"(?i:\bfirst\s+\w+\s+days\s+of\s)"), ("days",)),
    "since_end_of": Needs(re.compile(r"\b[Ss]ince\s+the\s+end\b"), ("since",)),
    "since_start_of": Needs(re.compile(r"\b[Ss]ince\s+the\s+(?:start|beginning)\b"), ("since",)),
    "unit_end": Needs(re.compile(r"\bend\s+of\b"), ("end",)),
    "month_end": Needs(re.compile(r"\bend(?:\s+of\b|[\s-]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                                  r"Sep|Oct|Nov|Dec|(?:19|20)\d\d))"), ("end",)),
    "moment": _NEEDS_MOMENT,
    "week": Needs(re.compile(r"(?i:\bweek)"), ("week",)),
    "day_month_year": _NEEDS_MONTH,
    "month_year": _NEEDS_MONTH,
    "month_relative_year": _NEEDS_MONTH_RELATIVE_YEAR,
    "day_month": _NEEDS_MONTH,
    # Its look-behinds would run at every position of every dated sentence: only sentences
    # with a day before a month run it.
    "day_first": _with_month(Needs(re.compile(rf"\d(?:st|nd|rd|th)?\s+(?:{_MONTH_STARTS})"),
                                   _MONTH_HINTS)),
    "month": _NEEDS_MONTH,
    "named_month_relative": _NEEDS_MONTH,
    "quarter": _NEEDS_QUARTER,
    "relative_quarter": _NEEDS_QUARTER,
    "half": _NEEDS_HALF,
    "fiscal_year": Needs(re.compile(r"\bFY|[Ff]iscal"), ("fy", "fiscal")),
    "relative_month": _NEEDS_MONTH_WORD,
    "part_of_month": _NEEDS_MONTH_WORD,
    "part_of_year": _NEEDS_YEAR_WORD,
    "part_of_week": Needs(re.compile(r"(?i:\bweek)"), ("week",)),
    "year_to_date": _NEEDS_YEAR_WORD,
    "unit_to_date": _case_blind(r"to[\s-]date|\b[mqw]td\b|so\s+far",
                                ("date", "mtd", "qtd", "wtd", "far")),
    "relative_year": _NEEDS_YEAR_WORD,
    "full_year": _NEEDS_YEAR_WORD,
    "year_span": _NEEDS_YEAR_DIGITS,
    "year": _NEEDS_YEAR_DIGITS,
    "trailing_window": _case_blind(
        words_at_boundary([rf"{word}\s" for word in ("past", "last", "previous", "preceding",
                                                      "trailing", "over", "within")])
        + r"|24[\s-]?h|\d[\s-](?:day|week|month)\s|\bweekly\s",
        ("past", "last", "previous", "preceding", "trailing", "24", "over", "within", "day",
         "week", "month")),
    # The year after the month's dot: "31.12.2018".
    "dotted_date": _with_year(Needs(re.compile(r"\.(?:19|20)\d\d"), (".19", ".20"))),
    "foreign_this": Needs(re.compile(r"(?i:ste\s+(?:año|ano|mes|mês))"), ("ste",)),
    "foreign_day": Needs(re.compile(rf"(?:{_FOREIGN_DAY_WORDS})"), _FOREIGN_DAY_HINTS),
    "previous_session": _case_blind(r"(?:previous|prior|preceding)\s+(?:trading\s+)?"
                                    r"(?:session|day)", ("previous", "prior", "preceding")),
    "week_to_day": Needs(re.compile(r"\bweek\s"), ("week",)),
    "weekday_range": Needs(re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+[MTWFS][a-z]+day\b"),
                           ("from", "between")),
    "relative_day": _case_blind(r"day\b|" + words_at_boundary([r"tomorrow\b", r"ago\b"]),
                                ("day", "tomorrow", "ago")),
}

# A day next to a reporting verb is when something was said, not the period of a figure:
# "the ministry said on Tuesday", "Northfield Bakeries Inc. today reported"; after "that" the
# date is the content's ("data shows that on July 9, ..."). A date between
# a capitalised place and a dash or bracket is a dateline: "SANTIAGO, Nov 28 (Andes Wire) -".
REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|showed|shows|reported|reports|announced|told|released|published|"
    r"statement|report|data|figures|wrote|note|noted|added|forecast|forecasts|projected|"
    r"estimated)\b(?:(?!\bthat\s)[^,.;:]){0,40}$",
    re.IGNORECASE,
)
# A month or year between a reporting verb and "that" is when it was said, the figures in what
# was said are of their own time: "the foundation projected in May that ...", "denunció en 2014
# que ...".
REPORTED_THAT_BEFORE = re.compile(
    r"\b(?:said|says|reported|announced|told|wrote|noted|added|forecast|projected|estimated|"
    r"predicted|warned|concluded|found|dijo|afirmó|denunció|informó|anunció|estimó|disse|afirmou|"
    r"informou|anunciou|estimou|a\s+déclaré|a\s+annoncé|a\s+estimé|sagte|erklärte|schätzte)\s+"
    r"(?:(?:in|en|em|im)\s+)?(?:early\s+|late\s+|mid-)?$",
    re.IGNORECASE,
)
REPORTED_THAT_AFTER = re.compile(r"^,?\s*(?:that|que|dass)\b", re.IGNORECASE)
# A year that cites a work, when it was published: "(Bain & Company, 2001)", "(Lee et al.,
# 2015)", "Smith (2009) found that ...".
# "et al., 2001)" cites a work even where the sentence splitter left its "(" behind.
CITATION_BEFORE = re.compile(
    r"(?:\([A-Z][^()\d]{0,60}(?:,|\bet\s+al\.?,?)|\bet\s+al\.?,|"
    r"\b[A-Z][a-z]+(?:\s+et\s+al\.?)?\s+\()\s*$")
CITATION_AFTER = re.compile(r"^[a-z]?\s*[);]")
REPORTED_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:reported|said|says|announced|released|published|told|posted)\b",
    re.IGNORECASE,
)
# A day that opens the sentence and dates its report ("On Jan. 25, 2016, the company reported
# record revenue of ..."): when the figures were told, not the time they cover.
OPENING_DAY_BEFORE = re.compile(r"^\s*(?:[Oo]n\s+)?$")
OPENING_DAY_REPORTED_AFTER = re.compile(
    r"\s*,\s*(?:[\w.'’&-]+\s+){1,5}?(?:reported|said|announced|released|published|posted|"
    r"disclosed|unveiled|revealed)\b")
# A release's dateline names its city, often with a state or country after it: "DENVER, ",
# "CAMBRIDGE, Mass., ", "PUNE, India, ".
DATELINE_BEFORE = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{1,40},(?:\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?,)?\s*$")
DATELINE_AFTER = re.compile(r"^\s*(?:/[\w .-]{2,30}/\s*)?(?:\(|--|—|–|-\s)")

# Every rule above needs one of these; a sentence without any skips the table. Capitalised
# words (month abbreviations, "Q3", "FY") as written, the others in any case.
_DATE_WORDS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    "Q[1-4]", "1Q", "2Q", "3Q", "4Q", "H[12]", "1H", "2H", "FY", "YTD", r"19\d\d", r"20\d\d",
)  # fmt: skip
_CASE_BLIND_DATE_WORDS = (
    "fiscal", "quarter", "half", "year", "month", "annual", "today", "yesterday", "tomorrow",
    "ago", "week", r"24[\s-]?h", "writing",
    r"(?:past|last|previous|preceding)\s+(?:\w+\s+)?(?:hours|days|weeks|months|years|day|hour|24)",
    r"(?:past|last|previous|preceding|next|coming|upcoming)\s+(?:\w+\s+)?(?:fortnights?|decades?)",
    r"(?:next|coming|upcoming)\s+\w+\s+days", r"the\s+['’]\d0s",
    r"press\s+time", "tonight", r"on\s+the\s+day", "overnight", "intraday",
    r"in\s+(?:the|today['’]s)\s+session", r"(?:month|quarter|week)[\s-]to[\s-]date",
    r"(?:previous|prior|preceding)\s+(?:trading\s+)?session",
    "mtd", "qtd", "wtd", r"(?:on|for)\s+the\s+week", r"\d{1,3}[\s-](?:day|week|month)\s",
    r"weekly\s", r"daily\s",
    r"this\s+(?:morning|afternoon|evening)", "currently", r"at\s+present", r"right\s+now",
    "actualmente", "atualmente", "actuellement", r"aktuell\b", "derzeit", "zurzeit",
    r"now\b(?<=[\d%]\snow)",
    r"morning\s+(?:trade|trading|deals)", r"afternoon\s+(?:trade|trading|deals)",
    _FOREIGN_DAY_WORDS, r"(?:este|neste|deste|esse|nesse|desse)\s+(?:año|ano|mes|mês)",
    r"midday\s+(?:trade|trading|deals)", _SESSION, "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
)  # fmt: skip
_CLOCK_TIME = r"\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
_LOWERED_DATE_WORDS = tuple(word for word in _CASE_BLIND_DATE_WORDS
                            if word is not _FOREIGN_DAY_WORDS)
ANY_DATE_WORD = re.compile(
    rf"\b(?:{'|'.join(_DATE_WORDS)})|(?i:\b(?:{'|'.join(_CASE_BLIND_DATE_WORDS)}))|{_CLOCK_TIME}"
    rf"|{_WIRE_CLOCK}"
)
# The same question, asked faster (word_scan.py); a test holds it to ANY_DATE_WORD's answers.
DATE_WORD_SCAN = WordScan(
    ANY_DATE_WORD,
    exact=[Needs(re.compile(words_at_boundary(_DATE_WORDS)),
                 (*_MONTH_HINTS, "q", "h1", "h2", "1h", "2h", "fy", "ytd", "19", "20")),
           Needs(re.compile(_CLOCK_TIME), ("a.m.", "p.m.", "am", "pm")),
           Needs(re.compile(_WIRE_CLOCK), _WIRE_CLOCK_HINTS),
           # The foreign day words would cost every sentence's scan a third more: only
           # sentences holding one of their hints search for them.
           Needs(re.compile(rf"(?i:\b(?:{_FOREIGN_DAY_WORDS}))"), _FOREIGN_DAY_HINTS)],
    lowered=re.compile(rf"(?<!\w)(?:{'|'.join(_LOWERED_DATE_WORDS)})"),
)

# Words of a game: a sentence holding one names the game's quarters and halves, not the
# calendar's ("a touchdown in the third quarter", "led 52-40 at the half").
GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|field\s+goals?|quarterbacks?|intercept(?:ed|ions?)|fumbled?|halftime|"
    r"half-time|three-pointers?|free\s+throws?|innings?|the\s+buzzer)\b",
    re.IGNORECASE,
)
# After a month, words that make it a futures contract's name: "December gold", "October
# Brent", "the December-dated contract", "for November delivery".
CONTRACT_AFTER = re.compile(
    r"[\s-]{0,3}(?:dated|delivery|futures?|contracts?|gold|silver|copper|crude|Brent|WTI|oil|"
    r"natural\s+gas|gas|corn|wheat|soybeans?|coffee|cocoa|sugar|cotton|palladium|platinum|"
    r"aluminium|aluminum|nickel|zinc)\b",
    re.IGNORECASE,
)

# Words before a date that make it a record's comparison point, no figure's period (though a
# date claim of its own): "the highest since April", "for the first time since 2019".
RECORD_SINCE = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|strongest|weakest|best|worst|fastest|"
    r"slowest|sharpest|steepest|first\s+time|level|levels|mark|low|lows|high|highs|peak|"
    # ("its biggest one-day drop since April": a hyphened word between too)
    r"record|seen)\s+(?:[a-z][a-z-]*\s+){0,2}since\s+"
    # "the lowest since reunification in 1990", "a low not seen since the crisis of 2008"
    r"(?:(?:the\s+)?[a-z]+\s+(?:[a-z]+\s+)?(?:in|of)\s+)?$",
    re.IGNORECASE,
)

# Words before a date that make it the comparison point of a change, not its period.
BASIS_LEAD = re.compile(
    # "3% above the previous year", "below the 2019 average": a yardstick, as after "than".
    r"(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?|against|than|over|"
    r"above|below|relative\s+to)"
    r"\s+(?:the\s+same\s+(?:period|month|quarter|time)\s+(?:of|in)\s+|a\s+year\s+earlier\s+in\s+"
    # "compared to the previous month"
    r"|the\s+)?$"
    r"|\b(?:the|a)\s+(?:same|similar|corresponding|comparable)\s+(?:period|month|quarter|week|"
    r"time|half)\s+(?:of\s+|in\s+)?$"
    r"|\b(?:from|than)\s+the\s+$"
    # "climbed 0.3%, the same as in the prior month": the time of the figure it equals.
    r"|\bsame\s+as\s+(?:in\s+|for\s+)?(?:the\s+)?$"
    r"|\bthan\s+in\s+$|\bfrom\s+$",
    re.IGNORECASE,
)
# After a date, words that make it the figures a change is measured against, with the word
# before it: "rising by 5% on 2004 figures", "up 3% over 2019 levels".
# "1% above the previous quarter's record", "below last year's average": a record or mean of
# that time is as much the yardstick as its figures.
BASIS_FIGURES_AFTER = re.compile(
    r"['’]?s?\s+(?:figures?|levels?|numbers|data|results|totals?|records?|averages?|highs?|"
    r"lows?|peaks?)\b", re.IGNORECASE)
BASIS_FIGURES_LEAD = re.compile(r"\b(?:on|over|above|below|from|than|with|to)\s+$",
                                re.IGNORECASE)
# British "on" after a change: "sales rose 6.1 per cent on March 2014", "up 3% on last year"
# compare with that time (a day after "on" is the figure's own: "up 2% on Monday").
BASIS_ON_LEAD = re.compile(
    r"(?:%|\bper\s?cent|\bpercent|\bpc|\bpoints?)\s+(?:(?:higher|lower|up|down)\s+)?on\s+"
    r"(?:the\s+)?$", re.IGNORECASE)
# Before "from", a noun whose time the date is: "data from 2002 show", "figures from March".
NOT_BASIS_FROM_LEAD = re.compile(
    r"\b(?:data|figures|statistics|numbers|survey|surveys|poll|polls|census|study|studies|"
    r"report|reports|records)\s+from\s+$", re.IGNORECASE)

# Words before a date that make it the date of an event of a thing rather than a figure's
# period: "founded in 1998", "which matures in 2030", "was listed in 2015".
EVENT_BEFORE = re.compile(
    r"\b(?:founded|established|born|launched|listed|incorporated|opened|went\s+public|"
    r"announced|unveiled|introduced|acquired|bought|matures?|maturing|expires?|expiring|due|"
    r"signed|built|created|set\s+up|formed|debuted|issued|selected|chosen|imposed|awarded|elected|"
    r"appointed|hired|enacted|passed|adopted|discovered|invented|joined|married|died)"
    # "selected by NASA in 2018": the agent between the verb and the date.
    r"(?:\s+by\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})?"
    # "opened his first store in 1989": a short object without figures between.
    r"(?:\s+(?:his|her|its|their|the|a|an)\s+(?:[a-z]+\s+){0,2}[a-z]+)?\s+(?:in|on|at)?\s*$",
    re.IGNORECASE)

# Words that make a month's figure the sum or rate of the twelve months ending with it: "the
# 12-month inflation rate in August", "a taxa acumulada em 12 meses ... em agosto".
TWELVE_MONTHS_TO = re.compile(
    r"\b(?:acumulad[oa]s?\s+(?:em|en|nos|de)\s+(?:los\s+|os\s+)?(?:[úu]ltimos\s+)?"
    r"(?:12|doze|doce)\s+meses|(?:12|twelve)[\s-]month\s+(?:rate|inflation|period|total|basis|sum|"
    r"change|figure)|trailing\s+(?:12|twelve)[\s-]months?|sur\s+(?:12|douze)\s+mois)",
    re.IGNORECASE)
# Before a date named without its year, words that schedule what happens on it: "the tariffs
# are due to take effect in December", "sentencing is scheduled for Feb. 14", "will testify
# Thursday". The date is the next one of that name, whatever the figure's status says.
SCHEDULED_BEFORE = re.compile(
    r"\b(?:(?-i:will)|(?:is|are)\s+(?:now\s+)?(?:due|scheduled|slated|set|poised)\s+(?:to|for)|"
    r"(?:is|are)\s+to\s+be|to\s+be\s+held|(?<!was\s)(?<!were\s)scheduled\s+(?:for|to|on)|"
    r"(?<!was\s)(?<!were\s)slated\s+(?:for|to))\b",
    re.IGNORECASE)
# Between the scheduling words and the date, words that tie the date to something already
# done or said: "will be closed, the company said on Friday", "will rise after it fell in May".
SCHEDULED_BROKEN = re.compile(
    r"\b(?:said|says|told|announced|reported|after|since|ago|was|were|had|has|have|"
    r"last|earlier|previous)\b|[;:()\"“”]|,\s",
    re.IGNORECASE)
# What would have happened had something been otherwise ("excluding the charge, third-quarter
# profit would have been $1.20 a share"): a figure of the time that is past, no plan for the next.
COUNTERFACTUAL = re.compile(
    r"\b(?:would|could|might)(?:\s+not|n['’]t)?\s+have\s+(?!to\b)[a-z]+", re.IGNORECASE)
