"""The learnt stage: the furniture model judges the blocks the rules table did not decide.

A ``RULES`` row that fired is precise evidence and stands. Every other block, those left as body
and those the layout pass took on its hand thresholds, goes to the model, whose features include
what the rules and the layout pass said about the block and its neighbours. A block is furniture
when its probability reaches ``threshold``; its reason is the layout pass's when that pass named
one, else ``furniture``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .classify import Verdict, is_prose
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
        and not is_prose(verdict, _PROSE_WORDS)
        and (
            verdict.reason is None
            or (JUDGE_LAYOUT and (verdict.rule or "").startswith(_LAYOUT_PREFIX))
        )
    )


def has_prose(present: Sequence[Verdict]) -> bool:
    return any(is_prose(verdict, _PROSE_WORDS) for verdict in present)


def judge(verdicts: Sequence[Verdict], model: FurnitureModel, threshold: float) -> None:
    """Let the model remove furniture; ``threshold`` 1.0 turns it off. A page without a run of
    prose gives the model nothing to place blocks against, so it is left to the rules too."""
    if threshold >= 1.0:
        return
    present = [verdict for verdict in verdicts if verdict.text]
    chosen = [index for index, verdict in enumerate(present) if is_candidate(verdict)]
    if not chosen or not has_prose(present):
        return
    rows = block_features(present, [is_candidate(verdict) for verdict in present])
    for index in chosen:
        verdict = present[index]
        needed = max(threshold, INSIDE_PROSE_THRESHOLD) if rows[index][_INSIDE] else threshold
        if model.probability(rows[index]) >= needed:
            if verdict.reason is None:
                verdict.reason, verdict.rule = FURNITURE, LEARNT_RULE
        elif verdict.reason is not None:
            verdict.reason = verdict.rule = None
