"""Flattened text -> blocks: one block per line or paragraph, with scraper damage repaired.

Scrapers that flatten a page to text join lines that were separate on the page: a teaser that
ends in a date runs straight into the next notice (``...JANUARY 13, 2026The post ...``), and a
paragraph cut at a fixed width continues on the next line in lower case. Both are undone here so
that the cleaner sees the page's own blocks.
"""

from __future__ import annotations

import re

from ._blocks import Block
from ._month_names import FOREIGN_WEEKDAY_PATTERN

# Space characters that word processors and CMSs put where a plain space belongs.
_ODD_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u3000]")
_HAS_TEXT = re.compile(r"[^\s\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# Starts of syndication notices. When one follows a non-space character directly, the scraper
# glued two blocks together and the notice starts a new one.
GLUED_NOTICE_STARTS: tuple[str, ...] = (
    "The post ",
    "Source: http",
    "Disclaimer:",
    "You May Also Like",
    "Related Posts",
    "Related Articles",
    "This is breaking news",
    "(Reporting by",
    "[ad_",
)
_GLUE = re.compile(
    r"(?<=[^\s])(?=(?:" + "|".join(re.escape(start) for start in GLUED_NOTICE_STARTS) + "))"
)
# A line that was hard-wrapped mid-sentence: long, no closing punctuation, next starts lower case.
_WRAP_MIN_CHARS = 50
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]…]$")
# A lower-case "by Jane Doe, Staff Writer" under a headline is the byline, not the headline's
# continuation: a name, then a comma, a bar or the end of the line, and no full stop.
_BYLINE_LINE = re.compile(
    r"^by [A-Z][\w.'’-]{0,30} [A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30})?"
    r"(?:,[^.!?]{0,80}| \|.{0,80})?$"
)

# A stamp under a headline that opens in lower case, as French, Spanish and Portuguese write
# weekdays and labels ("terça-feira, 2 de dezembro de 2025 às 10:15", "publié le ..."), is a
# line of its own, not the headline's continuation.
_LOWER_STAMP_LINE = re.compile(
    rf"^(?:{FOREIGN_WEEKDAY_PATTERN}|"
    r"publi[ée]e?|publicad[oa]|atualizad[oa]|actualizad[oa]|mis à jour)\b,?\s*(?:le\s+|el\s+|"
    r"em\s+|am\s+)?\d", re.IGNORECASE)


def normalise(text: str) -> str:
    """Read odd spaces as plain spaces, as a reader's eye would.

    Invisible characters (soft hyphens, zero-width joiners) stay inside lines: they are part of
    the publisher's text, and a line made of nothing else counts as empty.
    """
    return _ODD_SPACES.sub(" ", text)


def text_to_blocks(text: str) -> list[Block]:
    """Split flattened text into blocks, one per line, re-splitting glued notices."""
    lines: list[str] = []
    for raw in normalise(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not _HAS_TEXT.search(line):
            lines.append("")
            continue
        lines.extend(part.strip() for part in _GLUE.split(line) if part.strip())
    return [Block(text=line, position=i) for i, line in enumerate(_unwrap(lines))]


# A wire dateline wrapped between its month and its day ("UNIONDALE, N.Y., Feb." then "25
# /PRNewswire/ --"): the full stop is the abbreviation's, so the day continues the line.
_MONTH_ABBREVIATION_END = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$"
)
_DAY_START = re.compile(r"^(?:[1-9]|[12]\d|3[01])\b(?![.,]\d)")

# A bare domain under a headline is the link's source label, not the headline's last word.
_DOMAIN_LINE = re.compile(r"^[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}(?:/\S{0,200})?$")


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines back into their paragraph; blank lines always separate."""
    joined: list[str] = []
    previous_blank = True
    for line in lines:
        if not line:
            previous_blank = True
            continue
        if not previous_blank and joined and _continues(joined[-1], line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
        previous_blank = False
    return joined


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` goes on with the paragraph ``previous`` was cut from."""
    if _MONTH_ABBREVIATION_END.search(previous) and _DAY_START.match(line):
        return True
    return (
        len(previous) >= _WRAP_MIN_CHARS
        and not _SENTENCE_END.search(previous)
        and line[0].islower()
        and not _BYLINE_LINE.match(line)
        and not _DOMAIN_LINE.match(line)
        and not _LOWER_STAMP_LINE.match(line)
    )
