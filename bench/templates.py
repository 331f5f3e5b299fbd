"""Site templates: extraction with templates learnt from a site's other pages vs single-page.

Data, two kinds of multi-page sites:
- the CleanPortalEval news-portal pages of html-dev (BBC News, WSJ Brussels blog, MSNBC, two
  Washington Post blogs), grouped by the host of the URL their gold file names; hosts with at
  least three pages;
- built sites: the 181 Scrapinghub pages in groups of five, each group one made-up host whose
  furniture paragraphs (an affiliate note, a newsletter box, a follow line, a copyright
  sign-off) are put inside every page's article markup, as sites do; the gold stays the
  article body, so the furniture is what a single-page extractor keeps.
For each host the templates are learnt from that host's pages only (no gold is used: a batch
learns from the crawl it extracts), then every page is extracted with them.

Score: the Scrapinghub shingle metric of ``bench/html.py`` (4-word shingles; precision and recall
per page, averaged, F1 of the averages), against single-page extraction of the same pages, and
the share of pages whose own F1 drops by more than 0.10. The thresholds of ``TemplateRule``
were chosen on the grid below leaving one host out at a time: the held-out figure is each host
scored with the thresholds that did best on the other hosts.

    python bench/templates.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import tarfile
import warnings
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

# bench/ holds html.py: keep this folder off the front of sys.path, or it would shadow the
# standard library's html module.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]
sys.path.append(str(_HERE))

from _common import data_dir, markdown_table, write_result  # noqa: E402
from newsfacts import Extractor, NewsfactsWarning, Options  # noqa: E402
from newsfacts._templates import SiteTemplates, TemplateRule, host_of  # noqa: E402

# The standard library's html (bench/html.py is this folder's benchmark of the same name).
unescape = importlib.import_module("html").unescape
_spec = importlib.util.spec_from_file_location("bench_html", _HERE / "html.py")
assert _spec is not None
assert _spec.loader is not None
bench_html = importlib.util.module_from_spec(_spec)
sys.modules["bench_html"] = bench_html  # dataclasses look their module up there
_spec.loader.exec_module(bench_html)

GRID = [TemplateRule(pages, share, 0.5) for pages, share in ((2, 0.2), (3, 0.1), (3, 0.2))]
_MARKER = re.compile(r"^\s*<[phl]>\s*", re.MULTILINE)
LOSS = 0.10

Site = list[tuple[bytes, str, str]]  # (page bytes, url, gold text)


def _gold(raw: bytes) -> tuple[str | None, str]:
    text = raw.decode("utf-8", "replace")
    url = None
    lines = []
    for line in text.splitlines():
        if line.startswith("URL:"):
            url = line[4:].strip()
        else:
            lines.append(line)
    return url, unescape(_MARKER.sub("", "\n".join(lines)))


def load_sites(data: Path) -> dict[str, Site]:
    sites: dict[str, Site] = defaultdict(list)
    with tarfile.open(data / "html-dev" / "pages.tar.gz") as archive:
        pairs = json.load(archive.extractfile("pairs.json"))  # type: ignore[arg-type]
        for page, gold in pairs["CleanPortalEval-master"]:
            page_file, gold_file = archive.extractfile(page), archive.extractfile(gold)
            if page_file is None or gold_file is None:
                continue
            url, text = _gold(gold_file.read())
            host = host_of(url)
            if url and host:
                sites[host].append((page_file.read(), url, text))
    return {host: pages for host, pages in sorted(sites.items()) if len(pages) >= 3}


SITE_SIZE = 5
FURNITURE = (
    "{site} is reader-supported. When you buy through links on our site, we may earn an "
    "affiliate commission at no extra cost to you.",
    "Sign up for the {site} Daily newsletter to get our top stories in your inbox every "
    "morning, free of charge.",
    "Follow {site} on Facebook, X and LinkedIn for the latest news and analysis.",
    "Copyright {site} Media Group. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed without permission.",
)
_PARAGRAPH = re.compile(r"<p[^>]*>(.*?)</p>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def _with_furniture(page: str, site: str, number: int) -> str:
    """The page with the site's furniture after its second long paragraph and its last one."""
    long_ends = [m.end() for m in _PARAGRAPH.finditer(page)
                 if len(_TAG.sub("", m.group(1)).strip()) >= 80]
    if len(long_ends) < 2:
        return page
    lines = [f"<p>{text.format(site=site)}</p>" for text in FURNITURE]
    middle, end = long_ends[1], long_ends[-1]
    promo = lines[1]
    closing = "".join(lines[2:]) + ("" if number % 2 else lines[0])
    return page[:middle] + promo + page[middle:end] + closing + page[end:]


