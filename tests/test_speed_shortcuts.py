"""Shortcuts taken for speed must give what the plain reading gives, on every text: each is
checked here against the reading it stands for (a wrong shortcut would lose a date, a sentence
cut or a source without any other sign). Every example text is invented for these tests."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import newsfacts
from newsfacts._facts import reference
from newsfacts._facts.document_rules import SENTENCE_CUT
from newsfacts._facts.word_scan import _LOWERING_DIFFERS, lowered_if_faithful

# ---- lowered_if_faithful: an ASCII text is lowered without searching it ----------------------


@pytest.mark.parametrize("text", [
    "", "Exports ROSE 6.6% in December", "per cent", "Q3 FY2025", "\n\t \"Quoted,\" he said.",
    # Letters re reads case-blind as ASCII ones, which str.lower does not: no lowered form.
    "a ſurvey", "İstanbul", "ıt",
    # Other letters outside ASCII lower as re reads them.
    "Según el INE", "ÉCONOMIE", "veröffentlicht", "“Sales”", "€4.5 billion",
])
def test_lowered_if_faithful_is_the_lower_case_unless_a_letter_disagrees(text: str) -> None:
    expected = None if _LOWERING_DIFFERS.search(text) else text.lower()
    assert lowered_if_faithful(text) == expected


@given(st.text(alphabet=st.sampled_from(["a", "Z", "1", " ", ".", "\n", "é", "ſ", "İ", "ı",
                                           "ß", "Σ", "€"]), max_size=20))
def test_lowered_if_faithful_on_any_mix(text: str) -> None:
    expected = None if _LOWERING_DIFFERS.search(text) else text.lower()
    assert lowered_if_faithful(text) == expected


# ---- SENTENCE_CUT: written to open with its white space, the same cuts -------------------------

# The pattern as first written, with the look-behinds first: the cuts it makes are the meaning.
_CUT_AS_WRITTEN = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"“‘(]?[A-Z0-9])|\n")
_CUT_PARTS = [".", "!", "?", "\"", "'", "”", "’", ")", "(", "“", "‘", " ", "  ", "\n", "\t",
              "\u00a0", "A", "a", "7", "Inc.", "Sales rose", "U.S."]


def _cuts(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text, start, end)]


@pytest.mark.parametrize("text", [
    "Sales rose. The agency said so.\nIn March, output fell.",
    "\"It grew,\" he said. \"Then it fell.\" (The rest) followed",
    "Acme Corp. (NYSE: ACME) reported. 2025 was a year! Was it? “Yes.” ‘No.’",
    "Ends here.   \n  Next one\n\nAnd another.",
])
def test_sentence_cuts_are_those_of_the_pattern_as_written(text: str) -> None:
    for start in range(len(text) + 1):
        assert _cuts(SENTENCE_CUT, text, start, len(text)) == _cuts(
            _CUT_AS_WRITTEN, text, start, len(text)), start


@given(st.lists(st.sampled_from(_CUT_PARTS), max_size=14), st.integers(0, 40),
       st.integers(0, 40))
def test_sentence_cuts_on_any_mix(parts: list[str], start: int, end: int) -> None:
    text = "".join(parts)
    end = min(len(text), max(start, end))
    assert _cuts(SENTENCE_CUT, text, start, end) == _cuts(_CUT_AS_WRITTEN, text, start, end)


# ---- page_reference: a text's dates searched for once, read twice -----------------------------

_STAMPED = [
    "Sunday March 2, 2003\nAcme Corp said sales rose 4% in the first quarter.",
    "Jul 12, 2018 10:22 AM | Sales rose. Compared to May 3, 2017, output fell.",
    "12-07-2018 | 10:22 IST\nPrices climbed. On 09.05.2019 the index fell 2%.",
    "Posted 05/09/17 10:45 |\nExports grew 6.6% in December from a year earlier.",
    "(Example News Agency June 11, 2005)\nThe rate was 3% on 2005-06-10.",
    "Join our webinar on December 18, 2025. Sales were $4 million in 2024.",
    "Exports rose 5% in 2024 and 3% in 2023, the ministry said.",
    "No date at all here, only 12% and 4 million.",
]


@pytest.mark.parametrize("text", _STAMPED)
@pytest.mark.parametrize("earliest", [False, True])
def test_shaped_stamps_read_from_dates_found_before_are_those_found_afresh(
        text: str, earliest: bool) -> None:
    for day_first in (None, True, False):
        dates = reference._Dates(text)
        # As page_reference asks: the reference first (it lists the dates), then the stamp.
        assert reference._reference(text, None, today=dt.date(2026, 1, 14),
                                    day_first=day_first, dates=dates) == reference._reference(
            text, None, today=dt.date(2026, 1, 14), day_first=day_first)
        assert reference._shaped_stamp(text, day_first, 2026, earliest=earliest,
                                       dates=dates) == reference._shaped_stamp(
            text, day_first, 2026, earliest=earliest)
        # And asked the other way round, before any list was made.
        fresh = reference._Dates(text)
        assert reference._shaped_stamp(text, day_first, 2026, earliest=earliest,
                                       dates=fresh) == reference._shaped_stamp(
            text, day_first, 2026, earliest=earliest)


def _ignoring_dates(read: Callable[..., Any]) -> Callable[..., Any]:
    """``read`` searching its text for dates itself: the reading before they were shared."""
    def afresh(*args: Any, **kwargs: Any) -> Any:
        kwargs.pop("dates", None)
        return read(*args, **kwargs)
    return afresh


@pytest.mark.parametrize("furniture", [None, "Published: July 13, 2018", "Sunday March 2, 2003",
                                       "Related: Prices 05/09/2017 | 06/09/2017\nJun 3, 2017"])
@pytest.mark.parametrize("text", _STAMPED)
def test_page_reference_with_shared_dates_reads_as_afresh(
        text: str, furniture: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    # A story longer than the opening a stamp is looked for in, too: the padding holds a date
    # past the opening, and a stamp at its very end.
    padding = " Words." * (reference._STAMP_CHARS // 7)
    # Read with the title's line before it, the stamp ends where the opening does: whole
    # there, and glued to the "7" after it in the whole story.
    stamp = "\nTuesday Jan 5, 2021"
    stories = [text, text + padding + " On March 3, 2020 it fell.",
               (text + padding)[:reference._STAMP_CHARS - 1 - len(stamp)] + stamp
               + "7 more. On March 3, 2024 it fell."]
    today = dt.date(2026, 1, 14)
    shared = [reference.page_reference(story, furniture=furniture, today=today)
              for story in stories]
    for name in ("reference", "_reference", "_shaped_stamp"):
        monkeypatch.setattr(reference, name, _ignoring_dates(getattr(reference, name)))
    assert shared == [reference.page_reference(story, furniture=furniture, today=today)
                      for story in stories]


# ---- _stamp_line: a line without a figure is no stamp, known before the whole-line match -------

_provenance = importlib.import_module("newsfacts._clean.provenance")
_STAMP_LINES = [
    "| November 18, 2019 12:01 PM", "- Nov. 18th 2019 8:54 am PT", "On 11/13/19 at 4:00 PM EST",
    "2019-11-18T20:51:19Z", "Example NewsOctober 6, 2018", "By Jo Doe | Nov. 18, 2019",
    "October 27, 2015 by Admin", "Posted on Tuesday, 4 March 2025", "25. Februar 2004",
    "Updated 2 days ago", "Share", "Home", "By Jo Doe", "Posted on Tuesday", "— March —",
    "November eighteenth, two thousand nineteen", "\u0661\u0661/\u0661\u0663/\u0661\u0669 4:00",
]


def _stamp_lines_matched_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reading before the gate: every line goes to the whole-line match."""
    monkeypatch.setattr(_provenance, "_ANY_DIGIT", re.compile(""))


