"""A body's fingerprint for finding its copies: MinHash over word shingles (datasketch).

The signature is all a story index keeps of a body: ``NUM_PERM`` 32-bit minimum hashes and the
number of distinct shingles. From two of them come the estimated Jaccard similarity and, with
the set sizes, the estimated containment of the smaller body in the larger one, so memory grows
with the number of articles, never with their text.
"""

from __future__ import annotations

import base64
import math
import re
from dataclasses import dataclass
from typing import Any

from .._errors import NewsfactsError

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch's default since 2.0; stored signatures say which they used
SHINGLE_WORDS = 5
# Bodies with fewer distinct shingles than this stay stories of their own: a stub ("Please
# enable JavaScript", a paywall notice) is the same on thousands of unrelated pages.
MIN_SHINGLES = 30

_WORD = re.compile(r"\w+", re.UNICODE)


class StoriesUnavailableError(NewsfactsError, RuntimeError):
    """Stories were asked for but datasketch (the ``[stories]`` extra) is not installed."""


def _minhash_class() -> Any:
    try:
        from datasketch import MinHash
    except ImportError as exc:
        raise StoriesUnavailableError(
            "stories need datasketch: pip install 'newsfacts[stories]' (or run with --no-stories)"
        ) from exc
    return MinHash


def require_datasketch() -> None:
    """Raise :class:`StoriesUnavailableError` now rather than halfway through a batch."""
    _minhash_class()


def shingles(text: str) -> set[str]:
    """Runs of ``SHINGLE_WORDS`` lower-cased words inside each paragraph.

    Case, punctuation and spacing differ between copies of one story, the words do not. A
    paragraph shorter than a shingle (a share bar, a photo credit, a dateline) adds nothing:
    such lines are what sites add around a copy, not the story.
    """
    found: set[str] = set()
    for paragraph in text.split("\n"):
        words = _WORD.findall(paragraph.lower())
        found.update(" ".join(words[i:i + SHINGLE_WORDS])
                     for i in range(len(words) - SHINGLE_WORDS + 1))
    return found


@dataclass(frozen=True, slots=True)
class Signature:
    """``values``: the MinHash values as little-endian uint32 bytes; ``size``: distinct shingles."""

    values: bytes
    size: int

    @property
    def joinable(self) -> bool:
        return self.size >= MIN_SHINGLES

    def minhash(self) -> Any:
        import numpy as np

        return _minhash_class()(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME,
                                hashvalues=np.frombuffer(self.values, dtype="<u4"))

    def encode(self) -> str:
        """A text form for any database column: base64 of the values."""
        return base64.b64encode(self.values).decode("ascii")

    @classmethod
    def decode(cls, text: str, size: int) -> Signature:
        return cls(base64.b64decode(text), int(size))


def sign(text: str) -> Signature:
    found = shingles(text)
    minhash = _minhash_class()(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8", "surrogatepass") for s in found])
    return Signature(minhash.hashvalues.astype("<u4").tobytes(), len(found))


def overlap(a: Signature, b: Signature, *, margin: float = 0.0) -> tuple[float, float]:
    """Estimated (Jaccard, containment of the smaller in the larger) of two bodies' shingles.

    The share of equal MinHash values estimates Jaccard ``J``; since
    ``|A & B| = J (|A| + |B|) / (1 + J)``, the sizes turn it into containment. That conversion
    multiplies the estimate's noise by the size ratio, so with ``margin`` > 0 the containment
    is computed from ``J`` less ``margin`` standard errors: a pair of unrelated bodies of very
    different length must not join on a lucky draw of hash values.
    """
    import numpy as np

    left = np.frombuffer(a.values, dtype="<u4")
    right = np.frombuffer(b.values, dtype="<u4")
    jaccard = float(np.count_nonzero(left == right)) / NUM_PERM
    smaller = min(a.size, b.size)
    if smaller == 0:
        return jaccard, 0.0
    cautious = max(0.0, jaccard - margin * math.sqrt(jaccard * (1.0 - jaccard) / NUM_PERM))
    common = cautious * (a.size + b.size) / (1.0 + cautious)
    return jaccard, min(1.0, common / smaller)
