"""The document pass: claims read in order, each taking what the story said before it.

The sentence pass reads each sentence alone. A reader does not: in "Retail sales rose 0.3%
last month, the Commerce Department said. ... Sales at gasoline stations climbed 1.4%." the
1.4% is also the department's, and also last month's. This pass walks the claims in reading
order together with the sentences that hold no figure (headings, "Acme Corp today reported
results for the fourth quarter", "the agency said"), keeps what the story has established, and
fills a claim's empty fields from it, recording each filled field in ``Claim.carried``:

- source (``document_sources.py``): the organisation that reports the story's figures (named
  with a reporting cue, or the company a press release is issued by) covers the later
  figures that name none, until another is named, and the figures before it; a data vendor
  or a person quoted by title covers their paragraph. Who expected a figure (economists, a
  poll) is never carried: an expectation belongs to who held it.
- period: the period a sentence's first figure is stated for covers the later figures that
  state none, until a sentence states another; a heading or a sentence without figures that
  names a period ("Full Year 2025 Highlights", "... reported results for the third quarter")
  sets it too. A forecast or target never takes a carried period, nor starts a run: it is
  about a time to come.
  Levels "at year-end" take the run's last day, "the same period last year" (or "the
  prior-year quarter") the run a year back, and a stated fiscal year end shifts "fiscal 2020".
  The earlier side of a comparison ("compared with $4 million in 2024", "after climbing 0.2%
  in January") starts no run, nor does a recalled record in a market story whose run is a
  day; a figure compared with the run's own period takes the run before it; lead figures
  before any period is stated take the first one stated close after them; "year to date"
  ends with the latest month or quarter the story reports on; a story that states no period
  at all gives its figures the day they were reported ("the club says Tuesday").
  Read against real pages: a figure that describes a thing (a size, "a 12.9-inch screen", a
  length of time, an age, a phone number, "the two sides") takes no run, nor does a level
  stated in the present ("stands at") take a stretch of time; a moment, "annual" alone, a time
  to come or a period inside a quotation starts no run; an aside about a past more than a
  year old reaches only the next paragraph unless a figure points back to it ("at the
  time"); a share price's move in a story on a quarter is the story's day; a figure left
  without a period whose sentence says when it was reported ("NASA announced Nov. 18 that it
  was adding five companies") holds for that day.
- metric: a figure whose own words name none (a pronoun subject, a forecast of "a 0.2%
  increase", the same amount in another currency) takes the metric of the figure of the same
  kind before it, in its paragraph or the one before (``carried_metrics.py``).
- entity: a possessive subject ("China's exports ...") covers the next paragraph
  (``subjects.py``).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Sequence

from .._month_names import month_number
from .._records import Claim, Period
from .attribution import NamedSources, find_sources
from .carried_metrics import carry_metrics
from .document_rules import (
    ABBREVIATION_BEFORE,
    AGE_APPOSITION,
    AGE_CLOSE,
    AHEAD_WORD,
    AT_PERIOD_END,
    AT_PERIOD_START,
    AT_PERIOD_START_LEAD,
    BALANCE_SHEET_LEVEL,
    BARE_PERIOD,
    CLOSED_AT,
    COMPARED_QUARTER_BEFORE,
    COMPARISON_FIGURE_BEFORE,
    COMPOUND_AFTER,
    DIGEST_HEADLINES,
    FISCAL_FULL_YEAR,
    FISCAL_NAMED,
    FISCAL_OPENING_MONTHS,
    FISCAL_QUARTER,
    FISCAL_QUARTER_ENDED,
    FISCAL_WORD,
    FISCAL_YEAR_END,
    FISCAL_YEAR_ENDS_IN,
    FREQUENCY,
    IDENTIFIER,
    LEVEL_NOW_BEFORE,
    LOOK_BACK_AFTER,
    LOOK_BACK_BLOCKED,
    LOOK_BACK_LEAD,
    LOOK_BACK_MONTHS,
    MONTH_NAMES,
    NATIONAL_FISCAL_YEAR_ENDS,
    NOT_A_RUN_MOMENT,
    NOT_A_RUN_PERIOD,
    NTH_QUARTER_ENDED,
    OLD_RUN_DAYS,
    OLD_RUN_PARAGRAPHS,
    ON_THE_MONTH,
    ON_THE_QUARTER,
    OPENED_OR_CLOSED_AT,
    ORDINAL_QUARTER,
    PREVIOUS_SESSION,
    PREVIOUS_UNIT,
    QUARTER_PAIR_REACH,
    QUARTER_SPAN_ENDED,
    RATE_AFTER,
    RATE_UNIT,
    RECALLED,
    RELATIVE_DAY,
    RELATIVE_MONTH,
    REPORT_WORD,
    SAME_PERIOD_AFTER,
    SENTENCE_CUT,
    SHARE_MOVE,
    SINCE_BEFORE,
    SIZE_UNITS,
    SPELLED_NARRATIVE,
    STORY_HEADLINE,
    THAT_TIME,
    THE_MONTHS,
    THE_QUARTER,
    THE_YEAR,
    TIME_SPAN_UNITS,
    TIME_VOLUME_FROM,
    WIRE_DATELINE_BEFORE,
    YEAR_TO_DATE,
)
from .document_sources import (
    Cue,
    carry_sources,
    is_named,
    with_carried,
)
from .figure_period import length_of_time
from .period_rules import COUNT_WORDS, ORDINAL_NUMBERS
from .periods import PeriodMention, find_periods, months_interval, same_day_in, weekday_before
from .reference import Precision
from .subjects import Paragraphs, carry_subjects
from .table_periods import table_periods

# Statuses that look ahead: a period that has been reported on is not theirs.
_AHEAD = frozenset({"forecast", "target"})


def read_in_context(text: str, claims: Sequence[Claim], published: dt.date | None,
                    title: str | None = None, named: NamedSources | None = None, *,
                    precision: Precision = "day") -> list[Claim]:
    """``claims`` (offsets into ``text``, in reading order) with source, period and entity
    carried from earlier in the story where their own sentence gives none.

    ``precision`` is "month" or "year" when ``published`` is only the end of a month or year
    read from the page (``reference.py``): a day named relative to the article ("Tuesday",
    "at press time", "last week") then stays open, since only the real date would place it,
    and against a year alone so does a month named relative to it ("last month").
    """
    if not claims:
        return []
    exact = precision == "day"
    if not exact:
        claims = [_open_if_relative(claim, precision) for claim in claims]
    spans = [_sentence_span(text, claim) for claim in claims]
    # A sentence whose only claims are dates ("Acme Corp. (NYSE: ACME) today reported results
    # for the quarter ended March 31") is read for what it sets up, like one without figures.
    figures = [span for span, claim in zip(spans, claims, strict=True) if claim.type != "date"]
    cues = list(find_cues(text, figures, published, named or NamedSources(), precision))
    carried = carry_sources(text, claims, spans, cues, title)
    # A date a sentence looks ahead to ("the rate cut will take effect on Wednesday") sets up
    # no period (its sentence may still name a source).
    ahead = [span for span, claim in zip(spans, claims, strict=True)
             if claim.type == "date" and claim.status in _AHEAD]
    if ahead:
        cues = [dataclasses.replace(cue, period=None)
                if any(start <= cue.start < end for start, end in ahead) else cue
                for cue in cues]
    carried = table_periods(text, _carry_periods(text, carried, spans, cues, exact, published,
                                                 _headline_period(title, published, precision)),
                            published)
    if exact:
        carried = _on_the_report_day(carried, published)
        carried = _on_its_report_day(carried, published)
    carried = [_without_period_if_length(claim, published) for claim in carried]
    return carry_subjects(text, carry_metrics(text, carried), title)


def _without_period_if_length(claim: Claim, published: dt.date | None) -> Claim:
    """A length of time or an age whose period is a date its sentence names for something else
    ("typically runs five days, began on October 27", "evicted in April and sentenced to 50
    weeks") has none. Read after the runs are carried: the date still sets the story's run for
    the figures that follow."""
    period = claim.period
    if (period is None or claim.type != "measure" or claim.unit not in TIME_SPAN_UNITS
            or "period" in claim.carried):
        return claim
    start = claim.sentence.find(claim.text)
    if start < 0:
        return claim
    mention = next((m for m in find_periods(claim.sentence, published)
                    if m.text == period.text), None)
    if not length_of_time(claim.sentence, start, start + len(claim.text), claim.unit,
                          claim.value, mention):
        return claim
    return dataclasses.replace(claim, period=None)


def _sentence_span(text: str, claim: Claim) -> tuple[int, int]:
    """Where ``claim.sentence`` (its sentence, stripped) stands in ``text``."""
    sentence = claim.sentence
    start = text.find(sentence, max(0, claim.start - len(sentence)), claim.end + len(sentence))
    if start < 0 or start > claim.start:
        return claim.start, claim.end
    return start, start + len(sentence)


def find_cues(text: str, spans: Sequence[tuple[int, int]], published: dt.date | None,
              named: NamedSources, precision: Precision = "day") -> Iterator[Cue]:
    """Sources and periods named in the stretches of ``text`` outside the claims' sentences."""
    covered = _merge(spans)
    position = 0
    for start, end in [*covered, (len(text), len(text))]:
        if start > position:
            yield from _cues_in(text, position, start, published, named, precision)
        position = max(position, end)


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _cues_in(text: str, start: int, end: int, published: dt.date | None,
             named: NamedSources, precision: Precision) -> Iterator[Cue]:
    position = start
    for match in [*SENTENCE_CUT.finditer(text, start, end), None]:
        if match is not None and ABBREVIATION_BEFORE.search(text, max(0, match.start() - 8),
                                                             match.start()):
            continue
        cut = end if match is None else match.start()
        sentence = text[position:cut]
        if sentence.strip():
            cue = _cue(text, position, sentence, published, named, precision)
            if cue is not None:
                yield cue
        if match is not None:
            position = match.end()


def _cue(text: str, start: int, sentence: str, published: dt.date | None,
         named: NamedSources, precision: Precision) -> Cue | None:
    mentions = find_sources(sentence)
    named.remember(mentions, sentence)
    resolved = [named.resolve(mention) for mention in mentions]
    source = next((m.source for m in resolved if m is not None and is_named(m.source)), None)
    period = _run_period(sentence, [mention for mention in find_periods(sentence, published)
                                    if not _quoted(text, start + mention.start)], published)
    if period is not None and precision != "day" and _relative(period.text, precision):
        period = None
    if source is None and period is None:
        return None
    return Cue(start, source, period, sentence)


def _quoted(text: str, at: int) -> bool:
    """Whether offset ``at`` stands inside a quotation of its paragraph: what a speaker says
    ("2026 is just not as strong as 2025," he said) names a time of their own."""
    paragraph = max(text.rfind("\n", 0, at), 0)
    before = text[paragraph:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _run_period(sentence: str, mentions: Sequence[PeriodMention],
                published: dt.date | None = None) -> Period | None:
    for mention, following in zip(mentions, [*mentions[1:], None], strict=False):
        if (following is not None and mention.precision == "year"
                and not sentence[mention.end:following.start].strip()):
            # "its fiscal 2025 second quarter ended January 31": the year names the quarter
            # that follows it, which is the run.
            continue
        if (mention.is_basis or mention.is_report_date or mention.is_said_time
                or mention.is_record_point
                or mention.period.start is None):
            continue
        if NOT_A_RUN_MOMENT.search(mention.period.text) or FREQUENCY.fullmatch(
                mention.period.text.strip()):
            # "We'll go there right now": a moment of its own sentence, no run of figures;
            # nor is "annual" in a sentence without figures ("the annual meeting").
            continue
        if _ahead_of(mention.period, published):
            # "launches tomorrow", "a mission in the 2030s": a time to come, which the
            # reported figures after it are not of.
            continue
        if NOT_A_RUN_PERIOD.search(sentence, max(0, mention.start - 30), mention.start) or (
                WIRE_DATELINE_BEFORE.search(sentence, max(0, mention.start - 40), mention.start)):
            continue
        return mention.period
    return None


def _carry_periods(text: str, claims: Sequence[Claim], spans: Sequence[tuple[int, int]],
                   cues: Sequence[Cue], exact: bool = True,
                   published: dt.date | None = None,
                   headline: Period | None = None) -> list[Claim]:
    cue_starts = [cue.start for cue in cues]
    fiscal_by_story = _fiscal_year_ends(text, claims)
    fiscal = fiscal_by_story[0][1]
    story = 0
    run: Period | None = None
    # The run before the current one: where a figure is compared with the current run's
    # period ("In October the rate was 6.4% ... 13,000 fewer than in October"), the figure
    # is of the period before it.
    earlier: Period | None = None
    # The last day of the latest month or quarter the story has reported on so far.
    reported_through: dt.date | None = None
    next_cue = 0
    run_at = 0
    paragraphs = Paragraphs(text)
    sentence_at = -1
    result: list[Claim] = []
    # Figures of the lead before the story names any period ("Acme reported a 28% drop in
    # quarterly profit. ... in the second quarter ended June 30") take the first run when it
    # is named close after them.
    waiting: list[int] = []
    first_run_at = -1
    # The latest quarter the story has been on.
    last_quarter: Period | None = None
    for claim, (sentence_start, _) in zip(claims, spans, strict=True):
        while story + 1 < len(fiscal_by_story) and fiscal_by_story[story + 1][0] <= sentence_start:
            story += 1
            fiscal = fiscal_by_story[story][1]
        while next_cue < len(cues) and cue_starts[next_cue] < sentence_start:
            cue = cues[next_cue]
            if cue.period is not None and not (_one_day(cue.period) and run is not None
                                               and _one_day(run)):
                # A day named without figures ("earnings season starts Monday", "it had
                # closed there on April 4") is an event's: the session a market story
                # reports on stays the run.
                earlier, run = _next_run(earlier, run,
                                         _in_fiscal_year(cue.period, fiscal, "", published))
                run_at = cue.start
            next_cue += 1
        if run is not None and _whole_months(run, 3) and run.end is not None:
            reported_through = max(run.end, reported_through or run.end)
        if run is not None and _a_quarter(run):
            last_quarter = run
        if (claim.period is None and last_quarter is not None and run is not None
                and not _a_quarter(run) and claim.type != "date"
                and claim.status not in _AHEAD and _words_after(claim, ON_THE_QUARTER)):
            # "Business investment rose 1.5% on the quarter" after a look at September alone:
            # the quarter the story is on.
            claim = with_carried(claim, "period", period=last_quarter)
        if claim.period is not None and reported_through is not None:
            # A share price's year to date runs to the day the story reports the trading
            # ("Acme shares are up 39% year-to-date" in a story on the third quarter).
            to_date = (claim.period if SHARE_MOVE.search(claim.sentence) is not None
                       else _to_date_through(claim.period, reported_through))
            claim = dataclasses.replace(claim, period=_trailing_through(to_date,
                                                                        reported_through))
        if (claim.period is None and run is not None and run.end is not None
                and claim.type != "date" and claim.status not in _AHEAD
                and _whole_months_span(run) == 12 and _words_after(claim, ON_THE_MONTH)):
            # "would rise 0.3% on the month" after "In the 12 months through March": March.
            claim = with_carried(claim, "period", period=Period(run.end.replace(day=1), run.end,
                                                                run.text))
        story_quarter = (run if run is not None and _a_quarter(run)
                         else last_quarter if _within(run, last_quarter) else None)
        if (story_quarter is not None and claim.period is not None and claim.type != "date"
                and THE_QUARTER.fullmatch(claim.period.text.strip())):
            # "during the quarter" in a story on a quarter (a fiscal one too) is that quarter,
            # a month of it named in between or not ("In March, sales rose 11%. Profit for the
            # quarter rose ...").
            claim = with_carried(claim, "period", period=story_quarter)
        if claim.period is not None and fiscal is not None:
            claim = dataclasses.replace(
                claim, period=_in_fiscal_year(claim.period, fiscal, claim.sentence, published))
        if not exact and run is not None and claim.period is not None:
            # Without the article's own date, "in April" after "the first quarter of 2018" is
            # April 2018: a month or quarter named without a year is in the run's year.
            claim = dataclasses.replace(claim, period=_in_year_of(claim.period, run))
        if run is not None and _names_same_period(claim):
            # "from 7.6 billion for a similar period last year": the run's period, a year back.
            claim = with_carried(claim, "period", period=_year_before(run))
        looked_back = None if claim.type == "date" else (
            _look_back(claim, run, run_here=sentence_at == sentence_start)
                                                         or _before_the_run(claim, run))
        if looked_back is not None:
            claim = looked_back
        if (sentence_start != sentence_at and claim.type != "date" and claim.period is not None
                and "period" not in claim.carried and looked_back is None
                and not NOT_A_RUN_MOMENT.search(claim.period.text)
                and not _comparison_figure(claim) and claim.status not in _AHEAD
                and not _ahead_of(claim.period, published)
                and not FREQUENCY.fullmatch(claim.period.text.strip())
                and not (run is not None and _one_day(run) and _looks_back_to(claim, run))
                and not (run is not None and _holds_the_day(claim.period, run, published))):
            # The first figure of a sentence stated for a period sets the run that follows.
            # Measured and left out: keeping the run when the new period lies wholly before
            # it (a look back, "than in October") gained on the fit half of reposts-dev and
            # lost more on the held-out half.
            sentence_at = sentence_start
            if (not _opening_or_closing(claim) and not _closing_day(claim.period, run)
                    and not _since_span(claim, published)):
                # A stretch's opening or closing level is one day of it: the sentence's
                # figures leave the run as it was.
                earlier, run = _next_run(earlier, run, claim.period)
                run_at = sentence_start
        if run is not None and first_run_at < 0:
            first_run_at = sentence_start
        if claim.type == "date" or claim.where != "body" or run is None:
            if (run is None and claim.type != "date" and claim.where == "body"
                    and claim.period is None and claim.status not in _AHEAD):
                waiting.append(len(result))
            result.append(claim)
            continue
        opening = _at_period_start(claim, run)
        if opening is not None:
            # "from $612 billion at the start of the quarter": a level on its first day.
            claim = with_carried(claim, "period", period=opening)
        elif _at_period_end(claim) and (claim.period is None or claim.period == run):
            # "cash of $18.3 million at year-end": a level on the run's last day; "seen at
            # 2.6% at the end of the year", the last day of the year under way.
            ahead = (_end_under_way(claim, published)
                     if claim.status in (*_AHEAD, "expectation") else None)
            if ahead is not None:
                claim = dataclasses.replace(claim, period=ahead)
            elif run.end is not None:
                claim = with_carried(claim, "period", period=Period(run.end, run.end, run.text))
        elif (claim.period is None and claim.status not in _AHEAD and run.end is not None
              and claim.type == "money" and claim.direction is None
              and _whole_months_span(run) in (3, 6, 9, 12)
              and _words_before(claim, BALANCE_SHEET_LEVEL, 60)):
            # "The company had cash and cash equivalents of $25.3 million" in a story on the
            # quarter: the level on its last day.
            claim = with_carried(claim, "period", period=Period(run.end, run.end, run.text))
        elif (claim.period is None and claim.status not in _AHEAD and run.end is not None
              and _few_days(run) and _words_before(claim, CLOSED_AT, 40)):
            # The last session so far of a week still under way.
            last = run.end if published is None else min(run.end, published)
            claim = with_carried(claim, "period", period=Period(last, last, run.text))
        elif (claim.period is None and claim.status not in _AHEAD and published is not None
              and _trading_move(claim, run)):
            # "the stock was down 5% in recent trading" in a story on a quarter's results:
            # the move of the day the story reports, not of the quarter.
            claim = with_carried(claim, "period", period=Period(published, published, ""))
        elif (claim.period is None and claim.status not in _AHEAD and _takes_runs(claim)
              and not (not _one_day(run) and _level_now(claim))
              and not _report_day_of(claim, run, published)
              and _within_reach(paragraphs, run_at, claim.start, claim.sentence, run,
                                published)):
            own_run = (earlier if earlier is not None and _compared_with(claim, run) else run)
            claim = with_carried(claim, "period", period=_whole_year_if_named(claim, own_run))
        result.append(claim)
    first_claim = _first_stated(result)
    first = None if first_claim is None else first_claim.period
    for index in waiting:
        lead = result[index]
        if not _takes_runs(lead):
            continue
        if (first_claim is not None and first is not None
                and 0 <= first_run_at - lead.start <= _LEAD_REACH
                and not _old(first, published) and _lead_may_take(first_claim, published)):
            result[index] = with_carried(lead, "period", period=first)
        elif headline is not None and (first_run_at < 0 or lead.start < first_run_at):
            # "Jobless total falls more than expected in December" over a lead that names no
            # period: the lead's figures are the headline's month.
            result[index] = with_carried(lead, "period", period=headline)
    return result


def _headline_period(title: str | None, published: dt.date | None, precision: Precision
                     ) -> Period | None:
    """The one period a headline names for the story's figures, if it names one (a relative
    one only against the article's own day, as for the body's cues)."""
    if not title or published is None:
        return None
    mentions = [mention for mention in find_periods(title, published)
                if not (mention.is_basis or mention.period.start is None)]
    if len(mentions) != 1:
        # "Q3 profit doubles; 2025 outlook raised": which one the lead reports is not said.
        return None
    period = _run_period(title, mentions, published)
    # A day in a headline is as often a name's ("Psychology Today") as the session's; the
    # report-day rules below place a market story's day.
    if period is None or _one_day(period) or _old(period, published) or (
            precision != "day" and _relative(period.text, precision)):
        return None
    return period


# Days in a week: a run this long or shorter is the story's narrative time, not a data period.
_WEEK_DAYS = 7
# How far before the first named period a lead figure may stand and still take it.
_LEAD_REACH = 400


def _on_the_report_day(claims: list[Claim], published: dt.date | None) -> list[Claim]:
    """In a story that states no period for any figure, the day its figures were reported
    ("AAA says Tuesday the average price is $2.88") is the day they hold for."""
    if published is None or any(claim.period is not None and claim.type != "date"
                                for claim in claims):
        return claims
    day: Period | None = None
    for sentence in dict.fromkeys(claim.sentence for claim in claims if claim.where == "body"):
        if REPORT_WORD.search(sentence) is None:
            continue
        day = _report_day(sentence, published)
        if day is not None:
            break
    if day is None:
        return claims
    return [with_carried(claim, "period", period=day) if _awaits_period(claim) else claim
            for claim in claims]


def _awaits_period(claim: Claim) -> bool:
    """Whether a body figure reported as happening is still without a period a day could
    give it."""
    return (claim.period is None and claim.type != "date" and claim.where == "body"
            and claim.status not in _AHEAD and _takes_runs(claim))


def _old(run: Period, published: dt.date | None) -> bool:
    """Whether ``run`` ended more than a year before the story came out: an aside about the
    past, which a lead written before it does not take."""
    return (published is not None and run.end is not None
            and (published - run.end).days > OLD_RUN_DAYS)


def _within_reach(paragraphs: Paragraphs, run_at: int, at: int, sentence: str, run: Period,
                  published: dt.date | None) -> bool:
    """Whether a figure at ``at`` may take the run named at ``run_at``: a run that ended more
    than a year before the story came out ("the award she won in 2008", "since 2007") is an
    aside about the past, which covers its own paragraph and the next, not the whole story,
    unless the figure's sentence points back to it ("it was $2,000 at the time")."""
    if not _old(run, published) or THAT_TIME.search(sentence):
        return True
    return paragraphs.count(run_at, at) <= OLD_RUN_PARAGRAPHS


def _since_span(claim: Claim, published: dt.date | None) -> bool:
    """Whether the claim's period is a change's span "since" a time up to the article's day
    ("deals have risen 32% since 2007"): the change's own stretch, no period the story's
    later figures are reported for."""
    period = claim.period
    if period is None or published is None or period.end != published or not period.text:
        return False
    if period.text.lstrip().lower().startswith("since "):
        return True  # "since the start of the year": the word is the period's own
    named_at = claim.sentence.find(period.text)
    return named_at > 0 and SINCE_BEFORE.search(claim.sentence, 0, named_at) is not None


def _trading_move(claim: Claim, run: Period) -> bool:
    """Whether the claim is a share price's move in a story whose run is a reporting period
    (a month or longer): the trading session the story comes from."""
    if claim.direction is None or claim.type not in ("percent", "money"):
        return False
    if run.start is None or run.end is None or (run.end - run.start).days < 27:
        return False
    return SHARE_MOVE.search(claim.sentence) is not None


def _level_now(claim: Claim) -> bool:
    """Whether the claim is a level its sentence states in the present ("the public debt
    stands at $16 trillion", "the console costs $500"): the day of the story, not a
    stretch of time it named before."""
    return claim.direction is None and _words_before(claim, LEVEL_NOW_BEFORE, 40)


def _ahead_of(period: Period, published: dt.date | None) -> bool:
    """Whether ``period`` starts after the day the story came out, or on it and runs on ("later
    this year"): a time to come ("will go on sale in the first half of 2020"), not one the
    story reports figures for."""
    if published is None or period.start is None or period.end is None:
        return False
    return period.start > published or (period.start == published < period.end
                                         and AHEAD_WORD.search(period.text) is not None)


def _takes_runs(claim: Claim) -> bool:
    """Whether a figure without a period of its own may take the story's: not one that
    describes a thing (a length of time, a size, "a 12.9-inch screen") or a rate that recurs
    ("$9.99/month") rather than reports a quantity of the story's time."""
    unit = claim.unit or ""
    if RATE_UNIT.fullmatch(unit) or (claim.type == "money" and _words_after(claim, RATE_AFTER)):
        return False
    if claim.type not in ("measure", "count", "number"):
        return True
    if unit in SIZE_UNITS:
        return False
    if unit in TIME_SPAN_UNITS and not (isinstance(claim.value, (int, float))
                                        and claim.value >= TIME_VOLUME_FROM):
        return False
    if (claim.type != "measure" and not any(char.isdigit() for char in claim.text)
            and (claim.value in SPELLED_NARRATIVE or claim.low is not None)):
        # "one of the guests", "the two sides", "dozens of questions": one, two or a vague
        # plural written out in words counts the people and things of the narrative, not the
        # story's statistics ("five of the seven sectors" stays one).
        return False
    number = claim.sentence.find(claim.text)
    if number < 0:
        return COMPOUND_AFTER.search(claim.text) is None
    after = number + len(claim.text)
    if claim.type == "number" and claim.unit is None and (
            (AGE_APPOSITION.search(claim.sentence, 0, number)
             and AGE_CLOSE.match(claim.sentence, after))
            or any(found.start() < after and number < found.end() for found in
                   IDENTIFIER.finditer(claim.sentence, max(0, number - 24), after + 24))):
        # "Jo Smith, 55, of Addison": an age; "call 02-751-1500", "DOI: 10.1007/...": an
        # identifier's digits.
        return False
    return not (COMPOUND_AFTER.search(claim.text) or COMPOUND_AFTER.match(claim.sentence, after))


def _report_day_of(claim: Claim, run: Period, published: dt.date | None) -> bool:
    """Whether the figure's own sentence says the day it was reported, outside a run of a day
    or a week ("the embassy reported Wednesday that the index reached 408" after last week's
    readings): that day, given after the carry, is the figure's. A month's or a quarter's
    run stays: "the rate fell, the department said Wednesday" reports on the month."""
    if (REPORT_WORD.search(claim.sentence) is None or run.start is None or run.end is None
            or (run.end - run.start).days >= _WEEK_DAYS):
        return False
    day = _report_day(claim.sentence, published)
    return day is not None and day != run and not (day.start is not None
                                                    and run.start <= day.start <= run.end)


def _report_day(sentence: str, published: dt.date | None) -> Period | None:
    """The day ``sentence`` says its figures were reported ("the military said on Wednesday"),
    or None."""
    return next((m.period for m in find_periods(sentence, published)
                 if m.is_report_date and m.period.start is not None), None)


def _on_its_report_day(claims: list[Claim], published: dt.date | None) -> list[Claim]:
    """A figure still without a period whose own sentence says the day it was reported ("two
    soldiers were killed, the military said on Wednesday", "NASA announced Nov. 18 that it
    was adding five companies") holds for that day."""
    days: dict[str, Period | None] = {}
    result = []
    for claim in claims:
        if _awaits_period(claim) and REPORT_WORD.search(claim.sentence) is not None:
            if claim.sentence not in days:
                days[claim.sentence] = _report_day(claim.sentence, published)
            day = days[claim.sentence]
            if day is not None:
                claim = with_carried(claim, "period", period=day)
        result.append(claim)
    return result


def _first_stated(claims: Sequence[Claim]) -> Claim | None:
    """The figure of the story's body first stated for a period."""
    return next((claim for claim in claims if claim.period is not None
                 and claim.type != "date" and claim.where == "body"
                 and "period" not in claim.carried), None)


def _lead_may_take(first: Claim, published: dt.date | None) -> bool:
    """Whether lead figures may take the period of ``first``: not a stretch that runs to the
    article's day ("the stock added 2% to begin the week" above "climbing 80% so far this
    year"), nor the time a state began ("grounded since March")."""
    period = first.period
    if period is None or (period.end == published and period.start != published):
        return False
    named_at = first.sentence.find(period.text) if period.text else -1
    return not (named_at > 0 and SINCE_BEFORE.search(first.sentence, 0, named_at))


def _in_year_of(period: Period, run: Period) -> Period:
    """A month, quarter or half named without its year, moved into the year the run ends in."""
    start, end = period.start, period.end
    if (start is None or end is None or run.end is None or start.year != end.year
            or start.year == run.end.year or not BARE_PERIOD.fullmatch(period.text.strip())):
        return period
    year = run.end.year
    # A bare month, quarter or half is whole months: the last day is the month's last.
    return Period(dt.date(year, start.month, 1),
                  dt.date(year, end.month, calendar.monthrange(year, end.month)[1]),
                  period.text)


def _comparison_figure(claim: Claim) -> bool:
    """Whether the claim is the earlier figure of a comparison ("compared with $4 million in
    2024", "up from $7 million in 2024"): its period is the comparison's, not the story's."""
    return _words_before(claim, COMPARISON_FIGURE_BEFORE, 40)


def _at_period_end(claim: Claim) -> bool:
    """Whether "at year-end" (quarter end, ...) dates the claim: not when the claim's own
    period stands between its number and those words, with another figure that they date
    ("Orders grew 18% during the quarter and backlog reached $212 million at quarter end")."""
    found = AT_PERIOD_END.search(claim.sentence)
    if found is None:
        return False
    number = claim.sentence.find(claim.text)
    if number < 0 or found.start() < number:
        return True
    between = claim.sentence[number + len(claim.text):found.start()]
    return not (any(char.isdigit() for char in between) and find_periods(between, None))


def _end_under_way(claim: Claim, published: dt.date | None) -> Period | None:
    """The last day of the year or quarter under way at ``published``, named by the claim's
    "at the end of the year" or "at quarter-end", or None."""
    found = AT_PERIOD_END.search(claim.sentence)
    if found is None or published is None:
        return None
    words = found.group(0).lower()
    if "year" in words:
        last = dt.date(published.year, 12, 31)
    elif "quarter" in words:
        last = months_interval(published.year, (published.month - 1) // 3 * 3 + 1, 3)[1]
    else:
        return None
    return Period(last, last, found.group(0).strip())


def _few_days(run: Period) -> bool:
    """Whether ``run`` is a stretch of two days to a week: a market story's sessions."""
    return (run.start is not None and run.end is not None
            and 1 <= (run.end - run.start).days < _WEEK_DAYS)


def _opening_or_closing(claim: Claim) -> bool:
    """Whether the claim is the level a stretch opened or closed at ("opened the quarter at
    $14,112"): one day of the stretch, which stays the run."""
    return _words_before(claim, OPENED_OR_CLOSED_AT, 64)


def _words_after(claim: Claim, words: re.Pattern[str]) -> bool:
    """Whether ``words`` follow the claim's number in its sentence."""
    number = claim.sentence.find(claim.text)
    return number >= 0 and words.match(claim.sentence, number + len(claim.text)) is not None


def _words_before(claim: Claim, words: re.Pattern[str], reach: int) -> bool:
    """Whether ``words`` stand within ``reach`` characters before the claim's number in its
    sentence."""
    number = claim.sentence.find(claim.text)
    return number > 0 and words.search(claim.sentence, max(0, number - reach), number) is not None


def _looks_back_to(claim: Claim, run: Period) -> bool:
    """Whether a market story's figure recalls an earlier time ("had hit an all-time high of
    $73,750 in March"): the session the story reports on stays the run."""
    period = claim.period
    return (period is not None and period.end is not None and run.start is not None
            and period.end < run.start and RECALLED.search(claim.sentence) is not None)


def _closing_day(period: Period, run: Period | None) -> bool:
    """Whether ``period`` is the last day of the stretch the story is on ("As at 30 June 2025,
    cash was $78.5 million" in a report on the half to June): a balance on that day, after
    which the story's figures are still the stretch's."""
    return (run is not None and _one_day(period) and not _one_day(run)
            and run.end is not None and period.start == run.end)


def _holds_the_day(period: Period, run: Period, published: dt.date | None) -> bool:
    """Whether ``period`` is a stretch around the one day a market story reports on ("has
    gained 14.2% so far this year", "is down 1.8% this week"): a running total beside the
    day's moves, after which the story's figures are still the day's. (A day weeks before
    the story, "as at 30 June", is a balance's, not a session's.)"""
    return (_one_day(run) and period.start is not None and period.end is not None
            and run.start is not None and published is not None
            and 0 <= (published - run.start).days <= _SESSION_DAYS
            and period.start < run.start <= period.end)


# How far before the story the day of its market moves may lie (a weekend's report on
# Friday's session).
_SESSION_DAYS = 4


def _one_day(period: Period) -> bool:
    return period.start is not None and period.start == period.end


def _a_quarter(period: Period) -> bool:
    """Whether ``period`` is one quarter: three whole months, or a fiscal quarter that ends on
    another day ("the first quarter ended April 29, 2023": 13 weeks)."""
    start, end = period.start, period.end
    if start is None or end is None:
        return False
    if _whole_months(period, 3):
        return end.month - start.month == 2
    return _FISCAL_QUARTER_DAYS[0] <= (end - start).days + 1 <= _FISCAL_QUARTER_DAYS[1]


# How long a fiscal quarter can run: 13 weeks, or 14 in a 53-week year, or three months
# ended on any day.
_FISCAL_QUARTER_DAYS = (89, 98)


def _whole_months_span(period: Period) -> int:
    """How many whole months ``period`` runs (first to last day), or 0."""
    start, end = period.start, period.end
    if start is None or end is None or start.day != 1 or (end + dt.timedelta(days=1)).day != 1:
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _whole_months(period: Period, most: int) -> bool:
    """Whether ``period`` is one to ``most`` whole months of one year."""
    return (period.start is not None and period.end is not None
            and period.start.year == period.end.year
            and 0 < _whole_months_span(period) <= most)


def _trailing_through(period: Period, through: dt.date) -> Period:
    """"the trailing twelve months" in a story on a quarter's results end with that quarter,
    not on the day the story came out."""
    start, end = period.start, period.end
    if (start is None or end is None or "trailing" not in period.text.lower()
            or not start < through < end):
        return period
    months = round((end - start).days / _DAYS_A_MONTH)
    return Period(_months_before(through, months) + dt.timedelta(days=1), through, period.text)


_DAYS_A_MONTH = 30.44


def _to_date_through(period: Period, through: dt.date) -> Period:
    """"year to date" in a story on a month's or quarter's data runs to that period's end,
    not to the day the story came out."""
    start, end = period.start, period.end
    if (start is None or end is None or not YEAR_TO_DATE.search(period.text)
            or not start <= through < end or through.year != start.year):
        return period
    return Period(start, through, period.text)


def _next_run(earlier: Period | None, run: Period | None, new: Period
              ) -> tuple[Period | None, Period]:
    """The runs after a sentence names ``new``: (the one before, the current one)."""
    if run is None or (run.start, run.end) == (new.start, new.end):
        return earlier, new
    return run, new


def _compared_with(claim: Claim, run: Period) -> bool:
    """Whether the claim's comparison point is the run's own period ("than in October")."""
    name = run.text.strip().lower()
    return bool(claim.basis and name) and name in (claim.basis or "").lower()


def _at_period_start(claim: Claim, run: Period) -> Period | None:
    """The first day of the claim's period (else the run) when "at the start of the quarter"
    follows its number; None otherwise."""
    number = claim.sentence.find(claim.text)
    if number < 0 or (AT_PERIOD_START.match(claim.sentence, number + len(claim.text)) is None
                      and AT_PERIOD_START_LEAD.match(claim.sentence) is None):
        return None
    base = claim.period if claim.period is not None and claim.period.start is not None else run
    if base.start is None:
        return None
    return Period(base.start, base.start, base.text)


def _whole_year_if_named(claim: Claim, run: Period) -> Period:
    """The run, or the whole year it falls in where the claim's sentence says "in the year" of
    a run narrower than a year ("December 2021 ... rose 85.3 per cent in the year")."""
    if run.start is None or run.end is None or run.start.year != run.end.year:
        return run
    if (run.start.month, run.start.day, run.end.month, run.end.day) == (1, 1, 12, 31):
        return run
    # Only the words between the figures beside it are its own: "added 2,300 jobs over the
    # month, and 5,100 over the year".
    own = _own_words(claim)
    months = THE_MONTHS.search(own)
    if months is not None:
        return _months_to_run_end(run, months.group("count"))
    if THE_YEAR.search(own) is None:
        return run
    year = run.end.year
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), run.text)


_FIGURE_DIGITS = re.compile(r"\d[\d.,]*")


def _own_words(claim: Claim) -> str:
    """The claim's sentence from the figure before its number to the figure after it."""
    sentence = claim.sentence
    number = sentence.find(claim.text)
    if number < 0:
        return sentence
    after = number + len(claim.text)
    following = _FIGURE_DIGITS.search(sentence, after)
    start = 0
    for found in _FIGURE_DIGITS.finditer(sentence, 0, number):
        start = found.end()
    return sentence[start:following.start() if following is not None else len(sentence)]


def _months_to_run_end(run: Period, count: str) -> Period:
    """The months named by count ("the six months") that end where the run ends; the run
    when that is no wider than it."""
    if run.start is None or run.end is None:
        return run
    months = COUNT_WORDS.get(count.lower()) or int(count)
    first = _months_before(run.end, months) + dt.timedelta(days=1)
    if (run.end + dt.timedelta(days=1)).day == 1:
        # Ending on a month's last day, the months are whole: January 1 to June 30.
        first = _months_before(run.end, months - 1).replace(day=1)
    if first >= run.start:
        return run
    return Period(first, run.end, run.text)


def _names_same_period(claim: Claim) -> bool:
    """Whether the phrase for the same period a year back follows the claim's number."""
    number = claim.sentence.find(claim.text)
    if number < 0:
        return False
    after = number + len(claim.text)
    # "a loss of $2.3 billion, or $1.02 a share, in the year-ago quarter": the per-share
    # figure beside the amount, and the comma after it, stand between.
    aside = _SHARE_ASIDE.match(claim.sentence, after)
    found = SAME_PERIOD_AFTER.match(claim.sentence, after if aside is None else aside.end())
    # "up 9% from the year-ago quarter": a change measured from that period, which is the
    # story's own ("$4 million in the prior-year quarter" is the year-back figure).
    return found is not None and not _FROM_THEN.match(found.group(0))


# A comparison's "from" before a period in the same clause: "down from 4.2% in September".
_FROM_BEFORE_PERIOD = re.compile(r"\bfrom\s+(?:[^,;.]|\.(?=\d)){1,30}\s(?:in|for)\s+$",
                                 re.IGNORECASE)
_FROM_THEN = re.compile(r"\s*from\b", re.IGNORECASE)
_SHARE_ASIDE = re.compile(r",\s*or\s+(?:[^,.;:]|(?<=\d)\.(?=\d)){1,30},|,(?=\s)")


def _look_back(claim: Claim, run: Period | None, *, run_here: bool = False) -> Claim | None:
    """A figure named "a year earlier", "the month before" or "in the previous year" is for the
    period its sentence (else the run) is about, one unit back; None when the claim is not."""
    if claim.where != "body" or claim.status in _AHEAD:
        return None
    number = claim.sentence.find(claim.text)
    if number < 0:
        return None
    found = LOOK_BACK_AFTER.match(claim.sentence, number + len(claim.text))
    if found is None or LOOK_BACK_BLOCKED.search(found.group("between")):
        found = LOOK_BACK_LEAD.match(claim.sentence)
        if found is None or claim.period is not None:
            return None
    own = claim.period
    phrase = found.group("phrase")
    if own is not None and (own.text in phrase or phrase in own.text):
        own = None  # "the previous year" read as a calendar year: the phrase itself
    if (own is not None and found.re is LOOK_BACK_AFTER
            and claim.sentence.find(own.text, found.end()) >= 0
            and claim.sentence.rfind(own.text, 0, number) < 0):
        # "$39,014 in October, up from $38,373 a year ago and from $34,410 in October 2015":
        # a period named only after the phrase is a later figure's, not the one it looks back
        # from.
        own = None
    if run_here and run is not None and own is not None:
        # "was 3.9% in October, down from 4.2% in September and 4.5% a year earlier": a year
        # before the period the sentence's first figure set, not before the comparison's.
        named_at = claim.sentence.find(own.text)
        if named_at > 0 and _FROM_BEFORE_PERIOD.search(claim.sentence, 0, named_at):
            own = None
    base = own if own is not None else run
    if base is None or base.start is None or base.end is None:
        return None
    groups = found.groupdict()
    unit = groups.get("unit") or groups.get("unit2") or groups.get("unit3") or "year"
    months = LOOK_BACK_MONTHS[unit.lower()]
    shifted = Period(_months_before(base.start, months), _months_before(base.end, months),
                     phrase)
    if own is not None:
        return dataclasses.replace(claim, period=shifted)
    return with_carried(claim, "period", period=shifted)


def _before_the_run(claim: Claim, run: Period | None) -> Claim | None:
    """A figure whose own period is "the previous month" (quarter, year) in a story on one
    month (quarter, year): the run's, one unit back; None when the claim is not."""
    period = claim.period
    if (run is None or period is None or run.start is None or run.end is None
            or claim.status in _AHEAD):
        return None
    if PREVIOUS_SESSION.fullmatch(period.text.strip()):
        if not _one_day(run):
            return None
        day = weekday_before(run.start)
        return dataclasses.replace(claim, period=Period(day, day, period.text))
    found = PREVIOUS_UNIT.fullmatch(period.text.strip())
    if found is None:
        return None
    months = LOOK_BACK_MONTHS[" ".join(found.group("unit").lower().split())]
    if not (_whole_months(run, months) and run.end.month - run.start.month == months - 1):
        return None
    return dataclasses.replace(claim, period=Period(
        _months_before(run.start, months), _months_before(run.end, months), period.text))


def _months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier; a month's last day stays its month's last day."""
    index = day.year * 12 + day.month - 1 - months
    year, month = index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    at_month_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return dt.date(year, month, last if at_month_end else min(day.day, last))


def _year_before(period: Period) -> Period:
    if period.start is None or period.end is None:
        return period
    return Period(same_day_in(period.start, period.start.year - 1),
                  same_day_in(period.end, period.end.year - 1), period.text)


def _fiscal_year_ends(text: str, claims: Sequence[Claim]
                      ) -> list[tuple[int, tuple[int, int] | None]]:
    """Where each story of the text starts, with the fiscal year end it states (see
    ``_fiscal_year_end``), else its country's own (India's April to March, by the rupee
    figures). A page of several stories (a digest of company news, each under its own headline)
    gives each company its own calendar: one company's "fiscal year ending March 31" makes no
    other's "second quarter" July to September."""
    # A headline stands on a line of its own: a text of one line is one story.
    starts = [0] + ([match.end() for match in STORY_HEADLINE.finditer(text)]
                    if "\n" in text else [])
    if len(starts) <= DIGEST_HEADLINES:
        return [(0, _fiscal_year_end(text) or _national_fiscal_year(claims))]
    ends = [*starts[1:], len(text)]
    return [(start, _fiscal_year_end(text[start:end]) or _national_fiscal_year(
                [claim for claim in claims if start <= claim.start < end]))
            for start, end in zip(starts, ends, strict=True)]


