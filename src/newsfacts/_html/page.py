"""The HTML stage's entry: one page in, one :class:`HtmlPage` out.

Runs the package's steps in order: bytes to text (``decode``), text to a tree (``parse``), what
the page says of itself (``metadata``), the tree to blocks (``blocks``) and the choice of the
article's blocks (``content``), all driven by the rule tables in ``rules``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from .._blocks import Block
from .._errors import InputTooLargeError
from .._records import Origin, Removal
from .._text import GLUED_NOTICE_STARTS
from .blocks import Node, RawBlock, walk
from .content import choose, is_prose
from .decode import check_text, decode_html_bytes
from .metadata import read_metadata
from .parse import parse_html
from .rules import SILENT_TAGS

_MAX_REMOVALS = 400
_GLUED_NOTICE = re.compile(
    r"(?<=\S)(?=(?:" + "|".join(re.escape(start) for start in GLUED_NOTICE_STARTS) + "))"
)
# Whether a block holds a notice's start at all: one scan (the engine skips to the starts'
# first letters) rather than a containment test per start.
_GLUED_START = re.compile("|".join(re.escape(start) for start in GLUED_NOTICE_STARTS))
# Client-rendered pages ship a shell (menus, a loading skeleton) and carry the story only in
# the JSON-LD articleBody. It replaces the chosen blocks when it is this many times longer than
# their prose, and long enough to be a story rather than a summary.
_LD_BODY_RATIO = 2.0
_LD_BODY_MIN_CHARS = 200
# Some publishers put markup into articleBody: paragraph ends become line breaks.
_LD_PARAGRAPH_END = re.compile(r"</p\s{0,4}>|<br\s{0,4}/?>", re.IGNORECASE)
_LD_PARAGRAPH = re.compile(r"\n\s{0,200}\n|\n")
# Longer than any news story (the longest features run to some 100,000 characters): a page this
# big is an archive, a feed or a dump, and its claims take seconds to find. It is kept whole,
# and said.
_HUGE_BODY_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """A parsed page: candidate body blocks in document order, and what the page says of itself."""

    blocks: tuple[Block, ...]
    removed: tuple[Removal, ...] = ()
    url: str | None = None
    title: str | None = None  # declared (meta tags, JSON-LD) or shown as the <h1>
    document_title: str | None = None  # the <title>: only when nothing better names the page
    byline: str | None = None
    published: dt.date | None = None
    modified: dt.date | None = None
    site_name: str | None = None
    language: str | None = None
    origin: Origin | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    # False when no element held article prose: the blocks are then the page's text minus its
    # chrome (a directory of links, an error page), not a story.
    article_found: bool = True


def parse_page(
    source: str | bytes, *, url: str | None, charset: str | None, max_bytes: int
) -> HtmlPage:
    """Parse one page. Raises a :class:`~newsfacts.ExtractionError` subclass on bad input."""
    notes: list[str] = []
    if isinstance(source, bytes):
        decoded = decode_html_bytes(source, charset=charset, max_bytes=max_bytes)
        text, encoding = decoded.text, decoded.encoding
        notes.extend(decoded.warnings)
    else:
        if len(source) > max_bytes:
            raise InputTooLargeError(
                f"the input is {len(source)} characters, over the limit of {max_bytes}"
            )
        # A byte order mark left at the front of a str by a scraper that decoded without
        # looking for one.
        text, encoding = check_text(source.removeprefix("\ufeff")), None
    root = parse_html(text, notes)
    meta = read_metadata(root, url=url)
    etree.strip_elements(root, *SILENT_TAGS, with_tail=False)
    # The whole tree, not only <body>: libxml2 puts what follows a stray early </body> (old
    # pages, pages saved with a wrapper) beside the body, and <head> is gone by now.
    raw_blocks, nodes, hidden = walk(root)
    decision = choose(raw_blocks, nodes, title=meta.title or meta.document_title,
                      byline=meta.byline)
    blocks = _blocks(decision.body, decision.main)
    removed = decision.removed
    ld_blocks = _json_ld_blocks(meta.article_body, decision.body)
    if ld_blocks:
        # The shell's blocks are still listed, so nothing leaves the page unaccounted for.
        blocks = ld_blocks
        removed = tuple(sorted(removed + tuple((raw, "boilerplate") for raw in decision.body),
                               key=lambda pair: pair[0].position))
    body_chars = sum(len(block.text) for block in blocks)
    if body_chars > _HUGE_BODY_CHARS:
        notes.append(f"the article body is {body_chars:,} characters, far longer than a news "
                     "story: the page may be an archive, a feed or a data dump, and finding "
                     "its claims will be slow")
    return HtmlPage(
        blocks=blocks,
        removed=_removals(removed, notes) + tuple(Removal(text, "hidden")
                                                           for text in hidden[:_MAX_REMOVALS]),
        url=meta.url,
        title=meta.title,
        document_title=meta.document_title,
        byline=meta.byline,
        published=meta.published,
        modified=meta.modified,
        site_name=meta.site_name,
        language=meta.language,
        origin=meta.origin,
        encoding=encoding,
        warnings=tuple(notes),
        article_found=decision.main is not None or bool(ld_blocks),
    )


def _blocks(body: tuple[RawBlock, ...], main: Node | None) -> tuple[Block, ...]:
    blocks: list[Block] = []
    labels: dict[int, tuple[str, str]] = {}  # by id(node): the blocks share their ancestors
    for raw in body:
        path, hints = _labels(raw.node, main, labels)
        # A page built from flattened text can carry a notice glued to the sentence before it
        # ("...JANUARY 13, 2026The post ..."): split it off as the text path does.
        # The score says how sure the HTML stage is that this is article text: 1 for prose,
        # 0.5 for the short lines (subheads, datelines, "Advertisement") it kept as neutral.
        score = 1.0 if is_prose(raw) else 0.5
        glued = _GLUED_START.search(raw.text) is not None  # cheaper than a split
        for part in _GLUED_NOTICE.split(raw.text) if glued else (raw.text,):
            if part.strip():
                blocks.append(Block(text=part.strip(), position=len(blocks), tag=raw.node.tag,
                                    path=path, hints=hints,
                                    link_density=round(raw.link_density, 3), score=score))
    return tuple(blocks)


def _labels(node: Node, main: Node | None, known: dict[int, tuple[str, str]]) -> tuple[str, str]:
    """A node's path (the tags from the root down, "html/body/div/p") and the class/id words
    the cleaner is to read for its blocks, each built on its parent's."""
    unknown: list[Node] = []  # the node and its ancestors not labelled yet, innermost first
    current: Node | None = node
    while current is not None and id(current) not in known:
        unknown.append(current)
        current = current.parent
    path, hints = known[id(current)] if current is not None else ("", "")
    for below in reversed(unknown):
        if not below.segment:
            path = f"{path}/{below.tag}" if path else below.tag
        if below is main:
            # Hints stop below the main-content node: the words of the wrappers around the
            # whole article ("entry-content-read-more", "has-sidebar") say nothing about it.
            hints = ""
        elif below.hints and not _overruled(below):
            # Nor do the words of an element whose furniture hint the content stage overruled
            # (a post named "entry-date", a gallery holding the page's only prose): the cleaner
            # would otherwise act on the hint the prose disproved.
            hints = f"{hints} {below.hints}" if hints else below.hints
        known[id(below)] = path, hints
    return path, hints


