"""The HTML byte-decoding chain: transport charset, BOM, <meta>, UTF-8, then the guess; gzip."""

from __future__ import annotations

import codecs
import gzip

import pytest

import newsfacts
from newsfacts._html.decode import decode_html_bytes, decode_text_bytes

LIMIT = 1_000_000
PARAGRAPH = ("Caf\u00e9 prices rose 5% \u2013 \u201cthe steepest\u201d rise since 2008, "
             "at \u20ac4.20 a cup.")


def page(charset_tag: str, body: str = PARAGRAPH) -> str:
    return f"<html><head>{charset_tag}<title>Prices</title></head><body><p>{body}</p></body></html>"


DECODE_CASES = [
    # The case the DESIGN notes measured: lxml alone gives U+FFFD here.
    pytest.param(page('<meta charset="utf-8">').encode("cp1252"), None, "cp1252",
                 id="meta-says-utf8-over-cp1252-bytes"),
    pytest.param(page('<meta charset="iso-8859-1">').encode("utf-8"), None, "utf-8",
                 id="meta-says-latin1-over-utf8-bytes"),
    pytest.param(page('<meta charset="utf-8">').encode("utf-8"), None, "utf-8",
                 id="meta-utf8-true"),
    pytest.param(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
                 .encode("cp1252"), None, "cp1252", id="http-equiv-cp1252"),
    pytest.param(page("").encode("cp1252"), "windows-1252", "cp1252",
                 id="transport-header-charset"),
    pytest.param(page('<meta charset="utf-8">').encode("cp1252"), "utf-8", "cp1252",
                 id="transport-header-also-lies"),
    pytest.param(codecs.BOM_UTF16_LE + page("").encode("utf-16-le"), None, "utf-16-le",
                 id="utf16-bom"),
    pytest.param(codecs.BOM_UTF8 + page('<meta charset="cp1252">').encode("utf-8"), None, "utf-8",
                 id="utf8-bom-beats-meta"),
    pytest.param(page("").encode("cp1252"), None, "cp1252", id="undeclared-cp1252-detected"),
    pytest.param(gzip.compress(page('<meta charset="utf-8">').encode("utf-8")), None, "utf-8",
                 id="gzip-compressed-page"),
]


@pytest.mark.parametrize(("data", "charset", "encoding"), DECODE_CASES)
def test_html_bytes_decode_to_the_right_text(data: bytes, charset: str | None,
                                             encoding: str) -> None:
    decoded = decode_html_bytes(data, charset=charset, max_bytes=LIMIT)
    assert PARAGRAPH in decoded.text
    assert decoded.encoding == encoding


def test_lying_meta_is_reported() -> None:
    decoded = decode_html_bytes(page('<meta charset="utf-8">').encode("cp1252"), max_bytes=LIMIT)
    assert any("does not fit" in note for note in decoded.warnings)


def test_undeclared_cyrillic_page_is_detected() -> None:
    # A legacy Russian page with no charset anywhere: the statistical guess, not cp1252.
    text = "Центробанк сохранил ключевую ставку на уровне 16%, сообщили в пятницу аналитики. "
    decoded = decode_html_bytes(page("", text * 20).encode("cp1251"), max_bytes=LIMIT)
    assert text in decoded.text
    assert decoded.encoding == "cp1251"


def test_shift_jis_page_by_meta() -> None:
    text = "\u65e5\u672c\u306e\u8f38\u51fa\u306f\u5341\u4e8c\u6708\u306b\u5897\u3048\u305f\u3002"
    data = page('<meta charset="shift_jis">', text).encode("shift_jis")
    decoded = decode_html_bytes(data, max_bytes=LIMIT)
    assert text in decoded.text
    assert decoded.encoding == "shift_jis"


BAD_BYTES = [
    pytest.param(gzip.compress(b"<p>" + b"a" * 5_000_000 + b"</p>"), newsfacts.InputTooLargeError,
                 "decompresses", id="gzip-bomb"),
    pytest.param(b"\x1f\x8b\x08\x00garbage-after-the-magic", newsfacts.DecodeError, "gzip",
                 id="corrupt-gzip"),
    pytest.param(b"x" * (LIMIT + 1), newsfacts.InputTooLargeError, "limit", id="too-large"),
    pytest.param(b"   \n ", newsfacts.EmptyInputError, "empty", id="blank"),
    pytest.param(b"\x00\x01\x02" * 100, newsfacts.BinaryInputError, "binary", id="nul-bytes"),
]


@pytest.mark.parametrize(("data", "error", "words"), BAD_BYTES)
def test_bad_html_bytes_raise_named_errors(data: bytes, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        decode_html_bytes(data, max_bytes=LIMIT)


def test_truncated_gzip_keeps_what_it_has_and_says_so() -> None:
    data = gzip.compress(page("").encode("utf-8"))[:-12]
    decoded = decode_html_bytes(data, max_bytes=LIMIT)
    assert "Caf\u00e9" in decoded.text
    assert any("truncated" in note for note in decoded.warnings)


def test_plain_text_bytes_stay_strict_utf8() -> None:
    assert decode_text_bytes(b"5% rise", max_bytes=LIMIT).encoding == "utf-8"
    with pytest.raises(newsfacts.DecodeError):
        decode_text_bytes("Caf\u00e9".encode("latin-1"), max_bytes=LIMIT)
