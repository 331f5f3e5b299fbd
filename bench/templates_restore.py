"""Site templates, the other way round: would text that is unique to one page of a host, and
that single-page extraction dropped near the kept body, be article text worth restoring?

A measurement, not a feature: it answers whether the per-host block table can lift recall
(single-page extraction is recall-bound on the real multi-page hosts). Every page of the sites
of ``bench/templates.py`` is extracted on its own while the HTML stage's content decision and
the cleaner's verdicts are recorded, so each block of the page is known with its fate (body,
or removed by which stage, for which reason, inside the chosen article element or not) in
document order. A dropped block is page-unique when its key (and each of its lines' keys,
``block_key``) is on no other page of the host. Three figures per corpus:

- the oracle ceiling: every dropped page-unique block whose shingles are at least half in the
  gold put back in place (the gold chooses);
- how well uniqueness separates article text from furniture, per stage and reason: the share
  of a dropped block's shingles that the gold holds, page-unique blocks against recurring ones;
- honest rules (no gold): restore dropped page-unique blocks of a kind, and the same rule
  without the uniqueness condition, which is what a single-page cleaner could do alone.

    python bench/templates_restore.py
"""

from __future__ import annotations

import importlib.util
import sys
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]
sys.path.append(str(_HERE))

import newsfacts._extractor as extractor_module  # noqa: E402
import newsfacts._html.page as page_module  # noqa: E402
from _common import data_dir, markdown_table, write_result  # noqa: E402
from newsfacts import Extractor, NewsfactsWarning, Options  # noqa: E402
from newsfacts._clean import clean  # noqa: E402
from newsfacts._html import content  # noqa: E402
from newsfacts._templates import block_key, line_keys  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_templates", _HERE / "templates.py")
assert _spec is not None
assert _spec.loader is not None
bench_templates = importlib.util.module_from_spec(_spec)
sys.modules["bench_templates"] = bench_templates
_spec.loader.exec_module(bench_templates)
bench_html = bench_templates.bench_html
NEAR = 3  # blocks before the first or after the last body block that count as next to it


@dataclass(frozen=True, slots=True)
class Entry:
    """One block of a page in document order: its text and fate."""

    text: str
    stage: str  # "body", "html" (the content decision) or "clean" (the cleaner)
    reason: str | None
    inside: bool  # inside the element the HTML stage chose as the article


@dataclass(slots=True)
class Page:
    gold: str
    text: str
    entries: list[Entry] | None  # None: the fates could not be lined up with the output


def _recorded(source: bytes, url: str) -> tuple[str, list[Entry] | None]:
    seen: dict[str, Any] = {}

    def recording_choose(*args: Any, **kwargs: Any) -> Any:
        seen["decision"] = decision = content.choose(*args, **kwargs)
        seen["raw"] = sorted(args[0], key=lambda raw: raw.position)
        return decision

    def recording_clean(*args: Any, **kwargs: Any) -> Any:
        seen["blocks"] = list(args[0])
        seen["cleaned"] = cleaned = clean(*args, **kwargs)
        return cleaned

    # The pipeline calls the stages by these names: wrapped for one extraction to record them.
    with (mock.patch.object(page_module, "choose", recording_choose),
          mock.patch.object(extractor_module, "clean", recording_clean),
          warnings.catch_warnings()):
        warnings.simplefilter("ignore", NewsfactsWarning)
        try:
            article = Extractor(Options(claims=False)).extract(source, url=url)
        except Exception:
            return "", None
    if "decision" not in seen or "cleaned" not in seen:
        return article.text, None
    entries = _entries(seen)
    body = "\n\n".join(entry.text for entry in entries if entry.stage == "body")
    return article.text, entries if body == article.text else None


