"""Page metadata from the sources news sites use, one source per case (written for these tests
after the markup of WordPress/Yoast, Arc, Drupal and Parse.ly-tagged pages)."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from newsfacts._html.metadata import PageMeta, read_metadata


def meta_of(head: str, body: str = "", url: str | None = None) -> PageMeta:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return read_metadata(lxml.html.document_fromstring(page), url=url)


TITLES = [
    pytest.param('<meta property="og:title" content="Rates held at 4%">', "", "Rates held at 4%",
                 id="open-graph"),
    pytest.param('<script type="application/ld+json">{"@type": "NewsArticle", '
                 '"headline": "Rates held at 4%"}</script>', "", "Rates held at 4%", id="json-ld"),
    pytest.param("", "<h1>Rates held at 4%</h1>", "Rates held at 4%", id="h1"),
    pytest.param("<title>Rates held at 4% | The Daily Example</title>", "", "Rates held at 4%",
                 id="title-minus-site-suffix"),
    pytest.param("<title>Rates held at 4% - Example</title>", "", "Rates held at 4%",
                 id="title-minus-dash-suffix"),
    pytest.param("<title>Fed - ECB - BoE: who moves first</title>", "",
                 "Fed - ECB - BoE: who moves first", id="dashes-inside-a-short-title-stay"),
]


# Older sites name themselves first and say so only in their host name
# (fixtures/html/blind2_table_layout_old_site.html).
HOST_NAMED_TITLES = [
    pytest.param("<title>Mill Valley Courier - Bridge repairs to cost $3.1 million</title>",
                 "http://www.millvalleycourier.example/local/bridge.html",
                 "Bridge repairs to cost $3.1 million", id="site-name-first-matches-host"),
    pytest.param("<title>Mill Valley Courier - Bridge repairs to cost $3.1 million</title>",
                 "https://other-news.example/bridge",
                 "Mill Valley Courier - Bridge repairs to cost $3.1 million",
                 id="unmatched-first-part-stays"),
    pytest.param("<title>Ukraine - Russia talks stall in Geneva after two days</title>",
                 "https://ukraine.example/talks",
                 "Russia talks stall in Geneva after two days", id="host-named-after-a-country"),
]


@pytest.mark.parametrize(("head", "url", "title"), HOST_NAMED_TITLES)
def test_site_name_prefix_from_host(head: str, url: str, title: str) -> None:
    assert meta_of(head, url=url).document_title == title


@pytest.mark.parametrize(("head", "body", "title"), TITLES)
def test_title_sources(head: str, body: str, title: str) -> None:
    found = meta_of(head, body)
    # A <title> alone is only the fallback: the cleaner's headline from the body beats it.
    assert (found.title or found.document_title) == title
    assert found.title is None or "<title>" not in head


def test_declared_title_wins_over_document_title() -> None:
    found = meta_of('<title>Home | Example</title><meta property="og:title" content="Rates held">'
                    '<meta property="og:site_name" content="Example">')
    assert (found.title, found.document_title) == ("Rates held", "Home")


DATES = [
    pytest.param('<meta property="article:published_time" content="2024-03-05T07:30:00Z">', "",
                 None, dt.date(2024, 3, 5), id="article-published-time"),
    pytest.param('<meta name="parsely-pub-date" content="2024-03-05T07:30:00Z">', "", None,
                 dt.date(2024, 3, 5), id="parsely"),
    pytest.param('<meta name="sailthru.date" content="Tue, 05 Mar 2024 07:30:00 -0500">', "",
                 None, dt.date(2024, 3, 5), id="rfc-2822"),
    pytest.param("", '<time datetime="2024-03-05">March 5</time>', None, dt.date(2024, 3, 5),
                 id="time-element"),
    pytest.param("", "", "https://example.com/news/2024/03/05/slug/", dt.date(2024, 3, 5),
                 id="url-path"),
    pytest.param("", "", "https://example.com/news/99999/slug", None, id="no-date-anywhere"),
]


@pytest.mark.parametrize(("head", "body", "url", "published"), DATES)
def test_published_sources(head: str, body: str, url: str | None,
                           published: dt.date | None) -> None:
    assert meta_of(head, body, url).published == published


def test_json_ld_graph_gives_every_field() -> None:
    found = meta_of('<script type="application/ld+json">{"@graph": ['
                    '{"@type": "WebSite", "name": "Bay Ledger"},'
                    '{"@type": ["NewsArticle"], "headline": "H", "datePublished": "2025-07-30",'
                    ' "dateModified": "2025-07-31", "inLanguage": "en-US",'
                    ' "author": [{"name": "Dana Ortiz"}, {"name": "Lee Park"}]}]}</script>')
    assert (found.site_name, found.byline, found.published, found.modified, found.language) == (
        "Bay Ledger", "Dana Ortiz, Lee Park", dt.date(2025, 7, 30), dt.date(2025, 7, 31), "en-US")


def test_broken_json_ld_is_ignored() -> None:
    found = meta_of('<script type="application/ld+json">{"@type": "NewsArticle", </script>'
                    '<meta property="og:title" content="Still here">')
    assert found.title == "Still here"


def test_canonical_is_resolved_and_cross_site_canonical_is_the_origin() -> None:
    same_site = meta_of('<link rel="canonical" href="/a/1">', url="https://example.com/a/1?x=2")
    assert same_site.url == "https://example.com/a/1"
    assert same_site.origin is None
    repost = meta_of('<link rel="canonical" href="https://wire.example/story">',
                     url="https://aggregator.example/copy")
    assert repost.url == "https://aggregator.example/copy"
    assert repost.origin is not None
    assert repost.origin.url == "https://wire.example/story"


@pytest.mark.parametrize(("markup", "language"), [
    pytest.param('<html lang="en-gb">', "en-GB", id="html-lang"),
    pytest.param('<html lang="pt_BR">', "pt-BR", id="underscore-locale"),
    pytest.param('<html lang="x">', None, id="not-a-language"),
])
def test_language(markup: str, language: str | None) -> None:
    root = lxml.html.document_fromstring(f"{markup}<head></head><body><p>x</p></body></html>")
    assert read_metadata(root, url=None).language == language


def test_byline_from_rel_author_without_by() -> None:
    found = meta_of("", '<p>By <a rel="author" href="/s/ana">Ana Silva</a></p>')
    assert found.byline == "Ana Silva"