def _fiscal_year_end(text: str) -> tuple[int, int] | None:
    """The month and day a company's fiscal year ends on, when the story says and it is not
    December 31."""
    if "FY" in text:
        named = FISCAL_QUARTER_ENDED.search(text)
        if named is not None:
            # The n-th quarter ends 3 * (4 - n) months before the year does.
            month = MONTH_NAMES.index(named.group("month").lower()) + 1
            last = (month - 1 + 3 * (4 - int(named.group("q")))) % 12 + 1
            if last != 12:
                return last, calendar.monthrange(2001, last)[1]
    if "uarter" in text:
        nth = NTH_QUARTER_ENDED.search(text)
        if nth is not None:
            ended = _quarter_year_end(ORDINAL_NUMBERS[nth.group("nth").lower()],
                                      nth.group("month"), nth.group("day"))
            if ended is not None:
                return ended
        else:
            paired = _paired_quarter_year_end(text)
            if paired is not None:
                return paired
    if "iscal" not in text and "ull year" not in text and "ull-year" not in text:
        return None
    found = FISCAL_YEAR_END.search(text)
    if found is None:
        month_only = FISCAL_YEAR_ENDS_IN.search(text)
        if month_only is None:
            return None
        month = MONTH_NAMES.index(month_only.group("month").lower()) + 1
        return month, calendar.monthrange(2001, month)[1]
    return MONTH_NAMES.index(found.group("month").lower()) + 1, int(found.group("day"))


