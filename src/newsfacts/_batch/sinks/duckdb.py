"""DuckDB (the optional ``[duckdb]`` extra): the same tables and upserts as SQLite."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from ..outcomes import Outcome
from ..tables import LogicalType
from . import SinkError
from ._sql import DONE_INPUTS, RowWriter, create_statements

DUCKDB_TYPES: dict[LogicalType, str] = {
    "string": "VARCHAR",
    "int": "BIGINT",
    "float": "DOUBLE",
    "date": "DATE",
    "json": "VARCHAR",
}


class DuckdbSink:
    def __init__(self, path: str) -> None:
        try:
            import duckdb
        except ImportError as exc:
            raise SinkError("the duckdb format needs duckdb: pip install 'newsfacts[duckdb]'"
                            ) from exc
        folder = os.path.dirname(path)
        if folder:
            os.makedirs(folder, exist_ok=True)
        try:
            self.connection: Any = duckdb.connect(path)
            for statement in create_statements(DUCKDB_TYPES):
                self.connection.execute(statement)
        except duckdb.Error as exc:
            raise SinkError(f"cannot open DuckDB database {path}: {exc}") from exc
        self.writer = RowWriter("?")

    def done_inputs(self) -> set[str]:
        return {row[0] for row in self.connection.execute(DONE_INPUTS).fetchall()}

    def write(self, outcomes: Sequence[Outcome]) -> None:
        cursor = self.connection.cursor()
        cursor.execute("BEGIN TRANSACTION")
        try:
            self.writer.write(cursor, outcomes)
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
        cursor.execute("COMMIT")
        cursor.close()

    def close(self) -> None:
        self.connection.close()
