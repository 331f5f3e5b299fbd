"""The one table layout every sink writes, read from ``newsfacts/schema/tables.json``.

Keeping the layout as data means SQLite, DuckDB, PostgreSQL, Parquet and CSV cannot drift apart:
each sink only maps the five logical types (string, int, float, date, json) to its own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal, cast

LogicalType = Literal["string", "int", "float", "date", "json"]
TABLE_NAMES = ("articles", "claims", "removals", "errors", "stories", "story_claims",
               "story_signatures", "templates")
# Written whole (stories when a run ends, templates after the first pass): never staged.
WHOLE_TABLES = ("stories", "story_claims", "templates")


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: LogicalType
    nullable: bool


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


@cache
def tables() -> dict[str, Table]:
    """The tables in the order sinks create them."""
    raw = json.loads(
        resources.files("newsfacts").joinpath("schema/tables.json").read_text(encoding="utf-8")
    )
    layout: dict[str, Table] = {}
    for name in TABLE_NAMES:
        spec = raw["tables"][name]
        columns = tuple(
            Column(str(col), cast(LogicalType, kind), bool(nullable))
            for col, kind, nullable in spec["columns"]
        )
        layout[name] = Table(name, columns, tuple(spec["primary_key"]))
    return layout


def quote(identifier: str) -> str:
    """SQL-quote a column name: ``end``, ``where`` and ``position`` are reserved words."""
    return '"' + identifier.replace('"', '""') + '"'