def _national_fiscal_year(claims: Sequence[Claim]) -> tuple[int, int] | None:
    """The statutory fiscal year end of the country whose currency most of the story's money is
    in (``NATIONAL_FISCAL_YEAR_ENDS``), or None."""
    if not any(claim.unit in NATIONAL_FISCAL_YEAR_ENDS for claim in claims):
        return None
    currencies = Counter(claim.unit for claim in claims if claim.type == "money")
    currency, _ = currencies.most_common(1)[0]
    return NATIONAL_FISCAL_YEAR_ENDS.get(currency or "")


def _paired_quarter_year_end(text: str) -> tuple[int, int] | None:
    """The year end a quarter's end day sets with the ordinal written nearest before it, a
    fiscal year named between them (``QUARTER_SPAN_ENDED``)."""
    ended = QUARTER_SPAN_ENDED.search(text)
    if ended is None:
        return None
    # An ordinal compared with ("up 5% from the first quarter") is another quarter's.
    before = [match for match in ORDINAL_QUARTER.finditer(
                  text, max(0, ended.start() - QUARTER_PAIR_REACH), ended.start())
              if not COMPARED_QUARTER_BEFORE.search(text, max(0, match.start() - 20),
                                                    match.start())]
    if not before:
        return None
    nearest = before[-1]
    # Only a fiscal year named between them ties the two: "In the first quarter, sales rose 3%.
    # In the quarter ended June 30, ..." are two calendar quarters.
    if FISCAL_WORD.search(text, nearest.start(), ended.start()) is None:
        return None
    number = (int(nearest.group("q")) if nearest.group("q")
              else ORDINAL_NUMBERS[nearest.group("nth").lower()])
    return _quarter_year_end(number, ended.group("month"), ended.group("day"))


