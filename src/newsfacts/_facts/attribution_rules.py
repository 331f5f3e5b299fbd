"""Who says so: the phrases that attribute a number to a source, one row per phrase shape.

Each row is ``(name, pattern, cue, scope, reason)``. The pattern's ``name`` group is the source.
``scope`` says which claims of the sentence the source covers: ``"sentence"`` for a reporting
clause ("according to LSEG data", "the company said") that covers the main clause, ``"next"``
for a source that governs the numbers after it in its own clause ("Economists polled by Reuters
expected", "analysts' median estimate for"), ``"previous"`` for a relative clause right after
its number ("the $33.2 billion analysts polled by LSEG had expected"). Names are capitalised
word runs (at most six words), so each pattern is linear-time.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from .word_scan import AnyNeeds, Needs, WordScan, words_at_boundary

Scope = Literal["sentence", "next", "previous"]

# A proper name: capitalised words, optionally joined by "of", "and", "&" or "for".
_WORD = r"(?:[A-Z][\w&.'’-]{0,30}|[A-Z]{2,10})"
NAME = rf"(?P<name>{_WORD}(?:\s+(?:(?:of|and|&|for|de|the)\s+)?{_WORD}){{0,5}})"
_GROUP_WORDS = (
    r"economists|analysts|strategists|traders|forecasters|investors|experts|"
    r"respondents|fund\s+managers"
)
_GROUP = rf"(?:{_GROUP_WORDS})"
_DATA_WORDS = r"(?:data|figures|statistics|numbers|estimates?|report|survey|reading|release)"
_QUALIFIER = r"(?:median|consensus|average|mean)"
_SAID = (
    r"(?:said|says|say|reported|reports|estimated|estimates|estimate|forecast|forecasts|"
    r"projected|projects|predicted|predicts|expects|expected|told|noted|wrote|"
    r"announced|calculated|calculates|posted|booked|logged|earned|released|published|issued|"
    r"stated|states|disclosed|discloses|commented|explained|explains)"
)
# Reporting verbs that are also nouns: after "beat", "above", "of" they are the noun.
AMBIGUOUS_VERBS = frozenset(
    {"estimates", "estimate", "forecast", "forecasts", "reports", "projects", "expected"}
)
NOUN_CONTEXT_BEFORE = re.compile(
    r"\b(?:beat|beating|beats|missed|missing|misses|topped|topping|above|below|exceeded|"
    r"exceeding|than|of|with|versus|vs\.?|to|from|on|in|for|under|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Verbs that report a firm's own figure ("Acme posted a loss of $5 million") but also tell
# of a price that moved ("Bitcoin posted its biggest weekly gain"): what follows decides.
POSTING_VERBS = frozenset({"posted", "logged", "booked"})
# A move of a price, with nothing after it saying what rose: "a 10% daily gain", "its
# biggest weekly loss since March". "a 5% rise in revenue" is the firm's own figure.
PRICE_MOVE_AFTER = re.compile(
    r"\s+(?:a|an|its|their|another)\s+(?:[\w.%,-]+\s+){0,4}?"
    r"(?:gains?|loss(?:es)?|rises?|drops?|declines?|jumps?|rall(?:y|ies)|advances?|slides?|"
    r"surges?|increases?|decreases?|falls?|slumps?|plunges?|climbs?)\b"
    r"(?!\s+(?:in|of|for)\s)",
    re.IGNORECASE,
)
# Only a study, survey or data "shows": a name before "showed" is often a subject of study.
_SHOWED = r"(?:showed|shows|show|found|finds)"
# What data do in a sentence that credits them: "show", "indicate", "point to".
_DATA_VERBS = (
    r"showed|show|shows|indicated|indicate|indicates|revealed|reveal|reveals|suggested|"
    r"suggest|suggests|confirmed|confirm|confirms|pointed\s+to|points?\s+to|"
    r"pin\s?points?|pinpointed"
)
# A source named by its role: "the company", "the bloc's statistics office".
_ROLE = (
    r"(?:company|firm|group|bank|government|ministry|agency|bureau|office|institute|"
    r"commission|department|administration|authority|regulator|council|board|association|"
    r"federation|report|survey|poll|study|researchers?|officials?|statement|exchange|union|"
    r"fund|lender|carrier|airline|retailer|automaker|insurer|brokerage|chipmaker)"
)
_LOWER_SOURCE = (
    rf"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[A-Z][\w.]{{0,20}}-based\s+|"
    rf"(?:[A-Z][a-z]{{1,20}}\s+){{1,2}}(?=[a-z]))?"
    rf"(?:[a-z][a-z’'-]{{1,20}}\s+){{0,3}}?{_ROLE}|officials|"
    r"analysts|economists|researchers|authorities|police|witnesses|organi[sz]ers|rescuers|"
    r"(?:[Aa]|[Tt]he)\s+spokes(?:man|woman|person))"
)
# Verbs that revise or restate a forecast or target.
_REVISED = (
    r"(?:raised|lowered|cut|lifted|trimmed|boosted|hiked|reiterated|reaffirmed|affirmed|"
    r"narrowed|updated|upgraded|downgraded|maintained|kept|set|revised)"
)
# The day a body acted, between its name and its verb: "The IMF on Tuesday trimmed".
# Only the day: with "also" the subject is often a plain plural ("Policymakers also raised").
_ON_DAY = r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
# A time word between a source and its verb: "Northfield Bakeries Inc. today reported".
_WHEN = (
    r"(?:(?:today|yesterday|also|now|earlier|previously|separately|on\s+(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?"
)


# "the Federal Labour Office (BA)": the short name a story uses for the source later on.
_ABBREVIATION = r"(?:\s+\((?P<abbr>[A-Z][A-Za-z&.]{1,10})\))?"
# "Acme, which makes tools, said", "Acme, South Korea's biggest toolmaker, said": a clause
# about the source between it and its verb.
_APPOSITIVE = (
    r"(?:,\s+(?:which|who|a|an|the|one\s+of|(?:[A-Z][\w.&-]{0,20}\s+){0,2}[A-Z][\w.&-]{0,20}"
    r"['’]s)\b[^,;()]{1,120},)?"
)
# The nouns for figures in Spanish, Portuguese, French and German: "datos del INE".
_FOREIGN_DATA_WORDS = (
    r"(?:[Dd]atos|[Cc]ifras|[Dd]ados|[Nn][úu]meros|[Dd]onn[ée]es|[Cc]hiffres|[Ss]tatistiques|"
    r"[Ee]stad[íi]sticas|[Ee]stat[íi]sticas|Daten|Zahlen)"
)
_CORPORATE_SUFFIX = r"(?:Inc|Corp|Corporation|Ltd|Limited|LLC|plc|PLC|Co|SA|S\.A|AG|NV|N\.V|SE)\.?"
# Stock exchanges a press release names its issuer's ticker on: "(NYSE: ACME)".
_EXCHANGES = (
    r"NYSE(?:\s+(?:American|MKT|Arca))?|Nasdaq(?:GS|GM|CM)?|NASDAQ(?:GS|GM|CM)?|"
    r"OTC(?:[\w/-]|\s(?=[A-Z])){0,20}|"
    r"TSX(?:-?V)?|ASX|LSE|AIM|CSE|AMEX|Euronext|SIX|HKEX|SGX|JSE|NSE|BSE|FWB|Xetra"
)


class AttributionRule(NamedTuple):
    name: str
    pattern: re.Pattern[str]
    cue: str
    scope: Scope
    reason: str


def _rule(name: str, pattern: str, cue: str, scope: Scope, reason: str) -> AttributionRule:
    return AttributionRule(name, re.compile(pattern), cue, scope, reason)


ATTRIBUTION_RULES: tuple[AttributionRule, ...] = (
    _rule("expected_after", rf"(?<=\S)\s+(?:that\s+)?(?P<name>(?i:{_GROUP})(?:\s+(?:polled|"
          rf"surveyed)\s+by\s+{_WORD}(?:\s+{_WORD}){{0,3}})?)\s+(?:(?:had|have)\s+)?"
          r"(?P<verb>expected|forecast|predicted|estimated|projected)\b",
          "expected", "previous", "'the $33.2 billion analysts polled by LSEG had expected'"),
    _rule("group_expect",
          rf"(?<!\bof\s)\b(?P<name>(?i:{_GROUP}))\s+(?:(?:now|also|still|generally|widely|had|have|"
          r"has|were|are|was|is)\s+){0,2}(?:been\s+)?(?P<verb>expect|expects|expected|expecting|predict|"
          r"predicted|predicting|anticipate|anticipated|anticipating|see|saw|forecast)\b",
          "expected", "next", "a group that expects what follows: 'Economists expect', "
          "'Investors now expect', 'Economists had been expecting' (not the respondents of a "
          "poll: '70% of economists expect')"),
    _rule("group_at",
          rf"\b(?P<name>(?i:{_GROUP})\s+(?:at|from|with)\s+{_WORD}(?:\s+{_WORD}){{0,3}})\s+(?:(?:had|have)\s+)?(?P<verb>{_SAID}|expect|see|wrote|believe)\b",
          "said", "next", "'Analysts at JPMorgan expect'"),
    _rule("name_group", rf"\b(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}}\s+(?i:{_GROUP}))\s+"
          rf"(?:(?:had|have)\s+)?(?P<verb>{_SAID}|expect|see|wrote|believe)\b",
          "said", "next", "'Morgan Stanley analysts wrote'"),
    _rule("revised_by", rf"\b{NAME}\s+{_ON_DAY}(?P<verb>{_REVISED})\s+"
          r"(?:its|their|the)\s+(?:[\w-]{1,20}\s+){0,3}?"
          r"(?:target|forecast|estimate|outlook|guidance|projection|rating)s?\b",
          "raised", "next", "who revised a forecast: 'Goldman Sachs raised its price target'"),
    _rule("role_revised", rf"\b(?P<name>{_LOWER_SOURCE})\s+{_WHEN}(?P<verb>{_REVISED})\s+"
          r"(?:its|their|the)\s+(?:[\w-]{1,20}\s+){0,3}?"
          r"(?:target|forecast|estimate|outlook|guidance|projection|rating)s?\b",
          "raised", "next", "a role that revises its forecast: 'the lender cut its forecast'"),
    _rule("polled_by", rf"\b(?P<name>(?i:{_GROUP})\s+(?:polled|surveyed)\s+by\s+{_WORD}"
          rf"(?:\s+{_WORD}){{0,3}})(?:\s+(?P<verb>(?i:had\s+)?(?i:expected|forecast|predicted|"
          r"projected|estimated|expect|see|saw|said)))?",
          "polled by", "next", "a poll's respondents: 'Economists polled by Reuters'"),
    _rule("poll",
          rf"\b(?:[Aa]|[Tt]he)\s+(?:(?:separate|new|latest|recent|monthly|weekly|quarterly|"
          rf"annual|closely\s+watched)\s+)?(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}}\s+"
          r"(?:poll|survey))\b",
          "poll", "next", "a named poll: 'a Reuters poll of economists', 'A separate Pew "
          "Research Center survey found'"),
    _rule("consensus",
          rf"(?i:\b(?P<name>{_GROUP}(?:['’]\s+(?:{_QUALIFIER}\s+)?|\s+{_QUALIFIER}\s+)"
          r"(?:estimates?|forecasts?|expectations?|projections?)))",
          "estimate", "next", "a consensus figure: 'analysts' median estimate for a 3% growth'"),
    _rule("according_to",
          # "per" as "according to", not a rate's "per day", "per barrel" or "155.2 per dollar"
          r"\b(?:[Aa]ccording\s+to|(?<!\d\s)[Pp]er(?!\s+(?:cent|[Cc]lass|[Ss]hare|[Uu]nit|[Cc]apita|day|"
          r"week|month|year|hour|annum|barrel|ton|tonne|person|head|ounce|gallon|litre|liter|"
          r"kilo\w*)\b))\s+(?:(?i:(?:the|a|an)\s+)?(?:[a-z][\w'’-]{1,20}\s+){0,3}?"
          r"(?i:(?:data|figures|"
          r"statistics|estimates|calculations|report|survey|poll|analysis|filings?|statement|"
          r"research|study|note)\s+(?:from|by|of|published\s+by|released\s+by)\s+)?)?"
          rf"(?:the\s+)?{NAME}",
          "according to", "sentence", "'according to LSEG data', 'per CoinMarketCap', "
          "'according to blockchain analytics firm Glassnode'"),
    _rule("according_to_role", r"\b[Aa]ccording\s+to\s+(?P<name>(?:the\s+)?(?:[a-z][\w’'-]{1,20}"
          rf"\s+){{0,3}}?(?:{_ROLE}|data|figures|estimates|calculations))\b",
          "according to", "sentence", "a source without a proper name: 'according to money "
          "market data'"),
    _rule("data_from", rf"\b(?i:{_DATA_WORDS}\s+(?:released\s+|published\s+|"
          rf"compiled\s+|issued\s+)?(?:from|by))\s+(?:the\s+)?{NAME}",
          "data from", "sentence", "'data from the Commerce Department'"),
    _rule("data_from_role", rf"\b(?i:{_DATA_WORDS}\s+(?:released\s+|published\s+|"
          rf"compiled\s+|issued\s+)?(?:from|by))\s+(?P<name>{_LOWER_SOURCE})",
          "data from", "sentence", "'a flash estimate from the bloc's statistics office'"),
    _rule("name_data", rf"\b{NAME}\s+(?P<verb>data|figures|statistics|projections|forecasts|"
          rf"estimates)\s+(?:{_DATA_VERBS})\b",
          "data showed", "sentence", "'LSEG data showed', 'The Fed's projections showed', "
          "'the Organization's data indicate'"),
    _rule("role_data", r"\b(?P<name>(?i:government|official|customs|ministry|census|trade|"
          r"industry|company|central\s+bank))\s+(?P<verb>data|figures|statistics)\s+"
          rf"(?:{_DATA_VERBS})\b",
          "data showed", "sentence", "a source named by its kind: 'government data showed'"),
    _rule("said_role_data", r"\b(?:said|says|showed|show|according\s+to)\s+(?P<name>(?:state|"
          r"federal|government|official|customs|census|labou?r)(?:\s+(?:labou?r|employment|"
          r"trade|jobs))?)\s+(?:data|figures|statistics)\b",
          "data showed", "sentence", "official data named by kind after the verb: '..., said "
          "state labor statistics released Friday'"),
    _rule("said_name", r"\b(?P<verb>said|says|according\s+to)\s+" + NAME + r"(?=\s*[,.;]|\s*$)",
          "said", "sentence", "the reporting verb first: '..., said Zhiwei Zhang.'"),
    _rule("name_said", rf"\b{NAME}{_ABBREVIATION}{_APPOSITIVE}\s+{_WHEN}(?:(?:has|had|have)\s+)?"
          rf"(?P<verb>{_SAID})\b",
          "said", "sentence", "the reporting verb after the source: 'the ministry said', "
          "'the Federal Labour Office (BA) reported', 'Acme, which makes tools, said'"),
    _rule("lower_said",
          rf"\b(?P<name>{_LOWER_SOURCE}){_APPOSITIVE}\s+{_WHEN}(?:(?:has|had|have)\s+)?"
          rf"(?P<verb>{_SAID}|{_SHOWED})\b",
          "said", "sentence", "a source named by its role: 'the company said'"),
    _rule("issuer", rf"\b(?P<name>{_WORD}(?:\s+(?:(?:of|and|&|for|de|the)\s+)?{_WORD}){{0,5}}"
          rf"(?:,?\s+{_CORPORATE_SUFFIX})?),?\s+\((?:{_EXCHANGES})\s*:\s*[A-Z][\w.-]{{0,9}}",
          "issuer", "sentence", "a company named with its ticker issues the release: "
          "'Acme Corp. (NYSE: ACME) today reported'"),
    _rule("on_venue", r"(?:^|(?<=[.!?]\s))On\s+(?P<name>[A-Z][\w.]{2,30})(?=,)",
          "according to", "sentence", "a market a price is read on, opening the sentence: 'On "
          "Binance, bitcoin was trading down 20%'"),
    _rule("bracket_credit", rf"\((?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})\s+(?:pricing|prices|data|"
          r"figures|estimates?|index)\)",
          "according to", "sentence", "a credit in brackets after the figure: '(Bitstamp "
          "pricing)'"),
    # Stories in German, French, Spanish, Portuguese and Italian (read for their decimal-comma
    # figures, decimal_comma.py) credit their sources with these.
    _rule("according_to_foreign",
          r"\b(?:[Ss]eg[úu]n|[Ss]elon|[Ll]aut(?:\s+Angaben)?|[Nn]ach\s+Angaben|[Ss]egundo|"
          r"[Ss]econdo|[Dd]['’]apr[èe]s|[Dd]e\s+acuerdo\s+con|[Dd]e\s+acordo\s+com|[Cc]onforme)\s+(?:(?:el|la|los|las|le|les|o|a|os|as|der|die|dem|den|des|il|"
          r"lo)\s+|l['’])?(?:[a-zà-ü]{1,12}\s+){0,6}?(?:(?:del|de\s+la|de|do|da|des|du|der|dell['’])"
          rf"\s*)?(?:l['’])?{NAME}",
          "according to", "sentence", "'según el INE', 'selon l'Insee', 'laut Destatis', "
          "'segundo o IBGE', 'de acordo com o IBGE', 'nach Angaben des Statistischen "
          "Bundesamts'"),
    _rule("data_from_foreign",
          rf"\b{_FOREIGN_DATA_WORDS}\s+(?:(?:publicad[oa]s|"
          r"divulgad[oa]s|publi[ée]es|ver[öo]ffentlicht)\s+(?:por|par|pelo|pela|von)\s+|"
          r"(?:del?|do|da|dos|das|de\s+la|des|du|der|von)\s+)(?:(?:el|la|le|o|a|dem|den|der)\s+|"
          r"l['’])?" + NAME,
          "data from", "sentence", "figures credited in the other languages: 'datos del INE', "
          "'dados do IBGE', 'données de l'Insee', 'Daten des Statistischen Bundesamts'"),
    _rule("published_by_foreign",
          r"\b(?:publicad[oa]s?|publi[ée]e?s?|divulgad[oa]s?|ver[öo]ffentlicht)\s+(?:por|par|pelo|"
          r"pela|von|dal|dalla)\s+(?:(?:el|la|le|o|a|der|die|dem|il)\s+|l['’])?" + NAME,
          "data from", "sentence", "'publicado por la Agencia Tributaria'"),
    _rule("name_said_foreign",
          rf"\b{NAME}\s+(?:(?:a|ha|hat|han|ont)\s+)?(?P<verb>inform[óo]u?|indic[óo]|se[ñn]al[óo]|"
          r"anunci[óo]u?|public[óo]u?|comunic[óo]|divulgou|meldete|berichtete|teilte|"
          r"comptabilis[ée]|indiqu[ée]|annonc[ée]|publi[ée]|pr[ée]cis[ée]|informado|anunciado|"
          r"publicado|mitgeteilt|gemeldet|comunicato|annunciato|dijo|dice|afirm[óo]u?|"
          r"explic[óo]u?|asegur[óo]|destac[óo]u?|report[óo]|estim[óo]u?|calcul[óo]u?|disse|diz|"
          r"apontou|sagte|erkl[äa]rte|sch[äa]tzte|d[ée]clar[ée]|affirm[ée]|expliqu[ée]|"
          r"soulign[ée]|estim[ée]|calcul[ée])\b",
          "said", "sentence", "'el INE informó', 'l'Insee a comptabilisé', 'Destatis meldete', "
          "'Acme dijo', 'o IBGE afirmou', 'l'Insee a déclaré', 'Müller sagte'"),
    _rule("said_name_foreign",
          r"\b(?:inform[óo]u?|indic[óo]|se[ñn]al[óo]|anunci[óo]u?|divulgou|a\s+indiqu[ée]|"
          r"a\s+annonc[ée]|a\s+publi[ée]|teilte|meldete|dijo|afirm[óo]u?|explic[óo]u?|disse|"
          r"sagte|erkl[äa]rte|a\s+d[ée]clar[ée]|a\s+affirm[ée]|a\s+expliqu[ée])\s+"
          r"(?:(?:el|la|le|o|a|die|der|das)\s+|l['’])" + NAME,
          "said", "sentence", "the verb first: 'informó el INE', 'a indiqué l'Insee'"),
    _rule("wie_name_said",
          rf"\b[Ww]ie\s+(?:die|der|das)\s+{NAME}(?:\s+f[üu]r\s+[A-Z]\w+)?\s+(?:[^,.;]{{0,40}}?\s)?"
          r"(?P<verb>mitteilte|meldete|berichtete|erkl[äa]rte|bekanntgab)\b",
          "said", "sentence", "German, the verb last: 'wie die Bundesagentur für Arbeit am "
          "Dienstag mitteilte'"),
    _rule("name_set_target", rf"\b{NAME}\s+(?:(?:has|had|have)\s+)?(?P<verb>set|sets|targets|"
          r"targeted|aims|aimed|pledged|plans|planned)\b",
          "set", "next", "who set a target: 'Beijing had set its growth target'"),
)

# What stands between a credit naming a document and the phrase naming its publisher: the
# rest of the document's title ("... report", "..., empleo y salarios en las grandes
# empresas"), never the end of a clause.
PUBLISHER_BETWEEN = re.compile(
    r"(?:(?!\b(?:while|but|whereas|although|mientras|pero|mais|tandis|aber|während)\b)"
    r"[^.;:!?()]){0,80}"
)
# The words that say who published it: "published by", "released by", "publicado por".
PUBLISHED_BY = re.compile(
    r"(?i:publish|releas|compil|issu|publica|publi[ée]|divulga|ver[öo]ffentlicht)"
)

# A headline in title case letting its subject report: "Acme Reports Third-Quarter Results",
# "Northfield Bakeries Inc. Announces Record Sales" (its verb is capitalised too).
_HEADLINE_VERBS = (r"(?:Reports?|Reported|Announces|Announced|Posts|Posted|Says|Said|Releases|"
                   r"Delivers|Declares)\b")
HEADLINE_SPEAKER = re.compile(
    rf"^\s*(?P<name>(?:(?!{_HEADLINE_VERBS})[A-Z0-9][\w&.'’-]*,?\s+){{1,5}}?){_HEADLINE_VERBS}"
)

# Capitalised words that start a name match but are not sources.
NOT_SOURCES = frozenset(
    {
        "The", "A", "An", "It", "This", "That", "These", "Those", "He", "She", "They", "We",
        "I", "You", "But", "And", "Or", "If", "While", "When", "As", "In", "On", "At", "For",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Exports", "Imports", "Sales",
        "Prices", "Revenue", "Shares", "Growth", "Inflation", "Output", "Profit",
        # quantifiers: "Several European Central Bank officials" are the bank's
        "Several", "Some", "Many", "Most", "Other", "Both", "All", "Two", "Three", "Few",
    }
)  # fmt: skip

# The reporting verbs of the foreign-language rows.
_NEEDS_FOREIGN_SAID = re.compile(
    r"(?:inform[óo]|indic[óo]|al[óo]\b|anunci|public[óo]|publi[ée]|comunic[óo]|divulgou|meldete|"
    r"berichtete|teilte|comptabilis|indiqu|annonc|pr[ée]cis|mitgeteilt|gemeldet|dijo|dice\b|"
    r"afirm|explic|expliqu|asegur|destac|report[óo]|estim[óo]|calcul[óo]|disse|diz\b|apontou|"
    r"sagte|erkl[äa]rte|sch[äa]tzte|d[ée]clar|soulign|estim[ée]|calcul[ée])"
)

# A person who speaks for a body: "NBS spokesman Sheng Laiyun", "Acme Corp spokeswoman Jane
# Doe". Their figures are the body's, in that sentence and whenever the story quotes them again.
SPOKESPERSON = re.compile(
    rf"\b(?P<body>{_WORD}(?:\s+(?:(?:of|and|&|for|de|the)\s+)?{_WORD}){{0,5}})(?:['’]s)?\s+"
    r"(?:chief\s+)?(?:spokes(?:man|woman|person)|statistician|press\s+officer)\s+"
    rf"(?P<person>{_WORD}(?:\s+{_WORD}){{0,2}})"
)

# Every rule above needs one of these words; a sentence without any has no source phrase.
# The case-blind words and stems first, then those that must be written as they are.
_CASE_BLIND_SOURCE_WORDS = (
    r"(?:according|per|data|figures|statistics|numbers|polled|surveyed|poll|survey|"
    r"estimates?|forecasts?|expectations?|projections?|set|sets|targets?|targeted|aims?|"
    r"aimed|pledged|plans?|planned|raised|lowered|cut|lifted|trimmed|boosted|hiked|reiterated|"
    r"reaffirmed|affirmed|narrowed|updated|upgraded|downgraded|"
    r"maintained|kept|revised|wrote|see|believe|expect|expecting|anticipated?|anticipating|"
    r"predicting|saw|seg[úu]n|selon|laut|segundo|secondo|apr[èe]s|acuerdo|wie|acordo|conforme|"
    r"angaben|datos|cifras|dados|n[úu]meros|donn[ée]es|chiffres|statistiques|estad[íi]sticas|"
    r"estat[íi]sticas|daten|zahlen)\b"
)
_CASE_BLIND_SOURCE_STEMS = r"publi[ée]|publicad|divulgad|ver[öo]ffentlicht"
_EXACT_SOURCE_WORDS = (
    r"\b" + _SAID + r"\b|\b" + _SHOWED + r"\b"
    + r"|\((?:" + _EXCHANGES + r")\s*:"
    + r"|\bOn\s+[A-Z]|(?:pricing|prices|index)\)"
    + r"|" + _NEEDS_FOREIGN_SAID.pattern
)
ANY_SOURCE_WORD = re.compile(
    rf"(?i:\b{_CASE_BLIND_SOURCE_WORDS}|{_CASE_BLIND_SOURCE_STEMS})|{_EXACT_SOURCE_WORDS}"
)
# Verbs of setting or revising a goal ("Beijing set", "the bank raised its forecast"): the
# setter yields to a speaker the sentence ends on ("..., Premier Li Qiang said").
SETTING_VERBS = frozenset(
    {"set", "sets", "targets", "targeted", "aims", "aimed", "pledged", "plans", "planned",
     "raised", "lowered", "cut", "lifted", "trimmed", "boosted", "hiked", "reiterated",
     "reaffirmed", "affirmed", "narrowed", "updated", "upgraded", "downgraded",
     "maintained", "kept", "revised"}
)  # fmt: skip

# Cues of a source that publishes figures (a data vendor, a statistics office) rather than
# holding a view of its own.
DATA_PROVIDER_CUES = frozenset({"according to", "data from", "data showed"})

# Cues of a source foreseeing figures: what it expects is no report a story's later figures
# can share.
FORECASTING_CUES = frozenset(
    {"expects", "expected", "expect", "forecast", "forecasts", "projected", "projects",
     "predicted", "predicts", "see", "believe", "estimate"}
)  # fmt: skip
# A speaker's verb that makes the figures it covers estimates.
ESTIMATING_CUES = frozenset({"estimated", "estimates", "estimate", "calculated", "calculates"})
# Sources whose "expected" is an expectation (a consensus), not their own forecast.
CONSENSUS_SOURCE = re.compile(
    r"(?i)\b(?:economists?|analysts?|polls?|polled|surveys?|surveyed|consensus|markets?|"
    r"traders|forecasters|strategists|investors|estimates?|expectations?)\b"
)
# Words of a sentence that puts an expectation in the hands of outside watchers, named or
# not ("analysts", "Wall Street", "the expected figure", "than expected").
WATCHERS = re.compile(
    CONSENSUS_SOURCE.pattern + r"|\bStreet\b|\b(?i:the|than|as)\s+(?i:expected|forecast)\b"
)
# Sources that are polls: what they forecast is the consensus, an expectation.
POLL_SOURCE = re.compile(r"(?i)\b(?:polls?|polled|surveys?|surveyed|consensus|median|average)\b")

# Roles that a later sentence uses for a source an earlier one named: "the company said" after
# "Northfield Bakeries Inc. reported", "the commission forecasts" after "the Chilean Copper
# Commission".
ROLE_SOURCES = frozenset(
    {"company", "firm", "group", "bank", "government", "ministry", "agency", "bureau", "office",
     "department", "commission", "institute", "administration", "authority", "regulator",
     "council", "board", "association", "federation", "exchange", "union", "central bank",
     "fund", "lender", "carrier", "airline", "retailer", "automaker", "insurer", "chipmaker",
     "brokerage"}
)  # fmt: skip
# Roles whose bearer's name seldom holds the role word: "the lender" after "the International
# Monetary Fund", "the carrier" after "Delta Air Lines", "the agency" after "the CDC".
ROLE_NAME_HINTS: dict[str, re.Pattern[str]] = {
    "lender": re.compile(r"\b(?:Bank|Fund|IMF|ADB|AIIB|EBRD)\b"),
    "fund": re.compile(r"\bIMF\b"),
    "carrier": re.compile(r"\b(?:Air|Airlines?|Airways|Lines)\b"),
    "airline": re.compile(r"\b(?:Air|Airlines?|Airways|Lines)\b"),
    "agency": re.compile(r"\b(?:Administration|Service|Centers?|Bureau|Office|[A-Z]{3,5})\b"),
}
COMPANY_ROLES = frozenset({"company", "firm", "group"})
# A clause that only sets the figure against an earlier one: "up from 35% in January", "after
# a revised 0.6% gain". It shares the sentence's source; a clause of its own ("when they rose
# 7.4%", "topping expectations for 0.9%") does not.
COMPARISON_CLAUSE = re.compile(
    r"\s{0,3}(?:(?:up|down)\s+from|after\s+(?:a|an)\s+(?:revised|upwardly|downwardly)?)\b",
    re.IGNORECASE,
)
# Trades whose bearer is the business the story has let speak, when no name holds the word.
BUSINESS_ROLES = frozenset(
    {"brokerage", "carrier", "airline", "retailer", "automaker", "insurer", "chipmaker"}
)
CORPORATE_NAME = re.compile(
    r"\b(?:Inc|Corp|Corporation|Ltd|Limited|Co|plc|PLC|LLC|AG|SA|NV|SE|Holdings|Group|"
    r"Company|Bakeries|Bank|Technologies|Systems)\.?$"
)

# What each rule needs somewhere in the sentence before it is worth running; the hints
# (word_scan.Needs) let most sentences skip the scan: lower-case strings the pattern cannot
# match without.
_GROUP_HINTS = ("economists", "analysts", "strategists", "traders", "forecasters", "investors",
                "experts", "respondents", "managers")
_DATA_HINTS = ("data", "figures", "statistics", "numbers", "estimate", "report", "survey",
               "reading", "release")
_SAID_HINTS = ("said", "say", "report", "estimat", "forecast", "project", "predict", "expect",
               "told", "noted", "wrote", "announced", "calculat", "posted", "booked", "logged",
               "earned", "released", "published", "issued", "show", "found", "find", "state",
               "disclos", "comment", "explain")
_FOREIGN_HINTS = ("seg", "selon", "laut", "secondo", "apr", "acuerdo", "wie", "publi",
                  "acordo", "conforme", "angaben", "dijo", "dice", "afirm", "explic", "expliqu",
                  "asegur", "destac", "report", "estim", "calcul", "disse", "diz", "apontou",
                  "sagte", "erkl", "schätzte", "schatzte", "déclar", "declar", "soulign",
                  "divulg", "ffentlicht", "inform", "indi", "alo", "aló", "anunci",
                  "comunic", "meldete", "berichtete", "teilte", "comptabilis", "annonc", "précis",
                  "precis", "mitgeteilt", "gemeldet")
# Those of _FOREIGN_HINTS that the reporting verbs need: "apr", "wie" or "seg" ("April",
# "view", "segment") in an English sentence would send it to the verbs' search for nothing.
_FOREIGN_SAID_HINTS = tuple(hint for hint in _FOREIGN_HINTS
                            if hint not in ("seg", "selon", "laut", "secondo", "apr", "acuerdo",
                                            "wie", "acordo", "conforme", "angaben", "ffentlicht"))
_TARGET_HINTS = ("target", "forecast", "estimate", "outlook", "guidance", "projection", "rating")
_NEEDS_GROUP = Needs(re.compile(rf"(?i:{_GROUP_WORDS})"), _GROUP_HINTS)
_NEEDS_DATA = Needs(re.compile(rf"(?i:\b{_DATA_WORDS})"), _DATA_HINTS)
_NEEDS_SAID = Needs(re.compile(rf"\b(?:{_SAID}|{_SHOWED})\b"), _SAID_HINTS)
# One scan for all the foreign-language rows, one for the market-data rows.
_NEEDS_FOREIGN = Needs(re.compile(
    r"\b(?:[Ss]eg[úu]n|[Ss]elon|[Ll]aut|[Ss]egundo|[Ss]econdo|[Dd]['’]apr[èe]s|[Aa]cuerdo|[Ww]ie|"
    r"publicad|publi[ée]|divulgad|ver[öo]ffentlicht|[Aa]cordo|[Cc]onforme|[Aa]ngaben)|"
    + _NEEDS_FOREIGN_SAID.pattern
), _FOREIGN_HINTS)
_NEEDS_FOREIGN_DATA = Needs(re.compile(rf"\b{_FOREIGN_DATA_WORDS}\b"),
    ("datos", "cifras", "dados", "meros", "donn", "chiffres", "statistiques", "sticas", "daten",
     "zahlen"))
# "On Nasdaq" and "(pricing)" each as a part of its own: both start at a rare literal.
_NEEDS_ON_VENUE = Needs(re.compile(words_at_boundary([r"On\s+[A-Z]"])), ("on",))
_NEEDS_MARKET = AnyNeeds(
    _NEEDS_ON_VENUE,
    Needs(re.compile(r"(?:pricing|prices|data|figures|estimates?|index)\)"),
          ("pricing)", "prices)", "data)", "figures)", "estimate)", "estimates)", "index)")),
)
_NEEDS_DATA_NOUN = Needs(re.compile(r"\b(?:data|figures|statistics)\b"),
                         ("data", "figures", "statistics"))
RULE_NEEDS: dict[str, Needs] = {
    "expected_after": Needs(re.compile(r"\b(?:expected|forecast|predicted|estimated|projected)\b"),
                            ("expected", "forecast", "predicted", "estimated", "projected")),
    "group_at": _NEEDS_GROUP,
    "group_expect": _NEEDS_GROUP,
    "on_venue": _NEEDS_MARKET,
    "bracket_credit": _NEEDS_MARKET,
    "name_group": _NEEDS_GROUP,
    "role_revised": Needs(re.compile(r"(?i:target|forecast|estimate|outlook|guidance|projection|"
                                     r"rating)"), _TARGET_HINTS),
    "revised_by": Needs(re.compile(r"(?i:target|forecast|estimate|outlook|guidance|projection|"
                                   r"rating)"), _TARGET_HINTS),
    "polled_by": Needs(re.compile(r"(?i:polled|surveyed)"), ("polled", "surveyed")),
    "poll": Needs(re.compile(r"(?i:poll|survey)"), ("poll", "survey")),
    "consensus": _NEEDS_GROUP,
    "according_to": Needs(re.compile(r"\b(?:[Aa]ccording|[Pp]er)\b"), ("according", "per")),
    "according_to_role": Needs(re.compile(r"\b[Aa]ccording\b"), ("according",)),
    "data_from": _NEEDS_DATA,
    "data_from_role": _NEEDS_DATA,
    "name_data": Needs(re.compile(r"\b(?:data|figures|statistics|projections|forecasts|"
                                  r"estimates)\b"),
                       ("data", "figures", "statistics", "projections", "forecasts", "estimates")),
    "role_data": _NEEDS_DATA_NOUN,
    "said_role_data": _NEEDS_DATA_NOUN,
    "said_name": Needs(re.compile(r"\b(?:said|says|according)\b"), ("said", "says", "according")),
    "name_said": _NEEDS_SAID,
    "issuer": Needs(re.compile(r"\((?:" + _EXCHANGES + r")\s*:"), ("(",)),
    "lower_said": _NEEDS_SAID,
    "according_to_foreign": _NEEDS_FOREIGN,
    "data_from_foreign": _NEEDS_FOREIGN_DATA,
    "published_by_foreign": _NEEDS_FOREIGN,
    "name_said_foreign": _NEEDS_FOREIGN,
    "said_name_foreign": _NEEDS_FOREIGN,
    "wie_name_said": _NEEDS_FOREIGN,
    "name_set_target": Needs(re.compile(r"\b(?:set|sets|targets|targeted|aims|aimed|pledged|plans|"
                                        r"planned)\b"),
                             ("set", "target", "aim", "pledged", "plan")),
}

# The same question as ANY_SOURCE_WORD, asked faster (word_scan.py); a test holds it to
# ANY_SOURCE_WORD's answers.
SOURCE_WORD_SCAN = WordScan(
    ANY_SOURCE_WORD,
    exact=[Needs(re.compile(rf"\b{_SAID}\b|\b{_SHOWED}\b"), _SAID_HINTS),
           Needs(re.compile(r"\((?:" + _EXCHANGES + r")\s*:"), ("(",)),
           _NEEDS_ON_VENUE,
           Needs(re.compile(r"(?:pricing|prices|index)\)"), ("pricing)", "prices)", "index)")),
           Needs(_NEEDS_FOREIGN_SAID, _FOREIGN_SAID_HINTS)],
    lowered=re.compile(rf"(?<!\w){_CASE_BLIND_SOURCE_WORDS}|{_CASE_BLIND_SOURCE_STEMS}"),
)
