"""The bound reader: "about", "more than", "up to" before an amount, and ranges between two.

Bound words are ``units.BOUND_PHRASES``; a range is "3-5%", "between 3% and 5%", "from $10 to
$15 billion" (the scale shared), never a score ("9-2", "a 0-1 defeat") or a move ("rose 0.7
percent to 6,327.80"). Two years make a span of years, which is a date.
"""

from __future__ import annotations

from .._records import Bound
from . import lexicon, units
from .amount import Amount, Readers, Skip
from .nouns import singular
from .tokens import DASHES, index_phrases

BOUNDS = index_phrases([(key, bound) for key, bound in units.BOUND_PHRASES])
BOUND_VALUES: dict[str, Bound] = {"=": "=", "~": "~", ">": ">", ">=": ">=", "<": "<", "<=": "<="}
# A level after "by X to" this many times the change or more is the level the change reached.
_LEVEL_RATIO = 4
BOUND_WORDS = frozenset(word for key, _bound in units.BOUND_PHRASES for word in key)


class BoundReader(Readers):
    """Reads bounds before an amount and ranges of two amounts."""

    def bound_at(self, i: int) -> tuple[Bound, int] | None:
        """A bound phrase at token ``i`` with something after it, and the token it ends at."""
        found = self.phrase(i, BOUNDS, fold=True)
        if found is None or found[1] >= self.n:
            return None
        return BOUND_VALUES[found[0]], found[1]

    def range_after(self, i: int, opener: str) -> Amount | None:
        """'between 3% and 5%', 'from $10 to $15 billion': the opener is kept in the span."""
        first = self.amount_at(i)
        if first is None:
            return None
        ranged = self.range_after_amount(first, opener)
        if ranged is not None:
            ranged.start = i - 1
        return ranged

    def range_after_amount(self, first: Amount, opener: str | None) -> Amount | None:
        j = first.end
        if j >= self.n or first.low is not None:
            return None
        link = self.lows[j]
        dash = self.toks[j] in DASHES
        if link == "up" and opener == "from" and self.lows_at(j + 1) == "to":
            j, link = j + 1, "to"  # "from 450 sq ft up to 900 sq ft"
        if not (dash or link in ("to", "through", "thru")
                or (link == "and" and opener == "between")):
            return None
        if not self.joined(j) or not self.joined(j + 1):
            return None
        try:
            second = self.amount_at(j + 1)
        except Skip:
            return None
        if second is None or second.low is not None:
            return None
        if first.kind == "money" and second.kind == "number" and second.unit is None:
            second.kind, second.unit = first.kind, first.unit
        if (first.unit is not None and second.unit is not None
                and second.unit.startswith(f"{first.unit} per ")):
            first.unit = second.unit  # "from $500,000 to $1 million a year"
        if (dash and first.unit == "foot" and second.unit is None and second.value < 12
                and first.low is None and self.attached(j) and self.attached(j + 1)):
            # "the 6-foot-5 forward": a height in feet and inches, not a range
            height = first.value + second.value / 12
            return Amount(start=first.start, end=second.end, value=height, kind="measure",
                          unit="foot")
        if first.unit is not None and second.unit is not None and first.unit != second.unit:
            return None
        if not dash and opener is None and first.unit is not None and second.unit is None:
            return None  # "rose 0.7 percent to 6,327.80" is a change, not a range
        if dash and first.unit is None and second.unit is None and (
            first.value > second.value or self.lows_at(second.end) in lexicon.SCORE_WORDS
        ):
            if first.year_like:
                return _year_span(first, second)
            score = self.score_before_noun(first, second)
            if score is None:
                raise Skip(second.end)  # a score such as "won 9-2"
            return score
        first_year = first.end == first.start + 1 and is_year_digits(self.toks[first.start])
        second_year = second.year_like or (dash and first.year_like and second.value < 100)
        if first_year and second_year and second.unit is None:
            return _year_span(first, second)  # "between 1600 and 1900", "2014-15"
        if first.year_like and (second.unit is None or second.value < first.value
                                or (opener is None and first.unit is None
                                    and self.lows_at(first.start - 1) in lexicon.YEAR_CUES)):
            # "in 2018 to 3.9 million", "from $2.8 billion in 2020 to $3.5 billion": the year
            # is not the low end of a range
            return None
        if (not dash and opener is None and first.unit is not None
                and self.after_change_verb(first.start)):
            return None  # "rose 18 sen to RM23.50": a move, not a range
        if (not dash and opener is None and link == "to"
                and (self.after_by(first.start) or self.after_change_verb(first.start))
                and (first.unit not in (None, second.unit)
                     or second.value >= _LEVEL_RATIO * first.value)):
            # "fell by 17,000 to 2.6 million", "fell 17,000 to 2.6 million", "cut by 25 basis
            # points to 3.5%": the change, then the level ("grow by 2% to 3%" stays a range).
            return None
        if first.scale is None and second.scale is not None and (
            first.spelled or first.value <= second.value / second.scale
        ):
            # "$10 to $15 billion" shares the scale; "$200 to $4 million" does not.
            first.value *= second.scale
            first.scale = second.scale
        low, high = sorted((first.value, second.value))
        kind = second.kind if first.kind == "number" else first.kind
        return Amount(start=first.start, end=second.end, value=low, kind=kind,
                       unit=second.unit or first.unit, scale=second.scale or first.scale,
                       low=low, high=high, change_word=first.change_word)

    def score_before_noun(self, first: Amount, second: Amount) -> Amount | None:
        """'a 9-2 lead', 'a 52-48 vote': a score before the result it names is read as the
        pair of whole numbers with that noun as unit (the way NewsQuant annotates scores)."""
        j = second.end
        if not (self.joined(j) and self.lows_at(j) in lexicon.SCORE_NOUNS
                and first.value.is_integer() and second.value.is_integer()
                and first.end == first.start + 1 and second.end == second.start + 1):
            return None
        low, high = sorted((first.value, second.value))
        return Amount(start=first.start, end=j + 1, value=low, kind="count",
                      unit=singular(self.toks[j]), low=low, high=high)

    def after_by(self, i: int) -> bool:
        """The amount at token ``i`` is a change's size: "by" before it, perhaps with a bound,
        an article or a describing word between ("fell by a seasonally adjusted 9,000")."""
        for j in range(i - 1, max(-1, i - 7), -1):
            low = self.lows[j]
            if low == "by":
                return True
            if not (low in BOUND_WORDS or low in ("a", "an") or low.endswith(("ly", "ed"))
                    or low in DASHES):
                return False
        return False

    def after_change_verb(self, i: int) -> bool:
        """The amount at token ``i`` follows a verb of change, perhaps with a bound between."""
        j = i - 1
        while j >= 0 and self.lows[j] in BOUND_WORDS:
            j -= 1
        return j >= 0 and self.lows[j] in lexicon.CHANGE_VERBS


def is_year_digits(tok: str) -> bool:
    return len(tok) == 4 and tok.isdigit() and 1500 <= int(tok) <= 2199


def _year_span(first: Amount, second: Amount) -> Amount:
    return Amount(start=first.start, end=second.end, value=first.value, kind="date")
