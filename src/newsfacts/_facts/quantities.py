"""Quantities in text: numbers with their scale words, currencies, units, ranges and bounds.

``find_quantities`` tokenises the text once (digits with their separators, words, single
symbols) and walks the tokens left to right. At each token it tries, in order: a digit shape
that is not an amount (times, phone numbers, slashed dates; ISO dates become dates), a date
written with words, and an amount: ``[bound] [currency] [sign] number [scale] [unit] [rate]``,
optionally a range ``amount (-|to|and) amount``, and for a bare number the noun it counts.
Each reader lives beside its table: ``read_numbers`` (``numbers``), ``read_money`` and
``read_units`` (``units``), ``read_bounds`` (bound phrases, ranges), ``read_dates`` (digit
shapes; ``date_spans`` reads dates written with words), ``read_names`` (numbers that are part
of a name) and ``nouns`` (the noun a count counts); tokens are in ``tokens``. This module is
the walk: a short loop that asks them in turn.

Design decisions:
- A range has ``value`` None; ``low`` and ``high`` carry it (``low <= high`` even for "from 208
  to 193"). No point value is invented for "3-5%".
- Dates are returned with ``type == "date"`` and ``value`` None, so that years and day numbers
  are never read as amounts; claim assembly resolves them (its period rules may also find dates
  on their own).
- Numbers that belong to names ("iPhone 15", "S&P 500", "RTX Pro 6000D"), ordinals, times of
  day, phone numbers, list markers and score lines ("9-2") are consumed and not returned.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from .._records import Bound, ClaimType
from . import lexicon, numbers, units
from .amount import Amount, Quantity, Skip
from .nouns import CountedNouns, singular
from .read_bounds import BoundReader
from .read_dates import DateReader
from .read_money import PHRASE_END, MoneyReader
from .read_names import NameReader
from .read_numbers import NumberReader
from .read_units import UnitReader
from .tokens import digit_shapes

__all__ = ["Quantity", "find_quantities"]


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order, without overlaps."""
    if not text or not may_hold_quantity(text):
        return []  # most paragraphs of a story have no figure: a cheap test says so
    return _Walk(text).run()


# Without a digit, a quantity or a date needs one of these words: a number word, a scale, a
# fraction, a month, a weekday, a relative day or unit ("last week"), or a one-unit name ("a
# dollar"). Text with none of them and no digit or fraction sign holds no quantity.
_QUANTITY_WORDS = frozenset(
    set(numbers.UNIT_WORDS) | set(numbers.TENS_WORDS) | set(numbers.HUNDRED)
    | set(numbers.SCALE_WORDS) | set(numbers.VAGUE_PLURALS) | set(numbers.VAGUE_MULTIPLIERS)
    | set(numbers.DOZEN_WORDS) | set(numbers.FRACTION_WORDS) | set(lexicon.MONTHS)
    | lexicon.WEEKDAYS | lexicon.RELATIVE_DAY_WORDS | lexicon.RELATIVE_UNITS
    | lexicon.PERIOD_PARTS | units.ONE_UNIT_NAMES | set(numbers.STREAK_ORDINALS)
)
_DIGIT_OR_FRACTION = re.compile(r"[\d" + "".join(numbers.VULGAR_FRACTIONS) + "]")
_LETTERS = re.compile(r"[^\W\d_]+")


def may_hold_quantity(text: str) -> bool:
    """False only for text that holds no quantity and no date: no digit, no number word."""
    if _DIGIT_OR_FRACTION.search(text) is not None:
        return True
    return not _QUANTITY_WORDS.isdisjoint(_LETTERS.findall(text.lower()))


