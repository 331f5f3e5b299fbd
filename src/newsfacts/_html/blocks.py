"""An lxml tree -> text blocks, each with the chain of block elements it sits in.

One pass over the tree (``iterwalk``, so the walking itself runs in C): every block-level element
opens a node; inline text flows into the innermost open node; a node's text becomes a block when
a nested block starts or the node ends. Each node knows its parent, its class/id words and
whether they mark it as furniture (``rules``); the content scorer adds up the text below
each node, so it ranks nodes without going back to the tree.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import cast

from lxml import etree

from .rules import (
    BLOCK_TAGS,
    CELL_TAGS,
    TAG_REASONS,
    furniture_reason,
    is_content_hint,
    is_hidden_inline,
)

_CAMEL_HUMP = re.compile(r"([a-z0-9])([A-Z])")
_BREAK = "\u2029"  # stands for <br> until the block's white space is collapsed
# Between two table cells of one row, replaced by a tab once white space is collapsed (a row
# reads as a TSV line). A bare space would run the cells together: the data row "North West",
# "£228,000", "+7.4%" would read as a price-ticker line and the header "Region", "Average
# price" as one phrase. A private-use character, since str.split() counts \x1f as a space.
_CELL_MARK = "\ue000"
_CELL_BORDER = re.compile(" ?\ue000 ?")
# <br>s in one cell that make a table row a page layout rather than a row of data.
_LAYOUT_CELL_BREAKS = 3
_HIDDEN_STYLE = re.compile(r"display\s{0,4}:\s{0,4}none|visibility\s{0,4}:\s{0,4}hidden")
# Tags that can never be furniture by their class words: a theme's <body class="has-sidebar">
# or WordPress's <body class="comments-open"> says nothing about the text inside.
_NEVER_FURNITURE = frozenset({"html", "body", "main"})
_PAGE_TAGS = frozenset({"html", "body"})
# The rule tables are looked up through caches keyed by class/id words; ids numbered per element
# ("post-48213", "comment-7") would miss every time and cost a search of the whole table. No rule
# reads a digit's value, only that it is not a letter, so every digit is read as "0".
_DIGITS_AS_ZERO = str.maketrans("123456789", "000000000")
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary"})


@dataclass(eq=False, slots=True)
class Node:
    """One block-level element: where it sits and what the rules say of it."""

    tag: str
    hints: str
    parent: Node | None
    depth: int
    reason: str | None = None
    content_hint: bool = False
    chars: int = 0  # all text below this node
    prose: int = 0  # text in paragraph-like, link-poor blocks below this node, furniture or not
    prose_blocks: int = 0  # how many blocks that prose is spread over
    good: int = 0  # prose below this node outside furniture
    bad: int = 0  # text in link-heavy or furniture blocks below this node
    holds_lead: bool = False  # the page's <h1> or a node marked as the article body is below
    holds_headline: bool = False  # an <h1> is below
    nested: bool = False  # a block element opened inside it
    under_hint: bool = False  # it or an element around it is marked as the article body
    # The outermost element above it acting as furniture, and whether it is furniture itself
    # (a flag, not a reference to itself: a node referring to itself would outlive its page
    # until the garbage collector's next pass).
    furniture_above: Node | None = None
    acts_as_furniture: bool = False

    def furniture(self) -> Node | None:
        """The outermost element at or above this one that acts as furniture."""
        if self.furniture_above is not None:
            return self.furniture_above
        return self if self.acts_as_furniture else None
    # A run of the parent's own text between its block children ("story text <div>menu</div>
    # more story"): a node of its own, so the scorer can choose the story's run alone.
    segment: bool = False

    def chain(self) -> list[Node]:
        """This node and its ancestors, outermost first."""
        nodes: list[Node] = []
        node: Node | None = self
        while node is not None:
            nodes.append(node)
            node = node.parent
        nodes.reverse()
        return nodes


@dataclass(slots=True)
class RawBlock:
    """A block before the content decision: its text and the node that holds it."""

    text: str
    node: Node
    link_chars: int
    position: int = 0
    furniture: Node | None = field(default=None)
    # The share of its characters in links: computed once, the content stage reads it often.
    link_density: float = field(init=False, default=0.0)

    def __post_init__(self) -> None:
        self.link_density = min(1.0, self.link_chars / len(self.text)) if self.text else 0.0


def _hints_of(klass: str | None, ident: str | None, named: str | None) -> str:
    # React and component-built pages hash their class names ("css-1q2w3e4") and name the
    # parts in test or component attributes instead: data-testid="newsletter-signup".
    if klass is None and ident is None and named is None:
        return ""
    return _hint_words(f"{klass or ''} {ident or ''} {named or ''}")


@functools.lru_cache(maxsize=16384)
def _hint_words(words: str) -> str:
    """Cached: a page repeats the same class strings hundreds of times."""
    # camelCase words get the hyphen lower-casing would lose: "InlineImage-imageEmbedCaption"
    # reads as "inline-image-image-embed-caption", so the rules see "caption" as a word.
    lowered = words.lower()
    if lowered == words:
        return lowered.strip()  # no capital letter, no hump: most class strings
    return _CAMEL_HUMP.sub(r"\1-\2", words).lower().strip()


@dataclass(frozen=True, slots=True)
class _Marks:
    """What one block element's tag and attributes say of it, before its text is read."""

    hints: str
    reason: str | None
    content_hint: bool


