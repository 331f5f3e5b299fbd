"""`newsfacts extract` end to end: folders with junk, exit codes, resume after SIGKILL, outputs."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from newsfacts import Options
from newsfacts._batch import BatchConfig, Outcome, RunSettings, SinkError, run_batch
from newsfacts._cli import main
from newsfacts._stories import Signature
from newsfacts._templates import SiteTemplates

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
COMMAND = [sys.executable, "-m", "newsfacts._cli"]
TABLE_QUERIES = {
    "articles": "SELECT * FROM articles ORDER BY id",
    "claims": "SELECT * FROM claims ORDER BY article_id, position",
    "removals": "SELECT * FROM removals ORDER BY article_id, position",
    "errors": "SELECT * FROM errors ORDER BY input",
}


def synthetic_story(n: int) -> str:
    """A short news-like text, different for every n (the SIGKILL test needs many documents)."""
    return (f"Port volumes at terminal {n} rise\n\n"
            f"Container volumes at terminal {n} rose {n % 13 + 1}.{n % 10}% in March from a year "
            f"earlier, the port authority said on Monday.\n\n"
            f"Operators expect about {100 + n} thousand containers in the second quarter, "
            f"up from {90 + n % 7} thousand a year ago.\n")


def make_crawl(folder: Path, stories: int) -> list[str]:
    """The bundled example pages, ``stories`` synthetic ones (some gzipped); their names."""
    folder.mkdir(parents=True, exist_ok=True)
    for page in EXAMPLES.iterdir():
        shutil.copy(page, folder / page.name)
    for n in range(stories):
        data = synthetic_story(n).encode()
        if n % 5 == 0:
            (folder / f"story-{n:04d}.txt.gz").write_bytes(gzip.compress(data))
        else:
            (folder / f"story-{n:04d}.txt").write_bytes(data)
    return sorted(p.name for p in folder.iterdir())


def table_rows(database: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(database) as connection:
        return {name: connection.execute(q).fetchall() for name, q in TABLE_QUERIES.items()}


def test_a_folder_of_pages_and_junk_gives_an_article_per_page_and_an_error_per_bad_file(
        tmp_path: Path, bad_folder: tuple[Path, dict[str, str]],
        capsys: pytest.CaptureFixture[str]) -> None:
    crawl = tmp_path / "crawl"
    pages = make_crawl(crawl, stories=12)
    bad, expected_errors = bad_folder
    shutil.copytree(bad, crawl / "bad")
    database = tmp_path / "out" / "facts.sqlite"
    status = main(["extract", str(crawl), "-o", str(database), "-j", "2",
                   "--max-bytes", "2000000", "--no-progress"])
    assert status == 1  # some documents failed
    rows = table_rows(database)
    inputs = sorted(Path(str(row[1])).name for row in rows["articles"])
    assert inputs == pages
    errors = {Path(str(row[0])).name: row[2] for row in rows["errors"]}
    assert errors == expected_errors
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert summary.startswith(f"newsfacts: {len(pages) + len(expected_errors)} documents, "
                              f"{len(pages)} articles, ")
    assert f"{len(expected_errors)} errors" in summary
    assert "documents/s" in summary


def test_two_inputs_with_the_same_content_stay_two_article_rows(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    for name in ("copy-a.txt", "copy-b.txt"):
        (crawl / name).write_text(synthetic_story(7), encoding="utf-8")
    database = tmp_path / "facts.sqlite"
    assert main(["extract", str(crawl), "-o", str(database), "--no-progress"]) == 0
    first = table_rows(database)
    assert sorted(Path(str(row[1])).name for row in first["articles"]) == ["copy-a.txt",
                                                                            "copy-b.txt"]
    assert len({row[0] for row in first["articles"]}) == 2
    # the same input again gives the same ids: upserts, no new rows
    assert main(["extract", str(crawl), "-o", str(database), "--no-progress"]) == 0
    assert table_rows(database) == first


def test_all_good_input_exits_0_and_writes_json_lines_to_stdout(
        capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    page = EXAMPLES / "plain-article-harvest.txt"
    assert main(["extract", str(page), "--no-progress"]) == 0
    captured = capsysbinary.readouterr()
    [line] = captured.out.decode().splitlines()
    article = json.loads(line)
    assert article["schema_version"]
    assert "Kansas" in article["text"]
    assert b"1 documents, 1 articles" in captured.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract"], "no input"),
        (["extract", "does/not/exist.html"], "no such file"),
        (["extract", "{examples}", "-o", "facts.xlsx"], "cannot tell the format"),
        (["extract", "{examples}", "-o", "{tmp}/out.parquet", "--resume"], "--resume needs"),
        (["extract", "{examples}", "--format", "sqlite"], "needs an output"),
        (["extract", "{examples}", "-j", "0"], "at least 1"),
        (["extract", "{examples}", "--timeout", "-5"], "0 (no limit) or more"),
        (["extract", "{examples}", "--errors", "ignore"], "invalid choice"),
    ],
)
def test_bad_usage_exits_2_before_any_work(args: list[str], message: str, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    filled = [a.format(examples=EXAMPLES, tmp=tmp_path) for a in args]
    assert main(filled) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_an_unreachable_database_fails_fast_with_a_clear_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A unix socket folder with no server in it: the connection is refused at once.
    url = f"postgresql://nobody@/facts?host={tmp_path}"
    started = time.monotonic()
    assert main(["extract", str(EXAMPLES), "-o", url, "--no-progress"]) == 2
    assert time.monotonic() - started < 10
    err = capsys.readouterr().err
    assert "cannot use PostgreSQL at postgresql://nobody@" in err
    assert "documents" not in err  # no summary: nothing ran


def test_errors_policy_fail_stops_and_skip_writes_no_error_rows(
        tmp_path: Path, bad_folder: tuple[Path, dict[str, str]]) -> None:
    bad = bad_folder[0]
    crawl = tmp_path / "crawl"
    make_crawl(crawl, stories=30)
    shutil.copy(bad / "empty.html", crawl / "a-empty.html")  # sorts first
    stopped = tmp_path / "stopped.sqlite"
    assert main(["extract", str(crawl), "-o", str(stopped), "--errors", "fail", "-j", "1",
                 "--no-progress"]) == 1
    rows = table_rows(stopped)
    assert [Path(str(r[0])).name for r in rows["errors"]] == ["a-empty.html"]
    assert len(rows["articles"]) < 30
    skipped = tmp_path / "skipped.sqlite"
    assert main(["extract", str(crawl), "-o", str(skipped), "--errors", "skip",
                 "--no-progress"]) == 1
    rows = table_rows(skipped)
    assert rows["errors"] == []
    assert len(rows["articles"]) == len(list(crawl.iterdir())) - 1


def test_input_file_and_input_dir_and_jsonl_and_warc_into_duckdb(tmp_path: Path) -> None:
    import duckdb

    from test_batch_readers import _warc

    dump = tmp_path / "dump.jsonl.gz"
    lines = [json.dumps({"body": synthetic_story(n), "link": f"https://x.example/{n}"})
             for n in range(3)] + ["not json"]
    dump.write_bytes(gzip.compress("\n".join(lines).encode()))
    archive = tmp_path / "crawl.warc.gz"
    page = (EXAMPLES / "wire-repost-copper.html").read_bytes()
    _warc(archive, [("https://y.example/copper", "text/html; charset=utf-8", page)])
    listing = tmp_path / "inputs.txt"
    listing.write_text(f"{dump}\n\n{archive}\n")
    folder = tmp_path / "more"
    make_crawl(folder, stories=2)
    out = tmp_path / "facts.duckdb"
    status = main(["extract", "-i", str(listing), "--input-dir", str(folder),
                   "--text-field", "body", "--url-field", "link", "-o", str(out),
                   "--no-progress"])
    assert status == 1  # the "not json" line
    with duckdb.connect(str(out), read_only=True) as connection:
        urls = {r[0] for r in connection.execute("SELECT url FROM articles").fetchall()}
        errors = connection.execute("SELECT input, error_type FROM errors").fetchall()
    assert {f"https://x.example/{n}" for n in range(3)} | {"https://y.example/copper"} <= urls
    assert errors == [(f"{dump}#L4", "JSONDecodeError")]


def test_a_batch_into_postgresql_reads_back(fresh_postgres: str, tmp_path: Path) -> None:
    import psycopg

    crawl = tmp_path / "crawl"
    pages = make_crawl(crawl, stories=20)
    (crawl / "junk.bin").write_bytes(bytes(range(256)) * 8)
    assert main(["extract", str(crawl), "-o", fresh_postgres, "--no-progress"]) == 1
    assert main(["extract", str(crawl), "-o", fresh_postgres, "--no-progress"]) == 1
    with psycopg.connect(fresh_postgres) as connection:
        inputs = [r[0] for r in connection.execute("SELECT input FROM articles ORDER BY input")]
        errors = connection.execute("SELECT input, error_type FROM errors").fetchall()
    assert sorted(Path(i).name for i in inputs) == pages  # twice written, once stored
    assert errors == [(str(crawl / "junk.bin"), "BinaryInputError")]


def test_a_run_killed_with_sigkill_then_resumed_equals_an_uninterrupted_run(
        tmp_path: Path, bad_folder: tuple[Path, dict[str, str]]) -> None:
    crawl = tmp_path / "crawl"
    make_crawl(crawl, stories=400)
    shutil.copytree(bad_folder[0], crawl / "bad")
    common = ["extract", str(crawl), "--max-bytes", "2000000", "-j", "2", "--no-progress"]
    whole, killed = tmp_path / "whole.sqlite", tmp_path / "killed.sqlite"
    assert subprocess.run([*COMMAND, *common, "-o", str(whole)], capture_output=True,
                          check=False, timeout=600).returncode == 1

    process = subprocess.Popen([*COMMAND, *common, "-o", str(killed)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        total = sum(len(rows) for name, rows in table_rows(whole).items()
                    if name in ("articles", "errors"))
        written = _wait_for_first_commit(killed, process)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    partial = table_rows(killed)
    assert 0 < written <= len(partial["articles"]) + len(partial["errors"]) < total, (
        "the run finished before it could be killed; give it more documents")

    resumed = subprocess.run([*COMMAND, *common, "-o", str(killed), "--resume"],
                             capture_output=True, text=True, check=False, timeout=600)
    assert resumed.returncode in (0, 1), resumed.stderr
    assert "already done" in resumed.stderr
    assert table_rows(killed) == table_rows(whole)


def _wait_for_first_commit(database: Path, process: subprocess.Popen[bytes]) -> int:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if database.exists():
            try:
                with sqlite3.connect(database) as connection:
                    count = connection.execute(
                        "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM errors)"
                    ).fetchone()[0]
            except sqlite3.OperationalError:  # tables not created yet
                count = 0
            if count:
                return int(count)
        time.sleep(0.005)
    raise AssertionError("no batch was committed before the run ended")


class FailingSink:
    """An output that breaks on the first write, as a full disk or a dropped connection does."""

    def __init__(self) -> None:
        self.writes = 0

    def done_inputs(self) -> set[str]:
        return set()

    def write(self, outcomes: Sequence[Outcome]) -> None:
        self.writes += 1
        raise sqlite3.OperationalError("database or disk is full")

    def stored_signatures(self) -> list[tuple[str, str, Signature]]:
        return []

    def finish_stories(self) -> None:
        pass

    def stored_templates(self) -> SiteTemplates:
        return SiteTemplates()

    def write_templates(self, templates: SiteTemplates) -> None:
        pass

    def close(self) -> None:
        pass


def test_an_output_that_fails_mid_run_stops_the_run_with_a_clear_error() -> None:
    sink = FailingSink()
    config = BatchConfig(inputs=[str(EXAMPLES)],
                         settings=RunSettings(options=Options(claims=False)))
    with pytest.raises(SinkError, match="disk is full; rerun with --resume"):
        run_batch(config, sink)
    assert sink.writes == 1  # no second attempt at a dead output


def test_stdin_is_one_page_and_progress_goes_to_stderr() -> None:
    page = (EXAMPLES / "wire-repost-copper.html").read_bytes()
    result = subprocess.run([*COMMAND, "extract", "-", "--progress"], input=page,
                            capture_output=True, check=False, timeout=300)
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.decode().splitlines()
    assert json.loads(line)["title"].startswith("Chile copper output slips")
    progress, summary = result.stderr.decode().rsplit("\n", 2)[-3:-1]
    assert progress.startswith("\r1 documents, 0 errors")
    assert summary.startswith("newsfacts: 1 documents, 1 articles")
