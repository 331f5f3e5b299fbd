"""Give each block its verdict from the rules table: body, or furniture with a reason.

This is the one place that reads ``rules.RULES``; it knows how a row applies (cut a span, drop a
line, open a section, look at the neighbour) but nothing about any particular notice.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .._blocks import Block
from .rules import (
    AFTER_ARTICLE,
    AFTER_ARTICLE_MAX_WORDS,
    ARTICLE_END_REASONS,
    HEADLINE_LIST_REASONS,
    HINT_RULES,
    LATE_RULES,
    RULES,
    TEASER_ITEM_REASONS,
    TRUNCATION_MARKS,
    HintRule,
    Rule,
)

# A teaser list ends where the article's prose resumes: a paragraph of at least this many words
# that ends a sentence, followed by another such paragraph (or itself long enough to be sure), or
# a run of finished sentences (teaser headlines end without a full stop) for one-sentence styles.
_PROSE_MIN_WORDS = 15
_PROSE_ALONE_WORDS = 45
_CUT_PARAGRAPH_WORDS = 40
_SENTENCE_MIN_WORDS = 8
_SENTENCE_RUN = 3
_SENTENCE_END_MARKS = ".!?\"”’)"
_SENTENCE_END = re.compile(r"[.!?\"”’)]$")
# Sentences finished inside a block: a paragraph the page store cut off mid-sentence still has them.
_INNER_SENTENCE = re.compile(r"\w[.!?][\"”’)]? [A-Z\"“]")
# A contact entry is a name, a title, an address, a number: a block this long is not one.
_CONTACT_ENTRY_WORDS = 20
_CONTACT_DETAIL = re.compile(r"@|\d{3}[-. )]{1,2}\d{3}|\bphone\b|\btel\b", re.IGNORECASE)
# A line an article could end on: a full stop or a closing quote. Promo lines end in "!" or "?"
# or nothing at all.
_FINISHED_MARKS = ".\"”’)"
FINISHED_LINE_MARKS = _FINISHED_MARKS  # a line that ends on one of these is finished
# Section rows with ``section_blocks == 0`` run to the end of the document.
_TO_END = 0
_SPAN_RULES = tuple(rule for rule in RULES if rule.mode == "span")
_LINE_RULES = tuple(rule for rule in RULES if rule.mode != "span" and not rule.after)
_NEIGHBOUR_RULES = tuple(rule for rule in RULES if rule.after)
# Rows a neighbour row may take back: the neighbour is better evidence than the line alone.
_OVERRIDABLE = frozenset(name for rule in _NEIGHBOUR_RULES for name in rule.overrides)
_SECTION_RULES = {rule.name: rule for rule in RULES if rule.mode == "section"}
# Python's regex parser (``re._parser`` since 3.11), read only to learn how rows can open.
_REGEX_PARSER = importlib.import_module("re._parser" if sys.version_info >= (3, 11)
                                        else "sre_parse")


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
    """How many words ``text`` has. The passes over a page ask it of the same lines again and
    again (some 5 times a line): short texts are counted once and remembered."""
    return _counted_words(text) if len(text) <= _REMEMBERED_CHARS else len(text.split())


# Texts up to this long are remembered, so the cache holds a few megabytes at most.
_REMEMBERED_CHARS = 4_000


@functools.lru_cache(maxsize=2048)
def _counted_words(text: str) -> int:
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


def late_rules(verdicts: Sequence[Verdict]) -> None:
    """``rules.LATE_RULES`` on the blocks still body after the model: spans cut, then lines."""
    for verdict in verdicts:
        if not verdict.is_body:
            continue
        lowered = verdict.text.lower()
        for rule in _LATE_SPANS:
            if rule.needle not in lowered or words(verdict.text) > rule.max_words:
                continue
            if _cut_matches(verdict, rule):
                lowered = verdict.text.lower()
        if not verdict.text:
            continue
        folds: bool | None = None  # searched for once, at the first row with needles
        for rule in _late_lines_for(verdict.text[0], min(words(verdict.text), _MOST_LATE_WORDS)):
            # Needles are a speed-up only; a text that case-folds oddly skips them.
            if rule.needles:
                if folds is None:
                    folds = _FOLDS_TO_ASCII.search(verdict.text) is not None
                if not folds and not any(needle in lowered for needle in rule.needles):
                    continue
            if rule.pattern.search(verdict.text):
                verdict.reason, verdict.rule = rule.reason, rule.name
                break


_LATE_SPANS = tuple(rule for rule in LATE_RULES if rule.mode == "span")
_LATE_LINES = tuple(rule for rule in LATE_RULES if rule.mode == "line")


def _cut_spans(block: Block) -> Verdict:
    verdict = Verdict(block=block, text=block.text.strip())
    text = verdict.text
    lowered = text.lower()
    count = -1  # the words of the text, counted when a row's needle is first found
    folds: bool | None = None  # whether lower-casing disagrees with case-blind matching
    # What a row opening at the start needs: the text's first character (see _rows_for).
    first = text[:1] if text[:1].isascii() else None
    for rule, needle, needles, max_words, search, reach, opening in _SPAN_ROWS:
        if needle not in lowered:
            continue
        if opening is not None and first is not None and first not in opening:
            continue
        if needles:
            if folds is None:
                folds = _FOLDS_TO_ASCII.search(text) is not None
            if not folds:
                for needle_ in needles:
                    if needle_ in lowered:
                        break
                else:
                    continue
        if count < 0:
            count = words(text)
        if count > max_words:
            continue
        # A row anchored at the end matches only within its widest match of the end.
        start = 0 if reach is None else max(0, len(text) - reach)
        # Most rows find nothing in most blocks: searched here, before _cut_matches is called.
        if search(text, start) is not None and _cut_matches(verdict, rule, start):
            text = verdict.text
            lowered = text.lower()
            first = text[:1] if text[:1].isascii() else None
            count = -1
            folds = None
    return verdict


def _cut_matches(verdict: Verdict, rule: Rule, start: int = 0) -> bool:
    """Cut every match of a span ``rule`` from ``start`` on out of the verdict's text, noting
    each cut; whether any was."""
    if rule.pattern.search(verdict.text, start) is None:
        # Most rows find nothing in most blocks: a search says so for less than setting up
        # the iteration does (an eighth of the span stage's time went on that).
        return False
    pieces: list[str] = []
    last = 0
    for match in rule.pattern.finditer(verdict.text, start):
        if not match.group().strip():
            continue
        pieces.append(verdict.text[last:match.start()])
        verdict.cuts.append((match.group().strip(), rule.reason, rule.name))
        last = match.end()
    if not pieces:
        return False
    pieces.append(verdict.text[last:])
    verdict.text = " ".join(" ".join(pieces).split())
    return True


# Case-insensitive matching takes these for an ASCII letter ("ſ" for "s", the Kelvin sign for
# "k"), where ``str.lower`` does not: a text holding one is matched without the needles.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def line_rule_for(text: str) -> Rule | None:
    """The first line or section row whose pattern covers the whole of ``text``."""
    if not text:
        return next((rule for rule in _LINE_RULES if rule.pattern.search(text)), None)
    lowered: str | None = None
    for search, needles, rule in _line_rules_for(text[0], min(words(text), _MOST_WORDS)):
        if needles:
            # A row's needles are cheaper to look for than its lookaheads.
            if lowered is None:
                lowered = "" if _FOLDS_TO_ASCII.search(text) else text.lower()
            if lowered:
                for needle in needles:  # a loop, not any(): the hottest test of the stage
                    if needle in lowered:
                        break
                else:
                    continue
        if search(text):
            return rule
    return None


# A row as the hottest loop of the stage reads it: its pattern's search, its needles, the row.
_Row = tuple[Callable[[str], re.Match[str] | None], tuple[str, ...], Rule]


@functools.lru_cache(maxsize=16384)
def _line_rules_for(first: str, count: int) -> tuple[_Row, ...]:
    """The line rows, in table order, that may match a text of ``count`` words starting with
    ``first``: the rows it is short enough for, and of those the ones that can open with its
    first character (every row is anchored at the start, and most can open with a few letters
    only). Outside ASCII, where case-insensitive matching pairs letters in ways ``str.lower``
    does not, every row. Each with its search and needles (``_Row``)."""
    return tuple((rule.pattern.search, rule.needles, rule)
                 for rule in _rows_for(_LINE_RULES, first, count))


@functools.lru_cache(maxsize=16384)
def _late_lines_for(first: str, count: int) -> tuple[Rule, ...]:
    """``_line_rules_for`` for the late line rows (anchored at the start as well)."""
    return _rows_for(_LATE_LINES, first, count)


def _rows_for(rows: tuple[Rule, ...], first: str, count: int) -> tuple[Rule, ...]:
    return tuple(rule for rule in rows
                 if count <= rule.max_words
                 and (not first.isascii() or (opening := _OPENINGS[rule.name]) is None
                      or first in opening))


def _openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The ASCII characters a match of ``pattern`` can start with, or None where that is
    not known (a pattern not anchored at the start, an opening that may be empty, a class such
    as ``\\w``). Read from the parse tree of Python's own regex parser; any surprise there
    means None, so a row is at worst searched as before."""
    if pattern.flags & re.MULTILINE:
        return None  # "^" matches after every line break too
    try:
        tree = _REGEX_PARSER.parse(pattern.pattern, pattern.flags).data
        if not _anchored(tree):
            return None
        return _first_chars(tree, bool(pattern.flags & re.IGNORECASE))
    except Exception:  # a private module: on any surprise, search the row as before
        return None


