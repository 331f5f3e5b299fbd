"""Batch throughput and memory: ``newsfacts extract`` machinery on the Scrapinghub pages.

The 181 pages are repeated (as symbolic links) to ``--docs`` documents and run through the batch
runner into a SQLite file, once per ``-j`` value. Reported: documents per second over the whole
run (start-up included) and after the first document (steady state), and the resident memory of
the whole process tree (this process, the fork server, the workers) early and late in the run:
the median over the first and over the last thousand documents (a fifth of the run when it is
shorter), so a worker being replaced at that moment does not decide the figure.

    python bench/batch.py [--docs 5000] [--jobs 1 2] [--repeats 1]
    python bench/batch.py --stories --docs 10000 [--no-claims]

``--stories`` measures stories at scale instead: a synthetic crawl made from the bundled
examples (their clean text; each "story" is an example with a quarter of its words swapped for
story-specific ones, so stories do not overlap, and each story comes as an original and four
copies: cut off, a paragraph dropped, furniture added, both), run with stories off and on. It
reports documents per second, the resident memory of this process (where the story index
lives) early and late, and the number of signatures the index keeps in its LSH.

With ``--repeats N`` the -j values take turns N times (1, 2, 1, 2, ...), so load from other jobs
on a shared machine falls on all of them alike; the speed-up is the ratio of the medians.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

# bench/ holds html.py: keep this folder off the front of sys.path, or it would shadow the
# standard library's html module (and the worker processes inherit sys.path).
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]
sys.path.append(str(_HERE))

from _common import data_dir, markdown_table, write_result  # noqa: E402
from newsfacts import Options  # noqa: E402
from newsfacts._batch import BatchConfig, RunSettings, Summary, open_sink, run_batch  # noqa: E402

SAMPLE_EVERY_DOCUMENTS = 50


TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")


def tree_rss_mb(cpu_seconds: dict[int, float]) -> float:
    """Resident memory of this process and all its descendants, in MB (Linux /proc).

    Also records each process's CPU time so far in ``cpu_seconds`` (by pid), so the CPU of
    workers that have since been replaced is still counted.
    """
    total_kb = 0
    pending = [os.getpid()]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total_kb += int(line.split()[1])
            with open(f"/proc/{current}/stat", encoding="ascii") as stat:
                # utime and stime are fields 14 and 15; the name in field 2 may hold spaces.
                fields = stat.read().rsplit(")", 1)[1].split()
                cpu_seconds[current] = (int(fields[11]) + int(fields[12])) / TICKS_PER_SECOND
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as kids:
                    pending += [int(child) for child in kids.read().split()]
        except (FileNotFoundError, ProcessLookupError):  # it ended while we looked
            continue
    return total_kb / 1024


@dataclass
class Samples:
    """(documents done, seconds since start, tree RSS in MB) as the run goes."""

    points: list[tuple[int, float, float]] = field(default_factory=list)
    cpu_seconds: dict[int, float] = field(default_factory=dict)
    next_at: int = 1
    started: float = field(default_factory=time.monotonic)

    def __call__(self, summary: Summary) -> None:
        if summary.documents >= self.next_at:
            self.points.append((summary.documents, time.monotonic() - self.started,
                                tree_rss_mb(self.cpu_seconds)))
            self.next_at = summary.documents + SAMPLE_EVERY_DOCUMENTS


def corpus(folder: Path, pages: list[Path], documents: int) -> None:
    for n in range(documents):
        page = pages[n % len(pages)]
        (folder / f"{n:06d}-{page.name}").symlink_to(page)


@dataclass(frozen=True)
class Run:
    jobs: int
    steady_rate: float  # documents per second after the first document
    row: list[object]  # the table row


def measure(folder: Path, documents: int, jobs: int) -> Run:
    output = folder.parent / f"out-j{jobs}.sqlite"
    config = BatchConfig(inputs=[str(folder)],
                         settings=RunSettings(workers=jobs, options=Options()))
    sink = open_sink(str(output), "sqlite", resume=False)
    samples = Samples()
    cpu_started = time.process_time()
    try:
        summary = run_batch(config, sink, samples)
    finally:
        sink.close()
    # The one process that reads, orders and writes: its cost per document bounds the speed-up.
    main_cpu_ms = (time.process_time() - cpu_started) * 1000 / max(1, summary.documents)
    tree_rss_mb(samples.cpu_seconds)  # a last CPU reading of this process and the fork server
    tree_cpu_ms = sum(samples.cpu_seconds.values()) * 1000 / max(1, summary.documents)
    window = min(1000, max(1, documents // 5))
    early = [rss for done, _, rss in samples.points if done <= window]
    late = [rss for done, _, rss in samples.points if done > documents - window]
    first_done, first_seconds, _ = samples.points[0]
    steady = (summary.documents - first_done) / (summary.seconds - first_seconds)
    if summary.errors:
        print(f"-j {jobs}: {summary.errors} documents failed", file=sys.stderr)
    return Run(jobs, steady, [
        jobs, summary.documents, summary.seconds, summary.rate, steady, main_cpu_ms, tree_cpu_ms,
        statistics.median(early), statistics.median(late),
        statistics.median(late) - statistics.median(early),
        max(rss for _, _, rss in samples.points)])


COPIES_PER_STORY = 5
_VOCABULARY = ("amber", "basalt", "cobalt", "delta", "ember", "fjord", "garnet", "harbor",
               "indigo", "juniper", "kestrel", "lagoon", "meadow", "nimbus", "onyx", "prairie",
               "quartz", "raven", "sierra", "tundra", "umber", "valley", "willow", "zephyr")


def _example_texts() -> list[str]:
    from newsfacts import Extractor, NewsfactsWarning

    extractor = Extractor(Options(claims=False))
    texts = []
    for page in sorted((_HERE.parent / "examples").iterdir()):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsfactsWarning)
            article = extractor.extract(page.read_bytes())
        texts.append(f"{article.title}\n\n{article.text}")
    return texts


def _story(base: str, number: int, rng: random.Random) -> str:
    """``base`` with every fourth word swapped for one of this story's own words."""
    own = [f"{rng.choice(_VOCABULARY)}{number}" for _ in range(8)]
    paragraphs = []
    for paragraph in base.split("\n\n"):
        words = paragraph.split(" ")
        paragraphs.append(" ".join(own[i % 8] if i % 4 == 3 else w for i, w in enumerate(words)))
    return "\n\n".join(paragraphs)


