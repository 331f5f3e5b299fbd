"""Duplicated leads keep exactly one copy.

Reposts print the lead two or three times: as a teaser excerpt after the repost notice, as the
same paragraph twice in a row, glued to itself on one line, or as a cut-off excerpt right before
the full paragraph. The first full copy stays; the others go with the reason ``duplicate``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .classify import Verdict, words
from .rules import TRUNCATION_MARKS

DUPLICATE = "duplicate"
# A cut-off excerpt must be this long before it counts as a copy of the paragraph that follows.
_MIN_PREFIX_CHARS = 40
# How many following body blocks an excerpt is compared with.
_NEIGHBOURS = 3
_OPENING_CHARS = 12


# Each mark as compared, and how much of the text it takes off (its length as written).
_FOLDED_MARKS = tuple((mark.casefold(), len(mark)) for mark in TRUNCATION_MARKS)
_FOLDED_ENDS = tuple(folded for folded, _ in _FOLDED_MARKS)
# Texts up to this long are remembered: a page's passes compare the same blocks three or four
# times over (title, repeats, excerpts), and the cache stays a few megabytes at most.
_REMEMBERED_CHARS = 4_000


def comparable(text: str) -> str:
    """Text as compared for sameness: case, spacing and a trailing "…" do not matter."""
    return _remembered(text) if len(text) <= _REMEMBERED_CHARS else _comparable(text)


@functools.lru_cache(maxsize=4096)
def _remembered(text: str) -> str:
    return _comparable(text)


def _comparable(text: str) -> str:
    folded = " ".join(text.casefold().split())
    if not folded.endswith(_FOLDED_ENDS):
        return folded  # most blocks: no mark to take off
    changed = True
    while changed:
        changed = False
        for mark, length in _FOLDED_MARKS:
            if folded.endswith(mark):
                folded = folded[:-length].rstrip()
                changed = True
    return folded


def mark_duplicates(verdicts: Sequence[Verdict], *, notice_reason: str) -> None:
    _split_glued_repeats(verdicts)
    _drop_notice_excerpts(verdicts, notice_reason)
    _drop_repeated_blocks(verdicts)
    _drop_cut_off_excerpts(verdicts)


def single_copy(text: str) -> str | None:
    """The one copy when ``text`` is one passage printed two or three times, else None."""
    opening = text[:_OPENING_CHARS]
    if len(text) < 2 * _OPENING_CHARS or text.find(opening, len(opening)) == -1:
        return None  # a repeat starts again the way the text starts: most blocks fail here cheaply
    compact_positions = [i for i, char in enumerate(text) if not char.isspace()]
    compact = "".join(text[i] for i in compact_positions)
    for times in (2, 3):
        length, rest = divmod(len(compact), times)
        if rest or length < 10:
            continue
        if compact == compact[:length] * times:
            return text[: compact_positions[length - 1] + 1].strip()
    return None


def _split_glued_repeats(verdicts: Sequence[Verdict]) -> None:
    for verdict in verdicts:
        if not verdict.is_body:
            continue
        copy = single_copy(verdict.text)
        if copy is not None:
            verdict.cuts.append((verdict.text[len(copy):].strip(), DUPLICATE, "glued-repeat"))
            verdict.text = copy


def _drop_notice_excerpts(verdicts: Sequence[Verdict], notice_reason: str) -> None:
    """What is left of a repost notice's line is usually the lead, excerpted: drop it if so."""
    everything: str | None = None  # joined only on a page that has a notice's excerpt
    for verdict in verdicts:
        if not verdict.is_body or all(cut[1] != notice_reason for cut in verdict.cuts):
            continue
        if everything is None:
            everything = " ".join(comparable(v.block.text) for v in verdicts)
        excerpt = comparable(verdict.text)
        if excerpt and everything.count(excerpt) >= 2:
            verdict.reason, verdict.rule = DUPLICATE, "notice-excerpt"


def _drop_repeated_blocks(verdicts: Sequence[Verdict]) -> None:
    seen: set[str] = set()
    for verdict in verdicts:
        if not verdict.is_body:
            continue
        key = comparable(verdict.text)
        if key in seen:
            verdict.reason, verdict.rule = DUPLICATE, "repeated-block"
        seen.add(key)


def _drop_cut_off_excerpts(verdicts: Sequence[Verdict]) -> None:
    body = [verdict for verdict in verdicts if verdict.is_body]
    keys = [comparable(verdict.text) for verdict in body]
    for index, verdict in enumerate(body):
        excerpt = keys[index]
        if len(excerpt) < _MIN_PREFIX_CHARS or words(excerpt) < 6:
            continue
        for full in keys[index + 1 : index + 1 + _NEIGHBOURS]:
            if len(full) > len(excerpt) and full.startswith(excerpt):
                verdict.reason, verdict.rule = DUPLICATE, "cut-off-excerpt"
                break