def _tail_reach(pattern: re.Pattern[str]) -> int | None:
    """How far from the end of a text a match of ``pattern`` can start, when every match must
    end at the end (a final ``$``, no MULTILINE) and its width is bounded; else None. ``$``
    also matches before a final line break: one more character. A lookbehind reads before
    where the search starts, so starting there finds the same matches."""
    try:
        tree = _REGEX_PARSER.parse(pattern.pattern, pattern.flags)
        last_op, last_argument = tree.data[-1]
        if str(last_op) != "AT" or str(last_argument) != "AT_END":
            return None
        widest = int(tree.getwidth()[1])
    except Exception:  # a private module: on any surprise, search the whole text as before
        return None
    return widest + 1 if widest < _MAX_TAIL_REACH else None


def _anchored(items: list[tuple[Any, Any]]) -> bool:
    if not items:
        return False
    op, argument = items[0]
    if str(op) == "AT":
        return str(argument) == "AT_BEGINNING"
    if str(op) == "BRANCH":
        return all(_anchored(list(branch)) for branch in argument[1])
    if str(op) == "SUBPATTERN":
        # "(?m:^...)" matches after every line break too.
        return not argument[1] & re.MULTILINE and _anchored(list(argument[3]))
    return False


def _first_chars(items: list[tuple[Any, Any]], fold: bool) -> frozenset[str] | None:
    """The ASCII characters the first character consumed by ``items`` can be (None: unknown,
    or the items may match nothing). A superset is safe; a character left out is not."""
    for index, (op, argument) in enumerate(items):
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: the next item consumes the first character
        if name == "LITERAL":
            return _literal(argument, fold)
        if name == "ANY":
            return _ASCII
        if name == "IN":
            return _in_class(argument, fold)
        if name == "BRANCH":
            return _union([_first_chars(list(branch), fold) for branch in argument[1]])
        if name == "SUBPATTERN":
            _group, add, remove, inner = argument
            inner_fold = (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            return _first_chars(list(inner), inner_fold)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            head = _first_chars(list(argument[2]), fold)
            if argument[0] >= 1:
                return head
            # Optional: the item's first character, or what follows it.
            return _union([head, _first_chars(items[index + 1:], fold)])
        if name == "ATOMIC_GROUP":
            return _first_chars(list(argument), fold)
        return None
    return None


def _union(parts: list[frozenset[str] | None]) -> frozenset[str] | None:
    if any(part is None for part in parts):
        return None
    return frozenset().union(*(part for part in parts if part is not None))


_ASCII = frozenset(chr(code) for code in range(128))
# The ASCII members of each class escape, as the regex engine itself reads them.
_CATEGORIES = {
    f"CATEGORY_{name}": frozenset(char for char in _ASCII if re.match(escape, char))
    for name, escape in (("DIGIT", r"\d"), ("NOT_DIGIT", r"\D"), ("WORD", r"\w"),
                         ("NOT_WORD", r"\W"), ("SPACE", r"\s"), ("NOT_SPACE", r"\S"))
}


def _in_class(members: list[tuple[Any, Any]], fold: bool) -> frozenset[str] | None:
    found: set[str] = set()
    negate = False
    for op, member in members:
        name = str(op)
        if name == "NEGATE":
            negate = True
            continue
        chars: frozenset[str] | None
        if name == "LITERAL":
            chars = _literal(member, fold)
        elif name == "RANGE":
            low, high = member
            chars = (_ascii_matching(f"[{re.escape(chr(low))}-{re.escape(chr(high))}]")
                     if fold else frozenset(chr(code) for code in range(low, min(high, 127) + 1)))
        elif name == "CATEGORY":
            chars = _CATEGORIES.get(str(member))
        else:
            chars = None
        if chars is None:
            if negate:
                continue  # leaving out an excluded member only widens the set: still safe
            return None
        found |= chars
    if negate:
        return _ASCII - found
    return frozenset(found)


def _literal(code: int, fold: bool) -> frozenset[str]:
    char = chr(code)
    if not fold:
        return frozenset({char})
    return _ascii_matching(re.escape(char))


@functools.lru_cache(maxsize=1024)
def _ascii_matching(source: str) -> frozenset[str]:
    """The ASCII characters that ``source`` (one character or one class) matches case-blind,
    asked of the regex engine itself: "k" and "K" for "k" and for the Kelvin sign alike, none
    for "€" or "—" (rows opening with a dash or a currency sign are then searched only for
    texts that can open with one)."""
    pattern = re.compile(source, re.IGNORECASE)
    return frozenset(char for char in _ASCII if pattern.fullmatch(char))


def _hint_reason(block: Block, text: str) -> tuple[str, str] | None:
    if not block.hints and block.tag == "line":
        return None
    matching = _hint_rules_matching(block.tag, block.hints)
    count = words(text) if matching else 0
    for rule in matching:
        if count <= rule.max_words:
            return rule.reason, rule.name
    return None


@functools.lru_cache(maxsize=4096)
def _hint_rules_matching(tag: str, hints: str) -> tuple[HintRule, ...]:
    """The hint rows, in table order, whose tag or hints pattern matches: a page repeats the
    same tag and class words on many blocks, and the word count is all that varies."""
    return tuple(rule for rule in HINT_RULES
                 if (rule.tag is not None and rule.tag.search(tag))
                 or (rule.hints is not None and hints and rule.hints.search(hints)))


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
        and ends_with_mark(text, _SENTENCE_END_MARKS)  # the cheap tests first
        and is_whole(text)
        and words(text) >= min_words
    )


