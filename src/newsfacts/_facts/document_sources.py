"""Who says so, across a story: the source a figure that names none shares.

An organisation that reports figures ("the Labor Department said", the issuer of a release)
speaks for the story until another is named, and for the figures before it; an official body
credited for data does so too when nobody else speaks. A data vendor ("according to LSEG data")
and a person quoted by title cover their own paragraph. In a story that lets nobody speak, the
company or official body its opening is about, else the one its headline lets report ("Acme
Reports Third-Quarter Results"), reports its figures; a body named only by its role ("the group
reported") is the last resort. A body quoted without figures ("the bank said it would keep
watching prices") starts no carry. Expectations held by watchers and the setters of targets are
never carried; an expectation nobody in its sentence holds ("the sale is expected to bring") is
the forecast of who speaks for the story. ``document.py`` runs this after the sentence pass.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .._records import Claim, Period, Source
from .attribution import find_sources, role_of
from .attribution_rules import (
    BUSINESS_ROLES,
    COMPANY_ROLES,
    CONSENSUS_SOURCE,
    DATA_PROVIDER_CUES,
    FORECASTING_CUES,
    HEADLINE_SPEAKER,
    NOT_SOURCES,
    ROLE_SOURCES,
    SETTING_VERBS,
    WATCHERS,
)
from .document_rules import (
    COMPANY_NAME,
    INITIALLED,
    MARKET_DATA_VENUES,
    OFFICIAL_BODY,
    OFFICIAL_NAME,
    OPENING_CHARS,
    PERSON_TITLE,
    TITLE_AFTER,
)

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Roles that name the business a story is about ("the company said"): with no earlier name
# holding the role, the story's speaker is that business.
_BUSINESS_ROLES = COMPANY_ROLES | BUSINESS_ROLES
_SPEECH_CUES = frozenset({"said", "says", "say", "told", "noted", "wrote", "stated", "states",
                          "commented", "explained", "explains"})
# Statuses of figures a source reports as having happened: only these make it the story's.
_REPORTED = frozenset({"actual", "estimate"})


@dataclass(frozen=True, slots=True)
class Cue:
    """What a stretch of text without figures tells the reader: a source, a period."""

    start: int
    source: Source | None
    period: Period | None
    sentence: str



def is_named(source: Source | None) -> bool:
    """Named outright (or as "customs" or "government" data), and not a watcher, a poll, a
    target's setter or a list of several subjects ("Jiangsu and Shanghai reported")."""
    if source is None or source.cue in SETTING_VERBS or " and " in source.name:
        return False
    if not source.name[:1].isupper():
        return source.cue == "data showed" and role_of(source.name) is None
    return role_of(source.name) is None and not any(
        not _NAME_PART.search(source.name, 0, found.end())
        for found in CONSENSUS_SOURCE.finditer(source.name))


# A consensus word written as the last part of a firm's name ("Farside Investors", "IG
# Markets"), not a crowd of watchers ("economists polled by Reuters", "Acme analysts").
_NAME_PART = re.compile(r"\b[A-Z][\w&.'’-]*\s+[A-Z][a-z]+$")


def _is_speaker(source: Source | None) -> bool:
    """A source that speaks for the story's figures: an agency or company that said or
    reported them, the issuer of a release, or an official body whose data are credited
    ("according to Statistics Korea"); a data vendor ("according to LSEG data") is not."""
    if source is None or not is_named(source):
        return False
    return source.cue not in DATA_PROVIDER_CUES or OFFICIAL_BODY.search(source.name) is not None


def _is_venue(name: str) -> bool:
    """Whether a credited name is a market-data venue ("CoinGecko", "Binance's order book")."""
    words = name.lower().replace("’s", "").replace("'s", "").split()
    return any(word in MARKET_DATA_VENUES for word in words)


def _reports(source: Source) -> bool:
    """Whether the source's cue reports figures rather than foresees them ("expects")."""
    return source.cue not in FORECASTING_CUES


