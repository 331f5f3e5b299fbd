"""The number reader: digits, signs, scale words and numbers written in words.

``number_at`` reads "1,234.5", "-3", "25k", "1.5 million", "1.5 lakh crore", "twenty-five",
"two hundred and fifty", "a dozen", "tens of thousands", "two-thirds" and "one in five"; the
words are the tables in ``numbers``. Letters glued to digits must be a scale or a unit the
unit reader knows ("6kW"), else the digits belong to a name ("6000D") and are skipped.
"""

from __future__ import annotations

from . import numbers, units
from .amount import Amount, Readers, Skip
from .tokens import DASHES

_MAX_DIGITS = 21  # longer digit strings are identifiers or junk, not amounts
_WORD_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SIGNS = {"-": -1.0, "−": -1.0, "–": -1.0, "+": 1.0}


class NumberReader(Readers):
    """Reads the number itself, before any unit."""

    def starts_number(self, i: int) -> bool:
        if i >= self.n:
            return False
        low = self.lows[i]
        return (
            self.is_digits(i)
            or low in SIGNS
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
        if tok in SIGNS and self.is_digits(i + 1) and self.attached(i + 1):
            before_ok = i == 0 or not self.attached(i) or self.toks[i - 1] in "($€£¥(=/"
            if before_ok:
                return SIGNS[tok], ("+" if tok == "+" else None), i + 1
        # "plus or minus 4 points" is a margin, not a negative amount.
        margin = i >= 2 and self.lows[i - 2 : i] == ["plus", "or"]
        if self.lows[i] in ("minus", "negative") and not margin:
            j = i + 1
            if j < self.n and self.toks[j] in DASHES and self.attached(j):
                j += 1
            if self.is_digits(j) or self.lows[j if j < self.n else i] in numbers.UNIT_WORDS:
                return -1.0, None, j
        return 1.0, None, i

    def number_at(self, i: int, *, after_currency: bool) -> Amount | None:
        if i >= self.n:
            return None
        if self.toks[i] in numbers.VULGAR_FRACTIONS:
            return Amount(start=i, end=i + 1, value=numbers.VULGAR_FRACTIONS[self.toks[i]])
        if not self.is_digits(i):
            return self.spelled_at(i)
        ratio = self.ratio_at(i)
        if ratio is not None:
            return ratio
        tok = self.toks[i]
        if not after_currency and self.attached(i) and (
            self.toks[i - 1].isalnum() or (self.toks[i - 1] == "." and self.attached(i - 1))
        ):
            raise Skip(self.chunk_end(i))  # letters before digits: "S23", "ID.3", "XC40"
        grouped = self.grouped_at(i, after_currency=after_currency)
        if grouped is not None:
            return grouped
        plain = tok.replace(",", "")
        if len(plain.split(".")[0]) > _MAX_DIGITS:
            raise Skip(self.chunk_end(i))
        amount = Amount(start=i, end=i + 1, value=float(plain))
        if self.attached(i + 1) and self.toks[i + 1] in numbers.VULGAR_FRACTIONS:
            amount.value += numbers.VULGAR_FRACTIONS[self.toks[i + 1]]  # "1½"
            amount.end = i + 2
        amount.year_like = len(tok) == 4 and tok.isdigit() and 1800 <= int(tok) <= 2199
        self.check_digit_suffix(amount)
        self.scale_after(amount, after_currency=after_currency)
        return amount

    def check_digit_suffix(self, amount: Amount) -> None:
        """Letters glued to digits: a unit or scale ("25k", "6kW") or else a name or ordinal."""
        j = amount.end
        if not (j < self.n and self.attached(j) and self.toks[j].isalpha()):
            return
        low = self.lows[j]
        if low in numbers.ORDINAL_SUFFIXES:
            raise Skip(self.chunk_end(j))
        if amount.year_like and low == "s":
            raise Skip(self.chunk_end(j))  # a decade: "the 1990s"
        known = (
            self.toks[j] in numbers.SUFFIX_SCALES
            or low in numbers.SCALE_WORDS
            or self.known_suffix(amount, j)
        )
        if not known:
            raise Skip(self.chunk_end(j))  # "6000D", "5G", "9AB8"

    def scale_after(self, amount: Amount, *, after_currency: bool) -> None:
        j = amount.end
        if j >= self.n:
            return
        tok = self.toks[j]
        scale: float | None = None
        if after_currency and self.attached(j) and tok in numbers.MONEY_SUFFIX_SCALES:
            # "$25MM", "S$867.0mm": a banker's million, after a currency only (else millimetres).
            scale = numbers.MONEY_SUFFIX_SCALES[tok]
        elif self.attached(j) and tok in numbers.SUFFIX_SCALES:
            # "$1.2T" is money; "4K" and "8K" are screen resolutions, "25k" is a figure.
            is_trillion = tok in ("t", "T")
            resolution = (amount.value < 10 and tok in ("k", "K")
                          and self.toks[j + 1:j + 2] != ["-"])
            if resolution and not after_currency:
                raise Skip(self.chunk_end(j))
            if after_currency or not is_trillion:
                scale = numbers.SUFFIX_SCALES[tok]
        elif self.joined(j) and self.lows[j] in numbers.SCALE_WORDS:
            scale = numbers.SCALE_WORDS[self.lows[j]]
        elif self.joined(j) and tok in numbers.SPACED_SUFFIX_SCALES and self.is_word(j + 1):
            scale = numbers.SPACED_SUFFIX_SCALES[tok]
        elif (tok == "-" and self.attached(j) and self.attached(j + 1)
              and self.lows_at(j + 1) in _WORD_SCALES):
            # "£574-million", "a 2.4-billion-euro fine": the scale word joined by a hyphen.
            j += 1
            scale = _WORD_SCALES[self.lows[j]]
        elif (tok == ")" and self.attached(j) and self.joined(j + 1)
              and self.lows_at(j + 1) in _WORD_SCALES
              and (bracket := self.bracketed_before(amount)) is not None):
            # "a net loss of ($4.7) million": an accounting bracket, then the scale; the span
            # keeps both brackets.
            amount.start = bracket
            j += 1
            scale = _WORD_SCALES[self.lows[j]]
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

    def bracketed_before(self, amount: Amount) -> int | None:
        """The opening bracket right before the amount (and its currency sign, if any)."""
        k = amount.start - 1
        if k >= 1 and self.attached(k + 1) and not self.toks[k].isalnum() and self.toks[k] != "(":
            k -= 1  # the currency sign: "($4.7) million"
        return k if k >= 0 and self.toks[k] == "(" and self.attached(k + 1) else None

    def spelled_at(self, i: int) -> Amount | None:
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

    def vague(self, start: int, end: int, base: float) -> Amount:
        amount = Amount(start=start, end=end, value=base, low=base, high=base * 10,
                         spelled=True)
        if self.lows_at(end) == "of" and self.joined(end + 1):
            amount.end = end + 1  # "thousands of" -> the counted noun follows
        return amount

    def fraction_at(self, i: int) -> Amount | None:
        """'two-thirds', 'a third of', 'one quarter of', 'half of', 'one in five'."""
        low = self.lows[i]
        if low == "half" and self.lows_at(i + 1) in ("of", "a", "an"):
            return self.fraction_unit(Amount(start=i, end=i + 1, value=0.5, fraction=True))
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
        return self.fraction_unit(Amount(start=i, end=j + 1, value=value, fraction=True))

    def ratio_at(self, i: int) -> Amount | None:
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
        return Amount(start=i, end=j + 2, value=numerator / denominator, fraction=True)

    def word_number_at(self, i: int) -> Amount | None:
        """Spelled-out numbers: 'five', 'twenty-five', 'two hundred and fifty', 'a dozen'."""
        total, current, scale = 0.0, 0.0, None
        last = ""  # the kind of the previous word: unit, tens, hundred, scale, dozen
        j = i
        if self.lows[i] in ("a", "an"):
            nxt = self.lows_at(i + 1)
            if nxt in units.ONE_UNIT_NAMES and self.joined(i + 1):
                return Amount(start=i, end=i + 1, value=1.0, spelled=True, one_unit=True)
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
        amount = Amount(start=i, end=j, value=total + current, spelled=True)
        if last == "scale":
            amount.scale = scale
        if (j < self.n and self.toks[j] in DASHES and self.attached(j)
                and self.lows_at(j + 1) in numbers.UNIT_WORDS and self.attached(j + 1)):
            raise Skip(self.chunk_end(j))  # digit-by-digit spelling: "three-nought-four"
        if scale is None:
            self.scale_after(amount, after_currency=False)
        return amount


def _small_number(tok: str) -> int | None:
    if tok.isdigit() and len(tok) <= 3:
        return int(tok)
    return numbers.UNIT_WORDS.get(tok) or numbers.TENS_WORDS.get(tok)