def _quarter_year_end(number: int, month_name: str, day_written: str
                      ) -> tuple[int, int] | None:
    """The month and day the year whose ``number``-th quarter ended on that day ends on, or
    None where that is December 31 (a calendar quarter) or the day does not exist."""
    month = month_number(month_name[:3].lower()) or 0
    day = int(day_written)
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2001, month)[1]:
        return None
    last = (month - 1 + 3 * (4 - number)) % 12 + 1
    # A quarter ended on its month's last day: the company's year ends on its month's last.
    month_end = _month_end((month, day))
    if last == 12 and month_end:
        return None
    return last, calendar.monthrange(2001, last)[1] if month_end else day


def _in_fiscal_year(period: Period, fiscal: tuple[int, int] | None, sentence: str = "",
                    published: dt.date | None = None) -> Period:
    """"fiscal 2020" of a company whose year ends March 31 is April 2019 to March 2020; so is
    a year its sentence calls a fiscal one ("growth in fiscal year 2020"); its "fourth
    quarter" is January to March, and "the full year" its latest year reported on."""
    if fiscal is None:
        return period
    if period.start is not None and period.end is not None:
        own = _fiscal_part(period, fiscal, published)
        if own is not None:
            return own
    named = FISCAL_NAMED.match(period.text.strip())
    if named is None and period.text.strip().isdigit() and re.search(
            rf"\b(?:FY\s?|[Ff]iscal\s+(?:[Yy]ear\s+)?){re.escape(period.text.strip())}\b",
            sentence):
        named = FISCAL_NAMED.match(f"fiscal {period.text.strip()}")
    if named is None:
        return period
    year = _fiscal_year_named(named.group("year"), fiscal)
    month, day = fiscal
    if not _month_end(fiscal):
        return _months_ending(year * 12 + month - 1, day, 12, period.text)
    last = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
    first_month = month % 12 + 1
    first = dt.date(year - 1 if first_month > month else year, first_month, 1)
    return Period(first, last, period.text)


