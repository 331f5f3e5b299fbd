"""The Spark adapter in a real local Spark session (pyspark from the [spark] extra, Java 17).

One session for the module, ``local[2]``. Without pyspark or Java the tests skip, except in CI
(``CI=true``) or with ``NEWSFACTS_REQUIRE_DATA=1``, where they fail: they must never pass by
not running.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import shared_data
from newsfacts import Options, SiteTemplates
from newsfacts._cli import main
from newsfacts.spark import (
    PartitionExtractor,
    extract_pages,
    find_stories,
    learn_templates,
    story_tables,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _required() -> bool:
    return os.environ.get("CI") == "true" or os.environ.get("NEWSFACTS_REQUIRE_DATA") == "1"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    problem = None
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        problem = "pyspark is not installed: pip install 'newsfacts[spark]'"
    if problem is None and shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        problem = "no Java runtime for Spark (java not on PATH, JAVA_HOME unset)"
    if problem is not None:
        if _required():
            pytest.fail(problem)
        pytest.skip(problem)
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers must import this newsfacts
    session = (SparkSession.builder.master("local[2]").appName("newsfacts-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "4")
               .config("spark.sql.session.timeZone", "UTC")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def example_records() -> list[dict[str, str]]:
    records = []
    for page in sorted(EXAMPLES.iterdir()):
        field = "html" if page.suffix == ".html" else "text"
        records.append({field: page.read_text(encoding="utf-8"),
                        "url": f"https://examples.test/{page.name}"})
    return records


def test_arrow_batches_give_the_rows_of_the_partition_function_and_stories(spark: Any) -> None:
    records = [*example_records(), {"url": "https://examples.test/missing-body"}]
    schema = "html STRING, text STRING, url STRING"
    pages = spark.createDataFrame(
        [(r.get("html"), r.get("text"), r["url"]) for r in records], schema).repartition(2)
    documents = extract_pages(pages).cache()
    rows = {row["input"]: row.asDict(recursive=True) for row in documents.collect()}
    local = {row["input"]: row for row in PartitionExtractor()(iter(records))}
    assert set(rows) == set(local)
    for key, expected in local.items():
        got = rows[key]
        if expected["error"] is not None:
            assert got["error"] == expected["error"]
            continue
        assert got["article"] == expected["article"]
        assert got["claims"] == expected["claims"]
        assert got["removals"] == expected["removals"]

    articles = documents.where("article IS NOT NULL").select("article.*")
    claims = documents.selectExpr("inline(claims)")
    filed = {r["article_id"]: r["story_id"] for r in find_stories(articles).collect()}
    by_url = {row["article"]["url"]: row["article"]["id"] for row in local.values()
              if row["article"] is not None}
    copper = {filed[by_url[f"https://examples.test/{name}"]]
              for name in ("wire-repost-copper.html", "wire-repost-copper-digest.html")}
    assert len(copper) == 1
    assert len(set(filed.values())) == len(filed) - 1  # the one pair, nothing else joined
    stories, story_claims = story_tables(articles, claims, find_stories(articles))
    shared = [r.asDict() for r in stories.where("members > 1").collect()]
    assert len(shared) == 1
    assert shared[0]["story_id"] in copper
    assert json.loads(shared[0]["publishers"]) == ["MarketPulse Daily", "Ore & Metal Digest"]
    assert shared[0]["canonical_url"] == "https://examples.test/wire-repost-copper.html"
    agreed = story_claims.where("members = 2 AND unit = 'percent'").select("value").collect()
    assert {r["value"] for r in agreed} >= {3.1, 6.0, 1.5}


def test_site_templates_learnt_on_spark_are_those_the_library_learns(spark: Any) -> None:
    from test_templates import PROMO, site

    pages = site()
    frame = spark.createDataFrame(pages, "html STRING, url STRING")
    on_spark = learn_templates(frame)
    assert on_spark == SiteTemplates.learn(pages)
    assert on_spark.hosts() == ["ledger.example"]
    documents = extract_pages(frame, options=Options(claims=False, templates=on_spark))
    texts = [row["text"] for row in documents.select("article.text").collect()]
    assert len(texts) == len(pages)
    assert all(PROMO not in text for text in texts)


def test_scrapinghub_on_spark_matches_the_command_line_into_sqlite(
        spark: Any, tmp_path: Path) -> None:
    folder = shared_data("scrapinghub")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    crawl = tmp_path / "scrapinghub.jsonl"
    with crawl.open("w", encoding="utf-8") as out:
        for page in sorted((folder / "html").glob("*.html.gz")):
            key = page.name.split(".")[0]
            html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
            out.write(json.dumps({"html": html, "url": truth[key]["url"]}) + "\n")
    database = tmp_path / "cli.sqlite"
    assert main(["extract", str(crawl), "-o", str(database), "-j", "2", "--no-progress"]) in (0, 1)
    with sqlite3.connect(database) as connection:
        cli = {url: (title, text, count) for url, title, text, count in connection.execute(
            "SELECT url, title, text, claim_count FROM articles")}
        cli_claims = connection.execute("SELECT count(*) FROM claims").fetchone()[0]
        cli_errors = connection.execute("SELECT count(*) FROM errors").fetchone()[0]

    pages = spark.read.json(str(crawl)).repartition(2)
    templates = learn_templates(pages)  # the command line's first pass, on Spark
    documents = extract_pages(pages, options=Options(templates=templates))
    rows = documents.selectExpr("article.url", "article.title", "article.text",
                                "article.claim_count", "size(claims) AS claims",
                                "error IS NOT NULL AS failed").collect()
    on_spark = {r["url"]: (r["title"], r["text"], r["claim_count"]) for r in rows
                if not r["failed"]}
    assert len(rows) == 181
    assert sum(r["failed"] for r in rows) == cli_errors
    assert on_spark == cli
    assert sum(r["claims"] for r in rows) == cli_claims
