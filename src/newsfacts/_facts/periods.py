"""Date expressions -> inclusive periods, resolved against the article's date.

The expressions are found by the rules in ``period_rules.py``; months, quarters, halves and
years are built here as whole intervals. dateparser only turns a weekday or "N days ago" that a
rule found into a day, with the article's date as ``RELATIVE_BASE`` (never ``search_dates``).
A bare month or quarter is the latest one that has begun by the article's date: in a January
2026 article "December" is December 2025 and "the fourth quarter" is 2025's.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from dateparser.date import DateDataParser

from .._month_names import FOREIGN_WEEKDAY_NUMBERS
from .._records import Period
from .lexicon import WEEKDAY_NAMES
from .period_rules import (
    BASIS_FIGURES_AFTER,
    BASIS_FIGURES_LEAD,
    BASIS_LEAD,
    BASIS_ON_LEAD,
    CITATION_AFTER,
    CITATION_BEFORE,
    CONTRACT_AFTER,
    COUNT_WORDS,
    DATE_WORD_SCAN,
    DATELINE_AFTER,
    DATELINE_BEFORE,
    EVENT_BEFORE,
    GAME_WORDS,
    MONTH_NUMBERS,
    NOT_BASIS_FROM_LEAD,
    OPENING_DAY_BEFORE,
    OPENING_DAY_REPORTED_AFTER,
    ORDINAL_NUMBERS,
    PERIOD_RULES,
    RECORD_SINCE,
    REPORTED_AFTER,
    REPORTED_BEFORE,
    REPORTED_THAT_AFTER,
    REPORTED_THAT_BEFORE,
    RULE_NEEDS,
)
from .word_scan import RuleIndex, lowered_if_faithful

Interval = tuple[dt.date, dt.date]

# Looking this far back for words that turn a date into a comparison basis is enough for
# "compared with the same period of".
_BASIS_LOOKBEHIND = 48
# A day without a year this close after the article's date is an upcoming day, not last year's.
_NEAR_FUTURE_DAYS = 45


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A date expression in a sentence: offsets into the searched text and what it names.

    ``is_record_point`` marks the date a record is measured from ("the highest since April"),
    a date claim of its own but no figure's period.
    ``is_basis`` marks a date that is the comparison point of a change ("compared to 2024"),
    which is the claim's basis rather than its period. ``is_report_date`` marks the day a
    statement was made ("said on Tuesday") or a dateline: neither a period nor a claim.
    ``is_said_time`` marks a month or year between a reporting verb and "that" ("projected in
    May that ..."): when it was said, no period of the figures in what was said.
    ``is_event`` marks the date of an event of a thing ("founded in 1998", "which matures in
    2030"), which is no figure's period when a clause sets it apart.
    ``precision`` says how wide the interval is ("day", "month", "quarter", "half", "year",
    "range").
    """

    start: int
    end: int
    text: str
    period: Period
    rule: str
    precision: str
    is_basis: bool = False
    is_report_date: bool = False
    is_said_time: bool = False
    is_record_point: bool = False
    is_event: bool = False


# "rose 5% over the past week": "over" spans a window that ends now, it compares with
# nothing (where "up 5% over last year" compares with last year).
_OVER_BEFORE = re.compile(r"\bover\s+$", re.IGNORECASE)
_OPENING_OVER = re.compile(r"[\W_]*over\s+", re.IGNORECASE)
_OPENING_FROM = re.compile(r"[\W_]*from\s+", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"\s*,")
# ("over the previous quarter" after a change is a quarter-on-quarter yardstick, where "over
# the previous 12 months" is a window.)
_WINDOW_WORDS = re.compile(r"(?:the\s+(?:past|last|previous|preceding|next|coming|upcoming)|24)\b"
                           r"(?!\s+(?:year|quarter|month|week|half)\b)", re.IGNORECASE)
# A month or year after "since" opens a span that runs to the article's date.
_SINCE_LEAD = re.compile(r"\b[Ss]ince\s+(?:(?:early|late|mid)[\s-]+)?$")
_SINCE_PRECISIONS = frozenset({"year"})
# Periods a change is measured against when "figures" or "levels" follow them.
_SINCE_PRECISIONS_ALL = frozenset({"year", "month", "quarter", "half"})
# Rules whose quarter or half may be a game's, in a sentence about one.
_GAME_PART_RULES = frozenset({"quarter", "half"})
_YEAR_DIGITS = re.compile(r"\d{2}")
# Rules whose month may name a futures contract instead of a period.
_CONTRACT_RULES = frozenset({"month", "month_year"})
# The rules that read the ends of a span, inside a span's own text.
_INSIDE_RANGE = frozenset({"date_range", "dates_joined", "month_range", "change_range", "pair_span",
                           "through_month"})

# Each rule with its precondition.
_RULES_WITH_NEEDS = RuleIndex([(rule, RULE_NEEDS[rule.name]) for rule in PERIOD_RULES])


