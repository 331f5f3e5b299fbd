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

from spacy.attrs import IDX, IS_PUNCT, LENGTH
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

# The marks after which the blank pipeline's sentencizer (default settings) ends a sentence:
# all single characters.
_PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)
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


def sentencizer_rows(doc: Doc, text: str) -> list[list[int]]:
    """``[IDX, LENGTH, SENT_START]`` of each token of ``doc`` (tokenized from ``text``, no
    component run) as the blank pipeline's sentencizer would set them.

    The same rule as spaCy's ``Sentencizer.predict``: after a token that is one of its marks,
    the next token that is neither punctuation nor a mark starts a sentence; the first token
    starts one. Read from the token arrays: the component walks the doc as Python ``Token``
    objects, which cost as much as tokenizing the text."""
    if len(doc) == 0:
        return []
    rows: list[list[int]] = doc.to_array([IDX, LENGTH, IS_PUNCT]).tolist()
    seen_mark = False
    for row in rows:
        index, length, punct = row
        mark = length == 1 and text[index] in _PUNCT_CHARS
        row[2] = -1
        if seen_mark and not punct and not mark:
            row[2] = 1
            seen_mark = False
        elif mark:
            seen_mark = True
    rows[0][2] = 1
    return rows
