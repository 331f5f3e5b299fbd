"""What flows through a batch: documents read from the inputs, and what became of each one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .._records import Article
from .._stories.signature import Signature

Kind = Literal["auto", "html", "text"]


@dataclass(frozen=True, slots=True)
class Document:
    """One page to extract, with the stable key that names it across runs.

    ``key`` is the path, ``path#L<line>`` for a JSON Lines record or ``path#<offset>`` for a WARC
    record. ``payload`` may still be gzip-compressed: the worker inflates it under the size cap,
    so a gzip bomb costs a worker, never the reading process.
    """

    key: str
    position: int
    payload: bytes | str
    url: str | None = None
    published: str | None = None
    charset: str | None = None
    kind: Kind = "auto"


@dataclass(frozen=True, slots=True)
class Unreadable:
    """An input that could not even be read as a document (bad JSON, truncated WARC record)."""

    key: str
    position: int
    error_type: str
    message: str


@dataclass(frozen=True, slots=True)
class Extracted:
    key: str
    position: int
    article: Article
    # The body's MinHash signature, when the run finds stories (the article has its story_id).
    signature: Signature | None = None


@dataclass(frozen=True, slots=True)
class Failed:
    key: str
    position: int
    error_type: str
    message: str


Outcome = Extracted | Failed
