"""How well stories find the copies of one story and keep different stories apart.

Real pages: the Scrapinghub pages (tuning) and the html-dev CleanPortalEval news pages (held
out: the thresholds were chosen without them) are extracted; each body gets perturbed copies the way
reposts differ: cut off at 30-70% (a page store's excerpt limit), a paragraph dropped, a
paragraph and a site's furniture added (a share bar, a teaser list, one disclaimer shared by
every copy that "site" carries). The 200 real reposts of reposts-dev are added as distinct
stories of the same kind (economic news, many on the same indicators), except the pairs of them
that carry the same story, which are reported on their own.

Reported: pair recall (pairs of copies of one story that end in one story), false merges (pairs
of different stories in one story), per set, as they are and with each site's template
paragraphs learnt from its pages and removed first (what a batch run does); and the overlap
distribution the thresholds of ``JoinRule`` were read from.

    python bench/stories.py          # writes bench/results/stories.md
"""

from __future__ import annotations

import gzip
import itertools
import json
import random
import sys
import tarfile
import warnings
from collections import defaultdict
from pathlib import Path

# bench/ holds html.py: keep this folder off the front of sys.path, or it would shadow the
# standard library's html module.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]
sys.path.append(str(_HERE))

from _common import data_dir, markdown_table, write_result  # noqa: E402
from newsfacts import Article, Extractor, NewsfactsWarning, Options  # noqa: E402
from newsfacts._blocks import Block  # noqa: E402
from newsfacts._stories.index import JoinRule, StoryIndex  # noqa: E402
from newsfacts._stories.signature import overlap, shingles, sign  # noqa: E402
from newsfacts._templates import TemplateLearner  # noqa: E402

SITES = 12
SAME_TEXT = 0.8  # exact shingle containment at which two originals are one text
CACHE = Path("/tmp/newsfacts-stories-bodies.json")
SHARE_BAR = ["Share on Facebook", "Share on X", "Email this story", "Print"]
DISCLAIMER = ("Disclaimer: the views and opinions expressed in this article are those of the "
              "original author and do not necessarily reflect the official policy or position "
              "of this website. Content is provided for information only and is not investment "
              "advice. Readers should do their own research before acting on any of it, and this "
              "site accepts no liability for losses arising from its use.")


def _extract_all(data: Path) -> dict[str, list[tuple[str, str, str]]]:
    """Set name -> [(key, title, body)], cached between runs (extraction is the slow part)."""
    if CACHE.exists():
        cached: dict[str, list[tuple[str, str, str]]] = {
            k: [tuple(r) for r in v] for k, v in json.loads(CACHE.read_text()).items()}
        return cached
    extractor = Extractor(Options(claims=False))
    sets: dict[str, list[tuple[str, str, str]]] = defaultdict(list)

    def add(name: str, key: str, source: str | bytes, kind: str) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsfactsWarning)
            try:
                article = extractor.extract(source, kind=kind)  # type: ignore[arg-type]
            except Exception:
                return
        sets[name].append((key, article.title or "", article.text))

    for page in sorted((data / "scrapinghub" / "html").glob("*.html.gz")):
        add("scrapinghub", page.name, gzip.decompress(page.read_bytes()), "html")
    with tarfile.open(data / "html-dev" / "pages.tar.gz") as archive:
        pairs = json.load(archive.extractfile("pairs.json"))  # type: ignore[arg-type]
        for page, _gold in pairs["CleanPortalEval-master"]:
            member = archive.extractfile(page)
            if member is not None:
                add("portals", page, member.read(), "html")
    for page in sorted((data / "reposts-dev").glob("*.txt")):
        add("reposts-dev", page.stem, page.read_text(encoding="utf-8"), "text")
    CACHE.write_text(json.dumps(sets))
    return sets


def _words_cut(text: str, share: float) -> str:
    words = text.split(" ")
    return " ".join(words[: max(1, int(len(words) * share))])


