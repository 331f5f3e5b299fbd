"""The rows tried after the model (``rules.LATE_RULES``): one invented case per row, named with the
furniture kind and where that kind was seen (reposts-dev fit half, by family), and traps where a
row must leave article text alone (forms seen in the html-dev and Scrapinghub gold bodies).

Every string here is invented in the form of the furniture; none is copied from a corpus page.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts._blocks import Block
from newsfacts._clean import clean
from newsfacts._clean.classify import (
    _LATE_LINES,
    _MOST_LATE_WORDS,
    _late_lines_for,
    classify,
    late_rules,
)
from newsfacts._clean.rules import HINT_RULES, LATE_RULES, RULES


class Case(NamedTuple):
    rule: str
    text: str
    kind: str  # the furniture kind, and where it was seen


CASES: tuple[Case, ...] = (
    Case("repost-appeared-cut", "The post Gold Slides as Dollar Firms Ahead of Payrolls appeared",
         "RSS repost footer cut at the page store's limit (crypto-repost family, fit half)"),
    Case("first-seen-on",
         "This article was first seen on Example Times; to read more, follow this link.",
         "first-seen-on source footer (scraped-or-autoblog-copy family, fit half)"),
    Case("file-tag-inline", "Output fell 2%, according to data [PDF] published on Friday.",
         "inline link marker of a document (publisher-page-chrome family, fit half)"),
    Case("dateline-release-wire", "AUSTIN, Texas, March 3, 2026 (GLOBE NEWSWIRE) -- Acme Corp",
         "release dateline on a hard-wrapped line (press-release-repost family, fit half)"),
    Case("favicon-alt-text", "cropped-acme-icon-32x32-1",
         "site icon file name as alt text (crypto-repost family, fit half)"),
    Case("image-alt-text", "Image result for gold price",
         "image search alt text (crypto-repost family, fit half)"),
    Case("image-alt-text", "hinh anh 2", "numbered picture alt text (wire-copy family, fit half)"),
    Case("pair-chart-caption", "SOL/USDT daily chart",
         "trading pair chart caption (crypto-repost family, fit half)"),
    Case("chart-site-credit", "ETHUSD. Source: TradingView",
         "ticker with its charting site (crypto-repost family, fit half)"),
    Case("chart-site-credit", "Market visualization from Coin360",
         "visualisation credited to its maker (crypto-repost family, fit half)"),
    Case("caption-bracket-credit", "Workers load containers at a port in Ningbo. [Photo/Xinhua]",
         "caption closed by a bracketed credit (wire-copy family, fit half)"),
    Case("caption-bracket-credit", "The province shipped more rice this year. (Photo:",
         "caption cut at its credit (wire-copy family, fit half)"),
    Case("credit-in-brackets", "(Xinhua News Agency May 2, 2009)",
         "agency credit with its date under a story (wire-copy family, fit half)"),
    Case("credit-in-brackets", "(03/14/19)", "bare date stamp in brackets (aggregator-or-feed)"),
    Case("credit-in-brackets", "(Daily Planet / Morning Ledger / Evening Post)",
         "outlets a digest item came from (aggregator-or-feed family, fit half)"),
    Case("section-glued-date", "BusinessMarch 3, 2026",
         "section label glued to the date (wire-copy family, fit half)"),
    Case("publisher-date-stamp", "Business Wire - Mar 3 at 09:15",
         "release service and time it moved (press-release-repost family, fit half)"),
    Case("last-trade-stamp", "Last Trade - 03/14/26",
         "quote widget stamp (press-release-repost family, fit half)"),
    Case("symbols-line", "Company Symbols: NYSE:ACME", "ticker line of a release portal"),
    Case("print-announcement-notice",
         "For best results when printing this announcement, please click on link below:",
         "RNS print notice on a portal (press-release-repost family, fit half)"),
    Case("you-are-here", "You are here: Home / Business", "breadcrumb (wire-copy family)"),
    Case("font-size-control", "Xinhua, March 3, 2026 Adjust font size:",
         "text-size control beside the wire and date (wire-copy family, fit half)"),
    Case("prev-next-links", "Previous:Steel output edges upNext:Port volumes climb",
         "glued previous/next links (publisher-page-chrome family, fit half)"),
    Case("chevron-link", ">>More from our newsroom: local fuel prices",
         "chevron promo link (publisher-page-chrome family, fit half)"),
    Case("headline-ticker",
         "Dollar firms in early Asian trade • Oil edges up on supply worries • Gold holds firm",
         "headline ticker between bullets (wire-copy family, fit half)"),
    Case("video-caption-widget",
         "Caption Why carriers are losing customers Phone carriers have long relied on discounts.",
         "video player title (publisher-page-chrome family, fit half)"),
    Case("person-reports", "Jo Kim reports.", "reporter credit line (aggregator-or-feed family)"),
    Case("author-bio-career",
         "Ana Ruiz holds a degree in economics. She is currently working as a content writer with "
         "an agency.", "author card career lines (crypto-repost family, fit half)"),
    Case("reader-question",
         "Where will gold be by June? Let us know your thoughts in the comments.",
         "closing question to readers (crypto-repost family, fit half)"),
    Case("ai-content-disclaimer",
         "This news story was chosen by an editor, though its content was AI-generated.",
         "AI-generated content disclaimer (press-release-repost family, fit half)"),
    Case("affiliate-disclaimer", "This post may contain affiliate links.",
         "affiliate disclaimer (crypto-repost family, fit half)"),
    Case("register-prompt", "Register for free to join our community of investors.",
         "registration prompt of a forum portal (press-release-repost family, fit half)"),
    Case("reaction-counter", "3 Likes", "forum reaction counter (aggregator-or-feed family)"),
    Case("byline-tilde", "By JO KIM ~ The Associated Press",
         "byline with a tilde before the wire (wire-copy family, fit half)"),
    Case("newsletter-receive", "Receive daily headlines free. Sign up today!",
         "newsletter prompt (wire-copy family, fit half)"),
    Case("share-label-bullet", "• Share To:", "share label with a bullet (wire-copy family)"),
    Case("publisher-label-region", "PR Newswire (US)",
         "wire label with its region (press-release-repost family, fit half)"),
    Case("comments-label", "Post comments (0)", "comment counter (publisher-page-chrome)"),
    Case("comments-label", "Leave a reply below", "comment prompt (publisher-page-chrome)"),
    Case("discussion-embed-notice",
         "This is a companion discussion topic for the original entry at",
         "forum software embed notice (aggregator-or-feed family, fit half)"),
    Case("more-button-symbol", "¬†READ MORE", "button behind a mis-decoded no-break space"),
    Case("source-name-more", "Fonte notizia: Statistics Bureau",
         "source footer in Italian (aggregator-or-feed family, fit half)"),
    Case("source-name-more", "Source: Jo Kim/Twitter", "image source caption (crypto-repost)"),
    Case("stray-quote-marks", "“`", "stray mark of a broken code block (press-release-repost)"),
    Case("tags-label-elsewhere", "Temas", "tags heading in Spanish (publisher-page-chrome)"),
    Case("more-in-section-elsewhere", "Más en Economía",
         "more-in-section label in Spanish (publisher-page-chrome family, fit half)"),
    Case("advertise-prompt", "Envie d'afficher votre publicité ?",
         "ad sales prompt in French (wire-copy family, fit half)"),
    Case("contact-us-label", "Contactez-nous", "contact label in French (wire-copy family)"),
    Case("dateline-ordinal", "Thu 11th February, 2021 11:45am",
         "date stamp with an ordinal day (press-release-repost family, fit half)"),
)


def _late(texts: list[str]) -> list[str | None]:
    verdicts = classify([Block(text=text, position=i) for i, text in enumerate(texts)])
    late_rules(verdicts)
    return [verdict.rule for verdict in verdicts]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.rule}:{c.text[:30]}" for c in CASES])
def test_late_rule_fires(case: Case) -> None:
    verdicts = classify([Block(text=case.text, position=0)])
    late_rules(verdicts)
    fired = {verdicts[0].rule} | {rule for _, _, rule in verdicts[0].cuts}
    assert case.rule in fired


class Trap(NamedTuple):
    name: str
    text: str
    source: str


TRAPS: tuple[Trap, ...] = (
    Trap("aside-in-brackets", "(First Grade)", "a page's own bracketed aside (html-dev gold)"),
    Trap("table-heading-in-brackets", "(In Millions, Except Per Share Data)",
         "a release's table heading"),
    Trap("published-stamp-in-body", "(Published Monday, Nov. 18, 2019)",
         "a stamp the Scrapinghub gold keeps as body"),
    Trap("chevron-quote-question", ">> And why do firms keep old systems so long?",
         "a quoted forum question (html-dev gold)"),
    Trap("short-link-in-embedded-post", "Markets rallied today https://t.co/AbCdEf12",
         "an embedded post's link (Scrapinghub gold)"),
    Trap("sentence-about-ai", "The report found that AI-generated images spread fast online.",
         "a sentence about AI is not a disclaimer"),
    Trap("let-us-know-in-quote", "Regulators said they would let us know by March.",
         "'let us know' inside a sentence"),
)


@pytest.mark.parametrize("trap", TRAPS, ids=[trap.name for trap in TRAPS])
def test_late_rules_keep_body(trap: Trap) -> None:
    lead = ("Exports rose 4% in March from a year earlier, the statistics office said on "
            "Tuesday, led by shipments of machinery and chemicals.")
    cleaned = clean([Block(text=lead, position=0), Block(text=trap.text, position=1)],
                    threshold=1.0)
    assert trap.text in "\n\n".join(block.text for block in cleaned.body)


def test_late_rows_run_after_the_model_only() -> None:
    """A late row never decides a block in the rule stage (it would change what the model is
    trained on), and clean() applies it."""
    assert _late(["Image result for gold price"]) == ["image-alt-text"]
    verdicts = classify([Block(text="Image result for gold price", position=0)])
    assert verdicts[0].rule is None


def test_every_late_rule_has_a_case_and_a_unique_name() -> None:
    assert {rule.name for rule in LATE_RULES} <= {case.rule for case in CASES}
    names = ([rule.name for rule in RULES] + [rule.name for rule in HINT_RULES]
             + [rule.name for rule in LATE_RULES])
    assert len(names) == len(set(names))
    assert {rule.mode for rule in LATE_RULES} <= {"line", "span"}
    assert not any(rule.after for rule in LATE_RULES)


def _late_line_of_whole_table(text: str) -> str | None:
    """The late line row a text gets when every row short enough for it is searched."""
    count = len(text.split())
    return next((rule.name for rule in _LATE_LINES
                 if count <= rule.max_words and rule.pattern.search(text)), None)


def _late_line_by_opening(text: str) -> str | None:
    rows = _late_lines_for(text[0], min(len(text.split()), _MOST_LATE_WORDS))
    return next((rule.name for rule in rows if rule.pattern.search(text)), None)


@pytest.mark.parametrize("text", [case.text for case in CASES] + [trap.text for trap in TRAPS]
                         + ["ſhare this", "İmage result for gold", "  Temas", "“Contactez-nous"])
def test_late_rows_skipped_by_their_opening_could_not_match(text: str) -> None:
    assert _late_line_by_opening(text) == _late_line_of_whole_table(text)


@given(st.lists(st.sampled_from([case.text for case in CASES] + ["(", "[", ">", "“", " ", "a",
                                                                 "Z", "3", "é", "ſ", "-"]),
                min_size=1, max_size=4))
def test_late_rows_by_opening_on_any_mix(parts: list[str]) -> None:
    text = "".join(parts)
    assert _late_line_by_opening(text) == _late_line_of_whole_table(text)