def find_periods(text: str, published: dt.date | None,
                 skip: frozenset[str] = frozenset()) -> list[PeriodMention]:
    """Every date expression in ``text``, leftmost-longest, without overlaps (the rules named
    in ``skip`` left out)."""
    lowered = lowered_if_faithful(text)
    if not DATE_WORD_SCAN.found_in(text, lowered):
        return []
    candidates: list[tuple[int, int, str, re.Match[str]]] = []
    for rule in _RULES_WITH_NEEDS.met(text, lowered):
        if skip and rule.name in skip:
            continue
        for match in rule.pattern.finditer(text):
            if match.end() > match.start():
                candidates.append((match.start(), -match.end(), rule.name, match))
    candidates.sort(key=lambda item: (item[0], item[1]))
    mentions: list[PeriodMention] = []
    taken_until = -1
    for start, negative_end, name, match in candidates:
        if start < taken_until:
            continue
        if name in _CONTRACT_RULES and CONTRACT_AFTER.match(text, -negative_end):
            # "December gold", "for October delivery": a contract's name, no period.
            continue
        if (name in _GAME_PART_RULES and not _YEAR_DIGITS.search(match.group(0))
                and GAME_WORDS.search(text)):
            # "scored twice in the third quarter": a game's quarter, no time of the calendar.
            continue
        resolved = _resolve(name, match, published)
        if resolved is None:
            continue
        interval, precision = resolved
        end = -negative_end
        lead = text[max(0, start - _BASIS_LOOKBEHIND) : start]
        is_record_point = RECORD_SINCE.search(lead) is not None
        if (interval is not None and published is not None and not is_record_point
                and precision in _SINCE_PRECISIONS and interval[1] < published
                and _SINCE_LEAD.search(lead)):
            # "up 32% since 2007", "grounded since March": from then to the article's date.
            interval, precision = (interval[0], published), "range"
        period = Period(
            start=None if interval is None else interval[0],
            end=None if interval is None else interval[1],
            text=match.group(0),
        )
        mentions.append(
            PeriodMention(
                start=start,
                end=end,
                text=match.group(0),
                period=period,
                rule=name,
                precision=precision,
                is_basis=_is_basis(text, start, end, lead, precision),
                is_report_date=precision == "day" and _is_report_date(text, start, end),
                is_said_time=(precision in ("month", "year")
                              and REPORTED_THAT_BEFORE.search(text, max(0, start - 40), start)
                              is not None
                              and REPORTED_THAT_AFTER.match(text[end:end + 12]) is not None)
                or (name == "year" and cites_a_work(text, start, end)),
                is_record_point=is_record_point,
                is_event=EVENT_BEFORE.search(lead) is not None,
            )
        )
        taken_until = end
    return mentions


def _is_basis(text: str, start: int, end: int, lead: str, precision: str) -> bool:
    """Whether the date at ``start:end`` is the comparison point of a change, not a period."""
    if precision in _SINCE_PRECISIONS_ALL and BASIS_ON_LEAD.search(lead):
        # "up 6.1 per cent on March last year": British "on" after a change compares.
        return True
    compared = BASIS_LEAD.search(lead) is not None and not (
        # "over the past year" and "over 2024-2030" are the figure's stretch, where "over
        # 2023" is what it is measured against; "Over the first quarter, the county added
        # 800 jobs": opening the sentence, "over" is "during".
        (_OVER_BEFORE.search(lead)
         and (precision == "range" or _WINDOW_WORDS.match(text, start) is not None
              or _OPENING_OVER.fullmatch(text, 0, start) is not None))
        # "From April, the cap rises to £175": opening the sentence and closed by a comma,
        # "from" starts the stretch the figure holds for.
        or (_OPENING_FROM.fullmatch(text, 0, start) is not None
            and _COMMA_AFTER.match(text, end) is not None)
        # "data from 2002 show that 10% ...": the data's own time.
        or NOT_BASIS_FROM_LEAD.search(lead) is not None)
    return compared or (precision in _SINCE_PRECISIONS_ALL
                        and BASIS_FIGURES_LEAD.search(lead) is not None
                        and BASIS_FIGURES_AFTER.match(text, end) is not None)


def cites_a_work(text: str, start: int, end: int) -> bool:
    """Whether the year at ``start:end`` is a citation's, when a work came out: "(Bain &
    Company, 2001)", "Lee et al. (2015) found"."""
    return (CITATION_BEFORE.search(text, max(0, start - 70), start) is not None
            and CITATION_AFTER.match(text[end:end + 4]) is not None)


_OPENING_REPORT_REACH = 80


def _is_report_date(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _BASIS_LOOKBEHIND) : start]
    after = text[end : end + 24]
    if REPORTED_BEFORE.search(before) or REPORTED_AFTER.match(after):
        return True
    if (OPENING_DAY_BEFORE.match(text[:start])
            and OPENING_DAY_REPORTED_AFTER.match(text, end, end + _OPENING_REPORT_REACH)):
        return True
    return bool(DATELINE_BEFORE.match(text[:start]) and DATELINE_AFTER.match(after))


def resolve_expression(text: str, published: dt.date | None) -> PeriodMention | None:
    """The widest date expression inside ``text`` (a date quantity's own span), if any."""
    mentions = find_periods(text, published)
    if not mentions:
        return None
    return max(mentions, key=lambda mention: mention.end - mention.start)


# ---- resolution, one function per rule name ------------------------------------------------

Resolved = tuple[Interval | None, str]


def _resolve(name: str, match: re.Match[str], published: dt.date | None) -> Resolved | None:
    return _RESOLVERS[name](match.groupdict(), match.group(0), published)


# Years a period read against the article's date may reach before or after it ("a decade
# ago", "next year"), with room to spare.
_CALENDAR_MARGIN = 100


def readable_date(published: dt.date | None) -> dt.date | None:
    """``published``, or None where it lies so near the calendar's ends (a "9999-12-31" that
    stands for "unknown") that periods read against it would fall outside the dates Python
    can hold. Each entry point of the claim stage asks this of the article's date."""
    if published is None or not (dt.MINYEAR + _CALENDAR_MARGIN <= published.year
                                 <= dt.MAXYEAR - _CALENDAR_MARGIN):
        return None
    return published


def _count(groups: dict[str, str | None], default: int) -> int:
    """The count a rule's ``count`` group gives, in words or figures ("six", "12")."""
    word = (groups.get("count") or "").lower()
    return COUNT_WORDS.get(word) or (int(word) if word.isdigit() else default)


