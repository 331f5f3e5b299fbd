"""Where the article sits on the page: evidence from shape and position, not from phrasing.

The rules table only knows furniture phrased the way some page phrased it. What every page
shares is the layout: the article is a run of prose (long sentences that end), and the page
around it is short unfinished lines (menus, labels, stamps, headline lists, footer links); a
price row is numbers and tickers, not words; a prompt opens with an imperative aimed at an app
or a channel; an author card names someone and then describes them. This pass runs after the
rules and only judges blocks the rules left as body, so a table row always wins; its removals
carry reasons from the same vocabulary, and rule names starting with ``layout-``.

Every threshold sits in ``LAYOUT`` and every word list in a named tuple: tuning is data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .classify import (
    FINISHED_LINE_MARKS,
    Verdict,
    ends_with_mark,
    is_finished,
    is_prose,
    words,
)
from .rules import (
    AFTER_ARTICLE,
    ARTICLE_END_REASONS,
    HEADLINE_LIST_REASONS,
    TEASER_ITEM_REASONS,
)


@dataclass(frozen=True, slots=True)
class Layout:
    """The numbers the structural evidence rests on, each with what it protects."""

    # A paragraph of this many words that ends a sentence is article prose: the body region runs
    # from the first such paragraph to the last.
    prose_words: int = 12
    # Outside the region, unfinished lines up to this long are page furniture; longer ones are
    # kept (an unpunctuated standfirst, a paragraph a scraper cut off).
    label_words: int = 20
    # A widget row's buttons ("Thank", "Reply") are this short.
    button_words: int = 2
    # Above the article: a line this short is a label (menu item, section, weather) ...
    label_alone_words: int = 2
    # ... and one this short is a label when a headline still follows it ("Stock Market News").
    label_words_before_headline: int = 3
    # A date or time stamp line is at most this long.
    stamp_words: int = 10
    # ... of which at most this many are words that are not months, clock or zone marks.
    stamp_own_words: int = 4
    # This many headline-shaped lines in a row above the article are a headline list, when a
    # label this short heads it ("Fresh From The Wires").
    headline_list: int = 4
    list_label_words: int = 4
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
STAMP = "dateline"
PRICE_ROW = "price-widget"
PROMPT = "prompt"
CARD = "author-bio"
BYLINE = "credits"
# A person's name alone on its line: two or three capitalised words (case counts here).
_BARE_NAME = re.compile(r"(?:By )?[A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20}){1,2}")
# What the name line of an author card may already have been called ("Written by ...").
CARD_LABELS = frozenset({"byline", "credits"})
# Notices after which a repost prints only furniture: the credit to the original, the repost line.
CLOSING_SOURCE_REASONS = frozenset({"source-line", "repost-notice"})
# Furniture that closes the article's tail: once one is passed, short lines are the page's.
_TAIL_ENDERS = ARTICLE_END_REASONS | TEASER_ITEM_REASONS | {AFTER_ARTICLE, PROMPT}

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
_MONTH_OR_ZONE = re.compile(
    r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}[.,]?"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}[.,]?|[ap]\.?m\.?)|[A-Z]{2,4}|\d\w*[.,]?"
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_WEB_ADDRESS = re.compile(r"https?://|www\.|\b[\w-]{2,63}\.(?:com|org|net|co|io|news)\b")
_BULLET = re.compile(r"^(?:[-•*–—·▪►✓]|\d{1,2}[.)] )")
# A time of day, a bar-separated stamp or a month and day: what a date or "updated" line holds.
_STAMP = re.compile(
    r"\d{1,2}:\d{2}|\||\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? "
    r"\d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\b",
    re.IGNORECASE,
)
_HEADLINE_WORDS = (3, 20)


def mark_layout(verdicts: Sequence[Verdict], layout: Layout = LAYOUT) -> None:
    """Give structural reasons to the body blocks that the page's layout shows are furniture."""
    present = [verdict for verdict in verdicts if verdict.text]
    first_prose = _first_prose(present, layout)
    if first_prose is None:
        return
    for verdict in present:
        if verdict.is_body and _is_price_row(verdict.text, layout):
            _give(verdict, PRICE_ROW, "layout-price-row")
        elif verdict.is_body and _is_prompt(verdict.text, layout):
            _give(verdict, PROMPT, "layout-prompt")
    _mark_cards(present, first_prose, layout)
    first_prose = _first_prose(present, layout)
    if first_prose is None:
        return
    _release_headline_under_list(present, first_prose)
    _mark_before_article(present, first_prose, layout)
    _mark_after_closing_source(present, first_prose, layout)
    # The last block of article text, looked for from the end (most of a page comes before it).
    last_text = next((index for index in range(len(present) - 1, -1, -1)
                      if _ends_article_text(present[index], layout)), None)
    if last_text is not None:
        _mark_tail(present, last_text, layout)


