"""Hostile HTML: each case gives a result or a named newsfacts error, quickly, and no text is
lost without a warning. The parser limits these probe are the ones DESIGN.md measured for
libxml2 2.14: 256 levels of nesting (2,048 with huge_tree) and 10 MB text nodes."""

from __future__ import annotations

import gzip
import random
import time

import pytest

import newsfacts
from newsfacts._html import parse_page

LIMIT = 20_000_000
SECONDS = 10.0


def nested(depth: int) -> bytes:
    return (
        "<html><body><p>The opening paragraph sits at the top of the page, before the nesting.</p>"
        + "<div>" * depth
        + "Deep text that a parser limit would drop without a word."
        + "</div>" * depth
        + "</body></html>"
    ).encode()


@pytest.mark.parametrize("depth", [300, 2_100, 10_000], ids=["past-256", "past-2048", "10000"])
def test_deep_nesting_keeps_its_text_and_says_so(depth: int) -> None:
    started = time.process_time()
    page = parse_page(nested(depth), url=None, charset=None, max_bytes=LIMIT)
    assert time.process_time() - started < SECONDS
    kept = [block.text for block in page.blocks] + [removal.text for removal in page.removed]
    assert any("Deep text" in text for text in kept)
    if depth > 2_048:
        assert any("nested deeper" in note for note in page.warnings)


def test_text_node_over_ten_megabytes_keeps_what_follows() -> None:
    # libxml2 drops everything after a text node over 10 MB unless huge_tree is set.
    data = ("<html><body><p>" + "word " * 2_200_000 + "</p><p>The paragraph after the huge "
            "text node must still be there.</p></body></html>").encode()
    started = time.process_time()
    page = parse_page(data, url=None, charset=None, max_bytes=LIMIT)
    assert time.process_time() - started < SECONDS
    assert page.blocks[-1].text.startswith("The paragraph after")
    assert len(page.blocks[0].text) > 10_000_000
    # Kept whole, but the caller is told the body is far beyond a news story's size.
    assert any("far longer than a news story" in note for note in page.warnings)


SOUP = (b"<html><body><div><p>Unclosed <b>bold <i>italic <table><tr><td>A cell of the story with "
        b"enough words to count as prose in it.</div></p></span><p>More story text after the "
        b"broken markup, which the parser must recover from.")

HOSTILE = [
    pytest.param(gzip.compress(b"<html><body><p>" + b"a" * 100_000_000),
                 newsfacts.InputTooLargeError, id="gzip-bomb"),
    pytest.param(random.Random(4).randbytes(300_000), newsfacts.BinaryInputError,
                 id="binary-junk-named-html"),
    pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(5_000), newsfacts.BinaryInputError,
                 id="jpeg-bytes"),
    pytest.param(b"", newsfacts.EmptyInputError, id="empty"),
    pytest.param(b"<!-- generated 2026-01-14 --><?php render(); ?>", newsfacts.EmptyInputError,
                 id="only-a-comment-and-a-processing-instruction"),
]


@pytest.mark.parametrize(("data", "error"), HOSTILE)
def test_hostile_bytes_raise_named_errors(data: bytes, error: type[Exception]) -> None:
    extractor = newsfacts.Extractor(newsfacts.Options(claims=False))
    started = time.process_time()
    with pytest.raises(error):
        extractor.extract(data, kind="html")
    assert time.process_time() - started < SECONDS


def test_broken_markup_gives_an_article() -> None:
    extractor = newsfacts.Extractor(newsfacts.Options(claims=False))
    article = extractor.extract(SOUP, kind="html")
    everything = article.text + " ".join(removal.text for removal in article.removed)
    assert "More story text after the broken markup" in article.text
    assert "A cell of the story" in everything


def test_gzip_page_is_detected_and_unpacked() -> None:
    extractor = newsfacts.Extractor(newsfacts.Options(claims=False))
    page = b"<html><body><article><p>" + b"Exports rose 6.6% in December, customs data showed. " * 3
    article = extractor.extract(gzip.compress(page + b"</p></article></body></html>"))
    assert article.kind == "html"
    assert article.text.startswith("Exports rose 6.6%")
