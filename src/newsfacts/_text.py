"""Flattened text -> blocks. PLACEHOLDER (foundation skeleton): the text cleaner replaces it."""

from __future__ import annotations

from ._blocks import Block


def text_to_blocks(text: str) -> list[Block]:
    """One block per non-empty line."""
    lines = [line.strip() for line in text.splitlines()]
    return [Block(text=line, position=i) for i, line in enumerate(x for x in lines if x)]