@pytest.mark.parametrize("text", _STAMP_LINES)
def test_stamp_line_without_a_figure_is_none_as_the_match_says(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [_provenance._stamp_line(text, order) for order in (None, True, False)]
    _stamp_lines_matched_whole(monkeypatch)
    assert gated == [_provenance._stamp_line(text, order) for order in (None, True, False)]


@given(st.lists(st.sampled_from(["Posted", " on ", "By Jo Doe", " | ", "Nov.", " 18", ", ",
                                 "2019", "Tuesday", " at ", "4:00", " PM", "Doe", "October",
                                 "-", "/", "\u0663", " ago", "Updated"]), max_size=8))
def test_stamp_line_gate_on_any_mix(parts: list[str]) -> None:
    text = "".join(parts)
    gated = _provenance._stamp_line(text, None)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _stamp_lines_matched_whole(monkeypatch)
        assert gated == _provenance._stamp_line(text, None)


# ---- the link feature: _LINK searched only where its hint is ----------------------------------

_features = importlib.import_module("newsfacts._clean.features")
_LINK_PARTS = ["http", "https", "://", "www", ".", "example", "com", "co", "org", "net", "io",
               "news", "info", "gov", "uk", "in", "-", " ", "Read", ":", "/", "é", "_"]


@pytest.mark.parametrize("text", [
    "Read more at https://example.org/a", "www.example.net", "Visit example.co.uk today",
    "example.info", "sub-site.news", "Acme.INC", "U.S. output", "Time: 10:30", "file.pdf",
])
def test_link_hint_is_in_every_link(text: str) -> None:
    assert _features._LINK.search(text) is None or _features._LINK_HINT.search(text)


@given(st.lists(st.sampled_from(_LINK_PARTS), max_size=10))
def test_link_hint_on_any_mix(parts: list[str]) -> None:
    text = "".join(parts)
    assert _features._LINK.search(text) is None or _features._LINK_HINT.search(text)


# ---- metadata: the XPaths that walk attributes find what the element tests found ---------------

_metadata = importlib.import_module("newsfacts._html.metadata")
# The XPaths as first written, testing every element: what they find is the meaning.
_AS_WRITTEN = {
    "_AUTHOR_CLASS": etree.XPath(
        "//*[@class][contains(@class, 'author') or contains(@class, 'byline')]"
        "[not(ancestor-or-self::*[contains(@class, 'comment') or contains(@class, 'bio')"
        " or contains(@class, 'description')])]"),
    "_DATE_CLASS": etree.XPath(
        "//*[@class][contains(@class, 'date') or contains(@class, 'time')"
        " or contains(@class, 'posted') or contains(@class, 'byline') or contains(@class, 'meta')]"
        "[not(ancestor::*[contains(@class, 'comment')])]"),
    "_AUTHOR_MARKUP": etree.XPath("//*[@rel or @itemprop][@rel='author' or @itemprop='author']"),
}
_CLASSES = ["author", "byline", "author-name", "comment", "comment-author", "bio", "post-date",
            "timestamp", "posted-on", "entry-meta", "description", "Author", "date time", ""]
_PAGES = [
    "<html><body><div class='entry-meta'><span class='author'>Jo Doe</span>"
    "<time class='post-date'>May 4, 2024</time></div><p>Text.</p></body></html>",
    "<html class='byline'><body><ol class='comment-list'><li class='comment'>"
    "<span class='comment-author'>Sam</span><span class='date'>Jun 1</span></li></ol>"
    "<a rel='author' itemprop='author' href='/jo'>Jo</a><span itemprop='author'>Al</span>"
    "<p class='author bio'>Jo writes.</p><p class='description'><b class='byline'>x</b></p>"
    "</body></html>",
    "<html><body><p>No classes at all.</p><a rel='nofollow author'>Not exact</a></body></html>",
]


def _same_elements(tree: etree._Element) -> None:
    for name, as_written in _AS_WRITTEN.items():
        found, expected = getattr(_metadata, name)(tree), as_written(tree)
        assert isinstance(found, list)
        assert isinstance(expected, list)
        assert len(found) == len(expected), name
        assert all(a is b for a, b in zip(found, expected, strict=True)), name


@pytest.mark.parametrize("page", _PAGES)
def test_metadata_xpaths_find_what_they_found_as_written(page: str) -> None:
    _same_elements(etree.fromstring(page, etree.HTMLParser()))


_ELEMENT = st.tuples(st.sampled_from(["div", "span", "p", "a", "time"]),
                     st.sampled_from(_CLASSES), st.sampled_from(["", "author", "me"]),
                     st.sampled_from(["", "author", "name"]))


@given(st.recursive(st.builds(lambda element: [element, []], _ELEMENT),
                    lambda children: st.builds(lambda element, kids: [element, kids],
                                               _ELEMENT, st.lists(children, max_size=3)),
                    max_leaves=12))
def test_metadata_xpaths_on_any_tree(node: list[Any]) -> None:
    def build(parent: etree._Element, node: list[Any]) -> None:
        (tag, klass, rel, itemprop), kids = node
        element = etree.SubElement(parent, tag)
        for name, value in (("class", klass), ("rel", rel), ("itemprop", itemprop)):
            if value:
                element.set(name, value)
        for kid in kids:
            build(element, kid)

    html = etree.Element("html")
    build(etree.SubElement(html, "body"), node)
    _same_elements(html)


# ---- the furniture-word pattern, grouped by first letter, finds what the flat one found ---------

# The pattern as first written: one flat alternation, longest phrase first.
_FURNITURE_AS_WRITTEN = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(word) for word in sorted(
        _features.FURNITURE_WORDS, key=len, reverse=True)) + r")")
