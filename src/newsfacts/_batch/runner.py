"""The process pool: documents in, outcomes out, in input order.

Why not ``concurrent.futures``: a document that hangs a parser must be killed without losing the
pool, which needs one pipe per worker and the freedom to SIGKILL and replace one of them. Why
processes: lxml is not safe under concurrent threads. Workers start from a fork server that has
preloaded newsfacts, load the pipeline once, and are replaced after ``max_documents_per_worker``
documents so that slow memory growth in any library is capped.

Each worker has up to ``QUEUE_DEPTH`` documents sent ahead, so it starts the next one the moment
it finishes, even while this process is busy writing a batch to the output. A feeder thread per
worker does the sending: a large document does not fit in the pipe while the worker is busy (or
stuck), and this process must stay free to notice a timeout.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from typing import Any

from .._extractor import Extractor
from .._options import Options
from .outcomes import Document, Failed, Outcome, Unreadable
from .worker import READY, serve

_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["newsfacts._batch.worker"])
_STARTUP_SECONDS = 300.0  # loading spaCy on a busy machine is slow, but not this slow
QUEUE_DEPTH = 2
REORDER_WINDOW = 16

Task = tuple[int, Document]  # (sequence number in this run, document)


@dataclass(frozen=True, slots=True)
class RunSettings:
    workers: int = 1
    timeout: float | None = 60.0
    max_documents_per_worker: int = 1000
    options: Options = field(default_factory=Options)
    # Builds each worker's extractor; a module-level callable, since it crosses processes.
    factory: Callable[[Options], Extractor] = Extractor
    # Workers also sign each body for stories, so the one writing process does not have to.
    signatures: bool = False


class WorkerStartError(RuntimeError):
    """A worker died before it could load the pipeline: retrying would only loop."""


class _Worker:
    def __init__(self, settings: RunSettings) -> None:
        self.connection, child = _CONTEXT.Pipe()
        self.process: BaseProcess = _CONTEXT.Process(
            target=serve, args=(child, settings.options, settings.factory, settings.signatures),
            daemon=True,
            name="newsfacts-worker",
        )
        self.process.start()
        child.close()
        self.outbox: queue.SimpleQueue[Document | None] = queue.SimpleQueue()
        self.feeder = threading.Thread(target=self._feed, daemon=True, name="newsfacts-feeder")
        self.feeder.start()
        self.started = time.monotonic()
        self.ready = False
        self.tasks: deque[Task] = deque()
        self.head_started = 0.0  # when the oldest task in the queue began, as far as we know
        self.assigned = 0  # documents ever sent to this worker

    def _feed(self) -> None:
        while True:
            document = self.outbox.get()
            try:
                self.connection.send(document)  # None tells the worker to exit
            except (OSError, ValueError):  # the worker was killed; nothing left to feed
                return
            if document is None:
                return

    def submit(self, task: Task) -> None:
        self.outbox.put(task[1])
        if not self.tasks:
            self.head_started = time.monotonic()
        self.tasks.append(task)
        self.assigned += 1

    def finish_head(self) -> Task:
        task = self.tasks.popleft()
        self.head_started = time.monotonic()  # the worker has moved on to the next one
        return task

    def stop(self, *, kill: bool) -> None:
        self.outbox.put(None)
        if kill:
            self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.feeder.join(timeout=5)
        self.connection.close()


class _Pool:
    def __init__(self, settings: RunSettings) -> None:
        self.settings = settings
        self.workers = [_Worker(settings) for _ in range(max(1, settings.workers))]
        self.retry: deque[Task] = deque()  # queued behind a killed document, never started

    def free_worker(self) -> _Worker | None:
        """A ready worker with room in its queue and quota left, the least loaded first."""
        quota = self.settings.max_documents_per_worker
        open_workers = [w for w in self.workers
                        if w.ready and len(w.tasks) < QUEUE_DEPTH and w.assigned < quota]
        return min(open_workers, key=lambda w: len(w.tasks), default=None)

    def collect(self) -> list[tuple[int, Outcome]]:
        """Wait for at least one event (a result, a death, a timeout) and return the outcomes."""
        waiting: dict[Any, _Worker] = {
            w.connection: w for w in self.workers if w.tasks or not w.ready
        }
        if not waiting:
            return []
        finished: list[tuple[int, Outcome]] = []
        for connection in wait(list(waiting), timeout=self._seconds_to_next_deadline()):
            worker = waiting[connection]
            try:
                message = worker.connection.recv()
            except (EOFError, OSError):
                finished += self._replace(worker, "WorkerCrashed", self._death_note(worker))
                continue
            if message == READY:
                worker.ready = True
                continue
            sequence, _ = worker.finish_head()
            finished.append((sequence, message))
            if not worker.tasks and worker.assigned >= self.settings.max_documents_per_worker:
                self._swap(worker, kill=False)
        finished += self._enforce_deadlines()
        return finished

    def _seconds_to_next_deadline(self) -> float | None:
        now = time.monotonic()
        deadlines = [w.started + _STARTUP_SECONDS for w in self.workers if not w.ready]
        if self.settings.timeout is not None:
            deadlines += [w.head_started + self.settings.timeout
                          for w in self.workers if w.tasks]
        return max(0.0, min(deadlines) - now) if deadlines else None

    def _enforce_deadlines(self) -> list[tuple[int, Outcome]]:
        now = time.monotonic()
        timeout = self.settings.timeout
        finished: list[tuple[int, Outcome]] = []
        for worker in list(self.workers):
            if not worker.ready and now - worker.started > _STARTUP_SECONDS:
                raise WorkerStartError(f"a worker did not load the pipeline in {_STARTUP_SECONDS}s")
            if worker.tasks and timeout is not None and now - worker.head_started > timeout:
                note = f"extraction took over {timeout:g}s; the worker was killed and replaced"
                finished += self._replace(worker, "TimeoutError", note)
        return finished

    def _death_note(self, worker: _Worker) -> str:
        worker.process.join(timeout=5)
        return f"the worker process died (exit code {worker.process.exitcode}) on this document"

    def _replace(self, worker: _Worker, error_type: str, message: str) -> list[tuple[int, Outcome]]:
        """Kill ``worker``: its current document fails, the ones queued behind it are redone."""
        if not worker.tasks:
            if not worker.ready:
                worker.stop(kill=True)
                raise WorkerStartError("a worker died while loading the pipeline")
            self._swap(worker, kill=True)
            return []
        sequence, document = worker.tasks.popleft()
        self.retry.extend(worker.tasks)
        worker.tasks.clear()
        self._swap(worker, kill=True)
        return [(sequence, Failed(document.key, document.position, error_type, message))]

    def _swap(self, worker: _Worker, *, kill: bool) -> None:
        worker.stop(kill=kill)
        self.workers[self.workers.index(worker)] = _Worker(self.settings)

    def shutdown(self) -> None:
        for worker in self.workers:
            worker.stop(kill=bool(worker.tasks) or not worker.ready)


def run(items: Iterable[Document | Unreadable], settings: RunSettings
        ) -> Generator[Outcome, None, None]:
    """Extract every document in parallel and yield the outcomes in input order.

    At most ``REORDER_WINDOW`` documents per worker are read ahead of the oldest unfinished
    one: enough that one slow page (ten times the median is common) does not leave the other
    workers idle, few enough that the reorder buffer stays small.
    """
    window = REORDER_WINDOW * max(1, settings.workers)
    pool = _Pool(settings)
    done: dict[int, Outcome] = {}
    source = iter(items)
    submitted = emitted = 0
    exhausted = False
    try:
        while True:
            while (worker := pool.free_worker()) is not None:
                if pool.retry:
                    worker.submit(pool.retry.popleft())
                    continue
                if exhausted or submitted - emitted >= window:
                    break
                item = next(source, None)
                if item is None:
                    exhausted = True
                elif isinstance(item, Unreadable):
                    done[submitted] = Failed(item.key, item.position, item.error_type,
                                             item.message)
                    submitted += 1
                else:
                    worker.submit((submitted, item))
                    submitted += 1
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1
            if exhausted and emitted == submitted:
                return
            done.update(pool.collect())
    finally:
        pool.shutdown()
