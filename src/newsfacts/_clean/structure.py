"""Where the article sits on the page: evidence from shape and position, not from phrasing.

The rules table only knows furniture phrased the way some page phrased it. What every page shares
is the layout: the article is a run of prose (long sentences that end), the page around it is
short unfinished lines (menus, labels, headline lists, counters); a widget repeats itself; a price
row is numbers, not words; a prompt opens with an imperative aimed at an app or a channel; an
author or company card names its subject and then describes it. This pass runs after the rules
and only ever judges blocks the rules left as body, so a table row always wins.

Every threshold sits in ``LAYOUT``, every word list in a named tuple below: tuning is data.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .classify import Verdict, is_prose, words
from .rules import AFTER_ARTICLE, ARTICLE_END_REASONS, TEASER_ITEM_REASONS, TRUNCATION_MARKS


@dataclass(frozen=True, slots=True)
class Layout:
    """The numbers the structural evidence rests on, each with what it protects."""

    # A paragraph of this many words that ends a sentence is article prose: the body region runs
    # from the first such paragraph to the last.
    prose_words: int = 12
    # Outside the region, unfinished lines up to this long are page furniture; longer ones are
    # kept (an unpunctuated standfirst, a paragraph a scraper cut off).
    label_words: int = 20
    # Above the article: a line this short is a label (menu item, section, weather) ...
    label_alone_words: int = 2
    # ... and one this short is a label when a headline still follows it ("Stock Market News").
    label_words_before_headline: int = 3
    # A date or time stamp line is at most this long.
    stamp_words: int = 10
    # This many headline-shaped lines in a row above the article are a headline list.
    headline_list: int = 4
    # The same short line printed this often in one document is a widget ("Share", "Reply").
    widget_repeats: int = 3
    widget_words: int = 4
    # A price row: at most this many tokens, at least this share of them numbers or tickers.
    ticker_tokens: int = 8
    ticker_share: float = 0.6
    ticker_label_chars: int = 4
    # Prompts and cards are short; a longer line is an article sentence that happens to match.
    prompt_words: int = 15
    card_words: int = 4
    bio_words: int = 30
    # After a closing source line, the article has resumed only if this many prose paragraphs
    # follow (a chart's "Source:" line mid-article is followed by the rest of the article).
    resumed_prose: int = 2
    # Below the last paragraph, a finished sentence this long is still the article's.
    closing_sentence_words: int = 8


LAYOUT = Layout()

BEFORE_ARTICLE = "navigation"
REPEATED_WIDGET = "share-widget"
PRICE_ROW = "price-widget"
PROMPT = "prompt"
CARD = "author-bio"
# Notices after which a repost prints only furniture: the credit to the original, the repost line.
CLOSING_SOURCE_REASONS = frozenset({"source-line", "repost-notice"})
# Furniture that closes the article's tail: once one is passed, short lines are the page's.
_TAIL_ENDERS = ARTICLE_END_REASONS | TEASER_ITEM_REASONS | {AFTER_ARTICLE}

# Imperatives that open a prompt, and what a prompt asks the reader to go to. A line is a prompt
# only with one of each, so "Read the full ruling" or "Follow the money" stay article text.
PROMPT_VERBS: tuple[str, ...] = (
    "follow", "join", "download", "sign up", "sign in", "log in", "get", "click", "tap",
    "subscribe", "watch", "listen", "read", "check out", "don't miss", "don’t miss", "open",
    "continue reading", "gift", "be part of", "stay updated", "stay informed", "stay tuned",
    "add us", "install", "turn on", "enable", "register", "bookmark",
)
PROMPT_OBJECTS: tuple[str, ...] = (
    "app", "apps", "newsletter", "newsletters", "telegram", "whatsapp", "google news", "google",
    "twitter", "facebook", "instagram", "youtube", "tiktok", "linkedin", "threads", "podcast",
    "inbox", "alerts", "notifications", "channel", "community", "feed", "rss", "this article",
    "this story", "full story", "full article", "reading on", "preferred source",
)
# Second words of a card's description: "Laura covers ...", "Aayush is a senior analyst ...".
CARD_VERBS: tuple[str, ...] = (
    "is", "was", "has", "covers", "writes", "joined", "reports", "leads", "specializes",
    "specialises", "focuses", "holds", "previously", "brings",
)


def _alternation(phrases: Sequence[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(phrase).replace(r"\ ", " ") for phrase in ordered)


_PROMPT = re.compile(
    rf"^(?:{_alternation(PROMPT_VERBS)})\b[^\n]{{0,160}}?\b(?:{_alternation(PROMPT_OBJECTS)})\b",
    re.IGNORECASE,
)
_CARD_NAME = re.compile(r"^(?:(?:written |posted )?by )?([A-Z][\w.'’-]{0,30})(?: |$)",
                        re.IGNORECASE)
_NAME_LINE = re.compile(
    r"^(?:(?:written |posted )?by )?[A-Z][\w.'’-]{1,30}(?: [A-Z][\w.'’-]{0,30}){1,2}$",
    re.IGNORECASE,
)
_CAPITALISED_NAME = re.compile(r"(?:^|\s)[A-Z][\w.'’-]{1,30} [A-Z][\w.'’-]{0,30}")
_NUMERIC_TOKEN = re.compile(
    r"[(]?[-+−]?[$€£¥₿]?[-+−]?\d[\d.,:]{0,20}[%KMBTkmbh°x]?[)]?"
    r"|[(][A-Z]{2,6}[)]|[A-Z]{2,6}/[A-Z]{2,6}|[$€£¥₿%]"
)
_MARKET_SIGN = re.compile(r"[%$€£¥₿+−]|\d[.,]\d|^-\d")
# A line that ends a sentence or opens a list; "?" and "!" lines outside the article are teaser
# headlines and promo lines more often than article sentences.
_ENDS_SENTENCE = re.compile(r"[.!?:\"”’)]$")
_ENDS_CALMLY = re.compile(r"[.\"”’)]$")
_WEB_ADDRESS = re.compile(r"https?://|www\.|\b[\w-]{2,63}\.(?:com|org|net|co|io|news)\b")
_LIST_ITEM = re.compile(r"\d|: | [-–—] ")
_BULLET = re.compile(r"^(?:[-•*–—·▪►✓]|\d{1,2}[.)] )")
# A time of day, a bar-separated stamp or a month and day: what a date or "updated" line holds.
_STAMP = re.compile(
    r"\d{1,2}:\d{2}|\||\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? "
    r"\d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\b",
    re.IGNORECASE,
)
_HEADLINE_WORDS = (3, 20)
_MIN_SUBHEAD_FOLLOWER = 5


def mark_layout(verdicts: Sequence[Verdict], layout: Layout = LAYOUT) -> None:
    """Give structural reasons to the body blocks that the page's layout shows are furniture."""
    present = [verdict for verdict in verdicts if verdict.text]
    _mark_repeated_lines(present, layout)
    for verdict in present:
        if verdict.is_body and _is_price_row(verdict.text, layout):
            _give(verdict, PRICE_ROW, "layout-price-row")
        elif verdict.is_body and _is_prompt(verdict.text, layout):
            _give(verdict, PROMPT, "layout-prompt")
    prose = [i for i, verdict in enumerate(present) if is_prose(verdict, layout.prose_words)]
    if not prose:
        return
    _mark_cards(present, prose[0], layout)
    prose = [i for i, verdict in enumerate(present) if is_prose(verdict, layout.prose_words)]
    if not prose:
        return
    _mark_before_article(present, prose[0], layout)
    _mark_after_closing_source(present, prose[0], layout)
    ends = [i for i, verdict in enumerate(present) if _ends_article_text(verdict, layout)]
    if ends:
        _mark_tail(present, ends[-1], layout)


