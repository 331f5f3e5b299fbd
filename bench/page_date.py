"""The page's date when its metadata is gone: newsfacts against htmldate, on real pages.

A repost copied by a page store keeps what a reader sees, not the publisher's ``<meta>`` tags
or JSON-LD. Here the gold date is what a page's own metadata declares
(``article:published_time``, ``datePublished`` and their kin), and every system is given the
page without it: the HTML with its ``<meta>`` elements and JSON-LD removed (newsfacts and
htmldate's extensive search), and the text a page store would keep, one line per block
(newsfacts only: htmldate reads HTML), and that text as a page store that joins a header's
pieces does (only paragraph-level elements break a line, blank lines between them: the byline,
its stamp and the share bar on one line, as reposts-dev's pages show). No URL is given: many
carry the day.

Pages: html-dev (CleanEval, CleanPortalEval, Readability test pages) and the Scrapinghub
benchmark, those whose metadata declares a publication date, their bytes decoded before lxml
parses them (``parse``). A date one day off is counted
apart: a page's visible date and its metadata's time zone may differ.

    python bench/page_date.py          # writes bench/results/page_date.md
"""

from __future__ import annotations

import copy
import datetime as dt
import gzip
import json
import re
import sys
import tarfile
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

# bench/ holds html.py: keep this folder off the front of sys.path, or it would shadow the
# standard library's html module.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]
sys.path.append(str(_HERE))

from bs4 import UnicodeDammit  # noqa: E402
from lxml import etree  # noqa: E402
from lxml import html as lxml_html  # noqa: E402

import newsfacts  # noqa: E402
from _common import data_dir, markdown_table, write_result  # noqa: E402

# Declared publication dates, most trusted first (the keys newsfacts' metadata reader trusts).
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished",
              "parsely-pub-date", "sailthru.date", "dc.date.issued", "pubdate", "publishdate",
              "publish-date")
_ISO_DAY = re.compile(r"((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)")
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
                     "th", "article", "section", "header", "footer", "time", "dd", "dt",
                     "blockquote", "figcaption", "pre", "table", "ul", "ol"})
_INVISIBLE = ("script", "style", "noscript", "template")
# What breaks a line for a page store that joins inline chrome: no <div>, <span> or <time>.
_PARAGRAPHS = frozenset({"p", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                         "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "figcaption",
                         "article", "header", "footer", "section"})
_ANY_SPACE = re.compile(r"\s+")
_SPACE = re.compile(r"[^\S\n]+")


def pages(data: Path) -> Iterator[tuple[str, bytes]]:
    with tarfile.open(data / "html-dev" / "pages.tar.gz") as tar:
        member = tar.extractfile("pairs.json")
        assert member is not None
        for rows in json.loads(member.read()).values():
            for page, _ in rows:
                found = tar.extractfile(page)
                if found is not None:
                    yield page, found.read()
    truth = json.loads((data / "scrapinghub" / "ground-truth.json").read_text("utf-8"))
    for key in truth:
        yield key, gzip.decompress((data / "scrapinghub" / "html" / f"{key}.html.gz")
                                   .read_bytes())


# Handed raw bytes, lxml read several UTF-8 pages that declare "<meta charset=utf-8>" as
# Latin-1 ("Ã s 20:13" for "às 20:13"), unreadable for every system alike. The bytes are
# decoded first (the declared charset, else UTF-8, else Windows-1252: bs4's UnicodeDammit) and
# handed to lxml as UTF-8 it is told about.
_UTF8_PARSER = lxml_html.HTMLParser(encoding="utf-8")


def parse(raw: bytes) -> etree._Element:
    """The page's tree, its bytes decoded before parsing."""
    text = UnicodeDammit(raw, is_html=True).unicode_markup
    if text is None:
        return lxml_html.fromstring(raw)
    return lxml_html.fromstring(text.encode("utf-8", "replace"), parser=_UTF8_PARSER)


def _day(value: str | None) -> dt.date | None:
    found = _ISO_DAY.search(value or "")
    if found is None:
        return None
    try:
        return dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


def declared_date(root: etree._Element) -> dt.date | None:
    """The publication date the page's metadata declares, or None."""
    values: dict[str, str] = {}
    for element in root.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop")
               or "").strip().lower()
        if key and element.get("content") and key not in values:
            values[key] = element.get("content") or ""
    for key in _DATE_KEYS:
        day = _day(values.get(key))
        if day is not None:
            return day
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            day = _day(next(iter(re.findall(r'"datePublished"\s*:\s*"([^"]+)"',
                                            script.text or "")), None))
            if day is not None:
                return day
    return None