def built_sites(data: Path) -> dict[str, Site]:
    pages = bench_html.load_pages(data / "scrapinghub")
    sites: dict[str, Site] = defaultdict(list)
    for number, page in enumerate(pages):
        group = number // SITE_SIZE
        site = f"Site{group:02d} News"
        host = f"site{group:02d}.example"
        html_text = _with_furniture(page.html, site, number)
        sites[host].append((html_text.encode("utf-8"), f"https://{host}/{page.key}",
                            page.gold))
    return {host: site for host, site in sites.items() if len(site) >= 3}


def _extract(pages: Site, templates: SiteTemplates | None) -> list[str]:
    extractor = Extractor(Options(claims=False, templates=templates))
    texts = []
    for source, url, _gold_text in pages:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsfactsWarning)
            try:
                texts.append(extractor.extract(source, url=url).text)
            except Exception:
                texts.append("")
    return texts


def _page_f1(gold: str, text: str) -> float:
    hits, extra, missed = bench_html.page_counts(gold, text)
    return 2 * hits / (2 * hits + extra + missed) if hits else 0.0


def _f1(golds: Sequence[str], texts: Sequence[str]) -> float:
    counts = [bench_html.page_counts(g, t) for g, t in zip(golds, texts, strict=True)]
    return float(bench_html.score(counts).f1)


def main() -> int:
    data = data_dir()
    if data is None:
        return 1
    portals, built = load_sites(data), built_sites(data)
    sites = {**portals, **built}
    single = {host: _extract(pages, None) for host, pages in sites.items()}
    golds = {host: [gold for _s, _u, gold in pages] for host, pages in sites.items()}
    by_rule: dict[TemplateRule, dict[str, list[str]]] = {}
    for rule in GRID:
        by_rule[rule] = {}
        for host, pages in sites.items():
            learnt = SiteTemplates.learn([(source, url) for source, url, _g in pages], rule=rule)
            by_rule[rule][host] = _extract(pages, learnt)

    def f1_of(rule: TemplateRule | None, hosts: Sequence[str]) -> float:
        texts = [t for h in hosts for t in (single[h] if rule is None else by_rule[rule][h])]
        return _f1([g for h in hosts for g in golds[h]], texts)

    held_out = {}  # host -> its texts under the rule that did best on every other host
    for host in sites:
        others = [h for h in sites if h != host]
        best = max(GRID, key=lambda r, o=others: f1_of(r, o))  # type: ignore[misc]
        held_out[host] = (best, by_rule[best][host])

    def row(name: str, hosts: Sequence[str]) -> list[object]:
        gold = [g for h in hosts for g in golds[h]]
        singles = [t for h in hosts for t in single[h]]
        texts = [t for h in hosts for t in held_out[h][1]]
        losses = sum(_page_f1(g, t) < _page_f1(g, s) - LOSS
                     for g, t, s in zip(gold, texts, singles, strict=True))
        rules = sorted({f"{held_out[h][0].min_pages}/{held_out[h][0].min_share}"
                        for h in hosts})
        return [name, len(hosts), len(gold), ", ".join(rules), _f1(gold, singles),
                _f1(gold, texts), f"{losses}/{len(gold)}"]

    rows = [row("news portals (CleanPortalEval)", list(portals)),
            row("built sites (Scrapinghub + site furniture)", list(built)),
            row("all", list(sites))]
    rows += [row(f"- {host}", [host]) for host in portals]
    table = markdown_table(["sites", "hosts", "pages", "rule (pages/share) chosen on the others",
                            "single-page F1", "with templates F1", f"pages losing > {LOSS}"],
                           rows)
    grid_rows = []
    for rule in GRID:
        for name, hosts in (("portals", list(portals)), ("built", list(built))):
            gold = [g for h in hosts for g in golds[h]]
            texts = [t for h in hosts for t in by_rule[rule][h]]
            singles = [t for h in hosts for t in single[h]]
            losses = sum(_page_f1(g, t) < _page_f1(g, s) - LOSS
                         for g, t, s in zip(gold, texts, singles, strict=True))
            grid_rows.append([name, rule.min_pages, rule.min_share, rule.max_body_share,
                              f1_of(None, hosts), _f1(gold, texts), f"{losses}/{len(gold)}"])
    grid = markdown_table(["sites", "min pages", "min share", "max body share", "single F1",
                           "templates F1", f"pages losing > {LOSS}"], grid_rows)
    notes = (f"Held out: each host scored with the rule that did best on all other hosts. "
             f"Default {TemplateRule()}. Every rule on every host:\n\n{grid}\n")
    write_result("templates", "Site templates on multi-page sites", table, notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
