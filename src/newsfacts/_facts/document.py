"""The document pass: claims read in order, each taking what the story said before it.

The sentence pass reads each sentence alone. A reader does not: in "Retail sales rose 0.3%
last month, the Commerce Department said. ... Sales at gasoline stations climbed 1.4%." the
1.4% is also the department's, and also last month's. This pass walks the claims in reading
order together with the sentences that hold no figure (headings, "Acme Corp today reported
results for the fourth quarter", "the agency said"), keeps what the story has established, and
fills a claim's empty fields from it, recording each filled field in ``Claim.carried``:

- source: the latest source named outright (a proper name with a reporting cue, or the
  company a press release is issued by) covers the later figures that name none, until
  another is named. Who expected a figure (economists, a poll) is never carried: an
  expectation belongs to who held it, and theirs is not the story's source. Figures before
  the first source named take that first source: a lead states the number, the next
  sentence says whose it is.
- period: the period a sentence's first figure is stated for covers the later figures that
  state none, until a sentence states another; a heading or a sentence without figures that
  names a period ("Full Year 2025 Highlights", "... reported results for the third quarter")
  sets it too. A forecast or target never takes a carried period: it is about a time to come.
- entity: a possessive subject ("China's exports ...") covers the next paragraph
  (``subjects.py``).
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .._records import Claim, Period, Source
from .attribution import NamedSources, find_sources, role_of
from .attribution_rules import (
    BUSINESS_ROLES,
    COMPANY_ROLES,
    CONSENSUS_SOURCE,
    DATA_PROVIDER_CUES,
    FORECASTING_CUES,
    NOT_SOURCES,
    SETTING_VERBS,
)
from .periods import PeriodMention, find_periods
from .subjects import carry_subjects

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Sentences of a stretch without figures: cut after a full stop, question or exclamation
# mark followed by white space, or at a line break.
_SENTENCE_CUT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"“‘(]?[A-Z0-9])|\n")
# A full stop after these ends no sentence: "Acme Robotics, Inc. (NASDAQ: ACMR) reported".
_ABBREVIATION_BEFORE = re.compile(
    r"\b(?:Inc|Corp|Co|Ltd|Bros|Mr|Mrs|Ms|Dr|Prof|St|No|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|"
    r"Dec|[A-Z])\.$"
)
# Roles that name the business a story is about ("the company said"): with no earlier name
# holding the role, the story's speaker is that business.
_BUSINESS_ROLES = COMPANY_ROLES | BUSINESS_ROLES
# Statuses of figures a source reports as having happened: only these make it the story's.
_REPORTED = frozenset({"actual", "estimate"})
# A job title before a capitalised name: "Chief Financial Officer Dan Janki", "Fed Chair
# Jerome Powell", "Premier Li Qiang".
_PERSON_TITLE = re.compile(
    r"\b(?:Chief\s+\w+\s+Officer|Premier|Prime\s+Minister|President|Mayor|Chair|Chairman|"
    r"Chairwoman|Governor|Minister|Secretary|Director|Senator|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|CEO|CFO|"
    r"COO|Professor|Economist|Analyst|Spokesman|Spokeswoman|Commissioner)\s+[A-Z]"
)
# Words that make a credited name an official body that publishes statistics, not a vendor.
_OFFICIAL_BODY = re.compile(
    r"\b(?:Statistics|Statistical|Bureau|Office|Ministry|Department|Administration|Agency|"
    r"Institute|Association|Commission|Council|Customs|Authority|Board|Federation|"
    r"Organi[sz]ation|Census|Treasury|Reserve|Central\s+Bank|Bank\s+of)\b|^(?:customs|government|"
    r"official|ministry|census|trade|industry|central\s+bank)$"
)
# A company's name: capitalised words ending with a corporate word.
_COMPANY_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w&'’-]{0,30}[ \t]+){1,4}(?:Group|Inc|Corp|Corporation|Ltd|Limited|plc|PLC|"
    r"Holdings|Company|Bank|Bancorp|AG|SA|NV|SE|ASA|AB|Oyj|LLC)\b\.?)"
)
_OPENING_CHARS = 300
# A personal name with a middle initial: "Alan J. Hyatt".
_INITIALLED = re.compile(r"[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]+$")
# A title in apposition after a name: "Alan J. Hyatt, President and CEO, said".
_TITLE_AFTER = re.compile(
    r",\s+(?:the\s+|its\s+|a\s+)?(?:[\w&-]+\s+){0,3}?(?:President|Chief|CEO|CFO|COO|Chair|"
    r"Chairman|chairman|Chairwoman|[Dd]irector|[Hh]ead|[Ff]ounder|analyst|economist|strategist|"
    r"[Mm]anager|[Oo]fficer|[Mm]inister|spokes(?:man|woman|person)|[Pp]rofessor|[Gg]overnor|"
    r"[Ss]ecretary|[Pp]artner)\b"
)
# Statuses that look ahead: a period that has been reported on is not theirs.
_AHEAD = frozenset({"forecast", "target"})
# Periods that are when something happened to a thing, not what a run of figures covers:
# "founded in 1998", "since 1991", "until 2030".
_NOT_A_RUN_PERIOD = re.compile(
    r"\b(?:since|until|till|by|before|after|founded|established|born|launched|listed|"
    r"incorporated|began|started|opened|expires?|expiring|matur(?:es|ing|ity)|due)\s+"
    r"(?:in\s+|on\s+|the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Cue:
    """What a stretch of text without figures tells the reader: a source, a period."""

    start: int
    source: Source | None
    period: Period | None
    sentence: str


def read_in_context(text: str, claims: Sequence[Claim], published: dt.date | None,
                    title: str | None = None, named: NamedSources | None = None, *,
                    exact: bool = True) -> list[Claim]:
    """``claims`` (offsets into ``text``, in reading order) with source, period and entity
    carried from earlier in the story where their own sentence gives none.

    ``exact`` is False when ``published`` is only a reference date read from the page
    (``reference.py``): a day named relative to the article ("Tuesday", "at press time",
    "last week") then stays open, since only the real date would place it.
    """
    if not claims:
        return []
    if not exact:
        claims = [_open_if_relative_day(claim) for claim in claims]
    spans = [_sentence_span(text, claim) for claim in claims]
    # A sentence whose only claims are dates ("Acme Corp. (NYSE: ACME) today reported results
    # for the quarter ended March 31") is read for what it sets up, like one without figures.
    figures = [span for span, claim in zip(spans, claims, strict=True) if claim.type != "date"]
    cues = list(find_cues(text, figures, published, named or NamedSources(), exact))
    carried = _carry_sources(text, claims, spans, cues)
    carried = _carry_periods(text, carried, spans, cues)
    return carry_subjects(text, carried, title)


def _sentence_span(text: str, claim: Claim) -> tuple[int, int]:
    """Where ``claim.sentence`` (its sentence, stripped) stands in ``text``."""
    sentence = claim.sentence
    start = text.find(sentence, max(0, claim.start - len(sentence)), claim.end + len(sentence))
    if start < 0 or start > claim.start:
        return claim.start, claim.end
    return start, start + len(sentence)


def find_cues(text: str, spans: Sequence[tuple[int, int]], published: dt.date | None,
              named: NamedSources, exact: bool = True) -> Iterator[Cue]:
    """Sources and periods named in the stretches of ``text`` outside the claims' sentences."""
    covered = _merge(spans)
    position = 0
    for start, end in [*covered, (len(text), len(text))]:
        if start > position:
            yield from _cues_in(text, position, start, published, named, exact)
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
             named: NamedSources, exact: bool) -> Iterator[Cue]:
    position = start
    for match in [*_SENTENCE_CUT.finditer(text, start, end), None]:
        if match is not None and _ABBREVIATION_BEFORE.search(text, max(0, match.start() - 8),
                                                             match.start()):
            continue
        cut = end if match is None else match.start()
        sentence = text[position:cut]
        if sentence.strip():
            cue = _cue(text, position, sentence, published, named, exact)
            if cue is not None:
                yield cue
        if match is not None:
            position = match.end()


