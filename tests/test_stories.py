"""Stories: copies of one body (cut off, a paragraph dropped or added, other furniture) join;
different bodies stay apart; every sink gets the tables; later runs join existing stories."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from newsfacts import Options
from newsfacts._batch import BatchConfig, RunSettings, open_sink, run_batch
from newsfacts._cli import main
from newsfacts._stories import (
    Member,
    StoriesUnavailableError,
    StoryIndex,
    shingles,
    sign,
    story_claim_rows,
    story_rows,
)
from newsfacts._stories.signature import Signature, overlap

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
COPPER = "wire-repost-copper.html"
COPPER_REPOST = "wire-repost-copper-digest.html"


def paragraphs(topic: str, count: int = 6) -> list[str]:
    """A synthetic story on ``topic`` whose paragraphs differ from any other topic's."""
    return [f"Paragraph {i} on the {topic}: officials in the {topic} district said output of the "
            f"{topic} works rose by {i + 3} percent in quarter {i % 4 + 1}, while shipments of "
            f"{topic} goods to northern buyers fell for the {i + 2}th month in a row."
            for i in range(count)]


STORY = "\n\n".join(paragraphs("copper"))
OTHER = "\n\n".join(paragraphs("timber"))


def test_shingles_ignore_case_punctuation_and_short_lines() -> None:
    assert shingles("Share on X\n\nThe Port, said: volumes ROSE sharply.") == shingles(
        "the port said volumes rose sharply")
    assert shingles("Share on X") == set()


@pytest.mark.parametrize("copy", [
    "\n\n".join(paragraphs("copper")[:3]),                       # cut off at half
    "\n\n".join(paragraphs("copper")[:1] + paragraphs("copper")[2:]),   # a paragraph dropped
    "\n\n".join([*paragraphs("copper"), paragraphs("timber")[0]]),      # one added
    "Share on Facebook\n\nPrint\n\n" + STORY + "\n\nRelated: five stocks to watch",
])
def test_copies_join_the_original_story(copy: str) -> None:
    index = StoryIndex()
    first = index.add("original", sign(STORY))
    assert index.add("copy", sign(copy)) == first == "original"


def test_different_stories_and_stub_bodies_stay_apart() -> None:
    index = StoryIndex()
    assert index.add("a", sign(STORY)) == "a"
    assert index.add("b", sign(OTHER)) == "b"
    stub = "Please enable JavaScript to read this page."
    assert index.add("c", sign(stub)) == "c"
    assert index.add("d", sign(stub)) == "d"  # too short to be anybody's story


def test_signature_estimates_are_close_to_the_exact_overlap() -> None:
    cut = "\n\n".join(paragraphs("copper")[:3])
    jaccard, containment = overlap(sign(STORY), sign(cut))
    exact = shingles(STORY) & shingles(cut)
    assert abs(jaccard - len(exact) / len(shingles(STORY) | shingles(cut))) < 0.15
    assert containment > 0.8
    restored = Signature.decode(sign(STORY).encode(), sign(STORY).size)
    assert restored == sign(STORY)


def test_a_restored_index_files_new_copies_in_old_stories() -> None:
    index = StoryIndex()
    index.load([("old", "story-1", sign(STORY))])
    assert index.add("new", sign(STORY + "\n\nShare this")) == "story-1"
    assert index.add("old", sign(OTHER)) == "story-1"  # an article keeps its story


def member(article_id: str, **fields: object) -> Member:
    values: dict[str, object] = {"article_id": article_id, "story_id": "s", "url": None,
                                 "origin_url": None, "published": None, "length": 100,
                                 "publisher": None, "title": None}
    values.update(fields)
    return Member(**values)  # type: ignore[arg-type]


def test_canonical_is_the_credited_original_then_the_earliest_then_the_longest() -> None:
    import datetime as dt

    credited = [member("a", url="https://wire.example/x", published=dt.date(2025, 1, 2)),
                member("b", origin_url="https://www.wire.example/x/", published=dt.date(2025, 1, 1),
                       publisher="Portal")]
    [row] = story_rows(credited)
    assert row["canonical_id"] == "a"
    assert (row["first_published"], row["members"]) == (dt.date(2025, 1, 1), 2)
    assert json.loads(row["publishers"]) == ["Portal"]
    earliest = [member("a", published=dt.date(2025, 1, 2)),
                member("b", published=dt.date(2025, 1, 1))]
    assert story_rows(earliest)[0]["canonical_id"] == "b"
    longest = [member("a", length=10), member("b", length=900)]
    assert story_rows(longest)[0]["canonical_id"] == "b"


def test_story_claims_count_the_members_that_carry_each_figure() -> None:
    key = ("percent", 3.1, None, "percent", "2025-10-01", "2025-10-31")
    other = ("count", 5.0, None, "mine", None, None)
    rows = story_claim_rows([("s", "a", key), ("s", "b", key), ("s", "a", key), ("s", "b", other)])
    assert [(r["value"], r["members"], r["position"]) for r in rows] == [(3.1, 2, 0), (5.0, 1, 1)]


