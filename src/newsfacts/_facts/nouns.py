"""The noun a number counts: "13 people", "911,000 fewer jobs", "135 unicorn startups".

Without a part-of-speech tagger, a counted noun is read as up to five words after the number
that are not grammar words or common verbs (``lexicon.NOT_NOUNS``), ending at the first plural;
a count of one takes a single word. The noun is returned singular.
"""

from __future__ import annotations

from . import lexicon, numbers, units
from .tokens import DASHES, Tokens


class CountedNouns(Tokens):
    """Reads the counted noun after a number."""

    def counted_noun(
        self, end: int, *, one: bool, whole: bool
    ) -> tuple[str, str | None, int] | None:
        """The noun the number ending before token ``end`` counts: '13 people', '911,000 fewer
        jobs', '35m of its devices'. ``one``: the number is 1 (the noun is singular);
        ``whole``: a whole number of at least 1, which may count a part ("one of the students").

        Returns the noun (singular), the change word before it, and the token after it.
        """
        j = end
        change: str | None = None
        if self.joined(j) and self.lows_at(j) in units.CHANGE_WORDS and self.is_word(j + 1):
            change, j = self.toks[j], j + 1
        words: list[str] = []
        plural = False
        partitive = (self.lows_at(j) == "of" and self.joined(j + 1)
                     and self.lows_at(j + 1) in lexicon.PARTITIVE_DETERMINERS and change is None
                     and whole)
        if partitive:
            j += 2  # "35m of its Echo devices", "one of the students"
        while j < self.n and len(words) < 5 and self.joined(j) and self.is_word(j):
            low = self.lows[j]
            if (low in lexicon.NOT_NOUNS or low in lexicon.MONTHS or low in lexicon.WEEKDAYS
                    or low in numbers.UNIT_WORDS or low in numbers.TENS_WORDS):
                break
            piece, j = self.toks[j], j + 1
            while (j + 1 < self.n and self.toks[j] in DASHES and self.attached(j)
                   and self.attached(j + 1) and self.is_word(j + 1)):
                piece, j = f"{piece}-{self.toks[j + 1]}", j + 2
            words.append(piece)
            if is_plural(piece):
                plural = True
                break
            if one and not partitive:
                break
        singular_count = one and not partitive
        if not words or (not plural and not singular_count):
            return None
        return " ".join([*words[:-1], singular(words[-1])]), change, j


def is_plural(word: str) -> bool:
    low = word.lower()
    if low in lexicon.IRREGULAR_PLURALS:
        return True
    tail = low.rsplit("-", 1)[-1]
    return len(tail) > 2 and tail.endswith("s") and not tail.endswith(("ss", "us", "is"))


def singular(word: str) -> str:
    low = word.lower()
    if low in lexicon.IRREGULAR_PLURALS:
        return lexicon.IRREGULAR_PLURALS[low]
    if not is_plural(word):
        return word
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    return word[:-1]
