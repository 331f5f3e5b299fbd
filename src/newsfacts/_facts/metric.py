"""What a number measures: the noun phrase it quantifies or the subject of its change.

Read without a tagger, from the words around the number, trying in turn (first hit wins):

1. the name before figures in brackets: "Toronto Stock Exchange (16369.03 up 58.06 points)";
2. a move's subject before it: "Core inflation eased to 2.9%", "Codelco's output dropped 6%";
3. a share's whole after it: "35% of the respondents", "1% of their earnings";
4. the thing a change noun is of: "a 12% rise in quarterly revenue";
5. the noun a number modifies: "a 5,000mAh battery", "a larger 570 sq m space";
6. a level's subject before it: "net debt stood at", "a net worth of", "assets worth";
7. a name right before a percentage or price: "Dow +0.2%";
8. what money is spent on: "$45 million on new bus lanes";
9. the noun a "which" clause is about: "an arena, which can run from $500,000";
10. the subject of the number's clause, then of its sentence: "Duly has more than 900
    doctors", "Freddie Mac reported that the average rate climbed to 6.7%".

On a parsed doc (``en_core_web_sm``) ``parsed_metric`` reads the same from the dependency
tree, and claim assembly prefers it where it names something.

A metric is lower case without determiners; a possessive owner ("Codelco's") becomes the
entity. Words inside period mentions ("annual", "last month") are passed over. A number whose
words name nothing here ("it now trades at $2,250") is given the metric of the figure before
it by the document pass (``carried_metrics.py``).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Token

from .metric_rules import (
    AGENT_BEFORE,
    CHANGE_NOUNS,
    CLAUSE_OPENERS,
    COMMON_VERBS,
    COUNTING_VERBS,
    DETERMINERS,
    INNER_PREPOSITIONS,
    LEVEL_LINKS,
    LINK_FILLERS,
    NOT_METRIC_WORDS,
    NOT_VERBS,
    PHRASE_BREAKS,
    PHRASE_WORD,
    PURPOSE_LINKS,
    RELATIVE_WORDS,
    REPORTING_VERBS,
)
from .periods import PeriodMention

# How many words a metric may have (the inner prepositions count).
MAX_WORDS = 6
# How far before a number its readers look, in words: a clause is seldom longer, and a bound
# keeps the work per number constant on run-on input.
_REACH_WORDS = 40
# How far before ", a rise of N%" the figure it qualifies may end: "5.5 million metric tons".
_APPOSED_REACH = 4
_CURRENCY_SIGNS = frozenset("$€£¥₹")
# Direction verbs a move's subject stands before; with LEVEL_LINKS they make a link.
_MOVE_WORDS = frozenset({
    "rose", "rise", "rises", "risen", "fell", "falls", "fall", "fallen", "grew", "grow", "grows",
    "jumped", "jumps", "climbed", "climbs", "gained", "gains", "lost", "loses", "dropped",
    "drops", "surged", "surges", "declined", "declines", "increased", "increases", "decreased",
    "decreases", "soared", "plunged", "tumbled", "sank", "slipped", "slid", "edged", "eased",
    "advanced", "retreated", "rebounded", "contracted", "expanded", "shrank", "accelerated",
    "slowed", "widened", "narrowed", "doubled", "tripled", "halved", "slumped", "cut", "raised",
    "lowered", "peaked", "dipped", "added", "shed", "settled", "finished", "ended", "closed",
    "held", "stayed", "remained", "stood", "hit", "reached", "totaled", "totalled", "came",
    "averaged", "topped", "surpassed", "exceeded", "beat", "missed", "improved",
    "worsened", "recovered", "spiked", "swelled", "boosted", "trimmed", "reduced", "lifted",
    "up", "down", "higher", "lower", "increase", "decrease", "decline", "climb", "jump",
    "drop", "gain", "surge", "slip", "slide", "ease", "dip", "shrink", "expand", "total",
    "reach", "exceed", "double", "triple", "top", "eases", "slips", "dips", "slides", "edges",
    "hits", "tops", "nears", "reaches", "totals", "doubles", "halves", "widens", "narrows",
    "slows", "accelerates", "slumps", "soars", "plunges", "tumbles", "sinks", "rebounds",
    "recovers", "improves", "worsens", "stands", "holds", "stays", "remains", "ends", "closes",
    "finishes", "settles", "peaks", "expands", "contracts", "shrinks", "cuts", "raises",
    # participles, mostly after a comma: "Bitcoin rose to $65,000, gaining nearly 4%"
    "rising", "falling", "gaining", "climbing", "dropping", "jumping", "losing", "adding",
    "sliding", "slipping", "surging", "declining", "increasing", "decreasing", "soaring",
    "plunging", "tumbling", "sinking", "shedding", "advancing", "retreating", "rebounding",
    "easing", "edging", "dipping", "growing", "shrinking", "widening", "narrowing",
    "shrunk", "grown", "sunk", "swollen",
})  # fmt: skip
# Bounds that open a span and link it to the noun before: "the mirror, starting at $448".
_LINKING_BOUNDS = frozenset({"starting", "from", "for"})
# Participles after a comma that bring the sentence's subject to a level: "arrivals rose 7%,
# accounting to 1.32 billion", "..., bringing the total to $4 billion".
_LEVEL_PARTICIPLES = frozenset({"accounting", "amounting", "totaling", "totalling", "reaching",
                                "bringing", "taking", "pushing", "lifting", "leaving"})
# Participles after a comma that open the span of the noun before it.
_SPAN_PARTICIPLES = frozenset({"ranging", "varying", "running", "priced", "costing"})
# A copula and the adverbs of degree between it and its adjective: "was just as impressive".
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "remains", "remained", "looks",
                      "looked", "seems", "seemed", "proved", "appears", "appeared"})
_DEGREE_WORDS = frozenset({"just", "as", "so", "very", "quite", "more", "most", "less",
                           "equally", "similarly", "particularly", "relatively", "too", "still"})
# Words that open a phrase set off by a comma before a clause's subject.
_OPENER_WORDS = CLAUSE_OPENERS | frozenset({"based", "excluding", "including", "adjusted",
                                            "compared", "measured", "like", "unlike"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "there", "this", "that"})


class _Word(NamedTuple):
    """A word of the sentence (a tuple: many are made per sentence)."""

    start: int
    end: int
    text: str
    low: str
    in_period: bool


@dataclass(frozen=True, slots=True)
class _Sentence:
    words: list[_Word]
    starts: list[int]  # each word's start, for bisection
    ends: list[int]


def _sentence(sentence: str, periods: Sequence[PeriodMention]) -> _Sentence:
    return _read_sentence(sentence, tuple((m.start, m.end) for m in periods))


@functools.lru_cache(maxsize=32)
def _read_sentence(sentence: str, spans: tuple[tuple[int, int], ...]) -> _Sentence:
    """The words of a sentence, read once for all its numbers (callers do not mutate them)."""
    bounds = [match.span() for match in PHRASE_WORD.finditer(sentence)]
    texts = PHRASE_WORD.findall(sentence)  # the same matches: the pattern has no group
    starts = [start for start, _ in bounds]
    ends = [end for _, end in bounds]
    lowered = sentence.lower()  # same length: str.lower keeps offsets for the text it reads
    lows = ([lowered[start:end] for start, end in bounds] if len(lowered) == len(sentence)
            else [text.lower() for text in texts])
    inside = [False] * len(bounds)
    for span_start, span_end in spans:
        # Words are in order and apart: those inside a span follow one another from its start.
        k = bisect.bisect_left(starts, span_start)
        while k < len(bounds) and ends[k] <= span_end:
            inside[k] = True
            k += 1
    # Tuples made by tuple.__new__ through map(): no Python frame per word.
    words = list(map(_new_word, zip(starts, ends, texts, lows, inside, strict=True)))
    return _Sentence(words, starts, ends)


_new_word = functools.partial(tuple.__new__, _Word)


def _is_verb(word: _Word) -> bool:
    low = word.low
    if low in COMMON_VERBS or low in _MOVE_WORDS:
        return True
    if low in NOT_VERBS or not word.text.islower() or "-" in low:
        return False  # a name, a listed noun, or a compound ("single-family", "long-awaited")
    return ((low.endswith("ed") and len(low) > 4) or (low.endswith("ing") and len(low) > 5)
            or (low.endswith("ly") and len(low) > 4))


def _is_phrase_word(words: Sequence[_Word], k: int) -> bool:
    """Word ``k`` may stand in a noun phrase: no grammar word, verb, mark or lone number."""
    word = words[k]
    if word.low in PHRASE_BREAKS or word.low in DETERMINERS or _is_verb(word):
        return False
    if word.text[0].isdigit():
        # "S&P 500", "Model 3s": a number inside a name, right after a capitalised word.
        return k > 0 and words[k - 1].text[:1].isupper() and words[k - 1].end + 1 == word.start
    return word.text[0].isalpha() or word.text == "&"


@dataclass(frozen=True, slots=True)
class _Phrase:
    words: tuple[_Word, ...]

    def metric_and_owner(self) -> tuple[str | None, str | None]:
        owner: str | None = None
        kept: list[str] = []
        cased: list[str] = []  # the words kept so far as written, for a name before "'s"
        for index, word in enumerate(self.words):
            if word.low in DETERMINERS:
                continue
            possessive = word.low.endswith(("'s", "’s"))
            if possessive and word.text[:1].isupper():
                # the capitalised words right before: "Vantor Energy's net debt"
                names: list[str] = []
                while cased and cased[-1][:1].isupper():
                    names.insert(0, cased.pop())
                owner = " ".join([*names, word.text[:-2]])
                kept, cased = [], []  # a possessive name opens the phrase: "post China's ..."
                continue
            if possessive:
                if index < len(self.words) - 1:
                    continue  # "the state's crop": the owner is no name, the noun is what counts
                kept.append(word.low[:-2])  # a phrase cut after "state's"
                cased.append(word.text[:-2])
                continue
            kept.append(word.low)
            cased.append(word.text)
        while kept and kept[-1] in INNER_PREPOSITIONS:
            kept.pop()
        while kept and kept[0] in INNER_PREPOSITIONS:
            kept.pop(0)
        if NOT_METRIC_WORDS.issuperset(kept):
            return None, None
        return " ".join(kept), owner


def _phrase_after(words: Sequence[_Word], k: int, limit: int) -> _Phrase | None:
    """The noun phrase starting at word ``k`` (determiners before it skipped)."""
    while k < limit and (words[k].low in DETERMINERS or words[k].in_period):
        k += 1
    kept: list[_Word] = []
    while k < limit and len(kept) < MAX_WORDS:
        word = words[k]
        if word.in_period:
            k += 1
            continue
        if word.low == "and" and kept and k + 1 < limit and _is_phrase_word(words, k + 1) and (
            words[k + 1].text.islower() and not words[k + 1].in_period
        ):
            kept.append(word)  # "general and administrative expenses"
            k += 1
            continue
        if word.low in INNER_PREPOSITIONS and kept:
            nxt = k + 1
            while nxt < limit and words[nxt].low in DETERMINERS:
                nxt += 1
            if nxt < limit and _is_phrase_word(words, nxt) and not words[nxt].in_period:
                kept.append(word)
                k = nxt
                continue
            break
        if not _is_phrase_word(words, k):
            break
        kept.append(word)
        k += 1
        if word.low.endswith(("'s", "’s")) and not word.text[:1].isupper() and not (
            k < limit and _is_phrase_word(words, k) and not words[k].in_period
        ):
            break
    return _Phrase(tuple(kept)) if kept else None


def _phrase_before(words: Sequence[_Word], k: int, floor: int) -> _Phrase | None:
    """The noun phrase ending just before word ``k``, read leftwards no further than ``floor``."""
    kept: list[_Word] = []
    j = k - 1
    while j >= floor and len(kept) < MAX_WORDS:
        word = words[j]
        if word.in_period:
            j -= 1
            continue
        if word.low == "and" and kept and j - 1 >= floor and _is_phrase_word(words, j - 1) and (
            words[j - 1].text.islower() and not words[j - 1].in_period
        ):
            # "fees from cable and satellite providers", "general and administrative expenses"
            kept.append(word)
            j -= 1
            continue
        if word.low in DETERMINERS or word.low in INNER_PREPOSITIONS:
            # "net income at the lender", "index of consumer confidence": go on past the
            # preposition when a noun stands before it.
            prep = j
            while prep >= floor and words[prep].low in DETERMINERS:
                prep -= 1
            if (kept and prep - 1 >= floor and words[prep].low in INNER_PREPOSITIONS
                    and _is_phrase_word(words, prep - 1)):
                kept.extend(words[prep:j + 1][::-1])
                j = prep - 1
                continue
            break
        if not _is_phrase_word(words, j):
            break
        kept.append(word)
        j -= 1
    kept.reverse()
    while kept and kept[0].low in INNER_PREPOSITIONS:
        kept.pop(0)
    return _Phrase(tuple(kept)) if kept else None


class _Reading:
    """The words of one sentence around one number, and the readers that find its metric."""

    def __init__(self, words: list[_Word], first: int, after: int, clause: tuple[int, int],
                 kind: str) -> None:
        self.words = words
        self.first = first  # index of the number's first word
        self.after = after  # index of the first word after the number
        self.low, self.high = clause  # word indices of the number's clause
        self.kind = kind

    def at(self, k: int) -> str:
        return self.words[k].low if 0 <= k < len(self.words) else ""

    def link_before(self, *, moves_only: bool) -> _Phrase | None:
        """The subject before a move or level link: 'profit climbed to', 'debt stood at'."""
        k = self.first - 1
        linked = self.at(self.first) in _LINKING_BOUNDS
        floor = max(self.low, self.first - _REACH_WORDS)
        while k >= floor:
            word = self.words[k]
            if word.in_period or word.text[0].isdigit() or (
                linked and k > self.low and self.words[k - 1].text[0].isdigit()
            ):
                k -= 1  # a date, or an earlier figure of the move: "rose 18 sen to RM23.50"
                continue
            if word.low in _MOVE_WORDS or (not moves_only and word.low in LEVEL_LINKS):
                linked = True
            elif word.low in LINK_FILLERS or (
                linked and (_is_verb(word) or word.low in COMMON_VERBS)
            ):
                pass
            elif word.text[0] in ",(" and not linked:
                return None
            elif word.text == "," and k > self.low:
                # "Exports were $5 billion, up 3%": a move after a comma is the clause's own
                return self.subject(self.low, k)
            elif linked and self._predicate_adjective(k):
                pass  # "Departure angle was just as impressive at 37.5 degrees"
            else:
                break
            k -= 1
        if linked and k < floor and k == self.low - 1 and self.at(k) == "," and (
            self.at(self.low).endswith("ing")
            and (self.at(self.low) in _MOVE_WORDS or self.at(self.low) in _LEVEL_PARTICIPLES)
        ):
            # "Bitcoin rose to $65,000 on Monday, gaining nearly 4%": the sentence's subject
            return self.subject(0, k)
        if not linked or k < floor:
            return None
        if self.words[k].low in _PRONOUNS:
            return _Phrase((self.words[k],))  # "when they rose 7.4%": no metric named here
        if self.words[k].low in DETERMINERS:
            return None  # "rose to a 3% rate": nothing named before the link
        return _phrase_before(self.words, k + 1, self.low)

    def _predicate_adjective(self, k: int) -> bool:
        """Whether word ``k`` completes a copula ("was just as impressive", "looks cheap")."""
        if not self.words[k].text.isalpha() or not self.words[k].text.islower():
            return False
        j = k - 1
        while j > self.low and self.words[j].low in _DEGREE_WORDS:
            j -= 1
        return self.words[j].low in _COPULAS if j >= self.low else False

    def bracketed(self) -> _Phrase | None:
        """'Toronto Stock Exchange (16369.03 up 58.06 points)', 'Maldonado (15.3 ppg, 7.4
        rpg)': a figure in brackets measures the name before them."""
        k = self.first - 1
        while k > self.low and k >= self.first - 12 and self.words[k].text not in "()" and (
            self.words[k].text[0].isdigit() or self.words[k].text in ",;/"
            or self.words[k - 1].text[0].isdigit()
        ):
            k -= 1  # earlier figures in the same brackets, with their units
        if k < 1 or self.words[k].text != "(":
            return None
        return self.named_before(k)

    def named_before(self, k: int) -> _Phrase | None:
        """The phrase ending before word ``k`` unless it is the unit of a figure before it:
        "10.5 million Australian dollars ($7.5 million)" converts, it names nothing."""
        phrase = _phrase_before(self.words, k, self.low)
        if phrase is None:
            return None
        opening = self.words.index(phrase.words[0])
        before = self.words[opening - 1] if opening > 0 else None
        if before is not None and before.text != "%" and (
            before.text[0].isdigit() or before.low in LINK_FILLERS
        ):
            return None
        return phrase

    def relative(self) -> _Phrase | None:
        """'a college basketball arena, which can run from $500,000': the noun before 'which';
        'claims, ranging from $200 to $4 million': the noun before what opens a span."""
        if self.at(self.low) not in RELATIVE_WORDS and self.at(self.low) not in _SPAN_PARTICIPLES:
            return None
        k = self.low - 1
        if self.at(k) == ",":
            k -= 1
        return _phrase_before(self.words, k + 1, max(0, k - MAX_WORDS))

    def noun_before(self) -> _Phrase | None:
        """'pulled the healthcare sector 0.68 percent lower', 'Dow +0.2%': the noun phrase
        right before a percentage or an amount of money."""
        if self.kind not in ("percent", "money") or self.first == 0:
            return None
        if not _is_phrase_word(self.words, self.first - 1) or (
            self.words[self.first - 1].low in LINK_FILLERS
        ):
            return None
        return self.named_before(self.first)

    def share_of(self) -> _Phrase | None:
        """'35% of the respondents', '450 Nm of torque', '$12.4 million of claims'."""
        if self.at(self.after) != "of":
            return None
        return _phrase_after(self.words, self.after + 1, self.high)

    def apposed_figure(self) -> tuple[int, int] | None:
        """The word span of the figure a change is set beside: "production of 5.5 million
        tons, a rise of 4%" gives the span of "5.5 million tons"."""
        k = self.first
        if not (self.at(k - 1) == "of" and self.at(k - 2) in CHANGE_NOUNS
                and self.at(k - 3) in ("a", "an") and self.at(k - 4) == ","):
            return None
        comma = k - 4
        last = comma - 1
        while last >= 0 and (self.words[last].in_period or self.at(last) in INNER_PREPOSITIONS):
            last -= 1  # "5.5 million tons in 2026, a rise of 4%"
        for j in range(last, max(-1, last - _APPOSED_REACH), -1):
            if self.words[j].text[0].isdigit() and not self.words[j].in_period:
                while j > 0 and self.words[j - 1].text in _CURRENCY_SIGNS:
                    j -= 1
                return j, comma
        return None

    def change_noun(self) -> _Phrase | None:
        """'a 12% rise in quarterly revenue', 'a 5% stake in the bank'."""
        if self.at(self.after) not in CHANGE_NOUNS or self.at(self.after + 1) not in (
            "in", "of", "to"
        ):
            return None
        return _phrase_after(self.words, self.after + 2, self.high)

    def modified_noun(self) -> _Phrase | None:
        """'a 5,000mAh battery', 'a 25-year-old striker', 'its 2.2% growth'."""
        before = self.at(self.first - 1)
        opens = self.at(self.first) in ("a", "an") or before in DETERMINERS or (
            before.endswith(("'s", "’s")) and self.first > 0
        ) or self._after_determined_adjectives() or any(
            "-" in word.text for word in self.words[self.first:self.after]
        )  # "a larger 570 sq m space", "four-cylinder engine"
        if not opens or self.after >= self.high:
            return None
        if not _is_phrase_word(self.words, self.after):
            return None
        return _phrase_after(self.words, self.after, self.high)

    def _after_determined_adjectives(self) -> bool:
        """Up to two adjectives stand between a determiner and the number: "a larger 570 sq
        m space", "the turbocharged 1.6 liter engine"."""
        k = self.first - 1
        for _ in range(2):
            if k < self.low or not _is_phrase_word(self.words, k) or (
                not self.words[k].text.islower()
            ):
                return False
            k -= 1
            if self.at(k) in DETERMINERS:
                return True
        return False

    def purpose(self) -> _Phrase | None:
        """'$45 million on new bus lanes', '40 million dollars for school repairs'."""
        if self.kind != "money" or self.at(self.after) not in PURPOSE_LINKS:
            return None
        k = self.after + 1
        while self.at(k) in DETERMINERS:
            k += 1
        if k >= self.high or not self.words[k].text.islower():
            return None  # "in the US", "for Apple": a place or a name, not a purpose
        if self.words[k].low in CHANGE_NOUNS:
            return _Phrase((self.words[k],))  # "$1 billion in gains": a noun, not a verb here
        return _phrase_after(self.words, k, self.high)

    def subject(self, low: int, high: int) -> _Phrase | None:
        """The first noun phrase of the words ``low:high``, after openers and a leading
        prepositional phrase closed by a comma ("In 2018, employment ...")."""
        stop = min(high, self.first)
        k = low
        for c in range(max(low, stop - _REACH_WORDS), stop):
            if self.words[c].low == "that" and any(
                self.at(r) in REPORTING_VERBS for r in range(max(low, c - 4), c)
            ):
                k = c + 1  # "Freddie Mac reported on Thursday that the average rate climbed"
            elif self.words[c].low in REPORTING_VERBS and c + 1 < stop and (
                self.words[c + 1].text[:1].isupper() or self.at(c + 1) in DETERMINERS
            ):
                k = c + 1  # "he said Osler has 59 users", "records show Andrade posted"
        for _ in range(3):  # "In the 90049 ZIP Code, based on 37 sales, the median price"
            comma = next((c for c in range(k, stop) if self.words[c].text == ","), None)
            if comma is None or comma - k > 10 or self.at(k) not in _OPENER_WORDS:
                break
            k = comma + 1
        while k < high and (self.at(k) in CLAUSE_OPENERS or self.words[k].text in "\"“'-—–:"):
            k += 1
        if k >= stop:
            return None
        phrase = _phrase_after(self.words, k, stop)
        if phrase is None or (phrase.words[0].start != self.words[k].start and (
            self.words[k].low not in DETERMINERS
        )):
            return None
        if len(phrase.words) > 1 and phrase.words[-1].low in COUNTING_VERBS:
            # "Northfield operates 14 bakeries", "the engine produces 296 hp": the verb that
            # takes a figure (here or in a later clause) ends its subject
            return _Phrase(phrase.words[:-1])
        return phrase


