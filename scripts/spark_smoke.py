"""Run the Spark adapter on the bundled examples in a local Spark session and print the result.

Needs ``pip install 'newsfacts[spark]'`` and a Java runtime; Spark's Python workers must find
newsfacts, so run it as ``PYSPARK_PYTHON=.venv/bin/python .venv/bin/python scripts/spark_smoke.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from pyspark.sql import SparkSession

from newsfacts.spark import extract_pages, find_stories, story_tables

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def main() -> None:
    spark = (SparkSession.builder.master("local[2]").appName("newsfacts-smoke")
             .config("spark.ui.enabled", "false").getOrCreate())
    records = []
    for page in sorted(EXAMPLES.iterdir()):
        field = "html" if page.suffix == ".html" else "text"
        records.append(json.dumps({field: page.read_text(encoding="utf-8"),
                                   "url": f"file:examples/{page.name}"}))
    records.append(json.dumps({"url": "file:missing-body"}))
    pages = spark.read.json(spark.sparkContext.parallelize(records, 2))
    documents = extract_pages(pages).cache()
    documents.select("input", "article.title", "article.claim_count", "error.error_type").show(
        truncate=60)
    documents.selectExpr("inline(claims)").select(
        "text", "type", "value", "unit", "period_start", "period_end", "status").show(12)
    articles = documents.where("article IS NOT NULL").select("article.*")
    claims = documents.selectExpr("inline(claims)")
    stories, _story_claims = story_tables(articles, claims, find_stories(articles))
    stories.select("story_id", "title", "members", "publishers").show(truncate=50)
    spark.stop()


if __name__ == "__main__":
    main()
