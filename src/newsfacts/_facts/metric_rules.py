"""Word tables for a claim's metric: what ends a noun phrase, what is stripped from it.

``metric.py`` reads noun phrases without a part-of-speech tagger, so these lists stand in for
one: a word that is grammar, a verb or an adverb ends a phrase; determiners are dropped from
it. Keys are lower case.
"""

from __future__ import annotations

import re

# Dropped wherever they stand in a metric: "the unemployment rate" -> "unemployment rate".
DETERMINERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these",
    "those", "that", "some", "all", "any", "each", "every", "such", "both",
})  # fmt: skip

# Words that can only join two nouns inside a phrase ("index of consumer confidence",
# "inflation in services", "net income at the lender").
INNER_PREPOSITIONS = frozenset({"of", "in", "at", "on", "for"})

# Grammar words that end a phrase: prepositions (other than the inner ones), conjunctions,
# pronouns, relative words and negation.
PHRASE_BREAKS = frozenset({
    "and", "or", "but", "nor", "so", "yet", "if", "as", "than", "while", "whereas", "because",
    "although", "though", "unless", "whether", "when", "where", "which", "who", "whom",
    "whose", "what", "why", "how", "to", "from", "by", "with", "into", "onto", "over", "under",
    "about", "around", "after", "before", "since", "until", "during", "through", "between",
    "among", "against", "within", "without", "toward", "towards", "across", "behind", "beyond",
    "near", "per", "via", "like", "up", "down", "off", "out", "not", "no", "there", "here",
    "it", "they", "he", "she", "we", "i", "you", "them", "him", "us", "me", "itself",
    "according", "including", "compared", "versus", "vs", "plus", "minus", "amid", "despite",
    "more", "less", "fewer", "most", "least", "only", "just", "also", "even", "still",
    "already", "again", "now", "then", "ago", "earlier", "later", "nearly", "almost",
    "roughly", "approximately", "some", "however", "meanwhile", "last", "next",
    "year", "years", "month", "months", "week", "weeks", "day", "days", "today", "yesterday",
    "tomorrow", "percent", "cent", "million", "billion", "trillion", "thousand", "hundred",
    "aside", "away", "apart", "ahead", "forward", "together", "we're", "they're", "it's",
    "that's", "there's", "i'm", "you're", "he's", "she's", "we’re", "they’re", "it’s",
    "that’s", "there’s",
})  # fmt: skip

# Verbs and auxiliaries common in news copy; a verb ends the subject phrase before it.
COMMON_VERBS = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "said", "says", "say", "told", "tells", "added", "adds", "reported", "reports",
    "posted", "posts", "showed", "shows", "show", "made", "makes", "make", "expects",
    "expected", "expect", "saw", "sees", "see", "seen", "reached", "reaches", "hit", "hits",
    "totaled", "totalled", "totals", "stood", "stands", "came", "comes", "got", "gets", "took",
    "takes", "gave", "gives", "paid", "pays", "sold", "sells", "bought", "buys", "delivered",
    "delivers", "raised", "raises", "set", "sets", "put", "puts", "kept", "keeps", "held",
    "holds", "hold", "won", "wins", "plans", "planned", "aims", "wants", "needs", "needed",
    "manages", "employs", "employ", "spend", "spends", "spent", "cost", "costs", "left",
    "leaves", "settled", "settles", "ended", "ends", "finished", "closed", "opened", "traded",
    "trades", "estimates", "estimated", "forecast", "forecasts", "predicts", "projected",
    "backs", "back", "scored", "scores", "performed", "offer", "offers", "offered",
    "included", "includes", "remain", "remains", "remained", "stayed", "stays", "became",
    "becomes", "reckoned", "believed", "thought", "known", "worth", "valued", "amounted",
    "widened", "narrowed", "doubled", "tripled", "halved", "slid", "slumped", "eased", "cut",
    "cuts", "rose", "fell", "grew", "jumped", "climbed", "gained", "lost", "dropped", "surged",
    "declined", "increased", "decreased", "soared", "plunged", "tumbled", "sank", "slipped",
    "edged", "advanced", "retreated", "rebounded", "contracted", "expanded", "shrank",
    "accelerated", "slowed", "peaked", "topped", "surpassed", "exceeded", "beat", "missed",
    "averaged", "averages", "rise", "rises", "fall", "falls", "grow", "grows", "jump", "jumps",
    "climb", "climbs", "gain", "gains", "drop", "drops", "end", "finish", "settle", "stand",
})  # fmt: skip

