"""The process pool: input order kept, stuck workers killed, crashed workers replaced."""

from __future__ import annotations

import pytest

from batch_doubles import CRASH_MARKER, HANG_MARKER, MisbehavingExtractor, PidExtractor
from newsfacts import Options
from newsfacts._batch.outcomes import Document, Extracted, Failed, Outcome, Unreadable
from newsfacts._batch.runner import RunSettings, run

FAST = Options(claims=False)


def story(n: int, paragraphs: int = 1) -> str:
    """A small plain-text article, different for every n."""
    body = "\n\n".join(f"Paragraph {p} of story {n}: sales rose {n % 17}.{p}% in the quarter."
                       for p in range(paragraphs))
    return f"Story number {n}\n\n{body}\n"


def documents(texts: list[str]) -> list[Document | Unreadable]:
    return [Document(f"doc-{i}", i, text.encode(), kind="text") for i, text in enumerate(texts)]


def run_all(items: list[Document | Unreadable], **settings: object) -> list[Outcome]:
    return list(run(items, RunSettings(**settings)))  # type: ignore[arg-type]


def test_outcomes_come_back_in_input_order_from_several_workers() -> None:
    # Documents of very different sizes finish out of order; the writer must not see that.
    texts = [story(n, paragraphs=1 + (n * 7) % 40) for n in range(60)]
    items = documents(texts)
    items[10] = Unreadable("doc-10", 10, "JSONDecodeError", "the line is not JSON")
    outcomes = run_all(items, workers=2, options=FAST)
    assert [o.key for o in outcomes] == [f"doc-{i}" for i in range(60)]
    assert isinstance(outcomes[10], Failed)
    assert all(isinstance(o, Extracted) for i, o in enumerate(outcomes) if i != 10)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_stuck_document_is_killed_at_the_timeout_and_the_batch_goes_on(workers: int) -> None:
    texts = [story(n) for n in range(6)]
    texts[2] = HANG_MARKER
    # Queued behind the stuck one, and larger than a pipe holds (64 KiB on Linux): sending it
    # must not block the process that has to notice the timeout. Not much larger: it must
    # itself finish well inside the timeout on a loaded machine.
    texts[3] = story(3, paragraphs=1500)
    assert len(texts[3].encode()) > 64 * 1024
    outcomes = run_all(documents(texts), workers=workers, timeout=2.0, options=FAST,
                       factory=MisbehavingExtractor)
    assert [o.key for o in outcomes] == [f"doc-{i}" for i in range(6)]
    stuck = outcomes[2]
    assert isinstance(stuck, Failed)
    assert stuck.error_type == "TimeoutError"
    assert "killed" in stuck.message
    assert all(isinstance(o, Extracted) for i, o in enumerate(outcomes) if i != 2)


def test_a_worker_that_dies_is_replaced_and_only_its_document_fails() -> None:
    texts = [story(n) for n in range(8)]
    texts[1] = texts[5] = CRASH_MARKER
    outcomes = run_all(documents(texts), workers=1, options=FAST, factory=MisbehavingExtractor)
    failed = {o.key: o.error_type for o in outcomes if isinstance(o, Failed)}
    assert failed == {"doc-1": "WorkerCrashed", "doc-5": "WorkerCrashed"}
    assert len(outcomes) == 8


def test_workers_are_replaced_after_their_quota_of_documents() -> None:
    outcomes = run_all(documents([story(n) for n in range(10)]), workers=1, options=FAST,
                       max_documents_per_worker=3, factory=PidExtractor)
    pids = [o.article.url for o in outcomes if isinstance(o, Extracted)]
    assert len(pids) == 10
    # The warm-up document counts for nothing: each worker serves exactly three real ones.
    runs = [pids[i:i + 3] for i in range(0, 10, 3)]
    assert all(len(set(group)) == 1 for group in runs)
    assert len(set(pids)) == 4
