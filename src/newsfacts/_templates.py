"""Site templates: blocks that recur on many pages of one site are that site's furniture.

A site repeats its menus, disclaimers, newsletter boxes and promos on every page, and a single
page cannot tell them from the story; several pages of the same host can. Learning counts, per
host, on how many pages each block (its text normalised: case, digits and punctuation folded)
appears, and on how many of those the single-page cleaner kept it as body; the lines of a
block that has several are counted too (a share row glued to a paragraph). A block that is on
at least ``min_pages`` pages and ``min_share`` of the host's pages, and is body on at most
``max_body_share`` of them (or is body in that many different stories), is template furniture:
extraction with the templates removes it, or cuts it off the start or end of a block, reason
``site-template``, before the cleaner sees the page (a pre-pass, not a cleaner rule).

    templates = SiteTemplates.learn([(html, url), ...])
    extractor = Extractor(Options(templates=templates))
"""

from __future__ import annotations

import dataclasses
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ._blocks import Block
from ._records import Article, Removal

if TYPE_CHECKING:
    from ._options import Options

SITE_TEMPLATE = "site-template"
_FOLD = re.compile(r"[\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d+")
# Words a template row changes from page to page besides its numbers: when (month and weekday
# names, in full and short) and the plural of the unit a counter or an age counts.
_DATE_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun"})
_UNIT_PLURALS = frozenset({
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "comments", "replies",
    "views", "shares", "likes", "votes", "photos", "images", "pages", "mins", "hrs", "secs"})
_CHANGING_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(_DATE_WORDS | _UNIT_PLURALS, key=len, reverse=True))
    + r")\b")


@dataclass(frozen=True, slots=True)
class TemplateRule:
    """When a recurring block is furniture (thresholds measured by ``bench/templates.py``)."""

    # Chosen leaving one site out at a time over the real and built sites of bench/templates.py:
    # two pages suffice on a small site, a larger one needs the block on 30% of its pages.
    min_pages: int = 2
    min_share: float = 0.3
    max_body_share: float = 0.5

    def is_template(self, host_pages: int, pages: int, body_pages: int, stories: int) -> bool:
        """A block on ``pages`` of a host's ``host_pages``, kept as body on ``body_pages`` of
        them, inside ``stories`` different stories: furniture, not the body of one story
        carried on several pages, when it is kept as body on few of its pages or in as many
        different stories as it needs pages."""
        floor = max(self.min_pages, self.min_share * host_pages)
        if pages < floor:
            return False
        return body_pages <= self.max_body_share * pages or stories >= floor


def block_key(text: str) -> str:
    """A block's text with what changes from page to page on a template folded away: case,
    digits (dates, counters, years in a copyright line), the names of months and weekdays and
    the plural of a time or count unit ("Posted 1 hour ago" and "Posted 3 hours ago", "1
    comment" and "12 comments" are one row of the template) and punctuation."""
    folded = _FOLD.sub(" ", _DIGITS.sub("0", text.lower()))
    return _CHANGING_WORD.sub(_fold_word, folded).strip()


def _fold_word(match: re.Match[str]) -> str:
    word = match.group(0)
    return "0" if word in _DATE_WORDS else word.removesuffix("s")


def line_keys(text: str) -> list[str]:
    """The keys of a block's lines when it has several (a share row or sign-off glued to a
    paragraph by a ``<br>``), else none: a line can be template while its block is not."""
    lines = [line for line in text.split("\n") if line.strip()]
    return [block_key(line) for line in lines] if len(lines) > 1 else []


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


@dataclass(slots=True)
class _HostCounts:
    pages: int = 0
    seen: Counter[str] = field(default_factory=Counter)
    as_body: Counter[str] = field(default_factory=Counter)
    # The distinct stories (a page's longest other body paragraph) each body block was seen in:
    # a block kept as body in many different stories is the site's, not the story's.
    stories: dict[str, set[str]] = field(default_factory=dict)