def _quarter_start(day: dt.date) -> int:
    """The first month of the quarter ``day`` falls in."""
    return 3 * ((day.month - 1) // 3) + 1


def _second_year(first: int, written: str) -> int:
    """The second year of a span over two ("2025/26", "2003-04"): written out, or the first
    year's century with its last two digits."""
    return int(written) if len(written) == 4 else first // 100 * 100 + int(written)


def month_interval(year: int, month: int) -> Interval:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def months_interval(year: int, first_month: int, months: int) -> Interval:
    last_index = year * 12 + first_month - 1 + months - 1
    start = dt.date(year, first_month, 1)
    return start, month_interval(last_index // 12, last_index % 12 + 1)[1]


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _month_number(word: str | None) -> int | None:
    return None if word is None else MONTH_NUMBERS.get(word[:3].lower())


def _year_number(word: str | None) -> int | None:
    if not word:
        return None
    digits = word.lstrip("'’")
    if not digits.isdigit():
        return None
    year = int(digits)
    return year + 2000 if year < 100 else year


def _relative_year(word: str | None, published: dt.date) -> int:
    offsets = {"last": -1, "previous": -1, "past": -1, "next": 1}
    return published.year + offsets.get((word or "this").lower(), 0)


def _year_of(groups: dict[str, str | None], published: dt.date | None) -> int | None:
    explicit = _year_number(groups.get("year")) or _year_number(groups.get("fyear"))
    if explicit is not None:
        return explicit
    if groups.get("relyear") and published is not None:
        return _relative_year(groups["relyear"], published)
    return None


def _latest_start(published: dt.date, first_month: int) -> int:
    """The year of the latest period starting at ``first_month`` that has begun by ``published``."""
    return published.year if published.month >= first_month else published.year - 1


def _months_to(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    count = _count(groups, 0)
    if not count and groups.get("span"):
        count = _SPAN_MONTHS.get((groups.get("span") or "").split()[0].lower()[:4].rstrip("-"),
                                 0)
    month = _month_number(groups.get("month"))
    year = _year_of(groups, published)
    if not count or month is None or not 1 <= count <= 24:
        return None, "range"
    if year is None:
        if published is None:
            return None, "range"
        year = _latest_start(published, month)
    first_year, first_month = _shift_month(year, month, -(count - 1))
    return months_interval(first_year, first_month, count), "range"


def _full_date(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    return _single_day(_year_number(groups.get("year")), _month_number(groups.get("month")),
                       int(groups.get("day") or 0))


def _single_day(year: int | None, month: int | None, day: int) -> Resolved:
    """The one day a year, a month and a day name, if there is such a day."""
    if (month is None or year is None or not 1 <= month <= 12
            or not 1 <= day <= calendar.monthrange(year, month)[1]):
        return None, "day"
    day_date = dt.date(year, month, day)
    return (day_date, day_date), "day"


def _day_month(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    month, day = _month_number(groups.get("month")), int(groups.get("day") or 0)
    if month is None or published is None or not 1 <= day <= 31:
        return None, "day"
    for year in (published.year, published.year - 1):
        if day > calendar.monthrange(year, month)[1]:
            continue
        candidate = dt.date(year, month, day)
        if (candidate - published).days <= _NEAR_FUTURE_DAYS:
            return (candidate, candidate), "day"
    return None, "day"


def _month_with_year(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    month, year = _month_number(groups.get("month")), _year_of(groups, published)
    if month is None or year is None:
        return None, "month"
    return month_interval(year, month), "month"


def _bare_month(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    month = _month_number(groups.get("month"))
    if month is None or published is None:
        return None, "month"
    return month_interval(_latest_start(published, month), month), "month"


def _named_month_relative(groups: dict[str, str | None], _: str, published: dt.date | None
                          ) -> Resolved:
    """"next January" is the first one after the article's month, "last May" and "this past
    May" the latest one before it, "this December" the one of the article's year; with a day
    ("next March 3", "last March 31"), the same against the article's day."""
    month = _month_number(groups.get("month"))
    if month is None or published is None:
        return None, "month"
    word = " ".join((groups.get("rel") or "").lower().split())
    day_text = groups.get("day")
    day = int(day_text) if day_text else None
    # Where the article's own day falls against the one named: "next March 3" on March 11 is
    # next year's, "last March 31" on March 11 last year's.
    named = (month, day or 1)
    now = (published.month, published.day if day else 1)
    year = published.year
    if word in ("next", "coming", "this coming") and named <= now:
        year += 1
    elif word in ("last", "past", "this past") and named >= now:
        year -= 1
    if day is None:
        return month_interval(year, month), "month"
    return _single_day(year, month, day)


def _named_month(groups: dict[str, str | None], text: str, published: dt.date | None
                 ) -> Resolved:
    """A month with the year written beside it, else the latest such month."""
    if groups.get("year"):
        return _month_with_year(groups, text, published)
    return _bare_month(groups, text, published)


def _quarter(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    ordinal = groups.get("ordinal")
    number_text = groups.get("qnum") or groups.get("qnum2")
    number = ORDINAL_NUMBERS.get(ordinal.lower()) if ordinal else None
    if number is None and number_text:
        number = int(number_text)
    if number is None:
        return None, "quarter"
    return _months_of_year(groups, published, 3 * number - 2, 3, "quarter")


def _relative_quarter(groups: dict[str, str | None], _: str, published: dt.date | None
                      ) -> Resolved:
    if published is None:
        return None, "quarter"
    word = (groups.get("rel") or "this").lower()
    delta = 1 if word in ("next", "coming") else 0 if word in ("this", "current") else -1
    if groups.get("rel") == "":
        delta = -1  # "in the quarter": the latest one that has ended
    current_first = _quarter_start(published)
    year, month = _shift_month(published.year, current_first, 3 * delta)
    return months_interval(year, month, 3), "quarter"


def _half(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    word = (groups.get("half") or "").lower()
    number = 1 if word in ("first", "1st") else 2 if word in ("second", "2nd") else None
    if number is None and groups.get("hnum"):
        number = int(groups["hnum"] or 0)
    if number not in (1, 2):
        return None, "half"
    return _months_of_year(groups, published, 1 if number == 1 else 7, 6, "half")


def _months_of_year(groups: dict[str, str | None], published: dt.date | None,
                    first_month: int, months: int, kind: str) -> Resolved:
    """A quarter or half: in the year the text names, else the latest one begun by ``published``."""
    year = _year_of(groups, published)
    if year is None:
        if published is None:
            return None, kind
        year = _latest_start(published, first_month)
    return months_interval(year, first_month, months), kind


def _year_interval(year: int) -> Interval:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _explicit_year(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    year = _year_number(groups.get("year"))
    return (None if year is None else _year_interval(year)), "year"


def _fiscal_year(groups: dict[str, str | None], text: str, published: dt.date | None
                 ) -> Resolved:
    """"fiscal 2025" is the calendar year it names; "fiscal year 2003-04" the year it ends in."""
    year = _year_number(groups.get("year"))
    second_text = groups.get("year2") or ""
    if year is not None and second_text:
        second = _second_year(year, second_text)
        if second == year + 1:
            return _year_interval(second), "year"
    return _explicit_year(groups, text, published)


def _relative_month(groups: dict[str, str | None], _: str, published: dt.date | None
                    ) -> Resolved:
    if published is None:
        return None, "month"
    word = (groups.get("rel") or "this").lower()
    if word == "past":
        # "the past month" is the month up to the article's day, "last month" the calendar one.
        return (_months_back(published, 1), published), "range"
    delta = 1 if word in ("next", "coming") else 0 if word in ("this", "current") else -1
    if groups.get("rel") == "":
        delta = -1  # "in the quarter": the latest one that has ended
    return month_interval(*_shift_month(published.year, published.month, delta)), "month"


def _part_of(groups: dict[str, str | None], published: dt.date | None,
             unit_of: Callable[[dt.date], Interval]) -> Resolved:
    """"earlier this month (year, week)": from the first day of the article's unit to its
    date; "later this ...": from its date to the unit's last day."""
    if published is None:
        return None, "range"
    first, last = unit_of(published)
    earlier = (groups.get("part") or "").lower() == "earlier"
    return ((first, published) if earlier else (published, last)), "range"


def _part_of_month(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    return _part_of(groups, published, lambda day: month_interval(day.year, day.month))


def _part_of_year(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    return _part_of(groups, published, lambda day: _year_interval(day.year))


def _part_of_week(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    return _part_of(groups, published, _week_interval)


def _week_interval(day: dt.date) -> Interval:
    """The week of ``day``, Monday to Sunday."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _year_to_date(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    if published is None:
        return None, "range"
    return (dt.date(published.year, 1, 1), published), "range"


def _unit_to_date(groups: dict[str, str | None], _: str, published: dt.date | None
                  ) -> Resolved:
    """"month-to-date", "QTD", "so far this month": from the first day of the article's month,
    quarter or week."""
    if published is None:
        return None, "range"
    unit = (groups.get("unit") or groups.get("unit2") or groups.get("unit3")
            or {"m": "month", "q": "quarter", "w": "week"}[
                (groups.get("short") or "m")[0].lower()]).lower()
    return (_first_day_of(unit, published), published), "range"


def _first_day_of(unit: str, day: dt.date) -> dt.date:
    """The first day of the year, quarter, month or week (from Monday) that holds ``day``."""
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return dt.date(day.year, _quarter_start(day), 1)
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    return dt.date(day.year, 1, 1)


def _relative_year_rule(groups: dict[str, str | None], _: str, published: dt.date | None
                        ) -> Resolved:
    if published is None:
        return None, "year"
    if (groups.get("relyear") or "").lower() == "past":
        return (_months_back(published, 12), published), "range"
    return _year_interval(_relative_year(groups.get("relyear"), published)), "year"


def _full_year(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    year_named = _year_number(groups.get("year"))
    if year_named is not None:
        return _year_interval(year_named), "year"  # "for the full year 2019"
    # Full-year figures are reported in the first months of the next year.
    if published is None:
        return None, "year"
    year = published.year - 1 if published.month <= 3 else published.year
    return _year_interval(year), "year"


def _relative_day(groups: dict[str, str | None], text: str, published: dt.date | None
                  ) -> Resolved:
    if published is None:
        return None, "day"
    day = _parse_day(text, published)
    return (None if day is None else (day, day)), "day"


def _weekday_range(groups: dict[str, str | None], _: str, published: dt.date | None
                   ) -> Resolved:
    """"from Monday to Wednesday": the last weekday as a day of its own reads it, the first
    the latest such weekday on or before it."""
    if published is None:
        return None, "range"
    last = _parse_day(groups.get("weekday2") or "", published)
    first_name = (groups.get("weekday") or "").lower()
    if last is None or first_name not in WEEKDAY_NAMES:
        return None, "range"
    first = last - dt.timedelta(days=(last.weekday() - WEEKDAY_NAMES.index(first_name)) % 7)
    return (first, last), "range"


def _previous_session(groups: dict[str, str | None], _: str, published: dt.date | None
                      ) -> Resolved:
    if published is None:
        return None, "day"
    day = weekday_before(published)
    return (day, day), "day"


def weekday_before(day: dt.date) -> dt.date:
    """The trading day before ``day``: Friday before a Monday."""
    day -= dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def _week_to_day(groups: dict[str, str | None], _: str, published: dt.date | None
                 ) -> Resolved:
    if published is None:
        return None, "range"
    day = _parse_day(groups.get("weekday") or "", published)
    if day is None:
        return None, "range"
    return (day - dt.timedelta(days=6), day), "range"


# Days before the article's, by the word that names them.
_FOREIGN_DAYS_BACK = {"ayer": 1, "ontem": 1, "hier": 1, "gestern": 1, "hoy": 0, "hoje": 0,
                      "heute": 0, "aujourd'hui": 0, "aujourd’hui": 0}


def _foreign_day(groups: dict[str, str | None], _: str, published: dt.date | None
                 ) -> Resolved:
    """The latest such weekday by the article's date (the article's own day for its weekday),
    or the day before it, or the day itself."""
    word = (groups.get("word") or "").lower()
    if published is None:
        return None, "day"
    back = _FOREIGN_DAYS_BACK.get(word)
    if back is None:
        weekday = FOREIGN_WEEKDAY_NUMBERS.get(word)
        if weekday is None:
            return None, "day"
        back = (published.weekday() - weekday) % 7
    day = published - dt.timedelta(days=back)
    return (day, day), "day"


def _foreign_this(groups: dict[str, str | None], _: str, published: dt.date | None
                  ) -> Resolved:
    if published is None:
        return None, "year" if groups.get("year") else "month"
    if groups.get("year"):
        return _year_interval(published.year), "year"
    return month_interval(published.year, published.month), "month"


def _dotted_date(groups: dict[str, str | None], _: str, published: dt.date | None
                 ) -> Resolved:
    year, month, day = (int(groups.get(key) or 0) for key in ("year", "mnum", "day"))
    return _single_day(year, month, day)


_LEADING_ON = re.compile(r"^(?:on|coming)\s+", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _parse_day(expression: str, published: dt.date) -> dt.date | None:
    words = _LEADING_ON.sub("", expression.strip())
    # News names the day it is published by its weekday: "rose 1.2% on Tuesday" in a Tuesday
    # story is that day, where dateparser would go back a week.
    if words.lower() == WEEKDAY_NAMES[published.weekday()]:
        return published
    this, _, weekday = words.lower().partition(" ")
    if this == "this" and weekday in WEEKDAY_NAMES:
        # "this Monday" is the Monday of the article's week (Monday to Sunday), gone by or
        # to come, where dateparser always looks ahead.
        return published + dt.timedelta(days=WEEKDAY_NAMES.index(weekday) - published.weekday())
    if expression.lower().startswith("coming"):
        words = "next " + words
    parsed = _date_parser(published).get_date_data(words)
    return None if parsed.date_obj is None else parsed.date_obj.date()


@functools.lru_cache(maxsize=64)
def _date_parser(published: dt.date) -> DateDataParser:
    base = dt.datetime(published.year, published.month, published.day)
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )


# The units of a window in days, or in months for months and longer.
_WINDOW_DAYS = {"hours": 1 / 24, "days": 1, "weeks": 7, "fortnights": 14}
_WINDOW_MONTHS = {"months": 1, "years": 12, "decades": 120}
# Windows longer than this are read as no period: "the past 500 years" is history, not data.
_WINDOW_MAX_MONTHS = 600
_WINDOW_MAX_DAYS = 3660


def _window_size(groups: dict[str, str | None]) -> tuple[int, str]:
    """How many of which unit a window spans: "the past two decades" is (2, "decades"), "the
    past fortnight" (1, "fortnights")."""
    count = _count(groups, 1)
    single = groups.get("unit2") or groups.get("unit1") or "day"
    unit = (groups.get("unit") or single).lower()
    # "a 7-day gain" names its unit in the singular.
    return count, unit if unit.endswith("s") else unit + "s"


def _trailing_window(groups: dict[str, str | None], _: str, published: dt.date | None
                     ) -> Resolved:
    """"the past three months" ends on the article's day and starts that long before it;
    a day or 24 hours is the article's day and the one before (a window of 24 hours spans
    two calendar days)."""
    if published is None:
        return None, "range"
    count, unit = _window_size(groups)
    if unit == "quarters":
        # "the past two quarters": the whole quarters that have ended by the article's date.
        year, month = _shift_month(published.year, _quarter_start(published), -3 * count)
        return months_interval(year, month, 3 * count), "range"
    if unit in _WINDOW_MONTHS:
        months = count * _WINDOW_MONTHS[unit]
        if months > _WINDOW_MAX_MONTHS:
            return None, "range"
        return (_months_back(published, months), published), "range"
    days = max(1, math.ceil(count * _WINDOW_DAYS[unit]))
    if days > _WINDOW_MAX_DAYS:
        return None, "range"
    return (published - dt.timedelta(days=days), published), "range"


def _coming_window(groups: dict[str, str | None], _: str, published: dt.date | None
                   ) -> Resolved:
    """"the next five years" starts the day after the article's and ends that long after it;
    "the next two quarters" are the whole quarters after the current one."""
    if published is None:
        return None, "range"
    count, unit = _window_size(groups)
    first = published + dt.timedelta(days=1)
    if unit == "quarters":
        year, month = _shift_month(published.year, _quarter_start(published), 3)
        return months_interval(year, month, 3 * count), "range"
    if unit in _WINDOW_MONTHS:
        months = count * _WINDOW_MONTHS[unit]
        if months > _WINDOW_MAX_MONTHS:
            return None, "range"
        return (first, _months_back(published, -months)), "range"
    days = count * _WINDOW_DAYS.get(unit, 1)
    if days > _WINDOW_MAX_DAYS:
        return None, "range"
    return (first, published + dt.timedelta(days=math.ceil(days))), "range"


def _decade(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    if groups.get("short") is not None:
        # "the '20s": the latest such decade that has begun by the article's date.
        # Without a date, a decade past the 2020s is the last century's.
        first = 2000 + 10 * int(groups["short"] or 0)
        latest = published.year if published is not None else 2029
        if first > latest:
            first -= 100
    else:
        first = 100 * int(groups.get("century") or 0) + 10 * int(groups.get("tens") or 0)
    return (dt.date(first, 1, 1), dt.date(first + 9, 12, 31)), "range"


def _months_back(day: dt.date, months: int) -> dt.date:
    year, month = _shift_month(day.year, day.month, -months)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _year_span(groups: dict[str, str | None], text: str, published: dt.date | None
               ) -> Resolved | None:
    first = _year_number(groups.get("year"))
    second_text = groups.get("year2") or ""
    if first is None or not second_text.isdigit():
        return None
    second = _second_year(first, second_text)
    if second != first + 1 and not (len(second_text) == 4 and first < second):
        # "2019-25" is a stretch of years or a score, not one season; "2019-2025", with both
        # years written out, is the stretch.
        return None
    if second == first + 1 and (len(second_text) == 2 or "/" in text):
        # "the 2024/25 season", "fiscal 2002/03", "the 2023-24 marketing year": one year
        # across two, read as July to June, the middle of the calendars such years keep
        # (a stated fiscal year end moves it: ``document.py``).
        return (dt.date(first, 7, 1), dt.date(second, 6, 30)), "range"
    return (dt.date(first, 1, 1), dt.date(second, 12, 31)), "range"


_SPAN_MONTHS = {"quarter": 3, "half": 6, "year": 12, "three": 3, "six": 6, "nine": 9, "twelve": 12,
                "quar": 3, "3": 3, "6": 6, "9": 9, "12": 12}
_SPAN_FIRST_WORD = re.compile(r"[\s-]")


def _span_ended(groups: dict[str, str | None], text: str, published: dt.date | None
                ) -> Resolved:
    if groups.get("day") is not None and groups.get("year") is None:
        # "the second quarter ended June 30": the latest such day.
        resolved, _ = _day_month(groups, text, published)
    elif groups.get("day") is None:
        # "the year ended June 2024": the span ends with that month.
        month, year = _month_number(groups.get("month")), _year_number(groups.get("year"))
        resolved = None if month is None or year is None else month_interval(year, month)
    else:
        resolved, _ = _full_date(groups, text, published)
    # "half-year", "half year" and "half" are six months; "12 months" twelve.
    span = _SPAN_FIRST_WORD.split((groups.get("span") or "").lower(), maxsplit=1)[0]
    months = _SPAN_MONTHS.get(span)
    if resolved is not None and span == "week":
        # "the week ended January 10": the seven days up to that day.
        return (resolved[1] - dt.timedelta(days=6), resolved[1]), "range"
    if resolved is None or months is None:
        return None, "range"
    last = resolved[1]
    if (last + dt.timedelta(days=1)).day == 1:
        # Ending on a month's last day, the span is whole months: "the nine months ended
        # September 30" starts on January 1.
        year, month = _shift_month(last.year, last.month, 1 - months)
        return (dt.date(year, month, 1), last), "range"
    year, month = _shift_month(last.year, last.month, -months)
    day = min(last.day, calendar.monthrange(year, month)[1])
    return (dt.date(year, month, day) + dt.timedelta(days=1), last), "range"


def _first_months(groups: dict[str, str | None], _: str, published: dt.date | None
                  ) -> Resolved:
    count = _count(groups, 0)
    if not 1 <= count <= 12:
        return None, "range"
    year = _year_of(groups, published)
    if year is None:
        if published is None:
            return None, "range"
        # The latest such stretch that has ended by the article's date.
        year = published.year if published.month > count else published.year - 1
    return months_interval(year, 1, count), "range"


def _last_months(groups: dict[str, str | None], _: str, published: dt.date | None
                 ) -> Resolved:
    """"the last six months of 2017": the closing months of the year named."""
    count = _count(groups, 0)
    year = _year_of(groups, published)
    if not 1 <= count <= 12 or year is None:
        return None, "range"
    return months_interval(year, 13 - count, count), "range"


def _years_ago(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    """"ten years ago" is that year (a month "months ago"): news rounds such a distance."""
    count = _count(groups, 0)
    if published is None or count < 1:
        return None, "year"
    if (groups.get("unit") or "").lower().startswith("month"):
        year, month = _shift_month(published.year, published.month, -count)
        return month_interval(year, month), "month"
    return _year_interval(published.year - count), "year"


def _year_to_month(groups: dict[str, str | None], text: str, published: dt.date | None
                   ) -> Resolved:
    return _months_to({**groups, "count": "twelve"}, text, published)


def _month_quarter(groups: dict[str, str | None], _: str, published: dt.date | None
                   ) -> Resolved:
    month = _month_number(groups.get("month"))
    if month is None:
        return None, "quarter"
    return _months_of_year(groups, published, month - 2, 3, "quarter")


def _date_range(groups: dict[str, str | None], text: str, published: dt.date | None
                ) -> Resolved | None:
    """Both ends read by the other rules; an end without its year takes the other end's."""
    ends = [m for m in find_periods(text, published, _INSIDE_RANGE) if m.period.start is not None]
    if len(ends) < 2:
        return None
    first, last = ends[0].period, ends[-1].period
    start, end = first.start, last.end
    if start is None or end is None:
        return None, "range"
    if not _YEAR_DIGITS.search(ends[0].text) and _YEAR_DIGITS.search(ends[-1].text):
        start = same_day_in(start, end.year)
    if start > end and not _YEAR_DIGITS.search(ends[0].text):
        start = same_day_in(start, start.year - 1)
    if start > end:
        return None
    return (start, end), "range"


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def same_day_in(day: dt.date, year: int) -> dt.date:
    """``day`` in ``year`` (February 29 as the 28th where that year has none)."""
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def _pair_span(groups: dict[str, str | None], text: str, published: dt.date | None
               ) -> Resolved | None:
    """Two times joined by "and" are one span only when the second follows the first ("July
    and August" in the same year, a month without a year taking the other's)."""
    ends = [m for m in find_periods(text, published, _INSIDE_RANGE) if m.period.start is not None]
    if len(ends) != 2 or ends[0].precision != ends[1].precision:
        return None
    first, second = ends[0].period, ends[1].period
    if first.start is None or first.end is None or second.start is None or second.end is None:
        return None
    second_start, second_end = second.start, second.end
    if not _YEAR_DIGITS.search(ends[1].text) and not _YEAR_DIGITS.search(ends[0].text):
        shift = first.end.year - second_start.year + (1 if first.end.month == 12 else 0)
        second_start = same_day_in(second_start, second_start.year + shift)
        second_end = same_day_in(second_end, second_end.year + shift)
    if first.end + dt.timedelta(days=1) != second_start:
        return None
    return (first.start, second_end), "range"


def pair_ends(mention: PeriodMention, published: dt.date | None) -> list[PeriodMention]:
    """The two times a "July and August" span joins, each on its own (in the sentence's
    offsets), for a "respectively" that gives each its own figure; [] for any other mention."""
    if mention.rule != "pair_span":
        return []
    ends = [m for m in find_periods(mention.text, published, _INSIDE_RANGE)
            if m.period.start is not None]
    if len(ends) != 2:
        return []
    return [dataclasses.replace(m, start=m.start + mention.start, end=m.end + mention.start)
            for m in ends]


def _through_month(groups: dict[str, str | None], text: str, published: dt.date | None
                   ) -> Resolved:
    month = _month_number(groups.get("month"))
    if month is None:
        return None, "range"
    resolved, _ = _named_month(groups, text, published)
    if resolved is None:
        return None, "range"
    if published is not None and resolved[1].year > published.year:
        # "spend $2.6 billion through November 2028": from the day after the article's.
        return (published + dt.timedelta(days=1), resolved[1]), "range"
    return (dt.date(resolved[1].year, 1, 1), resolved[1]), "range"


def _year_so_far(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    year = _year_number(groups.get("year"))
    if year is None:
        return None, "range"
    if published is not None and published.year == year:
        return (dt.date(year, 1, 1), published), "range"
    return _year_interval(year), "range"


def _part_of_named_year(groups: dict[str, str | None], _: str, published: dt.date | None
                        ) -> Resolved:
    year = _year_of(groups, published)
    if year is None:
        return None, "quarter"
    late = (groups.get("part") or "").lower() in ("late", "later")
    return months_interval(year, 10 if late else 1, 3), "quarter"


def _first_days(groups: dict[str, str | None], text: str, published: dt.date | None
                ) -> Resolved:
    """"the first 10 days of May": from the month's first day, that many days."""
    month, _ = _named_month(groups, text, published)
    count = _count(groups, 0)
    if month is None or not 1 <= count <= 31:
        return None, "range"
    return (month[0], min(month[1], month[0] + dt.timedelta(days=count - 1))), "range"


def _since_end_of(groups: dict[str, str | None], _: str, published: dt.date | None
                  ) -> Resolved:
    year = _year_number(groups.get("year"))
    if published is None or year is None:
        return None, "range"
    month = _month_number(groups.get("month")) or 12
    after = month_interval(year, month)[1] + dt.timedelta(days=1)
    return ((after, published) if after <= published else None), "range"


def _since_start_of(groups: dict[str, str | None], _: str, published: dt.date | None
                    ) -> Resolved:
    """"since the start of the year" runs from the year's first day to the article's date."""
    if published is None:
        return None, "range"
    year = _year_number(groups.get("year"))
    unit = (groups.get("unit") or "year").lower()
    month = _month_number(groups.get("month"))
    if month is not None:
        # "since the start of October": the latest October begun, unless a year is named.
        first = dt.date(year if year is not None else _latest_start(published, month), month, 1)
    elif year is not None:
        first = dt.date(year, 1, 1)
    else:
        first = _first_day_of(unit, published)
    return ((first, published) if first <= published else None), "range"


def _month_end(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    month, year = _month_number(groups.get("month")), _year_number(groups.get("year"))
    if month is None and year is not None:
        month = 12  # "at the end of 2023"
    if month is not None and year is None and published is not None:
        year = _latest_start(published, month)
    if month is None or year is None:
        return None, "day"
    last = month_interval(year, month)[1]
    return (last, last), "day"


def _unit_end(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    """The last day of a year, quarter or month named by its place against the article's
    date: "at the end of last year", "at the end of the first quarter" (the latest one begun),
    "by the end of this year"."""
    if published is None:
        return None, "day"
    if groups.get("ordinal"):
        number = ORDINAL_NUMBERS[(groups["ordinal"] or "").lower()]
        named_year = _year_number(groups.get("year"))
        year = named_year or _latest_start(published, 3 * number - 2)
        last = months_interval(year, 3 * number - 2, 3)[1]
        if (named_year is None and last > published
                and (groups.get("prep") or "").lower() != "by"):
            # A level "at the end of the first quarter" is one that has been: the latest such
            # day gone by ("by the end of the first quarter" is the one to come).
            last = months_interval(year - 1, 3 * number - 2, 3)[1]
        return (last, last), "day"
    unit = (groups.get("unit") or "year").lower()
    months = {"year": 12, "quarter": 3, "month": 1}[unit]
    current_first = (1 if unit == "year" else _quarter_start(published) if unit == "quarter"
                     else published.month)
    rel = (groups.get("rel") or "").lower()
    # "by the end of the year": a goal for the year under way.
    ahead = rel in ("this", "current") or (not rel and (groups.get("prep") or "").lower() == "by")
    year, month = _shift_month(published.year, current_first, 0 if ahead else -months)
    last = months_interval(year, month, months)[1]
    return (last, last), "day"


def _moment(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    return (None if published is None else (published, published)), "day"


def _week(groups: dict[str, str | None], _: str, published: dt.date | None) -> Resolved:
    if published is None:
        return None, "range"
    monday = published - dt.timedelta(days=published.weekday())
    if groups.get("begin"):
        return (monday, monday), "day"
    if groups.get("weekend"):
        saturday = monday - dt.timedelta(days=2)
        return (saturday, saturday + dt.timedelta(days=1)), "range"
    word = (groups.get("rel") or "this").lower()
    if groups.get("days"):
        # A weekend: Saturday and Sunday of the article's week; "next weekend" said on one
        # is the one after it.
        saturday = monday + dt.timedelta(days=5)
        if word in ("last", "past", "previous"):
            saturday -= dt.timedelta(days=7)
        elif word in ("next", "coming") and published >= saturday:
            saturday += dt.timedelta(days=7)
        return (saturday, saturday + dt.timedelta(days=1)), "range"
    if word == "past":
        return (published - dt.timedelta(days=7), published), "range"
    if word in ("last", "previous"):
        monday -= dt.timedelta(days=7)
    elif word in ("next", "coming"):
        monday += dt.timedelta(days=7)
    return (monday, monday + dt.timedelta(days=6)), "range"


_NTH_WEEK = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
             "4th": 3}


def _week_of_month(groups: dict[str, str | None], text: str, published: dt.date | None
                   ) -> Resolved:
    """Weeks run Monday to Sunday: the first week of a month or year is the one holding its
    first day, the last week the one holding its last day."""
    if groups.get("month") is None:
        year = _year_number(groups.get("year"))
        stretch = None if year is None else _year_interval(year)
    else:
        stretch, _ = _named_month(groups, text, published)
    if stretch is None:
        return None, "range"
    nth = (groups.get("nth") or "").lower()
    if nth in ("last", "final"):
        monday = stretch[1] - dt.timedelta(days=stretch[1].weekday())
    else:
        monday = stretch[0] - dt.timedelta(days=stretch[0].weekday())
        monday += dt.timedelta(days=7 * _NTH_WEEK.get(nth, 0))
    return (monday, monday + dt.timedelta(days=6)), "range"


def _day_range(groups: dict[str, str | None], text: str, published: dt.date | None
               ) -> Resolved | None:
    """"March 3-7", "Nov. 18-Dec. 19, 2015": a month's days joined by a dash; without a year,
    the end is the latest such day by the article's date."""
    first_month = _month_number(groups.get("month"))
    last_month = _month_number(groups.get("month2")) or first_month
    day, day2 = int(groups.get("day") or 0), int(groups.get("day2") or 0)
    if first_month is None or last_month is None:
        return None
    if last_month == first_month and not day < day2:
        return None  # "June 3-1" is a score, not a span
    ends_groups = {"month": groups.get("month2") or groups.get("month"), "day": str(day2),
                   "year": groups.get("year")}
    resolved, _ = (_full_date(ends_groups, text, published) if groups.get("year")
                   else _day_month(ends_groups, text, published))
    if resolved is None:
        return None
    end = resolved[1]
    year = end.year if first_month <= last_month else end.year - 1
    if not 1 <= day <= calendar.monthrange(year, first_month)[1]:
        return None
    return (dt.date(year, first_month, day), end), "range"


_RESOLVERS: dict[
    str, Callable[[dict[str, str | None], str, dt.date | None], Resolved | None]
] = {
    "months_to": _months_to,
    "date_range": _date_range,
    "dates_joined": _date_range,
    "month_range": _date_range,
    "change_range": _date_range,
    "pair_span": _pair_span,
    "through_month": _through_month,
    "year_so_far": _year_so_far,
    "part_of_named_year": _part_of_named_year,
    "first_days": _first_days,
    "first_months": _first_months,
    "last_months": _last_months,
    "years_ago": _years_ago,
    "year_to_month": _year_to_month,
    "month_quarter": _month_quarter,
    "since_end_of": _since_end_of,
    "since_start_of": _since_start_of,
    "month_end": _month_end,
    "unit_end": _unit_end,
    "moment": _moment,
    "week": _week,
    "span_ended": _span_ended,
    "day_month_year": _full_date,
    "month_year": _month_with_year,
    "month_relative_year": _month_with_year,
    "day_month": _day_month,
    "day_first": _day_month,
    "month": _bare_month,
    "named_month_relative": _named_month_relative,
    "quarter": _quarter,
    "relative_quarter": _relative_quarter,
    "week_to_day": _week_to_day,
    "previous_session": _previous_session,
    "half": _half,
    "fiscal_year": _fiscal_year,
    "relative_month": _relative_month,
    "part_of_month": _part_of_month,
    "part_of_year": _part_of_year,
    "part_of_week": _part_of_week,
    "year_to_date": _year_to_date,
    "unit_to_date": _unit_to_date,
    "relative_year": _relative_year_rule,
    "full_year": _full_year,
    "year": _explicit_year,
    "year_span": _year_span,
    "relative_day": _relative_day,
    "weekday_range": _weekday_range,
    "foreign_day": _foreign_day,
    "dotted_date": _dotted_date,
    "foreign_this": _foreign_this,
    "trailing_window": _trailing_window,
    "coming_window": _coming_window,
    "decade": _decade,
    "week_of_month": _week_of_month,
    "day_range": _day_range,
}
