"""Main-content extraction on the Scrapinghub article-extraction benchmark (181 news pages).

newsfacts against trafilatura (default and ``favor_precision``) and readability-lxml, all in this
process on one core. The score is the benchmark's own: overlapping 4-word shingles of the
extracted text against the gold ``articleBody``; precision and recall per page (tp/fp/fn
normalised so a long page weighs as much as a short one), averaged over the pages, and F1 of the
two averages. Speed is pages per second over the whole set, the median of three runs, in CPU
seconds of this process: the machines these run on are shared, and wall time mostly measures
the neighbours (every extractor here is single-threaded, so CPU time is the one-core time).

    python bench/html.py [--repeats N] [--only NAME]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
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
    html: str
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


def _newsfacts(claims: bool) -> Callable[[str], str]:
    extractor = newsfacts.Extractor(newsfacts.Options(claims=claims))

    def run(html: str) -> str:
        try:
            return extractor.extract(html, kind="html").text
        except newsfacts.ExtractionError:
            return ""

    return run


def _trafilatura(precision: bool) -> Callable[[str], str]:
    import trafilatura

    def run(html: str) -> str:
        return trafilatura.extract(html, include_comments=False, favor_precision=precision) or ""

    return run


def _readability() -> Callable[[str], str]:
    import lxml.html
    from readability import Document

    def run(html: str) -> str:
        summary = Document(html).summary(html_partial=True)
        if not summary.strip():
            return ""
        # Readability returns HTML; one line per text node keeps words of adjacent blocks apart.
        return "\n".join(str(text) for text in lxml.html.fromstring(summary).itertext())

    return run


EXTRACTORS: dict[str, Callable[[], Callable[[str], str]]] = {
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
    extract: Callable[[str], str]
    outputs: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)

    def once(self, pages: Sequence[Page]) -> None:
        self.outputs = [self.extract(page.html) for page in pages]

    def row(self, pages: Sequence[Page]) -> list[object]:
        result = score([page_counts(p.gold, out)
                        for p, out in zip(pages, self.outputs, strict=True)])
        rate = len(pages) / statistics.median(self.seconds)
        return [self.name, result.f1, result.precision, result.recall, rate]


def evaluate(names: Sequence[str], pages: Sequence[Page], repeats: int) -> list[list[object]]:
    """Score every extractor; time them in turns, so that load from other processes on a shared
    machine falls on all of them alike rather than on whichever ran during a busy minute."""
    runs = [Run(name, EXTRACTORS[name]()) for name in names]
    for run in runs:
        run.once(pages)  # warm caches and load models before timing
    for _ in range(repeats):
        for run in runs:
            started = time.process_time()
            run.once(pages)
            run.seconds.append(time.process_time() - started)
    return [run.row(pages) for run in runs]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", action="append", choices=sorted(EXTRACTORS))
    args = parser.parse_args()
    folder = data_dir()
    if folder is None:
        return 1
    pages = load_pages(folder / "scrapinghub")
    warnings.simplefilter("ignore")
    rows = evaluate(args.only or list(EXTRACTORS), pages, args.repeats)
    table = markdown_table(["extractor", "F1", "precision", "recall", "pages/s"], rows)
    write_result(
        "html",
        f"HTML extraction: Scrapinghub article-extraction benchmark ({len(pages)} pages)",
        table,
        notes=(f"One process, one core; pages/s is the median of {args.repeats} passes over the "
               "set in CPU seconds, the extractors taking turns pass by pass; text in (decoded "
               "as UTF-8, as the benchmark's runners do), text out. "
               "Score: 4-word shingles against the gold articleBody, "
               "precision and recall averaged per page, F1 of the averages."),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
