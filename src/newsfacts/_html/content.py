"""Which blocks of a page are its article: score the block nodes, keep the best one's text.

Every block is good (paragraph-like: long enough, few of its characters in links), bad (mostly
links, or inside furniture such as a comments section or a sidebar) or neutral (short lines,
headings, and furniture that articles carry inside them: captions, share rows, ads). A node
scores the good characters below it minus the bad ones, times the share of its text that is
good, so the winner is the element that holds the most article prose with the least furniture:
the ``<article>`` rather than ``<body>`` (which adds menus, footers and teaser lists), and
rather than a single ``<p>`` (which drops the rest of the story). Structural cues
(``<article>``, ``<main>``, schema.org ``articleBody``, class words like ``story-body``) add a
bonus. Inside the winner, the headline, the byline line, furniture and link lists are taken out
with their reason; everything outside it is removed as ``boilerplate`` or with the reason of the
furniture it sat in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import Node, RawBlock
from .rules import CHROME_REASONS, HEADING_TAGS, IN_ARTICLE_REASONS, MAX_PROSE

# A furniture element holding more than this share of the page's prose is a layout wrapper
# whose class words mislead (a theme's "content-with-sidebar-wrapper"), not furniture...
_FURNITURE_MAX_SHARE = 0.5
# ...unless it is a teaser grid or a comment thread, which can outweigh a short post: those
# stay furniture however much prose they hold, unless the headline or the element marked as the
# article body sits inside them too.
_OUTWEIGHING_REASONS = frozenset({"related-links", "comments"})
_GOOD_MIN_CHARS = 25
_GOOD_MAX_LINK_DENSITY = 0.3
_LINKED_PROSE_MIN_CHARS = 100
_BAD_MIN_LINK_DENSITY = 0.5
_STRUCTURE_BONUS = 1.15
_STORY_MIN_PARAGRAPHS = 3
_STORY_MIN_RATIO = 1.5
# Less prose than this in the best element is not an article (a copyright line won): the page
# is read as one without an article.
_MIN_ARTICLE_CHARS = 80
# Furniture that is a gallery page's story when it holds the page's only prose.
_GALLERY_KINDS = frozenset({"caption"})
_STRUCTURAL_TAGS = frozenset({"article", "main"})
_WORD = re.compile(r"\w+")
# Longer than any byline line ("By Jane Doe and John Roe, Staff Writers | Updated 4:05 p.m.
# EST, March 3, 2025"): not worth splitting into words to compare.
_MAX_BYLINE_LINE_CHARS = 300


@dataclass(frozen=True, slots=True)
class Decision:
    """Blocks kept as body, and removed blocks with their reasons, both in document order."""

    body: tuple[RawBlock, ...]
    removed: tuple[tuple[RawBlock, str], ...]
    main: Node | None


def _acts_as_furniture(node: Node, total: int) -> bool:
    return node.reason is not None and node.prose <= MAX_PROSE.get(node.reason, node.prose) and (
        node.prose <= total * _FURNITURE_MAX_SHARE or node.prose_blocks < 3
        or (node.reason in _OUTWEIGHING_REASONS and not node.holds_lead)
    )


def is_prose(block: RawBlock) -> bool:
    """Paragraph-like: long enough, not a heading, few of its characters in links."""
    # A list item with a link is a teaser far more often than a bullet of the story.
    limit = _GOOD_MAX_LINK_DENSITY if block.node.tag != "li" else _GOOD_MAX_LINK_DENSITY * 2 / 3
    return (
        len(block.text) >= _GOOD_MIN_CHARS
        and block.node.tag not in HEADING_TAGS
        and block.link_density < limit
    )


def _score(node: Node) -> float:
    if not node.chars:
        return 0.0
    # Weighting by the prose share keeps a page-wide wrapper (whose extra text is teasers,
    # dates and headlines rather than links) from beating the article it contains.
    value = (node.good - node.bad) * node.good / node.chars
    if value > 0 and not node.segment and (node.content_hint or node.tag in _STRUCTURAL_TAGS):
        value *= _STRUCTURE_BONUS
    return value


def choose(blocks: list[RawBlock], nodes: list[Node], *, title: str | None,
           byline: str | None = None) -> Decision:
    """Decide body and removals for the blocks of one page; ``nodes`` lists every node the
    blocks sit in, each parent before its children.

    Totals are kept on each block's own node and then handed up the tree in one pass from the
    deepest nodes to the root, so the work grows with the number of nodes and blocks rather
    than with blocks times depth."""
    if not blocks:
        return Decision((), (), None)
    for node in nodes:
        parent = node.parent
        node.under_hint = node.content_hint or (parent is not None and parent.under_hint)
    for block in blocks:
        own = block.node
        size = len(block.text)
        own.chars += size
        if is_prose(block):
            own.prose += size
            own.prose_blocks += 1
        if own.tag == "h1":
            own.holds_headline = own.holds_lead = True
        elif own.under_hint:
            own.holds_lead = True
    for node in reversed(nodes):
        parent = node.parent
        if parent is not None:
            parent.chars += node.chars
            parent.prose += node.prose
            parent.prose_blocks += node.prose_blocks
            parent.holds_lead = parent.holds_lead or node.holds_lead
            parent.holds_headline = parent.holds_headline or node.holds_headline
    _score_prose(blocks, nodes, content_kinds=frozenset())
    if nodes[0].good < _MIN_ARTICLE_CHARS and _caption_prose(blocks) >= _MIN_ARTICLE_CHARS:
        # A gallery page: its only prose is in captions, which are then its story.
        _score_prose(blocks, nodes, content_kinds=_GALLERY_KINDS)
    main = _best_node(nodes)
    if main is None or main.good < _MIN_ARTICLE_CHARS:
        return _without_article(blocks)
    return _split(blocks, _headline_article(main, nodes) or main, title, byline)


def _score_prose(blocks: list[RawBlock], nodes: list[Node], *, content_kinds: frozenset[str]
                 ) -> None:
    """Mark furniture and sum good and bad characters up the tree; furniture of
    ``content_kinds`` counts as the article's own text."""
    total = nodes[0].prose
    for node in nodes:
        parent = node.parent
        node.good = node.bad = 0
        node.furniture_above = parent.furniture() if parent is not None else None
        node.acts_as_furniture = (node.furniture_above is None
                                  and node.reason not in content_kinds
                                  and _acts_as_furniture(node, total))
    for block in blocks:
        own = block.node
        block.furniture = own.furniture()
        size = len(block.text)
        if block.furniture is not None and block.furniture.reason in IN_ARTICLE_REASONS:
            continue  # neutral: articles carry their own captions and share rows
        if block.furniture is not None or block.link_density >= _BAD_MIN_LINK_DENSITY:
            own.bad += size
        elif is_prose(block) or _linked_prose_in_body(block):
            own.good += size
    for node in reversed(nodes):
        if node.parent is not None:
            node.parent.good += node.good
            node.parent.bad += node.bad


