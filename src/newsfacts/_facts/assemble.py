"""Claim assembly: quantities + periods + sources + context -> :class:`Claim` records.

One pass per sentence that holds a quantity; sentences without one cost nothing beyond the
tokenizer. The spaCy ``Doc`` supplies sentence boundaries and, on a statistical pipeline, the
names its NER found; everything else is rules over the sentence's text.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc

from .._records import Claim, Period, Where
from .attribution import (
    NamedSources,
    SourceMention,
    find_sources,
    own_status,
    settle_scopes,
    source_for,
)
from .context import (
    Clause,
    basis_of,
    clause_at,
    direction_of,
    event_of,
    governing_clause,
    main_clause_end,
    metric_and_entity,
    split_clauses,
    status_of,
)
from .context_rules import NOT_METRICS
from .document_rules import OPENED_OR_CLOSED_AT
from .lexicon import WEEKDAY_NAMES
from .metric import parsed_metric
from .period_rules import GAME_WORDS, TWELVE_MONTHS_TO
from .periods import (
    PeriodMention,
    cites_a_work,
    find_periods,
    month_interval,
    resolve_expression,
)
from .quantities import Quantity, find_quantities
from .sentences import sentencizer_rows

_SOURCE_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP"})
_DATE_AS_MODIFIER_AFTER = re.compile(r"\s+[A-Za-z]")
_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+$")
_RELATIVE_TIME = re.compile(r"\s*(?:when|during\s+which|at\s+which\s+time)\b", re.IGNORECASE)
# Longer "sentences" are read in windows of this size (real ones are far shorter).
MAX_SENTENCE_CHARS = 1_000


def claims_from_doc(
    doc: Doc,
    *,
    published: dt.date | None,
    where: Where = "body",
    offset: int = 0,
    quantities: Sequence[Quantity] | None = None,
    named: NamedSources | None = None,
    text: str | None = None,
    sentenced: bool = True,
) -> list[Claim]:
    """The claims in ``doc``; offsets are shifted by ``offset`` (the doc's place in a text).

    ``text`` is the doc's text, when the caller has it: ``Doc.text`` joins it up again token
    by token, making a Token object for each. ``sentenced`` False: the doc is only tokenized,
    and its sentences are those the blank pipeline's sentencizer would mark
    (``sentencizer_rows``).
    """
    if text is None:
        text = doc.text
    found = list(find_quantities(text) if quantities is None else quantities)
    if not found:
        return []
    starts = [quantity.start for quantity in found]
    names = [(e.start_char, e.text) for e in doc.ents if e.label_ in _SOURCE_LABELS] if (
        doc.has_annotation("ENT_IOB")) else []
    name_starts = [position for position, _ in names]
    parsed = doc.has_annotation("DEP")
    claims: list[Claim] = []
    rows = _sentence_rows(doc) if sentenced else sentencizer_rows(doc, text)
    for start, end in _sentence_bounds(rows, len(text)):
        inside = _quantities_between(found, starts, start, end)
        if not inside:
            continue
        # A quantity the sentencizer cut in two ("Fr. 18.90") belongs to the sentence it
        # starts in, which then reaches to its end.
        end = max(end, inside[-1].end)
        first, last = bisect.bisect_left(name_starts, start), bisect.bisect_left(name_starts, end)
        found_here = assemble_sentence(text, start, end, inside, published=published,
                                       where=where, offset=offset,
                                       entity_names=[n for _, n in names[first:last]],
                                       named=named)
        claims.extend(with_parsed_metrics(doc, found_here, offset) if parsed else found_here)
    return claims


def with_parsed_metrics(doc: Doc, claims: Sequence[Claim], offset: int) -> list[Claim]:
    """On a parsed doc, each number's metric as the parse reads it, where it reads one."""
    result = []
    for claim in claims:
        found = None if claim.type == "date" else parsed_metric(
            doc, claim.start - offset, claim.end - offset)
        if found is not None:
            claim = dataclasses.replace(claim, metric=found[0], entity=found[1] or claim.entity)
        result.append(claim)
    return result


def _sentence_rows(doc: Doc) -> list[list[int]]:
    """``[IDX, LENGTH, SENT_START]`` of each token."""
    if len(doc) == 0:
        return []
    rows: list[list[int]] = doc.to_array([IDX, LENGTH, SENT_START]).tolist()
    return rows


def _sentence_bounds(rows: list[list[int]], length: int) -> Iterable[tuple[int, int]]:
    """Character spans of the doc's sentences, as ``doc.sents`` gives them, read from its
    token arrays (``_sentence_rows``): making a Token object for every word of a long story
    cost more than the claim rules."""
    if not rows:
        return
    if all(row[2] == 0 for row in rows[1:]):
        yield 0, length  # no sentence boundaries set (Doc.has_annotation's test)
        return
    start = end = rows[0][0]
    for index, length, sentence_start in rows:
        if sentence_start == 1 and index != start:
            yield start, end
            start = index
        end = index + length
    yield start, end


def _quantities_between(
    found: Sequence[Quantity], starts: Sequence[int], start: int, end: int
) -> list[Quantity]:
    """The quantities that start in ``start:end``."""
    return list(found[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)])


