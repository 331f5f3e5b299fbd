"""Which way a page writes a date in figures: "05/09/2017" is 9 May on a US portal and 5
September on a British, Indian or Brazilian one.

The page decides where it can: a slashed date that only one order can read ("21/05/2017",
"05/21/2017") shows the site's habit. Else the country of its address does ("...co.uk",
"...com.ng"); else nothing is known and the caller keeps its default.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Written as "(?<![\d/])([0-3]?\d)/([0-3]?\d)/(?:19|20)?\d\d(?![\d/])", with the first figure
# read as a digit, the look-behind (which reads the character before it all the same), then a
# second digit where the first is 0-3: a pattern that opens with a digit lets the engine skip
# to the next digit of a long page, where one that opens with a look-behind is tried at every
# position.
_SLASHED = re.compile(r"(\d(?<![\d/]\d)(?:(?<=[0-3])\d)?)/([0-3]?\d)/(?:19|20)?\d\d(?![\d/])")
# Countries whose addresses carry their own domain and who write the day first. Left out:
# codes sold as generic names (.co, .io, .me, .tv, .ai, .cc) and the month-first or mixed
# (.us, .ph, .ca).
_DAY_FIRST_COUNTRIES = frozenset({
    "uk", "ie", "in", "pk", "bd", "lk", "np", "ng", "gh", "ke", "ug", "tz", "za", "zw", "eg",
    "ae", "qa", "sa", "bh", "om", "kw", "jo", "sg", "my", "id", "th", "vn", "hk", "au", "nz",
    "fr", "de", "es", "pt", "br", "it", "nl", "be", "ch", "at", "ar", "mx", "cl", "pe", "ru",
    "tr", "pl", "gr",
})  # fmt: skip


def day_first(text: str, url: str | None = None) -> bool | None:
    """True where ``text`` or its address shows day-first dates, False where month-first,
    None where neither does."""
    day, month = 0, 0
    for match in _SLASHED.finditer(text) if "/" in text else ():
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second >= 1:
            day += 1
        elif second > 12 >= first >= 1:
            month += 1
    if day != month:
        return day > month
    host = (urlsplit(url).hostname or "") if url else ""
    country = host.rsplit(".", 1)[-1].lower()
    return True if country in _DAY_FIRST_COUNTRIES else None
