"""The sure sentence ends the blank pipeline cuts paragraphs at are sentence starts spaCy makes.

Cutting there before tokenizing must change no sentence: every piece after the first starts
where the blank pipeline's sentencizer starts a sentence in the whole paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsfacts._facts.pipeline import load_pipeline
from newsfacts._facts.sentences import cut_at_sure_ends

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
