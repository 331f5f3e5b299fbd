"""Every page of two real corpora extracts: no exception, under two seconds, and a body wherever
the gold text has one.

``html-dev`` (924 pages: CleanEval, CleanPortalEval, Mozilla Readability's test pages; many in
legacy charsets or declaring none) and Scrapinghub's article-extraction benchmark (181 news
pages). Each page goes in twice: as the bytes collected, and as the ``str`` a scraper that
decodes everything as UTF-8 hands over (U+FFFD where the bytes were not UTF-8, the page's own
XML or charset declaration still in the text). Claims are off: this is the HTML stage's test.
"""

from __future__ import annotations

import gzip
import json
import re
import tarfile
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import pytest

import newsfacts
from conftest import shared_data

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

# CPU seconds one page may take, claims off.
_PAGE_SECONDS = 2.0
# Gold texts this long are articles: the page must give a body.
_GOLD_MIN_WORDS = 50
_GOLD_MARKUP = re.compile(r"^URL:.*$|<[phl]>", re.MULTILINE)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CorpusPage:
    name: str
    data: bytes
    gold_words: int


def _gold_words(text: str) -> int:
    """Words of the gold text without its marks: CleanEval's, or the tags of Readability's HTML
    gold (whose image URLs would otherwise count as words)."""
    if text.lstrip().startswith("<") and "</" in text:
        text = " ".join(str(part) for part in lxml.html.fromstring(text).itertext())
    return len(_WORD.findall(_GOLD_MARKUP.sub(" ", text)))


def _html_dev(archive: Path) -> Iterator[CorpusPage]:
    with tarfile.open(archive, "r:gz") as tar:
        files: dict[str, bytes] = {}
        for member in tar:
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is not None:
                files[member.name.removeprefix("./")] = handle.read()
    pairs = json.loads(files["pairs.json"])
    for entries in pairs.values():
        for page, gold in entries:
            text = files[gold].decode("utf-8", "replace")
            yield CorpusPage(page, files[page], _gold_words(text))


def _scrapinghub(folder: Path) -> Iterator[CorpusPage]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for key, entry in sorted(truth.items()):
        data = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        yield CorpusPage(key, data, _gold_words(entry.get("articleBody") or ""))


_CORPORA = {
    "html-dev": lambda: _html_dev(shared_data("html-dev/pages.tar.gz")),
    "scrapinghub": lambda: _scrapinghub(shared_data("scrapinghub")),
}


@pytest.mark.parametrize("as_str", [False, True], ids=["bytes", "str"])
@pytest.mark.parametrize("corpus", sorted(_CORPORA))
def test_every_page_extracts(corpus: str, as_str: bool) -> None:
    pages = list(_CORPORA[corpus]())
    assert pages, f"{corpus} holds no pages"
    extractor = newsfacts.Extractor(newsfacts.Options(claims=False))
    problems: list[str] = []
    for page in pages:
        source: str | bytes = page.data.decode("utf-8", "replace") if as_str else page.data
        started = time.process_time()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", newsfacts.NewsfactsWarning)
                text = extractor.extract(source, kind="html").text
        except newsfacts.ExtractionError as exc:
            text = ""
            if page.gold_words >= _GOLD_MIN_WORDS:
                problems.append(f"{page.name}: {type(exc).__name__}: {exc}")
        seconds = time.process_time() - started
        if seconds > _PAGE_SECONDS:
            problems.append(f"{page.name}: took {seconds:.2f} s")
        if not text and page.gold_words >= _GOLD_MIN_WORDS:
            problems.append(f"{page.name}: empty body, gold has {page.gold_words} words")
    assert not problems, f"{len(problems)} of {len(pages)} pages:\n" + "\n".join(problems[:40])
