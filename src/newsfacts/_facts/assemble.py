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
from .figure_period import (
    ahead_if_planned,
    fiscal_aliases,
    from_month_ahead,
    opening_or_closing,
    paired_periods,
    period_for,
    present_level,
    scheduled,
    since_then,
    twelve_months_to,
    year_after_basis,
)
from .lexicon import WEEKDAY_NAMES
from .metric import parsed_metric
from .period_rules import COUNTERFACTUAL, GAME_WORDS
from .periods import (
    PeriodMention,
    cites_a_work,
    find_periods,
    resolve_expression,
)
from .quantities import Quantity, find_quantities
from .sentences import sentencizer_rows

_SOURCE_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP"})
# A period named by a company's own year, without the day it ends: "Q3 FY24", "fiscal 2025"
# (not "the quarter of fiscal 2024 ended June 30").
_FISCAL_LABEL = re.compile(r"^(?!.*\bend(?:ed|ing|s)\b).*(?:(?i:\bfiscal\b)|FY(?=\s?'?\d))",
                           re.DOTALL)
# The same label written before a bare year the period reader took alone: "fiscal 2025", "FY 2025".
_FISCAL_BEFORE = re.compile(r"(?:(?i:\bfiscal(?:\s+year)?)|\bFY)\s?'?$")

_DATE_AS_MODIFIER_AFTER = re.compile(r"\s+[A-Za-z]")
_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+$")
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
               and not _inside_a_period(q, start, periods, sentence)
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
        paired=paired_periods(sentence, [q.start - start for q in numeric], periods, published),
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


_APOSTROPHES = frozenset("'’")
# Units of a stretch of time: "the three months to November" names a period, no figure.
_TIME_UNITS = frozenset({"month", "week", "day", "year", "quarter"})


def _inside_a_period(quantity: Quantity, sentence_start: int,
                     periods: Sequence[PeriodMention], sentence: str) -> bool:
    """Whether a stretch of time is part of a period's name ("the first six months of 2025",
    "the nine months ended September 30"): the period's words, not a claim of its own."""
    start, end = quantity.start - sentence_start, quantity.end - sentence_start
    if quantity.type == "number" and quantity.unit is None:
        # "18-24 November": the days of a span written day first, no figure; nor is the year
        # of "Feb '24" or "between December '02 and April '03", clipped after an apostrophe.
        clipped = sentence[start - 1 : start] in _APOSTROPHES if start > 0 else False
        return any((m.rule == "day_range" or clipped) and m.start <= start and end <= m.end
                   for m in periods)
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
    mention = context.paired.get(local_start) or period_for(
        sentence, local_start, local_end, clause, context.periods, context.main_end,
        context.clauses)
    if mention is not None:
        # A change's end ("in 2030" of "from $2.8 billion in 2020 to $3.5 billion in 2030") is
        # read off the span's mention: the span is used, its years no dates of their own.
        used_periods.update(m.start for m in context.periods
                            if m.start <= mention.start and mention.end <= m.end)
        used_periods.add(mention.start)
        used_periods.update(fiscal_aliases(sentence, context.periods))
    period = (year_after_basis(clause, context.periods, context.published) if mention is None
              else since_then(sentence, local_start, mention, context.published)
              or mention.period)
    if period is None or (mention is not None
                          and not clause.start <= mention.start < clause.end):
        # "diagnoses made in 2005 rose, and the rate now stands at 3.6%": a level read off in
        # the present tense in its own clause is the article's day, whatever the other names.
        period = present_level(sentence, local_start, context.published) or period
    metric, entity = metric_and_entity(sentence, clause, local_start, local_end, context.periods,
                                       kind=quantity.type)
    governing = governing_clause(sentence, context.clauses, clause)
    source_mention = source_for(local_start, governing, context.clauses, context.sources,
                                end=local_end, main_has_numbers=context.main_has_numbers,
                                sentence=sentence)
    if named is not None:
        source_mention = named.resolve(source_mention)
    # A fiscal period read as the calendar's ("Q3 FY24" as July to September 2024) says
    # nothing of whether the figure is still to come: its company's year may start anywhere.
    timed = (None if period is None or _FISCAL_LABEL.search(period.text or "")
             or _FISCAL_BEFORE.search(sentence, 0, local_start) else period)
    status = status_of(sentence, governing, local_start, None if timed is None else timed.start,
                       context.published, span=quantity.text,
                       period_end=None if timed is None else timed.end)
    status = own_status(status, source_mention)
    planned_on = None if mention is None else mention.start
    if not COUNTERFACTUAL.search(sentence, governing.start, governing.end):
        period = ahead_if_planned(period, mention, status, context.published,
                                  is_scheduled=scheduled(sentence, planned_on))
    if status not in ("forecast", "target", "expectation"):
        period = from_month_ahead(sentence, period, mention, context.published)
    period = opening_or_closing(sentence, local_start, period, context.periods)
    period = twelve_months_to(sentence, period)
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
    # "fiscal 2025" is the company's year, which may be under way: not a time to come.
    fiscal = bool(_FISCAL_BEFORE.search(sentence, 0, local_start)
                  or _FISCAL_LABEL.search(quantity.text))
    status = status_of(sentence, clause, local_start, None if fiscal else period.start,
                       published)
    # A date planned or scheduled without its year is the next such date ("the show will open
    # on Friday", "sentencing is scheduled for Feb. 14"), as a forecast's bare month is.
    period = ahead_if_planned(period, resolved, status, published,
                              is_scheduled=scheduled(sentence, local_start)) or period
    return Claim(
        text=quantity.text,
        start=quantity.start + context.offset,
        end=quantity.end + context.offset,
        sentence=sentence.strip(),
        type="date",
        value=_date_value(period),
        metric=event_of(sentence, clause, local_start, local_end),
        period=period,
        status=status,
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
