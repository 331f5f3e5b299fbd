"""newsfacts: clean articles and structured numeric claims from scraped news pages.

>>> import newsfacts
>>> article = newsfacts.extract("Title line\\n\\nExports rose 6.6% in December.")  # doctest: +SKIP
"""

from __future__ import annotations

from ._errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    ExtractionError,
    InputTooLargeError,
    NewsfactsError,
    NewsfactsWarning,
    PipelineNotInstalledError,
)
from ._extractor import DateLike, Extractor, Kind
from ._options import Options
from ._records import SCHEMA_VERSION, Article, Claim, Origin, Period, Removal, Source
from ._templates import SiteTemplates

__version__ = "0.1.0"

_default: Extractor | None = None


def _default_extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract(
    source: str | bytes,
    *,
    url: str | None = None,
    published: DateLike = None,
    kind: Kind = "auto",
) -> Article:
    """Turn one scraped page (HTML or flattened text, ``str`` or ``bytes``) into an Article.

    ``published`` is the article's date when the caller knows it (a ``date`` or ISO string);
    otherwise it is read from the page. Raises :class:`ExtractionError` for input that is not a
    page at all (empty, binary, undecodable).
    """
    return _default_extractor().extract(source, url=url, published=published, kind=kind)


def claims(text: str, *, published: DateLike = None) -> list[Claim]:
    """Find the numeric claims in already clean text, dates resolved against ``published``."""
    return _default_extractor().claims(text, published=published)


__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "BinaryInputError",
    "Claim",
    "DecodeError",
    "EmptyInputError",
    "ExtractionError",
    "Extractor",
    "InputTooLargeError",
    "NewsfactsError",
    "NewsfactsWarning",
    "Options",
    "Origin",
    "Period",
    "PipelineNotInstalledError",
    "Removal",
    "SiteTemplates",
    "Source",
    "__version__",
    "claims",
    "extract",
]
