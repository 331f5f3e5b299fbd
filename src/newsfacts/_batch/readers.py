"""Turn the paths on the command line into a stream of documents, each with a stable key.

Files and folders (every non-hidden file, recursively, in sorted order), JSON Lines (one record a
line, optionally gzipped), WARC/ARC archives (response records, via the optional warcio) and stdin
(``-``). Anything that cannot be read becomes an :class:`Unreadable` item instead of an exception,
so one bad input never stops the batch.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from email.message import Message
from typing import IO, Any, cast

from .inflate import GZIP_MAGIC
from .outcomes import Document, Kind, Unreadable

Item = Document | Unreadable

JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".arc")
# Response bodies worth extracting; images, scripts and the like in a crawl are not pages.
PAGE_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})


class MissingExtraError(RuntimeError):
    """An input needs an optional dependency that is not installed."""


@dataclass(frozen=True, slots=True)
class JsonFields:
    """Which keys of a JSON Lines record hold the page, its URL and its date."""

    html: str = "html"
    text: str = "text"
    url: str = "url"
    date: str | None = None


def iter_documents(
    paths: Iterable[str], *, fields: JsonFields, max_bytes: int, stdin: IO[bytes] | None = None
) -> Iterator[Item]:
    """Every document in ``paths``, in a deterministic order, numbered from 0."""
    position = 0
    for path in paths:
        for item in _iter_path(path, fields=fields, max_bytes=max_bytes, stdin=stdin):
            yield _renumber(item, position)
            position += 1


def list_files(path: str) -> Iterator[str]:
    """A folder's non-hidden regular files, recursively and sorted; a file (or pipe) is itself.

    Lazy, folder by folder, so a crawl of millions of files starts at once.
    """
    if not os.path.isdir(path):
        yield path
        return
    for folder, subfolders, files in os.walk(path):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(files):
            file = os.path.join(folder, name)
            # A socket or FIFO left in a crawl folder would block the read forever.
            if not name.startswith(".") and os.path.isfile(file):
                yield file


def container_of(path: str) -> str:
    """'jsonl', 'warc' or 'page', from the file name (a trailing .gz does not count)."""
    name = path.lower().removesuffix(".gz")
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return "page"


def _renumber(item: Item, position: int) -> Item:
    return dataclasses.replace(item, position=position)


def _iter_path(
    path: str, *, fields: JsonFields, max_bytes: int, stdin: IO[bytes] | None
) -> Iterator[Item]:
    if path == "-":
        source = stdin if stdin is not None else sys.stdin.buffer
        yield _page_from_stream("-", source, max_bytes=max_bytes)
        return
    for file in list_files(path):
        key = os.path.normpath(file)
        container = container_of(file)
        if container == "jsonl":
            yield from _iter_jsonl(key, fields=fields, max_bytes=max_bytes)
        elif container == "warc":
            yield from _iter_warc(key, max_bytes=max_bytes)
        else:
            yield _page_file(key, max_bytes=max_bytes)


def _page_file(key: str, *, max_bytes: int) -> Item:
    try:
        size = os.path.getsize(key)
        if size > max_bytes:
            return Unreadable(key, 0, "InputTooLargeError",
                              f"the file is {size} bytes, over the limit of {max_bytes}")
        with open(key, "rb") as handle:
            return _page_from_stream(key, handle, max_bytes=max_bytes)
    except OSError as exc:
        return Unreadable(key, 0, type(exc).__name__, str(exc))


def _page_from_stream(key: str, stream: IO[bytes], *, max_bytes: int) -> Item:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return Unreadable(key, 0, "InputTooLargeError", f"the input is over {max_bytes} bytes")
    return Document(key, 0, data)


def _iter_jsonl(path: str, *, fields: JsonFields, max_bytes: int) -> Iterator[Item]:
    line_number = 0
    try:
        with open(path, "rb") as handle, _maybe_gunzip(handle) as stream:
            while True:
                line = stream.readline(max_bytes + 1)
                if not line:
                    return
                line_number += 1
                key = f"{path}#L{line_number}"
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    _skip_rest_of_line(stream)
                    yield Unreadable(key, 0, "InputTooLargeError",
                                     f"the line is over {max_bytes} bytes")
                    continue
                if line.strip():
                    yield _jsonl_record(key, line, fields)
    except (OSError, EOFError, zlib.error) as exc:
        # A truncated or corrupt gzip stream: what was read stays, the rest is one error.
        yield Unreadable(f"{path}#L{line_number + 1}", 0, type(exc).__name__, str(exc))


def _maybe_gunzip(handle: io.BufferedReader) -> IO[bytes]:
    if handle.peek(2)[:2] == GZIP_MAGIC:
        return cast(IO[bytes], gzip.GzipFile(fileobj=handle, mode="rb"))
    return handle


def _skip_rest_of_line(stream: IO[bytes]) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _jsonl_record(key: str, line: bytes, fields: JsonFields) -> Item:
    try:
        record = json.loads(line)
    except ValueError as exc:
        return Unreadable(key, 0, "JSONDecodeError", f"the line is not JSON: {exc}")
    if not isinstance(record, dict):
        return Unreadable(key, 0, "MissingFieldError",
                          f"the line is a JSON {type(record).__name__}, not an object")
    return document_from_record(key, record, fields)


def document_from_record(key: str, record: Mapping[str, Any], fields: JsonFields) -> Item:
    """A document from a record's fields (a JSON Lines object, a Spark row), or why not."""
    url = _optional_str(record.get(fields.url))
    published = _optional_str(record.get(fields.date)) if fields.date else None
    html, text = record.get(fields.html), record.get(fields.text)
    if isinstance(html, str) and html.strip():
        return Document(key, 0, html, url=url, published=published, kind="html")
    if isinstance(text, str) and text.strip():
        return Document(key, 0, text, url=url, published=published, kind="text")
    wanted = f"{fields.html!r} or {fields.text!r}"
    return Unreadable(key, 0, "MissingFieldError",
                      f"the record has no non-empty string field {wanted}")


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _iter_warc(path: str, *, max_bytes: int) -> Iterator[Item]:
    try:
        from warcio.archiveiterator import ArchiveIterator  # the optional [warc] extra
    except ImportError as exc:
        raise MissingExtraError(
            f"reading {path} needs warcio: pip install 'newsfacts[warc]'"
        ) from exc
    try:
        with open(path, "rb") as handle:
            records = ArchiveIterator(handle, arc2warc=True)
            offset = 0
            for record in records:
                offset = records.offset  # where this record starts, before it is read
                item = _warc_record(path, offset, record, max_bytes=max_bytes)
                if item is not None:
                    yield item
    except Exception as exc:  # warcio raises many kinds of error on a damaged archive
        yield Unreadable(f"{path}#{offset}", 0, type(exc).__name__,
                         f"the archive is damaged at or after byte {offset}: {exc}")


def _warc_record(path: str, offset: int, record: Any, *, max_bytes: int) -> Item | None:
    if record.rec_type != "response":
        return None
    key = f"{path}#{offset}"
    http = record.http_headers
    content_type = http.get_header("Content-Type") if http is not None else None
    media_type, charset = _parse_content_type(content_type)
    if media_type is not None and media_type not in PAGE_MEDIA_TYPES:
        return None
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return Unreadable(key, 0, "InputTooLargeError", f"the record is over {max_bytes} bytes")
    url = record.rec_headers.get_header("WARC-Target-URI")
    kind: Kind = "text" if media_type == "text/plain" else "auto"
    return Document(key, 0, body, url=url or None, charset=charset, kind=kind)


def _parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    header = Message()
    header["Content-Type"] = value
    charset = header.get_param("charset")
    return header.get_content_type(), charset if isinstance(charset, str) else None