class TemplateLearner:
    """Counts blocks per host over a batch's single-page extractions."""

    def __init__(self, rule: TemplateRule | None = None) -> None:
        self.rule = rule or TemplateRule()
        self._hosts: dict[str, _HostCounts] = {}

    def add(self, article: Article, url: str | None = None) -> None:
        """Count one page from its single-page extraction (body paragraphs and removals)."""
        host = host_of(url or article.url)
        if host is None:
            return
        counts = self._hosts.setdefault(host, _HostCounts())
        counts.pages += 1
        for key, story in page_blocks(article.text, [r.text for r in article.removed]):
            counts.seen[key] += 1
            if story is not None:
                counts.as_body[key] += 1
                counts.stories.setdefault(key, set()).add(story)

    def templates(self) -> SiteTemplates:
        found: dict[str, frozenset[str]] = {}
        furniture: dict[str, frozenset[str]] = {}
        for host, counts in self._hosts.items():
            keys = frozenset(
                key for key, pages in counts.seen.items()
                if self.rule.is_template(counts.pages, pages, counts.as_body[key],
                                         len(counts.stories.get(key, ()))))
            if keys:
                found[host] = keys
                furniture[host] = frozenset(key for key in keys if not counts.as_body[key])
        return SiteTemplates(found, furniture=furniture)


def page_blocks(body: str, removed: Iterable[str]) -> list[tuple[str, str | None]]:
    """One page's distinct block keys (and the keys of the lines of its several-line blocks),
    each with the story it sits in when the cleaner kept it as body (the page's longest other
    body paragraph), None when it was removed. A paragraph holding most of the page's body is
    that page's prose: it is not counted, so a story carried whole on several pages of a site
    is never learnt as its template."""
    paragraphs = [(len(p), p) for p in body.split("\n\n")]
    body_size = sum(size for size, _ in paragraphs)
    leads = [block_key(p) for _, p in sorted(paragraphs, reverse=True)[:2]]
    found: dict[str, str | None] = {}
    for text in removed:
        for key in (block_key(text), *line_keys(text)):
            if _worth_a_key(key):
                found[key] = None
    for size, text in paragraphs:
        if size * 2 > body_size:
            continue
        key = block_key(text)
        story = next((lead for lead in leads if lead != key), "")
        for part in (key, *line_keys(text)):
            if _worth_a_key(part):
                found[part] = story
    return list(found.items())


def _worth_a_key(key: str) -> bool:
    """A lone number or symbol is not a template: ``0`` would match every page counter."""
    return any(ch.isalpha() for ch in key)


