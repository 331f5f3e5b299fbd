"""Main-content extraction and speed on two corpora, newsfacts beside trafilatura and readability.

- **Scrapinghub** article-extraction benchmark (181 news pages): text in, decoded as UTF-8 as
  the benchmark's own runners do.
- **html-dev** (924 pages: CleanEval dev and final, CleanPortalEval, Mozilla Readability's test
  pages): the bytes as collected, to every extractor alike; many are in legacy charsets or
  declare none, so decoding is part of what is timed.

newsfacts runs twice, with claims off (the HTML stage alone) and with claims on (the default
``extract``). The score is Scrapinghub's own: overlapping 4-word shingles of the extracted text
against the gold; precision and recall per page (tp/fp/fn normalised so a long page weighs as
much as a short one), averaged over the pages, and F1 of the two averages. CleanEval's gold
loses its ``URL:`` line and ``<p>``/``<h>``/``<l>`` marks, Readability's gold (HTML) its tags.
Speed is pages per second over a whole set in CPU seconds of this process, the median of the
timed passes, the extractors taking turns pass by pass: the machines these run on are shared,
and wall time mostly measures the neighbours (every extractor here is single-threaded).

    python bench/html.py [--repeats N] [--only NAME] [--corpus NAME]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import tarfile
import time
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# This file is named html.py: keep its folder off the front of sys.path, or it would shadow the
# standard library's html module that trafilatura and lxml import.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]
sys.path.append(str(_HERE))

import newsfacts  # noqa: E402
from _common import data_dir, markdown_table, write_result  # noqa: E402

_WORD = re.compile(r"\w+")
SHINGLE = 4


@dataclass(frozen=True)
class Page:
    key: str
    html: str | bytes
    gold: str


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Every run of four consecutive words; a text shorter than that is one shorter shingle."""
    words = _WORD.findall(text)
    runs = max(1, len(words) - SHINGLE + 1)
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(runs) if words[i : i + SHINGLE])


def page_counts(gold: str, predicted: str) -> tuple[float, float, float]:
    """True positives, false positives and false negatives, as shares of their sum."""
    want, got = shingles(gold), shingles(predicted)
    hits = sum((want & got).values())
    extra = sum((got - want).values())
    missed = sum((want - got).values())
    total = hits + extra + missed
    if not total:
        return 0.0, 0.0, 0.0
    return hits / total, extra / total, missed / total


def score(counts: Sequence[tuple[float, float, float]]) -> Score:
    """Per-page precision and recall averaged; pages with nothing on a side are left out."""
    precisions = [_ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [_ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0]
    return Score(statistics.mean(precisions), statistics.mean(recalls))


def _ratio(hits: float, wrong: float, other: float) -> float:
    if wrong == other == 0:
        return 1.0
    if hits == wrong == 0:
        return 0.0
    return hits / (hits + wrong)


def load_pages(folder: Path) -> list[Page]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page(key, _read_utf8(folder / "html" / f"{key}.html.gz"), entry.get("articleBody") or "")
        for key, entry in sorted(truth.items())
    ]


def _read_utf8(path: Path) -> str:
    """The pages as the benchmark's own runners read them: gunzipped, decoded as UTF-8."""
    return gzip.decompress(path.read_bytes()).decode("utf-8")


_GOLD_MARKS = re.compile(r"^URL:.*$|<[phl]>", re.MULTILINE)


def gold_text(raw: str) -> str:
    """Gold text without its markup: CleanEval's marks, or the tags of Readability's HTML."""
    if raw.lstrip().startswith("<") and "</" in raw:
        import lxml.html

        return "\n".join(str(part) for part in lxml.html.fromstring(raw).itertext())
    return _GOLD_MARKS.sub(" ", raw)


def load_html_dev(archive: Path) -> list[Page]:
    """Every page of html-dev's archive as the bytes collected, with its gold text."""
    files: dict[str, bytes] = {}
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is not None:
                files[member.name.removeprefix("./")] = handle.read()
    pairs = json.loads(files["pairs.json"])
    return [Page(page, files[page], gold_text(files[gold].decode("utf-8", "replace")))
            for entries in pairs.values() for page, gold in entries]


Extract = Callable[[str | bytes], str]


def _newsfacts(claims: bool) -> Extract:
    extractor = newsfacts.Extractor(newsfacts.Options(claims=claims))

    def run(html: str | bytes) -> str:
        try:
            return extractor.extract(html, kind="html").text
        except newsfacts.ExtractionError:
            return ""

    return run


