"""The sure sentence ends the blank pipeline cuts paragraphs at are sentence starts spaCy makes.

Cutting there before tokenizing must change no sentence: every piece after the first starts
where the blank pipeline's sentencizer starts a sentence in the whole paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IDX, LENGTH, SENT_START

from newsfacts._facts.pipeline import load_pipeline
from newsfacts._facts.sentences import cut_at_sure_ends, sentencizer_rows

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TEXTS = sorted((FIXTURES / "claims").glob("*.txt")) + sorted((FIXTURES / "text").glob("*.txt"))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for match in re.finditer(r"\n\s*\n", text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [(start, end) for start, end in spans if text[start:end].strip()]


@pytest.mark.parametrize("path", TEXTS, ids=[p.name for p in TEXTS])
def test_cuts_fall_on_sentence_starts(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    nlp = load_pipeline("blank")
    for start, end in _paragraphs(text):
        doc = nlp(text[start:end])
        starts = {start + sentence.start_char for sentence in doc.sents}
        pieces = list(cut_at_sure_ends(text, [(start, end)]))
        assert " ".join(text[a:b] for a, b in pieces).split() == text[start:end].split()
        for piece_start, _piece_end in pieces[1:]:
            assert piece_start in starts, (path.name, text[piece_start:piece_start + 40])


def test_cuts_after_a_lower_case_word_only() -> None:
    text = "Exports rose 5% in March. Imports fell. The U.S. Fed met. Prices eased! Then rose."
    pieces = [text[a:b] for a, b in cut_at_sure_ends(text, [(0, len(text))])]
    # "March." and "met." are no sure ends: a capital or a word under four letters before them.
    assert pieces == ["Exports rose 5% in March. Imports fell.",
                      "The U.S. Fed met. Prices eased!", "Then rose."]


def _sentencizer_says(text: str) -> list[list[int]]:
    doc = load_pipeline("blank")(text)
    rows = doc.to_array([IDX, LENGTH, SENT_START]).tolist() if len(doc) else []
    # The array is unsigned: -1 (no sentence start) comes back as 2**64 - 1.
    return [[index, length, start if start in (0, 1) else -1] for index, length, start in rows]


@pytest.mark.parametrize("path", TEXTS, ids=[p.name for p in TEXTS])
def test_sentencizer_rows_are_the_sentencizers(path: Path) -> None:
    # Read from the token arrays, the sentence starts are the component's own.
    text = path.read_text(encoding="utf-8")
    nlp = load_pipeline("blank")
    for start, end in _paragraphs(text):
        piece = text[start:end]
        assert sentencizer_rows(nlp.make_doc(piece), piece) == _sentencizer_says(piece)


@settings(deadline=None)  # the first example loads the pipeline
@given(st.text(alphabet="abA1 .!?;:\"'()\n\u3002\u0964\u2026-", max_size=40))
def test_sentencizer_rows_on_any_punctuation(text: str) -> None:
    nlp = load_pipeline("blank")
    assert sentencizer_rows(nlp.make_doc(text), text) == _sentencizer_says(text)
