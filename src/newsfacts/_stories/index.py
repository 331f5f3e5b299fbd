"""Which story a body belongs to: LSH finds candidates, the estimated overlap decides.

Locality-sensitive hashing (datasketch's ``MinHashLSH``) is tuned low and towards recall, so that
a copy cut off at a third of the original is still a candidate; each candidate then has to pass
the overlap check of :data:`JOIN_RULE`. A new article joins the story of its best candidate, or
starts a story of its own whose id is the article's id. Existing stories never merge with each
other: one wrong match costs one article, not a chain of stories.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .signature import NUM_PERM, Signature, overlap, require_datasketch


@dataclass(frozen=True, slots=True)
class JoinRule:
    """When two bodies are one story (thresholds measured by ``bench/stories.py``).

    ``containment``: the share of the smaller body's shingles found in the larger one; a
    copy that is cut off, or drops a paragraph, keeps it high. ``jaccard``: a floor on the
    overlap of the whole bodies, so that a short body whose shingles are mostly shared
    furniture (a long disclaimer) does not join on containment alone. ``margin``: how many
    standard errors of the Jaccard estimate the containment is discounted by (see
    :func:`~newsfacts._stories.signature.overlap`).
    """

    containment: float = 0.6
    jaccard: float = 0.1
    margin: float = 2.0
    lsh_threshold: float = 0.1

    def joins(self, jaccard: float, containment: float) -> bool:
        return containment >= self.containment and jaccard >= self.jaccard


JOIN_RULE = JoinRule()


class StoryIndex:
    """Signatures of every article seen, and the story each one is in."""

    def __init__(self, rule: JoinRule = JOIN_RULE) -> None:
        require_datasketch()
        from datasketch import MinHashLSH

        self.rule = rule
        # Weights favour recall: a missed candidate is a lost copy, an extra one costs a check.
        self._lsh: Any = MinHashLSH(threshold=rule.lsh_threshold, num_perm=NUM_PERM,
                                    weights=(0.1, 0.9))
        self._members: dict[str, tuple[Signature, str]] = {}

    def __len__(self) -> int:
        return len(self._members)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._members

    def article_ids(self) -> Iterator[str]:
        return iter(self._members)

    def story_of(self, article_id: str) -> str | None:
        member = self._members.get(article_id)
        return None if member is None else member[1]

    def match(self, signature: Signature) -> str | None:
        """The story a body with this signature joins, or None for a new story."""
        if not signature.joinable:
            return None
        best: tuple[float, float, str] | None = None
        for candidate in self._lsh.query(signature.minhash()):
            other, story_id = self._members[candidate]
            jaccard, containment = overlap(signature, other, margin=self.rule.margin)
            if not self.rule.joins(jaccard, containment):
                continue
            score = (containment, jaccard, story_id)
            if best is None or score[:2] > best[:2]:
                best = score
        return None if best is None else best[2]

    def add(self, article_id: str, signature: Signature, story_id: str | None = None) -> str:
        """File an article and return its story id; ``story_id`` restores a stored assignment.

        An article filed before keeps its story (a re-extracted input stays where it was).
        """
        known = self._members.get(article_id)
        if known is not None:
            return known[1]
        if story_id is None:
            story_id = self.match(signature) or article_id
        if signature.joinable:
            self._lsh.insert(article_id, signature.minhash())
        self._members[article_id] = (signature, story_id)
        return story_id

    def load(self, stored: Iterable[tuple[str, str, Signature]]) -> None:
        """Restore (article id, story id, signature) rows from an earlier run."""
        for article_id, story_id, signature in stored:
            self.add(article_id, signature, story_id)