_FURNITURE_PARTS = ["share", "shares", "sign", " up", " in", "read", " more", "more", "à lire",
                    "lire", "comment", "comments", "app", "apps", " ", "-", "x", "é", "ago",
                    "min read", "subscribe", "newsletter", "licen", "terms of", "home"]


@pytest.mark.parametrize("text", [
    "share this story: sign up for our newsletter", "read more comments", "à lire aussi",
    "the app's home page", "sharesign in", "published 3 min read ago", "",
])
def test_furniture_words_are_those_of_the_flat_pattern(text: str) -> None:
    assert _features._FURNITURE_WORD.findall(text) == _FURNITURE_AS_WRITTEN.findall(text)


@given(st.lists(st.sampled_from(_FURNITURE_PARTS), max_size=10))
def test_furniture_words_on_any_mix(parts: list[str]) -> None:
    text = "".join(parts)
    assert _features._FURNITURE_WORD.findall(text) == _FURNITURE_AS_WRITTEN.findall(text)


# ---- a neighbour's shortened row holds the numbers its whole row holds --------------------------

_SHAPE_PARTS = ["Share", " this", " story", " 3 min ago", " May 4", ", 2024", " 10:30", " the",
                " of", " www.example.com", " @jo", " – ", "•", "…", ".", "!", "?", "\"", "1. ",
                "É", "über", "Read more", " ", "ſ"]