class SiteTemplates:
    """The template blocks of each host; picklable, so batch workers get a copy."""

    def __init__(self, blocks: Mapping[str, Iterable[str]] | None = None, *,
                 furniture: Mapping[str, Iterable[str]] | None = None) -> None:
        self._blocks = {host: frozenset(keys) for host, keys in (blocks or {}).items()}
        # The template blocks the host's own pages never kept as body: the single-page cleaner
        # removed them wherever they were counted. Known only where the templates were learnt
        # (the ``templates`` table stores the blocks alone): stored templates have none.
        self._furniture = {host: found for host, keys in (furniture or {}).items()
                           if (found := frozenset(keys) & self._blocks.get(host, frozenset()))}

    @classmethod
    def learn(cls, pages: Iterable[tuple[str | bytes, str]], *,
              rule: TemplateRule | None = None, options: Options | None = None
              ) -> SiteTemplates:
        """Learn from ``(page, url)`` pairs: each page is extracted on its own first (claims
        off); pages that cannot be extracted are passed over."""
        from ._errors import ExtractionError, NewsfactsWarning
        from ._extractor import Extractor
        from ._options import Options

        base = dataclasses.replace(options or Options(), claims=False, templates=None)
        extractor = Extractor(base)
        learner = TemplateLearner(rule)
        for source, url in pages:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", NewsfactsWarning)
                    article = extractor.extract(source, url=url)
            except ExtractionError:
                continue
            learner.add(article, url)
        return learner.templates()

    def __len__(self) -> int:
        return sum(len(keys) for keys in self._blocks.values())

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, SiteTemplates) and self._blocks == other._blocks
                and self._furniture == other._furniture)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SiteTemplates({len(self._blocks)} hosts, {len(self)} blocks)"

    def hosts(self) -> list[str]:
        return sorted(self._blocks)

    def blocks(self, host: str) -> frozenset[str]:
        return self._blocks.get(host, frozenset())

    def furniture(self, host: str) -> frozenset[str]:
        """The host's template blocks that its pages never kept as body (learnt ones only)."""
        return self._furniture.get(host, frozenset())

    def merged(self, other: SiteTemplates) -> SiteTemplates:
        hosts = set(self._blocks) | set(other._blocks)
        return SiteTemplates({h: self.blocks(h) | other.blocks(h) for h in hosts},
                             furniture={h: self.furniture(h) | other.furniture(h)
                                        for h in hosts})

    def rows(self) -> Iterator[tuple[str, str]]:
        """(host, block key) pairs, for the ``templates`` table."""
        for host in sorted(self._blocks):
            for key in sorted(self._blocks[host]):
                yield host, key

    def strip(self, blocks: Sequence[Block], url: str | None
              ) -> tuple[tuple[Block, ...], tuple[Removal, ...]]:
        """``blocks`` without this site's template blocks and template lines, and those as
        removals. A template block that alone holds most of the page's text is the page's
        prose (a page the site carries twice, a one-paragraph notice): it stays, for the
        cleaner to judge, unless the host's other pages never kept it as body (a site notice
        that is all an index or error page shows: the site's own pages call it furniture)."""
        host = host_of(url) or ""
        keys = self._blocks.get(host)
        if not keys:
            return tuple(blocks), ()
        most = MAX_TEMPLATE_SHARE * sum(len(block.text) for block in blocks)
        furniture = self._furniture.get(host, frozenset())
        kept: list[Block] = []
        removed: list[Removal] = []
        for block in blocks:
            left, gone = _without_template_lines(block.text, keys)
            if len(gone) > most and not _all_furniture(gone, furniture):
                left, gone = block.text, ""
            if gone:
                removed.append(Removal(gone, SITE_TEMPLATE))
            if left:
                kept.append(block if left == block.text else dataclasses.replace(block, text=left))
        return tuple(kept), tuple(removed)


# A template block may hold at most this share of a page's characters (``SiteTemplates.strip``).
MAX_TEMPLATE_SHARE = 0.5


def _all_furniture(text: str, furniture: frozenset[str]) -> bool:
    """Whether every line of ``text`` (template text cut from a block) is never-body furniture."""
    if not furniture:
        return False
    if block_key(text) in furniture:
        return True
    return all(block_key(line) in furniture for line in text.split("\n") if line.strip())


def _without_template_lines(text: str, keys: frozenset[str]) -> tuple[str, str]:
    """(what is left of a block, what of it is template): the whole block when its key is a
    template, else its template lines (the first and last lines only when the rest is
    prose: a share row or sign-off glued on; any line when every line is a template)."""
    if block_key(text) in keys:
        return "", text
    lines = text.split("\n")
    if len(lines) < 2:
        return text, ""
    template = [block_key(line) in keys or not line.strip() for line in lines]
    if all(template):
        return "", text
    first = template.index(False)
    last = len(lines) - template[::-1].index(False)
    if first == 0 and last == len(lines):
        return text, ""
    gone = "\n".join(line for line in lines[:first] + lines[last:] if line.strip())
    return "\n".join(lines[first:last]), gone


def strip_templates(templates: SiteTemplates | None, blocks: Sequence[Block], url: str | None
                    ) -> tuple[Sequence[Block], tuple[Removal, ...]]:
    """The extractor's hook: unchanged blocks when there are no templates."""
    if templates is None:
        return blocks, ()
    return templates.strip(blocks, url)
