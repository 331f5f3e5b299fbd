"""Bytes to text, with size caps and clear errors for input that is not text at all."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from ._errors import BinaryInputError, DecodeError, EmptyInputError, InputTooLargeError

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


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str | None


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