def examples_crawl(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


def run_into(output: Path | str, inputs: list[str], fmt: str, *, resume: bool = False) -> None:
    config = BatchConfig(inputs=inputs, settings=RunSettings(options=Options(claims=True)),
                         stories=True, resume=resume)
    sink = open_sink(str(output), fmt, resume=resume)  # type: ignore[arg-type]
    try:
        run_batch(config, sink)
    finally:
        sink.close()


def copper_story(connection: sqlite3.Connection) -> tuple[object, ...]:
    row: tuple[object, ...] = connection.execute(
        "SELECT s.story_id, s.members, a.input, s.publishers FROM stories s "
        "JOIN articles a ON a.id = s.canonical_id WHERE s.members > 1").fetchone()
    return row


def test_sqlite_gets_stories_and_a_later_run_joins_them(tmp_path: Path) -> None:
    first = examples_crawl(tmp_path / "one", [COPPER, "plain-article-harvest.txt"])
    second = examples_crawl(tmp_path / "two", [COPPER_REPOST])
    database = tmp_path / "out.sqlite"
    run_into(database, [str(first)], "sqlite")
    run_into(database, [str(second)], "sqlite")
    with sqlite3.connect(database) as connection:
        story_id, members, canonical, publishers = copper_story(connection)
        assert members == 2
        assert str(canonical).endswith(COPPER)
        assert json.loads(str(publishers)) == ["MarketPulse Daily", "Ore & Metal Digest"]
        assert connection.execute("SELECT count(*) FROM stories").fetchone()[0] == 2
        ids = connection.execute("SELECT DISTINCT story_id FROM articles WHERE input LIKE "
                                 "'%copper%'").fetchall()
        assert ids == [(story_id,)]
        agreed = connection.execute(
            "SELECT value, members FROM story_claims WHERE story_id = ? AND unit = 'percent' "
            "AND value = 3.1", (story_id,)).fetchall()
        assert agreed == [(3.1, 2)]
        signatures = connection.execute("SELECT count(*) FROM story_signatures").fetchone()[0]
        assert signatures == 3


@pytest.mark.parametrize("fmt", ["duckdb", "parquet"])
def test_duckdb_and_parquet_get_the_story_tables(tmp_path: Path, fmt: str) -> None:
    crawl = examples_crawl(tmp_path / "in", [COPPER, COPPER_REPOST, "plain-article-harvest.txt"])
    output = tmp_path / f"out.{fmt}"
    run_into(output, [str(crawl)], fmt)
    if fmt == "duckdb":
        import duckdb

        with duckdb.connect(str(output)) as connection:
            stories = connection.execute(
                "SELECT members FROM stories ORDER BY members DESC").fetchall()
            shared = connection.execute(
                "SELECT count(*) FROM story_claims WHERE members = 2").fetchone() or (0,)
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(tmp_path / "out.stories.parquet").to_pylist()
        stories = sorted(((row["members"],) for row in table), reverse=True)
        claims = pq.read_table(tmp_path / "out.story_claims.parquet").to_pylist()
        shared = (sum(row["members"] == 2 for row in claims),)
    assert stories == [(2,), (1,)]
    assert shared[0] >= 5


def test_postgres_gets_the_story_tables(tmp_path: Path, fresh_postgres: str) -> None:
    crawl = examples_crawl(tmp_path / "in", [COPPER, COPPER_REPOST])
    run_into(fresh_postgres, [str(crawl)], "postgres")
    import psycopg

    with psycopg.connect(fresh_postgres) as connection:
        rows = connection.execute("SELECT members, publishers FROM stories").fetchall()
    assert rows == [(2, ["MarketPulse Daily", "Ore & Metal Digest"])]


def test_json_lines_carry_the_story_id(tmp_path: Path) -> None:
    crawl = examples_crawl(tmp_path / "in", [COPPER, COPPER_REPOST, "plain-article-harvest.txt"])
    output = tmp_path / "out.jsonl"
    assert main(["extract", str(crawl), "-o", str(output), "-j", "1", "--stories",
                 "--no-claims"]) == 0
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    by_name = {Path(str(a["url"] or a["title"])).name: a["story_id"] for a in lines}
    assert len(set(by_name.values())) == 2
    assert all(a["story_id"] for a in lines)


def test_no_stories_leaves_the_story_id_empty(tmp_path: Path) -> None:
    crawl = examples_crawl(tmp_path / "in", [COPPER, COPPER_REPOST])
    output = tmp_path / "out.sqlite"
    assert main(["extract", str(crawl), "-o", str(output), "-j", "1", "--no-stories",
                 "--no-claims"]) == 0
    with sqlite3.connect(output) as connection:
        assert connection.execute("SELECT count(*) FROM stories").fetchone()[0] == 0
        assert connection.execute("SELECT DISTINCT story_id FROM articles").fetchall() == [
            (None,)]


def test_asking_for_stories_without_datasketch_is_a_clear_usage_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def missing() -> None:
        raise StoriesUnavailableError("stories need datasketch: pip install 'newsfacts[stories]'")

    monkeypatch.setattr("newsfacts._cli.require_datasketch", missing)
    assert main(["extract", str(EXAMPLES), "-o", str(tmp_path / "x.sqlite"), "--stories"]) == 2
    assert "newsfacts[stories]" in capsys.readouterr().err
    # Without the flag the run goes on without stories.
    assert main(["extract", str(EXAMPLES / COPPER), "-o", str(tmp_path / "y.sqlite"),
                 "-j", "1", "--no-claims"]) == 0
