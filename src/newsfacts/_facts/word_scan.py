"""Fast "does this text name any of these words?" checks for the rule tables' prefilters.

A prefilter such as ``\\b(?i:according|per|data|...)`` is slow in ``re``: it is tried at every
position of the text, and each case-blind letter compares both cases. The same question is
cheaper asked another way:

- case-blind words are searched case-sensitively, in lower case, on the lower-cased text;
- words that must be capitalised ("Jan", "Q3") are searched with the word boundary checked by
  a look-behind after the first letter (``J(?<!\\w.)an``), so that every alternative starts with
  a plain character and ``re`` jumps from one capital letter to the next (for lower-case words
  that helps little: most positions hold one of their first letters).

Lower-casing agrees with ``re``'s case-blind matching except for three letters (dotted and
dotless I, long S), which ``re`` takes for i and s and ``str.lower`` does not (İ even lowers to
two characters); a text holding one of them is searched with the original pattern.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Generic, NamedTuple, TypeVar

# Letters re matches case-blindly to ASCII letters whose str.lower() is no ASCII letter.
_LOWERING_DIFFERS = re.compile("[\u0130\u0131\u017f]")
# A word character just before the one just read: no word boundary before it.
_NO_BOUNDARY_BEFORE_LAST = r"(?<!\w.)"


def words_at_boundary(fragments: Sequence[str]) -> str:
    """``\\b(?:f1|f2|...)`` with the boundary checked after each fragment's first character.

    Each fragment is a regex that starts with one literal word character (a letter or digit,
    not an escape or a class), so that ``re`` can skip to the fragments' first characters.
    """
    for fragment in fragments:
        if not fragment[:1].isalnum():
            raise ValueError(f"fragment must start with a literal word character: {fragment!r}")
    return "|".join(f"{f[0]}{_NO_BOUNDARY_BEFORE_LAST}{f[1:]}" for f in fragments)


def lowered_if_faithful(text: str) -> str | None:
    """``text`` lower-cased, or None when lower-casing would not agree with ``re``'s case-blind
    matching (see above): then the quick checks below are skipped for the full searches."""
    # An ASCII text (``isascii`` reads a flag the string keeps) holds none of those letters:
    # the search for them, run for every sentence and clause, is left to the others.
    if not text.isascii() and _LOWERING_DIFFERS.search(text) is not None:
        return None
    return text.lower()


# Escapes that name a character by its code or refer to a group: lower-casing could not
# follow them, so a pattern holding one keeps its case-blind search.
_OPAQUE_ESCAPES = frozenset("xuUNg0123456789")


# A case-sensitive group of plain lower-case words: "(?-i:will|may)".
_CASE_KEPT_WORDS = re.compile(r"\(\?-i:([a-z]+(?:\|[a-z]+)*)\)")


class LowerCasePattern(NamedTuple):
    """A case-blind pattern's form for lower-cased text (``lower_case_pattern``)."""

    pattern: str
    # Words the pattern wants written in lower case: the form answers as the pattern only for
    # texts that write each of them in no other case (``keeps_case_of``).
    kept: tuple[str, ...]


def lower_case_pattern(pattern: str) -> LowerCasePattern | None:
    """A case-sensitive pattern that matches ``lowered_if_faithful(text)`` where the case-blind
    ``pattern`` matches ``text``, at the same offsets (the same length: the text is one that
    lowers faithfully), or None when that cannot be said of ``pattern``.

    A case-blind literal compares both cases at each try, and ``re`` cannot skip to the
    alternatives of a branch whose first letters are case-blind, so a table of words is tried
    one word after another at every position; in lower case it is skipped at once. Letters are
    lowered, escapes are kept (``\\S`` is no ``\\s``); a group of words that turns
    case-blindness off (``(?-i:will|may)``) is kept for ``keeps_case_of`` to check; other
    flag groups, named groups and letters that are not ASCII are not followed.
    """
    out: list[str] = []
    kept: list[str] = []
    k = 0
    while k < len(pattern):
        char = pattern[k]
        if char == "\\":
            escaped = pattern[k + 1 : k + 2]
            if escaped in _OPAQUE_ESCAPES:
                return None
            out.append(pattern[k : k + 2])
            k += 2
            continue
        if char == "(" and pattern.startswith("(?", k) and not pattern.startswith(
                ("(?:", "(?=", "(?!", "(?<=", "(?<!"), k):
            words = _CASE_KEPT_WORDS.match(pattern, k)
            if words is None or not all(_without_overlaps(word)
                                        for word in words.group(1).split("|")):
                return None
            kept.extend(words.group(1).split("|"))
            out.append(f"(?:{words.group(1)})")
            k = words.end()
            continue
        if not char.isascii() and char.lower() != char.upper():
            return None
        out.append(char.lower())
        k += 1
    return LowerCasePattern("".join(out), tuple(dict.fromkeys(kept)))


def _without_overlaps(word: str) -> bool:
    """Whether two copies of ``word`` cannot overlap (then ``str.count`` counts them all)."""
    return not any(word.startswith(word[-size:]) for size in range(1, len(word)))


def keeps_case_of(kept: Sequence[str], text: str, lowered: str) -> bool:
    """Whether ``text`` writes each of ``kept`` in lower case wherever ``lowered`` has it."""
    return all(lowered.count(word) == text.count(word) for word in kept)