class _Site:
    """A reposting site: its own share bar, teaser list and disclaimer on every copy it carries,
    so different stories on one site share furniture, as they do on the web."""

    def __init__(self, number: int, rng: random.Random, titles: list[str]) -> None:
        self.host = f"site{number}.example"
        words = DISCLAIMER.split()
        rng.shuffle(words)
        self.disclaimer = " ".join(words) + f" (site {number})"
        self.top = SHARE_BAR[: 1 + number % 4]
        self.teasers = ["Related: " + t for t in rng.sample(titles, 3) if t]


def _copies(body: str, others: list[tuple[str, str, str]], rng: random.Random,
            sites: list[_Site]) -> list[tuple[str, str]]:
    """Reposted copies of ``body`` and their hosts, each from a different site with that site's
    furniture."""
    paragraphs = body.split("\n\n")
    pick = rng.sample(sites, 5)
    copies = [
        (_words_cut(body, rng.uniform(0.3, 0.7)), pick[4].host),
        ("\n\n".join([*pick[0].top, *paragraphs, *pick[0].teasers, pick[0].disclaimer]),
         pick[0].host),
    ]
    if len(paragraphs) >= 3:
        dropped = list(paragraphs)
        del dropped[rng.randrange(1, len(dropped))]
        copies.append(("\n\n".join([*pick[1].top, *dropped, *pick[1].teasers]), pick[1].host))
        added = list(paragraphs)
        extra = rng.choice(others)[2].split("\n\n")[0]
        added.insert(rng.randrange(1, len(added)), extra)
        copies.append(("\n\n".join([*added, pick[2].disclaimer]), pick[2].host))
    copies.append(("\n\n".join([*pick[3].top, _words_cut(body, rng.uniform(0.4, 0.8)),
                                  *pick[3].teasers, pick[3].disclaimer]), pick[3].host))
    return copies


def _same_text_labels(name: str, pool: list[tuple[str, str, str]]) -> dict[str, str]:
    """One label per distinct text: a test set may hold one page twice (Readability's test
    pages share "Lorem ipsum" bodies), and finding those together is right, not a merge."""
    labels: dict[str, str] = {}
    seen: list[tuple[str, set[str]]] = []
    for key, _title, body in pool:
        found = shingles(body)
        label = next((other for other, known in seen
                      if found and known and len(found & known) / min(len(found), len(known))
                      >= SAME_TEXT), f"{name}:{key}")
        seen.append((label, found))
        labels[key] = label
    return labels


Crawl = list[tuple[str, str, str]]  # (story label, body, host)


def _crawl(sets: dict[str, list[tuple[str, str, str]]], name: str, seed: int = 7) -> Crawl:
    """The originals and copies of ``name`` plus reposts-dev, each original on its own host."""
    rng = random.Random(seed)
    pool = sets[name]
    titles = [title for _, title, _ in pool if title]
    sites = [_Site(number, rng, titles) for number in range(SITES)]
    crawl: Crawl = []
    labels = _same_text_labels(name, pool)
    for number, (key, _title, body) in enumerate(pool):
        crawl.append((labels[key], body, f"original{number}.example"))
        if len(body.split()) < 60:  # too short to be anybody's story: no copies made
            continue
        for copy, host in _copies(body, pool, rng, sites):
            crawl.append((labels[key], copy, host))
    crawl += [(f"reposts-dev:{key}", body, f"{key}.example")
              for key, _t, body in sets["reposts-dev"]]
    rng.shuffle(crawl)
    return crawl


def _with_templates(crawl: Crawl) -> Crawl:
    """The crawl as a batch run sees it: each site's template paragraphs learnt from the site's
    own pages and removed first."""
    learner = TemplateLearner()
    for number, (_label, body, host) in enumerate(crawl):
        learner.add(Article(id=str(number), text=body), f"https://{host}/{number}")
    templates = learner.templates()
    crawl_as_run = []
    for number, (label, body, host) in enumerate(crawl):
        paragraphs = [Block(text) for text in body.split("\n\n")]
        kept, _removed = templates.strip(paragraphs, f"https://{host}/{number}")
        crawl_as_run.append((label, "\n\n".join(block.text for block in kept), host))
    return crawl_as_run


