"""Which blocks are the article: the rules table, provenance, duplicate leads.

PLACEHOLDER (foundation skeleton): the text-cleaner work replaces ``clean`` with the real rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .._blocks import Block
from .._records import Origin, Removal


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
    return Cleaned(body=tuple(b for b in blocks if b.text.strip() and b.text != title))