def assemble_sentence(
    text: str,
    start: int,
    end: int,
    quantities: Sequence[Quantity],
    *,
    published: dt.date | None,
    where: Where = "body",
    offset: int = 0,
    entity_names: Sequence[str] = (),
    named: NamedSources | None = None,
) -> list[Claim]:
    """Claims for the quantities of one sentence ``text[start:end]``.

    A "sentence" longer than any real one (a list flattened without full stops, hostile
    input) is read in windows, so that the work per number stays bounded.
    """
    if end - start > MAX_SENTENCE_CHARS:
        claims: list[Claim] = []
        starts = [quantity.start for quantity in quantities]
        for window_start, window_end in _windows(text, start, end, quantities):
            inside = _quantities_between(quantities, starts, window_start, window_end)
            if inside:
                claims.extend(_assemble_window(
                    text, window_start, window_end, inside, published=published, where=where,
                    offset=offset, entity_names=entity_names, named=named))
        return claims
    return _assemble_window(text, start, end, quantities, published=published, where=where,
                            offset=offset, entity_names=entity_names, named=named)


def _assemble_window(
    text: str,
    start: int,
    end: int,
    quantities: Sequence[Quantity],
    *,
    published: dt.date | None,
    where: Where,
    offset: int,
    entity_names: Sequence[str],
    named: NamedSources | None,
) -> list[Claim]:
    """Claims for ``text[start:end]``, a sentence or a window of a long one.

    A window is longer than MAX_SENTENCE_CHARS only when one quantity fills it (a run of
    number words), so it is read whole rather than cut again.
    """
    sentence = text[start:end]
    clauses = split_clauses(sentence)
    periods = find_periods(sentence, published)
    numeric = [q for q in quantities if q.type != "date"
               and not _inside_a_period(q, start, periods)
               and not _page_marker(sentence, q.start - start, q.end - start, q.unit)]
    main_end = main_clause_end(clauses)
    context = _Sentence(
        text=sentence,
        start=start,
        clauses=clauses,
        main_end=main_end,
        main_has_numbers=any(q.start - start < main_end for q in numeric),
        periods=periods,
        sources=settle_scopes(find_sources(sentence, entity_names), clauses,
                              [q.start - start for q in numeric]),
        published=published,
        where=where,
        offset=offset,
        paired=_respectively(sentence, [q.start - start for q in numeric], periods, published),
    )
    if named is not None:
        named.remember(context.sources, sentence)
    used_periods: set[int] = set()
    claims = [_numeric_claim(context, quantity, used_periods, named) for quantity in numeric]
    for quantity in quantities:
        if quantity.type == "date":
            claim = _date_claim(context, quantity, used_periods)
            if claim is not None:
                claims.append(claim)
    claims.sort(key=lambda claim: claim.start)
    return claims


# Units of a stretch of time: "the three months to November" names a period, no figure.
_TIME_UNITS = frozenset({"month", "week", "day", "year", "quarter"})


def _inside_a_period(quantity: Quantity, sentence_start: int,
                     periods: Sequence[PeriodMention]) -> bool:
    """Whether a stretch of time is part of a period's name ("the first six months of 2025",
    "the nine months ended September 30"): the period's words, not a claim of its own."""
    start, end = quantity.start - sentence_start, quantity.end - sentence_start
    if quantity.type == "number" and quantity.unit is None:
        # "18-24 November": the days of a span written day first, no figure.
        return any(m.rule == "day_range" and m.start <= start and end <= m.end for m in periods)
    if quantity.unit not in _TIME_UNITS:
        return False
    # A window's length ("the past two years") is a figure of its own, as NewsQuant counts it.
    return any(m.start <= start and end <= m.end and m.rule != "trailing_window"
               for m in periods)


