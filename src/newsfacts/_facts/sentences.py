"""Sentence ends the blank pipeline is sure to make, found with one regex search.

The blank pipeline's sentencizer ends a sentence after a token that is a full stop, "!" or "?"
and starts the next at the following word. After a lower-case word of four letters or more,
spaCy's English tokenizer always splits the mark off (none of its exceptions has that shape),
so "rose. Then" is a sentence end spaCy would also make. Cutting a paragraph there before
spaCy sees it changes no sentence, and the pieces without a figure need no tokenizing at all
(claims were compared whole on the Scrapinghub and repost bodies: identical).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# A mark after a whole lower-case word, then spaces and a capital: "rose. Then", "fell! He".
_SURE_END = re.compile(r"(?<!\S)[a-z]{4,}[.!?](?=[ \t]+[A-Z])")


def cut_at_sure_ends(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The ``spans`` of ``text``, each cut after every sure sentence end inside it; a piece
    starts at its first word."""
    for start, end in spans:
        position = start
        for match in _SURE_END.finditer(text, start, end):
            yield position, match.end()
            position = match.end()
            while position < end and text[position] in " \t":
                position += 1
        if position < end:
            yield position, end
