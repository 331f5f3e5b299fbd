"""The period a figure takes in its sentence.

The nearest time named in the figure's own clause, else the main clause's; a time that closes
the figure before it or opens the one after it is theirs; "respectively" and "the three and nine
months ended" pair figures with periods in order. The adjustments after that choice: a plan's
bare quarter or month is the next one, a level a stretch opened or closed at is one day of it,
a month's twelve-month figure covers the twelve months to it, a level in the present tense is
the article's day. ``assemble.py`` asks these for each number; ``document.py`` carries periods
across sentences afterwards.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Sequence

from .._month_names import weekday_pattern
from .._records import Period
from .context import Clause, clause_at
from .document_rules import OPENED_OR_CLOSED_AT, TIME_SPAN_UNITS, TIME_VOLUME_FROM
from .period_rules import (
    FOREIGN_DAY_LANGUAGES,
    SCHEDULED_BEFORE,
    SCHEDULED_BROKEN,
    TWELVE_MONTHS_TO,
)
from .periods import PeriodMention, find_periods, month_interval, pair_ends, same_day_in

# A clause that refers to the time named just before it: "since September last year when they
# rose 7.4%".
_RELATIVE_TIME = re.compile(r"\s*(?:when|during\s+which|at\s+which\s+time)\b", re.IGNORECASE)
# What sets a clause apart from the figure: a comma, a bracket, a dash, a conjunction.
_APART = re.compile(r"[,;()—–]|\s-\s|\band\b")
# After the figure, a relative pronoun also opens the event's own clause ("an accord that they
# signed in March"); before it, "that" only opens what was announced ("announced on Monday
# that it would hire 1,000").
_APART_AFTER = re.compile(r"[,;()—–]|\s-\s|\b(?:and|that|which|who)\b")
_CLAUSE_MARK = re.compile(r"[,;—–]")
# Between a figure and "today" right after it ("from $0.23/W today to $0.10 by 2030"): the
# level today, beside a later year.
_UNIT_GAP = re.compile(r"(?:/\w{1,6})?\s+")
# A sentence that opens with a clause of concession or cause, up to its comma ("After ..."
# and "Since ..." tell the time of what follows, so they are left out).
_OPENING_ASIDE = re.compile(
    r"\s*(?:Although|Though|Even\s+though|While|Whereas|Because|Despite|Unlike)\s"
    r"[^,;:()]{3,160},")
# Windows around the article's day: a weekday beside one is still the figure's day.
_WINDOW_RULES = frozenset({"trailing_window", "week"})
_SINCE_BEFORE = re.compile(r"\bsince\s$", re.IGNORECASE)
# Words between a number and a period in a later clause that tie the period to something else.
_LATER_PERIOD_BLOCKED = re.compile(
    r"\b(?:from|than|compared|versus|vs|against|since|after|before|while|whereas|but|when|"
    r"which|who|where|until|expect\w*|forecast\w*|said|says)\b|[;:()]"
    # German "nach" before a figure: "lag bei 2,2 Prozent, nach 2,0 Prozent im März".
    r"|\bnach(?=(?:\s+[^\W\d_]+)?\s+[-+]?\d)", re.IGNORECASE)
# Between a period and a later number, a word that hands over to the next figure of a change:
# "from 4.9 percent in February to 4.3 percent in March" (February is the 4.9 percent's).
# A period before a reading's noun owns it too: "down from the March high of 21.8%", "the
# 2018 level of 5.2%".
_OWNED_FIGURE = re.compile(
    r"(?:['’]s?\s+(?:[a-z-]{2,20}\s+){0,2}|\s+(?:high|low|peak|trough|level|reading|record)s?"
    r"\s+)(?:of|at)\s+(?:about\s+|around\s+|nearly\s+)?",
    re.IGNORECASE,
)
_BRACKET_AFTER = re.compile(r"\s*\(\s*")
# (A loss in accounting brackets is a figure too: "($.07) per share for".)
_FIGURE_BEFORE = re.compile(
    r"\d[\d.,]*\)?\s*(?:%|percent|per\s+cent|[a-z]+)?\s+(?:[a-z]+\s+){0,3}$")
_HANDS_OVER = re.compile(r"[\s,]*(?:to|from|versus|vs\.?|compared\s+(?:with|to)|and|while)\b",
                         re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"\d{4}|['’]\d{2}\b")
# Times named without a year that a forecast or target moves to the next such time: a quarter;
# a month, two months or a span of months ended long enough before the article ("OPEC+ will
# raise output in both July and August" in a June story).
_BARE_NAMED_RULES = frozenset({"quarter", "half", "month", "pair_span", "month_range"})
# How long after a quarter ends its figures come out (earnings, a first GDP estimate): an
# expectation for a bare quarter that ended longer ago is for the next one of that name.
_REPORTED_REACH = 100
_PLANNED_MONTH_GAP = 45
# A span named by the day or month it ends on, without the year ("the fiscal year ending in
# March"), and the word that says it has not ended yet.
_SPAN_TO_RULES = frozenset({"months_to", "span_ended"})
_STILL_ENDING = re.compile(r"(?i)\bending\b")
_BARE_WEEKDAY_RULES = frozenset({"relative_day", "foreign_day"})
# A day and month without the year is the next such day when something is scheduled on it.
_SCHEDULED_RULES = _BARE_NAMED_RULES | {"day_month"}
# How far before a date the words that schedule something on it may stand.
_SCHEDULED_REACH = 90
_BARE_WEEKDAY = re.compile(
    r"(?:[Oo]n\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    rf"{weekday_pattern(FOREIGN_DAY_LANGUAGES)})")


# After a length of time, "of" and a noun count days (weeks, months) inside a period ("three
# days of inflows last week"); "of the" ("within 30 days of the closing") and "of age" do not.
_COUNTED_WITHIN = re.compile(r"\s+of\s+(?!(?:the|a|an|age)\b)", re.IGNORECASE)


def length_of_time(sentence: str, start: int, end: int, unit: str | None,
                   value: float | str | None, mention: PeriodMention | None) -> bool:
    """Whether the figure at ``start:end`` is a length of time or an age set apart from the
    date its sentence names ("typically runs five days, began on October 27", "evicted in April
    and sentenced to 50 weeks", "on November 3 - nine days before the announcement"): the date
    is another event's, and a stretch is measured, it does not happen on that date. A window's
    own length ("the past 24 hours"), days counted inside a period and a date in the length's
    own clause keep it; a volume of time units ("150 billion minutes of calls") is a quantity
    like any other."""
    if (mention is None or unit not in TIME_SPAN_UNITS or not isinstance(value, (int, float))
            or value >= TIME_VOLUME_FROM):
        return False
    if mention.start <= start and end <= mention.end:
        return False
    if mention.start >= end:
        apart = _APART_AFTER.search(sentence, end, mention.start)
    else:
        apart = _APART.search(sentence, mention.end, start)
    return apart is not None and _COUNTED_WITHIN.match(sentence, end) is None


# A stretch shorter than this has no opening or closing level of its own worth a day (a week's
# close is its last trading day, not its Sunday).
_INSTANT_MIN_DAYS = 28


def opening_or_closing(sentence: str, start: int, period: Period | None,
                        periods: Sequence[PeriodMention]) -> Period | None:
    if not periods:
        return period
    found = OPENED_OR_CLOSED_AT.search(sentence, max(0, start - 64), start)
    if found is None:
        return period
    if found.group("it"):
        # "closed it at $6,973": the stretch named before.
        before = [m for m in periods if m.end <= found.start() and not m.is_basis]
        period = before[-1].period if before else period
    if period is None or period.start is None or period.end is None:
        return period
    if (period.end - period.start).days < _INSTANT_MIN_DAYS:
        return period
    day = period.start if found.group("open") else period.end
    return Period(day, day, period.text)


# A comparison with a month a year back ("up 4.3% compared to last July", "against September
# last year"): the figure is that month's, a year on.
_YEAR_BACK_RULES = frozenset({"named_month_relative", "month_relative_year", "month_year"})
# "compared to last July" in an August story: July a year back, as "last month" would name
# the July just ended.
_JUST_ENDED_DAYS = 45


# A level read off as the story is written: "Bitcoin is trading at $66,000", "the index
# stands at 45", "the RSI reads 66.78".
_PRESENT_LEVEL_BEFORE = re.compile(
    r"(?:\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:trading|changing\s+hands|hovering|sitting|"
    r"standing|priced)|\b(?:now\s+)?(?:stands|trades|sits|hovers|reads)"
    # "Ethereum is also down, trading at $3,500": the participle after the present tense.
    r"|(?<=,)\s*(?:currently\s+)?(?:trading|changing\s+hands|hovering))\s+(?:at\s+|around\s+|"
    r"near\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+(?:over|under|above|below)\s+)?$",
    re.IGNORECASE)


def present_level(sentence: str, start: int, published: dt.date | None) -> Period | None:
    """The article's day for a level its sentence gives in the present tense, with no time
    of its own."""
    if published is None:
        return None
    cue = _PRESENT_LEVEL_BEFORE.search(sentence, max(0, start - 48), start)
    return None if cue is None else Period(published, published, cue.group(0).strip())


# "hit a low of $95 on April 7 and has since rallied 81%": the change runs from the day named
# before to the article's.
_SINCE_THEN = re.compile(r"\b(?:(?:has|have|had)\s+since|since\s+then)\b", re.IGNORECASE)


def since_then(sentence: str, start: int, mention: PeriodMention | None,
               published: dt.date | None) -> Period | None:
    """The stretch from a time named before a figure to the article's date where "has since"
    or "since then" stands between them, or None."""
    if (mention is None or published is None or mention.end > start
            or mention.period.start is None or mention.period.start >= published
            or _SINCE_THEN.search(sentence, mention.end, start) is None):
        return None
    return Period(mention.period.start, published, f"since {mention.text}")


def year_after_basis(clause: Clause, periods: Sequence[PeriodMention],
                      published: dt.date | None) -> Period | None:
    """The period of a figure with no time of its own whose clause compares it with a month
    of the year before: that month a year later, where it has ended by the article's date;
    a month just ended named as the basis ("compared to last July" in August) is the one the
    figure is for, the basis the same month a year back."""
    for mention in periods:
        first, last = mention.period.start, mention.period.end
        if (not mention.is_basis or mention.rule not in _YEAR_BACK_RULES
                or mention.precision != "month" or first is None or last is None
                or not clause.start <= mention.start < clause.end):
            continue
        start, end = month_interval(first.year + 1, first.month)
        # "up 4.5% from January 2018": its year written, the basis is a year back only where
        # that month's figures are the latest out by the article's date.
        latest_out = mention.rule != "month_year" or (
            published is not None and (published - end).days <= _REPORTED_REACH)
        if published is None or (end <= published and latest_out):
            return Period(start, end, f"a year after {mention.period.text}")
        if mention.rule == "named_month_relative" and 0 <= (published - last).days \
                <= _JUST_ENDED_DAYS:
            return mention.period
    return None


def twelve_months_to(sentence: str, period: Period | None) -> Period | None:
    """A month's figure its sentence calls a twelve-month sum or rate covers the twelve months
    that end with that month."""
    if (period is None or period.start is None or period.end is None or period.start.day != 1
            or period.start.month != period.end.month or period.start.year != period.end.year
            or (period.end + dt.timedelta(days=1)).day != 1
            or not TWELVE_MONTHS_TO.search(sentence)):
        return period
    start = (dt.date(period.start.year - 1, period.start.month + 1, 1) if period.start.month < 12
             else dt.date(period.start.year, 1, 1))
    return Period(start, period.end, period.text)


def scheduled(sentence: str, start: int | None) -> bool:
    """Whether the words just before the date at ``start`` schedule something on it ("the levy
    is due to take effect in December", "will testify Thursday"), nothing done or said
    between."""
    if start is None:
        return False
    before = sentence[max(0, start - _SCHEDULED_REACH):start]
    cues = list(SCHEDULED_BEFORE.finditer(before))
    return bool(cues) and not SCHEDULED_BROKEN.search(before, cues[-1].end())


def ahead_if_planned(period: Period | None, mention: PeriodMention | None, status: str,
                      published: dt.date | None, *, is_scheduled: bool = False
                      ) -> Period | None:
    """A forecast or target for a quarter or half named without its year is for the next one
    of that name: "unemployment is seen at 4.4% in the fourth quarter" in a March story is this
    year's, not last year's, which is all a bare quarter means for an actual figure. So is an
    expectation, unless the quarter is the one just reported. A date something is scheduled
    for ("sentencing is scheduled for Feb. 14") is the next one too, whatever the status."""
    if is_scheduled:
        status = "forecast"
    if (period is None or mention is None or published is None or period.end is None
            or period.start is None or status not in ("forecast", "target", "expectation")
            or period.end >= published or _YEAR_WRITTEN.search(mention.text)):
        return period
    if status == "expectation" and (published - period.end).days <= _REPORTED_REACH:
        # What economists expected of the quarter just reported ("had expected growth of 0.8%
        # in the quarter") is of that quarter; only one ended long before is the next one's.
        return period
    if mention.rule in _BARE_WEEKDAY_RULES and _BARE_WEEKDAY.fullmatch(mention.text):
        # "the board will vote on Friday": the coming Friday, not the last one.
        return Period(period.start + dt.timedelta(days=7), period.end + dt.timedelta(days=7),
                      period.text)
    if mention.rule in _SPAN_TO_RULES and _STILL_ENDING.search(mention.text):
        # "its forecast for the fiscal year ending in March" in a November story: the year
        # that ends next March, under way, not the one that ended last March.
        return _a_year_on(period.start, period.end, period.text)
    if mention.rule not in (_SCHEDULED_RULES if is_scheduled else _BARE_NAMED_RULES) or (
            mention.rule not in ("quarter", "half")
            and (published - period.end).days < _PLANNED_MONTH_GAP):
        # A month just ended is still what a forecast made right after it is for ("expected
        # a drop of 5,000 in October" in a November story).
        return period
    return _a_year_on(period.start, period.end, period.text)


def _a_year_on(start: dt.date, end: dt.date, text: str) -> Period:
    """The period from ``start`` to ``end`` a year later (a February 29 becomes the 28th)."""
    return Period(same_day_in(start, start.year + 1), same_day_in(end, end.year + 1), text)


# "From April, the cap rises to £175": a sentence that opens on the month a change takes
# effect from, told in the present or future tense, is about the coming such month.
_OPENING_FROM_MONTH = re.compile(r"\s*From\s+$")
_TAKES_EFFECT = re.compile(
    r",\s+(?:(?!\b(?:rose|fell|was|were|had|has|have|increased|decreased|dropped|climbed)\b)"
    r"[^.;:]){0,80}?\b(?:will|rises|rise|falls|fall|goes|go|increases|increase|drops|"
    r"is|are|becomes|become|applies|apply|takes\s+effect|starts?)\b", re.IGNORECASE)


def from_month_ahead(sentence: str, period: Period | None, mention: PeriodMention | None,
                     published: dt.date | None) -> Period | None:
    """``period``, or the month a year on where the sentence opens "From <month>," and tells of
    the change in the present or future tense while that month has long passed."""
    if (period is None or mention is None or published is None or period.end is None
            or period.start is None or mention.rule != "month"
            or (published - period.end).days < _PLANNED_MONTH_GAP
            or _OPENING_FROM_MONTH.fullmatch(sentence, 0, mention.start) is None
            or _TAKES_EFFECT.match(sentence, mention.end) is None):
        return period
    return _a_year_on(period.start, period.end, period.text)


def period_for(sentence: str, start: int, end: int, clause: Clause,
                periods: Sequence[PeriodMention], main_end: int,
                clauses: Sequence[Clause] = ()) -> PeriodMention | None:
    """The period of the number at ``start:end``: nearest in its own clause, else the nearest
    one before it in the sentence (a later clause inherits the main clause's period)."""
    found = _nearest_period(sentence, start, end, clause, periods, main_end, clauses)
    if found is None or (found.rule != "year" and found.rule not in _OPENING_SPAN_RULES):
        return found
    opening = _opening_span(sentence, start, periods)
    if opening is None or (found.rule != "year" and found is not opening):
        return found
    year = found if found.rule == "year" else next(
        (m for m in periods if m.rule == "year" and m.start >= end and not m.is_basis
         and not m.is_said_time and not m.is_event), None)
    return found if year is None else _in_year_of(opening, year)


# A stretch named without its year that opens the sentence ("For the January-November period,
# exports fell 8.5% to $576 billion in 2023"): the figure's time, in the year named after it.
_OPENING_SPAN_RULES = frozenset({"month_range", "first_months", "quarter", "half", "pair_span",
                                 "month_quarter"})
_OPENING_SPAN_BEFORE = re.compile(r"\s*(?:[Ff]or|[Ii]n|[Dd]uring|[Oo]ver)\s+(?:the\s+)?")


def _opening_span(sentence: str, start: int, periods: Sequence[PeriodMention]
                  ) -> PeriodMention | None:
    """The yearless stretch that opens the sentence before the figure at ``start``, with
    nothing between that tells of another time (a report's or an expectation's words)."""
    opening = next((m for m in periods if m.end <= start), None)
    if (opening is None or opening.rule not in _OPENING_SPAN_RULES
            or _YEAR_WRITTEN.search(opening.text) is not None
            or opening.is_basis or opening.is_report_date or opening.is_said_time
            or _OPENING_SPAN_BEFORE.fullmatch(sentence, 0, opening.start) is None
            or _LATER_PERIOD_BLOCKED.search(sentence, opening.end, start) is not None):
        return None
    return opening


def _in_year_of(opening: PeriodMention, year: PeriodMention) -> PeriodMention:
    """``opening`` moved into the year ``year`` names."""
    first, last, target = opening.period.start, opening.period.end, year.period.end
    if first is None or last is None or target is None or first.year != last.year:
        return opening
    shift = target.year - last.year
    moved = Period(same_day_in(first, first.year + shift), same_day_in(last, last.year + shift),
                   opening.period.text)
    return dataclasses.replace(opening, period=moved)


def _nearest_period(sentence: str, start: int, end: int, clause: Clause,
                    periods: Sequence[PeriodMention], main_end: int,
                    clauses: Sequence[Clause] = ()) -> PeriodMention | None:
    """``period_for`` before a yearless stretch that opens the sentence is placed."""
    for mention in periods:
        if mention.rule == "trailing_window" and mention.start <= start and end <= mention.end:
            # "the past 24 hours": the window's length is a figure of that window, and no
            # other period beside it is its.
            return mention
        if mention.rule == "change_range" and mention.start <= start and end <= mention.end:
            # "from $2.8 billion in 2020 to $3.5 billion in 2030": each figure is its own
            # end's; a growth rate of the whole change, outside the span, takes the span.
            return _change_end(sentence, mention, start)
        # "compared with Wednesday's close of 1,602.30", "last year's revenue of $5 billion":
        # the figure the possessive period owns is that period's, basis or not.
        if (mention.end <= start and not mention.is_record_point
                and _OWNED_FIGURE.fullmatch(sentence, mention.end, start) is not None):
            return mention
        # "EBITDA of $96.1 million (H1 2024: $88.7 million)": a period a colon labels in
        # brackets is the labelled figure's, and no other figure's.
        if mention.end <= start and _LABEL_AFTER.fullmatch(sentence, mention.end, start):
            return mention
        # "in February (0.2%) and March (12.5%)": a figure in brackets right after a period
        # is that period's.
        if (mention.end <= start and not mention.is_basis and not mention.is_record_point
                and not mention.is_report_date and not mention.is_said_time
                and _BRACKET_AFTER.fullmatch(sentence, mention.end, start) is not None):
            return mention
    aside = _OPENING_ASIDE.match(sentence)
    aside_end = aside.end() if aside is not None and aside.end() <= start else 0
    # A figure inside that opening clause is as much apart from the times after its comma.
    aside_limit = aside.end() if aside is not None and end < aside.end() else len(sentence)
    # "Although he joined the club in 2003, he leads with 11 assists": the opening clause's
    # time is its own event's, not that of the figures after it.
    named = [m for m in periods if not m.is_basis and not m.is_report_date and not m.is_said_time
             and not _set_apart_event(sentence, m, start, end) and m.end > aside_end
             and m.start < aside_limit]
    named = _without_fiscal_aliases(sentence, named)
    if "(" in sentence:
        named = [m for m in named if not _bracket_label(sentence, m)]
    # "the highest since April" is a record's starting point, not the figure's period.
    candidates = [m for m in named if not m.is_record_point]
    own = [m for m in candidates if clause.start <= m.start < clause.end
           and not (m.start < end and start < m.end)]
    # A weekday beside a month, quarter or year is when the figure came out, not what it
    # covers: "fourth-quarter revenue of $4.82 billion on Wednesday".
    # A "since July" is a comparison point ("its weakest level since July"), no such period.
    # A period that closes the previous figure of a change ("from $7 billion in May 2016 to
    # $28 billion today") is set aside first: it is not beside this figure.
    if any(m.start >= end for m in own):
        own = [m for m in own if m.start >= end or not _handed_over(sentence, m, start)]
    if any(m.precision != "day" and m.rule not in _WINDOW_RULES
           and not _SINCE_BEFORE.search(sentence, max(0, m.start - 8), m.start) for m in own):
        own = [m for m in own if m.rule not in ("relative_day", "foreign_day")
               or (m.text.lower() == "today" and _UNIT_GAP.fullmatch(sentence, end, m.start))]
    # "slipped to 6.5 percent from 6.6 percent for December": the period "for" names after
    # the earlier level (or one after "after": "2.2 percent, after 2.0 percent in March") is
    # that level's; the new one is of the time the story is on.
    own = [m for m in own if m.start < end
           or _EARLIER_LEVEL_FOR.fullmatch(sentence, end, m.start) is None]
    change_end = _change_between_levels(sentence, own, end)
    if change_end is not None:
        return change_end
    if len(own) > 1:
        # "rose 0.9% since January and over the past 12 months 2.1%": a period after "and"
        # that a figure follows opens that figure, not this one.
        own = [m for m in own if not _opens_next_figure(sentence, m, end)] or own
    if own:
        return min(own, key=lambda m: m.start - end if m.start >= end else start - m.end)
    # A "when" clause refers to the time named just before it: "since September last year
    # when they rose 7.4%".
    if _RELATIVE_TIME.match(sentence, clause.start):
        before = [m for m in named if m.end <= clause.start]
        return before[-1] if before else None
    earlier = [m for m in candidates if m.end <= clause.start]
    if _GROWTH_RATE.search(sentence, max(0, start - 40), min(len(sentence), end + 24)):
        # "grow from $2.1 billion in 2025 to $4.8 billion by 2032, exhibiting a CAGR of 12.6%":
        # the rate of the whole change, whatever other year the sentence names first.
        change = [m for m in earlier if m.rule == "change_range"]
        if change:
            return change[-1]
    if not earlier:
        # "rose 10.2% and 9.3%, respectively, in fiscal 2020": a period later in the sentence,
        # with nothing between that starts another comparison or figure's time.
        later = [m for m in candidates if m.start >= end]
        if (later and _LATER_PERIOD_BLOCKED.search(sentence, end, later[0].start) is None
                and not _in_later_subordinate(sentence, clauses, clause, later[0])):
            return later[0]
        return None
    # The main clause's period is the sentence's: "Imports rose 5.7% in December from 2.3% in
    # November, topping expectations for 0.9%" expects 0.9% for December.
    in_main = [m for m in earlier if m.start < main_end]
    return in_main[0] if in_main else earlier[-1]


# A rate a change grows at each year.
_GROWTH_RATE = re.compile(r"\b(?:CAGR|[Cc]ompound(?:ed)?\s+annual|[Aa]nnual(?:ized)?\s+growth)")
_LABEL_AFTER = re.compile(r"\s*:\s*")
_LABEL_BEFORE = re.compile(r"\(\s*(?:[A-Za-z]+\s+){0,2}$")


def _bracket_label(sentence: str, mention: PeriodMention) -> bool:
    """Whether the mention labels a figure of its own in brackets ("(H1 2024: $88.7
    million)", "(prior year: 4.1%)")."""
    return (_LABEL_AFTER.match(sentence, mention.end) is not None
            and _LABEL_BEFORE.search(sentence, max(0, mention.start - 24), mention.start)
            is not None)


_FISCAL_WORD = re.compile(r"\b(?:[Ff]iscal|FY)")
# Between two names of one stretch: "the April-September period, the first half of fiscal
# 2025", "fiscal 2025 (April 2024 to March 2025)".
_APPOSITION = re.compile(r"\s*(?:period|months|quarter|half|year)?\s*[,(]\s*")


def fiscal_aliases(sentence: str, mentions: Sequence[PeriodMention]) -> set[int]:
    """Where the fiscal year's parts named beside the months they cover start ("the
    April-September period, the first half of fiscal 2025"): the calendar reading of the
    fiscal name is a guess, the months are not, and the name is no date of its own."""
    aliases: set[int] = set()
    if len(mentions) < 2 or _FISCAL_WORD.search(sentence) is None:
        return aliases
    for first, second in itertools.pairwise(mentions):
        if _APPOSITION.fullmatch(sentence, first.end, second.start) is None:
            continue
        fiscal_first = _FISCAL_WORD.search(first.text) is not None
        if fiscal_first != (_FISCAL_WORD.search(second.text) is not None):
            aliases.add(first.start if fiscal_first else second.start)
    return aliases


def _without_fiscal_aliases(sentence: str, mentions: list[PeriodMention]
                            ) -> list[PeriodMention]:
    aliases = fiscal_aliases(sentence, mentions)
    return [m for m in mentions if m.start not in aliases] if aliases else mentions


_YEAR_IN = re.compile(r"\b(?:in|by)\s+(?:19|20)\d\d\b")


def _change_end(sentence: str, mention: PeriodMention, number_start: int) -> PeriodMention:
    """The year of a change's figure: the first year for the figure before it, else the
    last."""
    first, last = mention.period.start, mention.period.end
    if first is None or last is None:
        return mention
    ends = list(_YEAR_IN.finditer(sentence, mention.start, mention.end))
    own = next((found for found in ends if found.start() >= number_start), ends[-1])
    year = int(own.group()[-4:])
    period = Period(max(first, dt.date(year, 1, 1)), min(last, dt.date(year, 12, 31)),
                    own.group())
    return dataclasses.replace(mention, start=own.start(), end=own.end(), text=own.group(),
                               period=period, precision="year")


def _in_later_subordinate(sentence: str, clauses: Sequence[Clause], own: Clause,
                          mention: PeriodMention) -> bool:
    """Whether a period after the figure's clause sits in a subordinate clause of its own ("...
    five companies, helping to pave the way for a landing by 2024"): that clause's time."""
    other = clause_at(clauses, mention.start) if clauses else own
    return (other.subordinate and other.start >= own.end
            and _CLAUSE_MARK.search(sentence, own.end - 1, other.start + 1) is not None)


def _set_apart_event(sentence: str, mention: PeriodMention, start: int, end: int) -> bool:
    """Whether the mention dates an event told apart from the figure ("Bitcoin, launched in
    2009, rose 5%", "the plant, which opened in March, makes 300 cars a day"): the date of
    the thing, not the figure's period ("founded in 1998 with 5 employees" keeps it)."""
    if not mention.is_event:
        return False
    if mention.end <= start:
        return _APART.search(sentence, mention.end, start) is not None
    return _APART_AFTER.search(sentence, end, mention.start) is not None


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_FOUR_DIGIT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Periods a year named once for a pair can be given: "the second quarter and first six months
# of 2020".
_YEARLESS_PARTS = frozenset({"quarter", "half", "month"})


def paired_periods(sentence: str, figure_starts: Sequence[int],
                  periods: Sequence[PeriodMention], published: dt.date | None
                  ) -> dict[int, PeriodMention]:
    """Each figure's period where "respectively" pairs as many figures with as many periods,
    in order ("for the second quarter and first six months of 2020 was $3.1 million and $6.0
    million, respectively"); a year named by one of the periods is the others' too."""
    named = [m for m in periods if not (m.is_basis or m.is_report_date or m.is_said_time
                                        or m.is_record_point)]
    if len(named) == 1 and len(figure_starts) == 2:
        shorter = _three_months_and(sentence, named[0])
        if shorter is not None:
            # "For the three and nine months ended September 30, revenue was $22.0 million and
            # $69.8 million": the quarter's figure, then the nine months'.
            first, second = sorted(figure_starts)
            return {first: shorter, second: named[0]}
    if not _RESPECTIVELY.search(sentence):
        return {}
    if len(named) == 1 and len(figure_starts) == 2:
        # "Sales in January and February were 5,000 and 6,000 units, respectively": the pair
        # read as one span is two periods, one for each figure.
        named = pair_ends(named[0], published) or named
    if len(named) < 2 or len(named) != len(figure_starts):
        return {}
    years = {found.group() for m in named for found in _FOUR_DIGIT_YEAR.finditer(m.text)}
    if len(years) == 1:
        year = years.pop()
        named = [_with_year(m, year, published) for m in named]
    return dict(zip(sorted(figure_starts), named, strict=True))


_THREE_AND_BEFORE = re.compile(r"\b(?:three|3)\s+and\s+$", re.IGNORECASE)


def _three_months_and(sentence: str, mention: PeriodMention) -> PeriodMention | None:
    """The quarter ending with a longer span that "the three and nine months ended ..." names
    beside it, or None."""
    period = mention.period
    if (period.start is None or period.end is None
            or not _THREE_AND_BEFORE.search(sentence, max(0, mention.start - 12), mention.start)):
        return None
    # The three months whose last one holds the span's last day.
    index = period.end.year * 12 + period.end.month - 3
    first = dt.date(index // 12, index % 12 + 1, 1)
    return dataclasses.replace(mention, period=Period(first, period.end, period.text))


def _with_year(mention: PeriodMention, year: str, published: dt.date | None) -> PeriodMention:
    """A quarter, half or month named without its year, read in ``year``."""
    if mention.precision not in _YEARLESS_PARTS or any(char.isdigit() for char in mention.text):
        return mention
    again = find_periods(f"{mention.text} of {year}", published)
    if len(again) != 1 or again[0].precision != mention.precision:
        return mention
    found = again[0].period
    return dataclasses.replace(mention, period=Period(found.start, found.end, mention.period.text))


# Between a figure and a later period: a bare "and" (in the languages read through the English
# view too) and at most two words; after that period, a figure of its own.
_AND_BETWEEN = re.compile(r"\s*,?\s*(?:and|et|y|e|und)\s+(?:[^\W\d_]+\s+){0,2}",
                          re.IGNORECASE)
_FIGURE_NEXT = re.compile(r"[\s,]*(?:[^\W\d_]+\s+){0,3}[-+$€£]?\d")


def _opens_next_figure(sentence: str, mention: PeriodMention, number_end: int) -> bool:
    """Whether the period after a number opens the next figure: "and over the past year 2.1%"."""
    return (mention.start >= number_end
            and _AND_BETWEEN.fullmatch(sentence, number_end, mention.start) is not None
            and _FIGURE_NEXT.match(sentence, mention.end) is not None)


# "fell 1.2% from $96 billion in February to $95 billion in March": the change reaches the
# second level's time.
# "rose to 2.2 percent, after 2.0 percent in March" (German "nach 2,0 Prozent im März"): the
# reading before, with its own time.
_LEVEL_WORDS = r"(?:[^,;()]|(?<=\d),(?=\d))"
_EARLIER_LEVEL_FOR = re.compile(
    rf"[\s,]+(?:(?:from|versus|vs\.?|compared\s+(?:with|to)|against)\s+{_LEVEL_WORDS}{{1,40}}?"
    r"\s+for"
    r"|(?:after|nach)(?:\s+(?:ebenfalls|zuvor|revidiert|revidierten|zuletzt))?\s+[-+$€£]?\d"
    rf"{_LEVEL_WORDS}{{0,40}}?\s+(?:in|im|for|during)"
    # "fallen 12% from its all-time high of $73,800 reached in March": the high's time.
    rf"|(?:from|since|below|above|off)\s+{_LEVEL_WORDS}{{1,40}}?\s+(?:reached|set|hit|touched|"
    r"recorded|seen|posted|notched)\s+(?:back\s+)?(?:in|on))\s+(?:the\s+(?:month\s+of\s+)?)?",
    re.IGNORECASE)
_FROM_LEVEL = re.compile(r"\s+from\s+[^,;()]{1,40}?\s(?:in|for|during)\s+", re.IGNORECASE)
_TO_LEVEL = re.compile(r"\s+to\s+[^,;()]{1,40}?\s(?:in|for|during)\s+", re.IGNORECASE)


def _change_between_levels(sentence: str, own: Sequence[PeriodMention], number_end: int
                           ) -> PeriodMention | None:
    """The later time of a change written as its two levels after it, or None."""
    after = [m for m in own if m.start >= number_end]
    if (len(after) >= 2 and _FROM_LEVEL.fullmatch(sentence, number_end, after[0].start)
            and _TO_LEVEL.fullmatch(sentence, after[0].end, after[1].start)):
        return after[1]
    return None


def _handed_over(sentence: str, mention: PeriodMention, number_start: int) -> bool:
    """Whether the period before a number closes the previous figure of a change: a figure
    stands just before it and "to" or "from" just after ("4.9 percent in February to")."""
    return (_HANDS_OVER.match(sentence, mention.end, number_start) is not None
            and _FIGURE_BEFORE.search(sentence, max(0, mention.start - 24), mention.start)
            is not None)
