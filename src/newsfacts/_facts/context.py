"""A claim's context inside its sentence: clauses, direction, basis, status, metric, entity.

Everything here reads one sentence at a time with the word tables in ``context_rules.py``;
offsets are relative to the sentence. A number's own clause is the first place to look, the
main clause the second: "Imports rose 5.7% in December, topping expectations for a 0.9% growth"
gives 5.7% an actual status and 0.9% an expectation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .._records import Direction, Status
from .context_rules import (
    BASIS_RULES,
    BASIS_TRIGGERS,
    CLAUSE_BREAKS,
    DATELINE,
    DIRECTION_NOUNS,
    DIRECTION_WORDS,
    ESTIMATE_LEAD,
    FORECAST_AFTER,
    FROM_BEFORE,
    MARGIN_OF_ERROR_BEFORE,
    ODDS_AFTER,
    PRIOR_FORECAST_BEFORE,
    REVISED_FORECAST,
    SHARE_OF_PEOPLE_AFTER,
    STATUS_CUES,
    STATUS_TRIGGERS,
    WordRule,
)
from .events import event_of as read_event
from .metric import find_metric
from .periods import PeriodMention
from .word_scan import (
    LowerCasePattern,
    keeps_case_of,
    lower_case_pattern,
    lowered_if_faithful,
)

# How many words before a number its direction verb may stand: "surged 6.6%", "rose by 5.7%".
_DIRECTION_REACH_WORDS = 6
# How far from a number its cues are looked for, in characters: a sentence's clause is
# seldom longer, and a bound keeps the work per number constant on run-on input.
_REACH_BEFORE = 200
_REACH_AFTER = 150

_COMPARISON_LEAD = re.compile(
    r"(?:compared\s+(?:to|with)|versus|vs\.?|against|than|over|relative\s+to)\s+$", re.IGNORECASE
)
# A number right before "target" or "goal" is the target: "a 2% inflation target".
_TARGET_AFTER = re.compile(r"^\S+(?:\s+\S+){0,3}?\s+(?:target|goal)s?\b", re.IGNORECASE)
_LETTERS = re.compile(r"[a-z]+")
_CHANGE_CUE = {"fewer": "down", "less": "down", "lower": "down", "more": "up", "higher": "up"}


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    subordinate: bool


def _lowered(rules: Sequence[WordRule]) -> list[LowerCasePattern] | None:
    """The rules' patterns for lower-cased text (``lower_case_pattern``), or None unless every
    one of them has such a form."""
    patterns = [lower_case_pattern(rule.pattern.pattern) for rule in rules]
    if any(pattern is None for pattern in patterns):
        return None
    return [pattern for pattern in patterns if pattern is not None]


_CLAUSE_BREAKS_LOWERED = _lowered(CLAUSE_BREAKS)
# Each break's pattern for lower-cased text, where every one has a form with no kept words.
_LOWERED_BREAKS = (
    None if _CLAUSE_BREAKS_LOWERED is None or any(p.kept for p in _CLAUSE_BREAKS_LOWERED)
    else [re.compile(p.pattern) for p in _CLAUSE_BREAKS_LOWERED])


def split_clauses(sentence: str) -> list[Clause]:
    """The sentence's clauses in order; the first is the start of the main clause."""
    breaks: list[tuple[int, int, bool]] = []
    lowered = None if _LOWERED_BREAKS is None else lowered_if_faithful(sentence)
    if lowered is None or _LOWERED_BREAKS is None:
        for rule in CLAUSE_BREAKS:
            for match in rule.pattern.finditer(sentence):
                breaks.append((match.start(), match.end(), rule.label == "subordinate"))
    else:
        for rule, pattern in zip(CLAUSE_BREAKS, _LOWERED_BREAKS, strict=True):
            for match in pattern.finditer(lowered):
                breaks.append((match.start(), match.end(), rule.label == "subordinate"))
    breaks.sort()
    clauses: list[Clause] = []
    position, subordinate = 0, False
    dateline = DATELINE.match(sentence)
    if dateline is not None:
        position = dateline.end()
    for start, end, is_subordinate in breaks:
        if start < position:
            continue
        if start > position:
            clauses.append(Clause(position, start, subordinate))
        subordinate = is_subordinate
        position = end
    clauses.append(Clause(position, len(sentence), subordinate))
    return [clause for clause in clauses if clause.end > clause.start] or [
        Clause(0, len(sentence), False)
    ]