def _entries(seen: dict[str, Any]) -> list[Entry]:
    decision, blocks, cleaned = seen["decision"], seen["blocks"], seen["cleaned"]
    removed = {id(raw): reason for raw, reason in decision.removed}
    body = {block.position: block for block in cleaned.body}
    reasons: dict[str, str] = {}
    for removal in cleaned.removed:
        reasons.setdefault(removal.text, removal.reason)
    ld_body = bool(blocks) and blocks[0].path == "script/ld+json/articleBody"
    entries: list[Entry] = []

    def cleaner(block: Any, inside: bool) -> Entry:
        kept = body.get(block.position)
        if kept is not None:
            return Entry(kept.text, "body", None, inside)
        return Entry(block.text, "clean", reasons.get(block.text, "?"), inside)

    index = 0
    for raw in seen["raw"]:
        inside = decision.main is not None and content._is_below(raw.node, decision.main)
        if id(raw) in removed or ld_body:
            entries.append(Entry(raw.text, "html", removed.get(id(raw), "ld-shell"), inside))
            continue
        rest = raw.text.strip()  # one raw block is one cleaner block, or more when split
        while index < len(blocks) and rest:
            block = blocks[index]
            entries.append(cleaner(block, inside))
            index += 1
            at = rest.find(block.text)
            rest = rest[at + len(block.text):].strip() if at >= 0 else ""
    if ld_body:
        entries += [cleaner(block, True) for block in blocks]
    return entries


def _keys(text: str) -> set[str]:
    return {block_key(text), *line_keys(text)}


Rule = Callable[[Entry, str], bool]  # (a dropped page-unique block, its place) -> restore


def _restored(site: Sequence[Page], rule: Rule, *, unique_only: bool = True,
              oracle: bool = False) -> list[str]:
    """Each page's body with the dropped blocks the rule takes back put in place."""
    counts = Counter(key for page in site for key in
                     set().union(*(_keys(e.text) for e in page.entries or ())))
    texts = []
    for page in site:
        if page.entries is None:
            texts.append(page.text)
            continue
        gold = bench_html.shingles(page.gold)
        kept = [i for i, entry in enumerate(page.entries) if entry.stage == "body"]
        first, last = (kept[0], kept[-1]) if kept else (0, -1)
        out = []
        for i, entry in enumerate(page.entries):
            if entry.stage == "body":
                out.append(entry.text)
                continue
            unique = all(counts[key] <= 1 for key in _keys(entry.text))
            place = ("in" if first <= i <= last
                     else "near" if first - NEAR <= i <= last + NEAR else "far")
            if (unique or not unique_only) and rule(entry, place):
                if oracle:
                    found = bench_html.shingles(entry.text)
                    if 2 * sum((found & gold).values()) < sum(found.values()):
                        continue
                out.append(entry.text)
        texts.append("\n\n".join(out))
    return texts


def _prose(text: str, words: int = 8) -> bool:
    return len(text.split()) >= words and text.rstrip()[-1:] in ".!?\"”'’)"


RULES: dict[str, Rule] = {
    "oracle: any dropped block": lambda e, p: True,
    "oracle: not a title or caption": lambda e, p: e.reason not in ("title", "caption"),
    "oracle: in or next to the body": lambda e, p: p != "far",
    "oracle: cleaner-stage, in or next to the body": lambda e, p: e.stage == "clean"
    and p != "far",
}
HONEST: dict[str, Rule] = {
    "link-dense sentence (8+ words) inside the article, within the body":
        lambda e, p: e.stage == "html" and e.reason == "link-list" and e.inside and p == "in"
        and _prose(e.text),
    "every link-dense block inside the article, within the body":
        lambda e, p: e.stage == "html" and e.reason == "link-list" and e.inside and p == "in",
    "the model's 'furniture' verdicts": lambda e, p: e.stage == "clean"
    and e.reason == "furniture",
    "captions next to the body": lambda e, p: e.reason == "caption" and p != "far",
}
HONEST["link-dense sentence + model verdicts"] = (
    lambda e, p: HONEST["link-dense sentence (8+ words) inside the article, within the body"](
        e, p) or HONEST["the model's 'furniture' verdicts"](e, p))