def _after_agent(parsed: _Sentence, phrase: _Phrase) -> bool:
    """Whether the phrase is who acted ("polled by Andes Wire"), not what was measured."""
    if not phrase.words:
        return False
    at = bisect.bisect_left(parsed.starts, phrase.words[0].start)
    return at > 0 and parsed.words[at - 1].low in AGENT_BEFORE


def find_metric(
    sentence: str, clause: tuple[int, int], start: int, end: int,
    periods: Sequence[PeriodMention], kind: str = "number",
) -> tuple[str | None, str | None]:
    """The metric and entity of the number at ``sentence[start:end]``; ``clause`` is its
    clause as character offsets."""
    parsed = _sentence(sentence, periods)
    words = parsed.words
    first = bisect.bisect_right(parsed.ends, start)  # the first word ending after the start
    after = bisect.bisect_left(parsed.starts, end)
    low = bisect.bisect_left(parsed.starts, clause[0])
    high = bisect.bisect_left(parsed.starts, clause[1])
    reading = _Reading(words, first, after, (low, high), kind)
    earlier = reading.apposed_figure()
    if earlier is not None:
        # "output of 5.5 million tons, a rise of 4%": the change is the earlier figure's.
        reading = _Reading(words, earlier[0], earlier[1], (0, earlier[1]), kind)
    readers: tuple[Callable[[], _Phrase | None], ...] = (
        reading.bracketed,
        lambda: reading.link_before(moves_only=True),
        reading.share_of,
        reading.change_noun,
        reading.modified_noun,
        lambda: reading.link_before(moves_only=False),
        reading.noun_before,
        reading.purpose,
        reading.relative,
        lambda: reading.subject(low, high),
        lambda: reading.subject(0, len(words)) if low > 0 else None,
    )
    for read in readers:
        phrase = read()
        if phrase is None or _after_agent(parsed, phrase):
            continue
        metric, owner = phrase.metric_and_owner()
        if metric is not None:
            return metric, owner
        if any(word.low in PHRASE_BREAKS for word in phrase.words):
            break
    return None, None


