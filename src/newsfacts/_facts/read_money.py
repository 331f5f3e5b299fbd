"""The money reader: currencies before and after an amount, sub-units and continental prices.

Signs, codes and names come from ``units`` (``CURRENCY_PREFIXES``, ``CURRENCY_SUFFIXES``,
``CURRENCY_NAMES``, ``ISO_CODES`` ...): "$5", "US$5", "EUR 10m", "20€", "16,49 zł", "60c",
"84.75 cents", "$35 and 60 cents", "2.349,00 €", "CHF 2'450.75".
"""

from __future__ import annotations

import re

from . import numbers, units
from .amount import Amount, Readers, Skip
from .tokens import index_phrases

PREFIXES = index_phrases([(key, iso) for key, iso, _reason in units.CURRENCY_PREFIXES])
_WORDS_BEFORE_DOLLARS = {"A", "S", "R"}  # "a $5 bill", "Apple's $5": not AUD, SGD, BRL
# "hk $", "c $" in lower-cased copy: a letter code is safe to fold when a dollar sign follows.
_DOLLAR_PREFIXES_FOLDED = index_phrases(
    [(tuple(t.lower() for t in key), iso) for key, iso, _reason in units.CURRENCY_PREFIXES
     if "$" in key and len(key) > 1 and not (set(key) - {"$"}) & _WORDS_BEFORE_DOLLARS]
)
CURRENCY_NAMES = index_phrases([(key, (iso, mult)) for key, iso, mult in units.CURRENCY_NAMES])
SUFFIXES = index_phrases(
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
PHRASE_END = re.compile(r"\s*(?:$|[.,;:!?)\]](?!\d))")
_NAMES_BEFORE = index_phrases(list(units.CURRENCY_NAMES_BEFORE))


class MoneyReader(Readers):
    """Reads currencies around an amount and the prices written the continental way."""

    def currency_before(self, i: int) -> tuple[str | None, int]:
        """A currency written before the amount at token ``i`` ("$", "US$", "EUR", "Rs.",
        "rupees"), and the token after it; ``(None, i)`` when there is none."""
        currency: str | None = None
        j = i
        prefix = self.phrase(i, PREFIXES, fold=False) or self.phrase(
            i, _DOLLAR_PREFIXES_FOLDED, fold=True
        )
        if (prefix is not None and not self.weak_prefix_fails(i, prefix[1])
                and not self.spaced_word_prefix(i, prefix[1])):
            currency, j = prefix
        elif i < self.n and self.toks[i] in units.ISO_CODES and self.joined(i + 1):
            currency, j = units.ISO_ALIASES.get(self.toks[i], self.toks[i]), i + 1
        else:
            named = self.phrase(i, _NAMES_BEFORE, fold=True)
            if named is not None and self.is_digits(named[1]) and self.name_before_fits(named[1]):
                currency, j = named
        return currency, j

    def name_before_fits(self, j: int) -> bool:
        """'Rupees 500 crore', 'ringgit 42.': a name before digits is their currency only when
        no unit of their own follows ('the ringgit 3% weaker', 'rupees 2 years ago')."""
        try:
            probe = self.number_at(j, after_currency=True)
        except Skip:
            return False
        if probe is None:
            return False
        self.unit_after(probe, borrow=False)
        return probe.unit is None

    def spaced_word_prefix(self, i: int, j: int) -> bool:
        """'A $5 fee' is an article and a dollar amount; 'A$5' is Australian. A prefix letter
        that is also a word or an initial names a currency only glued to its sign."""
        return self.toks[i] in _WORDS_BEFORE_DOLLARS and not all(
            self.attached(k) for k in range(i + 1, j))

    def weak_prefix_fails(self, i: int, j: int) -> bool:
        """'PS4' is a console, 'PS2.7m' is £2.7 million."""
        if tuple(self.toks[i:j]) not in units.WEAK_PREFIXES:
            return False
        digits = self.toks[j] if j < self.n else ""
        scaled = self.attached(j + 1) and self.toks[j + 1] in numbers.SUFFIX_SCALES
        return not (scaled or "." in digits or "," in digits or len(digits) >= 2)

    def take_currency(self, amount: Amount, iso: str, multiplier: float, end: int) -> None:
        """The amount is money in ``iso``; a sub-unit ("cents", "¢") scales it."""
        amount.kind, amount.unit, amount.end, amount.year_like = "money", iso, end, False
        if multiplier != 1:
            amount.value *= multiplier
            amount.scale = multiplier if amount.scale is None else amount.scale * multiplier
            if amount.low is not None and amount.high is not None:
                amount.low, amount.high = amount.low * multiplier, amount.high * multiplier

    def glued_currency(self, amount: Amount) -> tuple[tuple[str, float], int] | None:
        """'60c', '45p': a sub-unit letter glued to a small whole number. '1080p' is a
        screen resolution and '25C' a temperature, so only lower case under 100."""
        j = amount.end
        if not (self.attached(j) and amount.value < 100 and amount.scale is None):
            return None
        if self.attached(j + 1) and self.toks[j + 1].isalnum():
            return None
        return self.phrase(j, _GLUED_SUFFIXES, fold=False)

    def currency_sign_after(self, amount: Amount) -> tuple[tuple[str, float], int] | None:
        """'20€', '16,49 zł', '15$': a currency sign or abbreviation after the amount. A sign
        with digits glued after it starts the next amount instead ('5 $10 bills')."""
        glued = self.glued_currency(amount)
        if glued is not None:
            return glued
        j = amount.end
        if not self.joined(j):
            return None
        found = self.phrase(j, SUFFIXES, fold=False)
        if found is None:
            return None
        if self.attached(found[1]) and self.toks[found[1]].isalnum():
            return None  # "5 $SPY", "5 krone": the sign begins a ticker or a longer word
        return found

    def currency_follows(self, k: int) -> bool:
        """Token ``k`` is a currency sign, code or name written after an amount."""
        if not self.joined(k):
            return False
        probe = Amount(start=k - 1, end=k, value=1.0)
        return (
            self.currency_sign_after(probe) is not None
            or self.toks[k] in units.ISO_CODES
            or self.phrase(k, CURRENCY_NAMES, fold=True) is not None
        )

    def grouped_at(self, i: int, *, after_currency: bool) -> Amount | None:
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
        return Amount(start=i, end=k, value=value)

    def minor_units_after(self, amount: Amount) -> None:
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
            cents = Amount(start=j, end=j + 1, value=float(self.toks[j]))
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
        elif PHRASE_END.match(self.text, self.ends[after - 1]) is not None and not (
            linked and self.lows_at(amount.start - 1) == "between"
        ):  # "between $20 and 30." is a range
            amount.end = after
        else:
            return
        amount.value += cents.value / 100

    def currency_suffix(self, amount: Amount) -> None:
        """'$76 US', '$31.20 US': the country after a dollar amount."""
        j = amount.end
        if self.joined(j) and self.toks[j] in ("US", "USD") and amount.unit == "USD":
            amount.end = j + 1

    def reject_widget_double(self, amount: Amount) -> None:
        """'$0.0589$0.0589': a price widget repeats the price with no space; not prose."""
        j = amount.end
        if self.attached(j) and self.phrase(j, PREFIXES, fold=False) is not None:
            raise Skip(self.chunk_end(j))