def _cue(text: str, start: int, sentence: str, published: dt.date | None,
         named: NamedSources, exact: bool) -> Cue | None:
    mentions = find_sources(sentence)
    named.remember(mentions)
    resolved = [named.resolve(mention) for mention in mentions]
    source = next((m.source for m in resolved if m is not None and _is_named(m.source)), None)
    period = _run_period(sentence, find_periods(sentence, published))
    if period is not None and not exact and _RELATIVE_DAY.search(period.text):
        period = None
    if source is None and period is None:
        return None
    return Cue(start, source, period, sentence)


def _run_period(sentence: str, mentions: Sequence[PeriodMention]) -> Period | None:
    for mention in mentions:
        if (mention.is_basis or mention.is_report_date or mention.is_record_point
                or mention.period.start is None):
            continue
        if _NOT_A_RUN_PERIOD.search(sentence, max(0, mention.start - 30), mention.start):
            continue
        return mention.period
    return None


def _is_named(source: Source | None) -> bool:
    """Named outright (or as "customs" or "government" data), and not a watcher, a poll, a
    target's setter or a list of several subjects ("Jiangsu and Shanghai reported")."""
    if source is None or source.cue in SETTING_VERBS or " and " in source.name:
        return False
    if not source.name[:1].isupper():
        return source.cue == "data showed" and role_of(source.name) is None
    return role_of(source.name) is None and CONSENSUS_SOURCE.search(source.name) is None


