"""The HTML stage's rule tables: which elements are page furniture, and why.

Data, not code paths: a new kind of furniture is one row here plus one golden fixture. Patterns
match the lower-cased ``class`` and ``id`` words of one element; they are anchored on the left
(``(?<![a-z0-9])``) so that "header" does not match "ad" and "commentary" does not match
"comment", and they use no nested quantifiers, so they run in linear time on any attribute.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HintRule:
    """Elements whose class/id words match ``pattern`` are furniture of kind ``reason``."""

    name: str
    pattern: str
    reason: str


# The left edge of a class word: "ad" in "top-ad", not in "header"; and not a theme's negation
# ("no-share", "no-sidebar" say the element has none, as on a post whose body is "no-share").
_L = r"(?<![a-z0-9])(?<!no-)"
_R = r"(?![a-z])"  # the right edge: "comments" but not "commentary"

HINT_RULES: tuple[HintRule, ...] = (
    HintRule("cookie banner", _L + r"(?:cookie|consent|gdpr|onetrust|cmp-)", "cookie-notice"),
    # "social" alone would take embedded posts ("social-embed"), which are part of the story.
    HintRule("share buttons", _L + r"(?:share|sharing|sharethis|addthis|addtoany"
             r"|social-?(?:share|links|icons|buttons|bar|follow|tools))", "share-widget"),
    HintRule("comments", _L + r"(?:comments?|disqus|discussion|respond|replies)" + _R, "comments"),
    HintRule("related stories", _L + r"(?:related|more-?stories|more-?from|recommended"
             r"|read-?more|read-?next|also-?read|you-?may|trending|popular|most-?read"
             r"|outbrain|taboola|recirc|teaser|further-?reading|next-?article)", "related-links"),
    HintRule("price ticker", _L + r"(?:ticker|price-?widget|quotes?-?bar|market-?data"
             r"|stock-?quotes?)", "price-widget"),
    # Not "paywall": publishers wrap the locked part of the story itself in it.
    HintRule("newsletter box", _L + r"(?:newsletter|subscribe|subscription|signup|sign-up"
             r"|email-?capture|inline-?promo|promo)", "newsletter"),
    HintRule("advertisement", _L + r"(?:ads?|advert\w{0,12}|adslot|ad-?slot|ad-?unit"
             r"|ad-?wrap\w{0,8}"
             r"|dfp|gpt-ad|banner-?ad|sponsor\w{0,8}|native-?ad|adsbygoogle|advertisement"
             r"|affiliate-?(?:card|box|widget|offer|product)s?)" + _R,
             "advertisement"),
    # The publisher's or portal's notices around the story: "Advertiser disclosure", "The views
    # expressed are those of the issuer".
    HintRule("disclaimer", _L + r"(?:disclaimer|disclosure)s?" + _R, "disclaimer"),
    # A player's title and its "Play Mute Fullscreen 0:00" controls.
    HintRule("media player", _L + r"(?:video-?player|media-?player|audio-?player|vjs|jw-?player"
             r"|player-?controls)" + _R, "media-player"),
    # A gallery's text is its captions, credits and "Image 1 of 8" counters.
    HintRule("photo caption", _L + r"(?:caption|credit|photo-?credit|image-?credit"
             r"|wp-caption-text|media-?caption|gallery|slideshow)", "caption"),
    HintRule("navigation", _L + r"(?:nav|navbar|navigation|menu|breadcrumbs?|skip-?link"
             r"|pagination|pager|site-?header|masthead|topbar|top-?bar|next-?prev|prev-?next"
             r"|post-?navigation|toc|table-?of-?contents)" + _R, "navigation"),
    HintRule("footer", _L + r"(?:footer|site-?footer|colophon|copyright)", "footer"),
    HintRule("sidebar", _L + r"(?:sidebar|side-?bar|rail|right-?col)" + _R, "sidebar"),
    HintRule("tag list", _L + r"(?:tags|tag-?list|tag-?links|topics|keywords|categories)" + _R,
             "tags"),
    HintRule("byline and dateline", _L + r"(?:byline|author-?bio|author-?info|about-?author"
             r"|author-?box|dateline|timestamp|publish\w{0,8}-?date|article-?meta|post-?meta"
             r"|entry-?meta|publish-?info|dates?(?![a-z]))", "byline"),
    # Only the classes that hide an element everywhere: "hidden-xs" shows it on wide screens.
    HintRule("screen-reader and print text", _L + r"(?:sr-only|visually-?hidden|screen-?reader"
             r"|print-?(?:only|header|footer)|is-?hidden|(?<![\w-])hidden(?![\w-]))", "hidden"),
    # Shown only when scripts are off ("jetpack-slideshow-noscript"), so not part of the page.
    HintRule("no-script fallback", r"noscript", "hidden"),
    HintRule("pop-up", _L + r"(?:modal|popup|pop-up|overlay|lightbox)" + _R, "popup"),
)



def _one_pattern(rules: tuple[HintRule, ...]) -> re.Pattern[str]:
    """The rows as one search whose group ``r<i>`` names the row that matched.

    Neighbouring rows that open with the left edge share one test of it: the search is tried
    at every position of a class string, most positions are inside a word, and there the
    shared test fails once instead of once per row. The rows keep their order at each
    position, so the same row wins."""
    branches: list[str] = []
    for left_edged, group in itertools.groupby(
            enumerate(rules), key=lambda item: item[1].pattern.startswith(_L)):
        if left_edged:
            inner = "|".join(f"(?P<r{i}>{rule.pattern[len(_L):]})" for i, rule in group)
            branches.append(f"{_L}(?:{inner})")
        else:
            branches.extend(f"(?P<r{i}>{rule.pattern})" for i, rule in group)
    return re.compile("|".join(branches))


HINT_PATTERN = _one_pattern(HINT_RULES)


@functools.lru_cache(maxsize=8192)
def furniture_reason(hints: str) -> str | None:
    """The reason of the first rule that matches one element's class/id words, or None.

    Cached: a page repeats the same few hundred class strings thousands of times."""
    found = HINT_PATTERN.search(hints)
    if found is None or found.lastgroup is None:
        return None
    return HINT_RULES[int(found.lastgroup[1:])].reason


# Furniture that sits inside the article itself: removed, but no sign that the element around
# it is not the article (unlike menus, sidebars, comments and link lists).
IN_ARTICLE_REASONS = frozenset({"caption", "hidden", "share-widget", "advertisement", "byline"})

@dataclass(frozen=True, slots=True)
class ProseCap:
    """An element of kind ``reason`` holding more prose than ``max_prose`` characters is not
    that furniture: its class word misleads, and its text is the page's."""

    reason: str
    max_prose: int
    why: str


