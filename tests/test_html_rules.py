"""The furniture rule table against class/id strings as real page templates write them, and
whole snippets through parse_page (camelCase classes, ARIA roles, inline styles, tags).

Each case names the template family it was seen in; negatives are near-misses that must not
match (layout wrappers, responsive helpers, words that merely contain a rule's word)."""

from __future__ import annotations

import pytest

from newsfacts._html import parse_page
from newsfacts._html.rules import furniture_reason, is_content_hint, is_hidden_inline

FURNITURE = [
    pytest.param("cookie-banner", "cookie-notice", id="generic-cookie-banner"),
    pytest.param("ot-sdk-container onetrust-pc", "cookie-notice", id="onetrust-consent"),
    pytest.param("sharedaddy sd-sharing-enabled", "share-widget", id="wordpress-jetpack-share"),
    pytest.param("article__share-tools", "share-widget", id="arc-share-tools"),
    pytest.param("social-icons", "share-widget", id="theme-social-icons"),
    pytest.param("comments-area", "comments", id="wordpress-comments"),
    pytest.param("disqus_thread", "comments", id="disqus-embed"),
    pytest.param("related-articles", "related-links", id="related-articles"),
    pytest.param("ob-widget outbrain", "related-links", id="outbrain-widget"),
    pytest.param("you-may-also-like", "related-links", id="aggregator-also-like"),
    pytest.param("newsletter-signup", "newsletter", id="newsletter-box"),
    pytest.param("ad-slot ad-slot--inline", "advertisement", id="inline-ad-slot"),
    pytest.param("adsbygoogle", "advertisement", id="adsense"),
    pytest.param("wp-caption-text", "caption", id="wordpress-caption"),
    pytest.param("photo-credit", "caption", id="photo-credit"),
    pytest.param("breadcrumbs", "navigation", id="breadcrumbs"),
    pytest.param("main-nav", "navigation", id="main-nav"),
    pytest.param("grid-container next-prev", "navigation", id="next-previous-article-links"),
    pytest.param("post-navigation", "navigation", id="wordpress-post-navigation"),
    pytest.param("site-footer", "footer", id="site-footer"),
    pytest.param("widget-area sidebar", "sidebar", id="wordpress-sidebar"),
    pytest.param("tag-list", "tags", id="tag-list"),
    pytest.param("byline ap-byline", "byline", id="metro-paper-byline"),
    pytest.param("sr-only", "hidden", id="bootstrap-screen-reader"),
    pytest.param("print-header", "hidden", id="print-only-header"),
    pytest.param("wp-embed-noscript", "hidden", id="noscript-fallback"),
    pytest.param("modal-dialog", "popup", id="modal"),
    pytest.param("ticker-bar", "price-widget", id="price-ticker"),
    pytest.param("caas-disclaimer", "disclaimer", id="finance-portal-disclaimer"),
    pytest.param("disclosure", "disclaimer", id="listicle-advertiser-disclosure"),
    pytest.param("affiliate-card", "advertisement", id="affiliate-offer-card"),
    pytest.param("video-player", "media-player", id="video-player-controls"),
    pytest.param("toc", "navigation", id="table-of-contents-box"),
    pytest.param("ez-toc-container", "navigation", id="easy-toc-plugin"),
]

NOT_FURNITURE = [
    pytest.param("article-header", id="header-is-not-ad"),
    pytest.param("article-commentary", id="commentary-is-not-comments"),
    pytest.param("hidden-xs col-md-8", id="bootstrap-hidden-on-small-screens-only"),
    pytest.param("field-label-hidden", id="drupal-label-hidden-wraps-the-body"),
    pytest.param("paywall", id="paywall-wraps-the-locked-story"),
    pytest.param("social-media-embed", id="embedded-post-is-content"),
    pytest.param("entry-content", id="wordpress-body"),
    pytest.param("download-badge", id="badge-contains-ad-letters"),
    pytest.param("entry-content no-share", id="jnews-body-without-share-buttons"),
    pytest.param("layout no-sidebar", id="theme-negation-no-sidebar"),
    pytest.param("stock-photo", id="photo-is-not-toc"),
]


@pytest.mark.parametrize(("hints", "reason"), FURNITURE)
def test_furniture_class_words_give_their_reason(hints: str, reason: str) -> None:
    assert furniture_reason(hints) == reason


@pytest.mark.parametrize("hints", NOT_FURNITURE)
def test_near_misses_are_not_furniture(hints: str) -> None:
    assert furniture_reason(hints) is None


@pytest.mark.parametrize(("hints", "expected"), [
    pytest.param("entry-content", True, id="wordpress-entry-content"),
    pytest.param("story-body__inner", True, id="bbc-story-body"),
    pytest.param("article__body article-wrap", True, id="dow-jones-article-body"),
    pytest.param("c-entry-content", True, id="vox-entry-content"),
    pytest.param("main-content-left", False, id="layout-column-is-not-the-body"),
    pytest.param("content", False, id="bare-content-wrapper"),
])
def test_content_class_words(hints: str, expected: bool) -> None:
    assert is_content_hint(hints) is expected


@pytest.mark.parametrize(("klass", "expected"), [
    pytest.param("rollover-people-block", True, id="drupal-hover-card"),
    pytest.param("tooltip-text", True, id="tooltip"),
    pytest.param("visually-hidden", True, id="screen-reader-label"),
    pytest.param("company-name", False, id="linked-company-name"),
])
def test_hidden_inline_elements(klass: str, expected: bool) -> None:
    assert is_hidden_inline(klass) is expected


STORY = ("<p>Exports grew 6.6% in December from a year earlier, customs data showed on Wednesday, "
         "beating forecasts.</p><p>Imports rose 1.0%, against expectations of a fall, leaving a "
         "trade surplus of $104.8 billion for the month.</p><p>For the whole year exports rose "
         "5.9%, the customs administration said in its statement.</p>")

PAGE_FURNITURE = [
    pytest.param('<div class="relatedStories"><p>Yuan slips as traders weigh rate cut bets on '
                 'Wednesday</p></div>', "related-links", id="camel-case-class-words"),
    pytest.param('<div role="navigation"><p>Markets and economy and world news sections</p></div>',
                 "navigation", id="aria-role"),
    pytest.param('<div style="display: none"><p>Your session has expired, please sign in again '
                 'to continue</p></div>', "hidden", id="inline-style-display-none"),
    pytest.param('<figure><img src="x.jpg"><figcaption>Containers at the port of Qingdao on '
                 'Tuesday</figcaption></figure>', "caption", id="figcaption-tag"),
]


@pytest.mark.parametrize(("furniture", "reason"), PAGE_FURNITURE)
def test_page_furniture_is_removed_with_its_reason(furniture: str, reason: str) -> None:
    page = parse_page(f"<html><body><article>{STORY}{furniture}</article></body></html>",
                      url=None, charset=None, max_bytes=1_000_000)
    assert len(page.blocks) == 3
    assert reason in {removal.reason for removal in page.removed}


def test_hover_card_inside_a_sentence_is_listed_not_glued() -> None:
    story = STORY.replace("customs data", 'customs <span class="tooltip">General Administration '
                          'of Customs, Beijing</span> data')
    page = parse_page(f"<html><body><article>{story}</article></body></html>",
                      url=None, charset=None, max_bytes=1_000_000)
    assert "customs data showed" in page.blocks[0].text
    assert ("General Administration of Customs, Beijing", "hidden") in {
        (removal.text, removal.reason) for removal in page.removed}
