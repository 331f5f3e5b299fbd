"""Claims read in context: recall, source, period and status on real reposts, held-out half first.

The 200 annotated reposts of ``../shared/data/reposts-dev`` are split by site: a document whose
host hashes (CRC-32) to an even number is in the fit half, the rules were developed looking at
its misses; the odd half's misses were never read, and it is reported first. Claims are matched to
the annotations the way the corpus's own ``score.py`` matches them (same value, the claim's
sentence or text overlapping the annotated text; the first such claim is the one judged), and
scored on the same four figures:

- recall: annotated claims found;
- source: of those with an annotated source, the claim's source name holds one of its words;
- period: of those with an annotated period, start and end exactly equal;
- status: of those with an annotated kind, the claim's status equal to it;
- metric: of those with an annotated metric, the claim's ``metric`` shares a content word with
  it (as ``bench/claims.py`` scores NewsQuant's concepts).

Two inputs: the page through ``newsfacts.extract`` (what ``score.py`` measures, so the cleaner
and the page-date finder count too), and the annotated body alone (from ``body_first`` to
``body_last``, furniture strings cut out, the annotated date as ``published``), which isolates
the claim stage. ``--misses fit`` prints every fit-half source and period miss for study.

    python bench/claims_context.py [--misses fit|held]
"""

from __future__ import annotations

import sys
from pathlib import Path

# bench/html.py would shadow the standard library's html module: keep this folder at the back.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]
sys.path.append(str(_HERE))

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import zlib  # noqa: E402
from collections.abc import Iterable, Mapping, Sequence  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from typing import Any  # noqa: E402
from urllib.parse import urlparse  # noqa: E402

import newsfacts  # noqa: E402
from _common import (  # noqa: E402
    as_number,
    concept_words,
    data_dir,
    flat,
    markdown_table,
    write_result,
)

Json = dict[str, Any]
_SOURCE_WORD = re.compile(r"[a-z0-9]{3,}")
_JUDGED_KINDS = ("actual", "forecast", "expectation", "target")




@dataclass
class Tally:
    """Counts pooled over documents: found of annotated, right of judged for each field."""

    claims: int = 0
    found: int = 0
    counts: dict[str, list[int]] = field(
        default_factory=lambda: {"source": [0, 0], "period": [0, 0], "status": [0, 0],
                                 "metric": [0, 0]})

    def share(self, what: str) -> float:
        right, judged = self.counts[what]
        return right / judged if judged else 1.0

    def recall(self) -> float:
        return self.found / self.claims if self.claims else 1.0

    def add(self, other: Tally) -> None:
        self.claims += other.claims
        self.found += other.found
        for key, (right, judged) in other.counts.items():
            self.counts[key][0] += right
            self.counts[key][1] += judged


@dataclass(frozen=True)
class Document:
    name: str
    annotation: Json
    raw: str

    @property
    def held_out(self) -> bool:
        """Odd CRC-32 of the host: the half the rules were not developed on."""
        host = urlparse(self.annotation.get("url") or "").hostname or self.name
        return zlib.crc32(host.removeprefix("www.").encode()) % 2 == 1

    def gold_body(self) -> str:
        """The annotated body with its furniture cut out, one paragraph per line."""
        a = self.annotation
        first, last = a["body_first"], a["body_last"]
        start = -1
        for _ in range(int(a.get("body_first_occurrence") or 1)):
            start = self.raw.find(first, start + 1)
        end = self.raw.find(last, max(start, 0))
        body = self.raw[max(start, 0): len(self.raw) if end < 0 else end + len(last)]
        for furniture in sorted(a["boilerplate"], key=len, reverse=True):
            body = body.replace(furniture, "\n")
        lines = (flat(line) for line in body.splitlines())
        return "\n\n".join(line for line in lines if line)


def load(corpus: Path) -> list[Document]:
    return [Document(path.stem, json.loads(path.read_text("utf-8")),
                     path.with_suffix(".txt").read_text("utf-8"))
            for path in sorted(corpus.glob("*.json"))]


def _overlaps(gold_text: str, claim: Mapping[str, Any]) -> bool:
    gold, sentence, text = flat(gold_text), flat(claim.get("sentence")), flat(claim.get("text"))
    return bool(text) and (gold in sentence or sentence in gold or text in gold)


def _same_value(gold: Mapping[str, Any], claim: Mapping[str, Any]) -> bool:
    if gold.get("unit") == "date":
        period = claim.get("period") or {}
        want = str(gold.get("value"))
        return any(str(x).startswith(want) for x in (claim.get("value"), period.get("start"))
                   if x is not None)
    value = as_number(gold.get("value"))
    if value is not None and gold.get("scale"):
        value *= float(gold["scale"])
    got = as_number(claim.get("value"))
    return value is not None and got is not None and (
        abs(abs(got) - abs(value)) <= 1e-6 * max(1.0, abs(value)))


def _source_right(gold: str, claim: Mapping[str, Any]) -> bool:
    name = flat((claim.get("source") or {}).get("name")).lower()
    words = set(_SOURCE_WORD.findall(flat(gold).lower())) - {"the", "and", "data"}
    return bool(name) and any(word in name for word in words)


