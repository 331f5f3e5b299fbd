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
from newsfacts._templates import SiteTemplates, TemplateLearner, TemplateRule, host_of  # noqa: E402

# The standard library's html (bench/html.py is this folder's benchmark of the same name).
unescape = importlib.import_module("html").unescape
_spec = importlib.util.spec_from_file_location("bench_html", _HERE / "html.py")
assert _spec is not None
assert _spec.loader is not None
bench_html = importlib.util.module_from_spec(_spec)
sys.modules["bench_html"] = bench_html  # dataclasses look their module up there
_spec.loader.exec_module(bench_html)

GRID = [TemplateRule(pages, share, 0.5)
        for pages, share in ((2, 0.2), (2, 0.3), (2, 0.5), (3, 0.1), (3, 0.2))]
_MARKER = re.compile(r"^\s*<[phl]>\s*", re.MULTILINE)
LOSS = 0.10

Site = list[tuple[bytes, str, str]]  # (page bytes, url, gold text)


def _gold(raw: bytes) -> tuple[str | None, str]:
    """A gold file's URL line (CleanEval's) and its text: CleanEval's marks taken out, or the
    tags of Readability's expected HTML."""
    text = raw.decode("utf-8", "replace")
    if text.lstrip().startswith("<") and "</" in text:
        return None, bench_html.gold_text(text)
    url = None
    lines = []
    for line in text.splitlines():
        if line.startswith("URL:"):
            url = line[4:].strip()
        else:
            lines.append(line)
    return url, unescape(_MARKER.sub("", "\n".join(lines)))


# Where a page says its own address when its gold file does not: CleanEval's <text id=...>
# wrapper, a canonical link, an og:url.
_PAGE_URLS = (
    re.compile(rb'<text id="(https?://[^"]+)"'),
    re.compile(rb'<link[^>]+rel="canonical"[^>]+href="(https?://[^"]+)"'),
    re.compile(rb'<link[^>]+href="(https?://[^"]+)"[^>]+rel="canonical"'),
    re.compile(rb'property="og:url"[^>]+content="(https?://[^"]+)"'),
)


def _page_url(page: bytes) -> str | None:
    for pattern in _PAGE_URLS:
        found = pattern.search(page[:200_000])
        if found:
            return found.group(1).decode("utf-8", "replace")
    return None


def load_sites(data: Path) -> dict[str, dict[str, Site]]:
    """html-dev's pages grouped by corpus and host (a corpus is one crawl: a host of two crawls
    years apart is two sites); hosts with at least three pages."""
    corpora: dict[str, dict[str, Site]] = {name: defaultdict(list) for name in HTML_DEV.values()}
    with tarfile.open(data / "html-dev" / "pages.tar.gz") as archive:
        pairs = json.load(archive.extractfile("pairs.json"))  # type: ignore[arg-type]
        for corpus, name in HTML_DEV.items():
            for page, gold in pairs[corpus]:
                page_file, gold_file = archive.extractfile(page), archive.extractfile(gold)
                if page_file is None or gold_file is None:
                    continue
                source = page_file.read()
                url, text = _gold(gold_file.read())
                url = url or _page_url(source)
                host = host_of(url)
                if url and host:
                    corpora[name][host].append((source, url, text))
    return {name: {host: pages for host, pages in sorted(sites.items()) if len(pages) >= 3}
            for name, sites in corpora.items()}


PORTALS = "news portals (CleanPortalEval)"
REAL = "CleanEval + Readability hosts"
HTML_DEV = {"CleanPortalEval-master": PORTALS, "cleaneval-dev": REAL, "cleaneval-final": REAL,
            "readability": REAL}
BUILT = "built sites (Scrapinghub + site furniture)"
PAIRS = "Scrapinghub hosts with 2 pages"


def scrapinghub_pairs(data: Path) -> dict[str, Site]:
    """The Scrapinghub hosts that have two pages (none has three): a check that learning from
    two pages does not cost a site its story."""
    truth = json.loads((data / "scrapinghub" / "ground-truth.json").read_text("utf-8"))
    sites: dict[str, Site] = defaultdict(list)
    for page in bench_html.load_pages(data / "scrapinghub"):
        url = truth[page.key].get("url")
        host = host_of(url)
        if url and host:
            html_text = page.html if isinstance(page.html, str) else page.html.decode()
            sites[host].append((html_text.encode("utf-8"), url, page.gold))
    return {host: pages for host, pages in sorted(sites.items()) if len(pages) >= 2}


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


