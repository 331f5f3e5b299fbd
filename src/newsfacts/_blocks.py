"""The unit every stage after decoding works on: one block of text and where it sat."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like run of text.

    From plain text a block is one line or paragraph (``tag == "line"``). From HTML it is one
    block-level element with its ``path`` of tags from the root, the ``hints`` (class and id
    words of it and its ancestors, lower case, space separated), its ``link_density`` (share of
    its characters inside links) and a main-content ``score`` the HTML stage gave it.
    ``position`` is its index in document order.
    """

    text: str
    position: int = 0
    tag: str = "line"
    path: str = ""
    hints: str = ""
    link_density: float = 0.0
    score: float = 0.0