def _is_person(name: str, sentence: str = "") -> bool:
    """A person quoted by title ("Chief Financial Officer Dan Janki", "Premier Li Qiang",
    "Alan J. Hyatt, President and Chief Executive Officer, said") speaks for their own
    paragraph, not for the story's market data that follows."""
    if PERSON_TITLE.search(name) is not None or INITIALLED.match(name) is not None:
        return True
    at = sentence.find(name)
    return at >= 0 and TITLE_AFTER.match(sentence, at + len(name)) is not None


@dataclass(slots=True)
class _Sources:
    """Who the story has let speak so far: an organisation for the story, a quoted person or
    a data vendor for the rest of their paragraph."""

    breaks: Sequence[int]
    story: Source | None = None
    local: tuple[Source, int] | None = None  # a paragraph-scoped credit and its paragraph
    venue: Source | None = None  # a market-data venue, for a story nobody else speaks for

    def hear(self, source: Source | None, at: int, sentence: str) -> None:
        if source is None or not _reports(source):
            return
        if (_is_speaker(source) and not _is_person(source.name, sentence)
                and (self.story is None or source.cue not in DATA_PROVIDER_CUES)):
            # An official body credited for data speaks for a story nobody else speaks for;
            # in a company's story ("according to the Bank of Korea") it covers its paragraph.
            self.story, self.local = source, None
        elif is_named(source):
            self.local = (source, bisect.bisect(self.breaks, at))
            if self.story is None and _is_venue(source.name):
                # A price venue read first ("per CoinGecko data") prices the whole story.
                self.venue = source

    def current(self, paragraph: int, own_sentence_credited: bool) -> Source | None:
        """The source a figure of ``paragraph`` that names none shares. A figure its own
        sentence's credit left out (", up from 35% in January") is not that credit's."""
        if self.local is not None and self.local[1] == paragraph and not own_sentence_credited:
            return self.local[0]
        return self.story or self.venue


def carry_sources(text: str, claims: Sequence[Claim], spans: Sequence[tuple[int, int]],
                   cues: Sequence[Cue], title: str | None = None) -> list[Claim]:
    """``claims`` with the story's sources carried; ``title`` is the headline, whose speaker
    ("Acme Reports Third-Quarter Results") speaks for a story whose body names none."""
    breaks = [match.start() for match in PARAGRAPH_BREAK.finditer(text)]
    cue_starts = [cue.start for cue in cues]
    # Both are only needed for a figure no source covers: found once, on first need.
    lead: list[Source | None] = []  # who speaks for the story (``_lead``)
    later: dict[int, Source] | None = None
    heard = _Sources(breaks)
    credited = {span for span, claim in zip(spans, claims, strict=True)
                if claim.source is not None and claim.type != "date"}
    next_cue = 0
    # A speaker the story names only by its role ("The group reported earnings of ..."): the
    # last resort for the figures after it.
    role_speaker: Source | None = None
    result: list[Claim] = []
    for claim, span in zip(claims, spans, strict=True):
        paragraph = bisect.bisect(breaks, span[0])
        while next_cue < len(cues) and cue_starts[next_cue] < span[0]:
            cue_source = cues[next_cue].source
            if cue_source is None or cue_source.cue not in _SPEECH_CUES:
                heard.hear(cue_source, cues[next_cue].start, cues[next_cue].sentence)
            next_cue += 1
        if claim.source is not None and role_of(claim.source.name) in _BUSINESS_ROLES:
            # "the company said" where no earlier name holds the role: the story's speaker.
            story = heard.story or _lead(lead, text, claims, cues, title)
            if story is not None and claim.status != "expectation":
                claim = with_carried(claim, "source", source=Source(story.name, claim.source.cue))
                if claim.status in _REPORTED:
                    # The business speaks in its own words now: the story is its.
                    heard.hear(claim.source, span[0], claim.sentence)
            elif _role_speaks(claim):
                role_speaker = claim.source
        elif claim.source is not None:
            if claim.status in _REPORTED:
                heard.hear(claim.source, span[0], claim.sentence)
            if _role_speaks(claim):
                role_speaker = claim.source
            elif is_named(claim.source):
                # A body named by its role speaks until the story names another source.
                role_speaker = None
        elif claim.where == "body" and claim.type != "date" and (
                claim.status != "expectation" or not WATCHERS.search(claim.sentence)):
            # An expectation whose sentence names no watcher ("the sale is expected to
            # generate a gain of S$290m") is the forecast of who speaks for the story.
            # With no organisation to speak for the story, a credit later in the paragraph
            # ("According to estimates by Acme Research, ...") covers the figures before it.
            carry = heard.current(paragraph, span in credited) or heard.story or _lead(
                lead, text, claims, cues, title)
            if carry is None and span not in credited:
                if later is None:
                    later = _paragraph_credits(claims, cues, breaks)
                carry = later.get(paragraph)
            carry = carry or role_speaker
            if carry is not None:
                claim = with_carried(claim, "source", source=carry)
                if claim.status == "expectation":
                    claim = dataclasses.replace(claim, status="forecast")
        result.append(claim)
    return result