# Verbs and prepositions that link a metric before them to the level after them: "profit
# climbed to $412 million", "net debt stood at", "a net worth of", "worth $14 billion".
LEVEL_LINKS = frozenset({
    "is", "are", "was", "were", "of", "at", "to", "for", "hit", "hits", "reached", "reaches",
    "totaled", "totalled", "totals", "stood", "stands", "worth", "cost", "costs", "by",
    "averaged", "topped", "surpassed", "exceeded", "near", "around", "about",
})  # fmt: skip

# Nouns of change after a number, whose "in"/"of" phrase is the metric: "a 12% rise in
# quarterly revenue".
CHANGE_NOUNS = frozenset({
    "rise", "rises", "increase", "increases", "gain", "gains", "jump", "jumps", "growth",
    "surge", "climb", "fall", "falls", "drop", "drops", "decline", "declines", "decrease",
    "slide", "slump", "plunge", "dip", "cut", "cuts", "loss", "rebound", "contraction",
    "expansion", "hike", "reduction", "boost", "share", "stake", "discount", "premium",
})  # fmt: skip

# Words ending in "-ed", "-ing" or "-ly" that are nouns or adjectives in news copy, not verbs
# or adverbs: they may stand inside a metric.
NOT_VERBS = frozenset({
    "spending", "earnings", "housing", "funding", "lending", "financing", "borrowing",
    "shipping", "manufacturing", "building", "buildings", "training", "offering", "offerings",
    "rating", "ratings", "ranking", "listing", "listings", "opening", "holding", "holdings",
    "meeting", "savings", "trading", "pricing", "banking", "mining", "saving", "billing",
    "bookings", "booking", "hearing", "output", "speed", "need", "seed", "feed", "bed",
    "hundred", "supply", "family", "assembly", "rally", "ally", "italy", "july", "monopoly",
    "belly", "reply", "fly", "weekly", "monthly", "quarterly", "daily", "yearly", "early",
    "hourly", "selling", "retailing", "advertising", "marketing", "accounting", "processing",
    "refining", "drilling", "farming", "fishing", "gaming", "clothing", "catering", "ceiling",
    "ceilings", "red",
})  # fmt: skip

# Words skipped between a level and the metric before it: auxiliaries, adverbs of degree and
# the words of a move ("were up", "more than doubled to", "rose by").
LINK_FILLERS = frozenset({
    "to", "by", "up", "down", "higher", "lower", "more", "less", "than", "about", "around",
    "nearly", "almost", "some", "roughly", "sharply", "just", "further", "also", "only", "now",
    "another", "additional",
    "still", "again", "already", "slightly", "as", "much", "well", "over", "under",
    "be", "been", "have", "has", "had", "will", "would", "could", "may", "might", "is", "are",
    "was", "were", "did", "does", "do", "not", "in", "a", "an", "record", "new", "fresh",
    # the unit of an earlier figure in the same move: "rose 18 sen to RM23.50"
    "per", "cent", "percent", "pct", "point", "points", "sen", "pence", "cents", "%", "$", "€",
    "£", "¥", "basis", "percentage", "million", "billion", "trillion", "thousand", "bn", "m",
    # how a market price is said to stand: "SUSHI is trading hands at $1.67", "it now
    # struggles at $2,250", "BTC was hovering near"
    "trading", "trades", "traded", "hands", "changing", "hovering", "hovers", "hovered",
    "sitting", "sits", "struggles", "struggling", "tending", "towards", "toward", "currently",
    "presently",
    # the basis of a move told between its figures: "increased 15% year-over-year to $10.8m"
    "year-over-year", "year-on-year", "yoy", "sequentially", "respectively",
    # a span's verb: "claims, ranging from $200", "prices varying between"
    "ranging", "varying", "running", "priced", "costing",
    # a level reached in a clause after a comma: ", accounting to 1.32 billion"
    "accounting", "amounting", "totaling", "totalling", "reaching", "bringing", "taking",
    "pushing", "lifting", "leaving",
})  # fmt: skip

