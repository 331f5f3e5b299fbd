"""SQL shared by the database sinks: DDL from the table layout, and per-document upserts.

Upsert rules, the same in every database: an article row is updated in place when its id is seen
again, except ``input``, which keeps the first input that produced it (so a resumed run and an
uninterrupted one agree); an article's claims and removals are replaced as a whole; an article
written for an input clears that input's old error row.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from ..._stories import Member, Signature, publisher_of, story_claim_rows, story_rows
from ..._templates import SiteTemplates
from ..outcomes import Extracted, Outcome
from ..rows import Row, article_row, claim_rows, error_row, removal_rows, signature_row
from ..tables import LogicalType, Table, quote, tables

KEEP_ON_CONFLICT = frozenset({"input"})


class Cursor(Protocol):
    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def executemany(self, sql: str, parameters: Sequence[Sequence[Any]], /) -> Any: ...


def create_statements(types: Mapping[LogicalType, str]) -> list[str]:
    statements = []
    for table in tables().values():
        columns = [
            f"{quote(c.name)} {types[c.type]}{'' if c.nullable else ' NOT NULL'}"
            for c in table.columns
        ]
        columns.append(f"PRIMARY KEY ({', '.join(map(quote, table.primary_key))})")
        statements.append(f"CREATE TABLE IF NOT EXISTS {table.name} ({', '.join(columns)})")
    # --resume looks inputs up, and articles are found again by input.
    statements.append("CREATE INDEX IF NOT EXISTS articles_input ON articles (input)")
    return statements


def upsert_statement(table: Table, source: str) -> str:
    """``INSERT ... ON CONFLICT DO UPDATE`` for ``table`` from ``source`` (VALUES or SELECT)."""
    names = ", ".join(map(quote, table.column_names))
    updates = [
        f"{quote(c)} = excluded.{quote(c)}"
        for c in table.column_names
        if c not in table.primary_key and c not in KEEP_ON_CONFLICT
    ]
    conflict = ", ".join(map(quote, table.primary_key))
    return (f"INSERT INTO {table.name} ({names}) {source} "
            f"ON CONFLICT ({conflict}) DO UPDATE SET {', '.join(updates)}")


DONE_INPUTS = "SELECT input FROM articles UNION SELECT input FROM errors"


class RowWriter:
    """Writes outcomes one document after another with plain parameterised statements."""

    def __init__(self, placeholder: str, convert: Callable[[Any], Any] = lambda v: v) -> None:
        self.convert = convert
        layout = tables()
        self.columns = {name: table.column_names for name, table in layout.items()}

        def values(table: Table) -> str:
            return f"VALUES ({', '.join([placeholder] * len(table.columns))})"

        self.upsert_article = upsert_statement(layout["articles"], values(layout["articles"]))
        self.upsert_error = upsert_statement(layout["errors"], values(layout["errors"]))
        self.insert_claim = _insert(layout["claims"], values(layout["claims"]))
        self.insert_removal = _insert(layout["removals"], values(layout["removals"]))
        self.upsert_signature = upsert_statement(layout["story_signatures"],
                                                 values(layout["story_signatures"]))
        self.delete_claims = f"DELETE FROM claims WHERE article_id = {placeholder}"
        self.delete_removals = f"DELETE FROM removals WHERE article_id = {placeholder}"
        self.delete_error = f"DELETE FROM errors WHERE input = {placeholder}"

    def write(self, cursor: Cursor, outcomes: Sequence[Outcome]) -> None:
        for outcome in outcomes:
            if isinstance(outcome, Extracted):
                article = outcome.article
                cursor.execute(self.upsert_article,
                               self._values("articles", article_row(article, outcome.key)))
                cursor.execute(self.delete_claims, (article.id,))
                cursor.execute(self.delete_removals, (article.id,))
                claims = [self._values("claims", row) for row in claim_rows(article)]
                if claims:
                    cursor.executemany(self.insert_claim, claims)
                removals = [self._values("removals", row) for row in removal_rows(article)]
                if removals:
                    cursor.executemany(self.insert_removal, removals)
                cursor.execute(self.delete_error, (outcome.key,))
                if outcome.signature is not None:
                    cursor.execute(self.upsert_signature, self._values(
                        "story_signatures", signature_row(article, outcome.signature)))
            else:
                cursor.execute(self.upsert_error, self._values("errors", error_row(outcome)))

    def _values(self, table: str, row: Row) -> list[Any]:
        return [self.convert(row[name]) for name in self.columns[table]]


def _insert(table: Table, source: str) -> str:
    return f"INSERT INTO {table.name} ({', '.join(map(quote, table.column_names))}) {source}"


def staged_statements() -> list[str]:
    """Apply one staged batch (tables ``stage_<name>`` with a ``_seq`` column) set-wise."""
    layout = tables()

    def columns(name: str, alias: str = "") -> str:
        return ", ".join(alias + quote(c) for c in layout[name].column_names)

    # When one batch holds the same article twice (same id: same URL, title and body), the
    # first occurrence is kept, and its claims and removals come with it.
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
        upsert_statement(layout["story_signatures"],
                         f"SELECT DISTINCT ON (article_id) {columns('story_signatures')} "
                         "FROM stage_story_signatures ORDER BY article_id, _seq"),
    ]


def stage_rows(outcomes: Sequence[Outcome]) -> dict[str, list[list[Any]]]:
    """Each table's rows for a batch, as value lists in column order plus the ``_seq`` column
    (the outcome's place in the batch) that :func:`staged_statements` orders by."""
    layout = tables()
    staged: dict[str, list[list[Any]]] = {name: [] for name in layout}

    def add(table: str, rows: list[Row], seq: int) -> None:
        names = layout[table].column_names
        staged[table].extend([*(row[name] for name in names), seq] for row in rows)

    for seq, outcome in enumerate(outcomes):
        if isinstance(outcome, Extracted):
            article = outcome.article
            add("articles", [article_row(article, outcome.key)], seq)
            add("claims", claim_rows(article), seq)
            add("removals", removal_rows(article), seq)
            if outcome.signature is not None:
                add("story_signatures", [signature_row(article, outcome.signature)], seq)
        else:
            add("errors", [error_row(outcome)], seq)
    return staged


def stored_templates(cursor: Cursor) -> SiteTemplates:
    cursor.execute("SELECT host, block FROM templates")
    blocks: dict[str, set[str]] = {}
    for host, block in cursor.fetchall():
        blocks.setdefault(host, set()).add(block)
    return SiteTemplates(blocks)


def write_templates(cursor: Cursor, placeholder: str, templates: SiteTemplates) -> None:
    rows = [list(row) for row in templates.rows()]
    if rows:
        cursor.executemany(f"INSERT INTO templates (host, block) VALUES ({placeholder}, "
                           f"{placeholder}) ON CONFLICT DO NOTHING", rows)


STORED_SIGNATURES = ("SELECT article_id, story_id, shingles, signature, numbers, host "
                     "FROM story_signatures")
_MEMBERS = ("SELECT id, story_id, url, origin_url, published, length(text), site_name, title "
            "FROM articles WHERE story_id IS NOT NULL")
_CARRIED = ('SELECT a.story_id, c.article_id, c."type", c."value", c.value_text, c.unit, '
            "c.period_start, c.period_end FROM claims c JOIN articles a ON a.id = c.article_id "
            "WHERE a.story_id IN (SELECT story_id FROM stories WHERE members > 1) "
            "ORDER BY a.story_id")


def stored_signatures(cursor: Cursor) -> Iterator[tuple[str, str, Signature]]:
    cursor.execute(STORED_SIGNATURES)
    for article_id, story_id, size, encoded, numbers, host in cursor.fetchall():
        yield article_id, story_id, Signature.decode(encoded, size, numbers, host)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


class StoryWriter:
    """Rewrites ``stories`` and ``story_claims`` from the articles and claims in the database.

    Run when a batch ends, so a resumed run or a later run into the same database sees every
    member, old and new. ``story_claims`` holds stories of two or more members: a lone
    article's claims are its ``claims`` rows.
    """

    def __init__(self, placeholder: str, convert: Callable[[Any], Any] = lambda v: v) -> None:
        layout = tables()
        self.convert = convert
        self.columns = {name: layout[name].column_names for name in ("stories", "story_claims")}
        self.inserts = {
            name: _insert(layout[name], f"VALUES ({', '.join([placeholder] * len(columns))})")
            for name, columns in self.columns.items()}

    def write(self, cursor: Cursor) -> None:
        cursor.execute(_MEMBERS)
        members = [
            Member(article_id, story_id, url, origin_url, _date(published), int(length or 0),
                   publisher_of(site_name, url), title)
            for article_id, story_id, url, origin_url, published, length, site_name, title
            in cursor.fetchall()]
        cursor.execute("DELETE FROM story_claims")
        cursor.execute("DELETE FROM stories")
        self._insert(cursor, "stories", story_rows(members))
        cursor.execute(_CARRIED)
        carried = cursor.fetchall()
        for _story, group in itertools.groupby(carried, key=lambda row: row[0]):
            rows = story_claim_rows((story_id, article_id, tuple(key))
                                    for story_id, article_id, *key in group)
            self._insert(cursor, "story_claims", rows)

    def _insert(self, cursor: Cursor, name: str, rows: list[Row]) -> None:
        if rows:
            cursor.executemany(self.inserts[name], [
                [self.convert(row[column]) for column in self.columns[name]] for row in rows])
