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
_STRUCTURAL_TAGS = frozenset({"article", "main"})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Decision:
    """Blocks kept as body, and removed blocks with their reasons, both in document order."""

    body: tuple[RawBlock, ...]
    removed: tuple[tuple[RawBlock, str], ...]
    main: Node | None


def _active_furniture(chain: list[Node], total: int) -> Node | None:
    limit = total * _FURNITURE_MAX_SHARE
    for node in chain:
        if node.reason is not None and node.prose <= MAX_PROSE.get(node.reason, node.prose) and (
            node.prose <= limit or node.prose_blocks < 3
            or (node.reason in _OUTWEIGHING_REASONS and not node.holds_lead)
        ):
            return node
    return None


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


def choose(blocks: list[RawBlock], *, title: str | None, byline: str | None = None
           ) -> Decision:
    """Decide body and removals for the blocks of one page."""
    if not blocks:
        return Decision((), (), None)
    chains = [block.node.chain() for block in blocks]
    for block, chain in zip(blocks, chains, strict=True):
        size = len(block.text)
        prose = size if is_prose(block) else 0
        headline = block.node.tag == "h1"
        lead = headline or any(node.content_hint for node in chain)
        for node in chain:
            node.chars += size
            node.prose += prose
            node.prose_blocks += prose > 0
            node.holds_lead = node.holds_lead or lead
            node.holds_headline = node.holds_headline or headline
    total = chains[0][0].prose
    for block, chain in zip(blocks, chains, strict=True):
        block.furniture = _active_furniture(chain, total)
        size = len(block.text)
        if block.furniture is not None and block.furniture.reason in IN_ARTICLE_REASONS:
            continue  # neutral: articles carry their own captions and share rows
        if block.furniture is not None or block.link_density >= _BAD_MIN_LINK_DENSITY:
            for node in chain:
                node.bad += size
        elif is_prose(block) or _linked_prose_in_body(block, chain):
            for node in chain:
                node.good += size
    main = _best_node(blocks, chains)
    if main is None or main.good < _MIN_ARTICLE_CHARS:
        return _without_article(blocks)
    return _split(blocks, chains, _headline_article(main, chains) or main, title, byline)


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


def _headline_article(main: Node, chains: list[list[Node]]) -> Node | None:
    """The <article> with the headline, when the winner holds it beside other <article>s.

    A blog page can list its other posts, in full or as long excerpts, as <article> cards under
    its own post; together they outweigh it and their common wrapper wins. The post is the
    <article> holding the page's <h1>; the others hold none."""
    with_headline: Node | None = None
    others = False
    seen: set[int] = set()
    for chain in chains:
        if main not in chain:
            continue
        for node in chain[chain.index(main) + 1:]:
            if node.tag != "article" or node.segment:
                continue
            # The outermost <article> below the winner speaks for the block.
            if id(node) not in seen:
                seen.add(id(node))
                if node.holds_headline and node.good > 0:
                    with_headline = node
                elif node.good > 0:
                    others = True
            break
    return with_headline if with_headline is not None and others else None


def _linked_prose_in_body(block: RawBlock, chain: list[Node]) -> bool:
    """A long paragraph or list item inside an element marked as the article body is prose
    even when a third of it is links ("10 things you need to know" round-ups)."""
    return (len(block.text) >= _LINKED_PROSE_MIN_CHARS and block.node.tag in ("li", "p")
            and any(node.content_hint for node in chain))


def _reason(block: RawBlock) -> str:
    reason = block.furniture.reason if block.furniture is not None else None
    return reason or "boilerplate"


def _best_node(blocks: list[RawBlock], chains: list[list[Node]]) -> Node | None:
    best: Node | None = None
    best_score = 0.0
    seen: set[int] = set()
    for block, chain in zip(blocks, chains, strict=True):
        # Nodes inside furniture never win: the comments section is not the article.
        stop = block.furniture.depth if block.furniture is not None else len(chain)
        for node in chain[:stop]:
            if id(node) in seen:
                continue
            seen.add(id(node))
            value = _score(node)
            # Parents are seen before their children: on a tie the deeper node (less neutral
            # clutter around the same prose) wins.
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


def _split(blocks: list[RawBlock], chains: list[list[Node]], main: Node, title: str | None,
           byline: str | None) -> Decision:
    body: list[RawBlock] = []
    removed: list[tuple[RawBlock, str]] = []
    title_words = _words(title) if title else None
    byline_words = _words(byline) if byline else None
    prose_seen = False
    for block, chain in zip(blocks, chains, strict=True):
        # The headline: the heading that repeats the title, or an <h1> above the first
        # paragraph (its wording often differs from og:title's).
        if block.node.tag in HEADING_TAGS and (
            (title_words and _words(block.text) == title_words)
            or (block.node.tag == "h1" and not prose_seen)
        ):
            removed.append((block, "title"))
            continue
        prose_seen = prose_seen or (main in chain and is_prose(block))
        if main not in chain:
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
    words = _words(text)
    if len(words) > len(byline_words) + 8:
        return False
    for start in range(len(words) - len(byline_words) + 1):
        if words[start : start + len(byline_words)] == byline_words:
            return start <= 1
    return False


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in _WORD.findall(text))