def _caption_prose(blocks: list[RawBlock]) -> int:
    return sum(len(block.text) for block in blocks
               if block.furniture is not None and block.furniture.reason in _GALLERY_KINDS
               and is_prose(block))


def _without_article(blocks: list[RawBlock]) -> Decision:
    """A page with no prose anywhere (a list of links, a gallery of headings, an error page)
    still has a text: everything but the page's chrome, rather than nothing."""
    body: list[RawBlock] = []
    removed: list[tuple[RawBlock, str]] = []
    for block in blocks:
        reason = _chrome_reason(block)
        if reason is None:
            body.append(block)
        else:
            removed.append((block, reason))
    return Decision(tuple(body), tuple(removed), None)


def _chrome_reason(block: RawBlock) -> str | None:
    for node in block.node.chain():
        if node.reason in CHROME_REASONS:
            return node.reason
    return None


def _headline_article(main: Node, nodes: list[Node]) -> Node | None:
    """The <article> with the headline, when the winner holds it beside other <article>s.

    A blog page can list its other posts, in full or as long excerpts, as <article> cards under
    its own post; together they outweigh it and their common wrapper wins. The post is the
    <article> holding the page's <h1>; the others hold none."""
    with_headline: Node | None = None
    others = False
    for node in nodes:
        if node.tag != "article" or node.segment or node.good <= 0:
            continue
        # Only the outermost <article>s below the winner speak for their blocks.
        above = node.parent
        while above is not None and above is not main and above.tag != "article":
            above = above.parent
        if above is not main:
            continue
        if node.holds_headline:
            with_headline = node
        else:
            others = True
    return with_headline if with_headline is not None and others else None


def _linked_prose_in_body(block: RawBlock) -> bool:
    """A long paragraph or list item inside an element marked as the article body is prose
    even when a third of it is links ("10 things you need to know" round-ups)."""
    return (len(block.text) >= _LINKED_PROSE_MIN_CHARS and block.node.tag in ("li", "p")
            and block.node.under_hint)


def _is_below(node: Node, ancestor: Node) -> bool:
    """Whether ``node`` is ``ancestor`` or sits inside it."""
    current: Node | None = node
    while current is not None and current.depth > ancestor.depth:
        current = current.parent
    return current is ancestor


def _reason(block: RawBlock) -> str:
    reason = block.furniture.reason if block.furniture is not None else None
    return reason or "boilerplate"