def _is_speaker(source: Source | None) -> bool:
    """A source that speaks for the story's figures: an agency or company that said or
    reported them, the issuer of a release, or an official body whose data are credited
    ("according to Statistics Korea"); a data vendor ("according to LSEG data") is not."""
    if source is None or not _is_named(source):
        return False
    return source.cue not in DATA_PROVIDER_CUES or _OFFICIAL_BODY.search(source.name) is not None


def _reports(source: Source) -> bool:
    """Whether the source's cue reports figures rather than foresees them ("expects")."""
    return source.cue not in FORECASTING_CUES


def _is_person(name: str, sentence: str = "") -> bool:
    """A person quoted by title ("Chief Financial Officer Dan Janki", "Premier Li Qiang",
    "Alan J. Hyatt, President and Chief Executive Officer, said") speaks for their own
    paragraph, not for the story's market data that follows."""
    if _PERSON_TITLE.search(name) is not None or _INITIALLED.match(name) is not None:
        return True
    at = sentence.find(name)
    return at >= 0 and _TITLE_AFTER.match(sentence, at + len(name)) is not None


@dataclass(slots=True)
class _Sources:
    """Who the story has let speak so far: an organisation for the story, a quoted person or
    a data vendor for the rest of their paragraph."""

    breaks: Sequence[int]
    story: Source | None = None
    local: tuple[Source, int] | None = None  # a paragraph-scoped credit and its paragraph

    def hear(self, source: Source | None, at: int, sentence: str) -> None:
        if source is None or not _reports(source):
            return
        if (_is_speaker(source) and not _is_person(source.name, sentence)
                and (self.story is None or source.cue not in DATA_PROVIDER_CUES)):
            # An official body credited for data speaks for a story nobody else speaks for;
            # in a company's story ("according to the Bank of Korea") it covers its paragraph.
            self.story, self.local = source, None
        elif _is_named(source):
            self.local = (source, bisect.bisect(self.breaks, at))

    def current(self, paragraph: int, own_sentence_credited: bool) -> Source | None:
        """The source a figure of ``paragraph`` that names none shares. A figure its own
        sentence's credit left out (", up from 35% in January") is not that credit's."""
        if self.local is not None and self.local[1] == paragraph and not own_sentence_credited:
            return self.local[0]
        return self.story


def _carry_sources(text: str, claims: Sequence[Claim], spans: Sequence[tuple[int, int]],
                   cues: Sequence[Cue]) -> list[Claim]:
    breaks = [match.start() for match in _PARAGRAPH_BREAK.finditer(text)]
    cue_starts = [cue.start for cue in cues]
    # Both are only needed for a figure no source covers: found once, on first need.
    lead: list[Source | None] = []
    later: dict[int, Source] | None = None
    heard = _Sources(breaks)
    credited = {span for span, claim in zip(spans, claims, strict=True)
                if claim.source is not None and claim.type != "date"}
    next_cue = 0
    result: list[Claim] = []
    for claim, span in zip(claims, spans, strict=True):
        paragraph = bisect.bisect(breaks, span[0])
        while next_cue < len(cues) and cue_starts[next_cue] < span[0]:
            heard.hear(cues[next_cue].source, cues[next_cue].start, cues[next_cue].sentence)
            next_cue += 1
        if heard.story is None and not lead:
            lead.append(_lead_speaker(claims, cues) or _lead_company(text, claims))
        story = heard.story or lead[0]
        if claim.source is not None and role_of(claim.source.name) in _BUSINESS_ROLES:
            # "the company said" where no earlier name holds the role: the story's speaker.
            if story is not None and claim.status != "expectation":
                claim = _with(claim, "source", source=Source(story.name, claim.source.cue))
        elif claim.source is not None:
            if claim.status in _REPORTED:
                heard.hear(claim.source, span[0], claim.sentence)
        elif claim.where == "body" and claim.status != "expectation" and claim.type != "date":
            # With no organisation to speak for the story, a credit later in the paragraph
            # ("According to estimates by Acme Research, ...") covers the figures before it.
            carry = heard.current(paragraph, span in credited) or story
            if carry is None and span not in credited:
                if later is None:
                    later = _paragraph_credits(claims, cues, breaks)
                carry = later.get(paragraph)
            if carry is not None:
                claim = _with(claim, "source", source=carry)
        result.append(claim)
    return result


