"""Flattened text -> blocks: line splitting, scraper-glued notices, hard wraps, odd spaces."""

from __future__ import annotations

import time

import pytest

from newsfacts._clean import clean
from newsfacts._text import text_to_blocks


def _texts(text: str) -> list[str]:
    return [block.text for block in text_to_blocks(text)]


SPLITS: tuple[tuple[str, str, list[str]], ...] = (
    ("one block per line",
     "Title\nFirst paragraph.\n\nSecond paragraph.",
     ["Title", "First paragraph.", "Second paragraph."]),
    ("windows and old-mac line ends",
     "One.\r\nTwo.\rThree.", ["One.", "Two.", "Three."]),
    ("seed: a teaser ending in a date glued to the next repost notice",
     "QINGDAO, CHINA – JANUARY 13, 2026The post Trade beat appeared on Example.com.",
     ["QINGDAO, CHINA – JANUARY 13, 2026", "The post Trade beat appeared on Example.com."]),
    ("a source line glued to the last paragraph",
     "Imports rose 5.7%.Source: https://example.com/a",
     ["Imports rose 5.7%.", "Source: https://example.com/a"]),
    ("an ad shortcode glued to a paragraph",
     "Gold rose.[ad_2]", ["Gold rose.", "[ad_2]"]),
    ("a notice with a space before it is left to the cleaner's span rules",
     "Silver rose 2%. The post Gold hits record appeared first on Example",
     ["Silver rose 2%. The post Gold hits record appeared first on Example"]),
    ("a hard-wrapped paragraph joins back into one block",
     "The central bank kept its benchmark rate unchanged on Wednesday and\n"
     "signalled that it could cut later in the year.",
     ["The central bank kept its benchmark rate unchanged on Wednesday and signalled that it "
      "could cut later in the year."]),
    ("a short line followed by a lower-case line is not a wrap",
     "Key points\nrates held", ["Key points", "rates held"]),
    ("a blank line always ends a paragraph",
     "The central bank kept its benchmark rate unchanged on Wednesday and\n\n"
     "signalled a cut.", ["The central bank kept its benchmark rate unchanged on Wednesday and",
                          "signalled a cut."]),
    ("forum repost: the link's bare domain under a long headline is not its last word",
     "Eurozone inflation slows to 2.1% in February, lifting hopes of April rate cut\nft.com",
     ["Eurozone inflation slows to 2.1% in February, lifting hopes of April rate cut", "ft.com"]),
    ("press release: a dateline wrapped between its month and its day joins",
     "Fourth quarter sales rose 12% UNIONDALE, N.Y., Feb.\n25 /PRNewswire/ -- Acme Inc. today",
     ["Fourth quarter sales rose 12% UNIONDALE, N.Y., Feb. 25 /PRNewswire/ -- Acme Inc. today"]),
    ("a sentence ending in a month abbreviation before a numbered line stays apart",
     "Sales peaked in Feb.\n2024 Outlook", ["Sales peaked in Feb.", "2024 Outlook"]),
    ("lines of only invisible characters are empty",
     "One.\n\u200b\n\u2060\nTwo.", ["One.", "Two."]),
)


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in SPLITS],
                         ids=[name for name, _, _ in SPLITS])
def test_splits(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_no_break_spaces_read_as_spaces() -> None:
    assert _texts("Exports rose\u00a06.6%\u202fin December.") == ["Exports rose 6.6% in December."]


def test_text_inside_a_line_is_kept_as_written() -> None:
    """Soft hyphens and double spaces are the publisher's text: body strings must still match."""
    line = "Der Not\u00adfall\u00addaten\u00adsatz  bleibt."
    assert _texts(line) == [line]


def test_positions_follow_document_order() -> None:
    blocks = text_to_blocks("a.\n\nb.\nc.The post X appeared on Y.")
    assert [block.position for block in blocks] == list(range(len(blocks)))
    assert all(block.tag == "line" and block.hints == "" for block in blocks)


def test_empty_text_gives_no_blocks() -> None:
    assert text_to_blocks(" \n\t\n") == []


HOSTILE: tuple[tuple[str, str], ...] = (
    ("a 200k-digit line", "1" * 200_000 + "x"),
    ("a 100k comma-digit line", "1," * 100_000 + "x"),
    ("an unterminated repost notice", "The post " + "a " * 100_000 + "appeared"),
    ("a capitals line like a caption dateline", "A" * 100_000 + ", B - JANUARY 12 x"),
    ("glued prices", "$1" * 50_000),
    ("open brackets before a credit", "(" * 50_000 + "Reporting by Joe Cash"),
    ("a byline of 20k names", "By " + "Aa " * 20_000),
)


@pytest.mark.parametrize("text", [t for _, t in HOSTILE], ids=[name for name, _ in HOSTILE])
def test_hostile_lines_stay_fast(text: str) -> None:
    """Rules are linear-time: a pathological line costs well under a second, not minutes."""
    started = time.perf_counter()
    clean(text_to_blocks(text))
    assert time.perf_counter() - started < 2.0
