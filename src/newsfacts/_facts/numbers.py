"""Number words and scale words, as data: the quantity finder reads numbers out of these tables.

Keys are lower case. A word missing here is simply not a number to the finder, so adding a
word is one row. Values are exact (``"a dozen"`` is 12); vague plurals ("tens of thousands")
carry a low and a high bound rather than an invented point value.
"""

from __future__ import annotations

UNIT_WORDS: dict[str, int] = {
    "zero": 0, "naught": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip

TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

# Words that multiply what came before them inside a spelled-out number ("two hundred").
HUNDRED = {"hundred": 100}

# Scale words and suffixes: "1.5 million", "$2bn", "25k". ``value`` is multiplied by these and
# ``scale`` records the multiplier. Case matters for the one-letter suffixes (see SUFFIX_SCALES).
SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "mln": 1e6, "mio": 1e6, "mil": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
}  # fmt: skip

# One-letter suffixes count as scales only when written straight after the digits ("35m",
# "$1.2B"); with a space, "m" is a metre and "k" is nothing we can trust.
SUFFIX_SCALES: dict[str, float] = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9, "t": 1e12, "T": 1e12,
}  # fmt: skip

# Suffixes that are a scale only after a currency: "$25MM" (million); "5mm" is millimetres.
MONEY_SUFFIX_SCALES: dict[str, float] = {"MM": 1e6, "mm": 1e6}

# "B" with a space is still read as billion before a noun ("8 B people"); the others are not.
SPACED_SUFFIX_SCALES: dict[str, float] = {"B": 1e9, "bn": 1e9}

# Scales that may follow another scale: "1.5 lakh crore" is 1.5e12.
STACKING_SCALES = frozenset({"crore", "crores"})

# Plural scale words used vaguely: "thousands of", "millions of". Each one N means N to 10 N.
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
    "trillions": 1e12,
}  # fmt: skip

# "tens of thousands": the first word multiplies the vague plural that follows "of".
VAGUE_MULTIPLIERS: dict[str, float] = {"tens": 10, "hundreds": 100}

DOZEN_WORDS: dict[str, int] = {"dozen": 12}

# Fraction denominators as words: "two-thirds", "a quarter of", "one fifth".
FRACTION_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip

# Fraction characters: "½ cup", "1½ miles".
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125,
}  # fmt: skip

# Ordinals that count a streak when "straight", "consecutive" or "successive" follows ("for a
# seventh straight month", "the 13th consecutive monthly gain"): how many in a row.
STREAK_ORDINALS: dict[str, int] = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
STREAK_WORDS = frozenset({"straight", "consecutive", "successive"})

# Ordinal suffixes after digits ("1st", "96th"): the number is a rank, not a quantity.
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
