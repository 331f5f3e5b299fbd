"""One batch run: read, skip what a resumed output already holds, extract, write in batches.

With site templates on, a first pass extracts every document on its own (claims off) and
counts, per host, the blocks that recur (:mod:`newsfacts._templates`); the templates found, with
those an earlier run stored in the same output, go to the ``templates`` table and to every
worker of the second pass, which extracts with them.

With stories on, each article is filed in a story before it is written (its ``story_id``; the
signature goes to ``story_signatures``), starting from the signatures an earlier run left in the
same output, and the ``stories`` tables are rewritten when the run ends.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .._stories import StoryIndex, sign
from .._templates import SiteTemplates, TemplateLearner, host_of
from .outcomes import Document, Extracted, Failed, Outcome, Unreadable
from .readers import JsonFields, iter_documents
from .runner import RunSettings, run
from .sinks import Sink, SinkError

ErrorPolicy = Literal["skip", "record", "fail"]

# A killed run loses at most one uncommitted batch; small enough to redo, large enough that
# commits do not dominate.
COMMIT_EVERY_DOCUMENTS = 64
COMMIT_EVERY_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class BatchConfig:
    inputs: Sequence[str]
    settings: RunSettings = field(default_factory=RunSettings)
    fields: JsonFields = field(default_factory=JsonFields)
    errors: ErrorPolicy = "record"
    resume: bool = False
    stories: bool = False
    templates: bool = False


@dataclass(slots=True)
class Summary:
    documents: int = 0
    articles: int = 0
    claims: int = 0
    errors: int = 0
    resumed: int = 0
    template_blocks: int | None = None  # site-template blocks in use, when on
    stories: int | None = None  # distinct stories among all articles filed, when on
    stopped_early: bool = False
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        elapsed = self.seconds or (time.monotonic() - self.started)
        return self.documents / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        resumed = f", {self.resumed} already done" if self.resumed else ""
        stories = "" if self.stories is None else f", {self.stories} stories"
        if self.template_blocks is not None:
            stories += f", {self.template_blocks} site-template blocks"
        return (f"{self.documents} documents, {self.articles} articles{stories}, "
                f"{self.claims} claims, {self.errors} errors{resumed}, {self.seconds:.1f} s, "
                f"{self.rate:.1f} documents/s")


def run_batch(config: BatchConfig, sink: Sink,
              progress: Callable[[Summary], None] | None = None) -> Summary:
    """Run the whole batch into ``sink`` (which the caller opens and closes)."""
    summary = Summary()
    if config.templates:
        templates = learn_templates(config).merged(sink.stored_templates())
        sink.write_templates(templates)
        summary.template_blocks = len(templates)
        options = dataclasses.replace(config.settings.options, templates=templates)
        config = dataclasses.replace(
            config, settings=dataclasses.replace(config.settings, options=options))
    index = _story_index(sink) if config.stories else None
    if index is not None:
        config = dataclasses.replace(
            config, settings=dataclasses.replace(config.settings, signatures=True))
    done = sink.done_inputs() if config.resume else set()
    items = _not_done(iter_documents(config.inputs, fields=config.fields,
                                     max_bytes=config.settings.options.max_bytes),
                      done, summary)
    pending: list[Outcome] = []
    last_commit = time.monotonic()
    outcomes = run(items, config.settings)
    try:
        for outcome in outcomes:
            summary.documents += 1
            if isinstance(outcome, Extracted):
                if index is not None:
                    outcome = _file_story(index, outcome)
                summary.articles += 1
                summary.claims += len(outcome.article.claims)
                pending.append(outcome)
            else:
                summary.errors += 1
                if config.errors != "skip":
                    pending.append(outcome)
            if progress is not None:
                progress(summary)
            if isinstance(outcome, Failed) and config.errors == "fail":
                summary.stopped_early = True
                break
            if (len(pending) >= COMMIT_EVERY_DOCUMENTS
                    or time.monotonic() - last_commit >= COMMIT_EVERY_SECONDS):
                _write(sink, pending)
                pending = []
                last_commit = time.monotonic()
    except SinkError:
        pending = []  # the output is gone: nothing more can be written
        raise
    finally:
        outcomes.close()  # stops the workers now, also on --errors fail or Ctrl-C
        if pending:  # what is done stays done, also on Ctrl-C
            _write(sink, pending)
        summary.seconds = time.monotonic() - summary.started
    if index is not None:
        try:
            sink.finish_stories()
        except Exception as exc:
            raise SinkError(f"writing the stories failed: {exc}; rerun with --resume") from exc
        summary.stories = len({index.story_of(a) for a in index.article_ids()})
        summary.seconds = time.monotonic() - summary.started
    return summary


def learn_templates(config: BatchConfig) -> SiteTemplates:
    """The first pass: every input extracted on its own, claims off, its blocks counted."""
    options = dataclasses.replace(config.settings.options, claims=False, templates=None)
    settings = dataclasses.replace(config.settings, options=options)
    learner = TemplateLearner()
    items = iter_documents(config.inputs, fields=config.fields, max_bytes=options.max_bytes)
    outcomes = run(items, settings)
    try:
        for outcome in outcomes:
            if isinstance(outcome, Extracted):
                learner.add(outcome.article)
    finally:
        outcomes.close()
    return learner.templates()


def _story_index(sink: Sink) -> StoryIndex:
    index = StoryIndex()
    index.load(sink.stored_signatures())
    return index


def _file_story(index: StoryIndex, outcome: Extracted) -> Extracted:
    signature = outcome.signature or sign(outcome.article.text, host_of(outcome.article.url))
    story_id = index.add(outcome.article.id, signature)
    article = dataclasses.replace(outcome.article, story_id=story_id)
    return dataclasses.replace(outcome, article=article, signature=signature)


def _write(sink: Sink, outcomes: list[Outcome]) -> None:
    try:
        sink.write(outcomes)
    except Exception as exc:  # each database has its own error classes
        raise SinkError(f"writing to the output failed: {exc}; rerun with --resume") from exc


def _not_done(items: Iterator[Document | Unreadable], done: set[str],
              summary: Summary) -> Iterator[Document | Unreadable]:
    for item in items:
        if item.key in done:
            summary.resumed += 1
        else:
            yield item
