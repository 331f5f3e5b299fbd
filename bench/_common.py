"""What every benchmark shares: where the public data sets are, how results are written, and
how texts and numbers are compared the way the corpora's own scorers compare them.

Benchmarks read data from ``../shared/data`` beside the checkout (or ``$NEWSFACTS_DATA``), print a
Markdown table and write it to ``bench/results/NAME.md``, which README links to.
"""

from __future__ import annotations

import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SPACES = re.compile(r"\s+")
RESULTS = ROOT / "bench" / "results"


def data_dir() -> Path | None:
    """The shared data folder, or None (after saying so) when this checkout has none beside it."""
    configured = os.environ.get("NEWSFACTS_DATA")
    path = Path(configured) if configured else ROOT.parent / "shared" / "data"
    if not path.is_dir():
        print(f"benchmark data not found at {path}; set NEWSFACTS_DATA to the data folder",
              file=sys.stderr)
        return None
    return path


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    def cell(value: object) -> str:
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def write_result(name: str, title: str, table: str, notes: str = "") -> Path:
    """Print the table and write it with the machine it ran on to bench/results/NAME.md."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y-%m-%d")
    python = f"{platform.python_implementation()} {platform.python_version()}"
    machine = f"{python}, {os.cpu_count()} cores"
    body = f"## {title}\n\n{table}\n\n_Measured {stamp} on {machine}. {notes}_\n"
    path = RESULTS / f"{name}.md"
    path.write_text(body, encoding="utf-8")
    print(body)
    return path


def median_seconds(run: Callable[[], object], repeats: int = 3) -> float:
    """Median wall time of ``repeats`` runs: these machines are shared and noisy."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def flat(text: object) -> str:
    """``text`` with runs of spaces (no-break ones too) as one space, ends trimmed."""
    return _SPACES.sub(" ", str(text or "").replace("\u00a0", " ")).strip()


# Grammar words left out when an annotated concept and a claim's metric are compared word by word.
GRAMMAR_WORDS = frozenset({
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
    "its", "their", "his", "her", "our", "this", "that", "these", "those", "it", "as", "per",
})  # fmt: skip


def singular(word: str) -> str:
    """A plural English word's singular, by its ending (enough to compare concepts)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def concept_words(text: str | None) -> frozenset[str] | None:
    """The content words of a concept or metric, singular and lower case; None when empty.
    Two metrics agree partly when they share one (as CQE's paper scores concepts)."""
    if text is None or text.strip() in ("", "-"):
        return None
    words = {singular(w) for w in re.findall(r"[a-z0-9]+", text.lower())} - GRAMMAR_WORDS
    return frozenset(words) or None


def as_number(value: object) -> float | None:
    """An annotation's value as a float, or None where it is not a number (a date, null)."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
