"""Stories: near-duplicate article bodies across a batch, found with MinHash LSH."""

from __future__ import annotations

from .index import JOIN_RULE, JoinRule, StoryIndex
from .signature import Signature, StoriesUnavailableError, require_datasketch, shingles, sign
from .summary import Member, publisher_of, story_claim_rows, story_rows

__all__ = [
    "JOIN_RULE",
    "JoinRule",
    "Member",
    "Signature",
    "StoriesUnavailableError",
    "StoryIndex",
    "publisher_of",
    "require_datasketch",
    "shingles",
    "sign",
    "story_claim_rows",
    "story_rows",
]
