"""Tokens for the quantity finder: one regex pass, and the helpers every reader shares.

Digits keep their thousands separators and decimals ("1,234.5", lakh-grouped "12,34,567");
runs of letters are words; every other non-space character is a token of its own. Readers
(``date_spans``, ``nouns``, ``quantities``) walk these tokens by index and ask whether two
tokens touch (``attached``) or sit on one line a space or two apart (``joined``).
"""

from __future__ import annotations

import re
from typing import TypeVar

from . import lexicon

# Repetition is bounded or unambiguous, so the scan is linear on any input.
TOKEN = re.compile(
    r"\d{1,2}(?:,\d\d){1,6},\d{3}(?:\.\d+)?(?!,?\d)"  # lakh grouping: 1,23,45,678
    r"|\d{1,3}(?:,\d{3}){1,9}(?:\.\d+)?(?!,?\d)"  # 1,234,567.89
    r"|\d+(?:\.\d+)?"
    r"|(?<![\w.])\.\d+"  # .25
    r"|[^\W\d_]+"
    r"|\S"
)

_V = TypeVar("_V")
PhraseIndex = dict[str, list[tuple[tuple[str, ...], _V]]]


def index_phrases(rows: list[tuple[tuple[str, ...], _V]]) -> PhraseIndex[_V]:
    """Phrases by first token, longest first, so a walk tries 'degrees celsius' before 'degrees'."""
    index: PhraseIndex[_V] = {}
    for key, value in sorted(rows, key=lambda row: -len(row[0])):
        index.setdefault(key[0], []).append((key, value))
    return index


def split(surface: str) -> tuple[str, ...]:
    return tuple(match.group() for match in TOKEN.finditer(surface))


DASHES = frozenset({"-", "–", "—", "‑"})


class Tokens:
    """The tokens of one text, with positions, and the questions readers ask about them."""

    def __init__(self, text: str) -> None:
        self.text = text
        matches = list(TOKEN.finditer(text))
        # map() over the methods themselves: no Python frame per token.
        self.starts: list[int] = list(map(re.Match.start, matches))
        self.ends: list[int] = list(map(re.Match.end, matches))
        self.toks: list[str] = list(map(re.Match.group, matches))
        self.lows = list(map(str.lower, self.toks))
        self.n = len(self.toks)

    def attached(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` with nothing between them."""
        return 0 < i < self.n and self.starts[i] == self.ends[i - 1]

    def joined(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` on the same line, at most two spaces apart."""
        if not 0 < i < self.n:
            return False
        gap = self.starts[i] - self.ends[i - 1]
        return gap == 0 or (gap <= 2 and self.text[self.ends[i - 1]:self.starts[i]].isspace()
                            and "\n" not in self.text[self.ends[i - 1]:self.starts[i]])

    def is_digits(self, i: int) -> bool:
        return i < self.n and self.toks[i][0] in "0123456789." and self.toks[i][-1].isdigit()

    def is_word(self, i: int) -> bool:
        return i < self.n and self.toks[i].isalpha()

    def glued_to_word(self, i: int) -> bool:
        """'COVID-19', 'F-35', 'V-6', 'FHC/ABJ/03': digits hyphenated or slashed onto a word
        are part of a name or code."""
        return (
            i >= 2
            and (self.toks[i - 1] in DASHES or self.toks[i - 1] == "/")
            and self.attached(i)
            and self.attached(i - 1)
            and self.toks[i - 2].isalpha()
        )

    def chunk_end(self, i: int) -> int:
        """One past the last token of the space-free chunk that token ``i`` is in."""
        j = i + 1
        while j < self.n and self.attached(j):
            j += 1
        return j

    def phrase(self, i: int, index: PhraseIndex[_V], *, fold: bool) -> tuple[_V, int] | None:
        """The longest phrase from ``index`` starting at token ``i``, and where it ends."""
        if i >= self.n:
            return None
        words = self.lows if fold else self.toks
        for key, value in index.get(words[i], ()):
            end = i + len(key)
            if end <= self.n and all(
                words[i + k] == key[k] and (k == 0 or self.joined(i + k)) for k in range(len(key))
            ):
                return value, end
        return None

    def lows_at(self, i: int) -> str:
        """Token ``i`` in lower case, or "" before the first token and after the last."""
        return self.lows[i] if 0 <= i < self.n else ""


# All digit shapes in one alternation, tried only where a shape can begin; where two shapes
# start at the same place the earlier row wins.
_SHAPES = re.compile(
    "|".join(f"(?P<s{k}>{shape.pattern.pattern})" for k, shape in enumerate(lexicon.DIGIT_SHAPES))
)
_SHAPE_IS_DATE = {f"s{k}": shape.is_date for k, shape in enumerate(lexicon.DIGIT_SHAPES)}
_ANY_DIGIT = re.compile(r"\d")
# Where a shape other than an e-mail address can begin: a web address's scheme or "www.", "#"
# (a rank), and "+", "(" or a digit after no word character (every digit row's lookbehind
# rules out a word character before it; a phone number may open with "+" or "(").
# ``test_digit_shape_starts_cover_every_row`` checks the rows against this.
_SHAPE_START = re.compile(r"https?://|www\.|#|(?<!\w)[\d+(]")


def digit_shapes(text: str) -> list[tuple[int, int, bool]]:
    """Spans of digit shapes that are not amounts, in order and without overlaps."""
    if _ANY_DIGIT.search(text) is None:
        return []
    if "@" in text:
        # An e-mail address may begin at any word: scan every position.
        matches = list(_SHAPES.finditer(text))
    else:
        # The alternation tried at every character of a long paragraph cost more than the
        # rest of the walk; tried only where a shape can begin, it finds the same spans.
        matches = []
        end = 0
        for start in _SHAPE_START.finditer(text):
            if start.start() < end:
                continue
            match = _SHAPES.match(text, start.start())
            if match is not None:
                matches.append(match)
                end = match.end()
    return [(m.start(), m.end(), _SHAPE_IS_DATE[m.lastgroup or ""]) for m in matches]
