"""DuckDB (the optional ``[duckdb]`` extra): the same tables and upsert rules as the others.

DuckDB pays a high price per bound parameter: inserting a batch row by row (or as one big
multi-row INSERT) costs more than extracting it. So each batch is written as JSON Lines to a
private temporary folder, loaded into staging tables with ``read_json``, and applied with the
same set-based statements as PostgreSQL: about 2 ms per article with twenty claims.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ..._stories import Signature
from ..._templates import SiteTemplates
from ..outcomes import Outcome
from ..tables import WHOLE_TABLES, LogicalType, quote, tables
from . import SinkError, make_parent_folder
from ._sql import (
    DONE_INPUTS,
    StoryWriter,
    create_statements,
    stage_rows,
    staged_statements,
    stored_signatures,
    stored_templates,
    write_templates,
)

DUCKDB_TYPES: dict[LogicalType, str] = {
    "string": "VARCHAR",
    "int": "BIGINT",
    "float": "DOUBLE",
    "date": "DATE",
    "json": "VARCHAR",
}


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot stage a {type(value).__name__}")


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _staged() -> list[str]:
    return [name for name in tables() if name not in WHOLE_TABLES]


class DuckdbSink:
    def __init__(self, path: str) -> None:
        try:
            import duckdb
        except ImportError as exc:
            raise SinkError("the duckdb format needs duckdb: pip install 'newsfacts[duckdb]'"
                            ) from exc
        make_parent_folder(path)
        try:
            self.connection: Any = duckdb.connect(path)
            for statement in create_statements(DUCKDB_TYPES):
                self.connection.execute(statement)
            for name in _staged():
                self.connection.execute(f"CREATE TEMP TABLE stage_{name} AS "
                                        f"SELECT *, 0::BIGINT AS _seq FROM {name} LIMIT 0")
        except duckdb.Error as exc:
            raise SinkError(f"cannot open DuckDB database {path}: {exc}") from exc
        self.staging = tempfile.mkdtemp(prefix="newsfacts-duckdb-")
        self.loads = {name: self._load_statement(name) for name in _staged()}
        self.statements = staged_statements()
        self.stories = StoryWriter("?")

    def _load_statement(self, name: str) -> str:
        columns = [*tables()[name].column_names, "_seq"]
        names = ", ".join(map(quote, columns))
        # Everything is read as text and cast by the typed staging table, so DuckDB's type
        # guessing never sees the data.
        as_text = ", ".join(f"{_sql_string(c)}: 'VARCHAR'" for c in columns)
        source = _sql_string(os.path.join(self.staging, f"{name}.jsonl"))
        return (f"INSERT INTO stage_{name} ({names}) SELECT {names} FROM read_json({source}, "
                f"format = 'newline_delimited', columns = {{{as_text}}})")

    def done_inputs(self) -> set[str]:
        return {row[0] for row in self.connection.execute(DONE_INPUTS).fetchall()}

    def write(self, outcomes: Sequence[Outcome]) -> None:
        staged = {name: rows for name, rows in stage_rows(outcomes).items() if name in self.loads}
        for name, rows in staged.items():
            columns = [*tables()[name].column_names, "_seq"]
            with open(os.path.join(self.staging, f"{name}.jsonl"), "w", encoding="utf-8") as out:
                for row in rows:
                    out.write(json.dumps(dict(zip(columns, row, strict=True)),
                                         default=_json_default))
                    out.write("\n")
        # Not .cursor(): that opens another connection, which cannot see the staging tables.
        connection = self.connection
        connection.execute("BEGIN TRANSACTION")
        try:
            for name, rows in staged.items():
                if rows:
                    connection.execute(self.loads[name])
            for statement in self.statements:
                connection.execute(statement)
            for name in self.loads:
                connection.execute(f"DELETE FROM stage_{name}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    def stored_signatures(self) -> Iterator[tuple[str, str, Signature]]:
        return stored_signatures(self.connection)

    def finish_stories(self) -> None:
        self._in_transaction(self.stories.write)

    def stored_templates(self) -> SiteTemplates:
        return stored_templates(self.connection)

    def write_templates(self, templates: SiteTemplates) -> None:
        self._in_transaction(lambda connection: write_templates(connection, "?", templates))

    def _in_transaction(self, work: Callable[[Any], None]) -> None:
        connection = self.connection
        connection.execute("BEGIN TRANSACTION")
        try:
            work(connection)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    def close(self) -> None:
        self.connection.close()
        shutil.rmtree(self.staging, ignore_errors=True)
