"""The date a story's periods are read against when the page shows no publication date.

"The trade gap narrowed in May" needs a year. Without the article's date, a reader takes it
from what the page does show: the month in its address ("/2018/07/"), else the latest year the
story itself names ("in the first quarter of 2018 ... in April"). The month or year found is
taken at its last day, so a bare month or quarter resolves to the latest one begun by then.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from urllib.parse import urlsplit

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "/2018/07/", "/2018-07/", "nachrichten-2026-02", "Apr2014" in a page address.
_URL_MONTH = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)[/-](?P<month>0[1-9]|1[0-2])(?:/|-|$)(?!\d)"
    r"|(?P<name>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}[-_]?"
    r"(?P<year2>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# A year the story reports on; one after "by", "until" or "to" is a goal, not the story's time.
_YEAR = re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)(?![\d%])")
_GOAL_BEFORE = re.compile(r"\b(?:by|until|till|to|through|before|in\s+the\s+year)\s+$",
                          re.IGNORECASE)


def reference_date(text: str, url: str | None = None, *,
                   today: dt.date | None = None) -> dt.date | None:
    """The last day of the month the URL names, else of the latest year ``text`` reports on
    (never after ``today``), else None."""
    latest = (today or dt.date.today()).year
    if url:
        found = _URL_MONTH.search(urlsplit(url).path)
        if found is not None:
            year = int(found.group("year") or found.group("year2"))
            month = (int(found.group("month")) if found.group("month")
                     else _MONTHS.index(found.group("name").lower()[:3]) + 1)
            if year <= latest:
                return dt.date(year, month, calendar.monthrange(year, month)[1])
    years = [int(match.group("year")) for match in _YEAR.finditer(text)
             if not _GOAL_BEFORE.search(text, max(0, match.start() - 16), match.start())]
    years = [year for year in years if year <= latest]
    return dt.date(max(years), 12, 31) if years else None
