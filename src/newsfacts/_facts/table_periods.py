"""Periods of the figures of a results table flattened into text.

A release's statement of operations reaches a repost as lines of cells ("Revenue | $ | 48,215 |
$ | 41,870 |"), under header lines that name the columns: a line of years ("2025 | 2024") and,
above it, the stretches they are of ("Three Months Ended | September 30,"). No sentence holds
the figure and its period together, so the sentence pass gives every cell the nearest year of
the block; a reader takes the column's. Each value cell of a row is matched, in order, with a
year of the nearest year line above it, and that year with the stretch named above the years
(the stretches share the years evenly: "Three Months Ended ... | Nine Months Ended ..." over
"2025 | 2024 | 2025 | 2024"); without a stretch, a column is its calendar year.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from .._records import Claim, Period
from .periods import find_periods

# A cell of a line: what stands between two bars.
_CELL = re.compile(r"[^|]+")
# A cell that only marks the unit of the next one: "$", "%", "(", ")".
_MARK_CELL = re.compile(r"\s*[$€£¥%()]*\s*")
# A header cell naming a column's year.
_YEAR_CELL = re.compile(r"\s*(?:19|20)\d\d\s*")
# A row's label: words before its values ("Diluted Web Revenue1" keeps a footnote's digit).
_LABEL_CELL = re.compile(r"\s*[^\d\s]*[A-Za-z]{3}")
# The stretch a column is of: "Three Months Ended September 30", "Year Ended December 31".
_STRETCH = re.compile(
    r"(?i)\b(?P<what>(?:three|six|nine|twelve|3|6|9|12)\s+months|quarter|(?:fiscal\s+)?year|"
    r"(?:three|six|nine|3|6|9)-month\s+period)\s+end(?:ed|ing)\s+"
    r"(?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d)\b")
# A header line without bars is still a table's when it is this short; a longer one is the
# text before the table.
_SHORT_LINE = 60
# How many lines above a year line may name its stretches.
_STRETCH_LINES = 4
# How many lines above a row its year line may stand (rows of one block, headings between).
_HEADER_REACH = 12


@dataclasses.dataclass(frozen=True)
class _Line:
    start: int
    end: int
    cells: list[tuple[int, int]]  # offsets of the non-empty cells that are no unit marks


def table_periods(text: str, claims: Sequence[Claim], published: dt.date | None) -> list[Claim]:
    """``claims`` with each figure of a table row given its column's period."""
    if "|" not in text:
        return list(claims)
    lines = _lines(text)
    starts = [line.start for line in lines]
    result = []
    for claim in claims:
        period = None
        if claim.where == "body" and claim.type != "date":
            period = _column_period(text, lines, starts, claim.start, published)
        result.append(claim if period is None else dataclasses.replace(claim, period=period))
    return result


def _lines(text: str) -> list[_Line]:
    lines = []
    position = 0
    for raw in text.split("\n"):
        end = position + len(raw)
        cells = []
        if "|" in raw:
            cells = [(position + m.start(), position + m.end()) for m in _CELL.finditer(raw)
                     if not _MARK_CELL.fullmatch(m.group())]
        lines.append(_Line(position, end, cells))
        position = end + 1
    return lines


def _column_period(text: str, lines: Sequence[_Line], starts: Sequence[int], at: int,
                   published: dt.date | None) -> Period | None:
    index = bisect.bisect_right(starts, at) - 1
    row = lines[index]
    if len(row.cells) < 2:
        return None
    values = row.cells[1:] if _LABEL_CELL.match(text, *row.cells[0]) else row.cells
    column = next((k for k, (start, end) in enumerate(values) if start <= at < end), None)
    if column is None:
        return None
    for header in range(index - 1, max(-1, index - _HEADER_REACH), -1):
        cells = lines[header].cells
        if cells and all(_YEAR_CELL.fullmatch(text, *cell) for cell in cells):
            if len(cells) != len(values):
                return None
            year = text[slice(*cells[column])].strip()
            return _stretch_of(text, lines, header, column, len(cells), year, published)
    return None


def _stretch_of(text: str, lines: Sequence[_Line], header: int, column: int, columns: int,
                year: str, published: dt.date | None) -> Period | None:
    above = []
    for line in reversed(lines[max(0, header - _STRETCH_LINES):header]):
        if not line.cells and line.end - line.start > _SHORT_LINE:
            break
        above.append(text[line.start:line.end].replace("|", " "))
    words = " ".join(reversed(above))
    stretches = [f"the {found.group('what').lower()} ended {found.group('day')}"
                 for found in _STRETCH.finditer(words)]
    if stretches and columns % len(stretches) == 0:
        named = f"{stretches[column // (columns // len(stretches))]}, {year}"
    else:
        named = year
    found = find_periods(named, published)
    return max(found, key=lambda m: m.end - m.start).period if found else None