def _first_prose(present: Sequence[Verdict], layout: Layout) -> int | None:
    """Where the first paragraph of prose is, looked for no further than it."""
    return next((index for index, verdict in enumerate(present)
                 if is_prose(verdict, layout.prose_words)), None)


def _give(verdict: Verdict, reason: str, rule: str) -> None:
    verdict.reason, verdict.rule = reason, rule


def _is_price_row(text: str, layout: Layout) -> bool:
    # The remembered word count first: a paragraph is not split only to learn it is too long.
    if words(text) > layout.ticker_tokens:
        return False
    tokens = text.split()
    if not tokens or text.endswith("."):
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
    person ("Laura covers ..."), with no article prose below: an author card. The describing
    verb is required, so a subhead naming a company above a paragraph about it stays."""
    for index in range(first_prose + 1, len(present) - 1):
        label, description = present[index], present[index + 1]
        if not description.is_body or (label.reason and label.reason not in CARD_LABELS):
            continue
        found = _CARD_NAME.match(label.text)
        if not found or not _is_person_card(label.text, description.text, layout):
            continue
        if any(is_prose(verdict, layout.prose_words) for verdict in present[index + 2 :]):
            continue  # a subhead naming someone, with the article going on below
        if description.text.split()[0].casefold() == found.group(1).casefold():
            if label.reason is None:
                _give(label, CARD, "layout-card")
            _give(description, CARD, "layout-card")


def _is_person_card(label: str, description: str, layout: Layout) -> bool:
    if not (
        words(label) <= layout.card_words
        and not label.isupper()  # "NISSAN SENTRA" over a paragraph on the car: a subhead
        and bool(_NAME_LINE.match(label))
        and bool(_CAPITALISED_NAME.search(label))
        and words(description) <= layout.bio_words
    ):
        return False
    parts = description.split()  # only once the cheaper tests pass: most blocks fail them
    return len(parts) > 1 and parts[1].casefold() in CARD_VERBS


def _release_headline_under_list(present: Sequence[Verdict], first_prose: int) -> None:
    """A "Most read" list printed right above the story runs into the story's own headline;
    with no other headline above the article, the line touching the first paragraph is it."""
    if first_prose == 0 or any(
        verdict.is_body and _headline_shaped(verdict.text) for verdict in present[:first_prose]
    ):
        return
    above = present[first_prose - 1]
    if above.reason in HEADLINE_LIST_REASONS and _headline_shaped(above.text):
        above.reason = above.rule = None


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
    in_list = _headline_list_members([present[i] for i in head], head, shaped, layout)
    headline_below = [False] * (len(head) + 1)
    for position in range(len(head) - 1, -1, -1):
        headline_below[position] = shaped[position] or headline_below[position + 1]
    for position, index in enumerate(head):
        text = present[index].text
        if _kept_shape(text, layout):
            continue
        following = head[position + 1] if position + 1 < len(head) else first_prose
        follower = present[following].text
        heads_text = bool(_BULLET.match(follower) or ends_with_mark(follower, FINISHED_LINE_MARKS))
        count = words(text)
        label = not heads_text and (text[:1].isupper() or text[:1].isdigit()) and (
            count <= layout.label_alone_words
            or (count <= layout.label_words_before_headline and headline_below[position + 1])
        )
        stamp = _is_stamp(text, layout)
        if _byline_under_stamp(present, index, follower):
            _give(present[index], BYLINE, "layout-byline")
        elif stamp and _YEAR.search(text):
            # Provenance reads the article's date from its dateline removals.
            _give(present[index], STAMP, "layout-stamp")
        elif label or stamp or position in in_list:
            _give(present[index], BEFORE_ARTICLE, "layout-before-article")


def _byline_under_stamp(present: Sequence[Verdict], index: int, follower: str) -> bool:
    """A bare name between the date stamp and the first paragraph is the byline ("01 Apr 2026,
    11:48 AM IST" / "Jane Doe"); a label over a list ("Key Points") still heads its bullets."""
    return (
        index > 0
        and present[index - 1].reason == STAMP
        and _BARE_NAME.fullmatch(present[index].text) is not None
        and not _BULLET.match(follower)
    )


def _is_stamp(text: str, layout: Layout) -> bool:
    """A date or time with a few words of its own ("Stock Markets | Jan 21, 2026 04:38PM ET"),
    not a headline that mentions a date."""
    if words(text) > layout.stamp_words or not _STAMP.search(text):
        return False
    own_words = [
        token for token in _STAMP.sub(" ", text).split()
        if any(char.isalpha() for char in token) and not _MONTH_OR_ZONE.fullmatch(token)
    ]
    return len(own_words) <= layout.stamp_own_words


def _headline_list_members(
    lines: Sequence[Verdict], head: Sequence[int], shaped: Sequence[bool], layout: Layout
) -> set[int]:
    """The first run of headline-shaped lines, when a short label heads it or sits right above
    it ("Hot Right Now", "Trending") and it is long enough to be a list, minus its last line
    (the article's own headline, printed under the list). Runs below the first headline-shaped
    line sit under the article's headline: a release's highlights. Furniture between two lines
    (a dateline) breaks a run."""
    run: list[int] = []
    for position, is_headline in enumerate(shaped):
        adjacent = not run or head[position] == head[run[-1]] + 1
        if is_headline and adjacent:
            run.append(position)
        elif run:
            break
    if len(run) < layout.headline_list:
        return set()
    first = run[0]
    label_above = first > 0 and head[first - 1] == head[first] - 1
    labels = [lines[first], *([lines[first - 1]] if label_above else [])]
    if any(words(line.text) <= layout.list_label_words for line in labels):
        return set(run[:-1])
    return set()


def _headline_shaped(text: str) -> bool:
    low, high = _HEADLINE_WORDS
    return (
        low <= words(text) <= high
        and not ends_with_mark(text, FINISHED_LINE_MARKS)
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
        # The whole block: a span row may have cut the address ("Read the full story on x.co").
        verdict.reason in CLOSING_SOURCE_REASONS
        and bool(_WEB_ADDRESS.search(verdict.block.text))
    )


def _ends_article_text(verdict: Verdict, layout: Layout) -> bool:
    """Prose, or a finished sentence long enough to be the article's (its last line may be
    short, and an article may resume under a mid-article "Read next" box)."""
    return is_prose(verdict, layout.prose_words) or (
        verdict.is_body
        and words(verdict.text) >= layout.closing_sentence_words
        and is_finished(verdict.text)
    )


def _mark_tail(present: Sequence[Verdict], last_text: int, layout: Layout) -> None:
    """Below the article's last sentence, once furniture has shown the article is over (a
    notice, a teaser's date, a share row, a prompt), short unfinished lines are the page's:
    teaser headlines, their sources and ages, footer links. Before that furniture, an
    unfinished line may still be the article's (a list, a sign-off), so it stays, unless it
    is one of the one- or two-word buttons of the widget row the furniture belongs to
    ("Thank", "Reply" above "Share")."""
    over = False
    buttons: list[Verdict] = []
    for verdict in present[last_text + 1 :]:
        text = verdict.text
        if not verdict.is_body:
            if verdict.reason in TEASER_ITEM_REASONS:
                for button in buttons:
                    _give(button, AFTER_ARTICLE, "layout-widget-row")
            buttons = []
            over = over or verdict.reason in _TAIL_ENDERS
            continue
        short = words(text) <= layout.button_words and not _ENDS_SENTENCE.search(text)
        buttons = [*buttons, verdict] if short else []
        if over and words(text) <= layout.label_words and not is_finished(text):
            _give(verdict, AFTER_ARTICLE, "layout-after-article")