def main() -> int:
    data = data_dir()
    if data is None:
        return 1
    corpora = {**bench_templates.load_sites(data), bench_templates.BUILT:
               bench_templates.built_sites(data),
               bench_templates.PAIRS: bench_templates.scrapinghub_pairs(data)}
    real = {**corpora[bench_templates.PORTALS], **{
        f"{host} (CleanEval)" if host in corpora[bench_templates.PORTALS] else host: pages
        for host, pages in corpora[bench_templates.REAL].items()}}
    groups = {"real sites with 3+ pages": real, bench_templates.BUILT:
              corpora[bench_templates.BUILT], bench_templates.PAIRS:
              corpora[bench_templates.PAIRS]}
    sites: dict[str, dict[str, list[Page]]] = {}
    for label, hosts in groups.items():
        sites[label] = {}
        for host, pages in hosts.items():
            sites[label][host] = []
            for source, url, gold in pages:
                text, entries = _recorded(source, url)
                sites[label][host].append(Page(gold, text, entries))

    def scored(label: str, rule: Rule, **how: bool) -> tuple[float, float, int, int, str]:
        golds, singles, texts, spread = [], [], [], []
        for host, site in sites[label].items():
            restored = _restored(site, rule, **how)
            gold, single = [p.gold for p in site], [p.text for p in site]
            golds += gold
            singles += single
            texts += restored
            change = bench_templates._f1(gold, restored) - bench_templates._f1(gold, single)
            spread.append((change, host))
        worst, best = min(spread), max(spread)
        return (bench_templates._f1(golds, singles), bench_templates._f1(golds, texts),
                bench_templates._losses(golds, texts, singles), len(golds),
                f"{worst[0]:+.3f} {worst[1]} / {best[0]:+.3f} {best[1]}")

    rows: list[list[object]] = []
    for name, rule in RULES.items():
        for label in sites:
            single, restored, losses, pages, spread = scored(label, rule, oracle=True)
            rows.append([name, label, single, restored, f"{restored - single:+.4f}", spread])
    oracle_table = markdown_table(["gold chooses among dropped page-unique blocks", "sites",
                                   "single F1", "restored F1", "gain",
                                   "per host: worst / best"], rows)
    rows = []
    for name, rule in HONEST.items():
        for label in sites:
            for unique_only in (True, False):
                single, restored, losses, pages, spread = scored(label, rule,
                                                                 unique_only=unique_only)
                rows.append([name, "page-unique only" if unique_only else "all (no templates)",
                             label, single, restored, f"{restored - single:+.4f}",
                             f"{losses}/{pages}", spread])
    honest_table = markdown_table(["restore", "which blocks", "sites", "single F1",
                                   "restored F1", "gain", "pages losing > 0.1",
                                   "per host: worst / best"], rows)
    rows = []
    for label in sites:
        table: dict[tuple[str, str | None], list[int]] = defaultdict(lambda: [0] * 6)
        for site in sites[label].values():
            counts = Counter(key for page in site for key in
                             set().union(*(_keys(e.text) for e in page.entries or ())))
            for page in site:
                gold = bench_html.shingles(page.gold)
                entries = page.entries or []
                kept = [i for i, entry in enumerate(entries) if entry.stage == "body"]
                if not kept:
                    continue
                for i, entry in enumerate(entries):
                    if entry.stage == "body" or not kept[0] - NEAR <= i <= kept[-1] + NEAR:
                        continue
                    found = bench_html.shingles(entry.text)
                    hits = sum((found & gold).values())
                    unique = all(counts[key] <= 1 for key in _keys(entry.text))
                    cell = table[(entry.stage, entry.reason)]
                    at = 0 if unique else 3
                    cell[at] += 1
                    cell[at + 1] += hits
                    cell[at + 2] += sum(found.values()) - hits
        for (stage, reason), (n, hits, wrong, n2, hits2, wrong2) in sorted(
                table.items(), key=lambda kv: -sum(kv[1][1:3]) - sum(kv[1][4:]))[:8]:
            rows.append([label, f"{stage}: {reason}", n, f"{hits / max(1, hits + wrong):.2f}",
                         n2, f"{hits2 / max(1, hits2 + wrong2):.2f}"])
    split_table = markdown_table(["sites", "dropped by", "page-unique blocks",
                                  "their gold share", "recurring blocks",
                                  "their gold share"], rows)
    notes = ("Blocks dropped within the body or up to 3 blocks from it; gold share: of the "
             "block's shingles, the share the gold holds. Real sites: the CleanPortalEval, "
             "CleanEval and Readability hosts of html-dev with 3+ pages.")
    write_result("templates-restore",
                 "Restoring page-unique dropped blocks (site templates' dual)",
                 f"Oracle ceiling:\n\n{oracle_table}\n\nHonest rules, with and without the "
                 f"page-unique condition:\n\n{honest_table}\n\nDoes uniqueness separate text "
                 f"from furniture (the 8 largest kinds per corpus)?\n\n{split_table}", notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
