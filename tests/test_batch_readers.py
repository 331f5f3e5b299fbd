"""Readers: every input shape becomes documents with stable keys, or an Unreadable item."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zlib
from pathlib import Path

import pytest

from newsfacts import DecodeError, InputTooLargeError
from newsfacts._batch.inflate import inflate
from newsfacts._batch.outcomes import Document, Unreadable
from newsfacts._batch.readers import (
    JsonFields,
    MissingExtraError,
    container_of,
    iter_documents,
    list_files,
)

MAX = 1_000_000
PAGE = b"<html><head><title>T</title></head><body><p>Exports rose 6.6%.</p></body></html>"


def read_all(*paths: Path | str, fields: JsonFields | None = None, max_bytes: int = MAX,
             stdin: bytes = b"") -> list[Document | Unreadable]:
    return list(iter_documents([str(p) for p in paths], fields=fields or JsonFields(),
                               max_bytes=max_bytes, stdin=io.BytesIO(stdin)))


@pytest.mark.parametrize(
    ("name", "container"),
    [
        # Common Crawl and Heritrix names, trafilatura-style dumps, plain saved pages.
        ("CC-MAIN-20240101-00000.warc.gz", "warc"),
        ("crawl.ARC.GZ", "warc"),
        ("dump.jsonl.gz", "jsonl"),
        ("dump.ndjson", "jsonl"),
        ("page.html.gz", "page"),
        ("notes.txt", "page"),
        ("no-extension", "page"),
    ],
)
def test_container_comes_from_the_name(name: str, container: str) -> None:
    assert container_of(name) == container


def test_folders_are_walked_recursively_in_sorted_order_without_hidden_files(
        tmp_path: Path) -> None:
    for rel in ("b.html", "a/z.txt", "a/y.htm.gz", ".hidden.html", ".git/x.html", "c"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(PAGE)
    os.mkfifo(tmp_path / "a" / "pipe")  # never read: it would block
    names = [Path(p).relative_to(tmp_path).as_posix() for p in list_files(str(tmp_path))]
    assert names == ["b.html", "c", "a/y.htm.gz", "a/z.txt"]


def test_page_files_keep_their_bytes_and_get_consecutive_positions(tmp_path: Path) -> None:
    (tmp_path / "one.html").write_bytes(PAGE)
    (tmp_path / "two.html.gz").write_bytes(gzip.compress(PAGE))
    items = read_all(tmp_path / "one.html", tmp_path / "two.html.gz")
    assert [(i.key, i.position) for i in items] == [
        (str(tmp_path / "one.html"), 0), (str(tmp_path / "two.html.gz"), 1)]
    first, second = items
    assert isinstance(first, Document)
    assert first.payload == PAGE
    # Compressed pages are inflated in the worker, under the size cap, not here.
    assert isinstance(second, Document)
    assert inflate(second.payload, max_bytes=MAX) == PAGE  # type: ignore[arg-type]


def test_a_file_over_the_size_limit_is_not_even_read(tmp_path: Path) -> None:
    (tmp_path / "big.html").write_bytes(b"x" * 2000)
    [item] = read_all(tmp_path / "big.html", max_bytes=1000)
    assert isinstance(item, Unreadable)
    assert item.error_type == "InputTooLargeError"


def test_stdin_is_one_page() -> None:
    [item] = read_all("-", stdin=PAGE)
    assert isinstance(item, Document)
    assert (item.key, item.payload) == ("-", PAGE)


JSONL_LINES = [
    # (line, what it must become): the shapes real dumps hold, good and bad.
    (json.dumps({"html": "<p>page one</p>", "url": "https://a.example/1", "date": "2025-01-02"}),
     ("html", "https://a.example/1")),
    (json.dumps({"text": "Plain text body.", "url": "https://a.example/2"}), ("text", None)),
    ("", None),  # blank lines are not records
    ("{not json", "JSONDecodeError"),
    (json.dumps(["an", "array"]), "MissingFieldError"),
    (json.dumps({"url": "https://a.example/5", "title": "no body field"}), "MissingFieldError"),
    (json.dumps({"html": "   "}), "MissingFieldError"),
]


@pytest.mark.parametrize("compressed", [False, True])
def test_jsonl_records_are_documents_or_error_items_keyed_by_line(
        tmp_path: Path, compressed: bool) -> None:
    body = "\n".join(line for line, _ in JSONL_LINES).encode() + b"\n"
    path = tmp_path / ("dump.jsonl.gz" if compressed else "dump.jsonl")
    path.write_bytes(gzip.compress(body) if compressed else body)
    items = read_all(path, fields=JsonFields(date="date"))
    expected = [(n, want) for n, (_, want) in enumerate(JSONL_LINES, 1) if want is not None]
    assert [i.key for i in items] == [f"{path}#L{n}" for n, _ in expected]
    for item, (_, want) in zip(items, expected, strict=True):
        if isinstance(want, tuple):
            assert isinstance(item, Document)
            assert (item.kind, item.url if want[1] else None) == want
        else:
            assert isinstance(item, Unreadable)
            assert item.error_type == want
    first = items[0]
    assert isinstance(first, Document)
    assert first.published == "2025-01-02"


def test_jsonl_field_names_are_configurable(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"raw": "<p>x</p>", "link": "https://b.example/"}) + "\n")
    [item] = read_all(path, fields=JsonFields(html="raw", url="link"))
    assert isinstance(item, Document)
    assert (item.payload, item.url) == ("<p>x</p>", "https://b.example/")


def test_a_jsonl_line_over_the_limit_is_an_error_and_the_next_line_still_reads(
        tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    huge = json.dumps({"html": "x" * 5000})
    path.write_text(huge + "\n" + json.dumps({"text": "fine"}) + "\n")
    first, second = read_all(path, max_bytes=1000)
    assert isinstance(first, Unreadable)
    assert first.error_type == "InputTooLargeError"
    assert isinstance(second, Document)
    assert second.key == f"{path}#L2"


def test_a_truncated_jsonl_gz_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"record {n} " + "filler " * 40}) for n in range(200)]
    packed = gzip.compress("\n".join(lines).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    items = read_all(path)
    assert all(isinstance(i, Document) for i in items[:-1])
    assert len(items) > 10
    assert isinstance(items[-1], Unreadable)
    assert items[-1].error_type == "EOFError"


def _warc(path: Path, records: list[tuple[str, str, bytes]], *, gzipped: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for url, content_type, body in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                    protocol="HTTP/1.1")
            # With a length given, warcio digests in place instead of via a temporary file.
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http))
        meta = b"fetchTimeMs: 12"
        writer.write_record(writer.create_warc_record(
            "https://a.example/meta", "metadata", payload=io.BytesIO(meta), length=len(meta)))


@pytest.mark.parametrize("gzipped", [True, False])
def test_warc_response_records_carry_target_uri_and_http_charset(
        tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    latin = "<html><body><p>Caf\u00e9 sales rose 4%.</p></body></html>".encode("cp1252")
    _warc(path, [
        ("https://a.example/news/1", "text/html; charset=windows-1252", latin),
        ("https://a.example/logo.png", "image/png", b"\x89PNG\r\n"),
        ("https://a.example/robots", "text/plain", b"Plain text page."),
    ], gzipped=gzipped)
    items = read_all(path)
    assert len(items) == 2  # the image and the metadata record are not pages
    page, text = items
    assert isinstance(page, Document)
    assert isinstance(text, Document)
    assert (page.url, page.charset, page.payload, page.kind) == (
        "https://a.example/news/1", "windows-1252", latin, "auto")
    assert (text.url, text.kind) == ("https://a.example/robots", "text")
    assert page.key.startswith(f"{path}#")
    assert page.key != text.key


def test_a_truncated_warc_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    bodies = [b"<html><body><p>" + f"story {n} ".encode() * 300 + b"</p></body></html>"
              for n in range(4)]
    _warc(path, [(f"https://a.example/{n}", "text/html", b) for n, b in enumerate(bodies)])
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.7)])
    items = read_all(path)
    good = [i for i in items if isinstance(i, Document)]
    assert [d.url for d in good] == [f"https://a.example/{n}" for n in range(len(good))]
    assert 1 <= len(good) < 4
    assert isinstance(items[-1], Unreadable)


GZIP_CASES = [
    # (name, data, expected bytes or error type)
    ("plain bytes pass through", PAGE, PAGE),
    ("one member", gzip.compress(PAGE), PAGE),
    ("two members, as `cat a.gz b.gz` makes", gzip.compress(PAGE) + gzip.compress(PAGE),
     PAGE + PAGE),
    ("truncated", gzip.compress(PAGE)[:-12], DecodeError),
    ("corrupt deflate data", gzip.compress(PAGE)[:12] + b"\xff" * 40, DecodeError),
    ("bomb", gzip.compress(b"a" * 5_000_000), InputTooLargeError),
]


@pytest.mark.parametrize(("name", "data", "expected"), GZIP_CASES, ids=[c[0] for c in GZIP_CASES])
def test_inflate(name: str, data: bytes, expected: bytes | type[Exception]) -> None:
    if isinstance(expected, bytes):
        assert inflate(data, max_bytes=MAX) == expected
    else:
        with pytest.raises(expected):
            inflate(data, max_bytes=MAX)


def test_inflate_stops_a_bomb_without_inflating_it() -> None:
    bomb = zlib.compressobj(9, zlib.DEFLATED, 31)
    data = b"".join(bomb.compress(b"\0" * (1 << 20)) for _ in range(512)) + bomb.flush()
    with pytest.raises(InputTooLargeError):
        inflate(data, max_bytes=MAX)  # 512 MB inflated would be slow and show in memory


def test_a_warc_without_warcio_installed_says_which_extra_to_install(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"")
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)  # import now fails
    with pytest.raises(MissingExtraError, match=r"pip install 'newsfacts\[warc\]'"):
        read_all(path)