def _trafilatura(precision: bool) -> Extract:
    import trafilatura

    def run(html: str | bytes) -> str:
        return trafilatura.extract(html, include_comments=False, favor_precision=precision) or ""

    return run


def _readability() -> Extract:
    import logging

    import lxml.html
    from readability import Document

    # It logs a traceback for every page it gives up on (unknown charsets, control characters).
    logging.getLogger("readability").setLevel(logging.CRITICAL)

    def run(html: str | bytes) -> str:
        try:
            summary = Document(html).summary(html_partial=True)
        except Exception:  # readability raises bare lxml and its own errors on odd pages
            return ""
        if not summary.strip():
            return ""
        # Readability returns HTML; one line per text node keeps words of adjacent blocks apart.
        return "\n".join(str(text) for text in lxml.html.fromstring(summary).itertext())

    return run


EXTRACTORS: dict[str, Callable[[], Extract]] = {
    "newsfacts (claims=False)": lambda: _newsfacts(False),
    "newsfacts (with claims)": lambda: _newsfacts(True),
    "trafilatura 2.3.1": lambda: _trafilatura(False),
    "trafilatura 2.3.1 favor_precision": lambda: _trafilatura(True),
    "readability-lxml": _readability,
}


@dataclass
class Run:
    """One extractor: its function, its last outputs, and the seconds of each timed pass."""

    name: str
    extract: Extract
    outputs: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)

    def once(self, pages: Sequence[Page]) -> None:
        self.outputs = [self.extract(page.html) for page in pages]

    def row(self, pages: Sequence[Page]) -> list[object]:
        result = score([page_counts(p.gold, out)
                        for p, out in zip(pages, self.outputs, strict=True)])
        rate = len(pages) / statistics.median(self.seconds)
        return [self.name, result.f1, result.precision, result.recall, rate]


# Pages run once before timing, to load models and fill caches.
_WARM_PAGES = 10
ANCHOR = "trafilatura 2.3.1"


def evaluate(names: Sequence[str], pages: Sequence[Page], repeats: int) -> list[list[object]]:
    """Score every extractor; time them in turns, so that load from other processes on a shared
    machine falls on all of them alike rather than on whichever ran during a busy minute."""
    runs = [Run(name, EXTRACTORS[name]()) for name in names]
    for run in runs:
        run.once(pages[:_WARM_PAGES])
    for _ in range(repeats):
        for run in runs:
            started = time.process_time()
            run.once(pages)
            run.seconds.append(time.process_time() - started)
    rows = [run.row(pages) for run in runs]
    anchor = next((run for run in runs if run.name == ANCHOR), None)
    for run, row in zip(runs, rows, strict=True):
        # Ratios of CPU time measured in the same passes: the one speed figure that holds.
        ratio = (statistics.median(anchor.seconds) / statistics.median(run.seconds)
                 if anchor is not None else None)
        row.append(f"{ratio:.2f}x" if ratio is not None else "")
    return rows


CORPORA: dict[str, tuple[str, Callable[[Path], list[Page]]]] = {
    "scrapinghub": ("Scrapinghub article-extraction benchmark, text in",
                    lambda data: load_pages(data / "scrapinghub")),
    "html-dev": ("html-dev (CleanEval, CleanPortalEval, Readability tests), bytes in",
                 lambda data: load_html_dev(data / "html-dev" / "pages.tar.gz")),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", action="append", choices=sorted(EXTRACTORS))
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA))
    args = parser.parse_args()
    folder = data_dir()
    if folder is None:
        return 1
    warnings.simplefilter("ignore")
    sections: list[str] = []
    for name in args.corpus or list(CORPORA):
        title, load = CORPORA[name]
        pages = load(folder)
        rows = evaluate(args.only or list(EXTRACTORS), pages, args.repeats)
        table = markdown_table(
            ["extractor", "F1", "precision", "recall", "pages/s", f"speed vs {ANCHOR}"], rows)
        sections.append(f"### {title} ({len(pages)} pages)\n\n{table}")
        print(sections[-1], flush=True)
    write_result(
        "html",
        "HTML extraction: accuracy and speed on two corpora",
        "\n\n".join(sections),
        notes=(f"One process, one core; pages/s is the median of {args.repeats} passes over each "
               "set in CPU seconds, the extractors taking turns pass by pass. "
               "Score: 4-word shingles against the gold text, "
               "precision and recall averaged per page, F1 of the averages."),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
