"""Dates written with words, read from tokens: month names with a day and year, weekdays,
"last month", "next Monday", quarters ("Q3 2025", "fourth-quarter"), halves and fiscal years.

The quantity finder marks these spans as ``type="date"`` so that day numbers and years are not
read as amounts; claim assembly turns them into periods.
"""

from __future__ import annotations

from . import lexicon, numbers
from .tokens import DASHES, Tokens


class DateSpans(Tokens):
    """Finds where a date written with words ends, from the token it starts at."""

    def is_month(self, i: int, *, strict: bool) -> bool:
        if i >= self.n or not self.toks[i][0].isupper() or self.lows[i] not in lexicon.MONTHS:
            return False
        if not strict and self.lows[i] in lexicon.AMBIGUOUS_MONTHS:
            return self.lows_at(i - 1) in lexicon.MONTH_CUES
        return True

    def is_year(self, i: int) -> bool:
        """A year in figures right after the token before ``i``."""
        return (self.joined(i) and i < self.n and self.toks[i].isdigit()
                and len(self.toks[i]) == 4 and 1800 <= int(self.toks[i]) <= 2199)

    def date_tail(self, i: int) -> int:
        """After a month name: an optional '.', day, ordinal suffix, day range and year."""
        j = i
        if self.toks[j:j + 1] == ["."] and self.attached(j) and len(self.lows[j - 1]) <= 4:
            j += 1
        if (self.joined(j) and j < self.n and self.toks[j].isdigit() and len(self.toks[j]) <= 2
                and 1 <= int(self.toks[j]) <= 31):
            j += 1
            if self.attached(j) and self.lows_at(j) in numbers.ORDINAL_SUFFIXES:
                j += 1
            if (self.toks[j:j + 1] and self.toks[j] in DASHES and self.attached(j + 1)
                    and self.toks[j + 1].isdigit() and len(self.toks[j + 1]) <= 2):
                j += 2
        k = j + 1 if self.toks[j:j + 1] == [","] else j
        if self.lows_at(k) == "of":
            k += 1
        if self.is_year(k):
            j = k + 1
        return j

    def date_at(self, i: int) -> int | None:
        """A date written with words; returns the token after it."""
        low = self.lows[i]
        if self.is_month(i, strict=True):
            end = self.date_tail(i + 1)
            short = len(low) <= 4 and low not in ("may", "june", "july")
            if end > i + 1 and not (end == i + 2 and self.toks[i + 1] == "."):
                return end
            if self.is_month(i, strict=False) and not short:
                return end
            return None
        if low in lexicon.WEEKDAYS and self.toks[i][0].isupper():
            if low in lexicon.SHORT_WEEKDAYS:
                return None
            return i + 1
        if low in lexicon.RELATIVE_DAY_WORDS:
            return i + 1
        if low in lexicon.RELATIVE_LEADS and self.joined(i + 1):
            nxt = self.lows_at(i + 1)
            if nxt in lexicon.RELATIVE_UNITS or (
                nxt in lexicon.WEEKDAYS and nxt not in lexicon.SHORT_WEEKDAYS
            ):
                return i + 2
            if self.is_month(i + 1, strict=True):
                # "on this May 1997 mission": the month's own date, read from the month.
                return None if self.is_year(i + 2) else i + 2
        if self.toks[i] in lexicon.PERIOD_CODES and self.attached(i + 1) and self.is_digits(i + 1):
            return self.period_code_end(i)
        if (self.toks[i] in ("FY", "CY") and self.toks[i + 1:i + 2] in (["'"], ["’"])
                and self.attached(i + 1) and self._short_year_at(i + 2)):
            return i + 3  # "FY'24"
        if low in lexicon.ORDINAL_WORDS:
            j = i + 1
            if j < self.n and self.toks[j] in DASHES and self.attached(j):
                j += 1
            if self.joined(j) and self.lows_at(j) in lexicon.PERIOD_PARTS:
                return j + 1
        return None

    def period_code_end(self, i: int) -> int | None:
        """'Q3', 'Q3 2025', 'H1', 'FY2025', 'FY25'."""
        digits = self.toks[i + 1]
        code = self.toks[i]
        if code in ("Q", "H"):
            limit = 4 if code == "Q" else 2
            if not (digits.isdigit() and 1 <= int(digits) <= limit):
                return None
        elif not (digits.isdigit() and len(digits) in (2, 4)):
            return None
        j = i + 2
        if self.joined(j) and j < self.n and self.toks[j].isdigit() and len(self.toks[j]) == 4:
            j += 1
        elif (code in ("Q", "H") and self.toks[j:j + 1] in (["'"], ["’"])
              and self.joined(j) and self._short_year_at(j + 1)):
            j += 2  # "Q3'24", "H1 '25": the year in two figures after an apostrophe
        return j

    def _short_year_at(self, i: int) -> bool:
        """Two figures of a year glued to the apostrophe before them."""
        return (self.attached(i) and i < self.n and self.toks[i].isdigit()
                and len(self.toks[i]) == 2)