def clause_at(clauses: Sequence[Clause], offset: int) -> Clause:
    for clause in clauses:
        if clause.start <= offset < clause.end:
            return clause
    return clauses[-1]


# "had forecast the CPI gaining 0.3% and rising 2.9%": "and" with no comma before a second
# participle joins it to the first one's frame, whose cue and speaker it shares.
_JOINED_PARTICIPLE_BEFORE = re.compile(r"(?<![,;])\s+and\s+$")


def governing_clause(sentence: str, clauses: Sequence[Clause], clause: Clause) -> Clause:
    """The stretch whose cues and reporting phrases speak for a number in ``clause``: the
    clause itself, or for a participle joined by a bare "and" to a main clause, that one too
    (joined to a participle clause, "topping an estimate for 3% and accelerating from 5.9%",
    it shares the main verb, not the other participle's object)."""
    index = clauses.index(clause) if clause in clauses else 0
    if index == 0 or clauses[index - 1].subordinate or not _JOINED_PARTICIPLE_BEFORE.search(
            sentence, max(0, clause.start - 8), clause.start):
        return clause
    previous = clauses[index - 1]
    return Clause(previous.start, clause.end, previous.subordinate)


def main_clause_end(clauses: Sequence[Clause]) -> int:
    """Where the first subordinate clause begins (the sentence's end when none does)."""
    for clause in clauses:
        if clause.subordinate:
            return clause.start
    return clauses[-1].end


def in_main_clause(clauses: Sequence[Clause], offset: int) -> bool:
    """True for offsets before the first subordinate clause."""
    for clause in clauses:
        if clause.subordinate and clause.start <= offset:
            return False
        if clause.start <= offset < clause.end:
            return True
    return False


_ANY_LETTER = re.compile(r"[^\W\d_]")


class _Table:
    """A rule table searched as one alternation: one pass over the text instead of one a row."""

    def __init__(self, rules: Sequence[WordRule], triggers: frozenset[str] = frozenset()
                 ) -> None:
        self.triggers = triggers
        self.labels = [rule.label for rule in rules]
        self.pattern = re.compile(
            "|".join(f"(?P<r{i}>{rule.pattern.pattern})" for i, rule in enumerate(rules)),
            re.IGNORECASE,
        )
        # The same alternation for lower-cased text (``lower_case_pattern``), where it can be.
        lowered = _lowered(rules)
        self.lowered = None if lowered is None else re.compile(
            "|".join(f"(?P<r{i}>{pattern.pattern})" for i, pattern in enumerate(lowered)))
        self.kept = () if lowered is None else tuple(
            dict.fromkeys(word for pattern in lowered for word in pattern.kept))

    def _searched(self, text: str) -> tuple[re.Pattern[str], str] | None:
        """The pattern and the text to search with it, or None when the text cannot match."""
        # Every row is made of words: text without letters (a run of figures) cannot match.
        if _ANY_LETTER.search(text) is None:
            return None
        lowered = None if self.lowered is None else lowered_if_faithful(text)
        if self.triggers and self.triggers.isdisjoint(
                _LETTERS.findall(text.lower() if lowered is None else lowered)):
            return None
        if self.lowered is None or lowered is None or (
                self.kept and not keeps_case_of(self.kept, text, lowered)):
            return self.pattern, text
        return self.lowered, lowered

    def last(self, text: str) -> str | None:
        searched = self._searched(text)
        if searched is None:
            return None
        found = None
        for found in searched[0].finditer(searched[1]):  # noqa: B007 - the last one is wanted
            pass
        if found is None or found.lastgroup is None:
            return None
        return self.labels[int(found.lastgroup[1:])]

    def first(self, text: str) -> str | None:
        searched = self._searched(text)
        if searched is None:
            return None
        found = searched[0].search(searched[1])
        if found is None or found.lastgroup is None:
            return None
        return self.labels[int(found.lastgroup[1:])]


_DIRECTIONS = _Table(DIRECTION_WORDS)
_DIRECTION_NOUNS = _Table(DIRECTION_NOUNS)
_BASES = _Table(BASIS_RULES, BASIS_TRIGGERS)
_STATUSES = _Table(STATUS_CUES, STATUS_TRIGGERS)