def _copies(story: str, rng: random.Random) -> list[str]:
    paragraphs = story.split("\n\n")
    words = story.split(" ")
    furniture = ["Share on X | Share on Facebook", "Most read today",
                 f"Copyright {rng.randint(2000, 2030)} Example Media"]
    dropped = paragraphs[:1] + paragraphs[2:] if len(paragraphs) > 2 else paragraphs
    return [
        story,
        " ".join(words[: int(len(words) * rng.uniform(0.5, 0.8))]),
        "\n\n".join(dropped),
        "\n\n".join([furniture[0], *paragraphs, *furniture[1:]]),
        "\n\n".join([furniture[0], *dropped[:-1]]),
    ]


def story_corpus(folder: Path, documents: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    bases = _example_texts()
    written = 0
    number = 0
    while written < documents:
        story = _story(bases[number % len(bases)], number, rng)
        for copy in _copies(story, rng)[: documents - written]:
            (folder / f"{written:06d}.txt").write_text(copy, encoding="utf-8")
            written += 1
        number += 1


def _own_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def measure_stories(folder: Path, documents: int, jobs: int, stories: bool,
                    claims: bool) -> list[object]:
    output = folder.parent / f"out-{stories}.sqlite"
    config = BatchConfig(inputs=[str(folder)], stories=stories,
                         settings=RunSettings(workers=jobs, options=Options(claims=claims)))
    sink = open_sink(str(output), "sqlite", resume=False)
    samples: list[tuple[int, float]] = []

    def sample(summary: Summary) -> None:
        if summary.documents % SAMPLE_EVERY_DOCUMENTS == 0:
            samples.append((summary.documents, _own_rss_mb()))

    try:
        summary = run_batch(config, sink, sample)
    finally:
        sink.close()
    output.unlink()
    window = max(1, documents // 10)
    early = statistics.median(rss for done, rss in samples if done <= window)
    late = statistics.median(rss for done, rss in samples if done > documents - window)
    return [documents, "on" if stories else "off", "on" if claims else "off", jobs,
            summary.seconds, summary.rate, early, late, late - early,
            "" if summary.stories is None else summary.stories]


STORY_HEADER = ["documents", "stories", "claims", "-j", "seconds", "docs/s",
                "main RSS early MB", "main RSS late MB", "growth MB", "stories found"]


def stories_main(documents: int, jobs: int, claims: bool) -> None:
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as temp:
        folder = Path(temp) / "pages"
        folder.mkdir()
        story_corpus(folder, documents)
        for stories in (False, True):
            rows.append(measure_stories(folder, documents, jobs, stories, claims))
            print(markdown_table(STORY_HEADER, [rows[-1]]), file=sys.stderr)
    notes = (f"Synthetic crawl from the bundled examples: {documents // COPIES_PER_STORY} "
             f"stories, {COPIES_PER_STORY} copies each, plain text files, into SQLite. Main RSS: "
             "this process (reader, story index, writer), median over the first and last tenth "
             f"of the run. Load average {os.getloadavg()[0]:.1f} after the runs.")
    name = f"batch-stories-{documents}" + ("" if claims else "-noclaims")
    write_result(name, "Batch with stories: speed and memory", markdown_table(STORY_HEADER, rows),
                 notes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=5000, help="documents per run")
    parser.add_argument("--stories", action="store_true",
                        help="measure stories on a synthetic crawl of perturbed copies")
    parser.add_argument("--no-claims", action="store_true", help="with --stories: claims off")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="-j values to run")
    parser.add_argument("--repeats", type=int, default=1, help="runs per -j value, interleaved")
    args = parser.parse_args()
    if args.stories:
        stories_main(args.docs, max(args.jobs), claims=not args.no_claims)
        return
    data = data_dir()
    if data is None:
        sys.exit(1)
    pages = sorted((data / "scrapinghub" / "html").glob("*.html.gz"))
    runs: list[Run] = []
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as temp:
        folder = Path(temp) / "pages"
        folder.mkdir()
        corpus(folder, pages, args.docs)
        for _ in range(args.repeats):
            for jobs in args.jobs:
                runs.append(measure(folder, args.docs, jobs))
                print(markdown_table(HEADER, [runs[-1].row]), file=sys.stderr)
    steady = {jobs: statistics.median(run.steady_rate for run in runs if run.jobs == jobs)
              for jobs in args.jobs}
    base = steady[args.jobs[0]]
    speedups = ", ".join(f"-j {jobs}: {rate / base:.2f}x" for jobs, rate in steady.items()
                         if jobs != args.jobs[0])
    notes = (f"{len(pages)} Scrapinghub pages repeated to {args.docs} documents, into SQLite, "
             f"claims on, default pipeline. Speed-up over -j {args.jobs[0]} (medians of the "
             f"steady-state rates over {args.repeats} interleaved runs each): "
             f"{speedups or 'n/a'}. Memory: resident set of this process, the fork server and "
             "the workers, summed (shared pages count once per process); median over the first "
             "and the last thousand documents. The machine is shared: load average "
             f"{load_before:.1f} before the runs and {os.getloadavg()[0]:.1f} after.")
    table = markdown_table(HEADER, [run.row for run in runs])
    write_result("batch", "Batch: documents per second and memory", table, notes)


HEADER = ["-j", "documents", "seconds", "docs/s (all)", "docs/s (steady)",
          "main CPU ms/doc", "all CPU ms/doc", "RSS early MB",
          "RSS late MB", "growth MB", "RSS max MB"]


if __name__ == "__main__":
    main()