@given(st.lists(st.sampled_from(_SHAPE_PARTS), min_size=1, max_size=12))
def test_context_shape_is_the_whole_shape_cut_down(parts: list[str]) -> None:
    text = "".join(parts)
    whole, context = _features._shape(text), _features._shape(text, context_only=True)
    assert context == {key: whole[key] for key in context}
    assert set(context) | {"vocab_mean", "prose", "flagged"} == set(_features._CONTEXT_KEYS)


def test_judged_rows_are_those_computed_for_every_block() -> None:
    from newsfacts._blocks import Block
    from newsfacts._clean.classify import Verdict
    from newsfacts._clean.ensemble import shipped_model

    texts = ["Home", "Markets", "Exports rose 6.6% in December from a year earlier, the "
             "customs agency said on Tuesday, beating forecasts.", "Share this story",
             "Read more: Prices fall", "Imports fell 2.1% over the same period, the data "
             "showed, as domestic demand stayed weak.", "Advertisement", "3 min read",
             "The trade surplus widened to $75 billion in the month.", "© 2026 Example News",
             "Follow us", "Newsletter"]
    verdicts = [Verdict(block=Block(text, position), text=text)
                for position, text in enumerate(texts)]
    verdicts[6].reason = "advertisement"
    vocabulary = shipped_model().vocabulary
    every = _features.block_features(verdicts, vocabulary=vocabulary)
    for judged_at in ([0], [3, 10], [11], [0, 1, 3, 6, 7, 10, 11]):
        judged = [index in judged_at for index in range(len(texts))]
        rows = _features.block_features(verdicts, judged, vocabulary)
        for index, row in enumerate(rows):
            assert row == (every[index] if judged[index] else [])


