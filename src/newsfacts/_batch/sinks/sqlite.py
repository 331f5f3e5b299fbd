"""SQLite, the embedded default: standard library only, WAL journal, upserts."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ..._stories import Signature
from ..._templates import SiteTemplates
from ..outcomes import Outcome
from ..tables import LogicalType
from . import SinkError, make_parent_folder
from ._sql import (
    DONE_INPUTS,
    RowWriter,
    StoryWriter,
    create_statements,
    stored_signatures,
    stored_templates,
    write_templates,
)

SQLITE_TYPES: dict[LogicalType, str] = {
    "string": "TEXT",
    "int": "INTEGER",
    "float": "REAL",
    "date": "TEXT",
    "json": "TEXT",
}


def _to_sqlite(value: Any) -> Any:
    # Dates are stored as ISO text; sqlite3's implicit date adapter is deprecated.
    return value.isoformat() if isinstance(value, dt.date) else value


class SqliteSink:
    def __init__(self, path: str) -> None:
        make_parent_folder(path)
        try:
            self.connection = sqlite3.connect(path, isolation_level=None)
            self.connection.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode: a committed batch survives a killed process, only an OS crash
            # may lose the last commits, which --resume redoes.
            self.connection.execute("PRAGMA synchronous=NORMAL")
            self.connection.execute("PRAGMA busy_timeout=30000")
            for statement in create_statements(SQLITE_TYPES):
                self.connection.execute(statement)
        except sqlite3.Error as exc:
            raise SinkError(f"cannot open SQLite database {path}: {exc}") from exc
        self.writer = RowWriter("?", _to_sqlite)
        self.stories = StoryWriter("?", _to_sqlite)

    def done_inputs(self) -> set[str]:
        return {row[0] for row in self.connection.execute(DONE_INPUTS)}

    def write(self, outcomes: Sequence[Outcome]) -> None:
        cursor = self.connection.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        try:
            self.writer.write(cursor, outcomes)
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
        cursor.execute("COMMIT")

    def stored_signatures(self) -> Iterator[tuple[str, str, Signature]]:
        return stored_signatures(self.connection.cursor())

    def finish_stories(self) -> None:
        self._in_transaction(self.stories.write)

    def stored_templates(self) -> SiteTemplates:
        return stored_templates(self.connection.cursor())

    def write_templates(self, templates: SiteTemplates) -> None:
        self._in_transaction(lambda cursor: write_templates(cursor, "?", templates))

    def _in_transaction(self, work: Callable[[sqlite3.Cursor], None]) -> None:
        cursor = self.connection.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        try:
            work(cursor)
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
        cursor.execute("COMMIT")

    def close(self) -> None:
        self.connection.close()
