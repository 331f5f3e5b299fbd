"""Apache Spark adapter: newsfacts inside ``mapPartitions``, one Extractor per partition.

::

    from newsfacts.spark import PartitionExtractor, document_schema

    pages = spark.read.json("dump.jsonl")                      # columns html (or text), url
    rows = pages.rdd.mapPartitions(PartitionExtractor(html_field="html", url_field="url"))
    documents = spark.createDataFrame(rows, schema=document_schema())
    articles = documents.where("article IS NOT NULL").select("article.*")
    claims = documents.selectExpr("inline(claims)")
    errors = documents.where("error IS NOT NULL").select("input", "error.*")

Each input row becomes one output row: ``input`` (its key), ``article`` (the ``articles`` columns
of ``schema/tables.json``), ``claims`` and ``removals`` (arrays of those tables' rows), and
``error`` (``error_type``, ``message``) when the row could not be extracted. A bad row never fails
the task. The extractor is built once per partition, inside the Spark worker, so nothing heavy
is pickled with the function. This module does not import pyspark: the schema is a DDL string,
and the function takes any iterable of mappings or ``Row`` objects. There is no per-document
timeout here; Spark's own task timeouts and speculation apply. Spark's Python workers must be
able to import newsfacts (``PYSPARK_PYTHON`` pointing at an environment that has it);
``scripts/spark_smoke.py`` runs the whole round trip in a local session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._batch.outcomes import Document, Extracted
from ._batch.readers import JsonFields, document_from_record
from ._batch.rows import article_row, claim_rows, removal_rows
from ._batch.tables import Table, tables
from ._batch.worker import extract_document
from ._extractor import Extractor
from ._options import Options

_SPARK_TYPES = {"string": "STRING", "int": "BIGINT", "float": "DOUBLE", "date": "DATE",
                "json": "STRING"}


def _struct(table: Table) -> str:
    fields = ", ".join(f"`{c.name}`: {_SPARK_TYPES[c.type]}" for c in table.columns)
    return f"STRUCT<{fields}>"


def document_schema() -> str:
    """The Spark DDL schema of the rows :class:`PartitionExtractor` yields."""
    layout = tables()
    return (f"`input` STRING, `article` {_struct(layout['articles'])}, "
            f"`claims` ARRAY<{_struct(layout['claims'])}>, "
            f"`removals` ARRAY<{_struct(layout['removals'])}>, "
            "`error` STRUCT<`error_type`: STRING, `message`: STRING>")


@dataclass(frozen=True, slots=True)
class PartitionExtractor:
    """A picklable ``mapPartitions`` function.

    ``key_field`` names the column that identifies a row in the output (``url`` by default);
    rows without one are keyed ``row <n>``, their place in the partition.
    """

    html_field: str = "html"
    text_field: str = "text"
    url_field: str = "url"
    date_field: str | None = None
    key_field: str = "url"
    options: Options | None = None
    factory: Callable[[Options], Extractor] = Extractor

    def __call__(self, rows: Iterable[Any]) -> Iterator[dict[str, Any]]:
        extractor = self.factory(self.options or Options())
        fields = JsonFields(html=self.html_field, text=self.text_field, url=self.url_field,
                            date=self.date_field)
        for number, row in enumerate(rows):
            record = _as_mapping(row)
            key_value = record.get(self.key_field)
            key = str(key_value) if key_value else f"row {number}"
            item = document_from_record(key, record, fields)
            outcome = extract_document(extractor, item) if isinstance(item, Document) else item
            if isinstance(outcome, Extracted):
                article = outcome.article
                yield {"input": key, "article": article_row(article, key),
                       "claims": claim_rows(article), "removals": removal_rows(article),
                       "error": None}
            else:
                yield {"input": key, "article": None, "claims": [], "removals": [],
                       "error": {"error_type": outcome.error_type, "message": outcome.message}}


def _as_mapping(row: Any) -> Mapping[str, Any]:
    if isinstance(row, Mapping):
        return row
    as_dict = getattr(row, "asDict", None)  # pyspark.sql.Row
    if callable(as_dict):
        result = as_dict()
        if isinstance(result, Mapping):
            return result
    raise TypeError(f"expected a mapping or a Spark Row, not {type(row).__name__}")


__all__ = ["PartitionExtractor", "document_schema"]