def _paragraph_credits(claims: Sequence[Claim], cues: Sequence[Cue], breaks: Sequence[int]
                       ) -> dict[int, Source]:
    """The first paragraph-scoped credit (a data vendor, a person quoted by title) of each
    paragraph."""
    credits: dict[int, Source] = {}
    for at, source, sentence in _mentions(claims, cues):
        if (_reports(source) and _is_named(source)
                and not (_is_speaker(source) and not _is_person(source.name, sentence))):
            credits.setdefault(bisect.bisect(breaks, at), source)
    return credits


def _mentions(claims: Sequence[Claim], cues: Sequence[Cue]) -> list[tuple[int, Source, str]]:
    """Every source the story names for figures it reports, with its sentence, in order."""
    found = [(claim.start, claim.source, claim.sentence) for claim in claims
             if claim.status in _REPORTED and claim.source is not None]
    found += [(cue.start, cue.source, cue.sentence) for cue in cues if cue.source is not None]
    return sorted(found, key=lambda item: item[0])


def _lead_company(text: str, claims: Sequence[Claim]) -> Source | None:
    """A company the opening lines are about ("Kenya Commercial Bank Group net profit ...
    grew", "In August, the Stockmann Group's sales ..."): in a story that lets nobody speak,
    it reports its own figures, unless the story names it only for what it expects."""
    opening = text.lstrip()[:_OPENING_CHARS]
    found = _COMPANY_NAME.search(opening)
    words = [] if found is None else found.group("name").split()
    while words and words[0] in NOT_SOURCES:
        words.pop(0)
    name = " ".join(words)
    forecaster = any(claim.source is not None and name in claim.source.name
                     and not _reports(claim.source) for claim in claims)
    return Source(name, "reported") if len(words) > 1 and not forecaster else None


def _lead_speaker(claims: Sequence[Claim], cues: Sequence[Cue]) -> Source | None:
    """The first organisation the story lets speak of figures it reports: a lead states the
    figure and a later sentence says whose it is, so the figures before it are its too. A
    credit to data ("data from the institute showed") is for the figures it names, no more."""
    for _, source, sentence in _mentions(claims, cues):
        if (_reports(source) and _is_speaker(source) and source.cue not in DATA_PROVIDER_CUES
                and not _is_person(source.name, sentence)):
            return source
    return None


def _carry_periods(text: str, claims: Sequence[Claim], spans: Sequence[tuple[int, int]],
                   cues: Sequence[Cue]) -> list[Claim]:
    cue_starts = [cue.start for cue in cues]
    fiscal = _fiscal_year_end(text)
    run: Period | None = None
    next_cue = 0
    sentence_at = -1
    result: list[Claim] = []
    for claim, (sentence_start, _) in zip(claims, spans, strict=True):
        while next_cue < len(cues) and cue_starts[next_cue] < sentence_start:
            cue = cues[next_cue]
            if cue.period is not None:
                run = _in_fiscal_year(cue.period, fiscal)
            next_cue += 1
        if claim.period is not None and fiscal is not None:
            claim = dataclasses.replace(
                claim, period=_in_fiscal_year(claim.period, fiscal, claim.sentence))
        if run is not None and _names_same_period(claim):
            # "from 7.6 billion for a similar period last year": the run's period, a year back.
            claim = _with(claim, "period", period=_year_before(run))
        if (sentence_start != sentence_at and claim.type != "date" and claim.period is not None
                and "period" not in claim.carried):
            # The first figure of a sentence stated for a period sets the run that follows.
            # Measured and left out: keeping the run when the new period lies wholly before
            # it (a look back, "than in October") gained on the fit half of reposts-dev and
            # lost more on the held-out half.
            sentence_at = sentence_start
            run = claim.period
        if claim.type == "date" or claim.where != "body" or run is None:
            result.append(claim)
            continue
        if _AT_PERIOD_END.search(claim.sentence) and (claim.period is None
                                                      or claim.period == run):
            # "cash of $18.3 million at year-end": a level on the run's last day.
            if run.end is not None:
                claim = _with(claim, "period", period=Period(run.end, run.end, run.text))
        elif claim.period is None and claim.status not in _AHEAD:
            claim = _with(claim, "period", period=run)
        result.append(claim)
    return result