# Lower-cased tokens that may begin a quantity or a date; any other word is passed over.
_STARTERS = frozenset(
    {key[0] for key, _bound in units.BOUND_PHRASES}
    | {key[0].lower() for key, _iso, _reason in units.CURRENCY_PREFIXES}
    | {key[0] for key, _iso in units.CURRENCY_NAMES_BEFORE}
    | set(numbers.UNIT_WORDS) | set(numbers.TENS_WORDS) | set(numbers.VAGUE_PLURALS)
    | set(numbers.VAGUE_MULTIPLIERS) | set(numbers.DOZEN_WORDS)
    | set(lexicon.MONTHS) | lexicon.WEEKDAYS | lexicon.RELATIVE_DAY_WORDS
    | lexicon.RELATIVE_LEADS | set(lexicon.ORDINAL_WORDS) | set(numbers.STREAK_ORDINALS)
    | {"a", "an", "half", "between", "from", "minus", "negative", "+", "−", "-", "–", "."}
    | set(numbers.VULGAR_FRACTIONS)
)
_CASED_STARTERS = units.ISO_CODES | lexicon.PERIOD_CODES
# Starters that begin something only with a given next token: the second words of the bound
# phrases and currency prefixes they open ("in excess of", "at least", "S $"), and for "a"
# and "an" the words they stand for one of ("a dozen", "a third", "a dollar", "an estimated").
# The walk steps on them only when that next token follows: most "a", "in" and "at" open
# nothing.
_MULTI_KEYS = [key for key, _bound in units.BOUND_PHRASES if len(key) > 1] + [
    tuple(tok.lower() for tok in key) for key, _iso, _reason in units.CURRENCY_PREFIXES
    if len(key) > 1
]
_ALONE = (
    {key[0] for key, _bound in units.BOUND_PHRASES if len(key) == 1}
    | {key[0].lower() for key, _iso, _reason in units.CURRENCY_PREFIXES if len(key) == 1}
    | {key[0] for key, _iso in units.CURRENCY_NAMES_BEFORE}
    | set(numbers.UNIT_WORDS) | set(numbers.TENS_WORDS) | set(numbers.VAGUE_PLURALS)
    | set(numbers.VAGUE_MULTIPLIERS) | set(numbers.DOZEN_WORDS)
    | set(lexicon.MONTHS) | lexicon.WEEKDAYS | lexicon.RELATIVE_DAY_WORDS
    | lexicon.RELATIVE_LEADS | set(lexicon.ORDINAL_WORDS) | set(numbers.STREAK_ORDINALS)
    | {"half", "between", "from", "minus", "negative"}
)
# Ordinals that start nothing but a streak: any other use ("the twelfth day") is passed over.
# The rest the walk also reads another way: a quarter's ordinal, a fraction's denominator.
_STREAK_ONLY = (frozenset(numbers.STREAK_ORDINALS) - set(lexicon.ORDINAL_WORDS)
                - set(numbers.FRACTION_WORDS))
_NEXT_TOKENS: dict[str, frozenset[str]] = {
    first: frozenset(key[1] for key in _MULTI_KEYS if key[0] == first)
    for first in {key[0] for key in _MULTI_KEYS} - _ALONE
}
_NEXT_TOKENS["a"] = _NEXT_TOKENS["an"] = frozenset(
    set(numbers.HUNDRED) | set(numbers.SCALE_WORDS) | set(numbers.DOZEN_WORDS)
    | set(numbers.FRACTION_WORDS) | units.ONE_UNIT_NAMES | {"-", "–", "$"}
    | {key[1] for key in _MULTI_KEYS if key[0] in ("a", "an")}
)
# Signs and a lone full stop open an amount only with digits glued after them ("-5", "+0.2").
_GLUED_DIGITS_ONLY = frozenset({"+", "−", "-", "–", "."})
_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade"})
_CLAUSE_BREAKS = (". ", "!", "?", ";", "\n", "(", ")")