# Numbers that mark the page rather than say anything: a feed's time stamp after a headline
# ("... at home - 14 mins ago"), a thread's post number ("1/ Inflation climbed ..."), a
# reading time.
_STAMP_BEFORE = re.compile(r"(?:^|\s[-–—|·•]\s?)(?:about )?$")
_STAMP_AFTER = re.compile(r"^ ago\s*$")
_POST_NUMBER_AFTER = re.compile(r"^/\s")
# A reading time: "2 min read", "Reading time: 3 minutes".
_READ_AFTER = re.compile(r"^\s?(?:read|reading)\b", re.IGNORECASE)
_READ_BEFORE = re.compile(r"\breading time\s?:?\s?$", re.IGNORECASE)
# A bare number in a "sentence" with no word of its own (a table row of numbers, a lone "1")
# says nothing about what it counts. A unit ("45€", "25%") still says what it is.
_WORD = re.compile(r"[^\W\d_]{2}")


def _page_marker(sentence: str, start: int, end: int, unit: str | None) -> bool:
    before, after = sentence[:start], sentence[end:]
    if _STAMP_AFTER.match(after) and _STAMP_BEFORE.search(before):
        return True
    if unit == "minute" and (_READ_AFTER.match(after) or _READ_BEFORE.search(before)):
        return True
    if not before.strip() and _POST_NUMBER_AFTER.match(after):
        return True
    return unit is None and not _WORD.search(before) and not _WORD.search(after) and not (
        _WORD.search(sentence[start:end]))


@dataclass(frozen=True, slots=True)
class _Sentence:
    """What one sentence offers every number in it; offsets are relative to ``text``."""

    text: str
    start: int
    clauses: list[Clause]
    main_end: int
    main_has_numbers: bool
    periods: list[PeriodMention]
    sources: list[SourceMention]
    published: dt.date | None
    where: Where
    offset: int
    # "... was $3.1 million and $6.0 million, respectively": each figure's period by its place.
    paired: dict[int, PeriodMention] = dataclasses.field(default_factory=dict)


def _numeric_claim(
    context: _Sentence, quantity: Quantity, used_periods: set[int], named: NamedSources | None
) -> Claim:
    sentence = context.text
    local_start, local_end = quantity.start - context.start, quantity.end - context.start
    clause = clause_at(context.clauses, local_start)
    mention = context.paired.get(local_start) or _period_for(
        sentence, local_start, local_end, clause, context.periods, context.main_end,
        context.clauses)
    if mention is not None:
        used_periods.add(mention.start)
    period = (_year_after_basis(clause, context.periods, context.published) if mention is None
              else mention.period)
    if period is None and not context.periods:
        period = _present_level(sentence, local_start, context.published)
    metric, entity = metric_and_entity(sentence, clause, local_start, local_end, context.periods,
                                       kind=quantity.type)
    governing = governing_clause(sentence, context.clauses, clause)
    source_mention = source_for(local_start, governing, context.clauses, context.sources,
                                end=local_end, main_has_numbers=context.main_has_numbers,
                                sentence=sentence)
    if named is not None:
        source_mention = named.resolve(source_mention)
    status = status_of(sentence, governing, local_start, None if period is None else period.start,
                       context.published, span=quantity.text,
                       period_end=None if period is None else period.end)
    status = own_status(status, source_mention)
    period = _ahead_if_planned(period, mention, status, context.published)
    period = _opening_or_closing(sentence, local_start, period, context.periods)
    period = _twelve_months_to(sentence, period)
    return Claim(
        text=quantity.text,
        start=quantity.start + context.offset,
        end=quantity.end + context.offset,
        sentence=sentence.strip(),
        type=quantity.type,
        value=quantity.value,
        low=quantity.low,
        high=quantity.high,
        unit=quantity.unit,
        scale=quantity.scale,
        bound=quantity.bound,
        metric=metric or _noun_in_span(quantity.text),
        entity=entity,
        direction=direction_of(sentence, clause, local_start, local_end, quantity.change_word),
        basis=basis_of(sentence, clause, local_start, local_end, context.periods),
        period=period,
        source=None if source_mention is None else source_mention.source,
        status=status,
        where=context.where,
    )


