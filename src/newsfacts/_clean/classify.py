"""Give each block its verdict from the rules table: body, or furniture with a reason.

This is the one place that reads ``rules.RULES``; it knows how a row applies (cut a span, drop a
line, open a section, look at the neighbour) but nothing about any particular notice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .._blocks import Block
from .rules import HINT_RULES, RULES, TRUNCATION_MARKS, Rule

# A teaser list ends where the article's prose resumes: a paragraph of at least this many words
# that ends a sentence, followed by another such paragraph (or itself long enough to be sure).
_PROSE_MIN_WORDS = 15
_PROSE_ALONE_WORDS = 45
_SENTENCE_END = re.compile(r"[.!?\"”’)]$")
# Section rows with ``section_blocks == 0`` run to the end of the document.
_TO_END = 0


@dataclass(slots=True)
class Verdict:
    """One block after the rules: what is left of its text and why the rest went."""

    block: Block
    text: str
    reason: str | None = None
    rule: str | None = None
    cuts: list[tuple[str, str, str]] = field(default_factory=list)  # (text, reason, rule)

    @property
    def is_body(self) -> bool:
        return self.reason is None and bool(self.text)


def words(text: str) -> int:
    return len(text.split())


def classify(blocks: Sequence[Block]) -> list[Verdict]:
    verdicts = [_cut_spans(block) for block in blocks if block.text.strip()]
    for verdict in verdicts:
        if verdict.text:
            _apply_line_rules(verdict)
    _apply_sections(verdicts)
    _apply_neighbour_rules(verdicts)
    return verdicts


def _cut_spans(block: Block) -> Verdict:
    verdict = Verdict(block=block, text=block.text.strip())
    for rule in RULES:
        if rule.mode != "span" or words(verdict.text) > rule.max_words:
            continue
        pieces: list[str] = []
        last = 0
        for match in rule.pattern.finditer(verdict.text):
            if not match.group().strip():
                continue
            pieces.append(verdict.text[last:match.start()])
            verdict.cuts.append((match.group().strip(), rule.reason, rule.name))
            last = match.end()
        if pieces:
            pieces.append(verdict.text[last:])
            verdict.text = " ".join(" ".join(pieces).split())
    return verdict


def line_rule_for(text: str, block: Block | None = None) -> Rule | None:
    """The first line or section row whose pattern covers the whole of ``text``."""
    count = words(text)
    for rule in RULES:
        if rule.mode == "span" or rule.after or count > rule.max_words:
            continue
        if rule.pattern.search(text):
            return rule
    return None


def _hint_reason(block: Block, text: str) -> tuple[str, str] | None:
    if not block.hints and block.tag == "line":
        return None
    count = words(text)
    for rule in HINT_RULES:
        if count > rule.max_words:
            continue
        if rule.tag is not None and rule.tag.search(block.tag):
            return rule.reason, rule.name
        if rule.hints is not None and block.hints and rule.hints.search(block.hints):
            return rule.reason, rule.name
    return None


def _apply_line_rules(verdict: Verdict) -> None:
    rule = line_rule_for(verdict.text, verdict.block)
    if rule is not None:
        verdict.reason, verdict.rule = rule.reason, rule.name
        return
    hinted = _hint_reason(verdict.block, verdict.text)
    if hinted is not None:
        verdict.reason, verdict.rule = hinted


def is_prose(verdict: Verdict) -> bool:
    """An article paragraph rather than a teaser: long, finished, not furniture itself."""
    text = verdict.text
    return (
        verdict.reason is None
        and words(text) >= _PROSE_MIN_WORDS
        and bool(_SENTENCE_END.search(text))
        and not any(mark in text for mark in TRUNCATION_MARKS)
    )


def _apply_sections(verdicts: list[Verdict]) -> None:
    section: Rule | None = None
    remaining = 0
    for index, verdict in enumerate(verdicts):
        if not verdict.text:
            continue
        if section is not None and _section_ends(section, remaining, verdicts, index):
            section = None
        if section is None or _opens_section(verdict):
            if _opens_section(verdict):
                section, remaining = _open(verdict)
            continue
        remaining -= 1
        if verdict.reason is None:
            verdict.reason, verdict.rule = section.reason, section.name


def _section_ends(section: Rule, remaining: int, verdicts: list[Verdict], index: int) -> bool:
    if section.section_blocks is None:
        return _prose_resumes(verdicts, index)
    if section.section_blocks == _TO_END:
        return False
    return remaining <= 0


def _opens_section(verdict: Verdict) -> bool:
    return any(rule.name == verdict.rule and rule.mode == "section" for rule in RULES)


def _open(verdict: Verdict) -> tuple[Rule, int]:
    rule = next(rule for rule in RULES if rule.name == verdict.rule)
    return rule, rule.section_blocks or 0


def _prose_resumes(verdicts: list[Verdict], index: int) -> bool:
    here = verdicts[index]
    if not is_prose(here):
        return False
    if words(here.text) >= _PROSE_ALONE_WORDS:
        return True
    following = next((v for v in verdicts[index + 1:] if v.text), None)
    return following is not None and is_prose(following)


def _apply_neighbour_rules(verdicts: list[Verdict]) -> None:
    """Rows with ``after``: decided right to left so that labels above labels chain."""
    present = [verdict for verdict in verdicts if verdict.text]
    for index in range(len(present) - 2, -1, -1):
        verdict, following = present[index], present[index + 1]
        if verdict.reason is not None or following.reason is None:
            continue
        count = words(verdict.text)
        for rule in RULES:
            if (
                (following.reason in rule.after or following.rule in rule.after)
                and count <= rule.max_words
                and rule.pattern.search(verdict.text)
            ):
                verdict.reason, verdict.rule = rule.reason, rule.name
                break