def _fiscal_part(period: Period, fiscal: tuple[int, int], published: dt.date | None
                 ) -> Period | None:
    """A quarter or the full year of the company's own year, or None when ``period`` names
    neither. A fiscal year is named as ``_fiscal_year_named`` reads it; one named without its
    year is the latest that has begun by the article's date (for the full year, the one just ended
    in the quarter after it, as for a calendar year)."""
    text = period.text.strip()
    month = fiscal[0]
    quarter = FISCAL_QUARTER.match(text)
    if quarter is not None:
        number = int(quarter.group("q") or ORDINAL_NUMBERS[quarter.group("nth").lower()])
        written = quarter.group("year1") or quarter.group("year2")
        # Months counted from year 0: the quarter's first month in a year ending ``year``.
        def first(year: int) -> int:
            return (year - 1) * 12 + month + 3 * (number - 1)
        if written is not None:
            year = _fiscal_year_named(written, fiscal)
        elif published is not None:
            year = published.year + 1
            while first(year) > published.year * 12 + published.month - 1:
                year -= 1
        else:
            return None
        if not _month_end(fiscal):
            # A year of 52 or 53 weeks ("the first quarter ended May 4"): the quarter is the
            # three months ending on its day, as "the quarter ended May 4, 2024" reads.
            return _months_ending(first(year) + 2, fiscal[1], 3, text)
        return _months_from(first(year), 3, text)
    opening = FISCAL_OPENING_MONTHS.match(text)
    if opening is not None:
        return _fiscal_opening(opening, fiscal, published, text)
    if FISCAL_FULL_YEAR.match(text) and published is not None:
        year = published.year + (1 if published.month > month else 0)
        if published.year * 12 + published.month - 1 - ((year - 1) * 12 + month) < 3:
            year -= 1  # in the quarter after it ends, "the full year" is the one just ended
        if not _month_end(fiscal):
            return _months_ending((year - 1) * 12 + month + 11, fiscal[1], 12, text)
        return _months_from((year - 1) * 12 + month, 12, text)
    return None