def _windows(
    text: str, start: int, end: int, quantities: Sequence[Quantity]
) -> Iterable[tuple[int, int]]:
    """Cut ``text[start:end]`` at white space into pieces of at most MAX_SENTENCE_CHARS,
    never inside a quantity."""
    spans = [(q.start, q.end) for q in quantities]
    position = start
    index = 0
    while end - position > MAX_SENTENCE_CHARS:
        limit = position + MAX_SENTENCE_CHARS
        cut = text.rfind(" ", position + MAX_SENTENCE_CHARS // 2, limit)
        cut = limit if cut < 0 else cut + 1
        while index < len(spans) and spans[index][1] <= cut:
            index += 1
        if index < len(spans) and spans[index][0] < cut:
            # The cut would split a quantity: cut before it, or after it if it starts here.
            cut = spans[index][0] if spans[index][0] > position else spans[index][1]
        yield position, cut
        position = cut
    yield position, end


def _noun_in_span(span: str) -> str | None:
    """The noun a quantity's own span ends with: "a 3% growth" measures growth."""
    last = span.split()[-1] if span.split() else ""
    if not (last.isalpha() and last.islower() and len(last) > 2) or last in NOT_METRICS:
        return None
    return last


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
    r"which|who|where|until|expect\w*|forecast\w*|said|says)\b|[;:()]", re.IGNORECASE)
# Between a period and a later number, a word that hands over to the next figure of a change:
# "from 4.9 percent in February to 4.3 percent in March" (February is the 4.9 percent's).
_OWNED_FIGURE = re.compile(
    r"['’]s?\s+(?:[a-z-]{2,20}\s+){0,2}(?:of|at)\s+(?:about\s+|around\s+|nearly\s+)?",
    re.IGNORECASE,
)
_BRACKET_AFTER = re.compile(r"\s*\(\s*")
_FIGURE_BEFORE = re.compile(r"\d[\d.,]*\s*(?:%|percent|per\s+cent|[a-z]+)?\s+(?:[a-z]+\s+){0,3}$")
_HANDS_OVER = re.compile(r"[\s,]*(?:to|from|versus|vs\.?|compared\s+(?:with|to)|and|while)\b",
                         re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"\d{4}|['’]\d{2}\b")
# Times named without a year that a forecast or target moves to the next such time: a quarter;
# a month, two months or a span of months ended long enough before the article ("OPEC+ will
# raise output in both July and August" in a June story).
_BARE_NAMED_RULES = frozenset({"quarter", "month", "pair_span", "month_range"})
_PLANNED_MONTH_GAP = 45
_BARE_WEEKDAY_RULES = frozenset({"relative_day", "foreign_day"})
_BARE_WEEKDAY = re.compile(
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lunes|martes|"
    r"mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda-feira|ter[çc]a-feira|quarta-feira|"
    r"quinta-feira|sexta-feira|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Montag|"
    r"Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)")


# A stretch shorter than this has no opening or closing level of its own worth a day (a week's
# close is its last trading day, not its Sunday).
_INSTANT_MIN_DAYS = 28


