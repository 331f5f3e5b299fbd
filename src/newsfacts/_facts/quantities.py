"""Quantities in text: numbers with their scale words, currencies, units, ranges and bounds.

``find_quantities`` tokenises the text once (digits with their separators, words, single
symbols) and walks the tokens left to right. At each token it tries, in order: a digit shape
that is not an amount (times, phone numbers, slashed dates; ISO dates become dates), a date
written with words, and an amount: ``[bound] [currency] [sign] number [scale] [unit] [rate]``,
optionally a range ``amount (-|to|and) amount``, and for a bare number the noun it counts.
Everything the finder knows about words lives in the data modules ``numbers``, ``units`` and
``lexicon``; tokens are in ``tokens``, dates written with words in ``date_spans`` and counted
nouns in ``nouns``; this module is the walk over amounts.

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
from dataclasses import dataclass, replace

from .._records import Bound, ClaimType
from . import lexicon, numbers, units
from .date_spans import DateSpans
from .nouns import CountedNouns
from .tokens import DASHES, digit_shapes, index_phrases, split


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


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order, without overlaps."""
    if not text:
        return []
    return _Walk(text).run()


_MAX_DIGITS = 21  # longer digit strings are identifiers or junk, not amounts
_PREFIXES = index_phrases([(key, iso) for key, iso, _reason in units.CURRENCY_PREFIXES])
_WORDS_BEFORE_DOLLARS = {"A", "S", "R"}  # "a $5 bill", "Apple's $5": not AUD, SGD, BRL
# "hk $", "c $" in lower-cased copy: a letter code is safe to fold when a dollar sign follows.
_DOLLAR_PREFIXES_FOLDED = index_phrases(
    [(tuple(t.lower() for t in key), iso) for key, iso, _reason in units.CURRENCY_PREFIXES
     if "$" in key and len(key) > 1 and not (set(key) - {"$"}) & _WORDS_BEFORE_DOLLARS]
)
_CURRENCY_NAMES = index_phrases([(key, (iso, mult)) for key, iso, mult in units.CURRENCY_NAMES])
_SUFFIXES = index_phrases(
    [(key, (iso, mult)) for key, iso, mult, _reason in units.CURRENCY_SUFFIXES]
)
_GLUED_SUFFIXES = index_phrases(
    [(key, (iso, mult)) for key, iso, mult, _reason in units.GLUED_SUFFIXES]
)
# Digits grouped the way much of the world writes prices, read only next to a currency:
# "2.349,00" and "24,95" (decimal comma), "1 849,50" and "2 599" (space groups), "2'450.75"
# (Swiss apostrophes), "1.299.000" (dot groups), "149,-" (no hundredths). "1.299" alone stays
# a decimal and "1,299" English thousands. Every repetition is bounded: matching is linear.
_GROUPED = re.compile(
    r"(?P<comma>(?:\d{1,3}(?P<sep>[. \u00a0\u202f\u2009])\d{3}(?:(?P=sep)\d{3}){0,5}|\d{1,9})"
    r",\d{1,2})(?![\d,.'’])"
    r"|(?P<swiss>\d{1,3}(?:['’]\d{3}){1,6}(?:\.\d{1,2})?)(?![\d'’]|[.,][-–])"
    r"|(?P<spaced>\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){1,6})(?![\d,.'’\-])"
    r"|(?P<dotted>\d{1,3}(?:\.\d{3}){2,6})(?![\d,.'’])"
    r"|(?P<dashed>(?:\d{1,3}(?P<dsep>['’. \u00a0])\d{3}(?:(?P=dsep)\d{3}){0,5}|\d{1,9})"
    r"[.,][-–])(?!\w)"  # "149,- Kč", "CHF 1'399.-": a whole amount, no hundredths
)
_GROUP_MARKS = str.maketrans("", "", ". \u00a0\u202f\u2009")
_APOSTROPHES = str.maketrans("", "", "'’")
# Where hundredths without a sub-unit word may end: the end of the text or a closing mark.
_PHRASE_END = re.compile(r"\s*(?:$|[.,;:!?)\]](?!\d))")
_NAMES_BEFORE = index_phrases(list(units.CURRENCY_NAMES_BEFORE))
_PERCENTS = index_phrases(list(units.PERCENT_UNITS))
_MEASURES_FOLDED = index_phrases(
    [(split(s), name) for name, surfaces in units.MEASURES for s in surfaces]
)
_MEASURES_CASED = index_phrases(
    [(split(s), name) for name, surfaces in units.CASED_MEASURES for s in surfaces]
)
_BOUNDS = index_phrases([(key, bound) for key, bound in units.BOUND_PHRASES])
_RATES = index_phrases([(split(s), name) for s, name in units.RATE_DENOMINATORS.items()])
_WORD_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Lower-cased tokens that may begin a quantity or a date; any other word is passed over.
_STARTERS = frozenset(
    {key[0] for key, _bound in units.BOUND_PHRASES}
    | {key[0].lower() for key, _iso, _reason in units.CURRENCY_PREFIXES}
    | {key[0] for key, _iso in units.CURRENCY_NAMES_BEFORE}
    | set(numbers.UNIT_WORDS) | set(numbers.TENS_WORDS) | set(numbers.VAGUE_PLURALS)
    | set(numbers.VAGUE_MULTIPLIERS) | set(numbers.DOZEN_WORDS)
    | set(lexicon.MONTHS) | lexicon.WEEKDAYS | lexicon.RELATIVE_DAY_WORDS
    | lexicon.RELATIVE_LEADS | set(lexicon.ORDINAL_WORDS)
    | {"a", "an", "half", "between", "from", "minus", "negative", "+", "−", "-", "–", "."}
    | set(numbers.VULGAR_FRACTIONS)
)
_CASED_STARTERS = units.ISO_CODES | lexicon.PERIOD_CODES
_PERCENT_NAMES = frozenset(name for _key, name in units.PERCENT_UNITS)
_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade"})
_LIST_JOINERS = frozenset({",", "or", "and", "to"})
_CLAUSE_BREAKS = (". ", "!", "?", ";", "\n", "(", ")")
_SIGNS = {"-": -1.0, "−": -1.0, "–": -1.0, "+": 1.0}
_BOUND_WORDS = frozenset(word for key, _bound in units.BOUND_PHRASES for word in key)
_BOUND_VALUES: dict[str, Bound] = {"=": "=", "~": "~", ">": ">", ">=": ">=", "<": "<", "<=": "<="}