_PLAIN_MARKS = {tag: _Marks("", reason, False) for tag, reason in TAG_REASONS.items()}
_NO_MARKS = _Marks("", None, False)


def _marks_of(tag: str, attributes: dict[str, str]) -> _Marks:
    """Read through a cache keyed by the few attributes the rules look at: pages repeat the
    same tag and class combinations hundreds of times, and the key leaves out the long ones
    (inline JSON, URLs) that no rule reads."""
    return _cached_marks(
        tag, attributes.get("class"), attributes.get("id"), attributes.get("data-testid"),
        "hidden" in attributes, attributes.get("aria-hidden") == "true",
        attributes.get("style"), attributes.get("role"),
        attributes.get("itemprop") == "articleBody",
    )


# Longer attribute values (inline JSON, URLs, styles) stay out of _marks_of_one's cache.
_SHORT_VALUE = 200


@functools.lru_cache(maxsize=16384)
def _marks_of_one(tag: str, name: str, value: str) -> _Marks:
    """The marks of an element with one attribute, cached by it: no dictionary to build."""
    return _marks_of(tag, {name: value})


@functools.lru_cache(maxsize=16384)
def _cached_marks(tag: str, klass: str | None, ident: str | None, named: str | None,
                  hidden: bool, aria_hidden: bool, style: str | None, role: str | None,
                  article_body: bool) -> _Marks:
    hints = _hints_of(klass, ident, named)
    # No rule reads a digit's value (see _DIGITS_AS_ZERO).
    ruled = hints.translate(_DIGITS_AS_ZERO)
    return _Marks(
        hints=hints,
        reason=_own_reason(tag, ruled, hidden=hidden or aria_hidden, style=style, role=role),
        # <body class="single-post"> is WordPress naming the page type, not the text.
        content_hint=tag not in _PAGE_TAGS and (
            (bool(ruled) and is_content_hint(ruled)) or article_body),
    )


def _own_reason(tag: str, ruled: str, *, hidden: bool, style: str | None, role: str | None
                ) -> str | None:
    if hidden:
        return "hidden"
    if style and _HIDDEN_STYLE.search(style.lower()):
        return "hidden"
    # Class words first: they say what an <aside> is ("related-stories", "newsletter").
    reason = furniture_reason(ruled) if ruled and tag not in _NEVER_FURNITURE else None
    if reason is None and role in _FURNITURE_ROLES:
        reason = "navigation"
    return reason or TAG_REASONS.get(tag)


