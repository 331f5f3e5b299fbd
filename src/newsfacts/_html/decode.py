"""Bytes to text, with size caps and clear errors for input that is not text at all.

HTML bytes go through a chain, first answer wins: gzip is undone (with a cap), then the charset
the transport or WARC header gave, a byte order mark, the page's own ``<meta>`` declaration, then
UTF-8 (whole, or as the bulk of a page with a few legacy bytes pasted in), and last a guess by
charset-normalizer over the page's non-ASCII lines. A declared charset is trusted only when the
bytes decode under it strictly, so a page whose ``<meta>`` says UTF-8 over cp1252 bytes still
comes out right.

Why charset-normalizer, and why only over the non-ASCII lines: bs4's ``UnicodeDammit`` used
whichever detector happened to be installed, and with chardet (pure Python) the guess took 60%
of the time on a corpus of old pages. charset-normalizer is a dependency of spaCy's own
dependencies (so always there), compiled, and pinned here; it reads only the lines that hold
non-ASCII bytes (the markup says nothing about the charset), at most 32 KB of them. Where
cp1252 reads the bytes as cleanly as its best guess, cp1252 wins: the WHATWG default for
undeclared pages, and what an English page with a few curly quotes or a pound sign is (the
guess alone reads those as cp1250, turning "£" into "Ł").
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass

import charset_normalizer
from bs4.dammit import EncodingDetector

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
# Any of them: most pages hold none, which one scan tells.
_ANY_CONTROL = re.compile("[" + "".join(re.escape(char) for char in sorted(_CONTROL)) + "]")
_SNIFF_CHARS = 8192


_GZIP_MAGIC = b"\x1f\x8b"
# The charset guess reads at most this much of the page's non-ASCII lines.
_DETECT_SAMPLE = 32768
# How far either side of a non-ASCII byte its line is sampled.
_SAMPLE_REACH = 400
# How much less clean than the best guess cp1252's reading may be and still win (chaos is the
# share of the text that looks garbled; ties are common on pages with a few curly quotes).
_DEFAULT_CHAOS_MARGIN = 0.1
# Below this many non-ASCII bytes a guess is noise (a dozen accents and quotes read cleanly in
# many single-byte charsets), and a page in a non-Latin script has hundreds: cp1252.
_GUESS_MIN_BYTES = 20
# The legacy charsets browsers know (the WHATWG Encoding Standard), by Python's codec names: a
# guess outside them (cp775, mac-iceland) fits a few bytes by chance and is never a web page's.
_WEB_CHARSETS = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7", "iso8859-8",
    "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "koi8-r", "koi8-u",
    "mac-roman", "mac-cyrillic", "cp866", "cp874", "gb18030", "big5", "euc_jp", "iso2022_jp",
    "shift_jis", "euc_kr",
)
# The start of a multi-byte UTF-8 character (a lead byte and one continuation byte): a page's
# UTF-8 characters, including the ones a copy-paste cut short, and any non-ASCII byte.
_UTF8_START = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# Fewer UTF-8 characters than this prove nothing: cp1252 text has the odd "Ã©"-like pair too.
_MIXED_MIN_SEQUENCES = 3
# How far into the page a <meta> charset declaration is looked for; the HTML standard says
# 1024 bytes, real pages put long <head> preambles first.
_META_WINDOW = 16384
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
    if not text or text.isspace():
        raise EmptyInputError("the input is empty or only white space")
    head = text[:_SNIFF_CHARS]
    # One scan of the head per control character, in C, rather than a Python loop per character;
    # none at all where one scan for any of them finds none (most pages).
    controls = sum(map(head.count, _CONTROL)) if _ANY_CONTROL.search(head) else 0
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
    declared = [name for name in (_canonical(charset), _declared_charset(data)) if name]
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
    if _mostly_utf8(data):
        # A UTF-8 page with a legacy snippet pasted in (an ad, a quote from an old page): the
        # stray bytes are read as cp1252 one by one, the rest as UTF-8.
        notes += ("the page mixes UTF-8 with bytes of another charset: those were read as "
                  "cp1252",)
        return Decoded(check_text(data.decode("utf-8", _MIXED_HANDLER)), "utf-8", notes)
    encoding = guess_charset(data, rejected)
    try:
        text = data.decode(encoding, "strict")
    except UnicodeDecodeError:
        text = data.decode(encoding, "replace")
        notes += (f"bytes that do not fit the detected charset {encoding} were replaced",)
    return Decoded(check_text(text), encoding, notes)


def guess_charset(data: bytes, rejected: list[str] | None = None) -> str:
    """The charset of undeclared, non-UTF-8 bytes: cp1252 unless another reads them better."""
    sample = _non_ascii_sample(data)
    if len(_HIGH_BYTE.findall(sample)) < _GUESS_MIN_BYTES:
        return "cp1252"
    excluded = set(rejected or ()) | {"utf-8"}
    candidates = [name for name in _WEB_CHARSETS if name not in excluded]
    matches = list(charset_normalizer.from_bytes(sample, cp_isolation=candidates))
    if not matches:
        return "cp1252"
    best = min(matches, key=lambda match: match.chaos)
    for match in matches:
        readings = {_canonical(name) for name in match.could_be_from_charset}
        if "cp1252" in readings and match.chaos <= best.chaos + _DEFAULT_CHAOS_MARGIN:
            return "cp1252"
    return _canonical(best.encoding) or "cp1252"


def _non_ascii_sample(data: bytes) -> bytes:
    """The lines that hold non-ASCII bytes, up to a cap: all a charset guess can learn from."""
    lines: list[bytes] = []
    size = 0
    position = 0
    while size < _DETECT_SAMPLE:
        found = _HIGH_BYTE.search(data, position)
        if found is None:
            break
        start = max(data.rfind(b"\n", 0, found.start()) + 1, found.start() - _SAMPLE_REACH)
        end = data.find(b"\n", found.end())
        end = min(len(data) if end < 0 else end, found.end() + _SAMPLE_REACH)
        lines.append(data[start:end])
        size += end - start + 1
        position = end + 1
    return b"\n".join(lines)[:_DETECT_SAMPLE]


def _mostly_utf8(data: bytes) -> bool:
    """Whether most non-ASCII sequences are well-formed UTF-8 (so a few stray bytes are not)."""
    starts = len(_UTF8_START.findall(data))
    return starts >= _MIXED_MIN_SEQUENCES and len(_HIGH_BYTE.findall(data)) <= 4 * starts


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """One stray byte reads as cp1252; a UTF-8 character cut short is a replacement mark."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray = bytes(error.object[error.start : error.end])
    return (stray.decode("cp1252", "replace") if len(stray) == 1 else "\ufffd"), error.end


_MIXED_HANDLER = "newsfacts-cp1252-bytes"
codecs.register_error(_MIXED_HANDLER, _cp1252_bytes)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8", "strict")
    except UnicodeDecodeError:
        return False
    return True


def _declared_charset(data: bytes) -> str | None:
    """The charset the page declares: an XML declaration or a ``<meta>`` charset.

    beautifulsoup4's detector reads both forms (``charset=`` and ``http-equiv`` content) the way
    browsers do; only the first ``_META_WINDOW`` bytes are searched."""
    label = EncodingDetector.find_declared_encoding(
        data[:_META_WINDOW], is_html=True, search_entire_document=True
    )
    name = _canonical(label)
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