def ends_with_mark(text: str, marks: str) -> bool:
    """What ``re.search(f"[{marks}]$", text)`` says, read off the last characters: the
    search tried the class at every character of a paragraph. ``$`` also matches before a
    final line break."""
    last = len(text) - 1
    if last > 0 and text[last] == "\n":
        last -= 1
    return last >= 0 and text[last] in marks


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
        if section.reason == "contact" and _past_contacts(verdicts[index]):
            return True
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


def _past_contacts(verdict: Verdict) -> bool:
    """A long block with no address or number in it: the release's text, not a contact."""
    return (
        verdict.reason is None
        and words(verdict.text) >= _CONTACT_ENTRY_WORDS
        and not _CONTACT_DETAIL.search(verdict.text)
    )


def is_cut_paragraph(verdict: Verdict) -> bool:
    """A long paragraph of finished sentences whose last one the page store (or a feed's
    excerpt) cut off: article text, though it does not end like a sentence."""
    if verdict.reason is not None or words(verdict.text) < _CUT_PARAGRAPH_WORDS:
        return False
    # Two inner sentence ends are enough: the rest of a long paragraph is not searched.
    found = _INNER_SENTENCE.finditer(verdict.text)
    return next(found, None) is not None and next(found, None) is not None


def is_paragraph(verdict: Verdict, min_words: int = _PROSE_MIN_WORDS) -> bool:
    """Prose, or a long paragraph cut off mid-sentence."""
    return is_prose(verdict, min_words) or is_cut_paragraph(verdict)


