"""The date a story's periods are read against when the page shows no publication date.

"The trade gap narrowed in May" needs a year. Without the article's date, a reader takes it
from what the page does show: the month in its address ("/2018/07/"), else the latest full date
the story writes ("BOSTON, Feb. 11, 2021 --"), else the latest year it names ("in the first
quarter of 2018 ... in April"). A month or year is taken at its last day, so a bare month or
quarter resolves to the latest one begun by then.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal, NamedTuple
from urllib.parse import urlsplit

from .._date_order import day_first
from .._month_names import MONTH_PATTERN, WEEKDAY_WORD, month_number
from .._stamp_words import OTHER_DAY_BEFORE, other_day_at
from .._url_dates import day_or_none, url_day
from .lexicon import WEEKDAY_NAMES

Precision = Literal["day", "month", "year"]

# "/2018/07/", "/2018-07/", "nachrichten-2026-02", "Apr2014" in a page address.
_URL_MONTH = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)[/-](?P<month>0[1-9]|1[0-2])(?:/|-(?!\d)|$)"
    r"|(?P<name>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}[-_]?"
    r"(?P<year2>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# A year the story reports on; one after "by", "until" or "to" is a goal, not the story's time.
# Written as "(?<![\d/.-])(?P<year>(?:19|20)\d\d)(?![\d%])", with the look-behind moved past the
# year's first two digits (it reads the character before them all the same): a pattern that
# opens with its literal digits lets the engine skip to a "1" or "2", four times faster
# through a long story than trying the look-behind at every character.
_YEAR = re.compile(r"(?P<year>(?:19|20)(?<![\d/.-]..)\d\d)(?![\d%])")
_GOAL_BEFORE = re.compile(r"\b(?:by|until|till|to|through|before|in\s+the\s+year)\s+$"
                          r"|(?:©|\(c\)|\bcopyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?$",
                          re.IGNORECASE)
# A year a figure is compared with: the story is about a later time.
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:to|with)|versus|vs\.?|than(?:\s+in)?|from)\s+(?:(?:the\s+)?(?:same|"
    r"corresponding|comparable)\s+(?:period|quarter|month|half)\s+(?:of|in)\s+|(?:the\s+)?"
    r"(?:first|second|third|fourth)[\s-]+(?:quarter|half)\s+(?:of\s+)?|"
    # "up 5.1% from March 2022": a month of the year compared with.
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?,?\s+)?$",
    re.IGNORECASE)
# "the biggest gain since 2023": a year alone after "since" lies before the story's.
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# "/2019/some-story", "budget-2019-plans": a year alone in the address, the weakest of the
# page's hints.
_URL_YEAR = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)(?![\d.])")


# "Feb. 11, 2021", "September 16, 2008", "SEPTEMBER 16, 2008", "16 September 2008",
# "16-Sep-2008", "16th of September 2008" (a page may glue a word to it),
# "2018-07-13". Every form starts with a digit or a capital month: the look-ahead lets the
# scan pass every other character without trying the four forms there (six times faster).
_FULL_DATE = re.compile(
    r"(?=[\dJFMASOND])(?:"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|"
    r"SEP|OCT|NOV|DEC)(?:[a-z]{0,6}|[A-Z]{0,6})\.?\s+(?P<day>[0-3]?\d)"
    # The year may run into a clock time where a scraper glued the two ("December 2,
    # 20253:15 PM").
    r"(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)(?:(?!\d)|(?=[0-2]?\d[:.][0-5]\d))"
    r"|(?<!\d)(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of\s+|[\s/-])(?P<month2>Jan|Feb|Mar|Apr|May|"
    r"Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
    r"(?:[a-z]{0,6}|[A-Z]{0,6})\.?,?[\s/-](?P<year2>(?:19|20)\d\d)(?!\d)"
    r"|(?<![\d-])(?P<year3>(?:19|20)\d\d)-(?P<month3>0[1-9]|1[0-2])-(?P<day3>[0-3]\d)(?![\d-])"
    # A stamp in another language, day first: "25 Februar 2004", "le 30 octobre 2019", "15 de
    # marzo de 2024" (month names are lower case in most of them).
    r"|(?<!\d)(?P<day4>[0-3]?\d)(?:er|\.)?\s+(?:de\s+)?"
    rf"(?P<month4>(?i:{MONTH_PATTERN}))\.?\s+(?:de\s+)?(?P<year4>(?:19|20)\d\d)(?!\d)"
    # Chinese and Japanese pages: "2016年10月14日".
    r"|(?<!\d)(?P<year5>(?:19|20)\d\d)\s?年\s?(?P<month5>0?[1-9]|1[0-2])\s?月\s?"
    r"(?P<day5>[0-3]?\d)\s?日)"
)


# A date in figures: "16-10-2019", "09.05.2019" (day first), "05/09/2019" (month first, as US
# portals write it, unless the page shows otherwise), "2016/08/09"; a two-digit year only in a
# stamp: in brackets "(05/09/17)", on a line of its own or after a label ("Posted: 09.05.17",
# "09/05/17 10:45 |"), or with the month's name ("9-May-17").
# Where the usual order cannot hold (a 13th month), the other one is read.
_NUMERIC_DATE = re.compile(
    # Every alternative opens with a digit, a bracket, a label's mark, a line's indent or a
    # dash between spaces: a cheap first test before the look-behinds, at every position of a
    # long page (a space elsewhere opens none of them).
    r"(?=[\d(:|]|(?m:^)[^\S\n]|[^\S\n][-–—][^\S\n])(?:"
    r"(?<![\d/.,-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)"
    r"(?P<year>(?:19|20)\d\d)(?![\d/-]|[.,]\d)"
    r"|(?:\(|(?m:^)[^\S\n]*|[:|][^\S\n]?|[^\S\n][-–—][^\S\n])(?P<a2>[0-3]?\d)(?P<sep2>[/.-])(?P<b2>[0-3]?\d)(?P=sep2)"
    r"(?P<year2>\d\d)(?=\)|[^\S\n]*(?:\n|$|\||[0-2]?\d[:.h][0-5]\d))"
    r"|(?<![\d/.,-])(?P<day6>[0-3]?\d)-(?P<month6>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
    r"Dec)[a-z]{0,6}-(?P<year6>\d\d)(?![\d-])"
    r"|(?<![\d/.,-])(?P<year3>(?:19|20)\d\d)(?P<sep3>[/.])(?P<month3>[01]?\d)(?P=sep3)"
    r"(?P<day3>[0-3]?\d)(?![\d/-]|[.,]\d))"
)
# A day after these words is a deadline or a date to come, not the story's own day: "due
# March 31, 2027", "valid until June 30, 2030".
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|until|till|before|due|expires?|expiring|expiry|matures?|maturing|maturity|"
    r"deadline|effective|valid|scheduled\s+for|payable|of\s+record)\s+(?:on\s+)?$"
    # "will host a conference call on February 26, 2020": an event to come.
    r"|\b(?:will|to\s+be\s+held|scheduled|upcoming)\b[^.;]{0,50}?\b(?:on|at|from)\s+$"
    # A promotion's invitation: "Join our webinar on December 18, 2025", "Register now for
    # the summit, March 3, 2026": an event to come, not the page's day.
    r"|\b(?:join|register|attend|rsvp)\b[^.;]{0,50}?(?:\b(?:on|at|from)\s+|,\s*)$",
    re.IGNORECASE)
_DEADLINE_LOOKBEHIND = 64
# A full date in a release's or a wire story's dateline: "DALLAS, May 20, 2020 (GLOBE
# NEWSWIRE) --", "BEIJING, Jan. 3, 2024 (Xinhua) --". It dates the story even where the story
# names later days (a dividend's payment, a call to come).
_DATELINE_AFTER = re.compile(
    r"\s*(?:/\s*PR\s?Newswire|\((?:GLOBE\s+NEWSWIRE|BUSINESS\s+WIRE|Business\s+Wire|"
    r"ACCESSWIRE|ACCESS\s+Newswire|Reuters|AP|AFP|Xinhua|Yonhap|Kyodo|PTI|IANS|dpa|"
    r"Bloomberg)\)|/CNW/|/\s*EINPresswire|\s?--|\s?—|\s?–\s|\s?-\s)")


# What every form of _FULL_DATE holds (its year): opening with its digits, it is found fast.
_ANY_FULL_YEAR = re.compile(r"(?:19|20)\d\d")


class _Dates:
    """The full dates and the dates in figures of one text, each list searched for once: the
    page's reader asks for them more than once (``_reference``, then ``_shaped_stamp``)."""

    __slots__ = ("_full", "_numeric", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._full: list[re.Match[str]] | None = None
        self._numeric: list[re.Match[str]] | None = None

    def full(self) -> list[re.Match[str]]:
        if self._full is None:
            # Every full date holds a year in four figures: a text with none (a third of the
            # stories the reader is asked about) has no full date, known from one quick scan.
            self._full = (list(_FULL_DATE.finditer(self.text))
                          if _ANY_FULL_YEAR.search(self.text) else [])
        return self._full

    def numeric(self) -> list[re.Match[str]]:
        if self._numeric is None:
            self._numeric = list(_NUMERIC_DATE.finditer(self.text))
        return self._numeric

    def numeric_as_read(self) -> Iterable[re.Match[str]]:
        """The dates in figures: the list where it was searched for already, else found one by
        one (a reader that stops at the first does not search the rest)."""
        return _NUMERIC_DATE.finditer(self.text) if self._numeric is None else self._numeric


def _numeric_date(match: re.Match[str], day_first: bool | None = None) -> dt.date | None:
    if match.group("year3"):
        return day_or_none(int(match.group("year3")), int(match.group("month3")),
                           int(match.group("day3")))
    if match.group("year6"):
        return day_or_none(2000 + int(match.group("year6")),
                           _english_month(match.group("month6")), int(match.group("day6")))
    if match.group("year2"):
        first, second = int(match.group("a2")), int(match.group("b2"))
        year, slash = 2000 + int(match.group("year2")), match.group("sep2") == "/"
    else:
        first, second = int(match.group("a")), int(match.group("b"))
        year, slash = int(match.group("year")), match.group("sep") == "/"
    return _ordered(first, second, year, slash=slash, day_first=day_first)


def _ordered(first: int, second: int, year: int, *, slash: bool, day_first: bool | None
             ) -> dt.date | None:
    """The day two figures give: slashes are read month first, as US portals write them,
    unless the page shows otherwise; dots and dashes day first."""
    month, day = (first, second) if slash and not day_first else (second, first)
    if month > 12:
        month, day = day, month
    return day_or_none(year, month, day)


def _full_date(match: re.Match[str]) -> dt.date | None:
    if match.group("year3"):
        year, month = int(match.group("year3")), int(match.group("month3"))
        day = int(match.group("day3"))
    elif match.group("year5"):
        year, month = int(match.group("year5")), int(match.group("month5"))
        day = int(match.group("day5"))
    elif match.group("year4"):
        year, day = int(match.group("year4")), int(match.group("day4"))
        month = month_number(match.group("month4")) or 0
    else:
        month = _english_month(match.group("month") or match.group("month2"))
        day = int(match.group("day") or match.group("day2"))
        year = int(match.group("year") or match.group("year2"))
    return day_or_none(year, month, day)


def reference_date(text: str, url: str | None = None, *,
                   today: dt.date | None = None) -> dt.date | None:
    """The last day of the month the URL names, else the latest full date in ``text``, else the
    last day of the latest year it reports on (never after ``today``), else None."""
    found = reference(text, url, today=today)
    return None if found is None else found[0]


def reference(text: str, url: str | None = None, *, today: dt.date | None = None,
              day_first: bool | None = None, furniture: bool = False,
              dates: _Dates | None = None) -> tuple[dt.date, Precision] | None:
    """``reference_date`` with how precise it is: ``"day"`` from a full date, ``"month"`` from
    the address, ``"year"`` from a year alone. ``day_first`` is how the page writes dates in
    figures (``_date_order.day_first``). ``furniture``: ``text`` is what the cleaner took off
    the page, whose dates after a quote's or a calendar's words are not the page's.
    ``dates``: the dates of ``text`` where the caller has searched for them already."""
    found = _reference(text, url, today=today, day_first=day_first, furniture=furniture,
                       dates=dates)
    return None if found is None else (found.day, found.precision)


class _Read(NamedTuple):
    """What ``_reference`` read: the day and how precise it is; whether that day is stated
    (the address's, a dateline's, the one day the text names) rather than the latest of
    several days a story names; whether it is the address's or a dateline's, which no
    labelled stamp overrules."""

    day: dt.date
    precision: Precision
    stated: bool
    firm: bool


def _reference(text: str, url: str | None, *, today: dt.date | None, day_first: bool | None,
               furniture: bool = False, dates: _Dates | None = None) -> _Read | None:
    """``reference`` with whether its day is stated and firm (``_Read``); ``dates`` are the
    dates of ``text`` (``_Dates``)."""
    if dates is None:
        dates = _Dates(text)
    latest = (today or dt.date.today()).year
    if url:
        found_day = url_day(url)
        if found_day is not None and found_day.year <= latest:
            return _Read(found_day, "day", True, True)
        found = _URL_MONTH.search(urlsplit(url).path)
        if found is not None:
            year = int(found.group("year") or found.group("year2"))
            month = (int(found.group("month")) if found.group("month")
                     else _english_month(found.group("name")))
            if year <= latest:
                return _Read(dt.date(year, month, calendar.monthrange(year, month)[1]),
                             "month", True, True)
    matches = [match for match in dates.full()
               if not _DEADLINE_BEFORE.search(text, max(0, match.start() - _DEADLINE_LOOKBEHIND),
                                              match.start())
               and not (furniture and other_day_at(text, match.start()))]
    for match in matches:
        if match.start() > _STAMP_CHARS:
            break
        if _DATELINE_AFTER.match(text, match.end()):
            dateline = _full_date(match)
            if dateline is not None and dateline.year <= latest:
                return _Read(dateline, "day", True, True)
    dated = [(day, match) for day, match in ((_full_date(match), match) for match in matches)
             if day is not None and day.year <= latest]
    numeric = not dated
    if numeric:
        dated = [(day, match) for day, match in ((_numeric_date(match, day_first), match)
                                                 for match in dates.numeric()
                                                 if not (furniture
                                                         and other_day_at(text, match.start())))
                 if day is not None and day.year <= latest]
    if dated:
        # One day the story names dates it where it stands as a stamp, not where a sentence
        # names it ("reminding voters about Sept. 11, 2001"): that one only places periods.
        days = {day for day, _ in dated}
        stated = len(days) == 1 and any(_is_stamp(text, match, numeric=numeric, bare=True)
                                        for _, match in dated)
        return _Read(max(days), "day", stated, False)
    years = _story_years(text, latest)
    if not years and url:
        years = [int(found.group("year")) for found in _URL_YEAR.finditer(urlsplit(url).path)
                 if int(found.group("year")) <= latest]
    return _Read(dt.date(max(years), 12, 31), "year", True, False) if years else None


# A stamp that says what it is: "Published: 13 July 2018", "Posted on Jul 13, 2018 by",
# "Release time:2016-08-09", "publié le mercredi 30 octobre 2019", a byline's "Written by Jo
# Doe on July 13, 2018" or "By Jo Doe | July 13, 2018", "发布时间：2016-08-09"; a weekday and
# a clock time may stand before the day ("Posted: Fri 6:45 PM, Feb 16, 2018"). An update's
# stamp ("Last updated: ...") dates the page only where no other label does.
_CLOCK = r"[0-2]?\d[:.h][0-5]\d(?:\s?(?i:[ap]\.?m)\.?)?(?:\s?[A-Z]{2,4}\b)?"
_LABELLED_STAMP = re.compile(
    r"(?:(?i:\b(?P<label>(?:first\s+)?published|posted|post\s+date|publish\s+date|"
    r"release\s+(?:date|time)|"
    r"publication\s+date|date\s+published|publi[ée]e?|publicado|publicada|ver[öo]ffentlicht|"
    r"erschienen|data\s+de\s+publica[çc][ãa]o|fecha\s+de\s+publicaci[óo]n|"
    # A byline's date: "Written by Jo Doe, MD on ...".
    r"(?:written|posted|published|submitted)\s+by\s+[^\n|]{1,60}?\s+on)"
    r"|\b(?P<update>(?:last\s+)?(?:updated|modified|revised|reviewed)|aktualisiert|mis\s+à\s+jour|"
    r"actualizad[oa]|atualizad[oa])"
    r"|\b(?P<date>date|datum|fecha|data|dateline|created)(?=\s?:))"
    r"|(?P<cjk>发布时间|发布日期|发表时间|发表于|日期)"
    # A byline at the head of a line: "By Jo Doe | ...", "By Jo Doe, Staff Writer, ...".
    r"|(?m:^)[^\S\n]*(?P<byline>B[yY]\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:,\s+[A-Za-z][\w.'’&-]*(?:\s+[A-Za-z][\w.'’&-]*){0,4})?)\s*(?=[|·•,—–]|\son\s)"
    r"[|·•,—–]?)"
    r"(?i:(?:\s+(?:on|at|le|em|el|am))?\s*[:：]?\s*)"
    rf"(?:{WEEKDAY_WORD})?(?:{_CLOCK},?\s+(?:{WEEKDAY_WORD})?)?(?=\d|[A-Z])"
)
# "will be published on March 22, 2002": a day to come, not a stamp.
_TO_COME_BEFORE = re.compile(r"\b(?:will|to|shall)\s+be\s+$", re.IGNORECASE)
# A date in figures with a two-digit year, right after a label: "By Jo Doe, Staff, 6/20/04".
_LABELLED_SHORT_DATE = re.compile(r"([0-3]?\d)([/.-])([0-3]?\d)\2(\d\d)(?![\d/.-])")


# A label inside a sentence is another thing's: "The agency's report, published on November
# 14, ...", "Next earnings date: ...". What may stand before a page's own label on its line:
# nothing but a separator, a name ("Example Tech Published ..."), or the page saying it is the
# one ("This article was originally published on ...").
_SENTENCE_BEFORE = re.compile(r"(?:[a-z]{2,}|,)[^\S\n]*$")
_OWN_BEFORE = re.compile(
    r"(?i:\bthis\s+(?:article|story|post|piece|column|item|page|report|release|video)"
    r"(?:\s+(?:was|is|has\s+been|had\s+been))?(?:\s+(?:originally|first|last))?"
    r"|\b(?:was|is|were|has\s+been)\s+(?:originally|first|last)|\boriginally|\blast|\bfirst|"
    r"\band|\bor)[^\S\n]*$")
_LABEL_LINE_REACH = 80


def _in_sentence(text: str, label: re.Match[str]) -> bool:
    """Whether ``label`` stands inside a sentence of its line rather than as a stamp's label."""
    if label.group("byline"):
        return False
    start = max(text.rfind("\n", 0, label.start()) + 1, label.start() - _LABEL_LINE_REACH)
    before = text[start:label.start()]
    for mark in (". ", "|", "·", "•", " - ", " – ", " — ", "/ "):
        before = before.rsplit(mark, 1)[-1]
    return bool(_SENTENCE_BEFORE.search(before)) and not _OWN_BEFORE.search(before)


def _labelled_stamp(text: str, day_first: bool | None, latest: int
                    ) -> tuple[dt.date | None, dt.date | None]:
    """The day the first labelled stamp in ``text`` gives, and the day the first update's
    stamp gives ("Last updated: ..."), which dates the page only where nothing else does."""
    updated: dt.date | None = None
    for label in _labels(text):
        day = _stamp_at(text, label.end(), day_first)
        if day is None or day.year > latest or _TO_COME_BEFORE.search(
                text, max(0, label.start() - 16), label.start()) or _in_sentence(text, label):
            continue
        if not label.group("update"):
            return day, updated
        if not text.endswith("(", 0, label.start()):
            # "User Agreement (updated 5/25/18)": a policy's revision, not the page's.
            updated = updated or day
    return None, updated


# Where a label can start: found with str.find in the lower-cased text, which is many times
# faster than trying the labels' pattern at every position of a long page.
_LABEL_STARTS = ("publi", "posted", "post ", "release", "date", "datum", "data", "fecha",
                 "updated", "modified", "revised", "reviewed", "aktualisiert", "mis ",
                 "actualizad", "atualizad", "erschienen", "veröff", "veroff", "written",
                 "submitted", "created", "发布", "发表", "日期")
_BYLINE_START = re.compile(r"^[^\S\n]*B[yY]\s", re.MULTILINE)


def _labels(text: str) -> Iterator[re.Match[str]]:
    """``_LABELLED_STAMP.finditer(text)``, tried only where a label's word starts."""
    lower = text.lower()
    if len(lower) != len(text):
        # A few letters change length when lower-cased: positions would not line up.
        yield from _LABELLED_STAMP.finditer(text)
        return
    starts = {byline.start() for byline in _BYLINE_START.finditer(text)}
    for word in _LABEL_STARTS:
        position = lower.find(word)
        while position >= 0:
            starts.add(position)
            position = lower.find(word, position + 1)
    for start in sorted(starts):
        label = _LABELLED_STAMP.match(text, start)
        if label is not None:
            yield label


def _stamp_at(text: str, position: int, day_first: bool | None) -> dt.date | None:
    """The day written at ``position`` (a stamp's label ends there), or None."""
    full = _FULL_DATE.match(text, position)
    if full is not None:
        return _full_date(full)
    numeric = _NUMERIC_DATE.match(text, position)
    if numeric is not None:
        return _numeric_date(numeric, day_first)
    short = _LABELLED_SHORT_DATE.match(text, position)
    if short is None:
        return None
    return _ordered(int(short.group(1)), int(short.group(3)), 2000 + int(short.group(4)),
                    slash=short.group(2) == "/", day_first=day_first)


# A date that stands as a stamp rather than inside a sentence: nothing but a separator or a
# weekday before it on its line, and after it the line's end, a separator or a clock time.
_STAMP_BEFORE = re.compile(rf"(?:^|[|·•—–:/／]|\s--?)[^\S\n]*(?:{WEEKDAY_WORD})?"
                           rf"(?:{_CLOCK}[^\S\n]+)?$")
# A clock time before the day marks a stamp as one after it does: "21:17 18.11.2019".
_CLOCK_BEFORE = re.compile(rf"(?:^|\s){_CLOCK}[^\S\n]+$")
_STAMP_AFTER = re.compile(rf"[^\S\n]*(?:\.?$|[|·•—–]|,?[^\S\n]*(?:(?:at|à|às|um|a\s+las|@|-)"
                          rf"[^\S\n]*)?{_CLOCK})", re.MULTILINE)
# An agency's credit closing the story: "(Example News Agency June 11, 2005)".
_CREDIT_BEFORE = re.compile(r"\((?:[A-Z][\w.&'’-]*[^\S\n]+){1,6}$")
_WEEKDAY_BEFORE = re.compile(rf"{WEEKDAY_WORD}$")
# A machine's timestamp, whatever it is glued to: "2019-04-05T10:22:00Z".
_ISO_CLOCK = re.compile(r"T[0-2]\d:[0-5]\d")


def _shaped_stamp(text: str, day_first: bool | None, latest: int, *,
                  earliest: bool = False, dates: _Dates | None = None) -> dt.date | None:
    """The first day in ``text`` that a stamp's shape marks: a weekday before it or a clock
    time after it, standing apart from any sentence ("Sunday March 2, 2003", "Jul 12, 2018
    10:22 AM", "12-07-2018 | 10:22 IST"), or a machine's timestamp. With ``earliest``, only
    where no later stamp is earlier: an article's stamp comes before its comments', and a
    teaser list runs newest first. ``dates``: the dates of ``text`` where they were searched
    for already (``_Dates``)."""
    stamps: list[tuple[int, dt.date]] = []
    for match in _FULL_DATE.finditer(text) if dates is None else dates.full():
        day = _full_date(match) if _is_stamp(text, match, numeric=False) else None
        if day is not None and day.year <= latest:
            stamps.append((match.start(), day))
            if not earliest or len(stamps) == _MAX_STAMPS:
                break
    numeric_stamps = 0
    for numeric in _NUMERIC_DATE.finditer(text) if dates is None else dates.numeric_as_read():
        if stamps and not earliest and numeric.start() > stamps[0][0]:
            break
        day = _numeric_date(numeric, day_first) if _is_stamp(text, numeric, numeric=True) \
            else None
        if day is not None and day.year <= latest:
            stamps.append((numeric.start(), day))
            numeric_stamps += 1
            if not earliest or numeric_stamps == _MAX_STAMPS:
                break
    if not stamps:
        return None
    stamps.sort()
    first = stamps[0][1]
    return first if not earliest or first == min(day for _, day in stamps) else None


# How many stamps a page's furniture is searched for.
_MAX_STAMPS = 40


def _is_stamp(text: str, match: re.Match[str], *, numeric: bool, bare: bool = False) -> bool:
    """Whether a date ``match`` stands as a stamp: apart from any sentence, with a weekday
    before it or a clock time after it (``bare``: without either too, or alone in brackets),
    or a machine's timestamp, or an agency's credit."""
    if _ISO_CLOCK.match(text, match.end()):
        return True
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = text[max(line_start, match.start() - 60):match.start()]
    if numeric and match.group("a2") and match.start("a2") > match.start():
        # The two-digit year's form takes its bracket, label's mark or dash in.
        before += match.group(0)[:match.start("a2") - match.start()]
    if text.startswith(")", match.end()) and (_CREDIT_BEFORE.search(before)
                                              or (bare and before.rstrip().endswith("("))):
        return True
    if not _STAMP_BEFORE.search(before) or OTHER_DAY_BEFORE.search(before):
        return False
    after = _STAMP_AFTER.match(text, match.end())
    if after is None:
        return False
    return (bare or bool(_WEEKDAY_BEFORE.search(before) or _CLOCK_BEFORE.search(before))
            or any(char.isdigit() for char in after.group(0)))


# A page's stamp comes this long at most after the latest date its story names.
_STAMP_AFTER_STORY = dt.timedelta(days=200)


@dataclass(frozen=True, slots=True)
class PageDate:
    """The date a page's story is read against (``page_reference``).

    ``stated`` is False where the day is only the latest of several dated lines the cleaner
    took off the page (a teaser list's stamps): good enough to place "in January", not to be
    the article's own date."""

    day: dt.date
    precision: Precision
    stated: bool = True


def page_reference(text: str, *, title: str | None = None, url: str | None = None,
                   furniture: str | None = None, today: dt.date | None = None
                   ) -> PageDate | None:
    """The date a page's story is read against, and how precise it is: ``reference`` over the
    title and story, a full date stamped in ``furniture`` (the text the cleaner took off the
    page) where it fits the story, then a stamp without a year ("on Wednesday, September
    12", "Oct. 15 /PRNewswire/") placed in the year found. One reader for the claim stage
    and for ``Article.published`` where the page gives no date the cleaner could read."""
    story = f"{title or ''}\n{text}"
    order = day_first(f"{story}\n{furniture or ''}", url)
    # The story's dates and the furniture's are each searched for once, for every reading
    # below that reads the same text.
    story_dates = _Dates(story)
    furniture_dates = _Dates(furniture or "")
    read = _reference(story, url, today=today, day_first=order, dates=story_dates)
    found = None if read is None else (read.day, read.precision)
    stated = read is None or read.stated
    if read is None or not read.firm:
        # A labelled stamp beats a day, month or year the story only happens to name, and
        # a stamp by its shape ("Sunday March 2, 2003", "Jul 12, 2018 10:22 AM") beats the
        # latest of several; neither beats the address's day or a dateline.
        latest = (today or dt.date.today()).year
        page = f"{story}\n{furniture or ''}"
        stamp_day, updated = _labelled_stamp(page, order, latest)
        stamp_day = stamp_day or _title_stamp(title, order, latest)
        if stamp_day is None:
            # The furniture's may be a teaser's or the site's clock: only where the story
            # gives no one day of its own.
            stamp_day = _shaped_stamp(story[:_STAMP_CHARS], order, latest,
                                      dates=story_dates if len(story) <= _STAMP_CHARS
                                      else None)
            if stamp_day is None and furniture and (found is None or found[1] != "day"
                                                    or not stated):
                stamp_day = _shaped_stamp(furniture, order, latest, earliest=True,
                                          dates=furniture_dates)
        stamp_day = stamp_day or updated
        if stamp_day is not None and (found is None or found[1] != "month"
                                      or (stamp_day.year, stamp_day.month)
                                      == (found[0].year, found[0].month)):
            return PageDate(stamp_day, "day")
    if furniture:
        # A page's date stamp ("Published September 16, 2008") is furniture, but it is
        # still the page's date: better than a year the story happens to name, and
        # than the end of the quarter a release reports on, weeks before it came out.
        stamp = reference(furniture, today=today, day_first=order, furniture=True,
                          dates=furniture_dates)
        if stamp is not None and stamp[1] == "day" and _stamp_fits(found, stamp[0]):
            found, stated = stamp, _dated_lines(furniture) == 1
        elif found is None and stamp is not None:
            # A story that names no year at all: the page's month or year still
            # places "in May" better than nothing does.
            found = stamp
    # A labelled stamp the cleaner took off the page is its own day, before any the story names.
    placed = (place_yearless_stamp(furniture, found, labelled_only=True) if furniture else None
              ) or place_yearless_stamp(story, found)
    if placed is None and furniture:
        # A release's dateline the cleaner cut from its lead ("ANNAPOLIS, Oct. 15
        # /PRNewswire/ --"); a weekday and day in furniture may be the site's clock.
        placed = place_yearless_stamp(furniture, found, datelines_only=True)
    if placed is not None and found is not None and (found[1] != "day" or placed >= found[0]):
        found, stated = (placed, "day"), True
    return None if found is None else PageDate(found[0], found[1], stated)


# What parts a page's title: "Headline - 21/12/2018 - Sport - Site", "Headline | May 4, 2019".
_TITLE_PARTS = re.compile(r"\s[-–—|·•]\s")


def _title_stamp(title: str | None, day_first: bool | None, latest: int) -> dt.date | None:
    """The day a part of the page's title is, whole: sites put the story's date there beside
    its section and their name ("Headline - 21/12/2018 - Sport - Site")."""
    for part in _TITLE_PARTS.split(title or "")[1:]:
        part = part.strip()
        full = _FULL_DATE.fullmatch(part)
        numeric = None if full else _NUMERIC_DATE.fullmatch(part)
        day = (_full_date(full) if full else _numeric_date(numeric, day_first) if numeric
               else None)
        if day is not None and day.year <= latest:
            return day
    return None


def _dated_lines(text: str) -> int:
    """How many lines of ``text`` hold a full date."""
    return sum(1 for line in text.splitlines()
               if _FULL_DATE.search(line) or _NUMERIC_DATE.search(line))


def _stamp_fits(found: tuple[dt.date, Precision] | None, stamp: dt.date) -> bool:
    """A stamp dates the page unless the story already gives a day the stamp is not shortly
    after, or a month the stamp is not in."""
    if found is None or found[1] == "year":
        return True
    if found[1] == "month":
        return (stamp.year, stamp.month) == (found[0].year, found[0].month)
    return found[0] < stamp <= found[0] + _STAMP_AFTER_STORY


def _story_years(text: str, latest: int) -> list[int]:
    """The years a story reports on; a year it compares with ("up 5% from 2014", "compared to
    the second quarter of 2014") puts the story in a later one.

    Measured and left out: counting the years of a sentence about what is to come ("expected
    to reach $5 billion in 2030") only where no other sentence names one changed nothing on
    the fit half of reposts-dev and lost on the held-out half.
    """
    years: list[int] = []
    for match in _YEAR.finditer(text):
        year = int(match.group("year"))
        if _GOAL_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue
        if (_COMPARED_BEFORE.search(text, max(0, match.start() - 48), match.start())
                or _SINCE_BEFORE.search(text, max(0, match.start() - 8), match.start())):
            year += 1
        if year <= latest:
            years.append(year)
    return years


# A labelled stamp with a clock time: "Posted Nov 18, 8:19 PM", "Published: Jan. 5 10:02".
_LABELLED_YEARLESS = (
    r"\b(?i:posted|published)(?:\s+on)?:?\s+"
    r"(?P<month5>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+"
    rf"(?P<day5>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?:at\s+)?{_CLOCK}")
# A day without its year that dates the story itself: a weekday with it ("on Wednesday,
# September 12") or a release's dateline ("ANNAPOLIS, Md., Oct. 15 /PRNewswire/ --").
_YEARLESS_STAMP = re.compile(
    r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|,?\s+(?:19|20)\d\d|[.,]\d)"
    # "Thursday 12 July", "Thursday, 12th July": the day first.
    r"|\b(?P<weekday2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    r"(?P<day3>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<month3>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\b\.?"
    r"(?!,?\s+(?:19|20)\d\d|\s?\d)"
    r"|\b(?P<month2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+"
    r"(?P<day2>[0-3]?\d)\s*(?:/\s*PR\s?Newswire|\((?:GLOBE\s+NEWSWIRE|BUSINESS\s+WIRE|"
    r"Business\s+Wire|ACCESSWIRE|ACCESS\s+Newswire)\)|/CNW/|/\s*EINPresswire)"
    # A wire story's dateline at the head of a line: "SEOUL, May 13 (Yonhap) --",
    # "KUALA LUMPUR, Sept 12 —", "Islamabad, Jan. 3 (APP):".
    r"|(?m:^)[A-Z][A-Za-z.'’ -]{1,40}(?:,\s[A-Z][A-Za-z.]{1,20}){0,2},\s"
    r"(?P<month4>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s"
    r"(?P<day4>[0-3]?\d)(?:\s?\([A-Z][\w .&/-]{1,30}\))?\s?(?:--|—|–|-|:)(?:\s|$)"
    # The day in brackets after the place, or alone: "KUALA LUMPUR (Dec 2):", "(Dec 2): ".
    r"|(?m:^)(?:[A-Z][A-Z.'’ -]{1,40}\s)?\((?P<month6>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)[a-z]{0,6}\.?\s(?P<day6>[0-3]?\d)\)\s?(?:--|—|–|-|:)(?:\s|$)"
    rf"|{_LABELLED_YEARLESS}"
)
# Searched for alone through the whole of the furniture: a label says whose stamp it is.
_LABELLED_YEARLESS_STAMP = re.compile(_LABELLED_YEARLESS)
# Where a story dates itself: its opening.
_STAMP_CHARS = 1500
# A release comes out at most this long after the latest day its story names.
_RELEASE_AFTER = dt.timedelta(days=200)


def place_yearless_stamp(text: str, found: tuple[dt.date, Precision] | None, *,
                         datelines_only: bool = False, labelled_only: bool = False
                         ) -> dt.date | None:
    """The story's own day from a stamp without a year in its opening, with the year taken
    from ``found`` (``reference``): the year in which the weekday fits, or for a dateline the
    first such day after the latest day the story names. None without a stamp or a year."""
    if found is None:
        return None
    # A labelled stamp ("Posted Nov 19, 6:51 AM") is the page's own; a weekday and day before
    # it may be an event the story announces ("tickets go on sale Friday, Dec. 6").
    if labelled_only:
        # Teasers' stamps disagree: one day, however often printed, or none.
        stamps = list(_LABELLED_YEARLESS_STAMP.finditer(text))
        days = {(stamp.group("month5")[:3].lower(), int(stamp.group("day5"))) for stamp in stamps}
        stamp = stamps[0] if len(days) == 1 else None
    else:
        stamps = list(_YEARLESS_STAMP.finditer(text[:_STAMP_CHARS]))
        stamp = next((stamp for stamp in stamps if stamp.group("month5")),
                     stamps[0] if stamps else None)
    if stamp is None:
        return None
    groups = stamp.groupdict()
    named_weekday = groups.get("weekday") or groups.get("weekday2")
    if datelines_only and named_weekday:
        return None
    month = _english_month(next(groups[name] for name in ("month", "month2", "month3",
                                                          "month4", "month5", "month6")
                                if groups.get(name)))
    day = int(next(groups[name] for name in ("day", "day2", "day3", "day4", "day5", "day6")
                   if groups.get(name)))
    base = found[0]
    if named_weekday:
        weekday = WEEKDAY_NAMES.index(named_weekday.lower())
        # The weekday fits one year in seven: the story's latest year, the next, or the one
        # before where that year is one to come ("a tour in 2020"). A fit years after every
        # year the story names is chance, not its date.
        for year in (base.year, base.year + 1, base.year - 1):
            placed = day_or_none(year, month, day)
            if placed is not None and placed.weekday() == weekday:
                return placed
        return None
    for year in (base.year, base.year + 1):
        placed = day_or_none(year, month, day)
        if placed is not None and (found[1] != "day" or base <= placed <= base + _RELEASE_AFTER):
            return placed
    return None


def _english_month(name: str) -> int:
    """The number of a month the patterns here found by its English abbreviation ("Jan",
    "sep"): all twelve are in the month table, so a miss is a bug in a pattern."""
    number = month_number(name[:3])
    if number is None:
        raise ValueError(f"not a month: {name!r}")
    return number
