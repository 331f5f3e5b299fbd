"""Golden pages: ``fixtures/html/NAME.html`` through the whole extractor vs NAME.expected.json.

The pages are written for these tests after real sites' layouts (each file's opening comment
says which); together they cover every kind of page furniture (navigation, breadcrumbs, share
rows, captions, related links, ads, newsletter boxes, comments, sidebars, footers, cookie
banners, price tickers), a wire story reposted by an aggregator, and each source of metadata
(Open Graph, JSON-LD @graph, <title> and URL fallbacks, rel=author, a lying <meta charset>).

Two kinds of expectation:
- ``paragraphs`` (the first pages, written with the extractor): the exact body, the metadata,
  and every expected removal present with its reason.
- ``must_keep`` / ``must_remove`` (the ``blind_*`` pages, written from common site templates
  before the rules were studied, to test that they generalise): every body string is in the
  text, no furniture string is, and the title, date and (where clear) byline are right.
  ``known_kept`` / ``known_lost`` list furniture the extractor is known to keep and body text
  it is known to lose, each with why; the test fails once one of them is fixed, so the entry
  moves to ``must_remove`` / ``must_keep`` instead of going stale.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsfacts

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
PAGES = sorted(path.stem for path in FIXTURES.glob("*.html"))
METADATA = ("url", "title", "byline", "published", "modified", "site_name", "language",
            "origin", "encoding")


@pytest.fixture(scope="module")
def extractor() -> newsfacts.Extractor:
    return newsfacts.Extractor(newsfacts.Options(claims=False))


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", PAGES)
def test_golden_page(name: str, extractor: newsfacts.Extractor) -> None:
    expected: dict[str, Any] = json.loads(
        (FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8")
    )
    article = extractor.extract(
        (FIXTURES / f"{name}.html").read_bytes(), url=expected["input_url"]
    ).to_dict()
    if "paragraphs" not in expected:
        _check_strings(article, expected)
        return
    assert {key: article[key] for key in METADATA} == {key: expected[key] for key in METADATA}
    assert article["text"].split("\n\n") == expected["paragraphs"]
    missing = [entry for entry in expected["removed"] if entry not in article["removed"]]
    assert not missing, f"removals not reported: {missing}"


def _check_strings(article: dict[str, Any], expected: dict[str, Any]) -> None:
    meta_keys = [key for key in ("title", "published", "byline") if key in expected]
    assert {key: article[key] for key in meta_keys} == {key: expected[key] for key in meta_keys}
    text = _flat(article["text"])
    lost = [line for line in expected["must_keep"] if _flat(line) not in text]
    assert not lost, f"article text lost: {lost}"
    kept = [line for line in expected["must_remove"] if _flat(line) in text]
    assert not kept, f"furniture kept: {kept}"
    fixed = [gap["text"] for gap in expected.get("known_kept", [])
             if _flat(gap["text"]) not in text]
    assert not fixed, f"known gaps now removed, move them to must_remove: {fixed}"
    found = [gap["text"] for gap in expected.get("known_lost", []) if _flat(gap["text"]) in text]
    assert not found, f"known losses now kept, move them to must_keep: {found}"
