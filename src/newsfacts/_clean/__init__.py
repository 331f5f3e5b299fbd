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
from .._records import Origin, Removal
from .classify import Verdict, classify, is_prose, words
from .duplicates import comparable, mark_duplicates
from .provenance import find_provenance

REPOST_NOTICE = "repost-notice"
SOURCE_LINE = "source-line"
DATELINE = "dateline"
BYLINE = "byline"
TITLE = "title"

# A headline: a few words, not a sentence that ends in a full stop, not a bullet or a quote.
_HEADLINE_WORDS = (3, 20)
_NOT_HEADLINE = re.compile(r"(?:[.,;:]|[\"”’])$|^[-•*–—·▪►✓>\d@]|^[\"“‘]|[.!?] [A-Z]")
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


def clean(blocks: Sequence[Block], *, url: str | None = None, title: str | None = None) -> Cleaned:
    """Split ``blocks`` into body and removals. ``title`` (known from page metadata) is not body."""
    verdicts = classify(blocks)
    mark_duplicates(verdicts, notice_reason=REPOST_NOTICE)
    removed_pairs = [pair for verdict in verdicts for pair in _removals(verdict)]
    body_texts = [verdict.text for verdict in verdicts if verdict.is_body]
    provenance = find_provenance(
        removed_pairs, body_texts, url=url, notice_reason=REPOST_NOTICE,
        source_reason=SOURCE_LINE, dateline_reason=DATELINE,
    )
    found_title = _mark_title(verdicts, title or provenance.title)
    removed = tuple(
        Removal(text=text, reason=reason)
        for verdict in verdicts
        for text, reason in _removals(verdict)
    )
    body = tuple(
        dataclasses.replace(verdict.block, text=verdict.text)
        for verdict in verdicts
        if verdict.is_body
    )
    return Cleaned(
        body=body,
        removed=removed,
        title=found_title,
        byline=_byline(verdicts),
        published=provenance.published,
        origin=provenance.origin,
        reposted_by=provenance.reposted_by,
    )


def _removals(verdict: Verdict) -> list[tuple[str, str]]:
    pairs = [(text, reason) for text, reason, _ in verdict.cuts if text]
    if verdict.reason is not None and verdict.text:
        pairs.append((verdict.text, verdict.reason))
    return pairs


def _mark_title(verdicts: Sequence[Verdict], known: str | None) -> str | None:
    """Remove the headline from the body; find it among the first blocks when nobody said it."""
    title = known.strip() if known else _headline(verdicts)
    if not title:
        return None
    key = comparable(title)
    for verdict in verdicts:
        if verdict.is_body and comparable(verdict.text) == key:
            verdict.reason, verdict.rule = TITLE, "title"
    return title


def _headline(verdicts: Sequence[Verdict]) -> str | None:
    """The first body block, when it reads as a headline and something follows it."""
    body = [verdict for verdict in verdicts if verdict.is_body]
    if len(body) < 2 or is_prose(body[0]):
        return None
    low, high = _HEADLINE_WORDS
    first = body[0].text
    if low <= words(first) <= high and not _NOT_HEADLINE.search(first):
        return first
    return None


def _byline(verdicts: Sequence[Verdict]) -> str | None:
    for verdict in verdicts:
        if verdict.reason == BYLINE:
            return _BYLINE_PREFIX.sub("", verdict.text).strip() or None
    return None
