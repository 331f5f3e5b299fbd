"""One options object instead of a long keyword list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ._templates import SiteTemplates

# Chosen by leave-site-out validation on the real reposts (bench/reposts.py).
DEFAULT_FURNITURE_THRESHOLD = 0.85

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
    ``furniture_threshold``: the cleaner's learnt model removes a block the rules left as body
    when its probability of being page furniture reaches this (0 to 1; lower removes more and
    risks more article text). The default keeps at least 98% of the body on sites the model
    never saw (leave-site-out validation, README "Reposts").
    """

    claims: bool = True
    pipeline: Pipeline = "auto"
    max_bytes: int = 20_000_000
    templates: SiteTemplates | None = None
    furniture_threshold: float = DEFAULT_FURNITURE_THRESHOLD

    def __post_init__(self) -> None:
        if not 0.0 <= self.furniture_threshold <= 1.0:
            raise ValueError(
                f"furniture_threshold must be between 0 and 1, not {self.furniture_threshold!r}"
            )