def without_metadata(root: etree._Element) -> etree._Element:
    """A copy of the page with its ``<meta>`` elements and JSON-LD taken out."""
    bare = copy.deepcopy(root)
    for element in [*bare.iter("meta"), *bare.iter("script")]:
        if element.tag == "meta" or (element.get("type") or "").strip().lower() \
                == "application/ld+json":
            _drop(element)
    return bare


def _drop(element: etree._Element) -> None:
    """Take ``element`` out of its tree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def page_text(root: etree._Element) -> str:
    """What a page store keeps: the visible text, a line per block."""
    return _flattened(root, _BLOCKS, joined=False)


def joined_page_text(root: etree._Element) -> str:
    """The visible text as a page store that joins a header's pieces keeps it: a line per
    paragraph-level element, blank lines between them."""
    return _flattened(root, _PARAGRAPHS, joined=True)


def _flattened(root: etree._Element, blocks: frozenset[str], *, joined: bool) -> str:
    bare = copy.deepcopy(root)
    for element in [*bare.iter(*_INVISIBLE)]:
        _drop(element)
    parts: list[str] = []
    # The joining store reads its source's line breaks as spaces, and an inline element's
    # edge as one.
    inline = " " if joined else ""
    for element in bare.iter():
        if isinstance(element.tag, str):
            breaks = element.tag in blocks
            parts.append("\n" if breaks else inline)
            parts.append(_spaced(element.text, joined))
            parts.append("\n" if breaks else inline)
        parts.append(_spaced(element.tail, joined))
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).splitlines())
    return ("\n\n" if joined else "\n").join(line for line in lines if line)


def _spaced(text: str | None, joined: bool) -> str:
    return _ANY_SPACE.sub(" ", text or "") if joined else text or ""


def _newsfacts_html(root: etree._Element) -> dt.date | None:
    return newsfacts.extract(lxml_html.tostring(root), kind="html").published


def _newsfacts_text(root: etree._Element) -> dt.date | None:
    return newsfacts.extract(page_text(root), kind="text").published


def _newsfacts_joined_text(root: etree._Element) -> dt.date | None:
    return newsfacts.extract(joined_page_text(root), kind="text").published


def _htmldate(root: etree._Element) -> dt.date | None:
    from htmldate import find_date

    found = find_date(copy.deepcopy(root), original_date=True, extensive_search=True,
                      outputformat="%Y-%m-%d")
    return dt.date.fromisoformat(found) if found else None


def _outcome(got: dt.date | None, gold: dt.date) -> str:
    if got is None:
        return "none"
    if got == gold:
        return "right"
    return "one day off" if abs((got - gold).days) == 1 else "wrong"


def main() -> int:
    data = data_dir()
    if data is None:
        return 1
    runs: dict[str, tuple[str, Callable[[etree._Element], dt.date | None]]] = {
        "newsfacts": ("HTML without metadata", _newsfacts_html),
        "htmldate (extensive search)": ("HTML without metadata", _htmldate),
        "newsfacts ": ("page text, a line per block", _newsfacts_text),
        "newsfacts  ": ("page text, a header's pieces joined", _newsfacts_joined_text),
    }
    tallies = {name: Counter[str]() for name in runs}
    judged = 0
    warnings.simplefilter("ignore")
    for _, raw in pages(data):
        try:
            root = parse(raw)
        except (etree.ParserError, ValueError):
            continue
        gold = declared_date(root)
        if gold is None:
            continue
        judged += 1
        bare = without_metadata(root)
        for name, (_, read) in runs.items():
            try:
                got = read(bare)
            except (newsfacts.NewsfactsError, ValueError):
                got = None
            tallies[name][_outcome(got, gold)] += 1
    rows = [[name.strip(), given, tally["right"], tally["one day off"], tally["wrong"],
             tally["none"], f"{tally['right'] / judged:.3f}" if judged else "-"]
            for (name, (given, _)), tally in zip(runs.items(), tallies.values(), strict=True)]
    table = markdown_table(["system", "given", "right", "one day off", "wrong", "no date",
                            "right share"], rows)
    notes = (f"{judged} pages of html-dev and Scrapinghub whose metadata declares a "
             "publication date; that date is the gold, and it is removed before any system "
             "reads the page. No URL is given. Many pages show no date at all outside their "
             "metadata, so no system can reach 1.0. Each page's bytes are decoded before "
             "lxml parses them (declared charset, else UTF-8, else Windows-1252: bs4's "
             "UnicodeDammit); until 2026-12 raw bytes went to lxml, which read several UTF-8 "
             "pages as Latin-1 mojibake for every system alike.")
    write_result("page_date", "The page's date without its metadata", table, notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
