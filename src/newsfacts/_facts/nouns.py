"""The noun a number counts: "13 people", "911,000 fewer jobs", "135 unicorn startups".

Without a part-of-speech tagger, a counted noun is read as up to five words after the number
that are not grammar words or common verbs (``lexicon.NOT_NOUNS``), ending at the first plural;
a count of one takes a single word. The noun is returned singular.
"""

from __future__ import annotations

from . import lexicon, numbers, units
from .amount import Readers
from .tokens import DASHES


class CountedNouns(Readers):
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
        hyphenated = self.hyphenated_noun(end)
        if hyphenated is not None:
            return hyphenated
        change: str | None = None
        if self.joined(j) and self.lows_at(j) in units.CHANGE_WORDS and self.is_word(j + 1):
            change, j = self.toks[j], j + 1
        words: list[str] = []
        plural = False
        determiner = self.determiner_end(j + 1) if self.lows_at(j) == "of" else None
        partitive = determiner is not None and change is None and whole
        if partitive and determiner is not None:
            j = determiner  # "35m of its Echo devices", "two of Johnson's deputies"
        while j < self.n and len(words) < 5 and self.joined(j) and self.is_word(j):
            low = self.lows[j]
            if low == "and" and words and words[-1][0].isupper() and self.is_name(j + 1):
                words.append("and")  # "460 Kia and Hyundai vehicles": names joined as modifiers
                j += 1
                continue
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
        if len(words) == 1 and words[0].lower() in lexicon.EXPECTER_NOUNS and self.expecting(j):
            return None  # "the 200,000 economists had expected": the expected figure
        if singular_count and words[0][0].isupper():
            return None  # "One Home Depot", "One Direction": a name, not one of something
        return " ".join([*words[:-1], singular(words[-1])]), change, j

    def expecting(self, i: int) -> bool:
        """Whether the words from token ``i`` say the noun before them expected something:
        "had expected", "polled by Reuters had forecast" (a name of up to three words)."""
        names = 0
        while i < self.n and self.is_word(i):
            low = self.lows[i]
            if low in lexicon.EXPECTING_VERBS:
                return True
            if low in lexicon.EXPECTER_AUXILIARIES:
                i += 1
            elif self.toks[i][0].isupper() and names < 3:
                names, i = names + 1, i + 1
            else:
                return False
        return False

    def hyphenated_noun(self, end: int) -> tuple[str, str | None, int] | None:
        """'a 50-member board', 'a 1,200-page report', 'a three-bedroom house': a noun glued
        to the number by a hyphen is what it counts (units such as '45-yard' are read
        before this)."""
        if not (end + 1 < self.n and self.toks[end] in DASHES and self.attached(end)
                and self.attached(end + 1) and self.is_word(end + 1)):
            return None
        word = self.toks[end + 1]
        low = word.lower()
        if (not word.islower() or len(word) < 3 or low in lexicon.NOT_NOUNS
                or low in numbers.UNIT_WORDS or low in numbers.TENS_WORDS
                or (end + 2 < self.n and self.toks[end + 2] in DASHES and self.attached(end + 2))):
            return None  # "2-for-1", "ten-year-old", "nine-to-five": not a counted noun
        return singular(word), None, end + 2

    def is_name(self, i: int) -> bool:
        return self.joined(i) and self.is_word(i) and self.toks[i][0].isupper()

    def determiner_end(self, i: int) -> int | None:
        """After 'of': 'the', 'its', ... or a possessive name ("Johnson's"); where it ends."""
        if not self.joined(i):
            return None
        if self.lows_at(i) in lexicon.PARTITIVE_DETERMINERS:
            return i + 1
        possessive = (self.is_word(i) and self.toks[i][0].isupper()
                      and self.toks[i + 1:i + 3] in (["'", "s"], ["’", "s"])
                      and self.attached(i + 1) and self.attached(i + 2))
        return i + 3 if possessive else None


def is_plural(word: str) -> bool:
    low = word.lower()
    if low in lexicon.IRREGULAR_PLURALS:
        return True
    if word.isupper() or low in lexicon.SINGULAR_IN_S:
        return False  # "CLPS", "GDP": acronyms; "news", "series": singular despite the s
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
