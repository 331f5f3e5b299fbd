"""Bad input raises a named newsfacts error with a message that says what was wrong."""

from __future__ import annotations

import pytest

import newsfacts

BAD_INPUTS = [
    pytest.param("", newsfacts.EmptyInputError, "empty", id="empty-str"),
    pytest.param(b"", newsfacts.EmptyInputError, "empty", id="empty-bytes"),
    pytest.param(" \n\t \n", newsfacts.EmptyInputError, "white space", id="whitespace"),
    pytest.param(bytes(range(256)) * 8, newsfacts.BinaryInputError, "binary", id="binary-bytes"),
    pytest.param("\x00\x01\x02abc\x03" * 50, newsfacts.BinaryInputError, "binary", id="binary-str"),
    pytest.param(
        "Caf\xe9 prices rose 5% last year.".encode("latin-1"),
        newsfacts.DecodeError,
        "UTF-8",
        id="latin1-bytes-as-text",
    ),
]


@pytest.mark.parametrize(("source", "error", "words"), BAD_INPUTS)
def test_bad_input_raises_named_error(
    source: str | bytes, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        newsfacts.extract(source, kind="text")


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        newsfacts.extract(42)  # type: ignore[arg-type]


def test_bad_published_date_is_named() -> None:
    with pytest.raises(newsfacts.ExtractionError, match="ISO date"):
        newsfacts.extract("Some text about 5% growth.", published="last Tuesday")


def test_too_large_input_is_named() -> None:
    extractor = newsfacts.Extractor(newsfacts.Options(max_bytes=100))
    with pytest.raises(newsfacts.InputTooLargeError, match="limit"):
        extractor.extract(b"x" * 1000, kind="text")
