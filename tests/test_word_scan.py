"""The rule tables' prefilters and preconditions asked the fast way (word_scan.py) must give the
answers of the patterns they stand for, on every text: a wrong "no" would lose a date or a
source without any other sign."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts._facts import attribution_rules, context, period_rules
from newsfacts._facts.context_rules import CLAUSE_BREAKS
from newsfacts._facts.word_scan import (
    AnyNeeds,
    BothNeeds,
    Needs,
    lower_case_pattern,
    lowered_if_faithful,
    words_at_boundary,
)

NEEDS = {**{f"period {name}": needs for name, needs in period_rules.RULE_NEEDS.items()},
         **{f"source {name}": needs for name, needs in attribution_rules.RULE_NEEDS.items()}}
SCANS = {"date": period_rules.DATE_WORD_SCAN, "source": attribution_rules.SOURCE_WORD_SCAN}

# Words the patterns are made of, in the cases a page may write them, and the letters whose
# lower case re and str.lower disagree on.
_WORDS = sorted({hint for needs in NEEDS.values() for hint in needs.hints} | {
    "January", "March", "May", "June", "September", "December", "Sept", "Monday", "2019",
    "2020s", "1999", "Q3", "3Q", "H1", "FY", "YTD", "fiscal", "quarterly", "halfway", "annual",
    "today", "yesterday", "tomorrow", "ago", "weekend", "at press time", "on the day",
    "this morning", "9 am", "10 p.m.", "at present", "right now", "midday trading", "through",
    "thru", "to date", "so far", "late", "early", "since the end", "end of", "between", "from",
    "economists", "fund managers", "polled", "surveyed", "according", "per", "said", "says",
    "showed", "finds", "On Nasdaq", "(NYSE: X)", "(Nasdaq:", "pricing)", "index)", "según",
    "segun", "selon", "laut", "segundo", "secondo", "d'après", "D’apres", "acuerdo", "wie",
    "informó", "indicó", "aló", "anunció", "publicó", "publié", "publicado", "divulgado",
    "divulgou", "veröffentlicht", "meldete", "berichtete", "teilte", "comptabilise", "indique",
    "annonce", "précise", "mitgeteilt", "gemeldet", "targeted", "pledged", "plans", "aims",
})
WORDS = sorted({form for word in _WORDS for form in (word, word.title(), word.upper())})
AROUND = ("", " ", "x", "1", "-", "\n", "İ", "ı", "ſ", "’")


def _texts(word: str) -> list[str]:
    return [f"{before}{word}{after}" for before, after in itertools.product(AROUND, AROUND)]


@pytest.mark.parametrize("word", WORDS)
def test_each_precondition_answers_as_its_pattern(word: str) -> None:
    for text in _texts(word):
        lowered = lowered_if_faithful(text)
        for name, needs in NEEDS.items():
            assert needs.found_in(text, lowered) == bool(needs.pattern.search(text)), (name, text)


@pytest.mark.parametrize("word", WORDS)
def test_each_prefilter_answers_as_its_pattern(word: str) -> None:
    for text in _texts(word):
        for name, scan in SCANS.items():
            expected = bool(scan.original.search(text))
            assert scan.found_in(text) == expected, (name, text)
            assert scan.found_in(text, lowered_if_faithful(text)) == expected, (name, text)


@given(st.lists(st.sampled_from([*WORDS, *AROUND, "and", "in", "on", "the", "of", "4.5%"]),
                max_size=10))
def test_fast_answers_match_the_patterns_on_any_mix(parts: list[str]) -> None:
    for text in (" ".join(parts), "".join(parts)):
        lowered = lowered_if_faithful(text)
        for needs in NEEDS.values():
            assert needs.found_in(text, lowered) == bool(needs.pattern.search(text)), text
        for scan in SCANS.values():
            assert scan.found_in(text, lowered) == bool(scan.original.search(text)), text


def test_a_boundary_after_the_first_letter_is_a_boundary_before_the_word() -> None:
    fast = re.compile(words_at_boundary(["Jan", "Q[1-4]", r"19\d\d"]))
    slow = re.compile(r"\b(?:Jan|Q[1-4]|19\d\d)")
    for text in ("Jan", "in Jan.", "xJan", "_Jan", "Q3", "2Q3", "1999", "21999", "é1999", ""):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


def test_lower_casing_that_disagrees_with_re_is_not_used() -> None:
    # re reads the long s as an s; str.lower keeps it, so "ſurvey" would be missed.
    assert lowered_if_faithful("a ſurvey") is None
    assert attribution_rules.SOURCE_WORD_SCAN.found_in("a ſurvey")


def test_hints_must_be_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Needs(re.compile("Jan"), ["Jan"])


@pytest.mark.parametrize("text", [
    # Invented sentences: a month and a range, a range without a month, neither, a pair.
    "Sales rose 4% from March to June, the company said.",
    "Output rose in weeks 3-7 of the season.",
    "Shares closed 2.5% higher on Tuesday.",
    "Prices rose in 2019 and 2020, and fell in late 2021.",
    "Der Umsatz stieg am Freitag um 3 %.",
    "Revenue for the year ended 30 June 2019 was $4 million.",
])
def test_a_rule_index_gives_the_rows_whose_preconditions_a_text_meets(text: str) -> None:
    # A BothNeeds row reads its first precondition from the table's own answer: the rows must
    # be those each precondition, asked alone, lets through.
    from newsfacts._facts import periods
    from newsfacts._facts.period_rules import PERIOD_RULES, RULE_NEEDS

    lowered = lowered_if_faithful(text)
    expected = tuple(rule for rule in PERIOD_RULES if RULE_NEEDS[rule.name].found_in(text, lowered))
    assert periods._RULES_WITH_NEEDS.met(text, lowered) == expected


def test_joined_preconditions_keep_their_parts_flags_inline() -> None:
    with pytest.raises(ValueError, match="inline"):
        AnyNeeds(Needs(re.compile("jan", re.IGNORECASE), ["jan"]))
    both = BothNeeds(Needs(re.compile("Jan"), ["jan"]), Needs(re.compile(r"\d"), ["1"]))
    assert both.pattern.search("1 Jan")
    assert not both.pattern.search("Jan")


# --- case-blind tables searched in lower case (lower_case_pattern) ------------------------------

TABLES = {"direction": context._DIRECTIONS, "direction noun": context._DIRECTION_NOUNS,
          "basis": context._BASES, "status": context._STATUSES}
# Words of the context tables and clause breaks in the cases a story may write them, with the
# case-kept words of the status table ("Will" opening a sentence is no forecast cue).
_CONTEXT_WORDS = ["rose", "fell", "up", "down", "flat", "stayed", "unchanged", "jump", "decline",
                  "year-on-year", "y/y", "from", "a", "year", "earlier", "month", "annualized",
                  "expected", "consensus", "forecast", "target", "will", "may", "might",
                  "estimated", "its", "forecasts", "for", "set", "to", "aims", "seen", "is",
                  "when", "which", "as", "the", "while", "but", "and", "rising", "according",
                  "compared", "with", "since", "start", "of", "-", "—", ";", ",", "4.5%", "US"]
CONTEXT_WORDS = sorted({form for word in _CONTEXT_WORDS
                        for form in (word, word.title(), word.upper())})


def _last_label(table: context._Table, text: str) -> str | None:
    found = None
    for found in table.pattern.finditer(text):  # noqa: B007 - the last one is wanted
        pass
    return None if found is None or found.lastgroup is None else (
        table.labels[int(found.lastgroup[1:])])


def _first_label(table: context._Table, text: str) -> str | None:
    found = table.pattern.search(text)
    return None if found is None or found.lastgroup is None else (
        table.labels[int(found.lastgroup[1:])])


def _clause_breaks(sentence: str) -> list[tuple[int, int, str]]:
    return sorted((match.start(), match.end(), rule.label) for rule in CLAUSE_BREAKS
                  for match in rule.pattern.finditer(sentence))


@given(st.lists(st.sampled_from([*CONTEXT_WORDS, *AROUND, "4.5%"]), max_size=12))
def test_tables_searched_in_lower_case_answer_as_their_patterns(parts: list[str]) -> None:
    for text in (" ".join(parts), "".join(parts)):
        for name, table in TABLES.items():
            assert table.last(text) == _last_label(table, text), (name, text)
            assert table.first(text) == _first_label(table, text), (name, text)
        assert [(c.start, c.end) for c in context.split_clauses(text)] == [
            (c.start, c.end) for c in _split_as_written(text)], text


def _split_as_written(sentence: str) -> list[context.Clause]:
    """split_clauses as it reads with the case-blind patterns themselves."""
    saved = context._LOWERED_BREAKS
    context._LOWERED_BREAKS = None
    try:
        return context.split_clauses(sentence)
    finally:
        context._LOWERED_BREAKS = saved


@pytest.mark.parametrize(("text", "label"), [
    # Invented: a case-kept cue ("will") read as written, and a sentence opening with "Will".
    ("Output will rise", "forecast"),
    ("Will output rise", None),
    ("WILL the bank hold. Economists expected", "expectation"),
    # A letter re and str.lower disagree on: the case-blind pattern is searched instead.
    ("the ſurvey expected", "expectation"),
])
def test_the_status_table_keeps_the_case_of_its_case_kept_words(text: str,
                                                                 label: str | None) -> None:
    assert context._STATUSES.last(text) == label == _last_label(context._STATUSES, text)


def test_every_context_table_has_a_lower_case_form() -> None:
    # A table without one still answers, only slower: this says when a new row loses it.
    assert context._LOWERED_BREAKS is not None
    assert all(table.lowered is not None for table in TABLES.values())
    assert context._STATUSES.kept == ("will", "would", "could", "may", "might")


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bRose\S*\s[A-Z]", (r"\brose\S*\s[a-z]", ())),
    (r"(?<!its\s)Forecast(?=s)", (r"(?<!its\s)forecast(?=s)", ())),
    (r"\b(?:Sees|(?-i:will|may))\b", (r"\b(?:sees|(?:will|may))\b", ("will", "may"))),
    (r"\x41pril", None),  # a letter by its code
    (r"(?P<name>April)", None),
    (r"(?-i:Will)", None),  # only plain lower-case words are kept
    (r"(?-i:aa)", None),  # copies that overlap would be miscounted
    (r"Straße|Éire", None),
])
def test_lower_case_pattern(pattern: str, expected: tuple[str, tuple[str, ...]] | None) -> None:
    found = lower_case_pattern(pattern)
    assert (None if found is None else (found.pattern, found.kept)) == expected
