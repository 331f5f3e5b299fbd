"""One options object instead of a long keyword list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ._templates import SiteTemplates

Pipeline = Literal["auto", "blank", "en_core_web_sm"]


@dataclass(frozen=True, slots=True)
class Options:
    """How an :class:`~newsfacts.Extractor` works.

    ``claims``: find numeric claims in the clean body (and title).
    ``pipeline``: which spaCy pipeline the claim finder uses: ``"blank"`` (rules on a blank
    English pipeline, fastest), ``"en_core_web_sm"`` (the statistical pipeline, when installed),
    or ``"auto"`` (the documented default; see README).
    ``max_bytes``: inputs larger than this, before or after decompression, raise
    :class:`~newsfacts.InputTooLargeError`.
    ``templates``: site templates learnt from other pages of the same sites
    (:meth:`~newsfacts.SiteTemplates.learn`); their blocks are removed as ``site-template``.
    """

    claims: bool = True
    pipeline: Pipeline = "auto"
    max_bytes: int = 20_000_000
    templates: SiteTemplates | None = None