@dataclass(slots=True)
class _Amount:
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


class _Skip(Exception):
    """The tokens up to ``end`` are a number that is not a quantity (a name, time, ordinal)."""

    def __init__(self, end: int) -> None:
        super().__init__(end)
        self.end = end


class _Walk(DateSpans, CountedNouns):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.out: list[Quantity] = []

    def emit_date(self, first: int, last: int) -> None:
        start, end = self.starts[first], self.ends[last - 1]
        self.out.append(Quantity(self.text[start:end], start, end, "date", None))

    # --- the walk ---------------------------------------------------------------------------
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
            if not self.is_digits(i) and self.lows[i] not in _STARTERS and (
                self.toks[i] not in _CASED_STARTERS
            ):
                i += 1  # most words cannot begin a quantity or a date: skip them cheaply
                continue
            try:
                i = self.step(i)
            except _Skip as skip:
                i = max(skip.end, i + 1)
        self.inherit_units()
        return self.out

    def ends_clause_after(self, offset: int) -> bool:
        """Nothing that could be the bare number's own noun follows the offset: punctuation,
        the end, or a preposition ('1.5 million in Los Angeles', 'and 187 by tender')."""
        rest = self.text[offset:offset + 24].lstrip()
        if not rest:
            return True
        if rest[0] in "-–/":
            return False  # "a 10-game stretch": the number is glued to what follows
        if not rest[0].isalnum():
            return not (len(rest) > 2 and rest[1] == " " and rest[2].isdigit())
        word = re.match(r"\w+", rest)
        return word is not None and word.group().lower() in lexicon.ELLIPSIS_FOLLOWERS

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

    def take_shape(self, i: int, shape: tuple[int, int, bool]) -> int:
        start, end, is_date = shape
        j = i
        while j < self.n and self.starts[j] < end:
            j += 1
        if is_date and self.starts[i] == start:
            self.out.append(Quantity(self.text[start:end], start, end, "date", None))
        return max(j, i + 1)

    def step(self, i: int) -> int:
        """Find what starts at token ``i``; return the token to continue from."""
        if self.is_word(i):
            date_end = self.date_at(i)
            if date_end is not None:
                self.emit_date(i, date_end)
                return date_end
        first = i
        bound: Bound = "="
        found = self.phrase(i, _BOUNDS, fold=True)
        if found is not None and found[1] < self.n:
            bound, i = _BOUND_VALUES[found[0]], found[1]
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
            raise _Skip(self.chunk_end(i))
        amount = self.amount_at(i)
        if amount is None:
            return first + 1
        ranged = self.range_after_amount(amount, None)
        self.finish(first, ranged or amount, bound)
        return (ranged or amount).end

    # --- amounts ----------------------------------------------------------------------------
    def amount_at(self, i: int, *, borrow: bool = True) -> _Amount | None:
        """``[currency] [sign] number [scale] [unit] [rate]`` starting at token ``i``.

        ``borrow``: a number with no unit may take the unit of an alternative after it ("8 or
        $9"); the alternative itself is read without borrowing, so the look-ahead stays one
        step deep on input such as "1 or 1 or 1 or ...".
        """
        currency: str | None = None
        j = i
        prefix = self.phrase(i, _PREFIXES, fold=False) or self.phrase(
            i, _DOLLAR_PREFIXES_FOLDED, fold=True
        )
        if prefix is not None and not self.weak_prefix_fails(i, prefix[1]):
            currency, j = prefix
        elif i < self.n and self.toks[i] in units.ISO_CODES and self.joined(i + 1):
            currency, j = units.ISO_ALIASES.get(self.toks[i], self.toks[i]), i + 1
        else:
            named = self.phrase(i, _NAMES_BEFORE, fold=True)
            if named is not None and self.is_digits(named[1]) and self.name_before_fits(named[1]):
                currency, j = named
        if currency is not None and not (self.joined(j) and self.starts_number(j)):
            return None
        sign, change_word, j = self.sign_at(j)
        if currency is None and j == i and not self.starts_number(i):
            return None
        amount = self.number_at(j, after_currency=currency is not None)
        if amount is None:
            return None
        amount.start = i
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
            if amount.one_unit and amount.end == name_end and _PHRASE_END.match(
                self.text, self.ends[amount.end - 1]
            ) is None:
                return None  # "a dollar store", "a euro bond"
        elif amount.one_unit:
            return None
        self.rate_after(amount)
        self.reject_widget_double(amount)
        if not math.isfinite(amount.value):
            raise _Skip(amount.end)  # a run of scale words or digits too long to be a figure
        return amount

    def name_before_fits(self, j: int) -> bool:
        """'Rupees 500 crore', 'ringgit 42.': a name before digits is their currency only when
        no unit of their own follows ('the ringgit 3% weaker', 'rupees 2 years ago')."""
        try:
            probe = self.number_at(j, after_currency=True)
        except _Skip:
            return False
        if probe is None:
            return False
        self.unit_after(probe, borrow=False)
        return probe.unit is None

    def weak_prefix_fails(self, i: int, j: int) -> bool:
        """'PS4' is a console, 'PS2.7m' is £2.7 million."""
        if tuple(self.toks[i:j]) not in units.WEAK_PREFIXES:
            return False
        digits = self.toks[j] if j < self.n else ""
        scaled = self.attached(j + 1) and self.toks[j + 1] in numbers.SUFFIX_SCALES
        return not (scaled or "." in digits or "," in digits or len(digits) >= 2)

    def starts_number(self, i: int) -> bool:
        if i >= self.n:
            return False
        low = self.lows[i]
        return (
            self.is_digits(i)
            or low in _SIGNS
            or low in ("minus", "negative")
            or low in numbers.UNIT_WORDS
            or low in numbers.TENS_WORDS
            or low in numbers.VAGUE_PLURALS
            or low in numbers.VAGUE_MULTIPLIERS
            or low in ("a", "an", "half")
            or low in numbers.VULGAR_FRACTIONS
        )

    def sign_at(self, i: int) -> tuple[float, str | None, int]:
        if i >= self.n:
            return 1.0, None, i
        tok = self.toks[i]
        if tok in _SIGNS and self.is_digits(i + 1) and self.attached(i + 1):
            before_ok = i == 0 or not self.attached(i) or self.toks[i - 1] in "($€£¥(=/"
            if before_ok:
                return _SIGNS[tok], ("+" if tok == "+" else None), i + 1
        # "plus or minus 4 points" is a margin, not a negative amount.
        margin = i >= 2 and self.lows[i - 2 : i] == ["plus", "or"]
        if self.lows[i] in ("minus", "negative") and not margin:
            j = i + 1
            if j < self.n and self.toks[j] in DASHES and self.attached(j):
                j += 1
            if self.is_digits(j) or self.lows[j if j < self.n else i] in numbers.UNIT_WORDS:
                return -1.0, None, j
        return 1.0, None, i

    def number_at(self, i: int, *, after_currency: bool) -> _Amount | None:
        if i >= self.n:
            return None
        if self.toks[i] in numbers.VULGAR_FRACTIONS:
            return _Amount(start=i, end=i + 1, value=numbers.VULGAR_FRACTIONS[self.toks[i]])
        if not self.is_digits(i):
            return self.spelled_at(i)
        ratio = self.ratio_at(i)
        if ratio is not None:
            return ratio
        tok = self.toks[i]
        if not after_currency and self.attached(i) and (
            self.toks[i - 1].isalnum() or (self.toks[i - 1] == "." and self.attached(i - 1))
        ):
            raise _Skip(self.chunk_end(i))  # letters before digits: "S23", "ID.3", "XC40"
        grouped = self.grouped_at(i, after_currency=after_currency)
        if grouped is not None:
            return grouped
        plain = tok.replace(",", "")
        if len(plain.split(".")[0]) > _MAX_DIGITS:
            raise _Skip(self.chunk_end(i))
        amount = _Amount(start=i, end=i + 1, value=float(plain))
        if self.attached(i + 1) and self.toks[i + 1] in numbers.VULGAR_FRACTIONS:
            amount.value += numbers.VULGAR_FRACTIONS[self.toks[i + 1]]  # "1½"
            amount.end = i + 2
        amount.year_like = len(tok) == 4 and tok.isdigit() and 1800 <= int(tok) <= 2199
        self.check_digit_suffix(amount)
        self.scale_after(amount, after_currency=after_currency)
        return amount

    def check_digit_suffix(self, amount: _Amount) -> None:
        """Letters glued to digits: a unit or scale ("25k", "6kW") or else a name or ordinal."""
        j = amount.end
        if not (j < self.n and self.attached(j) and self.toks[j].isalpha()):
            return
        low = self.lows[j]
        if low in numbers.ORDINAL_SUFFIXES:
            raise _Skip(self.chunk_end(j))
        if amount.year_like and low == "s":
            raise _Skip(self.chunk_end(j))  # a decade: "the 1990s"
        known = (
            self.toks[j] in numbers.SUFFIX_SCALES
            or low in numbers.SCALE_WORDS
            or self.phrase(j, _PERCENTS, fold=True) is not None
            or self.phrase(j, _MEASURES_CASED, fold=False) is not None
            or self.phrase(j, _MEASURES_FOLDED, fold=True) is not None
            or self.phrase(j, _CURRENCY_NAMES, fold=True) is not None
            or self.toks[j] in units.ISO_CODES
            or self.phrase(j, _SUFFIXES, fold=False) is not None
            or self.glued_currency(amount) is not None
        )
        if not known:
            raise _Skip(self.chunk_end(j))  # "6000D", "5G", "9AB8"

    def scale_after(self, amount: _Amount, *, after_currency: bool) -> None:
        j = amount.end
        if j >= self.n:
            return
        tok = self.toks[j]
        scale: float | None = None
        if self.attached(j) and tok in numbers.SUFFIX_SCALES:
            # "$1.2T" is money; "4K" and "8K" are screen resolutions, "25k" is a figure.
            is_trillion = tok in ("t", "T")
            resolution = (amount.value < 10 and tok in ("k", "K")
                          and self.toks[j + 1:j + 2] != ["-"])
            if resolution and not after_currency:
                raise _Skip(self.chunk_end(j))
            if after_currency or not is_trillion:
                scale = numbers.SUFFIX_SCALES[tok]
        elif self.joined(j) and self.lows[j] in numbers.SCALE_WORDS:
            scale = numbers.SCALE_WORDS[self.lows[j]]
        elif self.joined(j) and tok in numbers.SPACED_SUFFIX_SCALES and self.is_word(j + 1):
            scale = numbers.SPACED_SUFFIX_SCALES[tok]
        if scale is None:
            return
        if (self.attached(j + 1) and self.is_word(j + 1) and self.toks[j + 1] != "s"
                and tok in numbers.SUFFIX_SCALES):
            return  # "5min", "3mm": the letters were a unit, not a scale
        amount.value *= scale
        amount.scale = scale if amount.scale is None else amount.scale * scale
        amount.end = j + 1
        amount.year_like = False
        stacked = self.lows_at(j + 1)
        if self.joined(j + 1) and stacked in numbers.STACKING_SCALES:
            # "1.5 lakh crore": one more scale, once (a run of them is not a figure).
            amount.value *= numbers.SCALE_WORDS[stacked]
            amount.scale *= numbers.SCALE_WORDS[stacked]
            amount.end = j + 2

    def spelled_at(self, i: int) -> _Amount | None:
        low = self.lows[i]
        if low in numbers.VAGUE_MULTIPLIERS and self.lows_at(i + 1) == "of":
            base = numbers.VAGUE_PLURALS.get(self.lows_at(i + 2))
            if base is not None and low != self.lows_at(i + 2):
                factor = numbers.VAGUE_MULTIPLIERS[low]
                return self.vague(i, i + 3, base * factor)
        if low in numbers.VAGUE_PLURALS:
            return self.vague(i, i + 1, numbers.VAGUE_PLURALS[low])
        fraction = self.fraction_at(i)
        if fraction is not None:
            return fraction
        return self.word_number_at(i)

    def vague(self, start: int, end: int, base: float) -> _Amount:
        amount = _Amount(start=start, end=end, value=base, low=base, high=base * 10,
                         spelled=True)
        if self.lows_at(end) == "of" and self.joined(end + 1):
            amount.end = end + 1  # "thousands of" -> the counted noun follows
        return amount

    def fraction_at(self, i: int) -> _Amount | None:
        """'two-thirds', 'a third of', 'one quarter of', 'half of', 'one in five'."""
        low = self.lows[i]
        if low == "half" and self.lows_at(i + 1) in ("of", "a", "an"):
            return self.fraction_unit(_Amount(start=i, end=i + 1, value=0.5, fraction=True))
        ratio = self.ratio_at(i)
        if ratio is not None:
            return ratio
        numerator = 1 if low in ("a", "one") else numbers.UNIT_WORDS.get(low)
        if not numerator:
            return None
        j = i + 1
        if j < self.n and self.toks[j] in DASHES and self.joined(j):
            j += 1
        denominator = self.lows_at(j)
        if not self.joined(j) or denominator not in numbers.FRACTION_WORDS:
            return None
        if self.lows_at(j + 1) != "of":
            # Without "of", "a fifth" is an ordinal ("a fifth month") and "three quarters"
            # is time; "two thirds" and "one eighth" are still fractions.
            if low == "a" or denominator.startswith(("quarter", "half", "halves")):
                return None
            if numerator > 1 and not denominator.endswith("s"):
                return None
        if denominator in ("half", "halves") and low == "a":
            return None  # "a half" is rarely a share of something in news copy
        value = numerator / numbers.FRACTION_WORDS[self.lows[j]]
        return self.fraction_unit(_Amount(start=i, end=j + 1, value=value, fraction=True))

    def fraction_unit(self, amount: _Amount) -> _Amount:
        """'a quarter of a percentage point', 'half a percentage point': a fraction of a unit."""
        j = amount.end
        if self.lows_at(j) == "of":
            j += 1
        if self.lows_at(j) in ("a", "an") and self.joined(j + 1):
            found = self.phrase(j + 1, _PERCENTS, fold=True) or self.measure_at(j + 1)
            if found is not None:
                kind: ClaimType = "percent" if found[0] in _PERCENT_NAMES else "measure"
                amount.kind, amount.unit, amount.end = kind, found[0], found[1]
        return amount

    def ratio_at(self, i: int) -> _Amount | None:
        """'one in five', 'two out of three': a share written as a ratio."""
        numerator = _small_number(self.lows[i])
        j = i + 1
        if self.lows_at(j) == "out" and self.lows_at(j + 1) == "of":
            j += 1
        elif self.lows_at(j) != "in":
            return None
        denominator = _small_number(self.lows_at(j + 1))
        if not (numerator and denominator and numerator < denominator and self.joined(j + 1)):
            return None
        if self.joined(j + 2) and self.measure_at(j + 2) is not None:
            return None  # "2 in 5 years" is a count over a time, not a share
        return _Amount(start=i, end=j + 2, value=numerator / denominator, fraction=True)

    def word_number_at(self, i: int) -> _Amount | None:
        """Spelled-out numbers: 'five', 'twenty-five', 'two hundred and fifty', 'a dozen'."""
        total, current, scale = 0.0, 0.0, None
        last = ""  # the kind of the previous word: unit, tens, hundred, scale, dozen
        j = i
        if self.lows[i] in ("a", "an"):
            nxt = self.lows_at(i + 1)
            if nxt in units.ONE_UNIT_NAMES and self.joined(i + 1):
                return _Amount(start=i, end=i + 1, value=1.0, spelled=True, one_unit=True)
            if not (nxt in numbers.HUNDRED or nxt in _WORD_SCALES or nxt in numbers.DOZEN_WORDS):
                return None
            current, last, j = 1.0, "unit", i + 1
        while j < self.n and (j == i or self.joined(j)):
            low = self.lows[j]
            if low in numbers.UNIT_WORDS and last in ("", "tens", "hundred", "scale", "and"):
                current += numbers.UNIT_WORDS[low]
                last = "unit"
            elif low in numbers.TENS_WORDS and last in ("", "hundred", "scale", "and"):
                current += numbers.TENS_WORDS[low]
                last = "tens"
                if (self.toks[j + 1:j + 2] and self.toks[j + 1] in DASHES
                        and self.attached(j + 1) and self.attached(j + 2)
                        and 0 < numbers.UNIT_WORDS.get(self.lows_at(j + 2), 0) < 10):
                    current += numbers.UNIT_WORDS[self.lows[j + 2]]
                    last, j = "unit", j + 2
            elif low in numbers.HUNDRED and last in ("unit", "tens"):
                current *= 100
                last = "hundred"
            elif low in _WORD_SCALES and last in ("unit", "tens", "hundred"):
                total += current * _WORD_SCALES[low]
                scale = _WORD_SCALES[low] if scale is None else scale
                current, last = 0.0, "scale"
            elif low in numbers.DOZEN_WORDS and last in ("", "unit"):
                current = (current or 1) * numbers.DOZEN_WORDS[low]
                last = "dozen"
            elif (low == "and" and last in ("hundred", "scale")
                  and (self.lows_at(j + 1) in numbers.UNIT_WORDS
                       or self.lows_at(j + 1) in numbers.TENS_WORDS)):
                last = "and"
            else:
                break
            j += 1
        if last in ("", "and") or j == i:
            return None
        amount = _Amount(start=i, end=j, value=total + current, spelled=True)
        if last == "scale":
            amount.scale = scale
        if (j < self.n and self.toks[j] in DASHES and self.attached(j)
                and self.lows_at(j + 1) in numbers.UNIT_WORDS and self.attached(j + 1)):
            raise _Skip(self.chunk_end(j))  # digit-by-digit spelling: "three-nought-four"
        if scale is None:
            self.scale_after(amount, after_currency=False)
        return amount

    # --- what follows the number -------------------------------------------------------------
    def unit_after(self, amount: _Amount, *, borrow: bool = True) -> None:
        j = amount.end
        hyphen = (j < self.n and self.toks[j] in DASHES and self.attached(j)
                  and self.attached(j + 1) and self.is_word(j + 1))
        at = j + 1 if hyphen else j
        if not self.joined(at):
            return
        found_percent = self.phrase(at, _PERCENTS, fold=True)
        if found_percent is not None:
            amount.kind, amount.unit, amount.end = "percent", found_percent[0], found_percent[1]
            amount.year_like = False
            return
        if hyphen:
            measure = self.measure_at(at)
            if measure is not None:
                amount.kind, amount.unit, amount.end = "measure", measure[0], measure[1]
                amount.year_like = False
            return
        if j < self.n and self.toks[j] in DASHES and self.attached(j):
            self.borrow_hyphen_unit(amount)
            return
        if self.lows[at] == "or" and borrow:
            self.borrow_alternative_unit(amount, at + 1)
            return
        sign = self.currency_sign_after(amount)
        if sign is not None:
            (iso, multiplier), end = sign
            self.take_currency(amount, iso, multiplier, end)
            return
        if self.toks[at] in units.ISO_CODES:
            amount.kind = "money"
            amount.unit = units.ISO_ALIASES.get(self.toks[at], self.toks[at])
            amount.end, amount.year_like = at + 1, False
            return
        name = self.phrase(at, _CURRENCY_NAMES, fold=True)
        if name is not None and not (
            amount.year_like and self.lows[at] in units.NOUN_LIKE_NAMES
            and not self.ends_clause_after(self.ends[name[1] - 1])
            and self.lows_at(name[1]) not in units.RATE_WORDS
        ):
            (iso, multiplier), end = name
            self.take_currency(amount, iso, multiplier, end)
            return
        measure = self.measure_at(at)
        if measure is None:
            return
        amount.kind, amount.unit, amount.end = "measure", measure[0], measure[1]
        amount.year_like = False
        if (measure[0] == "pound" and (amount.scale or 0) >= 1e6
                and self.lows_at(measure[1]) != "of"):
            # "361 million pounds" is sterling; weights in millions of pounds take "of"
            # ("3 million pounds of beef").
            amount.kind, amount.unit = "money", "GBP"

    def borrow_hyphen_unit(self, amount: _Amount) -> None:
        """'7- or 8-inch', 'four-, five- and six-cylinder': the unit is written once, at the end."""
        j = amount.end + 1
        for _ in range(12):
            if j + 2 >= self.n or not self.joined(j):
                return
            if self.lows[j] in _LIST_JOINERS or self.toks[j] in DASHES:
                j += 1
                continue
            if not (self.is_digits(j) or self.lows[j] in numbers.UNIT_WORDS):
                return
            if self.toks[j + 1] in DASHES and self.attached(j + 1) and self.attached(j + 2):
                measure = self.measure_at(j + 2)
                if measure is not None:
                    amount.kind, amount.unit = "measure", measure[0]
                    amount.end, amount.year_like = amount.end + 1, False
                return
            j += 1

    def borrow_alternative_unit(self, amount: _Amount, i: int) -> None:
        """'8 or $9', 'two or three days', '2 or 3 million': one unit, written at the end."""
        priced = self.phrase(i, _PREFIXES, fold=False) is not None
        if not self.joined(i) or self.lows_at(i) in ("a", "an"):
            return
        if not (priced or self.starts_number(i)):
            return
        try:
            other = self.amount_at(i, borrow=False)
        except _Skip:
            return
        if other is None or other.unit is None or other.low is not None:
            return
        if amount.scale is None and other.scale is not None and not amount.spelled:
            amount.value *= other.scale
            amount.scale = other.scale
        amount.kind, amount.unit, amount.year_like = other.kind, other.unit, False

    def measure_at(self, i: int) -> tuple[str, int] | None:
        cased = self.phrase(i, _MEASURES_CASED, fold=False)
        folded = self.phrase(i, _MEASURES_FOLDED, fold=True)
        if cased is None or (folded is not None and folded[1] > cased[1]):
            return folded  # "m.p.h." is longer than the metre "m"
        return cased

    def take_currency(self, amount: _Amount, iso: str, multiplier: float, end: int) -> None:
        """The amount is money in ``iso``; a sub-unit ("cents", "¢") scales it."""
        amount.kind, amount.unit, amount.end, amount.year_like = "money", iso, end, False
        if multiplier != 1:
            amount.value *= multiplier
            amount.scale = multiplier if amount.scale is None else amount.scale * multiplier
            if amount.low is not None and amount.high is not None:
                amount.low, amount.high = amount.low * multiplier, amount.high * multiplier

    def glued_currency(self, amount: _Amount) -> tuple[tuple[str, float], int] | None:
        """'60c', '45p': a sub-unit letter glued to a small whole number. '1080p' is a
        screen resolution and '25C' a temperature, so only lower case under 100."""
        j = amount.end
        if not (self.attached(j) and amount.value < 100 and amount.scale is None):
            return None
        if self.attached(j + 1) and self.toks[j + 1].isalnum():
            return None
        return self.phrase(j, _GLUED_SUFFIXES, fold=False)

    def currency_sign_after(self, amount: _Amount) -> tuple[tuple[str, float], int] | None:
        """'20€', '16,49 zł', '15$': a currency sign or abbreviation after the amount. A sign
        with digits glued after it starts the next amount instead ('5 $10 bills')."""
        glued = self.glued_currency(amount)
        if glued is not None:
            return glued
        j = amount.end
        if not self.joined(j):
            return None
        found = self.phrase(j, _SUFFIXES, fold=False)
        if found is None:
            return None
        if self.attached(found[1]) and self.toks[found[1]].isalnum():
            return None  # "5 $SPY", "5 krone": the sign begins a ticker or a longer word
        return found

    def currency_follows(self, k: int) -> bool:
        """Token ``k`` is a currency sign, code or name written after an amount."""
        if not self.joined(k):
            return False
        probe = _Amount(start=k - 1, end=k, value=1.0)
        return (
            self.currency_sign_after(probe) is not None
            or self.toks[k] in units.ISO_CODES
            or self.phrase(k, _CURRENCY_NAMES, fold=True) is not None
        )

    def grouped_at(self, i: int, *, after_currency: bool) -> _Amount | None:
        """'2.349,00 €', '€ 24,95', 'CHF 2\'450.75', '2 599 zł': a price grouped the
        continental way, read only when a currency stands right before or after it."""
        match = _GROUPED.match(self.text, self.starts[i])
        if match is None or match.end() <= self.ends[i]:
            return None
        k = i
        while k < self.n and self.starts[k] < match.end():
            k += 1
        if self.ends[k - 1] != match.end():
            return None
        if not (after_currency or self.currency_follows(k)):
            return None
        written = match.group()
        if match.group("comma") is not None:
            whole, _, cents = written.rpartition(",")
            value = float(f"{whole.translate(_GROUP_MARKS)}.{cents}")
        elif match.group("swiss") is not None:
            value = float(written.translate(_APOSTROPHES))
        elif match.group("dashed") is not None:
            value = float(written[:-2].translate(_GROUP_MARKS).translate(_APOSTROPHES))
        else:
            value = float(written.translate(_GROUP_MARKS))
        return _Amount(start=i, end=k, value=value)

    def minor_units_after(self, amount: _Amount) -> None:
        """'$35 and 60 cents', '4 GBP 2 pence', '45 Rupees 25': a whole amount and then its
        hundredths. Without a sub-unit word the hundredths must end the phrase, so that
        '$20 and 43 people' keeps its count."""
        if amount.scale is not None or amount.low is not None or not amount.value.is_integer():
            return
        j = amount.end
        linked = self.lows_at(j) == "and" and self.joined(j)
        if linked:
            j += 1
        if not self.joined(j):
            return
        if self.is_digits(j) and self.toks[j].isdigit() and len(self.toks[j]) <= 2:
            cents = _Amount(start=j, end=j + 1, value=float(self.toks[j]))
        elif self.lows_at(j) in numbers.UNIT_WORDS or self.lows_at(j) in numbers.TENS_WORDS:
            spelled = self.word_number_at(j)
            if spelled is None or spelled.scale is not None:
                return
            cents = spelled
        else:
            return
        if not 0 < cents.value < 100:
            return
        after = cents.end
        if self.lows_at(after) in units.MINOR_UNIT_WORDS and self.joined(after):
            amount.end = after + 1
        elif _PHRASE_END.match(self.text, self.ends[after - 1]) is not None and not (
            linked and self.lows_at(amount.start - 1) == "between"
        ):  # "between $20 and 30." is a range
            amount.end = after
        else:
            return
        amount.value += cents.value / 100

    def currency_suffix(self, amount: _Amount) -> None:
        """'$76 US', '$31.20 US': the country after a dollar amount."""
        j = amount.end
        if self.joined(j) and self.toks[j] in ("US", "USD") and amount.unit == "USD":
            amount.end = j + 1

    def rate_after(self, amount: _Amount) -> None:
        """'$52 a barrel', '3,000 tests per day': a unit per something."""
        j = amount.end
        if amount.unit is None or amount.kind == "percent" or not self.joined(j):
            return
        if self.lows[j] not in units.RATE_WORDS or not self.joined(j + 1):
            return
        found = self.phrase(j + 1, _RATES, fold=True)
        if found is None or self.lows_at(found[1]) in lexicon.AGO_WORDS:
            return  # "$6.78 billion a year earlier" is a comparison, not a yearly rate
        amount.unit = f"{amount.unit} per {found[0]}"
        amount.end = found[1]

    def reject_widget_double(self, amount: _Amount) -> None:
        """'$0.0589$0.0589': a price widget repeats the price with no space; not prose."""
        j = amount.end
        if self.attached(j) and self.phrase(j, _PREFIXES, fold=False) is not None:
            raise _Skip(self.chunk_end(j))

    # --- ranges -----------------------------------------------------------------------------
    def range_after(self, i: int, opener: str) -> _Amount | None:
        """'between 3% and 5%', 'from $10 to $15 billion': the opener is kept in the span."""
        first = self.amount_at(i)
        if first is None:
            return None
        ranged = self.range_after_amount(first, opener)
        if ranged is not None:
            ranged.start = i - 1
        return ranged

    def range_after_amount(self, first: _Amount, opener: str | None) -> _Amount | None:
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
        except _Skip:
            return None
        if second is None or second.low is not None:
            return None
        if first.kind == "money" and second.kind == "number" and second.unit is None:
            second.kind, second.unit = first.kind, first.unit
        if (first.unit is not None and second.unit is not None
                and second.unit.startswith(f"{first.unit} per ")):
            first.unit = second.unit  # "from $500,000 to $1 million a year"
        if first.unit is not None and second.unit is not None and first.unit != second.unit:
            return None
        if not dash and opener is None and first.unit is not None and second.unit is None:
            return None  # "rose 0.7 percent to 6,327.80" is a change, not a range
        if dash and first.unit is None and second.unit is None and (
            first.value > second.value or self.lows_at(second.end) in lexicon.SCORE_WORDS
        ):
            if first.year_like:
                return _year_span(first, second)
            raise _Skip(second.end)  # a score such as "9-2" or "0-1 defeat"
        first_year = first.end == first.start + 1 and _is_year_digits(self.toks[first.start])
        second_year = second.year_like or (dash and first.year_like and second.value < 100)
        if first_year and second_year and second.unit is None:
            return _year_span(first, second)  # "between 1600 and 1900", "2014-15"
        if first.year_like and (second.unit is None or second.value < first.value):
            return None  # "in 2018 to 3.9 million": the year is not the low end of a range
        if (not dash and opener is None and first.unit is not None
                and self.after_change_verb(first.start)):
            return None  # "rose 18 sen to RM23.50": a move, not a range
        if first.scale is None and second.scale is not None and (
            first.spelled or first.value <= second.value / second.scale
        ):
            # "$10 to $15 billion" shares the scale; "$200 to $4 million" does not.
            first.value *= second.scale
            first.scale = second.scale
        low, high = sorted((first.value, second.value))
        kind = second.kind if first.kind == "number" else first.kind
        return _Amount(start=first.start, end=second.end, value=low, kind=kind,
                       unit=second.unit or first.unit, scale=second.scale or first.scale,
                       low=low, high=high, change_word=first.change_word)

    # --- finishing a quantity ---------------------------------------------------------------
    def finish(self, first: int, amount: _Amount, bound: Bound) -> None:
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

    def finish_bare(self, first: int, amount: _Amount, bound: Bound) -> None:
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
            raise _Skip(end)
        if bound == "=" and self.is_name_number(start):
            raise _Skip(self.chunk_end(amount.end - 1))
        if self.is_address(amount):
            raise _Skip(amount.end)
        if self.is_citation(start, amount.end):
            raise _Skip(amount.end)
        if self.is_list_marker(start, amount.end):
            raise _Skip(amount.end + 1)
        if self.is_appositive_age(amount, bound):
            amount.kind, amount.unit = "measure", "year of age"
            self.emit_amount(first, amount, bound)
            return
        if bound == "=" and self.is_model_number(amount) and self.after_number(amount.start):
            raise _Skip(amount.end)  # "roughly 400 737 Max jets", "five 787 Dreamliner sales"
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
            raise _Skip(amount.end)
        self.emit_amount(first, amount, bound)

    def emit_amount(self, first: int, amount: _Amount, bound: Bound) -> None:
        start, end = self.starts[min(first, amount.start)], self.ends[amount.end - 1]
        is_range = amount.low is not None
        self.out.append(Quantity(
            self.text[start:end], start, end, amount.kind,
            value=None if is_range else amount.value,
            low=amount.low, high=amount.high, unit=amount.unit, scale=amount.scale,
            bound=bound, change_word=amount.change_word,
        ))

    def is_time_ago(self, amount: _Amount) -> bool:
        """'two weeks ago' names a time, not a duration."""
        return (
            amount.kind == "measure"
            and amount.unit in ("year", "month", "week", "day", "hour", "decade")
            and self.joined(amount.end)
            and self.lows_at(amount.end) == "ago"
        )

    def after_change_verb(self, i: int) -> bool:
        """The amount at token ``i`` follows a verb of change, perhaps with a bound between."""
        j = i - 1
        while j >= 0 and self.lows[j] in _BOUND_WORDS:
            j -= 1
        return j >= 0 and self.lows[j] in lexicon.CHANGE_VERBS

    def is_address(self, amount: _Amount) -> bool:
        """'49 Zorro Ranch Road', '9 E 71st St': a house number."""
        j = amount.end
        for _ in range(5):
            if not self.joined(j) or j >= self.n:
                return False
            if self.toks[j] in lexicon.STREET_WORDS:
                return j > amount.end
            if not (self.toks[j][0].isupper() or self.toks[j][0].isdigit()):
                return False
            j += 1
        return False

    def is_name_number(self, i: int) -> bool:
        """'iPhone 15', 'Game 2', 'S&P 500': a capitalised word right before a bare number."""
        prev = i - 1
        if prev < 0 or not self.joined(i) or self.attached(i):
            return False
        word = self.toks[prev]
        if word == "&" or (word == "/" and prev > 0):
            return True
        if word == "." and prev > 0 and self.toks[prev - 1] in lexicon.NUMBER_SIGNS:
            return True  # "No. 1", "Vol. 3"
        if not word.isalpha() or not any(ch.isupper() for ch in word):
            return False
        return word not in lexicon.NOT_NAMES and self.lows[prev] not in lexicon.MONTHS

    def is_model_number(self, amount: _Amount) -> bool:
        """'787 Dreamliner', '11 Pro Max': a bare integer right before a capitalised name."""
        j = amount.end
        tok = self.toks[amount.start]
        return (
            amount.end == amount.start + 1
            and tok.isdigit()
            and self.joined(j)
            and not self.attached(j)
            and self.is_word(j)
            and self.toks[j][0].isupper()
            and self.lows[j] not in lexicon.MONTHS
            and self.lows[j] not in lexicon.WEEKDAYS
        )

    def after_age_word(self, i: int) -> bool:
        """The amount at token ``i`` follows 'aged' or 'age of': it is an age in years."""
        return self.joined(i) and (
            self.lows_at(i - 1) == "aged"
            or (i >= 2 and self.lows[i - 2] == "age" and self.lows[i - 1] == "of")
        )

    def after_number(self, i: int) -> bool:
        """Token ``i`` follows a number on the same line."""
        before = self.lows_at(i - 1) if i > 0 else ""
        return self.joined(i) and (self.is_digits(i - 1) or before in numbers.UNIT_WORDS
                                   or before in numbers.TENS_WORDS)

    def is_appositive_age(self, amount: _Amount, bound: Bound) -> bool:
        """'Maddon, 66, has': a whole number between commas right after a name is an age."""
        start, end = amount.start, amount.end
        return (
            bound == "="
            and end == start + 1
            and self.toks[start].isdigit()
            and 1 <= amount.value <= 120
            and start >= 2
            and self.toks[start - 1] == ","
            and self.toks[start - 2][:1].isupper()
            and self.toks[start - 2].isalpha()
            and self.toks[end:end + 1] == [","]
        )

    def partitive_unit(self, amount: _Amount) -> tuple[str, str | None, int] | None:
        """'280 million of the 1.5 billion shekels': the part counts what the whole counts."""
        j = amount.end
        if not (self.lows_at(j) == "of" and self.lows_at(j + 1) in lexicon.PARTITIVE_DETERMINERS
                and self.joined(j + 2) and self.starts_number(j + 2)):
            return None
        try:
            whole = self.amount_at(j + 2)
        except _Skip:
            return None
        if whole is None or whole.unit is None or whole.kind not in ("money", "count"):
            return None
        if whole.kind == "money":
            amount.kind = "money"  # the part is an amount in the same currency
        return whole.unit, None, amount.end

    def is_citation(self, start: int, end: int) -> bool:
        """'(14)', '(27, 28, 29)': reference numbers in parentheses, not figures."""
        left = start - 1
        while left >= 0 and start - left < 24 and (
            self.toks[left] == "," or self.toks[left] in DASHES or self.toks[left].isdigit()
        ):
            left -= 1
        right = end
        while right < self.n and right - end < 24 and (
            self.toks[right] == "," or self.toks[right] in DASHES or self.toks[right].isdigit()
        ):
            right += 1
        return (left >= 0 and self.toks[left] in "([" and right < self.n
                and self.toks[right] in ")]" and self.toks[start].isdigit())

    def is_list_marker(self, start: int, end: int) -> bool:
        at_line_start = start == 0 or "\n" in self.text[self.ends[start - 1]:self.starts[start]]
        return (at_line_start and end + 1 < self.n and self.toks[end] in ".)"
                and self.attached(end) and not self.attached(end + 1))

    # --- dates ------------------------------------------------------------------------------
    def day_month_after(self, amount: _Amount) -> bool:
        """'1 September 2019': a day number before a month name."""
        j = amount.end
        return (
            amount.start == amount.end - 1
            and self.toks[amount.start].isdigit()
            and 1 <= amount.value <= 31
            and self.joined(j)
            and self.is_month(j, strict=True)
        )

def _small_number(tok: str) -> int | None:
    if tok.isdigit() and len(tok) <= 3:
        return int(tok)
    return numbers.UNIT_WORDS.get(tok) or numbers.TENS_WORDS.get(tok)


def _is_year_digits(tok: str) -> bool:
    return len(tok) == 4 and tok.isdigit() and 1500 <= int(tok) <= 2199


def _year_span(first: _Amount, second: _Amount) -> _Amount:
    return _Amount(start=first.start, end=second.end, value=first.value, kind="date")
