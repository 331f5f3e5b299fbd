"""The learnt stage: the furniture model judges the blocks the rules table did not decide.

A ``RULES`` row that fired is precise evidence and stands. Every other block, those left as body
and those the layout pass took on its hand thresholds, goes to the model, whose features include
what the rules and the layout pass said about the block and its neighbours. A block is furniture
when its probability reaches ``threshold``; its reason is the layout pass's when that pass named
one, else ``furniture``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .classify import Verdict, is_paragraph
from .ensemble import FurnitureModel
from .features import FEATURE_NAMES, block_features

FURNITURE = "furniture"
LEARNT_RULE = "model"
_LAYOUT_PREFIX = "layout-"
JUDGE_LAYOUT = False
# Inside the run of prose, furniture is rare and the model's mistakes there cost article text
# (subheads, tables, list items): there it must be this sure. Measured by leave-site-out folds.
INSIDE_PROSE_THRESHOLD = 0.95
_INSIDE = FEATURE_NAMES.index("inside_prose")
_WORDS = FEATURE_NAMES.index("words")
_FUNCTION_SHARE = FEATURE_NAMES.index("function_share")
# A block that reads as running text (this many words, this share of them function words, or a
# finished sentence) is an article's paragraph more often than furniture even where it does not
# end like one (cut off by the page store, a lead without its full stop): like a block inside
# the prose, it goes only when the model is as sure as it must be there. Measured by
# leave-site-out folds (bench/reposts.py).
_TEXT_WORDS = math.log1p(15)
_TEXT_FUNCTION_SHARE = 0.2
# A finished sentence of this many words reads as text too (a one-line lead or deck).
_SENTENCE_WORDS = math.log1p(8)
_FINISHED = FEATURE_NAMES.index("ends_stop")


# The function words the features count are those of five languages in Latin script: a run of
# text in another script (Cyrillic, Greek, Arabic, Hangul, CJK) has none, so its length speaks.
_OTHER_SCRIPT_LETTERS = 40
_LATIN_END = 0x24F
_SAMPLE = 300


def _in_other_script(text: str) -> bool:
    sample = text[:_SAMPLE]
    if sample.isascii():
        return False  # no letter past Latin (the common case, known without a loop)
    letters = [char for char in sample if char.isalpha()]
    other = sum(ord(char) > _LATIN_END for char in letters)
    return len(letters) >= _OTHER_SCRIPT_LETTERS and other * 2 > len(letters)


# On an HTML page the HTML stage has already chosen the article's container, and what reads as
# text inside it is article far more often than on a flattened repost (the model, trained on
# flattened text, is overconfident there: embedded posts, a blog's question lead, a paragraph in
# Hangul). Measured on the Scrapinghub pages (F1) and the reposts as minimal HTML.
HTML_TEXT_THRESHOLD = 0.995
TEXT_LINE = "line"  # the tag of a block cut from plain text (``_text.py``)

# A heading, a table row or a list item the HTML stage kept inside the article is its structure
# ("Key Facts", a figures table): rules and the layout pass judge it, the model (trained on
# flattened text, where the tags are gone) does not.
_STRUCTURE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "li"})
_PROSE_WORDS = 12


def is_candidate(verdict: Verdict) -> bool:
    """A block the model decides: left as body (but not a paragraph of prose: that is the
    article the others are placed against), or removed only on layout evidence."""
    return (
        bool(verdict.text)
        and verdict.block.tag not in _STRUCTURE_TAGS
        and not is_paragraph(verdict, _PROSE_WORDS)
        and (
            verdict.reason is None
            or (JUDGE_LAYOUT and (verdict.rule or "").startswith(_LAYOUT_PREFIX))
        )
    )


def has_prose(present: Sequence[Verdict]) -> bool:
    return any(is_paragraph(verdict, _PROSE_WORDS) for verdict in present)


def judge(verdicts: Sequence[Verdict], model: FurnitureModel, threshold: float) -> None:
    """Let the model remove furniture; ``threshold`` 1.0 turns it off. A page without a run of
    prose gives the model nothing to place blocks against, so it is left to the rules too."""
    if threshold >= 1.0:
        return
    present = [verdict for verdict in verdicts if verdict.text]
    judged = [is_candidate(verdict) for verdict in present]
    if not any(judged) or not has_prose(present):
        return
    rows = block_features(present, judged, model.vocabulary)
    for verdict, row, flag in zip(present, rows, judged, strict=True):
        if not flag:
            continue
        if model.probability(row) >= _needed(verdict, row, threshold):
            if verdict.reason is None:
                verdict.reason, verdict.rule = FURNITURE, LEARNT_RULE
        elif verdict.reason is not None:
            verdict.reason = verdict.rule = None


def _needed(verdict: Verdict, row: Sequence[float], threshold: float) -> float:
    """How sure the model must be to take this block: ``threshold``, or more inside the prose
    and for a block that reads as running text (more still on an HTML page)."""
    reads_as_text = _in_other_script(verdict.text) or (
        row[_FUNCTION_SHARE] >= _TEXT_FUNCTION_SHARE
        and (row[_WORDS] >= _TEXT_WORDS or (row[_FINISHED] and row[_WORDS] >= _SENTENCE_WORDS))
    )
    if reads_as_text and verdict.block.tag != TEXT_LINE:
        return max(threshold, HTML_TEXT_THRESHOLD)
    if reads_as_text or row[_INSIDE]:
        return max(threshold, INSIDE_PROSE_THRESHOLD)
    return threshold
