"""Word lists and digit shapes the quantity finder consults, as data.

``DIGIT_SHAPES`` are numbers that are not quantities (times, phone numbers, slashed dates,
version strings) or are dates; each row says why. Every pattern uses bounded repetition only,
so a hostile string of digits, dots or colons is scanned in linear time.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class DigitShape(NamedTuple):
    name: str
    pattern: re.Pattern[str]
    is_date: bool
    reason: str


def _shape(name: str, pattern: str, reason: str, *, is_date: bool = False) -> DigitShape:
    return DigitShape(name, re.compile(pattern), is_date, reason)


_AMPM = r"(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)"
_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|HKT|SGT|JST|IST)\b"

DIGIT_SHAPES: tuple[DigitShape, ...] = (
    _shape("url", r"(?:https?://|www\.)[^\s<>\"]{1,2048}",
           "a web address: the digits in it are paths and ids"),
    _shape("email", r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}",
           "an e-mail address"),
    _shape("iso_date",
           r"(?<![\w./-])\d{4}-[01]\d-[0-3]\d(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?"
           r"(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w/-])",
           "an ISO 8601 date or timestamp: a date, not an amount", is_date=True),
    _shape("season", r"(?<![\w./])(?:19|20)\d\d/(?:\d\d){1,2}(?![\w/])",
           "a season or fiscal year such as 2025/26", is_date=True),
    _shape("slashed_date", r"(?<![\w./])\d{1,4}/\d{1,2}/\d{1,4}(?![\w/])",
           "a numeric date such as 2026/01/16 (feed and widget timestamps; day/month order is "
           "ambiguous, so it is not resolved)"),
    _shape("slash_pair", r"(?<![\w./$€£¥])\d{1,4}/\d{1,4}(?![\w/])",
           "two numbers joined by a slash: a ratio, fraction, score or date ('24/7', '9/11')"),
    _shape("clock_time", rf"(?<![\w.:])\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s?{_AMPM})?(?:\s?{_ZONE})?"
           r"(?![\d:])", "a time of day such as 02:50 or 9:01 p.m."),
    _shape("colon_pair", r"(?<![\w.:])\d{1,3}:\d{1,3}(?![\d:])",
           "an aspect ratio, score or verse such as 16:9 or 3:16"),
    _shape("am_pm_time", rf"(?<![\w.:])\d{{1,2}}(?:\.\d{{2}})?\s?{_AMPM}(?:\s?{_ZONE})?",
           "a time of day such as 3 p.m. or 1.56pm"),
    _shape("zoned_time", rf"(?<![\w.:])[0-2]\d[0-5]\d\s?{_ZONE}",
           "a 24-hour time with its zone such as 0401 GMT"),
    _shape("phone", r"(?<![\w+.$€£¥-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{3}[ .-])"
           r"\d{3}[ .-]\d{4}(?![\w-])", "a telephone number"),
    _shape("dotted_date", r"(?<![\w.])[0-3]?\d\.[01]?\d\.(?:19|20)\d\d(?![\w]|\.\d)",
           "a date written with dots, day first, as German and much of Europe write it: "
           "31.12.2018", is_date=True),
    _shape("dotted_chain", r"(?<![\w.])\d{1,9}(?:\.\d{1,9}){2,8}(?!\.?\d)",
           "an IP address or version string such as 192.168.1.2"),
    _shape("hash_number", r"#\d{1,9}", "a rank or issue number such as #1"),
)  # fmt: skip

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Month names that are also everyday words or names; they count as months only with a day or
# year beside them or a date word before them ("in May", "since March").
AMBIGUOUS_MONTHS = frozenset({"may", "march", "jan", "mar", "jun", "dec", "aug", "sep"})
MONTH_CUES = frozenset({
    "in", "since", "until", "till", "by", "of", "last", "next", "this", "early", "late", "mid",
    "from", "through", "during", "before", "after", "on", "between", "and", "to", "every",
})  # fmt: skip

# Monday first, as ``datetime.date.weekday`` counts them.
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Abbreviated weekdays are also common words ("sun", "sat"): they need a following day number.
SHORT_WEEKDAYS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
                            "sun"})
WEEKDAYS = frozenset(WEEKDAY_NAMES) | SHORT_WEEKDAYS

RELATIVE_DAY_WORDS = frozenset({"yesterday", "today", "tomorrow", "tonight"})
RELATIVE_LEADS = frozenset({"last", "next", "this", "coming", "past", "previous", "current"})
RELATIVE_UNITS = frozenset({"week", "month", "year", "quarter", "weekend", "decade", "season"})
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
}  # fmt: skip
PERIOD_PARTS = frozenset({"quarter", "half"})
PERIOD_CODES = frozenset({"Q", "H", "FY", "CY"})
AGO_WORDS = frozenset({"ago", "earlier", "later", "before", "hence"})

# Prepositions that make a bare four-digit number a year.
YEAR_CUES = frozenset({
    "in", "since", "until", "till", "by", "of", "from", "through", "during", "before",
    "after", "between", "and", "to", "for", "circa", "year", "early", "late", "mid", "fiscal",
})  # fmt: skip

# Words that can never be the noun a number counts: grammar words and common verbs.
NOT_NOUNS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "so", "yet",
    "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "over", "under",
    "above", "below", "up", "down", "out", "off", "about", "around", "than", "as", "per",
    "via", "after", "before", "since", "until", "during", "through", "between", "among",
    "against", "within", "without", "toward", "towards", "across", "behind", "beyond", "near",
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "said", "says", "say", "told", "tells", "added", "adds", "according", "who",
    "which", "what", "where", "when", "why", "how", "whose", "whom", "it", "its", "they",
    "them", "their", "he", "his", "him", "she", "her", "we", "our", "us", "you", "your", "i",
    "my", "me", "each", "every", "all", "both", "either", "neither", "some", "any", "no",
    "not", "more", "most", "less", "least", "fewer", "others", "another", "such",
    "only", "just", "also", "even", "still", "already", "again", "ago", "later", "earlier",
    "now", "then", "there", "here", "very", "too", "much", "many", "few", "several", "if",
    "while", "whereas", "because", "though", "although", "unless", "whether", "plus",
    "minus", "percent", "cent", "versus", "vs", "respectively", "apiece", "last", "next",
    "previous", "year", "years", "rose", "fell", "rise", "rises", "falls",
    "gained", "lost", "jumped", "dropped", "climbed", "declined", "increased", "decreased",
    "including", "included", "compared", "people's", "ones", "one", "overall",
    "higher", "lower", "today", "yesterday", "tomorrow", "alone", "total", "combined",
    "instead", "apart", "away", "back", "together", "ever", "never",
    "km", "percentage", "billion", "million", "trillion", "thousand", "hundred",
})  # fmt: skip

# Plural nouns that do not end in "s", and "people" which news counts by.
IRREGULAR_PLURALS: dict[str, str] = {
    "people": "people", "children": "child", "men": "man", "women": "woman",
    "staff": "staff", "personnel": "personnel", "police": "police", "cattle": "cattle",
    "sheep": "sheep", "fish": "fish", "deer": "deer", "aircraft": "aircraft",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "data": "data", "crew": "crew",
}  # fmt: skip

# Nouns that end in "s" but are not plurals of something shorter.
SINGULAR_IN_S = frozenset({
    "news", "series", "species", "means", "headquarters", "physics", "economics", "politics",
    "mathematics", "diabetes", "gas", "bus", "lens", "analysis", "crisis", "status", "campus",
    "census", "virus", "bonus", "thesis", "basis", "process", "business", "press", "class",
})  # fmt: skip

# A bare number right after a capitalised name is part of the name ("iPhone 15", "Game 2",
# "S&P 500", "Windows 11"), unless that word is one of these capitalised grammar words.
NOT_NAMES = frozenset({
    "I", "A", "An", "The", "In", "On", "At", "By", "For", "With", "From", "To", "Of", "And",
    "Or", "But", "About", "Around", "Over", "Under", "Some", "Only", "Just", "Nearly",
    "Almost", "Roughly", "Approximately", "More", "Less", "Than", "Up", "Down", "Since",
    "After", "Before", "During", "Until", "Between", "Among", "Per", "Plus", "Minus",
    "Another", "All", "Both", "Each", "Every", "Last", "Next", "When", "While", "If", "As",
    "Yet", "So", "Then", "Also", "Still", "Even", "Here", "There", "Now", "Exactly", "Fully",
    "Those", "These", "That", "This", "Its", "Their", "His", "Her", "Our", "Total", "Below",
    "Above", "Within", "Without", "Like", "Fewer",
})  # fmt: skip

# Verbs of change: after them "X to Y" is a move from X to Y ("rose 18 sen to RM23.50"), not a
# range.
CHANGE_VERBS = frozenset({
    "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling",
    "gained", "gains", "gaining", "added", "adds", "adding", "climbed", "climbs", "jumped",
    "jumps", "dropped", "drops", "lost", "loses", "slid", "slides", "declined", "declines",
    "increased", "increases", "decreased", "decreases", "grew", "grows", "shrank", "surged",
    "surges", "plunged", "plunges", "tumbled", "tumbles", "eased", "eases", "edged", "slipped",
    "advanced", "retreated", "soared", "sank", "up", "down", "cut", "raised", "lowered",
})  # fmt: skip

# Nouns after a hyphenated pair of whole numbers that make it a score, not a range.
SCORE_WORDS = frozenset({
    "win", "victory", "defeat", "loss", "lead", "draw", "tie", "vote", "votes", "record",
    "margin", "decision", "scoreline", "advantage", "deficit", "split", "majority", "ruling",
    "home", "away", "aggregate", "series",
})  # fmt: skip

# Nouns of a result that a score names: "a 9-2 lead", "a 52-48 vote", "a 24-17 victory". The
# score before them is read as a pair with the noun as its unit; before any other score word
# ("a 3-1 home win", "won 9-2") it is consumed and not returned.
SCORE_NOUNS = frozenset({
    "win", "victory", "defeat", "loss", "lead", "draw", "tie", "vote", "votes", "record",
    "margin", "scoreline", "advantage", "deficit", "majority",
})  # fmt: skip

# Abbreviations before a rank or reference number: "No. 1", "Vol. 3".
NUMBER_SIGNS = frozenset({"No", "no", "Nos", "Vol", "vol", "Art", "art", "Sec", "pp", "Ch"})

# Street words: a number before a capitalised name ending in one of these is an address.
STREET_WORDS = frozenset({
    "St", "Street", "Road", "Rd", "Way", "Ave", "Avenue", "Blvd", "Boulevard", "Lane", "Ln",
    "Drive", "Dr", "Place", "Pl", "Court", "Ct", "Square", "Sq", "Terrace", "Highway", "Hwy",
    "Parkway", "Close", "Crescent",
})  # fmt: skip

# Words that may follow a bare number whose noun was left out because the previous figure
# named it: "6 million homes, including 1.5 million in Los Angeles".
ELLIPSIS_FOLLOWERS = frozenset({
    "in", "by", "from", "for", "on", "at", "to", "last", "this", "a", "an", "the", "during",
    "since", "versus", "vs", "while", "and", "or", "previously", "earlier", "before",
})  # fmt: skip

# "35m of its devices", "one of the students": the number counts the noun after these.
# Who expects a figure, right after it: "above the 200,000 economists had expected" names the
# expected figure, not a count of economists. With the verbs that say so (after "had",
# "have", "were" or "polled by" and a name). Past forms only: "the 12 analysts polled by Reuters
# see profit of $2 billion" counts analysts.
EXPECTER_NOUNS = frozenset({"economists", "analysts", "forecasters", "strategists", "experts",
                            "traders", "investors", "markets", "bankers"})
EXPECTING_VERBS = frozenset({"expected", "forecast", "forecasted", "predicted", "estimated",
                             "projected", "anticipated", "penciled", "pencilled"})
EXPECTER_AUXILIARIES = frozenset({"had", "have", "were", "are", "had been", "polled", "surveyed",
                                  "by", "on", "average", "median"})
PARTITIVE_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "my", "your",
                                   "these", "those"})
