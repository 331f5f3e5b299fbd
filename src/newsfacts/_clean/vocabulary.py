"""Which words mark furniture, learnt from labelled blocks of many sites.

Furniture speaks a small shared language ("comments", "read more", "price chart", "all rights
reserved") in any phrasing a site picks; article text rarely repeats it. Each word and word pair
of a block's first characters gets a weight: the log-odds of furniture against body among the
training blocks that hold it, smoothed. Only words seen on several sites are kept, so one
site's menu words do not become evidence for pages of other sites. The furniture model reads a
block's weights as four numbers (mean, strongest, weakest and share of known words).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# A word must be seen on this many sites to count: words of one site are that site's, not
# furniture's (chosen by leave-site-out validation, bench/reposts.py).
MIN_SITES = 3
# Weights nearer zero than this say nothing either way and are not stored.
MIN_WEIGHT = 0.25
# Like the shape features, only a block's first characters are read.
_SAMPLE_CHARS = 300
_SMOOTHING = 0.5
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# Words a page glued together ("FacebookShare on Twitter") come apart at the change of case.
# (The letter before the change and a space after it: a search that opens with a letter
# class runs faster than one that opens with a look-behind, and most blocks have no such change.)
_GLUED = re.compile(r"[a-z](?=[A-Z])")


def block_tokens(text: str) -> frozenset[str]:
    """Lower-case words and adjacent word pairs; a number stands for its digit count."""
    sample = text[:_SAMPLE_CHARS]
    if _GLUED.search(sample) is not None:
        sample = _GLUED.sub(r"\g<0> ", sample)
    words = [
        f"<{min(len(token), 4)} digits>" if token.isdigit() else token.casefold()
        for token in _TOKEN.findall(sample)
    ]
    return frozenset((*words, *map(" ".join, itertools.pairwise(words))))


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Word -> log-odds of furniture; words it does not hold are no evidence."""

    weights: Mapping[str, float] = field(default_factory=dict)

    def scores(self, text: str) -> tuple[float, float, float, float]:
        """Mean, highest and lowest weight of the block's known words, and their share."""
        tokens = block_tokens(text)
        weight = self.weights.get
        known = [value for value in map(weight, tokens) if value is not None]
        if not known:
            return 0.0, 0.0, 0.0, 0.0
        # fsum: a set's order changes from run to run, a rounded sum must not (make train
        # rebuilds the model byte for byte).
        return math.fsum(known) / len(known), max(known), min(known), len(known) / len(tokens)


EMPTY = Vocabulary()


def learn_vocabulary(blocks: Iterable[tuple[str, bool, str]]) -> Vocabulary:
    """Learn weights from ``(text, is_furniture, site)`` triples."""
    furniture: dict[str, int] = {}
    body: dict[str, int] = {}
    sites: dict[str, set[str]] = {}
    furniture_blocks = body_blocks = 0
    for text, is_furniture, site in blocks:
        counts = furniture if is_furniture else body
        if is_furniture:
            furniture_blocks += 1
        else:
            body_blocks += 1
        for token in block_tokens(text):
            counts[token] = counts.get(token, 0) + 1
            sites.setdefault(token, set()).add(site)
    weights = {}
    for token in sorted(sites):
        if len(sites[token]) < MIN_SITES:
            continue
        weight = math.log(
            (furniture.get(token, 0) + _SMOOTHING) / (furniture_blocks + 1)
        ) - math.log((body.get(token, 0) + _SMOOTHING) / (body_blocks + 1))
        if abs(weight) >= MIN_WEIGHT:
            weights[token] = round(weight, 3)
    return Vocabulary(weights)