# A class word says what an element is only as far as the text under it agrees: hints scale
# with the prose they would remove. Kinds not listed (comments, related links, hidden text)
# can hold any amount of prose.
PROSE_CAPS: tuple[ProseCap, ...] = (
    ProseCap("byline", 400, "a byline, dateline or author box is a few lines; blog themes name "
             "the post itself 'entry-date' or 'post-meta-wrap'"),
    ProseCap("share-widget", 300, "share rows hold button labels; 'share' also names a post "
             "container on themes with sharing built in"),
    ProseCap("tags", 300, "a tag list is links; 'tags' or 'topics' may name a tag-cloud theme's "
             "whole post column"),
    ProseCap("price-widget", 300, "a ticker is numbers and names"),
    ProseCap("media-player", 300, "a player holds a title and its controls"),
    ProseCap("newsletter", 600, "a sign-up box is a pitch and a form"),
    ProseCap("caption", 800, "a caption is a line or two; a gallery whose captions run longer "
             "is the article"),
    ProseCap("advertisement", 800, "an ad slot holds a teaser; 'sponsored' may name the post"),
    ProseCap("cookie-notice", 1000, "a consent banner is a paragraph and buttons"),
    ProseCap("popup", 1000, "a pop-up is a pitch; 'overlay' may name a page's content layer"),
    ProseCap("navigation", 1500, "menus are links, not prose"),
    ProseCap("footer", 1500, "a footer is a few lines of legal and contact text"),
    ProseCap("form", 1500, "ASP.NET pages wrap the whole page in one <form>"),
    ProseCap("sidebar", 2500, "a sidebar holds blurbs, not a story"),
    ProseCap("disclaimer", 3000, "a disclaimer runs long, but not story-long"),
)
MAX_PROSE: dict[str, int] = {cap.reason: cap.max_prose for cap in PROSE_CAPS}

# The page's chrome: never its text, even on a page with no article, where whatever else is
# there (a list of links, a sidebar's comments, an error message) is the page's text.
CHROME_REASONS = frozenset({"navigation", "footer", "cookie-notice", "popup", "hidden", "form",
                            "advertisement", "newsletter", "share-widget", "media-player"})

# Elements that are furniture by their tag alone, with the reason.
TAG_REASONS: dict[str, str] = {
    "nav": "navigation",
    "aside": "sidebar",
    "footer": "footer",
    "figcaption": "caption",
    "form": "form",
    "menu": "navigation",
    "dialog": "popup",
}

# Elements that hold no reader-visible text: dropped without a removal record.
SILENT_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "video", "audio", "map", "button", "input", "select", "textarea", "head", "link", "meta",
    "source", "picture", "math",
)

# Class/id words that mark the article's own body: a bonus for the candidate that carries them.
CONTENT_HINT = re.compile(
    _L + r"(?:article-?body|articlebody|article-?content|article-?text|story-?body|story-?content"
    r"|story-?text|entry-?content|post-?content|post-?body|post-?entry|content-?body|body-?text"
    r"|article__body|article__content|rich-?text|text-?body|articletext|storytext"
    r"|blog-?post|single-?post|c-entry-content|field-?body|news-?text|content-?text)"
)

# Tags that start a new block of text; everything else flows inline into its block. A table
# row is one block, its cells separated by spaces, so "Exports | 6.6% | Dec" stays one line.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "caption",
    "menu",
})

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# Inline tags whose start separates words, as a cell border or a line break does on screen.
CELL_TAGS = frozenset({"td", "th"})

# Inline elements (spans inside a sentence) that the reader never sees in the text's flow.
INLINE_HIDDEN = re.compile(
    _L + r"(?:tooltip|rollover|hover-?card|popover|sr-only|visually-?hidden|screen-?reader"
    r"|is-?hidden|(?<![\w-])hidden(?![\w-]))"
)


@functools.lru_cache(maxsize=8192)
def is_content_hint(hints: str) -> bool:
    """Whether class/id words name the article's own body ("story-body", "entry-content")."""
    return CONTENT_HINT.search(hints) is not None


@functools.lru_cache(maxsize=8192)
def is_hidden_inline(klass: str) -> bool:
    """Whether an inline element's class hides it from the text's flow."""
    return INLINE_HIDDEN.search(klass.lower()) is not None
