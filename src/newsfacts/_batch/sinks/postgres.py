"""PostgreSQL (the optional ``[postgres]`` extra, psycopg 3): COPY into staging tables, then upsert.

COPY is the fast way in; the staging tables let one ``INSERT ... SELECT ... ON CONFLICT`` per
table apply the same upsert rules as the other databases to a whole batch inside one transaction.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

from ..._stories import Signature
from ..._templates import SiteTemplates
from ..outcomes import Outcome
from ..tables import WHOLE_TABLES, LogicalType, quote, tables
from . import SinkError
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
                if name in WHOLE_TABLES:
                    continue
                self.connection.execute(f"CREATE TEMP TABLE stage_{name} (LIKE {name}, "
                                        "_seq bigint) ON COMMIT DELETE ROWS")
            self.connection.commit()
        except psycopg.Error as exc:
            raise SinkError(f"cannot use PostgreSQL at {describe(url)}: {exc}".strip()) from exc
        self.columns = {name: table.column_names for name, table in tables().items()}
        self.statements = staged_statements()
        self.stories = StoryWriter("%s")

    def done_inputs(self) -> set[str]:
        with self.connection.transaction():
            return {row[0] for row in self.connection.execute(DONE_INPUTS).fetchall()}

    def write(self, outcomes: Sequence[Outcome]) -> None:
        staged = stage_rows(outcomes)
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

    def stored_signatures(self) -> Iterator[tuple[str, str, Signature]]:
        with self.connection.transaction(), self.connection.cursor() as cursor:
            return iter(list(stored_signatures(cursor)))

    def finish_stories(self) -> None:
        with self.connection.transaction(), self.connection.cursor() as cursor:
            self.stories.write(cursor)

    def stored_templates(self) -> SiteTemplates:
        with self.connection.transaction(), self.connection.cursor() as cursor:
            return stored_templates(cursor)

    def write_templates(self, templates: SiteTemplates) -> None:
        with self.connection.transaction(), self.connection.cursor() as cursor:
            write_templates(cursor, "%s", templates)

    def close(self) -> None:
        self.connection.close()
