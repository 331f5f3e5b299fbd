"""The date reader: digit shapes that are dates or no amounts, and dates among amounts.

Digit shapes (``lexicon.DIGIT_SHAPES``: ISO dates, times, phone numbers, slashed dates) are
found in one scan before the walk; dates written with words are ``date_spans``. Here the walk
records dates and asks whether a number is a day before a month ("1 September 2019") or a
time ago ("two weeks ago").
"""

from __future__ import annotations

from .amount import Amount, Quantity, Readers
from .date_spans import DateSpans


class DateReader(DateSpans, Readers):
    """Records dates for the walk and tells a number that is part of a date."""

    def emit_date(self, first: int, last: int) -> None:
        start, end = self.starts[first], self.ends[last - 1]
        self.out.append(Quantity(self.text[start:end], start, end, "date", None))

    def take_shape(self, i: int, shape: tuple[int, int, bool]) -> int:
        start, end, is_date = shape
        j = i
        while j < self.n and self.starts[j] < end:
            j += 1
        if is_date and self.starts[i] == start:
            self.out.append(Quantity(self.text[start:end], start, end, "date", None))
        return max(j, i + 1)

    def day_month_after(self, amount: Amount) -> bool:
        """'1 September 2019': a day number before a month name."""
        j = amount.end
        return (
            amount.start == amount.end - 1
            and self.toks[amount.start].isdigit()
            and 1 <= amount.value <= 31
            and self.joined(j)
            and self.is_month(j, strict=True)
        )

    def is_time_ago(self, amount: Amount) -> bool:
        """'two weeks ago' names a time, not a duration."""
        return (
            amount.kind == "measure"
            and amount.unit in ("year", "month", "week", "day", "hour", "decade")
            and self.joined(amount.end)
            and self.lows_at(amount.end) == "ago"
        )
