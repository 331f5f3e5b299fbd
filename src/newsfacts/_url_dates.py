"""The day a page's address names: "/2019/05/28/", "story-20190528-x", "/2005/oct/06/",
"view.php?ud=20171201000169". Read by the HTML metadata reader and by the claim stage's page
reference alike, so that a page and its periods agree on the day.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from ._month_names import month_number

# "la-xpm-1986-04-15-fi-5032", "/2019_05_28/", "/2019/5/28/", "story-20190528-x": a whole
# date in the address.
_URL_DAY = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[/_.-](0?[1-9]|1[0-2])[/_.-]([0-3]?\d)(?!\d)"
    r"|(?<![\d.])((?:19|20)\d\d)(0[1-9]|1[0-2])([0-3]\d)(?!\d|\.\d)"
    # "/view/AEN20200513002851320": a wire's story id that opens with the day it was filed.
    r"|(?<=[/A-Za-z])((?:19|20)\d\d)(0[1-9]|1[0-2])([0-3]\d)\d{4,12}(?!\d|\.\d)"
    # "/2017/0103/842364-german-unemployment": the year, then month and day in one.
    r"|(?<=/)((?:19|20)\d\d)/(0[1-9]|1[0-2])([0-3]\d)(?=/)")
# "/2005/oct/06/stocks-plummet", "story-oct-14-2024", "story-14-october-2024": a day with its
# month's name in the address.
_URL_NAMED_DAY = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)/(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]{0,6}/(?P<day>[0-3]?\d)(?!\d)"
    r"|(?<![a-z])(?P<month2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}[-_]"
    r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?[-_](?P<year2>(?:19|20)\d\d)(?!\d)"
    r"|(?<![\d])(?P<day3>[0-3]?\d)(?:st|nd|rd|th)?[-_](?P<month3>jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)[a-z]{0,6}[-_](?P<year3>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE)
# "/news/14-10-2024/story": a day written day first, where the first number cannot be a month.
_URL_DAY_FIRST = re.compile(
    r"(?<![\d.])(?P<day>1[3-9]|2\d|3[01])[-_.](?P<month>0?[1-9]|1[0-2])[-_.](?P<year>(?:19|20)\d\d)"
    r"(?![\d.]\d)")
# "view.php?ud=20171201000169": a query value that opens with the date.
_QUERY_DAY = re.compile(r"(?:^|&)[a-z_]{1,12}=((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?([0-3]\d)",
                        re.IGNORECASE)


def url_day(url: str) -> dt.date | None:
    """The day a page's address names, in figures or with its month's name, else None."""
    address = urlsplit(url)
    day = _URL_DAY.search(address.path) or _QUERY_DAY.search(address.query)
    if day is not None:
        return day_or_none(*(int(part) for part in day.groups() if part is not None))
    named = _URL_NAMED_DAY.search(address.path)
    if named is not None:
        parts = {key[:-1] if key[-1].isdigit() else key: value
                 for key, value in named.groupdict().items() if value is not None}
        return day_or_none(int(parts["year"]), month_number(parts["month"][:3]) or 0,
                           int(parts["day"]))
    first = _URL_DAY_FIRST.search(address.path)
    if first is not None:
        return day_or_none(int(first.group("year")), int(first.group("month")),
                           int(first.group("day")))
    return None


def day_or_none(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None where the calendar has no such day (February 30, month 13)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
