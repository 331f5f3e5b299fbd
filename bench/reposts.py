"""Repost cleaning: how much syndication furniture goes, and how much article stays.

First, and the figures README quotes: LEAVE-SITE-OUT on the 200 annotated real reposts of
``../shared/data/reposts-dev``. Their sites are split into five grouped folds (a site never sits
in two folds); for each fold the furniture model is trained on the other four folds plus the
golden fixtures, and the fold's pages are cleaned with that model, so every page is scored by a
model that never saw its site. Scored as in the corpus' ``score.py``: furniture strings gone,
body strings kept, pages fully clean, furniture numbers taken as claims; as text and as minimal
HTML (one ``<p>`` per line). Then the same with the shipped model (in-sample: it was trained on
these pages), a threshold sweep (leave-site-out), and the anchors on the same pages.

Runs over the golden fixtures (fixtures/text, written from real sites' furniture patterns) and
the seed (fixtures/seed, a real repost). Each fixture lists furniture strings (``removed``) and
body strings (``must_keep``, ``body_first``, ``body_last``). A system scores on the strings pooled
over all fixtures: the share of furniture strings absent from its output, and the share of body
strings present in it (spacing is normalised on both sides, nothing else).

Every system gets the same input: the flattened text, one ``<p>`` per line in a minimal HTML page
for the HTML extractors (trafilatura, readability-lxml), the text itself for newsfacts and for a
keyword line filter (drop each line that contains a furniture keyword), the baseline the issue
quotes.

A second table checks body loss on real text: the 181 gold article bodies of the Scrapinghub
benchmark (``../shared/data``, skipped when absent) go through every system as flattened text,
and the share of their lines found in the output is reported. Those bodies are meant to be all
article, though they include some furniture (shopping widgets, embed attributions, credits).

    python bench/reposts.py
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/html.py would shadow the standard library's html module that bs4 and lxml import: keep
# this folder off the front of sys.path and reach _common from the back.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]
sys.path.append(str(_HERE))

import gzip  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from typing import Any  # noqa: E402
from xml.sax.saxutils import escape  # noqa: E402

import newsfacts  # noqa: E402
from _common import ROOT, as_number, data_dir, flat, markdown_table, write_result  # noqa: E402
from newsfacts._clean import clean  # noqa: E402
from newsfacts._clean.ensemble import FurnitureModel, shipped_model  # noqa: E402
from newsfacts._html import parse_page  # noqa: E402
from newsfacts._options import DEFAULT_FURNITURE_THRESHOLD  # noqa: E402
from newsfacts._text import text_to_blocks  # noqa: E402

FIXTURES = [*sorted((ROOT / "fixtures" / "text").glob("*.txt")),
            ROOT / "fixtures" / "seed" / "china-trade-repost.txt"]

# What a hand-written line filter looks for: one word per kind of furniture in the issue.
FILTER_KEYWORDS = (
    "the post ", "appeared on", "appeared first", "source:", "originally published", "disclaimer",
    "price", "related", "you may also like", "share", "follow us", "newsletter", "subscribe",
    "advertisement", "sponsored", "[ad_", "getty", "photo", "image", "breaking news", "cookie",
    "ad blocker", "reporting by", "loading", "translated", "copyright", "©", "read more",
)


@dataclass(frozen=True)
class Fixture:
    name: str
    text: str
    furniture: tuple[str, ...]
    body: tuple[str, ...]


@dataclass(frozen=True)
class Result:
    system: str
    removed: float
    kept: float
    seconds: float


def load_fixtures() -> list[Fixture]:
    fixtures = []
    for path in FIXTURES:
        expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
        body = [*expected["must_keep"], expected.get("body_first"), expected.get("body_last")]
        fixtures.append(Fixture(
            name=path.stem,
            text=path.read_text("utf-8"),
            furniture=tuple(item["text"] for item in expected["removed"]),
            body=tuple(text for text in body if text),
        ))
    return fixtures


def as_page(text: str) -> str:
    """The flattened text as the HTML extractors get it: one paragraph element per line."""
    paragraphs = "\n".join(
        f"<p>{escape(line.strip())}</p>" for line in text.splitlines() if line.strip()
    )
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>repost</title></head>"
        f"<body><article>{paragraphs}</article></body></html>"
    )


def run_newsfacts(text: str) -> str:
    extractor = newsfacts.Extractor(newsfacts.Options(claims=False))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsfacts.NewsfactsWarning)
        return extractor.extract(text, kind="text").text


def run_trafilatura(text: str) -> str:
    import trafilatura

    return trafilatura.extract(as_page(text)) or ""


def run_readability(text: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(as_page(text)).summary()
    tree = lxml.html.fromstring(summary)
    parts = (str(part).strip() for part in tree.itertext())
    return "\n".join(part for part in parts if part)


def run_keyword_filter(text: str) -> str:
    return "\n".join(
        line for line in text.splitlines()
        if line.strip() and not any(word in line.lower() for word in FILTER_KEYWORDS)
    )


SYSTEMS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("newsfacts", run_newsfacts),
    ("trafilatura 2.3 `extract`", run_trafilatura),
    ("readability-lxml `summary`", run_readability),
    ("keyword line filter", run_keyword_filter),
)




def score(system: str, extract: Callable[[str], str], fixtures: Sequence[Fixture]) -> Result:
    removed = kept = furniture_total = body_total = 0
    started = time.perf_counter()
    outputs = [flat(extract(fixture.text)) for fixture in fixtures]
    seconds = time.perf_counter() - started
    for fixture, output in zip(fixtures, outputs, strict=True):
        furniture_total += len(fixture.furniture)
        removed += sum(flat(text) not in output for text in fixture.furniture)
        body_total += len(fixture.body)
        kept += sum(flat(text) in output for text in fixture.body)
    return Result(system, removed / furniture_total, kept / body_total, seconds)


# --- leave-site-out on the real reposts ----------------------------------------------------

FOLDS = 5
SWEEP = (0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97)


@dataclass
class Tally:
    docs: int = 0
    gone: int = 0
    furniture: int = 0
    kept: int = 0
    body: int = 0
    clean_docs: int = 0
    numbers_taken: int = 0
    numbers: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, label: str) -> tuple[object, ...]:
        return (label, self.docs, self.gone / max(self.furniture, 1), self.kept / max(self.body, 1),
                f"{self.clean_docs}/{self.docs}", f"{self.numbers_taken}/{self.numbers}")


TALLY_HEADER = ("", "docs", "furniture removed", "body kept", "clean docs",
                "furniture numbers taken")
EXTRACTOR = newsfacts.Extractor(newsfacts.Options(claims=True))


def fold_of(group: str) -> int:
    return int(hashlib.sha256(group.encode()).hexdigest(), 16) % FOLDS


def minimal_html(text: str) -> str:
    return "<html><body>" + "".join(
        f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip()
    ) + "</body></html>"


def clean_body(text: str, url: str | None, model: FurnitureModel, threshold: float,
               *, as_html: bool) -> tuple[str, str | None, Any]:
    if as_html:
        page = parse_page(minimal_html(text), url=url, charset=None, max_bytes=20_000_000)
        cleaned = clean(page.blocks, url=url, title=page.title, model=model, threshold=threshold)
    else:
        cleaned = clean(text_to_blocks(text), url=url, model=model, threshold=threshold)
    return "\n\n".join(block.text for block in cleaned.body), cleaned.title, cleaned.published


def tally(note: dict[str, Any], body: str, claims: Sequence[newsfacts.Claim] | None) -> Tally:
    output = flat(body)
    keep = [*note["must_keep"], note["body_first"], note["body_last"]]
    result = Tally(docs=1, furniture=len(note["boilerplate"]), body=len(keep))
    result.gone = sum(flat(item) not in output for item in note["boilerplate"])
    result.kept = sum(flat(item) in output for item in keep)
    result.clean_docs = int(result.gone == result.furniture and result.kept == result.body)
    if claims is not None:
        for number in note.get("non_claims") or []:
            result.numbers += 1
            result.numbers_taken += any(
                _overlaps(number["text"], claim) and claim.value == as_number(number.get("value"))
                for claim in claims
            )
    return result



def _overlaps(gold: str, claim: newsfacts.Claim) -> bool:
    wanted, sentence, text = flat(gold), flat(claim.sentence or ""), flat(claim.text)
    return bool(text) and (wanted in sentence or sentence in wanted or text in wanted)


def score_pages(docs: Sequence[Any], notes: dict[str, dict[str, Any]], model_for: Callable[
        [Any], FurnitureModel], threshold: float, *, as_html: bool, claims: bool
                ) -> dict[str, Tally]:
    by_family: dict[str, Tally] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsfacts.NewsfactsWarning)
        for doc in docs:
            body, title, published = clean_body(doc.text, doc.url, model_for(doc), threshold,
                                                as_html=as_html)
            found = EXTRACTOR.claims(body, published=published, title=title) if claims else None
            by_family.setdefault(doc.family, Tally()).add(tally(notes[doc.name], body, found))
    return by_family


def family_rows(by_family: dict[str, Tally]) -> list[tuple[object, ...]]:
    total = Tally()
    rows = []
    for family in sorted(by_family):
        rows.append(by_family[family].row(family))
        total.add(by_family[family])
    return [*rows, total.row("**all**")]


def leave_site_out(corpus: Path) -> str:
    from newsfacts._clean.train import fit, load_fixtures, load_reposts

    docs = load_reposts(corpus)
    fixtures = load_fixtures(ROOT / "fixtures" / "text")
    notes = {path.stem: json.loads(path.read_text("utf-8")) for path in corpus.glob("*.json")}
    models = {
        fold: fit([doc for doc in docs if fold_of(doc.group) != fold] + fixtures)
        for fold in range(FOLDS)
    }

    def held_out(doc: Any) -> FurnitureModel:
        return models[fold_of(doc.group)]

    threshold = DEFAULT_FURNITURE_THRESHOLD
    text = score_pages(docs, notes, held_out, threshold, as_html=False, claims=True)
    html = score_pages(docs, notes, held_out, threshold, as_html=True, claims=True)
    shipped = score_pages(docs, notes, lambda doc: shipped_model(), threshold, as_html=False,
                          claims=True)
    sweep = []
    for value in SWEEP:
        result = Tally()
        for part in score_pages(docs, notes, held_out, value, as_html=False,
                                claims=False).values():
            result.add(part)
        sweep.append(result.row(f"threshold {value}")[:5])
    anchors = []
    for name, extract in SYSTEMS[1:]:
        result = Tally()
        for doc in docs:
            result.add(tally(notes[doc.name], extract(doc.text), None))
        anchors.append(result.row(name)[:5])
    sites = len({doc.group for doc in docs})
    cost = model_cost([(doc.text, "text") for doc in docs])
    pages = html_pages()
    html_cost = model_cost(pages) if pages else (0.0, 1.0)
    return "\n\n".join([
        f"**Leave-site-out, as text** ({len(docs)} real reposts, {sites} sites, {FOLDS} grouped "
        f"folds, threshold {threshold}):",
        markdown_table(TALLY_HEADER, family_rows(text)),
        "**Leave-site-out, as minimal HTML** (one `<p>` per line):",
        markdown_table(TALLY_HEADER, family_rows(html)),
        "**Threshold sweep** (leave-site-out, as text):",
        markdown_table(TALLY_HEADER[:5], sweep),
        "**Anchors on the same pages** (minimal HTML for the extractors):",
        markdown_table(TALLY_HEADER[:5], anchors),
        "**In-sample** (the shipped model, trained on these pages: an upper bound, not a "
        "held-out score):",
        markdown_table(TALLY_HEADER, family_rows(shipped)),
        f"**Cost of the model**: `extract` (claims on) over the {len(docs)} pages with the "
        f"model, against the same with `furniture_threshold=1.0` (model off), median of "
        f"{COST_REPEATS} alternating runs in one process: {cost[0]:.2f} s against "
        f"{cost[1]:.2f} s, a ratio of {cost[0] / cost[1]:.3f}; on the {len(pages)} Scrapinghub "
        f"HTML pages that bench/batch.py runs: {html_cost[0]:.2f} s against "
        f"{html_cost[1]:.2f} s, a ratio of {html_cost[0] / html_cost[1]:.3f}.",
    ])


COST_REPEATS = 5


def model_cost(pages: Sequence[tuple[str | bytes, str]]) -> tuple[float, float]:
    """Median seconds of extracting every page (source, kind) with the model on and off."""
    on = newsfacts.Extractor(newsfacts.Options())
    off = newsfacts.Extractor(newsfacts.Options(furniture_threshold=1.0))
    timings: dict[int, list[float]] = {0: [], 1: []}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsfacts.NewsfactsWarning)
        for source, kind in pages[:5]:  # load the pipelines and the model before timing
            on.extract(source, kind=kind)  # type: ignore[arg-type]
            off.extract(source, kind=kind)  # type: ignore[arg-type]
        for _ in range(COST_REPEATS):
            for index, extractor in enumerate((on, off)):
                started = time.perf_counter()
                for source, kind in pages:
                    extractor.extract(source, kind=kind)  # type: ignore[arg-type]
                timings[index].append(time.perf_counter() - started)
    return statistics.median(timings[0]), statistics.median(timings[1])


def html_pages() -> list[tuple[str | bytes, str]]:
    """The Scrapinghub pages bench/batch.py runs, as the batch reads them."""
    folder = data_dir()
    if folder is None:
        return []
    return [(gzip.decompress(path.read_bytes()), "html")
            for path in sorted((folder / "scrapinghub" / "html").glob("*.html.gz"))]


SENTENCE_WORDS = 8


def gold_lines_kept(extract: Callable[[str], str], bodies: Sequence[str]) -> tuple[float, float]:
    """Share of all gold lines kept, and of those of 8+ words (sentences, not labels)."""
    kept = total = kept_long = total_long = 0
    for body in bodies:
        output = flat(extract(body))
        for line in (flat(line) for line in body.splitlines() if line.strip()):
            found = line in output
            total += 1
            kept += found
            if len(line.split()) >= SENTENCE_WORDS:
                total_long += 1
                kept_long += found
    return kept / total, kept_long / total_long


def gold_bodies() -> list[str]:
    folder = data_dir()
    path = folder / "scrapinghub" / "ground-truth.json" if folder else None
    if path is None or not path.is_file():
        return []
    gold = json.loads(path.read_text("utf-8"))
    return [entry["articleBody"] for entry in gold.values() if entry.get("articleBody")]


def main() -> None:
    folder = data_dir()
    corpus = folder / "reposts-dev" if folder else None
    held_out = leave_site_out(corpus) if corpus and corpus.is_dir() else ""
    fixtures = load_fixtures()
    results = [score(name, extract, fixtures) for name, extract in SYSTEMS]
    bodies = gold_bodies()
    furniture = sum(len(fixture.furniture) for fixture in fixtures)
    body = sum(len(fixture.body) for fixture in fixtures)
    table = markdown_table(
        ["system", "furniture removed", "body kept", "seconds (all fixtures)"],
        [(r.system, r.removed, r.kept, f"{r.seconds:.2f}") for r in results],
    )
    notes = (
        f"{len(fixtures)} reposts (fixtures/text and the seed), {furniture} furniture strings, "
        f"{body} body strings; one run, same process. The issue's bar on held-out real reposts: "
        "furniture removed >= 0.90 and body kept >= 0.97. These fixtures were written alongside "
        "the rules, so newsfacts' figures here are an upper bound, not a held-out score."
    )
    if bodies:
        gold_table = markdown_table(
            ["system", "gold body lines kept", "lines of 8+ words kept"],
            [(name, *gold_lines_kept(extract, bodies)) for name, extract in SYSTEMS],
        )
        table += (
            f"\n\nBody loss on real text: the {len(bodies)} gold article bodies of the "
            f"Scrapinghub benchmark, flattened, through each system.\n\n{gold_table}"
        )
    if held_out:
        table = (f"{held_out}\n\n**Golden fixtures** (fixtures/text and the seed, written beside "
                 f"the rules; the model is trained on them too):\n\n{table}")
    write_result("reposts", "Repost cleaning: leave-site-out on real reposts, then the golden "
                 "fixtures", table, notes)


if __name__ == "__main__":
    main()
