"""What happens on a date: the ``metric`` of a date claim, as a short normalised noun phrase.

A date claim's figure is the date itself, so what it "measures" is the event it dates: "China
is set to release its annual GDP data next Monday" gives "release of annual gdp data", "the
minimum wage was introduced on January 1" gives "introduction of minimum wage". The reader looks
at the date's clause before the date first (where English puts the event), then after it; an
event verb from ``EVENT_NOUNS`` becomes its noun with the verb's object or subject, any other
clause is cut to its last few words. The result is lower case without determiners, like every
other metric, and never holds the hole a cut-out date would leave ("growth in , trade").
"""

from __future__ import annotations

import re

from .metric_rules import (
    COMMON_VERBS,
    DETERMINERS,
    EVENT_AUXILIARIES,
    EVENT_LEADS,
    EVENT_NOUNS,
    EVENT_OPENERS,
    INNER_PREPOSITIONS,
    PHRASE_BREAKS,
)

_WORD = re.compile(r"[^\W\d_][\w’'&.\-]*[^\W_]|[^\W\d_]|\d[\w.,\-]*")
# Marks that end the stretch of words an event is read from: "Prices rose, and the bank met
# on" reads "and the bank met on".
_CUT = re.compile(r"[,;:()\"“”—–]| - ")
_MAX_WORDS = 8
_MAX_SUBJECT_WORDS = 4
# Joining words an event's object keeps: "its annual and fourth-quarter GDP data".
_OBJECT_JOINS = frozenset({"and", "or", "of", "in", "for", "on"})


def event_of(before: str, after: str) -> str | None:
    """The event of a date whose clause reads ``before`` DATE ``after``."""
    words = _words(_CUT.split(before)[-1])
    following = _words(_CUT.split(after, 1)[0])
    named = _named_thing(following)
    if words and words[-1] in DETERMINERS and named:
        # "in a December press conference", "its August forecast": the date names a thing.
        return " ".join(named)
    while words and (words[-1] in EVENT_LEADS or words[-1] in DETERMINERS):
        words.pop()
    event = _nominal(words, following) or _phrase(words) or _phrase(following)
    return event or None


def _words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def _nominal(words: list[str], following: list[str]) -> str:
    """The last event verb of ``words`` as its noun, with the verb's object (after it, or after
    the date: "release next Monday its annual data") or else its subject before it."""
    for k in range(len(words) - 1, -1, -1):
        noun = EVENT_NOUNS.get(words[k])
        if noun is None:
            continue
        thing = (_object(words[k + 1 :]) if k + 1 < len(words) else _object(following)
                 ) or _subject(words[:k])
        return f"{noun} of {' '.join(thing)}" if thing else noun
    return ""


def _object(words: list[str]) -> list[str]:
    """What follows an event verb, when it is its object: "release its annual data", "opening
    of business". A preposition instead ("closed for a holiday") leaves the subject to name it."""
    if words and words[0] == "of":
        words = words[1:]
    if not words or words[0] in PHRASE_BREAKS or words[0] in _OBJECT_JOINS or (
            words[0] in INNER_PREPOSITIONS):
        return []
    kept: list[str] = []
    for word in words:
        if word[0].isdigit() or word in COMMON_VERBS or (
                word in PHRASE_BREAKS and word not in _OBJECT_JOINS):
            break
        if word not in DETERMINERS:
            kept.append(word)
    while kept and kept[-1] in _OBJECT_JOINS:
        kept.pop()
    return kept[:_MAX_WORDS]


def _named_thing(words: list[str]) -> list[str]:
    """The noun a date modifies, right after it: its first word is a noun whatever it reads
    like elsewhere ("its August forecast"), the next ones end at a verb."""
    kept: list[str] = []
    for word in words[:_MAX_SUBJECT_WORDS]:
        if word in DETERMINERS and not kept:
            continue
        if word[0].isdigit() or word in PHRASE_BREAKS or word in _OBJECT_JOINS:
            break
        if kept and (word in COMMON_VERBS or word.endswith("ed")):
            break
        kept.append(word)
    return kept


def _subject(words: list[str]) -> list[str]:
    k = len(words)
    while k > 0 and words[k - 1] in EVENT_AUXILIARIES:
        k -= 1
    kept: list[str] = []
    while k > 0 and len(kept) < _MAX_SUBJECT_WORDS:
        word = words[k - 1]
        if word in PHRASE_BREAKS or word in COMMON_VERBS or word in EVENT_OPENERS:
            break
        if word not in DETERMINERS and not word[0].isdigit():
            kept.insert(0, word)
        k -= 1
    return kept


def _phrase(words: list[str]) -> str:
    kept = [word for word in words if word not in DETERMINERS][-_MAX_WORDS:]
    while kept and (kept[0] in EVENT_OPENERS or kept[0] in EVENT_AUXILIARIES
                    or kept[0] in PHRASE_BREAKS or kept[0] in _OBJECT_JOINS
                    or kept[0][0].isdigit() or len(kept[0]) < 2):
        kept.pop(0)
    while kept and (kept[-1] in PHRASE_BREAKS or kept[-1] in _OBJECT_JOINS):
        kept.pop()
    if not any(word.isalpha() and len(word) > 2 for word in kept):
        return ""
    return " ".join(kept)