class WordScan:
    """Whether a text matches ``original``, answered by faster, equivalent searches.

    ``lowered`` is searched on the lower-cased text, each of ``exact`` (preconditions of the
    words that must be written as they are) on the text as it is; together they must match
    wherever ``original`` does (tests check this).
    """

    __slots__ = ("exact", "lowered", "original")

    def __init__(self, original: re.Pattern[str], exact: Sequence[Needs],
                 lowered: re.Pattern[str]) -> None:
        self.original = original
        self.exact = tuple(exact)
        self.lowered = lowered

    def found_in(self, text: str, lowered: str | None = None) -> bool:
        """Whether ``original`` matches ``text`` (``lowered``: its ``lowered_if_faithful``,
        when the caller has it already)."""
        if lowered is None:
            lowered = lowered_if_faithful(text)
            if lowered is None:
                return self.original.search(text) is not None
        if self.lowered.search(lowered) is not None:
            return True
        for needs in self.exact:  # noqa: SIM110 (a loop, not any(): it runs for most sentences)
            if needs.found_in(text, lowered):
                return True
        return False


class Needs:
    """What a rule needs in a text before it is worth running: ``pattern`` found there.

    ``hints`` are lower-case strings of which the pattern cannot match without one (as
    written or in another case): a text whose lower-cased form holds none of them is
    answered without a regex search. Listing too many hints only costs time; leaving out
    a needed one loses matches, so each list follows its pattern's literal words.
    """

    __slots__ = ("hints", "lowered", "pattern")

    def __init__(self, pattern: re.Pattern[str], hints: Sequence[str],
                 lowered: re.Pattern[str] | None = None) -> None:
        """``lowered``, for a wholly case-blind ``pattern``: the same in lower case without
        the flag, searched on the lower-cased text (cheaper)."""
        if any(hint != hint.lower() or not hint for hint in hints):
            raise ValueError(f"hints must be non-empty and lower case: {hints!r}")
        self.pattern = pattern
        self.hints = tuple(hints)
        self.lowered = lowered

    def found_in(self, text: str, lowered: str | None) -> bool:
        """``lowered`` is ``lowered_if_faithful(text)``; None skips the quick checks."""
        if lowered is None:
            return self.pattern.search(text) is not None
        for hint in self.hints:  # a loop, not any(): this runs some 100,000 times a batch
            if hint in lowered:
                break
        else:
            return False
        if self.lowered is not None:
            return self.lowered.search(lowered) is not None
        return self.pattern.search(text) is not None


def _joined(parts: Sequence[Needs]) -> str:
    for part in parts:
        if part.pattern.flags & ~re.UNICODE:
            raise ValueError(f"a part's flags must be inline: {part.pattern.pattern!r}")
    return "|".join(f"(?:{part.pattern.pattern})" for part in parts)


class AnyNeeds(Needs):
    """Met where any of ``parts`` is. One alternation such as ``(?:ber|\\d)\\s+and\\s|\\bthru\\s``
    starts at so many letters that ``re`` tries it almost everywhere; each part on its own,
    with its own hints, starts at one literal and is skipped by most texts."""

    __slots__ = ("parts",)

    def __init__(self, *parts: Needs) -> None:
        super().__init__(re.compile(_joined(parts)),
                         tuple(dict.fromkeys(hint for part in parts for hint in part.hints)))
        self.parts = parts

    def found_in(self, text: str, lowered: str | None) -> bool:
        for part in self.parts:  # noqa: SIM110 (a loop, not any(): it runs for most sentences)
            if part.found_in(text, lowered):
                return True
        return False


class BothNeeds(Needs):
    """Met where ``first`` and ``then`` both are: ``first`` a precondition that other rows of
    the table share and few texts meet (a month's name), which a ``RuleIndex`` searches once,
    so that ``then`` is searched only in the texts that meet it."""

    __slots__ = ("first", "then")

    def __init__(self, first: Needs, then: Needs) -> None:
        both = _joined([first]), _joined([then])
        super().__init__(re.compile(rf"\A(?=[\s\S]*?{both[0]})(?=[\s\S]*?{both[1]})"), then.hints)
        self.first = first
        self.then = then

    def found_in(self, text: str, lowered: str | None) -> bool:
        return self.first.found_in(text, lowered) and self.then.found_in(text, lowered)


_Rule = TypeVar("_Rule")
# Combinations of preconditions remembered per table: texts meet a few dozen in practice.
_MAX_COMBINATIONS = 4096


class RuleIndex(Generic[_Rule]):
    """A rule table whose rows each have a precondition (several rows may share one).

    ``met`` searches each distinct precondition once and gives the rows whose precondition the
    text meets, in table order: the rows a text cannot match are never looked at, instead of
    being passed over one by one. A ``BothNeeds`` reads its ``first`` from the table's own
    answer (searched before it)."""

    __slots__ = ("_by_mask", "_checks", "_rows")

    def __init__(self, rows: Sequence[tuple[_Rule, Needs]]) -> None:
        order: dict[Needs, None] = {}
        for _, needs in rows:
            if isinstance(needs, BothNeeds):
                order.setdefault(needs.first, None)
            order.setdefault(needs, None)
        bits = {needs: 1 << k for k, needs in enumerate(order)}
        self._checks = tuple(
            (needs.then, bits[needs], bits[needs.first]) if isinstance(needs, BothNeeds)
            else (needs, bits[needs], 0)
            for needs in order)
        self._rows = tuple((rule, bits[needs]) for rule, needs in rows)
        self._by_mask: dict[int, tuple[_Rule, ...]] = {}

    def met(self, text: str, lowered: str | None) -> tuple[_Rule, ...]:
        """``lowered`` is ``lowered_if_faithful(text)``."""
        mask = 0
        for needs, bit, first in self._checks:
            if (not first or mask & first) and needs.found_in(text, lowered):
                mask |= bit
        rules = self._by_mask.get(mask)
        if rules is None:
            rules = tuple(rule for rule, rule_bit in self._rows if mask & rule_bit)
            if len(self._by_mask) < _MAX_COMBINATIONS:
                self._by_mask[mask] = rules
        return rules
