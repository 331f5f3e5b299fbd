"""The exceptions and warnings newsfacts raises; all errors derive from ``NewsfactsError``."""

from __future__ import annotations


class NewsfactsError(Exception):
    """Base class of every error newsfacts raises on purpose."""


class ExtractionError(NewsfactsError, ValueError):
    """The input cannot be turned into an article; the message says what was wrong with it."""


class EmptyInputError(ExtractionError):
    """The input is empty or holds only white space."""


class BinaryInputError(ExtractionError):
    """The input is binary data (NUL bytes, control characters), not a page or text."""


class DecodeError(ExtractionError):
    """Bytes that cannot be decoded to text with any charset they claim or newsfacts can detect."""


class InputTooLargeError(ExtractionError):
    """The input, or its decompressed form, is over the configured size limit."""


class PipelineNotInstalledError(NewsfactsError):
    """The requested spaCy pipeline is not installed; the message says how to install it."""


class NewsfactsWarning(UserWarning):
    """Something looked wrong but a result was still returned (say, an all-boilerplate page)."""