def _give(verdict: Verdict, reason: str, rule: str) -> None:
    verdict.reason, verdict.rule = reason, rule


def _mark_repeated_lines(present: Sequence[Verdict], layout: Layout) -> None:
    short = [v.text.casefold() for v in present if words(v.text) <= layout.widget_words]
    counts = Counter(short)
    for verdict in present:
        if verdict.is_body and counts.get(verdict.text.casefold(), 0) >= layout.widget_repeats:
            _give(verdict, REPEATED_WIDGET, "layout-repeated-line")


def _is_price_row(text: str, layout: Layout) -> bool:
    tokens = text.split()
    if not tokens or len(tokens) > layout.ticker_tokens or text.endswith("."):
        return False
    numeric = [bool(_NUMERIC_TOKEN.fullmatch(token)) for token in tokens]
    # A widget labels its figures with a ticker or an abbreviation ("24h Vol $81.2M"); a table
    # row in the article names what it measures ("Revenue $92.4 $75.7 22%") and a sentence
    # has lower-case words ("S&P 500: 6,912.40, up 0.8%").
    labels_short = all(
        is_number or (len(token) <= layout.ticker_label_chars and not token.islower())
        for token, is_number in zip(tokens, numeric, strict=True)
    )
    return (
        labels_short
        and sum(numeric) / len(tokens) >= layout.ticker_share
        and bool(_MARKET_SIGN.search(text))
    )


