"""Bytes to text, with size caps and clear errors for input that is not text at all.

HTML bytes go through a chain, first answer wins: gzip is undone (with a cap), then the charset
the transport or WARC header gave, a byte order mark, the page's own ``<meta>`` declaration, and
last beautifulsoup4's ``UnicodeDammit``. A declared charset is trusted only when the bytes decode
under it strictly, so a page whose ``<meta>`` says UTF-8 over cp1252 bytes still comes out right.
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass

from bs4.dammit import UnicodeDammit

from .._errors import BinaryInputError, DecodeError, EmptyInputError, InputTooLargeError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab, newline, form feed and carriage return.
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\x0c\r") | {"\x7f"}
_SNIFF_CHARS = 8192


_GZIP_MAGIC = b"\x1f\x8b"
_DETECT_SAMPLE = 65536
# How far into the page a <meta> charset declaration is looked for; the HTML standard says
# 1024 bytes, real pages put long <head> preambles first.
_META_WINDOW = 16384
_META_CHARSET = re.compile(
    rb"<meta\b[^>]{0,600}?charset\s{0,10}=\s{0,10}[\"']?\s{0,10}([a-z0-9_.:-]{1,40})",
    re.IGNORECASE,
)
# Labels that browsers read as windows-1252 (the WHATWG encoding standard), because servers
# that say latin-1 almost always send cp1252 (curly quotes in 0x80-0x9F).
_CP1252_ALIASES = frozenset({"iso8859-1", "latin-1", "ascii", "cp1252", "windows-1252"})
# Single-byte charsets decode any byte string, so a strict decode proves nothing for them: UTF-8
# text mislabelled as one of these is recognised by being valid, non-ASCII UTF-8 instead.
_SINGLE_BYTE = re.compile(r"^(cp\d+|iso8859-\d+|latin|windows-|koi8|mac-|ascii)")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str | None
    warnings: tuple[str, ...] = ()


def check_text(text: str) -> str:
    """Raise a named error for empty or binary-looking text; return it unchanged otherwise."""
    if not text.strip():
        raise EmptyInputError("the input is empty or only white space")
    head = text[:_SNIFF_CHARS]
    controls = sum(1 for ch in head if ch in _CONTROL)
    if "\x00" in head or controls > max(8, len(head) // 20):
        raise BinaryInputError(
            f"the input looks binary: {controls} control characters in its first {len(head)}"
        )
    return text


def decode_text_bytes(data: bytes, *, max_bytes: int) -> Decoded:
    """Decode bytes given as plain text: a BOM's charset, else strict UTF-8."""
    if len(data) > max_bytes:
        raise InputTooLargeError(f"the input is {len(data)} bytes, over the limit of {max_bytes}")
    if not data.strip():
        raise EmptyInputError("the input is empty or only white space")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(check_text(data[len(bom) :].decode(encoding, "strict")), encoding)
    if b"\x00" in data[:_SNIFF_CHARS]:
        raise BinaryInputError("the input looks binary: it holds NUL bytes")
    try:
        return Decoded(check_text(data.decode("utf-8", "strict")), "utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"the input is not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r});"
            " pass a str, or the bytes of an HTML page whose charset can be detected"
        ) from exc


def gunzip_capped(data: bytes, *, max_bytes: int) -> tuple[bytes, tuple[str, ...]]:
    """Undo gzip, stopping once the output passes ``max_bytes``: a gzip bomb stops at once."""
    inflater = zlib.decompressobj(31)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise DecodeError(f"the input starts like gzip but does not decompress: {exc}") from exc
    if len(out) > max_bytes:
        raise InputTooLargeError(
            f"the gzip input decompresses to more than the limit of {max_bytes} bytes"
        )
    notes: tuple[str, ...] = ()
    if not inflater.eof:
        notes = (f"the gzip input is truncated: kept the {len(out)} bytes it decompressed to",)
    return out, notes


def decode_html_bytes(data: bytes, *, charset: str | None = None, max_bytes: int) -> Decoded:
    """Decode the bytes of an HTML page; ``charset`` is what a transport or WARC header said."""
    if len(data) > max_bytes:
        raise InputTooLargeError(f"the input is {len(data)} bytes, over the limit of {max_bytes}")
    notes: tuple[str, ...] = ()
    if data.startswith(_GZIP_MAGIC):
        data, notes = gunzip_capped(data, max_bytes=max_bytes)
    if not data.strip():
        raise EmptyInputError("the input is empty or only white space")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, "replace")
            return Decoded(check_text(text), encoding, notes)
    if b"\x00" in data[:_SNIFF_CHARS]:
        raise BinaryInputError("the input looks binary: it holds NUL bytes")
    declared = [name for name in (_canonical(charset), _meta_charset(data)) if name]
    rejected: list[str] = []
    for encoding in dict.fromkeys(declared):
        strict = _strict(data, encoding)
        if strict is not None:
            return Decoded(check_text(strict), encoding, notes)
        rejected.append(encoding)
    if rejected:
        notes += (f"the declared charset {rejected[0]} does not fit the bytes; detected instead",)
    return _detect(data, rejected, notes)


def _strict(data: bytes, encoding: str) -> str | None:
    """``data`` decoded under a declared charset, or None when the declaration cannot be true."""
    if _SINGLE_BYTE.match(encoding) and not data.isascii() and _is_utf8(data):
        return None
    try:
        return data.decode(encoding, "strict")
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes, rejected: list[str], notes: tuple[str, ...]) -> Decoded:
    # UTF-8 first: valid non-ASCII UTF-8 is rarely anything else, and checking it is fast.
    if "utf-8" not in rejected and _is_utf8(data):
        return Decoded(check_text(data.decode("utf-8")), "utf-8", notes)
    # The statistical guess reads a sample: on a whole page of megabytes it takes seconds.
    sample = data[:_DETECT_SAMPLE]
    end = sample.rfind(b">")
    if len(data) > _DETECT_SAMPLE and end > _DETECT_SAMPLE // 2:
        sample = sample[: end + 1]  # do not cut a multi-byte character in two
    dammit = UnicodeDammit(sample, exclude_encodings=[*rejected, "utf-8"], is_html=False)
    label = dammit.original_encoding
    encoding = _canonical(label) or "cp1252"
    try:
        text = data.decode(encoding, "strict")
    except UnicodeDecodeError:
        text = data.decode(encoding, "replace")
        notes += (f"bytes that do not fit the detected charset {encoding} were replaced",)
    return Decoded(check_text(text), encoding, notes)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8", "strict")
    except UnicodeDecodeError:
        return False
    return True


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data, 0, _META_WINDOW)
    if not found:
        return None
    name = _canonical(found.group(1).decode("ascii"))
    # A declaration readable as ASCII cannot be in UTF-16 or UTF-32: browsers read it as UTF-8.
    if name is not None and name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return name


def _canonical(label: str | None) -> str | None:
    """Python's codec name for a charset label, cp1252 for latin-1's aliases, None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    if name == "utf-7":
        return None  # browsers refuse it: it can smuggle markup past filters
    return "cp1252" if name in _CP1252_ALIASES else name
