"""Golden test of the text cleaner: every fixture in fixtures/text and the seed, through extract().

Fixtures are flattened reposts written for this project from real sites' furniture patterns
(fixtures/text/README.md); the seed is the project's hand-made real repost
(fixtures/seed/SOURCE.md).
The seed's expected reasons are a suggestion, so only the project's own fixtures check reasons.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest

import newsfacts

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed" / "china-trade-repost.txt"
GOLDEN = [*sorted((ROOT / "fixtures" / "text").glob("*.txt")), SEED]
EXTRACTOR = newsfacts.Extractor(newsfacts.Options(claims=False))


def _expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8")
    )
    return data


def _plain(text: str) -> str:
    """Expected strings are written as a reader sees them: a no-break space is a space."""
    return text.replace("\u00a0", " ")


def _extract(path: Path) -> newsfacts.Article:
    with warnings.catch_warnings():
        # An all-boilerplate fixture warns by design; the test checks its note instead.
        warnings.simplefilter("ignore", newsfacts.NewsfactsWarning)
        return EXTRACTOR.extract(path.read_text(encoding="utf-8"), kind="text")


def _origin(article: newsfacts.Article) -> dict[str, Any] | None:
    return None if article.origin is None else dict(article.origin.to_dict())


@pytest.mark.parametrize("path", GOLDEN, ids=[path.stem for path in GOLDEN])
def test_golden_repost(path: Path) -> None:
    expected = _expected(path)
    article = _extract(path)
    body = article.text

    gone = [item["text"] for item in expected["removed"] if _plain(item["text"]) in body]
    assert gone == [], "furniture left in the body"
    lost = [text for text in expected["must_keep"] if _plain(text) not in body]
    assert lost == [], "body strings lost"
    seams = [text for text in expected.get("absent", []) if _plain(text) in body]
    assert seams == [], "glued copies left in the body"
    for text in expected.get("single_copy", []):
        assert body.count(text) == 1, f"duplicated lead kept {body.count(text)} times: {text!r}"

    assert article.title == expected["title"]
    assert article.to_dict()["published"] == expected["published"]
    assert _origin(article) == expected["origin"]
    assert list(article.reposted_by) == expected["reposted_by"]

    if expected.get("body_first") is None and "body_first" in expected:
        assert body == ""
        assert article.warnings, "an empty body must carry a warning"
    else:
        assert body.startswith(_plain(expected["body_first"]))
        assert body.endswith(_plain(expected["body_last"]))


@pytest.mark.parametrize(
    "path", GOLDEN[:-1], ids=[path.stem for path in GOLDEN[:-1]]
)
def test_golden_removals_carry_their_reason(path: Path) -> None:
    """Nothing is dropped silently: each furniture string sits in a removal with its reason."""
    article = _extract(path)
    for item in _expected(path)["removed"]:
        holders = [removal for removal in article.removed if _plain(item["text"]) in removal.text]
        assert holders, f"no removal holds {item['text']!r}"
        assert item["reason"] in {removal.reason for removal in holders}, item["text"]


def test_golden_set_covers_the_issue_patterns() -> None:
    """Every reason of the issue's pattern list is exercised by at least one fixture."""
    reasons = {
        item["reason"] for path in GOLDEN[:-1] for item in _expected(path)["removed"]
    }
    wanted = {
        "repost-notice", "source-line", "disclaimer", "price-widget", "related-links",
        "share-widget", "newsletter", "advertisement", "photo-credit", "caption", "author-bio",
        "status-notice", "cookie-notice", "credits", "placeholder", "translation-notice",
        "duplicate",
    }
    assert wanted <= reasons, wanted - reasons
    assert len(GOLDEN) - 1 >= 25