def _overruled(node: Node) -> bool:
    return node.reason is not None and node.furniture() is None


def _json_ld_blocks(article_body: str | None, chosen: tuple[RawBlock, ...]) -> tuple[Block, ...]:
    """The JSON-LD articleBody as blocks, when the chosen HTML blocks hold far less prose."""
    if not article_body or len(article_body) < _LD_BODY_MIN_CHARS:
        return ()
    shown = sum(len(raw.text) for raw in chosen if is_prose(raw))
    if len(article_body) < shown * _LD_BODY_RATIO:
        return ()
    text = _LD_PARAGRAPH_END.sub("\n", article_body)
    if "<" in text or "&" in text:
        # Markup and entities, as a browser would show them; line breaks survive.
        text = lxml.html.fragment_fromstring(text, create_parent="div").text_content()
    paragraphs = [" ".join(part.split()) for part in _LD_PARAGRAPH.split(text)]
    return tuple(Block(text=paragraph, position=index, tag="p", path="script/ld+json/articleBody",
                       hints="", link_density=0.0, score=1.0)
                 for index, paragraph in enumerate(part for part in paragraphs if part))


def _removals(removed: tuple[tuple[RawBlock, str], ...], notes: list[str]) -> tuple[Removal, ...]:
    """Runs of removed blocks with one reason become one Removal, so a menu is one entry."""
    merged: list[Removal] = []
    last_reason = ""
    lines: list[str] = []
    for raw, reason in removed:
        if reason != last_reason and lines:
            merged.append(Removal("\n".join(lines), last_reason))
            lines = []
        lines.append(raw.text)
        last_reason = reason
    if lines:
        merged.append(Removal("\n".join(lines), last_reason))
    if len(merged) > _MAX_REMOVALS:
        notes.append(f"{len(merged) - _MAX_REMOVALS} further removals not listed")
        merged = merged[:_MAX_REMOVALS]
    return tuple(merged)