def score(document: Document, claims: Sequence[Json], misses: list[str] | None) -> Tally:
    tally = Tally()
    for gold in document.annotation["claims"]:
        tally.claims += 1
        matched = [c for c in claims if _same_value(gold, c) and _overlaps(gold["text"], c)]
        if not matched:
            if misses is not None:
                misses.append(f"{document.name} RECALL {gold['text']!r} {gold.get('value')}")
            continue
        tally.found += 1
        claim = matched[0]
        if gold.get("source"):
            right = _source_right(gold["source"], claim)
            tally.counts["source"][0] += right
            tally.counts["source"][1] += 1
            if misses is not None and not right:
                misses.append(f"{document.name} SOURCE want {gold['source']!r} got "
                              f"{claim.get('source')} | {gold['text']!r}")
        if gold.get("period"):
            got = claim.get("period") or {}
            want = (gold["period"].get("start"), gold["period"].get("end"))
            right = (got.get("start"), got.get("end")) == want
            tally.counts["period"][0] += right
            tally.counts["period"][1] += 1
            if misses is not None and not right:
                misses.append(f"{document.name} PERIOD want {want} ({gold.get('period_text')!r})"
                              f" got {(got.get('start'), got.get('end'))} ({got.get('text')!r})"
                              f" carried={claim.get('carried')} | {gold['text']!r}")
        wanted_words = concept_words(gold.get("metric"))
        if wanted_words is not None:
            got_words = concept_words(claim.get("metric"))
            right = got_words is not None and bool(wanted_words & got_words)
            tally.counts["metric"][0] += right
            tally.counts["metric"][1] += 1
            if misses is not None and not right:
                misses.append(f"{document.name} METRIC want {gold['metric']!r} got "
                              f"{claim.get('metric')!r} | {gold['text']!r}")
        if gold.get("kind") in _JUDGED_KINDS:
            right = claim.get("status") == gold["kind"]
            tally.counts["status"][0] += right
            tally.counts["status"][1] += 1
            if misses is not None and not right:
                misses.append(f"{document.name} STATUS want {gold['kind']} got "
                              f"{claim.get('status')} | {gold['text']!r}")
    return tally


def claims_of_page(document: Document) -> list[Json]:
    try:
        article = newsfacts.extract(document.raw, url=document.annotation.get("url"), kind="text")
    except newsfacts.NewsfactsError:
        return []
    return [claim.to_dict() for claim in article.claims]


def claims_of_gold_body(document: Document, extractor: newsfacts.Extractor) -> list[Json]:
    a = document.annotation
    found = extractor.claims(document.gold_body(), published=a.get("published"),
                             title=a.get("title"))
    return [claim.to_dict() for claim in found]


def run(documents: Iterable[Document], gold_body: bool, misses: list[str] | None,
        show: str) -> tuple[Tally, Tally]:
    extractor = newsfacts.Extractor()
    held, fit = Tally(), Tally()
    for document in documents:
        claims = (claims_of_gold_body(document, extractor) if gold_body
                  else claims_of_page(document))
        wanted = misses if (show == "held") == document.held_out else None
        (held if document.held_out else fit).add(score(document, claims, wanted))
    return held, fit


def _row(label: str, half: str, documents: int, tally: Tally) -> list[object]:
    return [label, half, documents, tally.claims, tally.recall(), tally.share("source"),
            f"{tally.share('period'):.3f} ({tally.counts['period'][0]}/"
            f"{tally.counts['period'][1]})", tally.share("status"), tally.share("metric")]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="the reposts-dev folder")
    parser.add_argument("--misses", choices=("fit", "held"),
                        help="print the misses of one half (the page input) instead of the table")
    parser.add_argument("--gold-body", action="store_true", help="with --misses: on gold bodies")
    args = parser.parse_args(argv)
    corpus = args.data
    if corpus is None:
        shared = data_dir()
        if shared is None:
            return 1
        corpus = shared / "reposts-dev"
    documents = load(corpus)
    if args.misses:
        found: list[str] = []
        run(documents, args.gold_body, found, args.misses)
        print("\n".join(found))
        return 0
    held_count = sum(d.held_out for d in documents)
    counts = {True: held_count, False: len(documents) - held_count}
    rows = []
    for label, gold_body in (("page via extract()", False), ("annotated body via claims()", True)):
        held, fit = run(documents, gold_body, None, "")
        everything = Tally()
        everything.add(held)
        everything.add(fit)
        rows += [_row(label, "held-out", counts[True], held),
                 _row(label, "fit", counts[False], fit),
                 _row(label, "all", len(documents), everything)]
    table = markdown_table(
        ["input", "half", "docs", "claims", "recall", "source right", "period exact",
         "status right", "metric shares a word"], rows)
    write_result("claims_context", "Claims in context: reposts-dev, by site half", table,
                 "Halves by CRC-32 of the host (odd = held out: its misses were never read while "
                 "writing the rules; its totals were printed beside the fit half's after each "
                 "rule, and two rules that lost on it were dropped). Matching and "
                 "figures as the corpus's score.py; 'annotated body' gives claims() the "
                 "annotated body without furniture and the annotated date.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
