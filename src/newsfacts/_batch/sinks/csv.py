"""CSV: the claims table flat, one row per claim with the article's input, URL, title and date."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from ..outcomes import Extracted, Outcome
from ..rows import claim_rows
from ..tables import tables
from ._stream import StreamSink, report_error

ARTICLE_COLUMNS = ("input", "url", "title", "published")


def header() -> list[str]:
    return ["article_id", *ARTICLE_COLUMNS,
            *(c for c in tables()["claims"].column_names if c != "article_id")]


def _cell(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


class CsvSink(StreamSink):
    def __init__(self, path: str | None) -> None:
        super().__init__(path)
        self.columns = header()
        self._emit([self.columns])

    def write(self, outcomes: Sequence[Outcome]) -> None:
        rows: list[list[Any]] = []
        for outcome in outcomes:
            if not isinstance(outcome, Extracted):
                report_error(outcome)
                continue
            article = outcome.article
            if article.id in self.seen:
                continue
            self.seen.add(article.id)
            about = {"input": outcome.key, "url": article.url, "title": article.title,
                     "published": article.published}
            for claim in claim_rows(article):
                merged = {**claim, **about}
                rows.append([_cell(merged[name]) for name in self.columns])
        self._emit(rows)

    def _emit(self, rows: list[list[Any]]) -> None:
        buffer = io.StringIO()
        csv.writer(buffer).writerows(rows)
        self.stream.write(buffer.getvalue().encode("utf-8", "replace"))
        self.stream.flush()

    def finish_stories(self) -> None:
        """Nothing to add: the CSV holds the claims of each article, not stories."""
