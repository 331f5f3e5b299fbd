"""Which blocks are the article: the rules table, duplicate leads, the title, provenance.

``clean`` runs the same way on plain-text lines and on HTML blocks; for HTML the block's tag and
class hints add evidence (``rules.HINT_RULES``), for text they are empty and only the words count.
Every block that is not body ends up in ``Cleaned.removed`` with its reason: nothing is dropped
silently.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .._blocks import Block
from .._options import DEFAULT_FURNITURE_THRESHOLD
from .._records import Origin, Removal
from .classify import Verdict, classify, is_prose, late_rules, words
from .duplicates import DUPLICATE, comparable, mark_duplicates
from .ensemble import FurnitureModel, shipped_model
from .judge import judge
from .provenance import Provenance, credited_agency_line, find_provenance
from .structure import mark_layout

REPOST_NOTICE = "repost-notice"
SOURCE_LINE = "source-line"
DATELINE = "dateline"
BYLINE = "byline"
TITLE = "title"
COPYRIGHT = "copyright"
KICKER = "navigation"

# A headline: a few words, not a sentence that ends in a full stop, not a bullet or a quote.
_HEADLINE_WORDS = (3, 20)
# A listicle headline may open with its number ("3 Reasons to Buy ..."); a list item may not.
_NOT_HEADLINE = re.compile(
    r"(?:[.,;:]|[\"”’])$|^[-•*–—·▪►✓>@]|^\d(?!\d{0,2} [A-Z])|^[\"“‘]|[.!?] [A-Z]"
)
# Section labels a page prints above its headline ("Local", "Press Release"): at most this many,
# each this short, and only when what they sit on is vouched for as a headline by what follows it.
_KICKERS = 2
_KICKER_WORDS = 3
_KICKER_END = re.compile(r"[.,;:!?\"”’)]$|^[-•*–—·▪►✓>\d@\"“‘]")
_VOUCH_BLOCKS = 3
_HEADLINE_FOLLOWERS = frozenset({BYLINE, DATELINE, DUPLICATE, "reading-time"})
# A line that stops on a function word is a paragraph cut short, not a headline.
_CUT_OFF = re.compile(
    r"\b(?:the|a|an|of|and|or|its|their)$",
    re.IGNORECASE,
)
_BYLINE_PREFIX = re.compile(r"^(?i:by|written by|author|posted by|words by)\s?:?\s?")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What the cleaner decided: body blocks in order, removals with reasons, provenance."""

    body: tuple[Block, ...]
    removed: tuple[Removal, ...] = ()
    title: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    modified: dt.date | None = None
    site_name: str | None = None
    language: str | None = None
    origin: Origin | None = None
    reposted_by: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    # Removed stamps of teaser lists' items and of comments (``Provenance.listed_stamps``).
    listed_stamps: frozenset[str] = frozenset()


@dataclass(slots=True)
class RuledPage:
    """The page after the precise stages (rules, duplicates, layout, provenance, title), before
    the model: what ``clean`` hands to the model, and what training computes features from."""

    verdicts: list[Verdict]
    provenance: Provenance
    title: str | None


def rule_stage(
    blocks: Sequence[Block], *, url: str | None = None, title: str | None = None
) -> RuledPage:
    """Blocks -> verdicts from the rules table, duplicate leads and the layout pass."""
    verdicts = classify(blocks)
    mark_duplicates(verdicts, notice_reason=REPOST_NOTICE)
    mark_layout(verdicts)
    removed_pairs = [pair for verdict in verdicts for pair in _removals(verdict)]
    # The wire credit and the lead's date sit in the dateline a span row cut from the lead.
    body_texts = [verdict.block.text.strip() for verdict in verdicts if verdict.is_body]
    # Every block in page order: a byline's stamp is known by the lines above it.
    page_rows = [row for verdict in verdicts for row in _page_rows(verdict)]
    provenance = find_provenance(
        removed_pairs, body_texts, url=url, notice_reason=REPOST_NOTICE,
        source_reason=SOURCE_LINE, dateline_reason=DATELINE, byline_reason=BYLINE,
        copyright_reason=COPYRIGHT, page=page_rows,
    )
    found_title = _mark_title(verdicts, title or provenance.title)
    return RuledPage(verdicts=verdicts, provenance=provenance, title=found_title)


def clean(
    blocks: Sequence[Block],
    *,
    url: str | None = None,
    title: str | None = None,
    threshold: float = DEFAULT_FURNITURE_THRESHOLD,
    model: FurnitureModel | None = None,
) -> Cleaned:
    """Split ``blocks`` into body and removals. ``title`` (known from page metadata) is not body.

    One pipeline: blocks -> rules (and the layout and duplicate passes) -> features -> model
    -> removals with reasons. ``model`` defaults to the shipped one; a block is furniture when
    the model's probability reaches ``threshold``.
    """
    page = rule_stage(blocks, url=url, title=title)
    judge(page.verdicts, model or shipped_model(), threshold)
    late_rules(page.verdicts)
    verdicts, provenance = page.verdicts, page.provenance
    removed = tuple(
        Removal(text=text, reason=reason)
        for verdict in verdicts
        for text, reason in _removals(verdict)
    )
    # Most body blocks lost nothing to a span row: the (frozen) block itself serves, where a
    # copy costs a dataclasses.replace call each.
    body = tuple(
        verdict.block if verdict.text == verdict.block.text
        else dataclasses.replace(verdict.block, text=verdict.text)
        for verdict in verdicts
        if verdict.is_body
    )
    origin = provenance.origin
    if origin is None:
        agency = credited_agency_line([(removal.text, removal.reason) for removal in removed])
        origin = None if agency is None else Origin(publisher=agency)
    return Cleaned(
        body=body,
        removed=removed,
        title=page.title,
        byline=_byline(verdicts),
        published=provenance.published,
        origin=origin,
        reposted_by=provenance.reposted_by,
        listed_stamps=provenance.listed_stamps,
    )