def _is_prompt(text: str, layout: Layout) -> bool:
    return words(text) <= layout.prompt_words and bool(_PROMPT.search(text))


def _mark_cards(present: Sequence[Verdict], first_prose: int, layout: Layout) -> None:
    """A name line (or byline) under the article, then a short paragraph that describes that
    person ("Laura covers ..."): an author card. The describing verb is required, so a subhead
    naming a company above a paragraph about it stays."""
    for index in range(first_prose + 1, len(present) - 1):
        label, description = present[index], present[index + 1]
        if not description.is_body or label.reason not in (None, "byline"):
            continue
        found = _CARD_NAME.match(label.text)
        if not found or not _is_person_card(label.text, description.text, layout):
            continue
        if description.text.split()[0].casefold() == found.group(1).casefold():
            if label.reason is None:
                _give(label, CARD, "layout-card")
            _give(description, CARD, "layout-card")


def _is_person_card(label: str, description: str, layout: Layout) -> bool:
    parts = description.split()
    return (
        words(label) <= layout.card_words
        and bool(_NAME_LINE.match(label))
        and bool(_CAPITALISED_NAME.search(label))
        and len(parts) > 1
        and words(description) <= layout.bio_words
        and parts[1].casefold() in CARD_VERBS
    )


def _mark_before_article(present: Sequence[Verdict], first_prose: int, layout: Layout) -> None:
    """Above the first paragraph: labels, stamps and other stories' headlines are the page's.

    What goes: lines of a word or two (menus, section labels, the weather), three-word labels
    with a headline still to come below them, date and time stamps, and a run of headlines
    long enough to be a list (all but its last, the article's own). What stays: the headline
    and its deck, finished sentences, and a label over a list or a finished sentence ("Key
    Points", "In Brief").
    """
    head = [i for i in range(first_prose) if present[i].is_body]
    shaped = [_headline_shaped(present[i].text) for i in head]
    in_list = _headline_list_members(shaped, layout)
    for position, index in enumerate(head):
        text = present[index].text
        if _kept_shape(text, layout):
            continue
        following = head[position + 1] if position + 1 < len(head) else first_prose
        follower = present[following].text
        heads_text = bool(_BULLET.match(follower) or _ENDS_CALMLY.search(follower))
        count = words(text)
        label = not heads_text and (
            count <= layout.label_alone_words
            or (count <= layout.label_words_before_headline and any(shaped[position + 1 :]))
        )
        stamp = count <= layout.stamp_words and bool(_STAMP.search(text))
        if label or stamp or position in in_list:
            _give(present[index], BEFORE_ARTICLE, "layout-before-article")