def _best_node(nodes: list[Node]) -> Node | None:
    best: Node | None = None
    best_score = 0.0
    for node in nodes:
        # Nodes inside furniture never win: the comments section is not the article.
        if node.furniture_above is not None or node.acts_as_furniture or not node.chars:
            continue
        value = _score(node)
        # Parents come before their children: on a tie the deeper node (less neutral clutter
        # around the same prose) wins.
        if value > best_score or (best is not None and value == best_score > 0
                                  and node.depth > best.depth):
            best, best_score = node, value
    return _story_around(best)


def _story_around(best: Node | None) -> Node | None:
    """A lone paragraph never wins over the story it is the longest paragraph of.

    On a short article with a newsletter box and a link or two inside its body, the body's
    furniture can outweigh its prose and the longest paragraph outscores the body itself. When
    the parent holds at least two more paragraphs and half as much prose again, the parent is
    the story.
    """
    parent = best.parent if best is not None else None
    if (best is None or parent is None or best.prose_blocks != 1
            or parent.prose_blocks < _STORY_MIN_PARAGRAPHS
            or parent.good < best.good * _STORY_MIN_RATIO or _score(parent) <= 0):
        return best
    return parent


def _split(blocks: list[RawBlock], main: Node, title: str | None, byline: str | None
           ) -> Decision:
    body: list[RawBlock] = []
    removed: list[tuple[RawBlock, str]] = []
    title_words = _words(title) if title else None
    byline_words = _words(byline) if byline else None
    prose_seen = False
    for block in blocks:
        # The headline: the heading that repeats the title, or an <h1> above the first
        # paragraph (its wording often differs from og:title's).
        if block.node.tag in HEADING_TAGS and (
            (title_words and _words(block.text) == title_words)
            or (block.node.tag == "h1" and not prose_seen)
        ):
            removed.append((block, "title"))
            continue
        inside = _is_below(block.node, main)
        prose_seen = prose_seen or (inside and is_prose(block))
        if not inside:
            removed.append((block, _reason(block)))
            continue
        inner = block.furniture
        if byline_words and _is_byline(block.text, byline_words):
            removed.append((block, "byline"))
        elif inner is not None and inner.depth > main.depth:
            removed.append((block, _reason(block)))
        elif block.link_density >= _BAD_MIN_LINK_DENSITY:
            removed.append((block, "link-list"))
        else:
            body.append(block)
    body, labels = _orphaned_labels(body, removed, main)
    if labels:
        removed = sorted(removed + labels, key=lambda pair: pair[0].position)
    return Decision(tuple(body), tuple(removed), main)


def _orphaned_labels(body: list[RawBlock], removed: list[tuple[RawBlock, str]], main: Node
                     ) -> tuple[list[RawBlock], list[tuple[RawBlock, str]]]:
    """A short line whose whole element was otherwise removed is that element's label: the
    "Key events", "Table of contents" or "Other stories" above a list of links that went."""
    parents: dict[int, Node] = {}
    for block in body:
        parent = block.node.parent if block.node.tag in HEADING_TAGS or block.node.tag == "p" \
            else None
        if parent is not None and parent is not main and not is_prose(block):
            parents[id(block)] = parent
    if not parents:
        return body, []
    kept_under: dict[int, int] = {}
    gone_under: dict[int, str] = {}
    wanted = {id(node) for node in parents.values()}
    for block in body:
        for node in block.node.chain():
            if id(node) in wanted:
                kept_under[id(node)] = kept_under.get(id(node), 0) + 1
    for block, reason in removed:
        for node in block.node.chain():
            if id(node) in wanted:
                gone_under.setdefault(id(node), reason)
    kept: list[RawBlock] = []
    labels: list[tuple[RawBlock, str]] = []
    for block in body:
        parent = parents.get(id(block))
        if parent is not None and kept_under[id(parent)] == 1 and id(parent) in gone_under:
            labels.append((block, gone_under[id(parent)]))
        else:
            kept.append(block)
    return kept, labels


def _is_byline(text: str, byline_words: tuple[str, ...]) -> bool:
    """A short line that is the page's byline, with at most a "By"/"von" and a date around it."""
    if len(text) > _MAX_BYLINE_LINE_CHARS:
        return False
    words = _words(text)
    if len(words) > len(byline_words) + 8:
        return False
    for start in range(len(words) - len(byline_words) + 1):
        if words[start : start + len(byline_words)] == byline_words:
            return start <= 1
    return False


def _words(text: str) -> tuple[str, ...]:
    # Case-folded first, then split: one call instead of one per word (both sides of every
    # comparison come through here, so they fold alike).
    return tuple(_WORD.findall(text.casefold()))
