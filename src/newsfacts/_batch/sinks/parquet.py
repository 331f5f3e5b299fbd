"""Parquet (the optional ``[parquet]`` extra, pyarrow): one file per table, a fixed Arrow schema.

``-o out.parquet`` writes the articles to ``out.parquet`` and the other tables beside it
(``out.claims.parquet``, ``out.removals.parquet``, ``out.errors.parquet``,
``out.stories.parquet`` and so on). The stories are summed up in memory as articles go by (a
few fields and the claim keys of each). Files are written under a ``.partial`` name and renamed
when the run ends, so a killed run never leaves a truncated file that looks finished. Parquet
files are not appendable: no ``--resume`` here.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from ..._records import SCHEMA_VERSION, Article
from ..._stories import Member, Signature, publisher_of, story_claim_rows, story_rows
from ..._stories.summary import ClaimKey
from ..._templates import SiteTemplates
from ..outcomes import Extracted, Outcome
from ..rows import Row, article_row, claim_rows, error_row, removal_rows, signature_row
from ..tables import Table, tables
from . import SinkError, make_parent_folder

ROWS_PER_GROUP = 2000


def table_paths(path: str) -> dict[str, str]:
    """Where each table goes for ``-o path``."""
    stem = path[: -len(".parquet")] if path.lower().endswith(".parquet") else path
    return {name: path if name == "articles" else f"{stem}.{name}.parquet" for name in tables()}


def arrow_schema(table: Table) -> Any:
    """The Arrow schema of one table, from ``schema/tables.json``."""
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(),
             "date": pa.date32(), "json": pa.string()}
    fields = [pa.field(c.name, types[c.type], nullable=c.nullable) for c in table.columns]
    metadata = {"newsfacts.schema_version": SCHEMA_VERSION, "newsfacts.table": table.name}
    return pa.schema(fields, metadata=metadata)


class ParquetSink:
    def __init__(self, path: str) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise SinkError("the parquet format needs pyarrow: pip install 'newsfacts[parquet]'"
                            ) from exc
        make_parent_folder(path)
        try:
            self.paths = table_paths(path)
            self.schemas = {name: arrow_schema(table) for name, table in tables().items()}
            self.writers = {name: pq.ParquetWriter(self.paths[name] + ".partial",
                                                   self.schemas[name])
                            for name in tables()}
        except OSError as exc:
            raise SinkError(f"cannot write Parquet files at {path}: {exc}") from exc
        self.buffers: dict[str, list[Row]] = {name: [] for name in tables()}
        self.seen: set[str] = set()
        self.members: list[Member] = []
        self.carried: list[tuple[str, str, ClaimKey]] = []

    def done_inputs(self) -> set[str]:
        return set()

    def write(self, outcomes: Sequence[Outcome]) -> None:
        for outcome in outcomes:
            if isinstance(outcome, Extracted):
                article = outcome.article
                if article.id in self.seen:  # one row per article, as the databases keep it
                    continue
                self.seen.add(article.id)
                self.buffers["articles"].append(article_row(article, outcome.key))
                self.buffers["claims"].extend(claim_rows(article))
                self.buffers["removals"].extend(removal_rows(article))
                if outcome.signature is not None:
                    self.buffers["story_signatures"].append(
                        signature_row(article, outcome.signature))
                if article.story_id is not None:
                    self._remember(article)
            else:
                self.buffers["errors"].append(error_row(outcome))
        for name, rows in self.buffers.items():
            if len(rows) >= ROWS_PER_GROUP:
                self._flush(name)

    def _remember(self, article: Article) -> None:
        story_id = article.story_id or article.id
        origin = article.origin
        self.members.append(Member(
            article.id, story_id, article.url, None if origin is None else origin.url,
            article.published, len(article.text), publisher_of(article.site_name, article.url),
            article.title))
        self.carried.extend(
            (story_id, article.id, (row["type"], row["value"], row["value_text"], row["unit"],
                                    row["period_start"], row["period_end"]))
            for row in claim_rows(article))

    def stored_signatures(self) -> list[tuple[str, str, Signature]]:
        return []  # Parquet files are written once: nothing to resume

    def finish_stories(self) -> None:
        stories = story_rows(self.members)
        shared = {row["story_id"] for row in stories if row["members"] > 1}
        self.buffers["stories"].extend(stories)
        self.buffers["story_claims"].extend(
            story_claim_rows(c for c in self.carried if c[0] in shared))

    def stored_templates(self) -> SiteTemplates:
        return SiteTemplates()

    def write_templates(self, templates: SiteTemplates) -> None:
        self.buffers["templates"].extend({"host": host, "block": block}
                                         for host, block in templates.rows())

    def _flush(self, name: str) -> None:
        import pyarrow as pa

        rows = self.buffers[name]
        if rows:
            self.writers[name].write_table(pa.Table.from_pylist(rows, schema=self.schemas[name]))
            rows.clear()

    def close(self) -> None:
        for name, writer in self.writers.items():
            self._flush(name)
            writer.close()
            os.replace(self.paths[name] + ".partial", self.paths[name])
