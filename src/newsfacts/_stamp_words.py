"""Words before a date that say it is not the page's: whose day a stamp-shaped date is.

A page's furniture prints days that look like its own stamp but belong to something else: a
price widget's "Data as of Dec 3, 2025 4:00 PM ET", a market's "Market Closed: ...", a
citation's "retrieved 4 December 2025" (the day a reader fetched the page), an earnings
calendar's "Next earnings date: Jan 29, 2026". Both the cleaner's stamp reader and the claim
stage's page reader skip a date these words stand before on its line.
"""

from __future__ import annotations

import re

# Each row: the words, and whose day follows them.
_OTHER_DAYS: tuple[tuple[str, str], ...] = (
    (r"as\s+(?:of|at)", "a figure's or a quote's time"),
    (r"(?:retrieved|accessed|downloaded)(?:\s+(?:on|from))?", "the day a reader fetched it"),
    (r"(?:market|markets|exchange|trading)\s+(?:closed?|opens?|hours)", "a market's clock"),
    (r"(?:earnings|ex-?dividend|record|payment|expiry|expiration|maturity|event|"
     r"settlement|delivery|closing)\s+date", "a calendar's or a contract's day"),
    (r"(?:expires?|expiry|expiring|valid\s+(?:until|through|thru)|deadline)",
     "the day a document or an offer runs out"),
)
OTHER_DAY_BEFORE = re.compile(
    r"\b(?i:" + "|".join(words for words, _ in _OTHER_DAYS) + r")[^\S\n]*[:\-–—]?[^\S\n]*"
    r"(?i:on[^\S\n]+)?$")
# How far before a date its words are looked for.
OTHER_DAY_REACH = 40


def other_day_at(text: str, start: int) -> bool:
    """Whether the date at ``start`` follows, on its line, words that make it another thing's
    day than the page's ("Data as of ...", "retrieved ...")."""
    line = text.rfind("\n", 0, start) + 1
    return OTHER_DAY_BEFORE.search(text, max(line, start - OTHER_DAY_REACH), start) is not None
