"""Sinks: every output holds the same rows for the same outcomes, and re-writing is an upsert.

The articles here are built by hand (no extractor), so these tests pin the storage layer alone:
claim fields flattened to columns, dates as dates, JSON lists as JSON, one row per article id.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from newsfacts import Article, Claim, Origin, Period, Removal, Source
from newsfacts._batch.outcomes import Extracted, Failed, Outcome
from newsfacts._batch.sinks import Sink, SinkError, infer_format, open_sink
from newsfacts._batch.sinks.parquet import table_paths
from newsfacts._batch.tables import tables

SURPLUS = Claim(
    text="$1.2 trillion", start=40, end=53, sentence="The surplus hit a record $1.2 trillion.",
    type="money", value=1.2e12, unit="USD", scale=1e12, metric="trade surplus", entity="China",
    direction="up", basis="record",
    period=Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31), "2025"),
    source=Source("LSEG", "according to LSEG data"), status="actual")
FORECAST = Claim(
    text="3%", start=80, end=82, sentence="Analysts expected 3% growth.", type="percent",
    value=3.0, low=2.5, high=3.5, bound="~", status="expectation")
DAY = Claim(text="January 13, 2026", start=0, end=16, sentence="QINGDAO, January 13, 2026",
            type="date", value="2026-01-13", where="title")
REPOST = Article(
    id="a1" * 10, text="China's exports grew.\n\nThe surplus hit a record $1.2 trillion.",
    url="https://reposter.example/china", title="China's surplus hits a record",
    byline="Staff", published=dt.date(2026, 1, 14), site_name="Reposter", language="en",
    origin=Origin("CNBC", "https://www.cnbc.com/x", dt.date(2026, 1, 14)),
    reposted_by=("Reposter",), removed=(Removal("Share on X", "share row"),
                                        Removal("You May Also Like", "teaser")),
    claims=(SURPLUS, FORECAST, DAY), warnings=("charset guessed",), kind="html",
    encoding="utf-8")
PLAIN = Article(id="b2" * 10, text="No numbers here, \x00 but a NUL byte.", kind="text")
OUTCOMES: list[Outcome] = [
    Extracted("crawl/china.html", 0, REPOST),
    Failed("crawl/junk.bin", 1, "BinaryInputError", "the input looks binary"),
    Extracted("crawl/plain.txt", 2, PLAIN),
]
DATABASES = ["sqlite", "duckdb", "postgres", "parquet"]


def target(fmt: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if fmt == "postgres":
        return str(request.getfixturevalue("fresh_postgres"))
    suffix = {"sqlite": ".sqlite", "duckdb": ".duckdb", "parquet": ".parquet",
              "csv": ".csv", "jsonl": ".jsonl"}[fmt]
    return str(tmp_path / f"out{suffix}")


def write(fmt: str, where: str, *batches: Sequence[Outcome]) -> None:
    sink: Sink = open_sink(where, infer_format(where) or fmt, resume=False)  # type: ignore[arg-type]
    try:
        for batch in batches:
            sink.write(batch)
    finally:
        sink.close()


def _normal(value: Any, column_type: str) -> Any:
    if value is None:
        return None
    if column_type == "date":
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if column_type == "json":
        return json.loads(value) if isinstance(value, str) else value
    if column_type == "float":
        return round(float(value), 6)
    return value


def read_back(fmt: str, where: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table as sorted tuples of comparable values, whatever stored it."""
    layout = tables()
    raw: dict[str, list[tuple[Any, ...]]] = {}
    for name, table in layout.items():
        columns = ", ".join(f'"{c}"' for c in table.column_names)
        query = f"SELECT {columns} FROM {name}"
        if fmt == "sqlite":
            with sqlite3.connect(where) as connection:
                raw[name] = connection.execute(query).fetchall()
        elif fmt == "duckdb":
            import duckdb

            with duckdb.connect(where, read_only=True) as connection:
                raw[name] = connection.execute(query).fetchall()
        elif fmt == "postgres":
            import psycopg

            with psycopg.connect(where) as connection:
                raw[name] = connection.execute(query).fetchall()
        else:
            import pyarrow.parquet as pq

            rows = pq.read_table(table_paths(where)[name]).to_pylist()
            raw[name] = [tuple(row[c] for c in table.column_names) for row in rows]
    return {
        name: sorted(
            (tuple(_normal(v, c.type) for v, c in zip(row, layout[name].columns, strict=True))
             for row in rows),
            key=repr)
        for name, rows in raw.items()
    }