def direction_of(
    sentence: str, clause: Clause, start: int, end: int, change_word: str | None
) -> Direction | None:
    if change_word:
        cue = _CHANGE_CUE.get(change_word.lower())
        if cue == "up":
            return "up"
        if cue == "down":
            return "down"
    after = sentence[end : min(clause.end, end + 40)]
    noun = _DIRECTION_NOUNS.first(after)
    if noun is not None:
        return "up" if noun == "up" else "down"
    words_before = sentence[max(clause.start, start - 80) : start].split()[
        -_DIRECTION_REACH_WORDS:
    ]
    label = _DIRECTIONS.last(" ".join(words_before))
    if label is None:
        # "up 5%" reads after the number too: "5% higher".
        label = _DIRECTIONS.last(" ".join(after.split()[:1]))
        if label not in ("up", "down"):
            return None
    return "up" if label == "up" else "down" if label == "down" else "flat"


def basis_of(
    sentence: str, clause: Clause, start: int, end: int, periods: Sequence[PeriodMention]
) -> str | None:
    window_start = max(clause.start, start - _REACH_BEFORE)
    window_end = min(clause.end, end + _REACH_AFTER)
    label = _BASES.first(sentence[window_start:window_end])
    if label is not None:
        return label
    for mention in periods:
        if mention.is_basis and window_start <= mention.start < window_end:
            lead_start = max(clause.start, mention.start - 24)
            lead = sentence[lead_start : mention.start]
            cue = _COMPARISON_LEAD.search(lead)
            phrase = (cue.group(0) if cue else "") + mention.text
            return phrase.strip()
    return None


def status_of(
    sentence: str, clause: Clause, start: int, period_start: dt.date | None,
    published: dt.date | None, *, span: str = "", period_end: dt.date | None = None,
) -> Status:
    if ESTIMATE_LEAD.match(span):
        return "estimate"
    before = sentence[max(clause.start, start - _REACH_BEFORE) : start]
    found = _STATUSES.last(before)
    after = sentence[start : min(clause.end, start + 80)]
    if _TARGET_AFTER.match(after):
        return "target"
    span_end = min(len(sentence), start + len(span))
    if span and SHARE_OF_PEOPLE_AFTER.match(sentence, span_end):
        return "actual"
    if span and ODDS_AFTER.match(sentence, span_end):
        return "expectation"
    if span and FORECAST_AFTER.match(sentence, span_end):
        return "forecast"
    if MARGIN_OF_ERROR_BEFORE.search(sentence, max(0, start - 60), start):
        return "actual"
    if PRIOR_FORECAST_BEFORE.search(sentence, max(0, start - 60), start):
        return "forecast"
    if found is not None:
        label = found
        revised = REVISED_FORECAST.search(sentence, 0, start) is not None
        if (label in ("forecast", "expectation") and not revised
                and _past_starting_point(sentence, start, period_end, published)):
            return "actual"
        if label in ("expectation", "target", "forecast", "estimate"):
            return label  # type: ignore[return-value]
    if period_start is not None and published is not None and period_start > published:
        return "forecast"
    if (period_end is not None and published is not None
            and (period_end - published).days > _KNOWN_AHEAD_DAYS):
        # "a CAGR of 12.6%" over 2025 to 2032 in a 2025 story: a stretch that ends years
        # after the article has no figure reported for it yet.
        return "forecast"
    return "actual"


# How far past the article a stretch may end and its figure still be one reported (a
# quarter or fiscal year under way).
_KNOWN_AHEAD_DAYS = 400


def _past_starting_point(sentence: str, start: int, period_end: dt.date | None,
                         published: dt.date | None) -> bool:
    return (period_end is not None and published is not None and period_end < published
            and FROM_BEFORE.search(sentence, max(0, start - 20), start) is not None)


def metric_and_entity(
    sentence: str, clause: Clause, start: int, end: int, periods: Sequence[PeriodMention],
    *, kind: str = "number",
) -> tuple[str | None, str | None]:
    """What the number measures and whose it is, read from the words around it (``metric``)."""
    return find_metric(sentence, (clause.start, clause.end), start, end, periods, kind)


def event_of(sentence: str, clause: Clause, start: int, end: int) -> str | None:
    """What happens on a date, read from its clause (``events.py``)."""
    return read_event(sentence[max(clause.start, start - _REACH_BEFORE) : start],
                      sentence[end : min(clause.end, end + _REACH_AFTER)])
