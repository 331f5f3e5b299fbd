"""Quantities in text: numbers with their scale words, currencies, units, ranges and bounds.

PLACEHOLDER (foundation skeleton): ``Quantity`` is the contract between the quantity finder and
claim assembly; ``find_quantities`` is replaced by the real finder.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._records import Bound, ClaimType


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity as written: ``text`` is ``source[start:end]``.

    ``value`` is already multiplied by ``scale`` (``"$1.2 trillion"`` -> 1.2e12, scale 1e12);
    for ``type == "date"`` the finder leaves ``value`` None and claim assembly resolves it.
    ``unit`` is an ISO 4217 code for money, ``"percent"``, ``"percentage point"``,
    ``"basis point"``, a unit name for measures, or the counted noun (singular) for counts.
    ``change_word`` is a word inside the span that itself says the direction
    (``"911,000 fewer jobs"`` -> ``"fewer"``), else None.
    """

    text: str
    start: int
    end: int
    type: ClaimType
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    scale: float | None = None
    bound: Bound = "="
    change_word: str | None = None


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order, without overlaps."""
    return []
