"""PostgreSQL (the optional ``[postgres]`` extra, psycopg 3): COPY into staging tables, then upsert.

COPY is the fast way in; the staging tables let one ``INSERT ... SELECT ... ON CONFLICT`` per
table apply the same upsert rules as the other databases to a whole batch inside one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from ..outcomes import Extracted, Outcome
from ..rows import article_row, claim_rows, error_row, removal_rows
from ..tables import LogicalType, quote, tables
from . import SinkError
from ._sql import DONE_INPUTS, create_statements, upsert_statement

POSTGRES_TYPES: dict[LogicalType, str] = {
    "string": "text",
    "int": "bigint",
    "float": "double precision",
    "date": "date",
    "json": "jsonb",
}
CONNECT_TIMEOUT_SECONDS = 10


def describe(url: str) -> str:
    """The URL without its password, for error messages."""
    parts = urlsplit(url)
    where = parts.hostname or "the local socket"
    port = f":{parts.port}" if parts.port else ""
    user = f"{parts.username}@" if parts.username else ""
    return f"{parts.scheme}://{user}{where}{port}{parts.path}"


class PostgresSink:
    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise SinkError("the postgres format needs psycopg: pip install 'newsfacts[postgres]'"
                            ) from exc
        try:
            self.connection: Any = psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_SECONDS)
            with self.connection.transaction():
                for statement in create_statements(POSTGRES_TYPES):
                    self.connection.execute(statement)
            for name in tables():
                self.connection.execute(f"CREATE TEMP TABLE stage_{name} (LIKE {name}, "
                                        "_seq bigint) ON COMMIT DELETE ROWS")
            self.connection.commit()
        except psycopg.Error as exc:
            raise SinkError(f"cannot use PostgreSQL at {describe(url)}: {exc}".strip()) from exc
        self.columns = {name: table.column_names for name, table in tables().items()}
        self.statements = _batch_statements()

    def done_inputs(self) -> set[str]:
        with self.connection.transaction():
            return {row[0] for row in self.connection.execute(DONE_INPUTS).fetchall()}

    def write(self, outcomes: Sequence[Outcome]) -> None:
        staged: dict[str, list[list[Any]]] = {name: [] for name in self.columns}
        for seq, outcome in enumerate(outcomes):
            if isinstance(outcome, Extracted):
                article = outcome.article
                self._stage(staged, "articles", [article_row(article, outcome.key)], seq)
                self._stage(staged, "claims", claim_rows(article), seq)
                self._stage(staged, "removals", removal_rows(article), seq)
            else:
                self._stage(staged, "errors", [error_row(outcome)], seq)
        with self.connection.transaction(), self.connection.cursor() as cursor:
            for name, rows in staged.items():
                if not rows:
                    continue
                columns = ", ".join(map(quote, (*self.columns[name], "_seq")))
                with cursor.copy(f"COPY stage_{name} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            for statement in self.statements:
                cursor.execute(statement)

    def _stage(self, staged: dict[str, list[list[Any]]], table: str,
               rows: list[dict[str, Any]], seq: int) -> None:
        names = self.columns[table]
        staged[table].extend([*(row[name] for name in names), seq] for row in rows)

    def close(self) -> None:
        self.connection.close()


def _batch_statements() -> list[str]:
    layout = tables()

    def columns(name: str, alias: str = "") -> str:
        return ", ".join(alias + quote(c) for c in layout[name].column_names)

    # When one batch holds the same article twice, the first occurrence wins (as it would
    # row by row), and its claims and removals come with it.
    first_articles = "SELECT DISTINCT ON (id) id, _seq FROM stage_articles ORDER BY id, _seq"
    children = [
        f"DELETE FROM {name} WHERE article_id IN (SELECT id FROM stage_articles)"
        for name in ("claims", "removals")
    ] + [
        f"INSERT INTO {name} ({columns(name)}) SELECT {columns(name, 's.')} FROM stage_{name} s "
        f"JOIN ({first_articles}) f ON f.id = s.article_id AND f._seq = s._seq"
        for name in ("claims", "removals")
    ]
    return [
        upsert_statement(layout["articles"],
                         f"SELECT DISTINCT ON (id) {columns('articles')} FROM stage_articles "
                         "ORDER BY id, _seq"),
        *children,
        "DELETE FROM errors WHERE input IN (SELECT input FROM stage_articles)",
        upsert_statement(layout["errors"],
                         f"SELECT DISTINCT ON (input) {columns('errors')} FROM stage_errors "
                         "ORDER BY input, _seq DESC"),
    ]
