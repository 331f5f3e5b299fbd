"""HTML page -> blocks and page metadata. PLACEHOLDER (foundation skeleton): the HTML work
replaces ``parse_page`` with lxml parsing, content scoring and metadata."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import lxml.html

from ._blocks import Block
from ._records import Origin, Removal


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """A parsed page: candidate body blocks in document order, and what the page says of itself."""

    blocks: tuple[Block, ...]
    removed: tuple[Removal, ...] = ()
    url: str | None = None
    title: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    modified: dt.date | None = None
    site_name: str | None = None
    language: str | None = None
    origin: Origin | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()


def parse_page(
    source: str | bytes, *, url: str | None, charset: str | None, max_bytes: int
) -> HtmlPage:
    tree = lxml.html.fromstring(source)
    texts = ["".join(p.itertext()).strip() for p in tree.iter("p", "h1", "h2", "li")]
    return HtmlPage(blocks=tuple(Block(text=t, position=i) for i, t in enumerate(texts) if t),
                    url=url)