# Verbs that take a count or a measure as their object: in "Northfield operates 14 bakeries"
# and "the engine produces 296 hp" the subject ends before the verb, and the subject is the
# concept (as NewsQuant annotates "Duly has 900 doctors").
COUNTING_VERBS = frozenset({
    "added", "adds", "add", "employs", "employed", "employ", "operates", "operated", "operate",
    "has", "have", "had", "owns", "owned", "own", "sold", "sells", "sell", "hired", "hires",
    "hire", "created", "creates", "create", "shed", "sheds", "cut", "cuts", "lost", "loses",
    "opened", "opens", "closed", "closes", "built", "builds", "delivered", "delivers",
    "shipped", "ships", "recorded", "records", "registered", "registers", "counted", "counts",
    "serves", "served", "runs", "ran", "attracted", "attracts", "welcomed", "welcomes",
    "received", "receives", "killed", "kills", "injured", "houses", "housed", "includes",
    "included", "launched", "launches", "produced", "produces", "made", "makes", "bought",
    "buys", "acquired", "acquires", "issued", "issues", "laid", "announced", "plans", "planned",
    "generates", "generated", "develops", "offers", "carries", "holds", "weighs", "measures",
})  # fmt: skip
# Verbs of reporting and finding: in "X reported that Y rose 5%", Y is what rose.
REPORTING_VERBS = frozenset({
    "said", "says", "say", "show", "shows", "showed", "found", "finds", "reported", "reports",
    "believes", "thinks", "estimates", "estimated", "noted", "notes", "announced", "announces",
    "told", "revealed", "reveals", "suggests", "suggested", "indicated", "indicates",
    "confirmed", "informed", "warned", "argued", "claimed", "means", "meant", "predict",
    "predicts", "predicted", "expect", "expects", "believe", "think", "forecast", "forecasts",
})  # fmt: skip

# Relative words that open a clause about the noun phrase right before them: "a college
# basketball arena, which can run from $500,000".
RELATIVE_WORDS = frozenset({"which", "who", "that", "where"})

# Words that open a clause before its subject: "and", "while", "however".
CLAUSE_OPENERS = frozenset({
    "and", "but", "while", "so", "as", "however", "also", "meanwhile", "whereas", "yet",
    "then", "still", "overall", "separately", "elsewhere", "indeed", "in", "on", "at", "for",
    "during", "after", "since", "by", "with", "from", "over", "across", "among", "according",
    "under", "until", "before", "through", "last", "this", "next",
})  # fmt: skip

# Prepositions that, after an amount of money, name what it is spent on or for: "$45 million
# on new bus lanes", "40 million dollars for school repairs".
PURPOSE_LINKS = frozenset({"on", "for", "in"})

# Pronouns and other words that are never a metric on their own.
NOT_METRICS = frozenset({
    "it", "they", "he", "she", "we", "i", "you", "there", "this", "that", "which", "who",
    "one", "ones", "others", "other", "total", "figure", "figures", "number", "amount",
})  # fmt: skip
# Words that say how a figure moved or how near it is, or what unit it is in: a phrase of
# only these names no metric ("roughly flat", "higher", "tons", "analysts").
NOT_METRIC_WORDS = NOT_METRICS | frozenset({
    "flat", "unchanged", "steady", "stable", "higher", "lower", "up", "down", "roughly",
    "nearly", "about", "almost", "slightly", "largely", "broadly", "little", "changed",
    "ton", "tons", "tonne", "tonnes", "barrel", "barrels", "bushel", "bushels", "ounce",
    "ounces", "gallon", "gallons", "kilogram", "kilograms", "litre", "litres", "liter",
    "liters", "percent", "cent", "cents", "analysts", "economists", "strategists", "traders",
    "forecasters",
    # how big a change was: "a still bigger drop of 12,000", "a large gain of 5.4%"
    "large", "larger", "big", "bigger", "biggest", "small", "smaller", "sharp", "sharper",
    "modest", "slight", "robust", "strong", "stronger", "weak", "weaker", "steep", "steeper",
    "huge", "massive", "surprise", "unexpected", "further", "still", "few", "several", "many",
    "record", "solid", "healthy", "marginal",
    # a change or its basis, with nothing named that changed: "a 10.1% year-on-year decline"
    "period", "year-on-year", "year-over-year", "month-on-month", "month-over-month",
    "quarter-on-quarter", "on-year", "rise", "rises", "increase", "increases", "jump", "jumps",
    "surge", "climb", "fall", "falls", "drop", "drops", "decline", "declines", "decrease",
    "slide", "slump", "plunge", "dip", "rebound", "hike", "reduction", "boost", "improvement",
})  # fmt: skip
# A word before a phrase that makes it who acted, not what was measured: "polled by Andes
# Wire".
AGENT_BEFORE = frozenset({"by"})