# A level at the close of the period reported on: "cash of $18.3 million at year-end".
_AT_PERIOD_END = re.compile(
    r"\b(?:at|as\s+of)\s+(?:the\s+)?(?:fiscal\s+)?(?:year|quarter|period)[\s-]end\b"
    r"|\b(?:at|as\s+of)\s+the\s+end\s+of\s+the\s+(?:fiscal\s+)?(?:year|quarter|period)\b",
    re.IGNORECASE,
)
# "from 273.8 billion won in the same period of last year", "$7.6 billion for a similar period
# last year": the figure a year before the run, named right after the number. ("Up 5% over
# the same period last year" is a change's basis: "over" is left out.)
_SAME_PERIOD_AFTER = re.compile(
    r"\s{0,3}(?:(?:in|for|during)\s+)?(?:(?:the|a)\s+)?(?:same|similar|corresponding|"
    r"comparable)\s+(?:period|quarter|month|half|time|(?:three|six|nine)\s+months)\s+"
    r"(?:(?:of|in)\s+)?(?:(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:earlier|ago)|"
    r"(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _names_same_period(claim: Claim) -> bool:
    """Whether the phrase for the same period a year back follows the claim's number."""
    number = claim.sentence.find(claim.text)
    return number >= 0 and _SAME_PERIOD_AFTER.match(
        claim.sentence, number + len(claim.text)) is not None


def _year_before(period: Period) -> Period:
    if period.start is None or period.end is None:
        return period
    return Period(_a_year_before(period.start), _a_year_before(period.end), period.text)


def _a_year_before(day: dt.date) -> dt.date:
    year = day.year - 1
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


# "the fiscal full-year ended March 31, 2020", "fiscal year ending June 30": a company whose
# year does not end in December.
_FISCAL_YEAR_END = re.compile(
    r"\b[Ff]iscal\s+(?:full[\s-])?year(?:[\s-]end)?\s+end(?:ed|ing|s)?\s+(?:on\s+)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November)"
    r"\s+(?P<day>[0-3]?\d)\b"
)
_FISCAL_NAMED = re.compile(
    r"^(?:(?:in|for|during)\s+)?(?:the\s+)?(?:FY\s?|[Ff]iscal\s+(?:[Yy]ear\s+)?)'?(?P<year>\d{2}|\d{4})$"
)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")


def _fiscal_year_end(text: str) -> tuple[int, int] | None:
    """The month and day a company's fiscal year ends on, when the story says and it is not
    December 31."""
    if "iscal" not in text:
        return None
    found = _FISCAL_YEAR_END.search(text)
    if found is None:
        return None
    return _MONTH_NAMES.index(found.group("month").lower()) + 1, int(found.group("day"))


def _in_fiscal_year(period: Period, fiscal: tuple[int, int] | None, sentence: str = ""
                    ) -> Period:
    """"fiscal 2020" of a company whose year ends March 31 is April 2019 to March 2020; so is
    a year its sentence calls a fiscal one ("growth in fiscal year 2020")."""
    if fiscal is None:
        return period
    named = _FISCAL_NAMED.match(period.text.strip())
    if named is None and period.text.strip().isdigit() and re.search(
            rf"\b(?:FY\s?|[Ff]iscal\s+(?:[Yy]ear\s+)?){re.escape(period.text.strip())}\b",
            sentence):
        named = _FISCAL_NAMED.match(f"fiscal {period.text.strip()}")
    if named is None:
        return period
    year = int(named.group("year"))
    year += 2000 if year < 100 else 0
    month, day = fiscal
    last = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
    first_month = month % 12 + 1
    first = dt.date(year - 1 if first_month > month else year, first_month, 1)
    return Period(first, last, period.text)


# Words of a period that only the article's own day can place.
_RELATIVE_DAY = re.compile(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|"
    r"tomorrow|yesterday|ago|week|weekend|press\s+time|writing|morning|afternoon|evening|"
    r"a\.m|p\.m|am|pm)\b"
)


def _open_if_relative_day(claim: Claim) -> Claim:
    period = claim.period
    if period is None or not _RELATIVE_DAY.search(period.text):
        return claim
    return dataclasses.replace(claim, period=Period(None, None, period.text),
                               value=None if claim.type == "date" else claim.value)


def _with(claim: Claim, field: str, **values: object) -> Claim:
    carried = (*claim.carried, field) if field not in claim.carried else claim.carried
    return dataclasses.replace(claim, carried=carried, **values)  # type: ignore[arg-type]