@pytest.mark.parametrize("fmt", DATABASES)
def test_each_database_stores_articles_claims_removals_and_errors(
        fmt: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    where = target(fmt, tmp_path, request)
    write(fmt, where, OUTCOMES)
    rows = read_back(fmt, where)
    names = {name: tables()[name].column_names for name in tables()}
    articles = [dict(zip(names["articles"], r, strict=True)) for r in rows["articles"]]
    claims = [dict(zip(names["claims"], r, strict=True)) for r in rows["claims"]]
    assert [(a["id"], a["input"]) for a in articles] == [
        (REPOST.id, "crawl/china.html"), (PLAIN.id, "crawl/plain.txt")]
    repost = articles[0]
    assert (repost["published"], repost["origin_publisher"], repost["origin_published"]) == (
        "2026-01-14", "CNBC", "2026-01-14")
    assert (repost["reposted_by"], repost["warnings"]) == (["Reposter"], ["charset guessed"])
    assert (repost["claim_count"], repost["removal_count"]) == (3, 2)
    assert "\x00" not in articles[1]["text"]  # PostgreSQL refuses NUL in text
    by_position = {c["position"]: c for c in claims}
    assert set(by_position) == {0, 1, 2}
    surplus = by_position[0]
    assert (surplus["value"], surplus["unit"], surplus["scale"]) == (1.2e12, "USD", 1e12)
    assert (surplus["period_start"], surplus["period_end"], surplus["period_text"]) == (
        "2025-01-01", "2025-12-31", "2025")
    assert (surplus["source_name"], surplus["source_cue"]) == ("LSEG", "according to LSEG data")
    assert (by_position[1]["low"], by_position[1]["high"], by_position[1]["bound"]) == (
        2.5, 3.5, "~")
    assert (by_position[2]["value"], by_position[2]["value_text"], by_position[2]["where"]) == (
        None, "2026-01-13", "title")
    assert rows["removals"] == sorted([(REPOST.id, 0, "share row", "Share on X"),
                                       (REPOST.id, 1, "teaser", "You May Also Like")], key=repr)
    assert rows["errors"] == [("crawl/junk.bin", 1, "BinaryInputError", "the input looks binary")]


def test_all_databases_hold_identical_rows(tmp_path: Path, request: pytest.FixtureRequest
                                           ) -> None:
    contents = []
    for fmt in DATABASES:
        where = target(fmt, tmp_path, request)
        write(fmt, where, OUTCOMES)
        contents.append(read_back(fmt, where))
    assert all(c == contents[0] for c in contents[1:])


@pytest.mark.parametrize("fmt", ["sqlite", "duckdb", "postgres"])
def test_rewriting_is_an_upsert(fmt: str, tmp_path: Path, request: pytest.FixtureRequest
                                ) -> None:
    where = target(fmt, tmp_path, request)
    write(fmt, where, OUTCOMES)
    once = read_back(fmt, where)
    write(fmt, where, OUTCOMES)
    assert read_back(fmt, where) == once  # nothing lost, nothing duplicated

    # The same article again from another input, now with one claim: the claims are replaced,
    # the row keeps the first input that produced it. The junk file, now readable, loses its
    # error row.
    fewer = dataclasses.replace(REPOST, claims=(FORECAST,))
    write(fmt, where, [Extracted("mirror/china.html", 5, fewer),
                       Extracted("crawl/junk.bin", 1, PLAIN)])
    after = read_back(fmt, where)
    assert [r[:2] for r in after["articles"]] == [
        (REPOST.id, "crawl/china.html"), (PLAIN.id, "crawl/plain.txt")]
    assert [(r[0], r[1], r[2]) for r in after["claims"]] == [(REPOST.id, 0, "3%")]
    assert after["errors"] == []


@pytest.mark.parametrize("fmt", ["sqlite", "duckdb", "postgres"])
def test_done_inputs_lists_articles_and_errors(fmt: str, tmp_path: Path,
                                               request: pytest.FixtureRequest) -> None:
    where = target(fmt, tmp_path, request)
    write(fmt, where, OUTCOMES)
    sink = open_sink(where, fmt, resume=True)  # type: ignore[arg-type]
    try:
        assert sink.done_inputs() == {"crawl/china.html", "crawl/junk.bin", "crawl/plain.txt"}
    finally:
        sink.close()


def test_a_batch_that_fails_midway_leaves_nothing_of_itself(tmp_path: Path) -> None:
    where = str(tmp_path / "out.sqlite")
    write("sqlite", where, OUTCOMES[:1])
    broken = Extracted("crawl/broken.html", 3, PLAIN)
    object.__setattr__(broken, "article", "not an article")  # fails after PLAIN's rows
    with pytest.raises(AttributeError):
        write("sqlite", where, [Extracted("crawl/plain.txt", 2, PLAIN), broken])
    assert [r[1] for r in read_back("sqlite", where)["articles"]] == ["crawl/china.html"]


def test_parquet_files_carry_the_fixed_schema(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    where = str(tmp_path / "out.parquet")
    write("parquet", where, [])
    for name, path in table_paths(where).items():
        schema = pq.read_schema(path)
        assert schema.names == list(tables()[name].column_names)
        assert schema.metadata[b"newsfacts.table"] == name.encode()
    assert pq.read_schema(where).field("published").type == pa.date32()
    assert not list(tmp_path.glob("*.partial"))


def test_csv_is_the_claims_table_with_the_article_beside_each_claim(tmp_path: Path) -> None:
    where = str(tmp_path / "claims.csv")
    write("csv", where, OUTCOMES)
    with open(where, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["input"], r["position"], r["text"]) for r in rows] == [
        ("crawl/china.html", "0", "$1.2 trillion"), ("crawl/china.html", "1", "3%"),
        ("crawl/china.html", "2", "January 13, 2026")]
    assert (rows[0]["period_start"], rows[0]["published"]) == ("2025-01-01", "2026-01-14")


def test_jsonl_is_one_article_dict_a_line_and_errors_go_to_stderr(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    where = str(tmp_path / "out.jsonl")
    write("jsonl", where, [*OUTCOMES, Extracted("crawl/copy.html", 3, REPOST)])
    lines = Path(where).read_text(encoding="utf-8").splitlines()
    assert [Article.from_dict(json.loads(line)) for line in lines] == [REPOST, PLAIN]
    assert "crawl/junk.bin: BinaryInputError" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("output", "fmt"),
    [("facts.sqlite", "sqlite"), ("facts.db", "sqlite"), ("x/facts.DuckDB", "duckdb"),
     ("out.parquet", "parquet"), ("claims.csv", "csv"), ("a.jsonl", "jsonl"), (None, "jsonl"),
     ("postgresql://user@host/db", "postgres"), ("postgres://h/db", "postgres"),
     ("facts.xlsx", None)],
)
def test_format_from_the_output_name(output: str | None, fmt: str | None) -> None:
    assert infer_format(output) == fmt


@pytest.mark.parametrize("fmt", DATABASES)
def test_non_finite_numbers_are_stored_as_null(fmt: str, tmp_path: Path,
                                               request: pytest.FixtureRequest) -> None:
    odd = dataclasses.replace(FORECAST, value=float("inf"), low=float("nan"), high=None)
    where = target(fmt, tmp_path, request)
    write(fmt, where, [Extracted("crawl/odd.html", 0, dataclasses.replace(PLAIN, claims=(odd,)))])
    [claim] = read_back(fmt, where)["claims"]
    names = tables()["claims"].column_names
    row = dict(zip(names, claim, strict=True))
    assert (row["value"], row["low"], row["high"], row["text"]) == (None, None, None, "3%")


@pytest.mark.parametrize("name", ["facts.sqlite", "facts.duckdb", "facts.parquet"])
def test_an_output_folder_that_cannot_be_made_is_a_sink_error(tmp_path: Path, name: str) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the output folder should go", encoding="utf-8")
    fmt = infer_format(name)
    assert fmt is not None
    with pytest.raises(SinkError, match="cannot create the output folder"):
        open_sink(str(blocker / "out" / name), fmt, resume=False)