def _opening_or_closing(sentence: str, start: int, period: Period | None,
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
_YEAR_BACK_RULES = frozenset({"named_month_relative", "month_relative_year"})
# "compared to last July" in an August story: July a year back, as "last month" would name
# the July just ended.
_JUST_ENDED_DAYS = 45


# A level read off as the story is written: "Bitcoin is trading at $66,000", "the index
# stands at 45", "the RSI reads 66.78".
_PRESENT_LEVEL_BEFORE = re.compile(
    r"\b(?:(?:is|are)\s+(?:now\s+)?(?:trading|changing\s+hands|hovering|sitting|standing|"
    r"priced)|(?:now\s+)?(?:stands|trades|sits|hovers|reads))\s+(?:at\s+|around\s+|near\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+(?:over|under|above|below)\s+)?$",
    re.IGNORECASE)


def _present_level(sentence: str, start: int, published: dt.date | None) -> Period | None:
    """The article's day for a level its sentence gives in the present tense, with no time
    of its own."""
    if published is None:
        return None
    cue = _PRESENT_LEVEL_BEFORE.search(sentence, max(0, start - 48), start)
    return None if cue is None else Period(published, published, cue.group(0).strip())


def _year_after_basis(clause: Clause, periods: Sequence[PeriodMention],
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
        if published is None or end <= published:
            return Period(start, end, f"a year after {mention.period.text}")
        if mention.rule == "named_month_relative" and 0 <= (published - last).days \
                <= _JUST_ENDED_DAYS:
            return mention.period
    return None


def _twelve_months_to(sentence: str, period: Period | None) -> Period | None:
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


def _ahead_if_planned(period: Period | None, mention: PeriodMention | None, status: str,
                      published: dt.date | None) -> Period | None:
    """A forecast or target for a quarter named without its year is for the next one of that
    name: "unemployment is seen at 4.4% in the fourth quarter" in a March story is this
    year's, not last year's, which is all a bare quarter means for an actual figure."""
    if (period is None or mention is None or published is None or period.end is None
            or period.start is None or status not in ("forecast", "target")
            or period.end >= published or _YEAR_WRITTEN.search(mention.text)):
        return period
    if mention.rule in _BARE_WEEKDAY_RULES and _BARE_WEEKDAY.fullmatch(mention.text):
        # "the board will vote on Friday": the coming Friday, not the last one.
        return Period(period.start + dt.timedelta(days=7), period.end + dt.timedelta(days=7),
                      period.text)
    if mention.rule not in _BARE_NAMED_RULES or (
            mention.rule != "quarter" and (published - period.end).days < _PLANNED_MONTH_GAP):
        # A month just ended is still what a forecast made right after it is for ("expected
        # a drop of 5,000 in October" in a November story).
        return period
    return Period(period.start.replace(year=period.start.year + 1),
                  period.end.replace(year=period.end.year + 1), period.text)


def _period_for(sentence: str, start: int, end: int, clause: Clause,
                periods: Sequence[PeriodMention], main_end: int,
                clauses: Sequence[Clause] = ()) -> PeriodMention | None:
    """The period of the number at ``start:end``: nearest in its own clause, else the nearest
    one before it in the sentence (a later clause inherits the main clause's period)."""
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


_YEAR_IN = re.compile(r"\bin\s+(?:19|20)\d\d\b")


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


def _respectively(sentence: str, figure_starts: Sequence[int],
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


# Period rules whose words narrow the date written inside them: "late 2017" is a quarter of
# the year 2017 names.
_NARROWING_RULES = frozenset({"part_of_named_year"})
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_GAME_PART = re.compile(r"\b(?:quarter|half)\b", re.IGNORECASE)


def _date_claim(context: _Sentence, quantity: Quantity, used_periods: set[int]) -> Claim | None:
    """A date that is not the period of a number in its sentence is a claim of its own."""
    sentence, published = context.text, context.published
    local_start, local_end = quantity.start - context.start, quantity.end - context.start
    for mention in context.periods:
        if mention.start < local_end and local_start < mention.end and (
            mention.start in used_periods or mention.is_basis or mention.is_report_date
        ):
            return None
    if _DATE_AS_MODIFIER_AFTER.match(sentence, local_end) and (
        "-" in quantity.text
        or _POSSESSIVE_BEFORE.search(sentence[max(0, local_start - 8) : local_start])
    ):
        # "fourth-quarter GDP data", "WeWork's 2025 bond": a date naming a thing, no event.
        return None
    if ((quantity.text.lower() in WEEKDAY_NAMES or _BARE_YEAR.fullmatch(quantity.text))
            and not any(m.start <= local_start and local_end <= m.end for m in context.periods)):
        # "Black Friday", "1909 Jolinda Drive": a name the sentence's reading set aside.
        return None
    if (not any(char.isdigit() for char in quantity.text) and _GAME_PART.search(quantity.text)
            and GAME_WORDS.search(sentence)):
        # "trailed 14-10 in the third quarter before a late touchdown": a game's quarter.
        return None
    if (_BARE_YEAR.fullmatch(quantity.text)
            and cites_a_work(sentence, local_start, local_end)):
        # "Lee et al. (2015) found": when a work came out, no event of the story.
        return None
    resolved = next((m for m in context.periods if m.rule in _NARROWING_RULES
                     and m.start <= local_start and local_end <= m.end), None)
    if resolved is None:
        resolved = resolve_expression(quantity.text, published)
    if resolved is None:
        return None
    period = Period(resolved.period.start, resolved.period.end, quantity.text)
    clause = clause_at(context.clauses, local_start)
    return Claim(
        text=quantity.text,
        start=quantity.start + context.offset,
        end=quantity.end + context.offset,
        sentence=sentence.strip(),
        type="date",
        value=_date_value(period),
        metric=event_of(sentence, clause, local_start, local_end),
        period=period,
        status=status_of(sentence, clause, local_start, period.start, published),
        where=context.where,
    )


def _date_value(period: Period) -> str | None:
    """An ISO 8601 string as precise as the period: a day, a month, a year or an interval."""
    first, last = period.start, period.end
    if first is None or last is None:
        return None
    if first == last:
        return first.isoformat()
    next_day = last + dt.timedelta(days=1)
    if first.day == 1 and next_day.day == 1:
        months = (next_day.year - first.year) * 12 + next_day.month - first.month
        if months == 1:
            return f"{first.year:04d}-{first.month:02d}"
        if months == 12 and first.month == 1:
            return f"{first.year:04d}"
    return f"{first.isoformat()}/{last.isoformat()}"