def _page_rows(verdict: Verdict) -> list[tuple[str, str | None]]:
    """A block's removed parts with their reasons, then its body text (reason None)."""
    rows: list[tuple[str, str | None]] = [(text, reason) for text, reason in _removals(verdict)]
    if verdict.is_body:
        rows.append((verdict.text.strip(), None))
    return rows


def _removals(verdict: Verdict) -> list[tuple[str, str]]:
    pairs = [(text, reason) for text, reason, _ in verdict.cuts if text]
    if verdict.reason is not None and verdict.text:
        pairs.append((verdict.text, verdict.reason))
    return pairs


# Channel and feed posts put an emoji before the headline ("⚡️ Netflix adds ..."); it is decoration.
_LEADING_EMOJI = re.compile(r"^[^\w\s\"'“‘(\[$£€¥#@-]{1,4} ")
# A feed prints a headline with its age ("... at home - 14 mins ago") or glued to its date and
# time stamp ("... up 2.3% Thursday, June 22 2017 @ 02:59 AM AST Views: 38"): the page's, not
# the headline's.
_TRAILING_STAMP = re.compile(
    r"\s[-–—|·•]\s?(?:about )?(?:an?|\d{1,3}) ?(?:min(?:ute)?s?|hrs?|hours?|days?|weeks?) ago$"
    r"|\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4},?\s?(?:@|at)?\s?\d{1,2}:\d{2}\b.*$",
    re.IGNORECASE,
)


def _mark_title(verdicts: Sequence[Verdict], known: str | None) -> str | None:
    """Remove the headline from the body; find it among the first blocks when nobody said it."""
    title = known.strip() if known else (_headline(verdicts) or _repeated_headline(verdicts))
    if not title:
        return None
    key = comparable(title)
    for verdict in verdicts:
        if verdict.is_body and comparable(verdict.text) == key:
            verdict.reason, verdict.rule = TITLE, "title"
    title = _TRAILING_STAMP.sub("", title) or title
    return _LEADING_EMOJI.sub("", title) or title


def _headline(verdicts: Sequence[Verdict]) -> str | None:
    """The first body block, when it reads as a headline and something follows it."""
    body = [verdict for verdict in verdicts if verdict.is_body]
    if len(body) < 2 or is_prose(body[0]):
        return None
    if _reads_as_headline(body[0].text) and not body[1].text[:1].islower():
        return body[0].text
    for kickers in range(1, _KICKERS + 1):
        labels, candidate = body[:kickers], body[kickers]
        if len(body) < kickers + 2 or not _is_kicker(labels[-1]):
            return None
        if _reads_as_headline(candidate.text) and _vouched_as_headline(verdicts, candidate):
            for label in labels:
                label.reason, label.rule = KICKER, "kicker"
            return candidate.text
    return None


def _repeated_headline(verdicts: Sequence[Verdict]) -> str | None:
    """A headline-like line printed twice above the article's first paragraph.

    Aggregator pages print the story's headline in their own list and again above the story,
    so both copies can go as furniture; the repeat still tells which line is the headline.
    """
    seen: set[str] = set()
    for verdict in verdicts:
        if verdict.is_body and is_prose(verdict):
            return None
        text = verdict.text or verdict.block.text
        if not _reads_as_headline(text):
            continue
        key = comparable(text)
        if key in seen:
            return text
        seen.add(key)
    return None


def _reads_as_headline(text: str) -> bool:
    low, high = _HEADLINE_WORDS
    return (
        low <= words(text) <= high
        and not _NOT_HEADLINE.search(text)
        and not _CUT_OFF.search(text)
    )


def _is_kicker(verdict: Verdict) -> bool:
    return words(verdict.text) <= _KICKER_WORDS and not _KICKER_END.search(verdict.text)


def _vouched_as_headline(verdicts: Sequence[Verdict], candidate: Verdict) -> bool:
    """A byline, a dateline or the headline's own repeat right under it (or under its deck)."""
    index = next(i for i, verdict in enumerate(verdicts) if verdict is candidate)
    following = [verdict for verdict in verdicts[index + 1 :] if verdict.text][:_VOUCH_BLOCKS]
    return any(verdict.reason in _HEADLINE_FOLLOWERS for verdict in following)


def _byline(verdicts: Sequence[Verdict]) -> str | None:
    for verdict in verdicts:
        if verdict.reason == BYLINE:
            return _BYLINE_PREFIX.sub("", verdict.text).strip() or None
    return None
