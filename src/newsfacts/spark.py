"""Apache Spark adapter: newsfacts inside ``mapInArrow`` (or ``mapPartitions``), stories with
Spark ML's ``MinHashLSH``.

::

    from newsfacts.spark import extract_pages, find_stories, story_tables

    pages = spark.read.json("dump.jsonl")                   # columns html (or text), url
    documents = extract_pages(pages)                        # one row per page, Arrow batches
    articles = documents.where("article IS NOT NULL").select("article.*")
    claims = documents.selectExpr("inline(claims)")
    errors = documents.where("error IS NOT NULL").select("input", "error.*")
    filed = find_stories(articles)                          # (article_id, story_id)
    stories, story_claims = story_tables(articles, claims, filed)

Each input row becomes one output row: ``input`` (its key), ``article`` (the ``articles`` columns
of ``schema/tables.json``), ``claims`` and ``removals`` (arrays of those tables' rows), and
``error`` (``error_type``, ``message``) when the row could not be extracted. A bad row never fails
the task. The extractor is built once per partition, inside the Spark worker, so nothing heavy
is pickled with the function. Importing this module does not import pyspark: the schemas are DDL
strings, and :class:`PartitionExtractor` takes any iterable of mappings or ``Row`` objects. There
is no per-document timeout here; Spark's own task timeouts and speculation apply. Spark's Python
workers must be able to import newsfacts (``PYSPARK_PYTHON`` pointing at an environment that has
it); ``scripts/spark_smoke.py`` runs the whole round trip in a local session.

Stories on Spark find the candidate pairs with ``MinHashLSH.approxSimilarityJoin`` (the engine's
own implementation, so a crawl too big for one machine clusters there); Spark measures the exact
Jaccard distance of each candidate pair, and the pair joins by the same :class:`JoinRule` as a
command-line run. The joined pairs (few: only copies of one story) are gathered on the driver
and made into stories as connected components; a story's id is the smallest article id in it.
The command line instead files articles in input order into the story of their best earlier
match and never merges stories (Spark has no input order across partitions): a Spark story is
one command-line story or a union of several bridged by a page that matches both. README's
"Apache Spark" section lists the differences.
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
from ._stories import JOIN_RULE, JoinRule, Member, publisher_of, story_claim_rows, story_rows
from ._stories.signature import (
    MIN_NUMBERS,
    MIN_SHINGLES,
    NUMBER_CONTAINMENT,
    number_hash,
    number_tokens,
    shingles,
)
from ._stories.summary import CLAIM_KEY_COLUMNS
from ._templates import SiteTemplates, TemplateRule, host_of, page_blocks

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
        return self.documents(rows, self.factory(self.options or Options()))

    def documents(self, rows: Iterable[Any], extractor: Extractor,
                  first_number: int = 0) -> Iterator[dict[str, Any]]:
        """Extract ``rows`` with ``extractor``; ``first_number`` numbers rows without a key."""
        fields = JsonFields(html=self.html_field, text=self.text_field, url=self.url_field,
                            date=self.date_field)
        for number, row in enumerate(rows, start=first_number):
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


@dataclass(frozen=True, slots=True)
class ArrowExtractor:
    """A picklable ``mapInArrow`` function: Arrow batches of pages in, batches of the rows of
    :func:`document_schema` out (the same rows as :class:`PartitionExtractor`)."""

    rows: PartitionExtractor = PartitionExtractor()

    def __call__(self, batches: Iterable[Any]) -> Iterator[Any]:
        import pyarrow as pa

        schema = arrow_document_schema()
        extractor = self.rows.factory(self.rows.options or Options())
        seen = 0
        for batch in batches:
            records = batch.to_pylist()
            out = list(self.rows.documents(records, extractor, first_number=seen))
            seen += len(records)
            yield pa.RecordBatch.from_pylist(out, schema=schema)


def arrow_document_schema() -> Any:
    """The Arrow schema of the rows :class:`ArrowExtractor` yields (the DDL's twin)."""
    import pyarrow as pa

    from ._batch.sinks.parquet import arrow_schema

    layout = tables()

    def struct(name: str) -> Any:
        return pa.struct(list(arrow_schema(layout[name])))

    return pa.schema([
        pa.field("input", pa.string()),
        pa.field("article", struct("articles")),
        pa.field("claims", pa.list_(struct("claims"))),
        pa.field("removals", pa.list_(struct("removals"))),
        pa.field("error", pa.struct([pa.field("error_type", pa.string()),
                                     pa.field("message", pa.string())])),
    ])


@dataclass(frozen=True, slots=True)
class _PageBlocks:
    """``mapInArrow`` over document rows: (host, block key, story or null) per page block."""

    def __call__(self, batches: Iterable[Any]) -> Iterator[Any]:
        import pyarrow as pa

        schema = pa.schema([("page", pa.string()), ("host", pa.string()), ("block", pa.string()),
                            ("story", pa.string())])
        for batch in batches:
            out: dict[str, list[Any]] = {"page": [], "host": [], "block": [], "story": []}
            for row in batch.to_pylist():
                article = row["article"]
                host = None if article is None else host_of(article["url"])
                if host is None:
                    continue
                removed = [r["text"] for r in row["removals"] or ()]
                blocks = page_blocks(article["text"] or "", removed) or [("", None)]
                for key, story in blocks:  # a page without blocks still counts as a page
                    out["page"].append(row["input"])
                    out["host"].append(host)
                    out["block"].append(key)
                    out["story"].append(story)
            yield pa.RecordBatch.from_pydict(out, schema=schema)


def learn_templates(pages: Any, *, rule: TemplateRule | None = None,
                    **settings: Any) -> SiteTemplates:
    """The command line's first pass on Spark: every page extracted on its own (claims off),
    its blocks counted per host on the executors; the templates found come back to the driver
    (a few blocks per host) to go into ``Options(templates=...)`` for :func:`extract_pages`."""
    import dataclasses

    from pyspark.sql import functions as F

    rule = rule or TemplateRule()
    base = settings.pop("options", None) or Options()
    options = dataclasses.replace(base, claims=False, templates=None)
    blocks = extract_pages(pages, options=options, **settings).mapInArrow(
        _PageBlocks(), "page STRING, host STRING, block STRING, story STRING")
    host_pages = blocks.groupBy("host").agg(F.countDistinct("page").alias("host_pages"))
    counts = (blocks.where("block != ''").groupBy("host", "block")
              .agg(F.countDistinct("page").alias("pages"),
                   F.countDistinct(F.when(F.col("story").isNotNull(), F.col("page")))
                   .alias("body_pages"),
                   F.countDistinct("story").alias("stories"))
              .where(F.col("pages") >= rule.min_pages)
              .join(host_pages, "host"))
    found: dict[str, set[str]] = {}
    furniture: dict[str, set[str]] = {}
    for row in counts.collect():
        if rule.is_template(row["host_pages"], row["pages"], row["body_pages"], row["stories"]):
            found.setdefault(row["host"], set()).add(row["block"])
            if not row["body_pages"]:
                furniture.setdefault(row["host"], set()).add(row["block"])
    return SiteTemplates(found, furniture=furniture)


def extract_pages(pages: Any, **settings: Any) -> Any:
    """``pages`` (a DataFrame with html or text, and url columns) -> one document row per page.

    ``settings`` are :class:`PartitionExtractor`'s fields (``html_field``, ``options``...).
    """
    return pages.mapInArrow(ArrowExtractor(PartitionExtractor(**settings)), document_schema())


@dataclass(frozen=True, slots=True)
class _Shingler:
    """``mapInArrow``: (id, text, url) -> (article_id, shingles, size, numbers, host) of the
    joinable bodies."""

    def __call__(self, batches: Iterable[Any]) -> Iterator[Any]:
        import pyarrow as pa

        for batch in batches:
            ids, sets, sizes, numbers, hosts = [], [], [], [], []
            for row in batch.to_pylist():
                text = row["text"] or ""
                found = shingles(text)
                if len(found) >= MIN_SHINGLES:
                    ids.append(row["id"])
                    sets.append(sorted(found))
                    sizes.append(len(found))
                    numbers.append(sorted({number_hash(t) for t in number_tokens(text)}))
                    hosts.append(host_of(row["url"]))
            yield pa.RecordBatch.from_pydict(
                {"article_id": ids, "shingles": sets, "size": sizes, "numbers": numbers,
                 "host": hosts},
                schema=pa.schema([("article_id", pa.string()), ("shingles", pa.list_(pa.string())),
                                  ("size", pa.int64()), ("numbers", pa.list_(pa.int64())),
                                  ("host", pa.string())]))


HASH_TABLES = 24  # OR of 24 single-hash tables: a pair at Jaccard 0.1 is a candidate 92% of times
FEATURES = 1 << 24


def find_stories(articles: Any, *, rule: JoinRule = JOIN_RULE, hash_tables: int = HASH_TABLES,
                 seed: int = 1) -> Any:
    """``articles`` (``id`` and ``text`` columns) -> a DataFrame of (article_id, story_id)."""
    from pyspark.ml.feature import HashingTF, MinHashLSH
    from pyspark.sql import functions as F

    spark = articles.sparkSession
    bodies = articles.select("id", "text", "url").mapInArrow(
        _Shingler(), "article_id STRING, shingles ARRAY<STRING>, size BIGINT, "
                     "numbers ARRAY<BIGINT>, host STRING")
    vectors = HashingTF(inputCol="shingles", outputCol="features", numFeatures=FEATURES,
                        binary=True).transform(bodies).cache()
    model = MinHashLSH(inputCol="features", outputCol="hashes", numHashTables=hash_tables,
                       seed=seed).fit(vectors)
    floor = min(rule.jaccard, rule.same_site_jaccard)
    pairs = model.approxSimilarityJoin(vectors, vectors, 1.0 - floor, distCol="distance")
    jaccard = 1.0 - F.col("distance")
    smaller = F.least(F.col("datasetA.size"), F.col("datasetB.size"))
    common = jaccard * (F.col("datasetA.size") + F.col("datasetB.size")) / (1.0 + jaccard)
    fewer_numbers = F.least(F.size("datasetA.numbers"), F.size("datasetB.numbers"))
    shared_numbers = F.size(F.array_intersect("datasetA.numbers", "datasetB.numbers"))
    numbers_agree = ((fewer_numbers < MIN_NUMBERS)
                     | (shared_numbers / fewer_numbers >= NUMBER_CONTAINMENT))
    same_site = F.coalesce(F.col("datasetA.host") == F.col("datasetB.host"), F.lit(False))
    rule_holds = F.when(same_site, (jaccard >= rule.same_site_jaccard)
                        & (common / smaller >= rule.same_site_containment)
                        ).otherwise((jaccard >= rule.jaccard)
                                    & (common / smaller >= rule.containment))
    joined = (pairs.where(F.col("datasetA.article_id") < F.col("datasetB.article_id"))
              .where(rule_holds)
              .where(numbers_agree)
              .select(F.col("datasetA.article_id").alias("a"),
                      F.col("datasetB.article_id").alias("b")))
    edges = [(row["a"], row["b"]) for row in joined.collect()]
    vectors.unpersist()
    components = _components(edges)
    filed = spark.createDataFrame(sorted(components.items()) or [("", "")],
                                  "article_id STRING, story_id STRING")
    return (articles.select(F.col("id").alias("article_id"))
            .join(filed, "article_id", "left")
            .select("article_id", F.coalesce("story_id", "article_id").alias("story_id")))


def _components(edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Article id -> the smallest article id connected to it (union-find)."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        first, second = sorted((root(a), root(b)))
        parent[second] = first
    return {node: root(node) for node in parent}


_MEMBER_COLUMNS = "story_id STRING, id STRING, url STRING, origin_url STRING, published DATE, " \
                  "length BIGINT, site_name STRING, title STRING"


def _stories_of_group(table: Any) -> Any:
    import pyarrow as pa

    members = [Member(r["id"], r["story_id"], r["url"], r["origin_url"], r["published"],
                      r["length"], publisher_of(r["site_name"], r["url"]), r["title"])
               for r in table.to_pylist()]
    return pa.Table.from_pylist(story_rows(members), schema=_arrow("stories"))


def _claims_of_group(table: Any) -> Any:
    import pyarrow as pa

    carried = ((r["story_id"], r["article_id"], tuple(r[c] for c in CLAIM_KEY_COLUMNS))
               for r in table.to_pylist())
    return pa.Table.from_pylist(story_claim_rows(carried), schema=_arrow("story_claims"))


def _arrow(name: str) -> Any:
    from ._batch.sinks.parquet import arrow_schema

    return arrow_schema(tables()[name]).remove_metadata()


def story_tables(articles: Any, claims: Any, filed: Any) -> tuple[Any, Any]:
    """The ``stories`` and ``story_claims`` DataFrames (the tables' columns), one group of
    members at a time on the executors. ``story_claims`` holds stories of two or more members,
    as in the database sinks."""
    from pyspark.sql import functions as F

    members = (articles.join(filed.withColumnRenamed("article_id", "id")
                             .withColumnRenamed("story_id", "filed_story"), "id")
               .select(F.col("filed_story").alias("story_id"), "id", "url", "origin_url",
                       "published", F.length("text").cast("bigint").alias("length"),
                       "site_name", "title"))
    stories = members.groupBy("story_id").applyInArrow(_stories_of_group, _ddl("stories"))
    shared = stories.where("members > 1").select("story_id")
    carried = (claims.join(filed, "article_id").join(shared, "story_id")
               .select("story_id", "article_id", *CLAIM_KEY_COLUMNS))
    story_claims = carried.groupBy("story_id").applyInArrow(_claims_of_group,
                                                            _ddl("story_claims"))
    return stories, story_claims


def _ddl(name: str) -> str:
    return ", ".join(f"`{c.name}` {_SPARK_TYPES[c.type]}" for c in tables()[name].columns)


def _as_mapping(row: Any) -> Mapping[str, Any]:
    if isinstance(row, Mapping):
        return row
    as_dict = getattr(row, "asDict", None)  # pyspark.sql.Row
    if callable(as_dict):
        result = as_dict()
        if isinstance(result, Mapping):
            return result
    raise TypeError(f"expected a mapping or a Spark Row, not {type(row).__name__}")


__all__ = [
    "ArrowExtractor",
    "PartitionExtractor",
    "arrow_document_schema",
    "document_schema",
    "extract_pages",
    "find_stories",
    "learn_templates",
    "story_tables",
]