def _normalise(pieces: list[str]) -> str:
    raw = "".join(pieces)
    if _BREAK not in raw:
        text = " ".join(raw.split())
    else:
        lines = (" ".join(line.split()) for line in raw.split(_BREAK))
        text = "\n".join(line for line in lines if line)
    return _CELL_BORDER.sub("\t", text).strip() if _CELL_MARK in text else text


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.nodes: list[Node] = []  # in the order they opened: every parent before its children
        self.pieces: list[str] = []
        self.link_chars = 0
        self.in_link = 0
        self.hidden: list[str] = []
        self.has_text = False  # whether the open block has any visible text yet
        # Where each table cell after the first began: (index into pieces, link chars so far).
        self.cell_starts: list[tuple[int, int]] = []

    def open(self, tag: str, element: etree._Element, parent: Node | None) -> Node:
        # One call for all attributes: most elements have none or one, and each lxml get()
        # costs as much as fetching them all.
        items = element.items()
        if not items:
            marks = _PLAIN_MARKS.get(tag, _NO_MARKS)
        elif len(items) == 1 and len(items[0][1]) <= _SHORT_VALUE:
            # Three block elements in four have one attribute, mostly a class.
            marks = _marks_of_one(tag, *cast("tuple[str, str]", items[0]))
        else:
            marks = _marks_of(tag, cast("dict[str, str]", dict(items)))  # attributes are text
        node = Node(tag, marks.hints, parent, 0 if parent is None else parent.depth + 1,
                    marks.reason, marks.content_hint)
        self.nodes.append(node)
        return node

    def start_cell(self) -> None:
        if self.has_text:
            self.cell_starts.append((len(self.pieces), self.link_chars))
        self.pieces.append(f" {_CELL_MARK} " if self.has_text else " ")

    def flush(self, node: Node, *, interrupted: bool = False) -> None:
        if not self.has_text:
            # Only white space and line breaks since the last block: no block, and no node.
            self.pieces.clear()
            return
        if self.cell_starts and self._is_layout_row():
            # An old site's layout table: the menu column, the story and the classifieds are
            # cells of one row, and must be scored as the separate blocks they are, each in a
            # node of its own so that the story's cell can win without the menu's.
            if interrupted:
                node = self._child(node, node.tag, segment=True)
            edges = [*self.cell_starts, (len(self.pieces), self.link_chars)]
            begin, links_before = 0, 0
            for end, links in edges:
                text = _normalise(self.pieces[begin:end])
                if text:
                    self._emit(text, self._child(node, "td"), links - links_before)
                begin, links_before = end, links
        else:
            text = _normalise(self.pieces)
            if text:
                self._emit(text, self._child(node, node.tag, segment=True) if interrupted
                           else node, self.link_chars)
        self.pieces.clear()
        self.cell_starts.clear()
        self.link_chars = 0
        self.has_text = False

    def _child(self, parent: Node, tag: str, *, segment: bool = False) -> Node:
        node = Node(tag=tag, hints="", parent=parent, depth=parent.depth + 1, segment=segment)
        self.nodes.append(node)
        return node

    def _is_layout_row(self) -> bool:
        """Whether a cell of the open row holds lines of running text rather than a value: a
        data table's cell may wrap once ("North West<br>England"), a layout cell holds the page."""
        if self.pieces.count(_BREAK) < _LAYOUT_CELL_BREAKS:
            return False  # too few breaks in the whole row for any cell: the rows of a data table
        edges = [0, *(start for start, _ in self.cell_starts), len(self.pieces)]
        return any(self.pieces[begin:end].count(_BREAK) >= _LAYOUT_CELL_BREAKS
                   for begin, end in pairwise(edges))

    def _emit(self, text: str, node: Node, link_chars: int) -> None:
        link_chars = link_chars if link_chars < len(text) else len(text)
        self.blocks.append(RawBlock(text, node, link_chars, len(self.blocks)))


def walk(root: etree._Element) -> tuple[list[RawBlock], list[Node], list[str]]:
    """The blocks under ``root`` in document order, their nodes (every parent before its
    children), and the text of hidden inline elements (tooltips, hover cards, screen-reader
    labels) that was left out of the blocks."""
    walker = _Walker()
    # The loop runs once per element of the page: the names it uses are local, and the text is
    # added in the loop itself, a method call per text costing more than the adding.
    pieces = walker.pieces  # only ever cleared in place
    append, flush, open_node = pieces.append, walker.flush, walker.open
    block_tags, cell_tags = BLOCK_TAGS, CELL_TAGS
    stack = [open_node(str(root.tag), root, None)]
    events = etree.iterwalk(root, events=("start", "end"))
    next(events)  # the root itself is already open
    skipped = False
    for event, element in events:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            if tag in block_tags:
                if walker.has_text:
                    flush(stack[-1], interrupted=True)
                elif pieces:
                    pieces.clear()  # what flush() does with white space alone
                stack[-1].nested = True
                stack.append(open_node(tag, element, stack[-1]))
            elif _hidden_inline(element):
                # Its text would glue itself into the sentence around it ("Gov. Kristi
                # NoemKristi Lynn Noem..."): keep it out, listed, and go on with the tail.
                walker.hidden.append(" ".join(" ".join(element.itertext()).split()))
                events.skip_subtree()
                skipped = True
                continue
            elif tag == "a":
                walker.in_link += 1
            elif tag == "br":
                append(_BREAK)
            elif tag in cell_tags:
                walker.start_cell()
            text = element.text
        else:
            if skipped:
                skipped = False  # the end of the element whose inside was skipped
            elif tag in block_tags:
                closing = stack.pop() if len(stack) > 1 else stack[0]
                if walker.has_text:
                    flush(closing, interrupted=closing.nested)
                else:
                    pieces.clear()  # what flush() does with white space alone
            elif tag == "a":
                walker.in_link -= 1
            text = element.tail
        if text:
            append(text)
            if not walker.has_text and not text.isspace():
                walker.has_text = True
            if walker.in_link:
                walker.link_chars += len(text.strip())
    walker.flush(stack[0], interrupted=stack[0].nested)
    return walker.blocks, walker.nodes, [text for text in walker.hidden if text]


def _hidden_inline(element: etree._Element) -> bool:
    if element.get("hidden") is not None:
        return True
    klass = element.get("class")
    if klass and is_hidden_inline(klass):
        return True
    style = element.get("style")
    return bool(style and _HIDDEN_STYLE.search(style.lower()))