# A word of a phrase: letters (digits may follow: "S23", "Model 3s"), with hyphens and
# apostrophes inside; or one mark of punctuation.
PHRASE_WORD = re.compile(r"[^\W\d_][\w’'&.-]*[\w]|[^\W\d_]|\d(?:[\d.,]*\d)?[^\W\d_]*|[^\w\s]")

# Date claims: the verbs of events a news story dates, each form mapped to the event's noun, so
# "will release its annual data on Monday" reads as "release of annual data".
_EVENT_VERBS: dict[str, tuple[tuple[str, ...], str]] = {
    "release": (("release", "releases", "released", "releasing"), "release"),
    "publish": (("publish", "publishes", "published", "publishing"), "publication"),
    "report": (("report", "reports", "reported", "reporting"), "report"),
    "announce": (("announce", "announces", "announced", "announcing"), "announcement"),
    "launch": (("launch", "launches", "launched", "launching"), "launch"),
    "introduce": (("introduce", "introduces", "introduced", "introducing"), "introduction"),
    "approve": (("approve", "approves", "approved", "approving"), "approval"),
    "meet": (("meet", "meets", "met", "meeting"), "meeting"),
    "open": (("open", "opens", "opened", "opening"), "opening"),
    "close": (("close", "closes", "closed", "closing"), "closing"),
    "list": (("list", "lists", "listed", "listing"), "listing"),
    "sign": (("sign", "signs", "signed", "signing"), "signing"),
    "complete": (("complete", "completes", "completed", "completing"), "completion"),
    "start": (("start", "starts", "started", "starting", "begin", "begins", "began", "begun",
               "beginning"), "start"),
    "end": (("end", "ends", "ended", "ending", "expire", "expires", "expired", "expiring"),
            "end"),
    "pay": (("pay", "pays", "paid", "paying"), "payment"),
    "vote": (("vote", "votes", "voted", "voting"), "vote"),
    "elect": (("elect", "elects", "elected", "electing"), "election"),
    "found": (("founded", "establish", "established"), "founding"),
    "acquire": (("acquire", "acquires", "acquired", "acquiring", "buy", "bought"),
                "acquisition"),
    "issue": (("issue", "issues", "issued", "issuing"), "issue"),
    "file": (("file", "files", "filed", "filing"), "filing"),
    "decide": (("decide", "decides", "decided", "deciding"), "decision"),
    "take effect": (("effective",), "start"),
}  # fmt: skip
EVENT_NOUNS: dict[str, str] = {
    form: noun for forms, noun in _EVENT_VERBS.values() for form in forms
}

# Words that stand right before a date and belong to it, not to the event: "released on",
# "growth in", "since", "as of", "beginning".
EVENT_LEADS = frozenset({
    "in", "on", "at", "by", "since", "from", "until", "till", "through", "to", "of", "as",
    "for", "during", "before", "after", "between", "and", "early", "late", "mid", "the",
    "last", "this", "next", "around", "about", "circa", "sometime", "later", "earlier",
    "beginning", "starting", "ending", "least", "most", "much", "part", "rest", "middle",
    "half", "remainder", "bulk", "course", "end", "start",
})  # fmt: skip

# Words that open a clause and say nothing of the event: "while", "but", "and".
EVENT_OPENERS = frozenset({
    "and", "but", "while", "as", "although", "though", "however", "so", "yet", "whereas",
    "because", "since", "when", "after", "before", "if", "that", "which", "who", "also",
})  # fmt: skip

# Words between an event's subject and its verb: "the wage was first introduced", "the bank is
# set to publish".
EVENT_AUXILIARIES = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "shall", "should",
    "can", "could", "may", "might", "has", "have", "had", "to", "set", "due", "expected",
    "scheduled", "planned", "poised", "officially", "formally", "first", "previously",
    "initially", "originally", "also", "already", "not", "then",
})  # fmt: skip
