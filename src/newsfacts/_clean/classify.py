"""Give each block its verdict from the rules table: body, or furniture with a reason.

This is the one place that reads ``rules.RULES``; it knows how a row applies (cut a span, drop a
line, open a section, look at the neighbour) but nothing about any particular notice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .._blocks import Block
from .rules import (
    AFTER_ARTICLE,
    AFTER_ARTICLE_MAX_WORDS,
    ARTICLE_END_REASONS,
    HEADLINE_LIST_REASONS,
    HINT_RULES,
    RULES,
    TEASER_ITEM_REASONS,
    TRUNCATION_MARKS,
    Rule,
)

# A teaser list ends where the article's prose resumes: a paragraph of at least this many words
# that ends a sentence, followed by another such paragraph (or itself long enough to be sure), or
# a run of finished sentences (teaser headlines end without a full stop) for one-sentence styles.
_PROSE_MIN_WORDS = 15
_PROSE_ALONE_WORDS = 45
_SENTENCE_MIN_WORDS = 8
_SENTENCE_RUN = 3
_SENTENCE_END = re.compile(r"[.!?\"”’)]$")
# A line an article could end on: a full stop or a closing quote. Promo lines end in "!" or "?"
# or nothing at all.
FINISHED_LINE = re.compile(r"[.\"”’)]$")
# Section rows with ``section_blocks == 0`` run to the end of the document.
_TO_END = 0
_SPAN_RULES = tuple(rule for rule in RULES if rule.mode == "span")
_LINE_RULES = tuple(rule for rule in RULES if rule.mode != "span" and not rule.after)
_NEIGHBOUR_RULES = tuple(rule for rule in RULES if rule.after)
# Rows a neighbour row may take back: the neighbour is better evidence than the line alone.
_OVERRIDABLE = frozenset(name for rule in _NEIGHBOUR_RULES for name in rule.overrides)
_SECTION_RULES = {rule.name: rule for rule in RULES if rule.mode == "section"}


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
    _mark_after_article(verdicts)
    return verdicts


def _cut_spans(block: Block) -> Verdict:
    verdict = Verdict(block=block, text=block.text.strip())
    lowered = verdict.text.lower()
    for rule in _SPAN_RULES:
        if rule.needle not in lowered or words(verdict.text) > rule.max_words:
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
            lowered = verdict.text.lower()
    return verdict


# Case-insensitive matching takes these for an ASCII letter ("ſ" for "s", the Kelvin sign for
# "k"), where ``str.lower`` does not: a text holding one is matched without the needles.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def line_rule_for(text: str) -> Rule | None:
    """The first line or section row whose pattern covers the whole of ``text``."""
    count = words(text)
    lowered = None if _FOLDS_TO_ASCII.search(text) else text.lower()
    for rule in _LINE_RULES:
        if count > rule.max_words:
            continue
        if rule.needles and lowered is not None and not any(
                needle in lowered for needle in rule.needles):
            continue  # a row's needles are cheaper to look for than its lookaheads
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
    rule = line_rule_for(verdict.text)
    if rule is not None:
        verdict.reason, verdict.rule = rule.reason, rule.name
        return
    hinted = _hint_reason(verdict.block, verdict.text)
    if hinted is not None:
        verdict.reason, verdict.rule = hinted


def is_prose(verdict: Verdict, min_words: int = _PROSE_MIN_WORDS) -> bool:
    """An article paragraph rather than a teaser: long, finished, not furniture itself."""
    text = verdict.text
    return (
        verdict.reason is None
        and words(text) >= min_words
        and bool(_SENTENCE_END.search(text))
        and is_whole(text)
    )


def _apply_sections(verdicts: list[Verdict]) -> None:
    section: Rule | None = None
    remaining = 0
    swallowed: list[Verdict] = []
    for index, verdict in enumerate(verdicts):
        if not verdict.text:
            continue
        if section is not None and _section_ends(section, remaining, verdicts, index):
            section = None
        if section is None or _opens_section(verdict):
            if section is not None:  # run into the next heading without the prose resuming
                _release_resumed_article(section, swallowed, verdicts)
            if _opens_section(verdict):
                section, remaining = _open(verdict)
                swallowed = []
            continue
        remaining -= 1
        if verdict.reason is None:
            verdict.reason, verdict.rule = section.reason, section.name
            swallowed.append(verdict)
    if section is not None:
        _release_resumed_article(section, swallowed, verdicts)


def _release_resumed_article(
    section: Rule, swallowed: list[Verdict], verdicts: list[Verdict]
) -> None:
    """Give back what a headline list ran on into when the article went on below its item.

    A mid-article "Read next" box holds a headline or two; when its run reaches the end of the
    page (or the next heading) and holds a finished article sentence, with none of a teaser's
    own furniture (its byline, date or share button) in or right after it, the article resumed
    after the box's first item: a subhead and a short list read like headlines, but the finished
    sentence gives them away.
    """
    if section.reason not in HEADLINE_LIST_REASONS or len(swallowed) < 2:
        return
    taken = {id(item) for item in swallowed}
    present = [verdict for verdict in verdicts if verdict.text]
    start = next(i for i, verdict in enumerate(present) if verdict is swallowed[0])
    end = next(i for i, verdict in enumerate(present) if verdict is swallowed[-1])
    if any(
        id(verdict) not in taken and verdict.reason in TEASER_ITEM_REASONS
        for verdict in present[start : end + 2]
    ):
        return
    rest = swallowed[1:]
    if any(words(item.text) >= _SENTENCE_MIN_WORDS and _finished(item) for item in rest):
        for item in rest:
            item.reason = item.rule = None


def _section_ends(section: Rule, remaining: int, verdicts: list[Verdict], index: int) -> bool:
    if section.section_blocks is None:
        headline_list = section.reason in HEADLINE_LIST_REASONS
        return _prose_resumes(verdicts, index, headline_list=headline_list)
    if section.section_blocks == _TO_END:
        return False
    if section.ends_at_prose and is_prose(verdicts[index]):
        return True
    return remaining <= 0


def _opens_section(verdict: Verdict) -> bool:
    return verdict.rule in _SECTION_RULES


def _open(verdict: Verdict) -> tuple[Rule, int]:
    rule = _SECTION_RULES[verdict.rule or ""]
    return rule, rule.section_blocks or 0


def _prose_resumes(verdicts: list[Verdict], index: int, *, headline_list: bool) -> bool:
    here = verdicts[index]
    following = [v for v in verdicts[index + 1 : index + 1 + 2 * _SENTENCE_RUN] if v.text]
    if is_prose(here):
        if words(here.text) >= _PROSE_ALONE_WORDS:
            return True
        if following and is_prose(following[0]):
            return True
        # A finished paragraph is a teaser's excerpt only when the teaser's own furniture (its
        # date, its share button) comes right after it; otherwise the article has resumed, and
        # swallowing one short paragraph after a mid-article "Read next:" costs body text.
        if headline_list and (not following or following[0].reason not in TEASER_ITEM_REASONS):
            return True
    run = [here, *following[: _SENTENCE_RUN - 1]]
    return len(run) == _SENTENCE_RUN and all(
        is_prose(verdict, min_words=_SENTENCE_MIN_WORDS) for verdict in run
    )


def _apply_neighbour_rules(verdicts: list[Verdict]) -> None:
    """Rows with ``after``: decided right to left so that labels above labels chain."""
    present = [verdict for verdict in verdicts if verdict.text]
    for index in range(len(present) - 2, -1, -1):
        verdict, following = present[index], present[index + 1]
        if following.reason is None or (
            verdict.reason is not None and verdict.rule not in _OVERRIDABLE
        ):
            continue
        count = words(verdict.text)
        for rule in _NEIGHBOUR_RULES:
            if (
                (verdict.reason is None or verdict.rule in rule.overrides)
                and (following.reason in rule.after or following.rule in rule.after)
                and count <= rule.max_words
                and rule.pattern.search(verdict.text)
                and (not rule.text_follows or _article_text_in(present[index + 2 :]))
            ):
                verdict.reason, verdict.rule = rule.reason, rule.name
                break


def is_whole(text: str) -> bool:
    """Not an excerpt cut off with "…" or "[...]"."""
    return not any(mark in text for mark in TRUNCATION_MARKS)


def is_finished(text: str) -> bool:
    """A whole line an article could end on."""
    return bool(FINISHED_LINE.search(text)) and is_whole(text)


def _finished(verdict: Verdict) -> bool:
    return is_finished(verdict.text)


def _article_text_in(verdicts: Sequence[Verdict]) -> bool:
    return any(
        verdict.reason is None and words(verdict.text) >= _SENTENCE_MIN_WORDS and _finished(verdict)
        for verdict in verdicts
    )


def _mark_after_article(verdicts: list[Verdict]) -> None:
    """Short unfinished lines after the article's closing furniture are the page around it.

    The article has ended at the first end-of-article notice (disclaimer, copyright, credits...)
    below its last finished sentence; the short unfinished lines after that notice are promo
    boxes, author cards and footer links.
    """
    last_text = -1
    for index, verdict in enumerate(verdicts):
        if verdict.is_body and (
            _finished(verdict) or words(verdict.text) > AFTER_ARTICLE_MAX_WORDS
        ):
            last_text = index
    # The closing notice may have been cut out of the article's last paragraph (credits glued
    # to it), leaving the paragraph, or nothing, behind.
    end = next(
        (
            index
            for index in range(max(last_text, 0), len(verdicts))
            if verdicts[index].reason in ARTICLE_END_REASONS
            or any(cut[1] in ARTICLE_END_REASONS for cut in verdicts[index].cuts)
        ),
        None,
    )
    if end is None:
        return
    for verdict in verdicts[end + 1 :]:
        if verdict.is_body:
            verdict.reason, verdict.rule = AFTER_ARTICLE, AFTER_ARTICLE
