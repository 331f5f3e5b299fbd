"""Numbers that are no figures: parts of names, addresses, citations, list markers and ages.

"iPhone 15", "S&P 500", "787 Dreamliner", "49 Zorro Ranch Road", "(14)", "1." at a line's
start; and a bare number that is an age ("Maddon, 66, has", "aged 18 to 34"). The words are
``lexicon`` tables (``NOT_NAMES``, ``STREET_WORDS``, ``NUMBER_SIGNS``).
"""

from __future__ import annotations

from .._records import Bound
from . import lexicon, numbers
from .amount import Amount, Readers
from .tokens import DASHES


class NameReader(Readers):
    """Tells the walk when a bare number belongs to a name or is an age."""

    def is_address(self, amount: Amount) -> bool:
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

    def is_model_number(self, amount: Amount) -> bool:
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
        """The amount at token ``i`` follows 'aged', 'age', 'ages' or 'age of': an age in
        years ("retired at age 35", "people ages 18-24")."""
        return self.joined(i) and (
            self.lows_at(i - 1) in ("aged", "age", "ages")
            or (i >= 2 and self.lows[i - 2] == "age" and self.lows[i - 1] == "of")
        )

    def after_number(self, i: int) -> bool:
        """Token ``i`` follows a number on the same line."""
        before = self.lows_at(i - 1) if i > 0 else ""
        return self.joined(i) and (self.is_digits(i - 1) or before in numbers.UNIT_WORDS
                                   or before in numbers.TENS_WORDS)

    def is_appositive_age(self, amount: Amount, bound: Bound) -> bool:
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