_OPENING_COUNTS = {"three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9}


def _fiscal_opening(opening: re.Match[str], fiscal: tuple[int, int], published: dt.date | None,
                    text: str) -> Period | None:
    """The first months or a half of the company's year ("the first nine months of the year"
    of a year ending in October runs from November): of the year named, else the latest such
    stretch that has ended by the article's date."""
    if opening.group("count"):
        skip, months = 0, _OPENING_COUNTS[opening.group("count").lower()]
    else:
        half = opening.group("h") or ("1" if opening.group("nth").lower() == "first" else "2")
        skip, months = (0 if half == "1" else 6), 6
    month, day = fiscal
    def span(year: int) -> Period:
        # The year ending in ``year`` starts with the month after ``month`` of the year before.
        first = (year - 1) * 12 + month + skip
        if _month_end(fiscal):
            return _months_from(first, months, text)
        return _months_ending(first + months - 1, day, months, text)
    written = opening.group("year")
    if written is not None:
        return span(_fiscal_year_named(written, fiscal))
    if published is None:
        return None
    year = published.year + 1
    while (found := span(year)).end is not None and found.end > published:
        year -= 1
    return found


def _fiscal_year_named(written: str, fiscal: tuple[int, int]) -> int:
    """The calendar year a fiscal year named ``written`` ("2024", "24") ends in. A year of 52
    or 53 weeks that ends in January or February (a retailer's: "fiscal 2024" ends February 1,
    2025) is named by the year it starts in; every other by the year it ends in."""
    year = int(written) + (2000 if len(written) == 2 else 0)
    return year + 1 if fiscal[0] <= 2 and not _month_end(fiscal) else year


def _month_end(fiscal: tuple[int, int]) -> bool:
    """Whether a fiscal year ending on ``fiscal`` (month, day) ends on its month's last day."""
    month, day = fiscal
    return day >= calendar.monthrange(2001, month)[1] or (month == 2 and day >= 28)


def _months_ending(last_month: int, day: int, months: int, text: str) -> Period:
    """``months`` months ending on ``day`` of the month numbered ``last_month`` (counted from
    year 0): "three months ended May 4, 2024" runs from February 5."""
    year, month = last_month // 12, last_month % 12 + 1
    end = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
    before = last_month - months
    year, month = before // 12, before % 12 + 1
    start = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
    return Period(start + dt.timedelta(days=1), end, text)


def _months_from(first: int, months: int, text: str) -> Period:
    """``months`` whole months from the month numbered ``first`` (counted from year 0)."""
    start, end = months_interval(first // 12, first % 12 + 1, months)
    return Period(start, end, text)


def _within(inner: Period | None, outer: Period | None) -> bool:
    """Whether ``inner`` lies inside ``outer``, both known."""
    return (inner is not None and outer is not None and None not in (inner.start, inner.end,
                                                                      outer.start, outer.end)
            and outer.start <= inner.start and inner.end <= outer.end)  # type: ignore[operator]


def _relative(text: str, precision: Precision) -> bool:
    """Whether a period's words need a finer date than a reference of ``precision``."""
    return bool(RELATIVE_DAY.search(text)
                or (precision == "year" and RELATIVE_MONTH.search(text)))


def _open_if_relative(claim: Claim, precision: Precision) -> Claim:
    period = claim.period
    if period is None or not _relative(period.text, precision):
        return claim
    return dataclasses.replace(claim, period=Period(None, None, period.text),
                               value=None if claim.type == "date" else claim.value)
