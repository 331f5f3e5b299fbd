"""The unit reader: percentages, measures, rates and the noun a number's unit is borrowed from.

Surfaces come from ``units`` (``PERCENT_UNITS``, ``MEASURES``, ``CASED_MEASURES``,
``RATE_DENOMINATORS``): "5%", "3 percentage points", "6kW", "1.8 billion-mile", "$52 a barrel",
"7- or 8-inch", "two or three days", "280 million of the 1.5 billion shekels". Currency names
after an amount are the money reader's tables, read here because they stand where a unit
does.
"""

from __future__ import annotations

import re

from .._records import ClaimType
from . import lexicon, numbers, units
from .amount import Amount, Readers, Skip
from .read_money import CURRENCY_NAMES, PREFIXES, SUFFIXES
from .tokens import DASHES, index_phrases, split

PERCENTS = index_phrases(list(units.PERCENT_UNITS))
MEASURES_FOLDED = index_phrases(
    [(split(s), name) for name, surfaces in units.MEASURES for s in surfaces]
)
MEASURES_CASED = index_phrases(
    [(split(s), name) for name, surfaces in units.CASED_MEASURES for s in surfaces]
)
RATES = index_phrases([(split(s), name) for s, name in units.RATE_DENOMINATORS.items()])
PERCENT_NAMES = frozenset(name for _key, name in units.PERCENT_UNITS)
_LIST_JOINERS = frozenset({",", "or", "and", "to"})
# Words between "of its" and the whole a part is taken from: "10 of its last 12 games".
_RUN_WORDS = frozenset({"last", "first", "past", "next", "final", "previous"})


