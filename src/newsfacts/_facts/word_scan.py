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


class WordScan:
    """Whether a text matches ``original``, answered by faster, equivalent searches.

    ``exact`` is searched on the text as it is, ``lowered`` on the lower-cased text; together
    they must match wherever ``original`` does (tests check this on real sentences).
    """

    __slots__ = ("exact", "lowered", "original")

    def __init__(self, original: re.Pattern[str], exact: Sequence[re.Pattern[str]],
                 lowered: re.Pattern[str]) -> None:
        self.original = original
        self.exact = tuple(exact)
        self.lowered = lowered

    def found_in(self, text: str) -> bool:
        if any(pattern.search(text) is not None for pattern in self.exact):
            return True
        if _LOWERING_DIFFERS.search(text) is not None:
            return self.original.search(text) is not None
        return self.lowered.search(text.lower()) is not None
