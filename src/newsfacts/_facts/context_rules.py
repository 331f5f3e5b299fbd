"""Word tables for a claim's context: clause breaks, direction, basis and status cues.

Every row is ``(label, pattern, reason)``; ``context.py`` applies them. The patterns are
alternations of literal words with bounded gaps, so each runs in linear time; a pattern that
starts with white space must follow a non-space character, so a long run of spaces is
not scanned again from each of its positions.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class WordRule(NamedTuple):
    label: str
    pattern: re.Pattern[str]
    reason: str


def _rule(label: str, pattern: str, reason: str) -> WordRule:
    return WordRule(label, re.compile(pattern, re.IGNORECASE), reason)


# Where a sentence's clauses part. "subordinate" clauses hang off the main clause (a participle
# after a comma, a dash, "when ..."); a reporting phrase such as "according to LSEG data" covers
# the main clause but not them. "coordinate" clauses share the main clause's reporting phrase.
# Rows that would begin with a look-behind begin with their first character instead (the
# look-behind checked after it, or a look-ahead for it first): re skips or fails most positions
# of a sentence at once, for the same matches.
CLAUSE_BREAKS: tuple[WordRule, ...] = (
    _rule("subordinate", r",\s+(?=(?:and\s+)?(?!according\b)[a-z]{2,20}ing\b)",
          "a participle clause: ', topping expectations'"),
    _rule("subordinate", r"\s(?<=\S\s)\s*and\s+(?=(?!according\b)[a-z]{2,20}ing\b)",
          "a second participle clause: 'and accelerating from'"),
    # Plain-text copy writes the dash as two hyphens: "-- a 113% jump since 1992 --".
    _rule("subordinate", r"(?=[\s—–;-])(?:(?<=\S)\s*(?:—|–|;|(?<!-)--(?!-))\s*|(?<=\S)\s+-\s+)",
          "a dash or semicolon"),
    _rule("subordinate", r"\s(?<=\S\s)\s*(?=(?:when|which|after|before|because|although|"
          r"though|whereas|despite|since\s+(?:the(?!\s+(?:start|beginning|end)\s+of\b)|a|an|it|"
          r"they)\b)\b)",
          # "up 12% since the start of May" names the figure's period, no clause of its own.
          "a subordinate conjunction"),
    _rule("subordinate",
          # "as of June 30", "as at 31 March" date the figure before them: no clause of their own.
          r"(?=[,\s])(?<=\S),?\s+(?=as\s+(?!(?:of|at|on)\s)"
          r"(?:[A-Z]|(?:the|a|an|its|their|his|her|it|they)\b))",
          "'as' opening a clause: 'as December exports beat'"),
    _rule("subordinate",
          r",\s+(?=(?:up|down)\s+from\b|compared\s+(?:with|to)\s+(?:a|an|the|\$|\d)"
          # a wire's bare "from" with the earlier session's day: "to yield 2.25%, from 2.29%
          # late on Monday" (without a day, ", from 3.1% in January" stays in its clause,
          # whose forecast or source it shares)
          r"|from\s+(?:[$€£¥]\s?)?\d[\d.,]*\s?(?:%|percent\b|per\s+cent\b)?"
          r"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
          r"Saturday|Sunday)\b)",
          "a comparison with an earlier figure: ', up from 2.4 million', ', from 2.29%'"),
    _rule("coordinate", r"(?=[,\s])(?<=\S),?\s+(?=(?:while|but|whereas|and\s+(?:the|its|their)\b))",
          "a coordinated clause: 'while imports stayed flat'"),
)

# A dateline before the first sentence's dash is no clause: "SANTIAGO, Nov 28 (Andes Wire) -".
DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’ -]{2,40}(?:,[^—–\n]{0,40}?)?\s+(?:—|–|--|-)\s+")

# Words that say which way a figure moved; the nearest one before the number (or a noun right
# after it: "a 5.9% jump") wins.
DIRECTION_WORDS: tuple[WordRule, ...] = (
    _rule("up", r"\b(?:rose|rise[sn]?|rising|surged?|surging|surges|jumped|jumps?|jumping|"
          r"climbed|climbs?|climbing|grew|grows?|growing|increased|increases?|increasing|"
          r"gained|gains?|gaining|soared|soars?|soaring|expanded|expands?|expanding|"
          r"accelerated|advanced|advances?|rallied|rall(?:y|ies)|spiked|spikes?|"
          r"swelled|doubled|tripled|boosted|added|up|higher|increase|upswing|hike[sd]?|"
          r"raised|raises?|rebounded|rebounds?|leapt|leaped|leaps?|topped)\b",
          "a verb or word of rising"),
    _rule("down", r"\b(?:fell|falls?|falling|fallen|dropped|drops?|dropping|declined|declines?|"
          r"declining|decreased|decreases?|decreasing|slid|slides?|sliding|slipped|slips?|"
          r"shrank|shrinks?|shrinking|shrunk|contracted|contracts?|contracting|plunged|"
          r"plunges?|plunging|plummeted|slumped|slumps?|tumbled|tumbles?|sank|sinks?|"
          r"eased|eases?|lost|loses?|losing|lowered|cut|cuts|down|lower|fewer|less|"
          r"decline|slowed|slows?|retreated|dipped|dips?|halved|weakened)\b",
          "a verb or word of falling"),
    _rule("flat", r"\b(?:(?:stayed|remained|was|were|held|stood|kept|came\s+in)\s+(?:flat|"
          r"unchanged|steady|stable)|flat|unchanged|steady)\b",
          "no change: 'stayed flat'"),
)

# Nouns of change right after a number: "a 5.9% jump", "a 3% decline".
DIRECTION_NOUNS: tuple[WordRule, ...] = (
    _rule("up", r"^\s*(?:jump|rise|increase|gain|surge|rebound|climb|hike|advance|rally|"
          r"upswing|spike)s?\b", "'a 5.9% jump'"),
    _rule("down", r"^\s*(?:drop|fall|decline|decrease|slide|slump|plunge|contraction|cut|loss|"
          r"dip|retreat)s?\b", "'a 3% decline'"),
)

# What a change is measured against.
BASIS_RULES: tuple[WordRule, ...] = (
    _rule("year-on-year", r"\b(?:(?:from|than|over|compared\s+(?:with|to)|versus|vs\.?)\s+"
          r"(?:a|one|the\s+previous|the\s+prior)\s+year\s+(?:earlier|ago|before)|year[\s-]on[\s-]"
          r"year|year[\s-]over[\s-]year|(?:%|percent|points?)\s+on\s+the\s+year|"
          r"on\s+an?\s+(?:annual|yearly)\s+basis|"
          r"y/y|yoy|(?:from|in|than|with)\s+the\s+same\s+(?:period|month|quarter|time)\s+"
          r"(?:a\s+year\s+(?:earlier|ago)|last\s+year|of\s+last\s+year)|"
          r"a\s+year\s+(?:earlier|ago))\b", "'from a year earlier', 'y/y'"),
    _rule("month-on-month", r"\b(?:(?:from|than|over|compared\s+(?:with|to))\s+(?:a|the\s+"
          r"previous|the\s+prior)\s+month(?:\s+(?:earlier|ago|before))?|month[\s-]on[\s-]month|"
          r"month[\s-]over[\s-]month|m/m|(?:%|percent|points?)\s+on\s+the\s+month|"
          r"a\s+month\s+(?:earlier|ago))\b",
          "'from the previous month', 'm/m'"),
    _rule("quarter-on-quarter", r"\b(?:(?:from|than|over|compared\s+(?:with|to))\s+(?:a|the\s+"
          r"previous|the\s+prior)\s+quarter(?:\s+(?:earlier|ago|before))?|quarter[\s-]on[\s-]"
          r"quarter|quarter[\s-]over[\s-]quarter|q/q|(?:%|percent|points?)\s+on\s+the\s+quarter|"
          r"sequentially)\b",
          "'from the previous quarter', 'q/q'"),
    _rule("annualized", r"\b(?:annuali[sz]ed|seasonally\s+adjusted\s+annual\s+rate)\b",
          "an annualised rate"),
)

# Phrases that make a figure something other than an actual one. The nearest cue before the
# number, in its own clause, decides; a cue in another clause does not.
STATUS_CUES: tuple[WordRule, ...] = (
    # "rose more than expected", "as expected": the expectation is the comparison, and the
    # figure is what happened; "than the expected 2%" still names what was expected.
    _rule("expectation", r"\b(?:(?<!\bthan\s)(?<!\bas\s)(?<!\bthan\shad\sbeen\s)"
          r"expect(?:ed|s|ing)?|expectations?|consensus|poll(?:ed|s)?|"
          r"surveyed|anticipated|(?:median|average|mean|consensus)\s+(?:estimate|forecast)s?|"
          r"estimates?\s+(?:for|of)|(?<!its\s)(?<!our\s)(?<!their\s)forecasts?\s+(?:for|of)|"
          r"predicted|projected\s+by\s+analysts|pric(?:ed|ing)\s+in|"
          r"(?:odds|chances|probability|likelihood)\s+(?:of|that)|"
          r"economists\s+(?:had\s+)?(?:forecast|predicted|projected|see|saw)|"
          r"analysts\s+(?:had\s+)?(?:forecast|predicted|projected|see|saw))\b",
          "what economists or markets expected: consensus, polls, 'expected'"),
    _rule("target", r"\b(?:target(?:s|ed|ing)?|goals?|aims?\s+(?:for|to|at)|aiming\s+(?:for|to|at)|"
          r"objectives?|pledged?\s+to|ceiling|quota|set\s+(?:a|an|its|the)\s+(?:\w+\s+){0,2}"
          r"(?:target|goal)|plans?\s+to|planning\s+to|intends?\s+to|seeks?\s+to)\b",
          "an official target, goal or plan: 'aims to cut', 'plans to build'"),
    _rule("forecast", r"\b(?:forecasts?|forecasting|project(?:s|ed|ing|ions?)|predicts?|"
          r"outlook|guidance|(?-i:will|would|could|may|might)|is\s+set\s+to|are\s+set\s+to|"
          r"on\s+track\s+to|sees?|(?:is|are|was|were)\s+seen|likely\s+to|"
          r"(?:its|our|their)\s+forecasts?)\b",
          "a projection of the future"),
    _rule("estimate", r"\b(?:estimated|estimates?|estimating|an\s+estimate|estimated\s+at|"
          r"roughly\s+estimated|approximately\s+estimated)\b",
          "an estimate of a present or past figure"),
)

# Market-implied odds right after a number: "priced about a 20% chance of a cut".
ODDS_AFTER = re.compile(r"\s{0,3}(?:chance|probability|odds|likelihood)\b", re.IGNORECASE)

# A relative clause right after a number saying someone projected it: "the 2.5% it forecast
# in December", "the 3% they had projected".
FORECAST_AFTER = re.compile(
    r"\s{1,3}(?:it|they|he|she|we)\s(?:had\s|has\s|have\s)?(?:forecast|projected|predicted)\b",
    re.IGNORECASE,
)

# A share of the people polled is the poll's finding, whatever they expect: "70% of
# economists expect the bank to raise rates".
SHARE_OF_PEOPLE_AFTER = re.compile(
    r"\s{0,3}of\s(?:the\s|those\s|all\s)?(?:economists|analysts|respondents|investors|"
    r"voters|adults|people|americans|consumers|executives|firms|companies|businesses|"
    r"fund\smanagers|participants)\b",
    re.IGNORECASE,
)
# A figure given after "from" with a past period of its own is the starting point of a
# projected change, an actual: "will rise to $38 million from $31 million last year".
FROM_BEFORE = re.compile(r"\b(?:from|compared\s(?:with|to))\s(?:a\s|an\s|the\s)?$", re.IGNORECASE)

# A poll's margin of error is a property of the poll, not anyone's expectation.
MARGIN_OF_ERROR_BEFORE = re.compile(
    r"\bmargin\sof\s(?:sampling\s)?error\s(?:of\s|is\s|was\s)?(?:plus\sor\sminus\s|"
    r"\+/-\s?|±\s?)?$",
    re.IGNORECASE,
)
# The earlier forecast a revision replaced is still a forecast: "up from a previous range of
# $6.00 to $6.50", "from its prior forecast of 3%".
PRIOR_FORECAST_BEFORE = re.compile(
    r"\b(?:previous|prior|earlier|original|old)\s(?:\w+\s){0,2}?(?:range|forecasts?|guidance|"
    r"outlook|estimates?|projections?|view|target)\s(?:of\s|for\s)?(?:about\s|around\s)?$",
    re.IGNORECASE,
)
# A revised forecast in the sentence: its "from" figure is the forecast it replaced, not a
# past actual ("trimmed its forecast for growth to 2.8%, from 3.1% in January").
REVISED_FORECAST = re.compile(
    r"\b(?:raised|lowered|cut|trimmed|lifted|boosted|revised|upgraded|downgraded|reduced)\s"
    r"(?:its|their|the|our)\s(?:[\w-]{1,20}\s){0,3}?(?:forecasts?|outlook|guidance|"
    r"projections?|estimates?)\b",
    re.IGNORECASE,
)

# A quantity whose own span opens with "an estimated" ("an estimated 3,000 people") is an estimate.
ESTIMATE_LEAD = re.compile(r"^(?:an\s+|the\s+)?estimated\b", re.IGNORECASE)

# Every status cue above holds one of these words; text without any is skipped at once.
STATUS_TRIGGERS = frozenset(
    {
        "expect", "expected", "expects", "expecting", "expectation", "expectations",
        "consensus", "poll", "polled", "polls", "surveyed", "anticipated", "median", "average",
        "mean", "estimate", "estimates", "estimated", "forecast", "forecasts", "forecasting",
        "predicted", "predicts", "predict", "projected", "projects", "projection",
        "projections", "projecting", "project", "economists", "analysts", "target", "targets",
        "targeted", "targeting", "goal", "goals", "aim", "aims", "aiming", "objective",
        "objectives", "pledge", "pledged", "ceiling", "quota", "set", "outlook", "guidance",
        "will", "would", "track", "sees", "see", "seen", "could", "may", "might", "plan", "plans",
        "planning", "intend", "intends", "seek", "seeks", "likely", "priced", "pricing", "odds",
        "chances", "probability", "likelihood",
    }
)  # fmt: skip
# Every basis rule above holds one of these words ("y/y" reads as "y", "y").
BASIS_TRIGGERS = frozenset(
    {"year", "month", "quarter", "y", "yoy", "m", "q", "sequentially", "annualized",
     "annualised", "annual", "yearly", "seasonally"}
)  # fmt: skip

# Single words that read as a metric by position but name no measured thing.
NOT_METRICS = frozenset(
    {"million", "billion", "trillion", "thousand", "hundred", "per", "share", "this", "that",
     "put", "held", "plans", "employs", "percent", "cent", "cents", "points", "point", "times",
     "tons", "next", "ahead", "zero", "jump", "rise", "fall", "drop", "decline", "increase",
     "gain", "surge", "analysts", "economists", "added", "expected"}
)  # fmt: skip

# Whose figures a story is about: a possessive proper name opening a sentence or a title
# ("China’s exports growth in December ...", "Nimbus Software's revenue ..."). Later figures
# with a metric and no owner of their own are that subject's, for a paragraph or so.
SUBJECT_OWNER = re.compile(
    r"(?:^|(?<=[.!?]))[ \t\"“”’]{0,4}(?:The\s)?"
    r"(?P<owner>[A-Z][\w.&-]{0,30}(?:\s[A-Z][\w.&-]{0,30}){0,3})['’]s\s(?=[a-z])",
    re.MULTILINE,
)