def _headline_list_members(shaped: Sequence[bool], layout: Layout) -> set[int]:
    """The first run of headline-shaped lines, when it is long enough to be a list, minus its
    last line (the article's own headline, printed under the list). Runs below the first
    headline-shaped line sit under the article's headline: a release's highlights."""
    run: list[int] = []
    for position, is_headline in enumerate([*shaped, False]):
        if is_headline:
            run.append(position)
        elif run:
            break
    return set(run[:-1]) if len(run) >= layout.headline_list else set()


def _headline_shaped(text: str) -> bool:
    low, high = _HEADLINE_WORDS
    return (
        low <= words(text) <= high
        and not _ENDS_CALMLY.search(text)
        and not _STAMP.search(text)
        and not _BULLET.match(text)
    )


def _kept_shape(text: str, layout: Layout) -> bool:
    return (
        bool(_ENDS_SENTENCE.search(text))
        or bool(_BULLET.match(text))
        or words(text) > layout.label_words
    )


def _mark_after_closing_source(
    present: Sequence[Verdict], first_prose: int, layout: Layout
) -> None:
    """After the credit to the original ("Source: <url>", "The post ... appeared on"), a repost
    prints its own furniture, finished sentences included (disclaimers, notices), unless the
    article plainly resumes."""
    closing = next(
        (i for i in range(first_prose + 1, len(present)) if _credits_a_page(present[i])),
        None,
    )
    if closing is None:
        return
    rest = present[closing + 1 :]
    if sum(is_prose(verdict, layout.prose_words) for verdict in rest) >= layout.resumed_prose:
        return
    for verdict in rest:
        if verdict.is_body:
            _give(verdict, AFTER_ARTICLE, "layout-after-source")


def _credits_a_page(verdict: Verdict) -> bool:
    """A repost notice, or a source line that names a web page: "Source: FactSet" under a chart
    credits data, and the article goes on below it."""
    return verdict.reason == "repost-notice" or (
        verdict.reason in CLOSING_SOURCE_REASONS and bool(_WEB_ADDRESS.search(verdict.text))
    )


def _ends_article_text(verdict: Verdict, layout: Layout) -> bool:
    """Prose, or a finished sentence long enough to be the article's (its last line may be
    short, and an article may resume under a mid-article "Read next" box)."""
    return is_prose(verdict, layout.prose_words) or (
        verdict.is_body
        and words(verdict.text) >= layout.closing_sentence_words
        and bool(_ENDS_CALMLY.search(verdict.text))
        and _whole(verdict.text)
    )


def _mark_tail(present: Sequence[Verdict], last_prose: int, layout: Layout) -> None:
    """Below the last paragraph: closing sentences, a subhead over text or a list, and list
    items stay with the article until the first line that is neither; after that, short
    unfinished lines (teaser headlines, sources, ages, footer links) are the page's."""
    in_article = True
    list_open = present[last_prose].text.endswith(":")
    tail = present[last_prose + 1 :]
    for position, verdict in enumerate(tail):
        if not verdict.is_body:
            if verdict.reason in _TAIL_ENDERS:
                in_article = False
            continue
        text = verdict.text
        if in_article:
            if _ENDS_SENTENCE.search(text) and _whole(text):
                list_open = text.endswith(":")
                continue
            if list_open or _list_item(text) or _subhead(tail[position + 1 :]):
                continue
            in_article = False
        if words(text) <= layout.label_words and not (_ENDS_CALMLY.search(text) and _whole(text)):
            _give(verdict, AFTER_ARTICLE, "layout-after-article")


def _list_item(text: str) -> bool:
    return bool(_BULLET.match(text) or _LIST_ITEM.search(text))


def _whole(text: str) -> bool:
    return not any(mark in text for mark in TRUNCATION_MARKS)


def _subhead(following: Sequence[Verdict]) -> bool:
    """An unfinished line is a subhead when article text comes right under it: a finished
    sentence or the first item of a list."""
    nxt = following[0] if following else None
    if nxt is None or not nxt.is_body:
        return False
    finished = (
        words(nxt.text) >= _MIN_SUBHEAD_FOLLOWER
        and bool(_ENDS_CALMLY.search(nxt.text))
        and _whole(nxt.text)
    )
    return finished or _list_item(nxt.text)