# ---- truncation marks: the marks no other mark holds find every mark ---------------------------

@given(st.lists(st.sampled_from(["…", "...", "..", ".", "[", "]", "Read more", "Read", " more",
                                 "Continue reading", "Continue", "x", " "]), max_size=8))
def test_is_whole_is_no_truncation_mark_in_the_text(parts: list[str]) -> None:
    from newsfacts._clean.classify import is_whole
    from newsfacts._clean.rules import TRUNCATION_MARKS

    text = "".join(parts)
    assert is_whole(text) == (not any(mark in text for mark in TRUNCATION_MARKS))


# ---- the story's years: the look-behind moved past the first digits finds the same years -------

_YEAR_AS_WRITTEN = re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)(?![\d%])")


@given(st.lists(st.sampled_from(["19", "20", "2024", "1999", "21", "0", "5", "/", ".", "-", "%",
                                 " ", "\n", "a", "\u0661"]), max_size=12))
def test_story_years_are_those_of_the_pattern_as_written(parts: list[str]) -> None:
    text = "".join(parts)
    assert ([(m.span(), m.group("year")) for m in reference._YEAR.finditer(text)]
            == [(m.span(), m.group("year")) for m in _YEAR_AS_WRITTEN.finditer(text)])


# ---- slashed dates for the page's date order: the digit read before the look-behind ----------

_SLASHED_AS_WRITTEN = re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)/(?:19|20)?\d\d(?![\d/])")


@given(st.lists(st.sampled_from(["1", "2", "3", "4", "0", "9", "12", "31", "/", "19", "20", "2024",
                                 " ", "-", "a", "\u0663"]), max_size=14))
def test_slashed_dates_are_those_of_the_pattern_as_written(parts: list[str]) -> None:
    from newsfacts._date_order import _SLASHED

    text = "".join(parts)
    assert ([(m.span(), m.groups()) for m in _SLASHED.finditer(text)]
            == [(m.span(), m.groups()) for m in _SLASHED_AS_WRITTEN.finditer(text)])


# ---- the compiled model: features read into locals score as the trees walked one by one ------

_FEATURE_COUNT = len(_features.FEATURE_NAMES)


@given(st.lists(st.sampled_from([-1.0, 0.0, 0.25, 0.5, 1.0, 2.0, 3.5, 8.0]),
                min_size=_FEATURE_COUNT, max_size=_FEATURE_COUNT))
def test_compiled_model_scores_as_the_trees_walked(row: list[float]) -> None:
    from newsfacts._clean.ensemble import _compiled, shipped_model

    model = shipped_model()
    walked = model.base_score
    for tree in model.trees:  # left to right, as the compiled sum adds
        walked += tree.leaf_value(row)
    assert _compiled(model)(row) == walked


# ---- full dates: a text without a four-figure year has none ---------------------------------

@given(st.lists(st.sampled_from(["Jan", "JAN", "uary", " 5", ", ", "2024", "1999", "21", "-",
                                 "03", "/", " of ", "年", "月", "日", "März", " de ", "\u0663"]),
                max_size=10))
def test_full_dates_are_those_searched_for_everywhere(parts: list[str]) -> None:
    text = "".join(parts)
    assert ([m.span() for m in reference._Dates(text).full()]
            == [m.span() for m in reference._FULL_DATE.finditer(text)])


# ---- control characters: one scan for any, then a count of each -----------------------------

@given(st.text(alphabet=st.sampled_from(["a", " ", "\n", "\t", "\x01", "\x1b", "\x7f", "é"]),
               max_size=40))
def test_binary_check_counts_the_control_characters(text: str) -> None:
    decode = importlib.import_module("newsfacts._html.decode")
    controls = sum(map(text.count, decode._CONTROL))
    if not text or text.isspace():
        return
    if controls > max(8, len(text) // 20):
        with pytest.raises(newsfacts.BinaryInputError):
            decode.check_text(text)
    else:
        assert decode.check_text(text) == text