def _prose_resumes(verdicts: list[Verdict], index: int, *, headline_list: bool) -> bool:
    here = verdicts[index]
    if is_cut_paragraph(here):
        return True
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
    for mark in _TRUNCATION_NEEDLES:  # noqa: SIM110 (a loop, not all(): asked ten times a block)
        if mark in text:
            return False
    return True


# The marks that hold no other mark ("[...]" holds "..."): finding those finds them all.
_TRUNCATION_NEEDLES = tuple(mark for mark in TRUNCATION_MARKS
                            if not any(other != mark and other in mark
                                       for other in TRUNCATION_MARKS))


def is_finished(text: str) -> bool:
    """A whole line an article could end on."""
    return ends_with_mark(text, _FINISHED_MARKS) and is_whole(text)


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
    # The last finished or long body block, looked for from the end.
    last_text = next(
        (index for index in range(len(verdicts) - 1, -1, -1)
         if verdicts[index].is_body and (
             _finished(verdicts[index]) or words(verdicts[index].text) > AFTER_ARTICLE_MAX_WORDS)),
        -1,
    )
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


_OPENINGS = {rule.name: _openings(rule.pattern) for rule in (*_LINE_RULES, *_LATE_LINES)}
# Texts longer than every line row share one (empty) list of rows.
_MOST_WORDS = max(rule.max_words for rule in _LINE_RULES) + 1
_MOST_LATE_WORDS = max(rule.max_words for rule in _LATE_LINES) + 1
# Past this, a tail window saves little: search the whole text.
_MAX_TAIL_REACH = 10_000
_TAIL_REACH = {rule.name: _tail_reach(rule.pattern) for rule in _SPAN_RULES}
# Each span row with what _cut_spans reads of it, looked up once: the row, its needle and
# needles, its word limit, its search, how far from the end it can match, and the characters
# it can open with where it is anchored at the start (None: any).
_SPAN_ROWS = tuple(
    (rule, rule.needle, rule.needles, rule.max_words, rule.pattern.search,
     _TAIL_REACH[rule.name], _openings(rule.pattern))
    for rule in _SPAN_RULES
)