def _score(crawl: Crawl, rule: JoinRule) -> tuple[int, int, int]:
    index = StoryIndex(rule)
    stories = [index.add(str(i), sign(body, host)) for i, (_label, body, host) in enumerate(crawl)]
    same = found = merged = 0
    for i, j in itertools.combinations(range(len(crawl)), 2):
        if crawl[i][0] == crawl[j][0]:
            same += 1
            found += stories[i] == stories[j]
        elif stories[i] == stories[j]:
            merged += 1
    return same, found, merged


def _distribution(crawl: Crawl) -> list[list[object]]:
    """Overlap of same-story pairs vs the closest different-story pairs."""
    signatures = [sign(body) for _, body, _host in crawl]
    same: list[tuple[float, float]] = []
    different: list[tuple[float, float]] = []
    for i, j in itertools.combinations(range(len(crawl)), 2):
        if not (signatures[i].joinable and signatures[j].joinable):
            continue
        pair = overlap(signatures[i], signatures[j], margin=JoinRule().margin)
        (same if crawl[i][0] == crawl[j][0] else different).append(pair)
    rows: list[list[object]] = []
    for floor in (0.4, 0.5, 0.6, 0.7, 0.8):
        rows.append([floor, sum(c >= floor for _, c in same) / max(1, len(same)),
                     sum(c >= floor for _, c in different),
                     sum(c >= floor and j >= JoinRule().jaccard for j, c in different)])
    return rows


def _real_reposts(sets: dict[str, list[tuple[str, str, str]]]
                  ) -> list[tuple[str, str, float, float]]:
    """reposts-dev pairs whose bodies overlap at all: the candidates for one story."""
    docs = [(key, sign(body)) for key, _t, body in sets["reposts-dev"]]
    found = []
    for (a, sa), (b, sb) in itertools.combinations(docs, 2):
        if sa.joinable and sb.joinable:
            jaccard, containment = overlap(sa, sb)
            if containment >= 0.2:
                found.append((a, b, jaccard, containment))
    return found


def main() -> int:
    data = data_dir()
    if data is None:
        return 1
    sets = _extract_all(data)
    rule = JoinRule()
    rows = []
    for name, role in (("portals", "held out"), ("scrapinghub", "tuning")):
        crawl = _crawl(sets, name)
        for templates in (False, True):
            same, found, merged = _score(_with_templates(crawl) if templates else crawl, rule)
            rows.append([f"{name} + reposts-dev ({role})", "yes" if templates else "no",
                         len(crawl), same, found / max(1, same), merged])
    table = markdown_table(["crawl", "site templates first", "pages", "same-story pairs",
                            "pair recall", "different-story pairs merged"], rows)
    spread = markdown_table(
        ["containment >=", "same-story pairs (share)", "different-story pairs",
         f"... with Jaccard >= {JoinRule().jaccard}"], _distribution(_crawl(sets, "scrapinghub")))
    close = "\n".join(f"- {a} / {b}: Jaccard {j:.2f}, containment {c:.2f}"
                      for a, b, j, c in _real_reposts(sets)) or "- none"
    notes = (f"JoinRule: containment >= {rule.containment}, Jaccard >= {rule.jaccard}, "
             f"LSH {rule.lsh_bands} bands of {rule.lsh_rows}. Overlap distribution "
             "(scrapinghub crawl):\n\n"
             f"{spread}\n\nreposts-dev pairs with containment >= 0.2 (real copies):\n\n{close}\n")
    write_result("stories", "Stories: copies joined, different stories kept apart", table, notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
