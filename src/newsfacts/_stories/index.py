"""Which story a body belongs to: LSH finds candidates, the estimated overlap decides.

Locality-sensitive hashing (datasketch's ``MinHashLSH``) uses 64 bands of 2 hash values: a pair
at Jaccard 0.2 (a copy cut off at a fifth of the original) is a candidate 93% of the time, at
0.3 in 99.8%, while two unrelated bodies (Jaccard near 0.01) meet in under 1%; each candidate
then has to pass the overlap check of :data:`JOIN_RULE`. A new article joins the story of its
best candidate, or starts a story of its own whose id is the article's id. Existing stories
never merge with each other: one wrong match costs one article, not a chain of stories.

A copy whose shingles are nearly all in the member it matched (:data:`SAME_TEXT` containment,
and not much longer) is filed without being indexed itself: that member stands for it. So a
story carried ten thousand times costs a few LSH entries, queries stay short, and memory grows
with the distinct versions of stories, not with the copies.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .signature import NUM_PERM, Signature, numbers_agree, overlap, require_datasketch

SAME_TEXT = 0.95
LONGER = 1.05  # a covered copy may be this much longer (a line of furniture) and not be indexed


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
    jaccard: float = 0.2
    # Two pages of one site: its furniture left in both bodies must not make them one story,
    # so they join only as near-identical bodies (a page under two URLs, a story updated).
    same_site_containment: float = 0.9
    same_site_jaccard: float = 0.5
    margin: float = 2.0
    lsh_bands: int = 64
    lsh_rows: int = 2

    def joins(self, jaccard: float, containment: float, *, same_site: bool = False) -> bool:
        if same_site:
            return (containment >= self.same_site_containment
                    and jaccard >= self.same_site_jaccard)
        return containment >= self.containment and jaccard >= self.jaccard


JOIN_RULE = JoinRule()


class StoryIndex:
    """Signatures of every article seen, and the story each one is in."""

    def __init__(self, rule: JoinRule = JOIN_RULE) -> None:
        require_datasketch()
        from datasketch import MinHashLSH

        self.rule = rule
        self._lsh: Any = MinHashLSH(num_perm=NUM_PERM, params=(rule.lsh_bands, rule.lsh_rows))
        self._members: dict[str, str] = {}  # article id -> story id
        self._indexed: dict[str, tuple[Signature, str]] = {}  # the members in the LSH

    def __len__(self) -> int:
        return len(self._members)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._members

    def article_ids(self) -> Iterator[str]:
        return iter(self._members)

    def story_of(self, article_id: str) -> str | None:
        return self._members.get(article_id)

    def match(self, signature: Signature) -> str | None:
        """The story a body with this signature joins, or None for a new story."""
        return self._match(signature)[0]

    def _match(self, signature: Signature) -> tuple[str | None, bool]:
        """(story joined or None, whether the best member covers this body)."""
        if not signature.joinable:
            return None, False
        best: tuple[float, float, str, bool] | None = None
        for candidate in self._lsh.query(signature.minhash()):
            other, story_id = self._indexed[candidate]
            jaccard, containment = overlap(signature, other, margin=self.rule.margin)
            same_site = signature.host is not None and signature.host == other.host
            if not (self.rule.joins(jaccard, containment, same_site=same_site)
                    and numbers_agree(signature, other)):
                continue
            covered = containment >= SAME_TEXT and signature.size <= other.size * LONGER
            score = (containment, jaccard, story_id, covered)
            if best is None or score[:2] > best[:2]:
                best = score
        return (None, False) if best is None else (best[2], best[3])

    def add(self, article_id: str, signature: Signature, story_id: str | None = None) -> str:
        """File an article and return its story id; ``story_id`` restores a stored assignment.

        An article filed before keeps its story (a re-extracted input stays where it was).
        """
        known = self._members.get(article_id)
        if known is not None:
            return known
        found, covered = self._match(signature)
        if story_id is None:
            story_id = found or article_id
        if signature.joinable and not (found == story_id and covered):
            self._lsh.insert(article_id, signature.minhash())
            self._indexed[article_id] = (signature, story_id)
        self._members[article_id] = story_id
        return story_id

    def indexed(self) -> int:
        """How many members stand in the LSH for their stories."""
        return len(self._indexed)

    def load(self, stored: Iterable[tuple[str, str, Signature]]) -> None:
        """Restore (article id, story id, signature) rows from an earlier run."""
        for article_id, story_id, signature in stored:
            self.add(article_id, signature, story_id)