def _single(pages: Site) -> tuple[list[str], TemplateLearner]:
    """Single-page extraction of a site's pages, and those extractions counted for templates
    (the batch's first pass: no gold)."""
    extractor = Extractor(Options(claims=False))
    learner = TemplateLearner()
    texts = []
    for source, url, _gold_text in pages:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsfactsWarning)
            try:
                article = extractor.extract(source, url=url)
            except Exception:
                texts.append("")
                continue
        texts.append(article.text)
        learner.add(article, url)
    return texts, learner


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
    if not any(tp + fp for tp, fp, _fn in counts) or not any(tp + fn for tp, _fp, fn in counts):
        # bench/html.py's score leaves out the pages with nothing on a side: a site whose
        # pages all have an empty gold (index pages) or all came out empty has no score there
        return float(any(tp for tp, _fp, _fn in counts))
    return float(bench_html.score(counts).f1)


def _losses(golds: Sequence[str], texts: Sequence[str], singles: Sequence[str]) -> int:
    return sum(_page_f1(g, t) < _page_f1(g, s) - LOSS
               for g, t, s in zip(golds, texts, singles, strict=True))


def main() -> int:
    data = data_dir()
    if data is None:
        return 1
    corpora = {**load_sites(data), BUILT: built_sites(data), PAIRS: scrapinghub_pairs(data)}
    sites: dict[str, Site] = {}
    members: dict[str, list[str]] = {}  # corpus -> its site names
    for corpus, hosts in corpora.items():
        for host, pages in hosts.items():
            name = host if host not in sites else f"{host} ({corpus.split()[0]})"
            sites[name] = pages
            members.setdefault(corpus, []).append(name)
    single: dict[str, list[str]] = {}
    learners: dict[str, TemplateLearner] = {}
    for name, pages in sites.items():
        single[name], learners[name] = _single(pages)
    golds = {name: [gold for _s, _u, gold in pages] for name, pages in sites.items()}
    by_rule: dict[TemplateRule, dict[str, list[str]]] = {}
    extracted: dict[tuple[str, frozenset[tuple[str, str]]], list[str]] = {}
    for rule in GRID:
        by_rule[rule] = {}
        for name, pages in sites.items():
            learners[name].rule = rule
            templates = learners[name].templates()
            learnt = (name, frozenset(templates.rows()))  # rules that learn the same blocks
            if learnt not in extracted:                  # extract the same texts
                extracted[learnt] = _extract(pages, templates) if len(templates) else single[name]
            by_rule[rule][name] = extracted[learnt]

    def gold_of(names: Sequence[str]) -> list[str]:
        return [g for n in names for g in golds[n]]

    def texts_of(rule: TemplateRule | None, names: Sequence[str]) -> list[str]:
        return [t for n in names for t in (single[n] if rule is None else by_rule[rule][n])]

    # Each site is scored with the rule that did best on every other site of three or more
    # pages (the two-page Scrapinghub hosts are a safety check, not a choice).
    choosing = [n for c in (PORTALS, REAL, BUILT) for n in members.get(c, [])]
    held_out = {}
    for name in sites:
        others = [n for n in choosing if n != name]
        best = max(GRID, key=lambda r, o=others: _f1(gold_of(o), texts_of(r, o)))  # type: ignore[misc]
        held_out[name] = (best, by_rule[best][name])

    def row(label: str, names: Sequence[str]) -> list[object]:
        gold, singles = gold_of(names), texts_of(None, names)
        texts = [t for n in names for t in held_out[n][1]]
        rules = sorted({f"{held_out[n][0].min_pages}/{held_out[n][0].min_share}" for n in names})
        losses = _losses(gold, texts, singles)
        return [label, len(names), len(gold), ", ".join(rules), _f1(gold, singles),
                _f1(gold, texts), f"{losses}/{len(gold)} ({losses / max(1, len(gold)):.1%})"]

    real = members.get(PORTALS, []) + members.get(REAL, [])
    rows = [row(corpus, members[corpus]) for corpus in (PORTALS, REAL, BUILT, PAIRS)
            if corpus in members]
    rows += [row("real sites with 3+ pages", real),
             row("all sites with 3+ pages", choosing)]
    rows += [row(f"- {name}", [name]) for name in real]
    table = markdown_table(["sites", "hosts", "pages", "rule (pages/share) chosen on the others",
                            "single-page F1", "with templates F1", f"pages losing > {LOSS}"],
                           rows)
    grid_rows = []
    for rule in GRID:
        for corpus in (PORTALS, REAL, BUILT, PAIRS):
            names = members.get(corpus, [])
            gold, singles, texts = gold_of(names), texts_of(None, names), texts_of(rule, names)
            grid_rows.append([corpus, rule.min_pages, rule.min_share, rule.max_body_share,
                              _f1(gold, singles), _f1(gold, texts),
                              f"{_losses(gold, texts, singles)}/{len(gold)}"])
    grid = markdown_table(["sites", "min pages", "min share", "max body share", "single F1",
                           "templates F1", f"pages losing > {LOSS}"], grid_rows)
    notes = (f"Held out: each host scored with the rule that did best on all other hosts of 3+ "
             f"pages. Default {TemplateRule()}.")
    write_result("templates", "Site templates on multi-page sites",
                 f"{table}\n\nEvery rule on every corpus:\n\n{grid}", notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