# --- with a dependency parse ------------------------------------------------------------------
# Dependencies by which a number (or its unit) modifies the noun it measures: "a 5,000mAh
# battery", "a 12% rise".
_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def parsed_metric(doc: Doc, start: int, end: int) -> tuple[str | None, str | None] | None:
    """The metric of the number at ``doc.text[start:end]`` read from the parse (None when the
    parse names nothing): the noun the number modifies, the noun of a share ("35% of the
    respondents"), or the subject of the verb the number completes ("Duly has 900 doctors")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    inside = {token.i for token in span}
    noun = _measured_noun(root, inside)
    if noun is None:
        return None
    if noun.lower_ in CHANGE_NOUNS:  # "a 12% rise in quarterly revenue"
        objects = [obj for prep in noun.rights if prep.dep_ == "prep"
                   and prep.lower_ in ("in", "of") for obj in prep.children
                   if obj.dep_ == "pobj"]
        if objects:
            noun = objects[0]
    words = [t for t in _chunk_of(noun) if t.i not in inside]
    metric, owner = _Phrase(tuple(_joined_words(words))).metric_and_owner()
    return None if metric is None else (metric, owner)


def _measured_noun(root: Token, inside: set[int]) -> Token | None:
    for child in root.children:  # "35% of the respondents", "450 Nm of torque"
        if child.dep_ == "prep" and child.lower_ == "of" and child.i not in inside:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    head = root.head
    if root.dep_ in _MODIFIER_DEPS and head.i not in inside and head.pos_ in ("NOUN", "PROPN"):
        return head
    climbed = 0
    while head.dep_ == "prep" or (head.pos_ == "ADP" and climbed == 0):
        if head.head.pos_ in ("NOUN", "PROPN") and head.head.i not in inside:
            return head.head  # "a net worth of 1.356 billion"
        head, climbed = head.head, climbed + 1
        if climbed > 3:
            break
    if root.dep_ in _SUBJECT_DEPS:
        return None
    verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")] if (
            verb.dep_ in ("xcomp", "conj", "ccomp", "advcl")) else []
    if not subjects or subjects[0].pos_ == "PRON" or subjects[0].i in inside:
        return None
    return subjects[0]


def _chunk_of(noun: Token) -> list[Token]:
    """The noun with its left modifiers (and an "of"/"in" phrase after it), in order."""
    tokens = [t for t in noun.lefts if t.dep_ in (
        "compound", "amod", "poss", "det", "nmod", "case", "nummod")] + [noun]
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in", "at", "for", "on"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                obj = objects[0]
                tokens += [prep, *[t for t in obj.lefts if t.dep_ in ("compound", "amod")], obj]
            break
    expanded: list[Token] = []
    for token in tokens:
        if token.dep_ == "poss":
            expanded += [t for t in token.lefts if t.dep_ == "compound"]
            expanded += [t for t in token.rights if t.dep_ == "case"]  # "Codelco 's"
        expanded.append(token)
    return sorted(set(expanded), key=lambda t: t.i)


def _joined_words(tokens: list[Token]) -> list[_Word]:
    """The tokens as phrase words, a possessive "'s" glued back to its owner ("Codelco's")."""
    words: list[_Word] = []
    for token in tokens:
        if token.dep_ == "case" and token.lower_ in ("'s", "’s", "'") and words:
            last = words.pop()
            text = last.text + token.text
            words.append(_Word(last.start, token.idx + len(token), text, text.lower(), False))
        elif token.is_alpha or token.like_num or "-" in token.text:
            words.append(_Word(token.idx, token.idx + len(token), token.text, token.lower_,
                               False))
    return words