class _Walk(BoundReader, UnitReader, MoneyReader, NumberReader, NameReader, DateReader,
            CountedNouns):
    """Walks the tokens once, asking the readers in turn what starts at each."""

    def run(self) -> list[Quantity]:
        shapes = digit_shapes(self.text)
        shape_at = 0
        i = 0
        while i < self.n:
            while shape_at < len(shapes) and shapes[shape_at][1] <= self.starts[i]:
                shape_at += 1
            if shape_at < len(shapes) and shapes[shape_at][0] <= self.starts[i]:
                i = self.take_shape(i, shapes[shape_at])
                continue
            if not self.is_digits(i) and not self.may_start(i):
                i += 1  # most words cannot begin a quantity or a date: skip them cheaply
                continue
            try:
                i = self.step(i)
            except Skip as skip:
                i = max(skip.end, i + 1)
        self.inherit_units()
        return self.out

    def may_start(self, i: int) -> bool:
        """Token ``i`` (no digits) could begin a quantity or a date, judged from it and the
        token after it alone."""
        low = self.lows[i]
        if low not in _STARTERS:
            return self.toks[i] in _CASED_STARTERS
        if low in _GLUED_DIGITS_ONLY:
            return self.attached(i + 1) and self.is_digits(i + 1)
        needed = _NEXT_TOKENS.get(low)
        return needed is None or self.lows_at(i + 1) in needed or self.toks[i] in (
            _CASED_STARTERS
        )

    def step(self, i: int) -> int:
        """Find what starts at token ``i``; return the token to continue from."""
        streak = self.streak_at(i)
        if streak is not None:
            return streak
        if self.lows[i] in _STREAK_ONLY:
            return i + 1
        if self.is_word(i):
            date_end = self.date_at(i)
            if date_end is not None:
                self.emit_date(i, date_end)
                return date_end
        first = i
        bound: Bound = "="
        found = self.bound_at(i)
        if found is not None:
            bound, i = found
            if self.lows[i - 1] == "from":
                # "starting from 450 sq ft up to 900 sq ft" is still a range
                ranged = self.range_after(i, "from")
                if ranged is not None:
                    self.finish(first, ranged, "=")
                    return ranged.end
        opener = self.lows[i] if i < self.n else ""
        if opener in ("between", "from") and i + 1 < self.n:
            ranged = self.range_after(i + 1, opener)
            if ranged is not None:
                self.finish(first, ranged, bound)
                return ranged.end
        if first == i and self.is_digits(i) and self.glued_to_word(i):
            raise Skip(self.chunk_end(i))
        amount = self.amount_at(i)
        if amount is None:
            return first + 1
        ranged = self.range_after_amount(amount, None)
        # An accounting bracket the amount took in ("($4.7) million") opens its span.
        self.finish(min(first, amount.start), ranged or amount, bound)
        return (ranged or amount).end

    def streak_at(self, i: int) -> int | None:
        """'a seventh straight month', 'the 13th consecutive monthly gain': how many in a row,
        a count of what follows; the token after the ordinal, or None."""
        low = self.lows[i]
        end = i + 1
        if low in numbers.STREAK_ORDINALS:
            value = numbers.STREAK_ORDINALS[low]
        elif (self.is_digits(i) and self.attached(i + 1)
              and self.lows_at(i + 1) in numbers.ORDINAL_SUFFIXES and self.toks[i].isdigit()):
            value, end = int(self.toks[i]), i + 2
        else:
            return None
        if not (self.joined(end) and self.lows_at(end) in numbers.STREAK_WORDS):
            return None
        noun = end + 1
        while noun < self.n and self.lows[noun].endswith("ly") and self.joined(noun):
            noun += 1  # "consecutive monthly drop"
        unit = singular(self.lows[noun]) if noun < self.n and self.is_word(noun) else None
        self.out.append(Quantity(self.text[self.starts[i]:self.ends[end - 1]],
                                 self.starts[i], self.ends[end - 1], "count",
                                 value=float(value), unit=unit))
        return end

    def amount_at(self, i: int, *, borrow: bool = True) -> Amount | None:
        """``[currency] [sign] number [scale] [unit] [rate]`` starting at token ``i``.

        ``borrow``: a number with no unit may take the unit of an alternative after it ("8 or
        $9"); the alternative itself is read without borrowing, so the look-ahead stays one
        step deep on input such as "1 or 1 or 1 or ...".
        """
        currency, j = self.currency_before(i)
        if currency is not None and not (self.joined(j) and self.starts_number(j)):
            return None
        sign, change_word, j = self.sign_at(j)
        if currency is None and j == i and not self.starts_number(i):
            return None
        amount = self.number_at(j, after_currency=currency is not None)
        if amount is None:
            return None
        amount.start = min(i, amount.start)  # an accounting bracket may open it
        amount.value *= sign
        amount.change_word = change_word
        if currency is not None:
            amount.kind, amount.unit = "money", currency
            self.currency_suffix(amount)
        else:
            self.unit_after(amount, borrow=borrow)
        if amount.kind == "money":
            name_end = amount.end
            self.minor_units_after(amount)
            if amount.one_unit and amount.end == name_end and PHRASE_END.match(
                self.text, self.ends[amount.end - 1]
            ) is None:
                return None  # "a dollar store", "a euro bond"
        elif amount.one_unit:
            return None
        self.rate_after(amount)
        self.reject_widget_double(amount)
        if not math.isfinite(amount.value):
            raise Skip(amount.end)  # a run of scale words or digits too long to be a figure
        return amount

    def inherit_units(self) -> None:
        """'6 million homes ... including 1.5 million in LA': a bare number right after a count
        or an amount of money in the same sentence, at the same scale, counts the same thing."""
        for k in range(1, len(self.out)):
            bare, before = self.out[k], self.out[k - 1]
            if bare.type != "number" or bare.low is not None or bare.value is None:
                continue
            if bare.bound != "=":
                continue  # "17 players over the age of 21": a bounded number is its own thing
            if before.type not in ("count", "money", "measure") or before.unit is None:
                continue
            if before.unit in _DURATIONS or before.unit == "year of age":
                continue  # durations and ages are rarely elided: "for 3 years, 15 of them"
            between = self.text[before.end:bare.start]
            if len(between) > 60 or any(mark in between for mark in _CLAUSE_BREAKS):
                continue
            if not self.ends_clause_after(bare.end):
                continue
            sub_unit = before.scale is not None and before.scale < 1
            if not sub_unit and before.scale != bare.scale:
                continue
            value, scale = bare.value, bare.scale
            if sub_unit and before.scale is not None:
                value, scale = value * before.scale, before.scale
            self.out[k] = replace(bare, type=before.type, unit=before.unit, value=value,
                                  scale=scale)

    def finish(self, first: int, amount: Amount, bound: Bound) -> None:
        if amount.kind == "date":
            self.emit_date(amount.start, amount.end)
            return
        if self.after_age_word(first) and amount.unit in (None, "year") and amount.value < 130:
            amount.kind, amount.unit = "measure", "year of age"  # "aged 18 to 34", "age of 5"
            self.emit_amount(first, amount, bound)
            return
        if amount.kind == "number":
            self.finish_bare(first, amount, bound)
            return
        if self.is_time_ago(amount):
            self.emit_date(first, amount.end + 1)
            return
        self.emit_amount(first, amount, bound)

    def finish_bare(self, first: int, amount: Amount, bound: Bound) -> None:
        """A number with no unit: a year, part of a name, a list marker, or a count."""
        start = amount.start
        if amount.fraction:
            self.emit_amount(first, amount, bound)  # a share: nothing after it is counted
            return
        if amount.year_like and amount.low is None and not amount.spelled and (
            bound == "=" or self.lows_at(start - 1) in lexicon.YEAR_CUES
        ):
            self.emit_date(start, amount.end)
            return
        if self.day_month_after(amount):
            end = self.date_tail(amount.end + 1)
            self.emit_date(start, end)
            raise Skip(end)
        if bound == "=" and self.is_name_number(start):
            raise Skip(self.chunk_end(amount.end - 1))
        if self.is_address(amount):
            raise Skip(amount.end)
        if self.is_citation(start, amount.end):
            raise Skip(amount.end)
        if self.is_list_marker(start, amount.end):
            raise Skip(amount.end + 1)
        if self.is_appositive_age(amount, bound):
            amount.kind, amount.unit = "measure", "year of age"
            self.emit_amount(first, amount, bound)
            return
        if bound == "=" and self.is_model_number(amount) and self.after_number(amount.start):
            raise Skip(amount.end)  # "roughly 400 737 Max jets", "five 787 Dreamliner sales"
        whole = amount.value >= 1 and amount.value.is_integer() and amount.low is None
        one = amount.value == 1 and amount.low is None
        noun = self.counted_noun(amount.end, one=one, whole=whole) or self.partitive_unit(amount)
        if noun is not None:
            kind: ClaimType = "money" if amount.kind == "money" else "count"
            amount.kind, amount.unit, amount.end = kind, noun[0], noun[2]
            amount.change_word = noun[1] or amount.change_word
            self.rate_after(amount)
            self.emit_amount(first, amount, bound)
            return
        if amount.spelled and amount.low is None and bound == "=" and amount.scale is None:
            return  # "one", "five" with nothing counted is prose, not a figure
        if bound == "=" and self.is_model_number(amount):
            raise Skip(amount.end)
        self.emit_amount(first, amount, bound)

    def emit_amount(self, first: int, amount: Amount, bound: Bound) -> None:
        start, end = self.starts[min(first, amount.start)], self.ends[amount.end - 1]
        is_range = amount.low is not None
        self.out.append(Quantity(
            self.text[start:end], start, end, amount.kind,
            value=None if is_range else amount.value,
            low=amount.low, high=amount.high, unit=amount.unit, scale=amount.scale,
            bound=bound, change_word=amount.change_word,
        ))