def _lead(found: list[Source | None], text: str, claims: Sequence[Claim], cues: Sequence[Cue],
          title: str | None) -> Source | None:
    """Who speaks for a story whose figures name nobody, read on first need into ``found``."""
    if not found:
        found.append(_lead_speaker(claims, cues) or _lead_company(text, claims)
                     or _title_speaker(title))
    return found[0]


def _role_speaks(claim: Claim) -> bool:
    """Whether the claim's source is a body named only by its role ("the group reported")
    that reports the figure as having happened."""
    source = claim.source
    return (source is not None and claim.status in _REPORTED and _reports(source)
            and source.cue not in SETTING_VERBS and role_of(source.name) in ROLE_SOURCES)


def _paragraph_credits(claims: Sequence[Claim], cues: Sequence[Cue], breaks: Sequence[int]
                       ) -> dict[int, Source]:
    """The first paragraph-scoped credit (a data vendor, a person quoted by title) of each
    paragraph."""
    credits: dict[int, Source] = {}
    for at, source, sentence in _mentions(claims, cues):
        if (_reports(source) and is_named(source)
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
    """A company or official body the opening lines are about ("Kenya Commercial Bank Group
    net profit ... grew", "In August, the Stockmann Group's sales ...", "The Ministry of Trade
    reviewed export performance"): in a story that lets nobody speak,
    it reports its own figures, unless the story names it only for what it expects."""
    opening = text.lstrip()[:OPENING_CHARS]
    found = min((match for match in (COMPANY_NAME.search(opening), OFFICIAL_NAME.search(opening))
                 if match is not None), key=lambda match: match.start(), default=None)
    words = [] if found is None else _without_leading_non_sources(found.group("name").split())
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


def _title_speaker(title: str | None) -> Source | None:
    """The organisation a headline lets report ("Acme Reports Third-Quarter Results")."""
    if not title:
        return None
    for mention in find_sources(title):
        source = mention.source
        if _reports(source) and _is_speaker(source) and not _is_person(source.name, title):
            return source
    found = HEADLINE_SPEAKER.match(title)
    if found is None:
        return None
    words = _without_leading_non_sources(found.group("name").replace(",", " ").split())
    if not words:
        return None
    issuer = Source(" ".join(words), "reported")
    return issuer if _is_speaker(issuer) else None


def _without_leading_non_sources(words: list[str]) -> list[str]:
    """A name's words without the capitalised words before it that name no source ("Several",
    "Exports", a month)."""
    while words and words[0] in NOT_SOURCES:
        words.pop(0)
    return words


def with_carried(claim: Claim, field: str, **values: object) -> Claim:
    carried = (*claim.carried, field) if field not in claim.carried else claim.carried
    return dataclasses.replace(claim, carried=carried, **values)  # type: ignore[arg-type]


