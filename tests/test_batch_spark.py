"""The Spark adapter, without Spark: ``mapPartitions`` hands the function an iterator of rows."""

from __future__ import annotations

import pickle
import re
from pathlib import Path
from typing import Any

from newsfacts import Options
from newsfacts._batch.tables import tables
from newsfacts.spark import PartitionExtractor, document_schema

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


class SparkLikeRow:
    """What pyspark.sql.Row offers the function: attribute access and ``asDict()``."""

    def __init__(self, **fields: Any) -> None:
        self._fields = fields

    def asDict(self) -> dict[str, Any]:  # pyspark's name
        return dict(self._fields)


def test_one_output_row_per_input_row_with_article_claims_and_errors() -> None:
    html = (EXAMPLES / "wire-repost-copper.html").read_text(encoding="utf-8")
    text = (EXAMPLES / "plain-article-harvest.txt").read_text(encoding="utf-8")
    rows = [
        {"html": html, "url": "https://a.example/copper"},
        SparkLikeRow(text=text, url="https://a.example/wheat"),
        {"url": "https://a.example/empty", "html": None},
        {"text": "   "},
    ]
    out = list(PartitionExtractor()(iter(rows)))
    assert [r["input"] for r in out] == [
        "https://a.example/copper", "https://a.example/wheat", "https://a.example/empty",
        "row 3"]
    copper, wheat, empty, blank = out
    assert copper["error"] is None
    assert copper["article"]["url"] == "https://a.example/copper"
    assert copper["article"]["input"] == "https://a.example/copper"
    assert copper["article"]["claim_count"] == len(copper["claims"]) > 0
    assert all(c["article_id"] == copper["article"]["id"] for c in copper["claims"])
    assert set(copper["claims"][0]) == set(tables()["claims"].column_names)
    assert wheat["article"]["kind"] == "text"
    for failed in (empty, blank):
        assert failed["article"] is None
        assert failed["error"]["error_type"] == "MissingFieldError"


def test_the_partition_function_survives_pickling_with_its_settings() -> None:
    function = PartitionExtractor(html_field="body", url_field="link", key_field="id",
                                  options=Options(claims=False))
    restored = pickle.loads(pickle.dumps(function))
    [row] = restored([{"body": "<p>Short page, 5% of it.</p>", "link": "https://b.example",
                       "id": "rec-1"}])
    assert (row["input"], row["article"]["url"], row["claims"]) == (
        "rec-1", "https://b.example", [])


def test_the_ddl_schema_names_every_column_of_every_table() -> None:
    schema = document_schema()
    named = set(re.findall(r"`(\w+)`", schema))
    for name in ("articles", "claims", "removals"):
        assert set(tables()[name].column_names) <= named
    assert {"input", "article", "claims", "removals", "error", "error_type", "message"} <= named
    assert schema.count("<") == schema.count(">")
