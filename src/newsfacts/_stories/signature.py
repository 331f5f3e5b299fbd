"""A body's fingerprint for finding its copies: MinHash over word shingles (datasketch).

The signature is all a story index keeps of a body: ``NUM_PERM`` 32-bit minimum hashes, the
number of distinct shingles, and a hash of each distinct number the body states (copies of one
story state the same figures; machine-written briefs from one template, which share most of
their words, do not). From two of them come the estimated Jaccard similarity and, with
the set sizes, the estimated containment of the smaller body in the larger one, so memory grows
with the number of articles, never with their text.
"""

from __future__ import annotations

import base64
import math
import re
import zlib
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
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Numbers are compared when both bodies state at least this many; a copy states most of the
# figures of the smaller body.
MIN_NUMBERS = 4
NUMBER_CONTAINMENT = 0.4


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


_PERMUTATIONS: Any = None


def _new_minhash(**values: Any) -> Any:
    """A MinHash of our settings. The permutations are drawn once per process and shared:
    drawing them costs more than hashing a whole body."""
    global _PERMUTATIONS
    minhash_class = _minhash_class()
    if _PERMUTATIONS is None:
        _PERMUTATIONS = minhash_class(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    return minhash_class(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME,
                         permutations=_PERMUTATIONS, **values)


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
    """``values``: the MinHash values as little-endian uint32 bytes; ``size``: distinct shingles;
    ``numbers``: the sorted CRC-32s of the distinct numbers, little-endian uint32 bytes."""

    values: bytes
    size: int
    numbers: bytes = b""
    host: str | None = None  # the site it was on: one site's stories share its furniture

    @property
    def joinable(self) -> bool:
        return self.size >= MIN_SHINGLES

    def minhash(self) -> Any:
        import numpy as np

        return _new_minhash(hashvalues=np.frombuffer(self.values, dtype="<u4"))

    def encode(self) -> str:
        """A text form for any database column: base64 of the values."""
        return base64.b64encode(self.values).decode("ascii")

    def encode_numbers(self) -> str:
        return base64.b64encode(self.numbers).decode("ascii")

    @classmethod
    def decode(cls, text: str, size: int, numbers: str | None = None,
               host: str | None = None) -> Signature:
        return cls(base64.b64decode(text), int(size), base64.b64decode(numbers or ""), host)


def sign(text: str, host: str | None = None) -> Signature:
    """The signature of a body; ``host`` is the site it was found on, when known."""
    found = shingles(text)
    minhash = _new_minhash()
    minhash.update_batch([s.encode("utf-8", "surrogatepass") for s in found])
    return Signature(minhash.hashvalues.astype("<u4").tobytes(), len(found),
                     _number_hashes(number_tokens(text)), host)


def number_tokens(text: str) -> set[str]:
    """The numbers a body states, separators folded ("452,000" and "452.000" are one)."""
    return {_FOLD_SEPARATORS.sub("", token) for token in _NUMBER.findall(text)}


_FOLD_SEPARATORS = re.compile(r"[.,]")


def number_hash(token: str) -> int:
    return zlib.crc32(token.encode("ascii", "replace"))


def _number_hashes(tokens: set[str]) -> bytes:
    import numpy as np

    return np.array(sorted({number_hash(t) for t in tokens}), dtype="<u4").tobytes()


def numbers_agree(a: Signature, b: Signature) -> bool:
    """True unless both bodies state several numbers and the smaller set is mostly not in the
    larger one."""
    left, right = set(_as_ints(a.numbers)), set(_as_ints(b.numbers))
    smaller = min(len(left), len(right))
    if smaller < MIN_NUMBERS:
        return True
    return len(left & right) / smaller >= NUMBER_CONTAINMENT


def _as_ints(packed: bytes) -> list[int]:
    import numpy as np

    return [int(v) for v in np.frombuffer(packed, dtype="<u4")]


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
