"""Who says so: sources found with ``attribution_rules.py`` and the claims each one covers.

A reporting phrase ("according to LSEG data", "the ministry said") covers the numbers of the
main clause: the ones a sentence asserts. Numbers in a participle or "when" clause hanging off
it are comparisons the reporter added, so they keep no source unless a phrase in their own
clause names one ("topping analysts' median estimate for a 3% growth"). A source that governs
what follows ("Economists polled by Reuters expected ...") covers the numbers after it in its
own clause, except that a target's setter yields to the speaker the sentence ends on ("China
set a target of around 5%, Premier Li Qiang said"). Unnamed watchers ("analysts had expected")
take the name of the data vendor the sentence credits after them ("according to data compiled
by LSEG"), and a vendor's figures keep the status their words give: it holds no view itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .._records import Source, Status
from .attribution_rules import (
    AMBIGUOUS_VERBS,
    ATTRIBUTION_RULES,
    BUSINESS_ROLES,
    COMPANY_ROLES,
    COMPARISON_CLAUSE,
    CONSENSUS_SOURCE,
    CORPORATE_NAME,
    DATA_PROVIDER_CUES,
    ESTIMATING_CUES,
    NOT_SOURCES,
    NOUN_CONTEXT_BEFORE,
    POLL_SOURCE,
    POSTING_VERBS,
    PRICE_MOVE_AFTER,
    PUBLISHED_BY,
    PUBLISHER_BETWEEN,
    ROLE_NAME_HINTS,
    ROLE_SOURCES,
    RULE_NEEDS,
    SETTING_VERBS,
    SOURCE_WORD_SCAN,
    SPOKESPERSON,
    Scope,
)
from .context import Clause, in_main_clause
from .word_scan import RuleIndex, lowered_if_faithful

# Rules whose own verb ("expected", "said", "set") is the clearest cue to report.
_VERB_IS_CUE = frozenset({
    "polled_by", "name_said", "said_name", "lower_said", "name_set_target", "expected_after",
    "group_at", "name_group", "revised_by",
})  # fmt: skip
# A relative clause naming who expected a number follows it at once: "the $33.2 billion
# analysts ... had expected".
_PREVIOUS_REACH = 2
# ... or with the noun of the change between: "the 0.4 percent gain that economists had
# expected".
_CHANGE_NOUN_BETWEEN = re.compile(
    r"\s+(?:gain|rise|increase|advance|jump|decline|drop|fall|decrease|reading|growth|"
    r"contraction|surplus|deficit|figure|level|pace|rate)s?",
    re.IGNORECASE,
)


# How far after a credit the publisher of the document it names may stand.
_PUBLISHER_REACH = 80


@dataclass(frozen=True, slots=True)
class SourceMention:
    start: int
    end: int
    source: Source
    scope: Scope

# Each rule with its precondition.
_RULES_WITH_NEEDS = RuleIndex([(rule, RULE_NEEDS[rule.name]) for rule in ATTRIBUTION_RULES])


def find_sources(sentence: str, entity_names: Sequence[str] = ()) -> list[SourceMention]:
    """Source phrases in ``sentence``, leftmost first, without overlaps.

    ``entity_names`` are names a statistical pipeline recognised (organisations, people,
    places); when given, a capitalised run that is none of them is not taken as a source
    unless a cue such as "according to" or "data from" vouches for it.
    """
    lowered = lowered_if_faithful(sentence)
    if not SOURCE_WORD_SCAN.found_in(sentence, lowered):
        return []
    found: list[SourceMention] = []
    for rule in _RULES_WITH_NEEDS.met(sentence, lowered):
        for match in rule.pattern.finditer(sentence):
            name = _clean_name(match.group("name"))
            if name is None:
                continue
            if entity_names and rule.name in ("name_said", "name_set_target") and not any(
                name in entity or entity in name for entity in entity_names
            ):
                continue
            verb = match.groupdict().get("verb")
            if verb and verb in AMBIGUOUS_VERBS and NOUN_CONTEXT_BEFORE.search(
                sentence[max(0, match.start() - 30) : match.start()]
            ):
                # "beat Wall Street estimates": a noun, not someone estimating.
                continue
            if verb and verb in POSTING_VERBS and PRICE_MOVE_AFTER.match(sentence, match.end()):
                # "SOL posted a 10% daily gain": a price that moved, not a firm reporting.
                continue
            abbreviation = match.groupdict().get("abbr")
            if abbreviation:
                name = f"{name} ({abbreviation})"
            cue = verb.strip() if verb and rule.name in _VERB_IS_CUE else rule.cue
            found.append(SourceMention(match.start(), match.end(), Source(name, cue), rule.scope))
    found.sort(key=lambda mention: (mention.start, -mention.end))
    kept: list[SourceMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        if kept and _names_publisher(sentence, kept[-1], mention):
            # "according to the Retail Trade report published by the Census Bureau": the
            # credit names a document, its publisher is the source.
            kept[-1] = SourceMention(kept[-1].start, mention.end, mention.source,
                                     kept[-1].scope)
            continue
        kept.append(mention)
    return kept


def _names_publisher(sentence: str, credit: SourceMention, after: SourceMention) -> bool:
    """Whether ``after`` names who published the document ``credit`` names."""
    return (credit.source.cue == "according to" and after.source.cue == "data from"
            and after.start - credit.end <= _PUBLISHER_REACH
            and PUBLISHER_BETWEEN.fullmatch(sentence, credit.end, after.start) is not None
            and PUBLISHED_BY.search(sentence, after.start, after.end) is not None)


def settle_scopes(
    mentions: Sequence[SourceMention], clauses: Sequence[Clause], number_starts: Sequence[int]
) -> list[SourceMention]:
    """A reporting phrase outside the first clause with a number after it governs only what
    follows it ("..., which the government expects to lift growth by 1.0 percent"); one at
    the end of the sentence still covers the main clause ("..., according to LSEG data.")."""
    first_clause_end = clauses[0].end if clauses else 0
    settled: list[SourceMention] = []
    for mention in mentions:
        if (
            mention.scope == "sentence"
            and mention.start >= first_clause_end
            and any(start >= mention.end for start in number_starts)
        ):
            mention = SourceMention(mention.start, mention.end, mention.source, "next")
        settled.append(mention)
    return settled


def _clean_name(raw: str | None) -> str | None:
    if not raw:
        return None
    name = raw.strip(" ,.;:")
    words = name.split()
    # "The company" and "the company" are one source: the role, without its article.
    if len(words) > 1 and words[0].lower() in ("the", "a", "an", "its", "their"):
        words.pop(0)
    while words and words[0] in NOT_SOURCES:
        words.pop(0)
    # "the Atlanta-based carrier" is the carrier: the place is where it sits, not its name.
    if len(words) > 1 and words[0].endswith("-based"):
        words.pop(0)
    # "LSEG data" names LSEG; a trailing "data"/"figures" word is the cue's, not the name's
    # (but "Statistics" in "Office for National Statistics" is the name's).
    while words and words[-1] in ("data", "figures", "statistics", "estimates"):
        words.pop()
    # "CoinGlass's data" is CoinGlass's; "America's Credit Unions" keeps its possessive.
    if words and words[-1][-2:] in ("'s", "’s"):
        words[-1] = words[-1][:-2]
    name = " ".join(words)
    return name or None


def source_for(
    offset: int,
    clause: Clause,
    clauses: Sequence[Clause],
    mentions: Sequence[SourceMention],
    *,
    end: int | None = None,
    main_has_numbers: bool = True,
    sentence: str = "",
) -> SourceMention | None:
    """The source phrase of the number at ``offset:end`` in the sentence, if any.

    When the main clause holds no number ("The bond has weakened, hitting 16% on Monday,
    according to data from MarketAxess"), the reporting phrase is about the clauses that do.
    """
    if end is not None:
        for mention in mentions:
            if mention.scope == "previous" and (
                    end <= mention.start <= end + _PREVIOUS_REACH
                    or (end <= mention.start and _CHANGE_NOUN_BETWEEN.fullmatch(
                        sentence, end, mention.start) is not None)):
                return _named_provider(mention, mentions, end)
    own_clause_governors = [
        m for m in mentions
        if m.scope == "next" and clause.start <= m.start and m.end <= offset
    ]
    reporting = [m for m in mentions if m.scope == "sentence"]
    if own_clause_governors:
        governor = own_clause_governors[-1]
        if governor.source.cue in SETTING_VERBS:
            speakers = [m for m in reporting if m.start >= (end or offset)
                        and m.source.cue not in DATA_PROVIDER_CUES]
            if speakers:
                return speakers[-1]
        return _named_provider(governor, mentions, end or offset)
    if not reporting:
        return None
    # A reporting phrase inside the number's own clause is that clause's: "..., while analysts
    # were expecting $4.87 billion, according to FactSet."
    in_clause = [m for m in reporting if clause.start <= m.start < clause.end]
    if in_clause and in_clause[0] is not reporting[0]:
        return in_clause[0]
    if in_main_clause(clauses, offset) or not main_has_numbers:
        return reporting[0]
    in_own_clause = [m for m in reporting if clause.start <= m.start and m.end <= offset]
    if in_own_clause:
        return in_own_clause[-1]
    if sentence and COMPARISON_CLAUSE.match(sentence, clause.start):
        # ", down from 35% in January, the poll showed": the earlier reading the comparison
        # clause gives comes from the same report as the main one.
        return reporting[0]
    return None


def _named_provider(mention: SourceMention, mentions: Sequence[SourceMention],
                    after: int) -> SourceMention:
    """Watchers without a name ("analysts", "analysts' expectations") take the name of the
    firm the sentence credits after the number: "the $4.65 billion analysts had expected,
    according to data compiled by LSEG" is LSEG's figure."""
    if mention.source.name[:1].isupper() or not CONSENSUS_SOURCE.search(mention.source.name):
        return mention
    for other in mentions:
        if (other.scope == "sentence" and other.start >= after
                and other.source.cue in DATA_PROVIDER_CUES and other.source.name[:1].isupper()):
            return SourceMention(mention.start, mention.end,
                                 Source(other.source.name, mention.source.cue), mention.scope)
    return mention


_BRACKETED_SHORT_NAME = re.compile(r"\(([A-Z][A-Za-z&.]{1,10})\)$")


def role_of(name: str) -> str | None:
    """The role a source is named by ("the New York company" -> "company"), or None when it
    is named outright."""
    words = name.lower().split()
    if not words or (len(words) > 1 and not name.split()[-1][:1].islower()):
        return None
    for size in (2, 1):
        role = " ".join(words[-size:])
        if len(words) >= size and role in ROLE_SOURCES:
            return role
    return None


def own_status(status: Status, mention: SourceMention | None) -> Status:
    """Status as the source shapes it. What an organisation "expects" of its own figures is
    its forecast (guidance); only outside watchers (economists, analysts, polls, markets) hold
    expectations, and what a poll forecasts is the consensus expectation."""
    if mention is None:
        return status
    if mention.source.cue in DATA_PROVIDER_CUES:
        # A data provider compiles what others expect or forecast; it holds no view itself.
        return status
    if mention.scope == "previous" and status != "target":
        return "expectation"
    name = mention.source.name
    if status == "actual" and mention.source.cue in ESTIMATING_CUES:
        # "About 200 residents attended, organisers estimated."
        return "estimate"
    # A consensus credited to the firm that compiles it ("analysts' average estimate ...,
    # according to LSEG data") is still the watchers' expectation (the cue keeps "estimate").
    if (status == "expectation" and not CONSENSUS_SOURCE.search(name)
            and mention.source.cue != "estimate"):
        return "forecast"
    if status == "forecast" and POLL_SOURCE.search(name):
        return "expectation"
    return status


class NamedSources:
    """The sources an article has named outright so far, for the roles it uses later.

    One instance reads one article in order; ``resolve`` turns "company" into the latest
    corporate name and "commission" into the latest name holding that word.
    """

    def __init__(self) -> None:
        self._names: list[str] = []
        # Names that spoke for themselves ("Redfin said"), not ones a data cue credited.
        self._speakers: list[str] = []
        # Short names a story introduced in brackets: "the Federal Labour Office (BA)".
        self._short: dict[str, str] = {}
        # The words of a spokesperson's name, with the body they speak for.
        self._spokespeople: dict[str, str] = {}

    def remember(self, mentions: Sequence[SourceMention], sentence: str = "") -> None:
        if "spokes" in sentence or "statistician" in sentence or "press officer" in sentence:
            for spoken in SPOKESPERSON.finditer(sentence):
                body = _clean_name(spoken.group("body"))
                if body is None or body in NOT_SOURCES:
                    continue
                body = self._short.get(body, body)
                for word in spoken.group("person").split():
                    self._spokespeople[word] = body
        for mention in mentions:
            name = mention.source.name
            if name[:1].isupper() and role_of(name) is None:
                self._names.append(name)
                if mention.source.cue not in DATA_PROVIDER_CUES:
                    self._speakers.append(name)
                short = _BRACKETED_SHORT_NAME.search(name)
                if short is not None:
                    self._short[short.group(1)] = name

    def _speaks_for(self, name: str) -> str | None:
        """The body a person named as its spokesperson speaks for ("Sheng said")."""
        if not self._spokespeople:
            return None
        words = name.split()
        if not words or any(word not in self._spokespeople for word in words):
            return None
        return self._spokespeople[words[-1]]

    def resolve(self, mention: SourceMention | None) -> SourceMention | None:
        if mention is None:
            return None
        full = self._short.get(mention.source.name) or self._speaks_for(mention.source.name)
        if full is not None:
            return SourceMention(mention.start, mention.end, Source(full, mention.source.cue),
                                 mention.scope)
        role = role_of(mention.source.name)
        if role is None:
            return mention
        for name in reversed(self._names):
            hint = ROLE_NAME_HINTS.get(role)
            if (role in name.lower() or (role in COMPANY_ROLES and CORPORATE_NAME.search(name))
                    or (hint is not None and hint.search(name))):
                return SourceMention(mention.start, mention.end,
                                     Source(name, mention.source.cue), mention.scope)
        if role in BUSINESS_ROLES and self._speakers:
            # A business named by its trade ("the brokerage said") is the one the story last
            # let speak: its name holds no trade word to match.
            return SourceMention(mention.start, mention.end,
                                 Source(self._speakers[-1], mention.source.cue), mention.scope)
        return mention
