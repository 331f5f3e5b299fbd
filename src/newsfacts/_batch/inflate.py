"""Gzip decompression with a hard output cap, so a gzip bomb stops at the cap, not at OOM."""

from __future__ import annotations

import zlib

from .._errors import DecodeError, InputTooLargeError

GZIP_MAGIC = b"\x1f\x8b"


def inflate(data: bytes, *, max_bytes: int) -> bytes:
    """Return ``data`` gunzipped when it starts with the gzip magic, unchanged otherwise.

    Every gzip member is inflated in turn (``cat a.gz b.gz`` is valid gzip); output past
    ``max_bytes`` raises :class:`InputTooLargeError` without inflating the rest.
    """
    if not data.startswith(GZIP_MAGIC):
        return data
    out = bytearray()
    pending = data
    try:
        while pending.startswith(GZIP_MAGIC):
            stream = zlib.decompressobj(31)  # 31: expect a gzip header and trailer
            out += stream.decompress(pending, max_bytes + 1 - len(out))
            if len(out) > max_bytes or stream.unconsumed_tail:
                raise InputTooLargeError(
                    f"the input inflates to more than the limit of {max_bytes} bytes"
                )
            if not stream.eof:
                raise DecodeError("the gzip data is truncated")
            pending = stream.unused_data
    except zlib.error as exc:
        raise DecodeError(f"the gzip data is corrupt: {exc}") from exc
    return bytes(out)