class UnitReader(Readers):
    """Reads what follows a number: its unit, a rate, or a unit written once for several."""

    def known_suffix(self, amount: Amount, j: int) -> bool:
        """Letters glued to digits at token ``j`` are a unit or a currency: "6kW", "25%", "60c"."""
        return (
            self.phrase(j, PERCENTS, fold=True) is not None
            or self.phrase(j, MEASURES_CASED, fold=False) is not None
            or self.phrase(j, MEASURES_FOLDED, fold=True) is not None
            or self.phrase(j, CURRENCY_NAMES, fold=True) is not None
            or self.toks[j] in units.ISO_CODES
            or self.phrase(j, SUFFIXES, fold=False) is not None
            or self.glued_currency(amount) is not None
        )

    def unit_after(self, amount: Amount, *, borrow: bool = True) -> None:
        j = amount.end
        hyphen = (j < self.n and self.toks[j] in DASHES and self.attached(j)
                  and self.attached(j + 1) and self.is_word(j + 1))
        at = j + 1 if hyphen else j
        if not self.joined(at):
            return
        found_percent = self.phrase(at, PERCENTS, fold=True)
        if found_percent is not None:
            amount.kind, amount.unit, amount.end = "percent", found_percent[0], found_percent[1]
            amount.year_like = False
            return
        if hyphen:
            currency = self.phrase(at, CURRENCY_NAMES, fold=True)
            if currency is not None:
                # "a 2.4-billion-euro fine": the currency's name joined by a hyphen.
                (iso, multiplier), end = currency
                self.take_currency(amount, iso, multiplier, end)
                return
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
        name = self.phrase(at, CURRENCY_NAMES, fold=True)
        if name is not None and not (
            amount.year_like and self.lows[at] in units.NOUN_LIKE_NAMES
            and not self.ends_clause_after(self.ends[name[1] - 1])
            and self.lows_at(name[1]) not in units.RATE_WORDS
        ):
            (iso, multiplier), end = name
            self.take_currency(amount, iso, multiplier, end)
            return
        measure = self.measure_at(at)
        if measure is None or self.ordinal_of_a_period(at, measure[1]):
            return
        amount.kind, amount.unit, amount.end = "measure", measure[0], measure[1]
        amount.year_like = False
        if (measure[0] == "pound" and (amount.scale or 0) >= 1e6
                and self.lows_at(measure[1]) != "of"):
            # "361 million pounds" is sterling; weights in millions of pounds take "of"
            # ("3 million pounds of beef").
            amount.kind, amount.unit = "money", "GBP"

    def borrow_hyphen_unit(self, amount: Amount) -> None:
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

    def borrow_alternative_unit(self, amount: Amount, i: int) -> None:
        """'8 or $9', 'two or three days', '2 or 3 million': one unit, written at the end."""
        priced = self.phrase(i, PREFIXES, fold=False) is not None
        if not self.joined(i) or self.lows_at(i) in ("a", "an"):
            return
        if not (priced or self.starts_number(i)):
            return
        try:
            other = self.amount_at(i, borrow=False)
        except Skip:
            return
        if other is None or other.unit is None or other.low is not None:
            return
        if amount.scale is None and other.scale is not None and not amount.spelled:
            amount.value *= other.scale
            amount.scale = other.scale
        amount.kind, amount.unit, amount.year_like = other.kind, other.unit, False

    def ordinal_of_a_period(self, at: int, end: int) -> bool:
        """"fiscal 2025 second quarter": "second" is the quarter's ordinal, not a unit of time."""
        after = end + 1 if self.lows_at(end) in DASHES else end
        return self.lows[at] == "second" and self.lows_at(after) in ("quarter", "half")

    def measure_at(self, i: int) -> tuple[str, int] | None:
        cased = self.phrase(i, MEASURES_CASED, fold=False)
        folded = self.phrase(i, MEASURES_FOLDED, fold=True)
        if cased is None or (folded is not None and folded[1] > cased[1]):
            return folded  # "m.p.h." is longer than the metre "m"
        return cased

    def fraction_unit(self, amount: Amount) -> Amount:
        """'a quarter of a percentage point', 'half a percentage point': a fraction of a unit."""
        j = amount.end
        if self.lows_at(j) == "of":
            j += 1
        if self.lows_at(j) in ("a", "an") and self.joined(j + 1):
            found = self.phrase(j + 1, PERCENTS, fold=True) or self.measure_at(j + 1)
            if found is not None:
                kind: ClaimType = "percent" if found[0] in PERCENT_NAMES else "measure"
                amount.kind, amount.unit, amount.end = kind, found[0], found[1]
        return amount

    def rate_after(self, amount: Amount) -> None:
        """'$52 a barrel', '3,000 tests per day': a unit per something."""
        j = amount.end
        if amount.unit is None or amount.kind == "percent" or not self.joined(j):
            return
        if self.lows[j] not in units.RATE_WORDS or not self.joined(j + 1):
            return
        found = self.phrase(j + 1, RATES, fold=True)
        if found is None or self.lows_at(found[1]) in lexicon.AGO_WORDS:
            return  # "$6.78 billion a year earlier" is a comparison, not a yearly rate
        amount.unit = f"{amount.unit} per {found[0]}"
        amount.end = found[1]

    def partitive_unit(self, amount: Amount) -> tuple[str, str | None, int] | None:
        """'280 million of the 1.5 billion shekels', '10 of its last 12 games', '24 of 31
        passes': the part counts what the whole counts."""
        j = amount.end
        if self.lows_at(j) != "of":
            return None
        k = j + 1
        if self.lows_at(k) in lexicon.PARTITIVE_DETERMINERS:
            k += 1
            if self.lows_at(k) in _RUN_WORDS:
                k += 1
        if not (self.joined(k) and self.starts_number(k)):
            return None
        try:
            whole = self.amount_at(k)
        except Skip:
            return None
        if whole is None or whole.low is not None:
            return None
        if whole.kind == "number" and whole.unit is None:
            noun = self.counted_noun(whole.end, one=False, whole=True)
            if noun is None or noun[1] is not None:
                return None
            return noun[0], None, amount.end
        if whole.unit is None or whole.kind not in ("money", "count"):
            return None
        if whole.kind == "money":
            amount.kind = "money"  # the part is an amount in the same currency
        return whole.unit, None, amount.end

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
