"""What the quantity readers share: the record of one quantity, the amount being read, and the
questions one reader asks another.

Each reader (``read_numbers``, ``read_money``, ``read_units``, ``read_bounds``, ``read_dates``,
``read_names``, ``nouns``) is a mixin over :class:`Readers`; the walk in ``quantities``
combines them.
A reader that needs another's answer calls it through the stubs declared here, so every
module type-checks on its own and the combined walk supplies the real method.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._records import Bound, ClaimType
from .tokens import Tokens


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity as written: ``text`` is ``source[start:end]``.

    ``value`` is already multiplied by ``scale`` (``"$1.2 trillion"`` -> 1.2e12, scale 1e12);
    for ``type == "date"`` the finder leaves ``value`` None and claim assembly resolves it.
    For a range ``value`` is None and ``low``/``high`` are set.
    ``unit`` is an ISO 4217 code for money (a rate such as "$52 a barrel" is ``"USD per
    barrel"``), ``"percent"``, ``"percentage point"``, ``"basis point"``, a unit name for
    measures, or the counted noun (singular) for counts.
    ``change_word`` is a word inside the span that itself says the direction
    (``"911,000 fewer jobs"`` -> ``"fewer"``, ``"+0.2%"`` -> ``"+"``), else None.
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


@dataclass(slots=True)
class Amount:
    """An amount while it is being read, in token positions."""

    start: int  # first token
    end: int  # one past the last token
    value: float
    kind: ClaimType = "number"
    unit: str | None = None
    scale: float | None = None
    low: float | None = None
    high: float | None = None
    spelled: bool = False  # written in words ("five", "tens of thousands")
    fraction: bool = False  # a share ("two-thirds", "one in five"), never a count
    year_like: bool = False  # four plain digits that could be a year
    one_unit: bool = False  # "a" or "an" standing for one ("a dollar")
    change_word: str | None = None


class Skip(Exception):
    """The tokens up to ``end`` are a number that is not a quantity (a name, time, ordinal)."""

    def __init__(self, end: int) -> None:
        super().__init__(end)
        self.end = end


class Readers(Tokens):
    """The tokens of one text, what has been found so far, and the readers' shared questions."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.out: list[Quantity] = []

    # Answered by read_numbers.
    def starts_number(self, i: int) -> bool:
        raise NotImplementedError

    def number_at(self, i: int, *, after_currency: bool) -> Amount | None:
        raise NotImplementedError

    def word_number_at(self, i: int) -> Amount | None:
        raise NotImplementedError

    # Answered by read_money.
    def grouped_at(self, i: int, *, after_currency: bool) -> Amount | None:
        raise NotImplementedError

    def glued_currency(self, amount: Amount) -> tuple[tuple[str, float], int] | None:
        raise NotImplementedError

    def currency_sign_after(self, amount: Amount) -> tuple[tuple[str, float], int] | None:
        raise NotImplementedError

    def take_currency(self, amount: Amount, iso: str, multiplier: float, end: int) -> None:
        raise NotImplementedError

    # Answered by read_units.
    def unit_after(self, amount: Amount, *, borrow: bool = True) -> None:
        raise NotImplementedError

    def measure_at(self, i: int) -> tuple[str, int] | None:
        raise NotImplementedError

    def fraction_unit(self, amount: Amount) -> Amount:
        raise NotImplementedError

    def known_suffix(self, amount: Amount, j: int) -> bool:
        raise NotImplementedError

    # Answered by nouns.
    def counted_noun(
        self, end: int, *, one: bool, whole: bool
    ) -> tuple[str, str | None, int] | None:
        raise NotImplementedError

    # Answered by the walk (quantities).
    def amount_at(self, i: int, *, borrow: bool = True) -> Amount | None:
        raise NotImplementedError
