"""Who says so: source phrases and which claims of a sentence they cover.

The quantities are given by hand (``_quantity``) so these tests pin claim assembly alone.
Cases say where they come from: "seed" is the seed article (fixtures/seed), "issue 3" the
issue's list of source phrases; the rest are typical wire-copy shapes written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts._facts import ClaimFinder
from newsfacts._facts.assemble import assemble_sentence
from newsfacts._facts.attribution import find_sources
from newsfacts._facts.quantities import Quantity
from newsfacts._records import Claim, ClaimType

PUBLISHED = dt.date(2026, 1, 14)


def _quantity(sentence: str, span: str, value: float) -> Quantity:
    start = sentence.index(span)
    kind: ClaimType = "percent" if "%" in span else "money" if "$" in span else "count"
    return Quantity(span, start, start + len(span), kind, value)


def _claims(sentence: str, spans: list[tuple[str, float]]) -> dict[str, Claim]:
    quantities = [_quantity(sentence, span, value) for span, value in spans]
    claims = assemble_sentence(sentence, 0, len(sentence), quantities, published=PUBLISHED)
    return {claim.text: claim for claim in claims}


SOURCE_PHRASES = [
    # (origin, sentence, source name, cue)
    ("issue 3", "Exports surged 6.6% last month, according to LSEG data.", "LSEG", "according to"),
    ("issue 3", "Economists polled by Reuters expected growth of 4.5%.",
     "Economists polled by Reuters", "expected"),
    ("issue 3: a role, named without its article", "Output rose 2%, the ministry said.",
     "ministry", "said"),
    ("issue 3", "Sales rose 5%, said Jane Smith, chief economist at Acme Bank.",
     "Jane Smith", "said"),
    ("issue 3", "Prices rose 3%, data from the Commerce Department showed.",
     "Commerce Department", "data from"),
    ("issue 3", "Goldman Sachs estimates growth of 4% this year.", "Goldman Sachs", "estimates"),
    ("seed", "topping analysts’ median estimate for a 3% growth",
     "analysts’ median estimate", "estimate"),
    ("named poll", "A Reuters poll of economists forecast 2.1% growth.", "Reuters poll", "poll"),
    ("data verb", "LSEG data showed imports fell 1.2%.", "LSEG", "data showed"),
    ("'per' as 'according to'", "Bitcoin traded at $95,000, per CoinMarketCap.",
     "CoinMarketCap", "according to"),
    ("a report from", "Sales fell 4%, according to a report from Bloomberg Intelligence.",
     "Bloomberg Intelligence", "according to"),
    ("a possessive source", "Open interest hit $40 billion, according to CoinGlass's data.",
     "CoinGlass", "according to"),
    ("according to, sentence-initial", "According to the IMF, debt hit $300 trillion.",
     "IMF", "according to"),
    # Kinds of credit among the fit half's source misses of reposts-dev (written here).
    ("data that indicate", "The Tourism Organization data indicate arrivals rose 7%.",
     "Tourism Organization", "data showed"),
    ("data that point to", "Customs data point to a 4% fall in exports.", "Customs",
     "data showed"),
    ("Spanish, según", "Los precios cayeron un 0.5% en enero, según el INE.", "INE",
     "according to"),
    ("Spanish, words between", "La tasa bajó al 6%, según mostraron los datos del Instituto "
     "Nacional de Estadística.", "Instituto Nacional de Estadística", "according to"),
    ("French, the name before its verb", "Au total, l'Insee a comptabilisé 2.8 millions.",
     "Insee", "said"),
    ("German, the verb last", "Das waren 57,000 mehr, wie die Bundesagentur für Arbeit am "
     "Dienstag mitteilte.", "Bundesagentur", "said"),
    ("a group that expects", "Economists expect inflation to fall to 4% later this year.",
     "Economists", "expected"),
    ("a group that now expects", "Investors now expect rates to reach 5.2% by the summer.",
     "Investors", "expected"),
    ("a group that had been expecting", "Economists had been expecting growth of 0.8 percent.",
     "Economists", "expected"),
    ("Spanish, 'according to' across a report's words", "de acuerdo con el informe publicado "
     "por la Agencia Tributaria.", "Agencia Tributaria", "according to"),
    ("Spanish, published by", "Las cifras publicadas por la Agencia Tributaria muestran un alza.",
     "Agencia Tributaria", "data from"),
    ("a firm posting a rise in its own figure", "Acme posted a 5% rise in quarterly revenue.",
     "Acme", "posted"),
    ("a firm logging a loss of an amount", "Acme logged a loss of $5 million.", "Acme",
     "logged"),
]


@pytest.mark.parametrize(("origin", "sentence", "name", "cue"), SOURCE_PHRASES)
def test_source_phrase(origin: str, sentence: str, name: str, cue: str) -> None:
    sources = [mention.source for mention in find_sources(sentence)]
    assert (name, cue) in [(s.name, s.cue) for s in sources], f"{origin}: {sources}"


NO_SOURCE = [
    ("no reporting phrase", "Exports surged 6.6% last month."),
    ("a month is not a source", "In December exports rose 6.6%."),
    ("a metric subject is not a source", "Exports rose 5% and Imports said nothing."),
    ("a rate per currency after a figure is no 'per' credit",
     "The yen weakened to 155.2 per dollar in early Asian trade."),
]


PRICE_MOVES = [
    ("a token's daily gain", "SOL posted a 10% daily gain on Tuesday."),
    ("a coin's biggest weekly gain", "Bitcoin posted its biggest weekly gain since March."),
    ("an index booking a loss", "The Nikkei booked a 2.1% loss on Friday."),
]


@pytest.mark.parametrize(("origin", "sentence"), PRICE_MOVES)
def test_a_price_posting_a_move_is_no_source(origin: str, sentence: str) -> None:
    assert find_sources(sentence) == [], origin


@pytest.mark.parametrize(("origin", "sentence"), NO_SOURCE)
def test_no_source(origin: str, sentence: str) -> None:
    names = [m.source.name for m in find_sources(sentence)]
    assert not [n for n in names if n in ("Exports", "December", "In December", "Imports")], origin


def test_seed_reporting_phrase_covers_the_main_clause_only() -> None:
    # seed: LSEG reports 6.6%; 3% is the analysts' estimate; 5.9% is a comparison clause.
    sentence = (
        "Exports surged 6.6% in U.S. dollar terms last month from a year earlier, according to "
        "LSEG data, topping analysts’ median estimate for a 3% growth and accelerating from a "
        "5.9% jump in November."
    )
    claims = _claims(sentence, [("6.6%", 6.6), ("3% growth", 3), ("5.9%", 5.9)])
    assert claims["6.6%"].source is not None
    assert claims["6.6%"].source.name == "LSEG"
    assert claims["3% growth"].source is not None
    assert claims["3% growth"].source.name == "analysts’ median estimate"
    assert claims["5.9%"].source is None


def test_seed_trailing_reporting_phrase_reaches_back_to_the_main_clause() -> None:
    sentence = (
        "Imports rose 5.7% in December from a year earlier, topping expectations for a 0.9% "
        "growth — strongest since September last year when they rose 7.4%, according to LSEG data."
    )
    claims = _claims(sentence, [("5.7%", 5.7), ("0.9% growth", 0.9), ("7.4%", 7.4)])
    assert claims["5.7%"].source is not None
    assert claims["5.7%"].source.name == "LSEG"
    assert claims["0.9% growth"].source is None
    assert claims["7.4%"].source is None


def test_source_is_carried_to_coordinated_claims() -> None:
    # A reporting clause at the end covers both halves joined by "while".
    sentence = "Exports rose 5% while imports fell 3%, the statistics bureau said."
    claims = _claims(sentence, [("5%", 5), ("3%", 3)])
    for text in ("5%", "3%"):
        source = claims[text].source
        assert source is not None
        assert source.name == "statistics bureau"


SOURCE_AND_STATUS = [
    # (origin, sentence, number, source name, status)
    ("earnings copy: who expected comes after the number",
     "Revenue was $35.1 billion, above the $33.2 billion analysts polled by LSEG had expected.",
     "$33.2 billion", "analysts polled by LSEG", "expectation"),
    ("broker note", "Analysts at JPMorgan expect the token to reach $5 by the end of 2026.",
     "$5", "Analysts at JPMorgan", "expectation"),
    ("broker note: one bank's call is a forecast",
     "Morgan Stanley analysts wrote that they see the index ending 2026 at 7,800.",
     "7,800", "Morgan Stanley analysts", "forecast"),
    ("revised target", "Goldman Sachs raised its price target on the stock to $250.",
     "$250", "Goldman Sachs", "target"),
    ("a poll's forecast is the consensus",
     "Economists surveyed by Bloomberg forecast growth of 2.1% for the third quarter.",
     "2.1%", "Economists surveyed by Bloomberg", "expectation"),
    ("a company's own expectation is its forecast (guidance)",
     "The company now expects full-year revenue of $336 million.", "$336 million", "company",
     "forecast"),
    ("a report naming its maker", "Output fell 3.1% in October, the national statistics "
     "institute said on Friday.", "3.1%", "national statistics institute", "actual"),
    ("a consensus credited to the firm compiling it stays an expectation",
     "Revenue rose 12% to $15.2 billion, above analysts' average estimate of $14.9 billion, "
     "according to LSEG data.", "$14.9 billion", "LSEG", "expectation"),
    ("a second participle joined by a bare 'and' shares the poll's frame",
     "Economists polled by Bloomberg had forecast the index gaining 0.3% and rising "
     "2.9% on the year.", "2.9%", "Economists polled by Bloomberg", "expectation"),
]


@pytest.mark.parametrize(("origin", "sentence", "span", "name", "status"), SOURCE_AND_STATUS)
def test_source_and_status(origin: str, sentence: str, span: str, name: str, status: str) -> None:
    claim = _claims(sentence, [(span, 1.0)])[span]
    assert claim.source is not None, origin
    assert (claim.source.name, claim.status) == (name, status), origin


def test_reporting_phrase_covers_a_participle_when_the_main_clause_has_no_number() -> None:
    sentence = ("WeWork’s bond has weakened sharply in the past week, hitting 16.057% on Monday, "
                "according to data from MarketAxess.")
    source = _claims(sentence, [("16.057%", 16.057)])["16.057%"].source
    assert source is not None
    assert source.name == "MarketAxess"


NOT_A_SOURCE_BEFORE_SHOWED = "One small study in 50 people with BED showed that yoga helped."


def test_a_name_before_showed_is_not_a_source() -> None:
    # A study's subject group, from an article in the Scrapinghub benchmark set.
    names = [m.source.name for m in find_sources(NOT_A_SOURCE_BEFORE_SHOWED)]
    assert "BED" not in names


def test_governing_source_covers_numbers_after_it() -> None:
    # seed: "Economists polled by Reuters expected ... 4.5%"; the earlier sentence number is not.
    sentence = (
        "Economists polled by Reuters expected the world’s second largest economy to have "
        "expanded 4.5% in the final quarter."
    )
    claim = _claims(sentence, [("4.5%", 4.5)])["4.5%"]
    assert claim.source is not None
    assert claim.source.name == "Economists polled by Reuters"
    assert claim.status == "expectation"


def test_target_setter_is_the_source() -> None:
    # seed: "Beijing had set it growth target for 2025 at around 5%."
    sentence = "Beijing had set it growth target for 2025 at around 5%."
    claim = _claims(sentence, [("around 5%", 5)])["around 5%"]
    assert claim.source is not None
    assert claim.source.name == "Beijing"
    assert claim.status == "target"


def test_a_role_takes_the_name_given_earlier_in_the_article() -> None:
    # Press-release shape (examples/press-release-repost-bakery.html, written for this project).
    text = (
        "Northfield Bakeries Inc. today reported revenue of $84.2 million.\n\n"
        "The company now expects full-year revenue of $336 million."
    )
    claims = ClaimFinder("blank").find(text, published=PUBLISHED)
    names = [None if c.source is None else c.source.name for c in claims]
    assert names == ["Northfield Bakeries Inc", "Northfield Bakeries Inc"]
    assert claims[1].status == "forecast"


ROLE_RESOLUTION_CASES = [
    # (origin, article text, expected source names); shapes from the third blind batch
    # (fixtures/claims/imf-outlook, airline-guidance, housing-market, flu-survey), reworded.
    ("a lender's name holds no 'lender'",
     "The Asian Development Bank said growth would reach 4.9%.\n\n"
     "The lender cut its forecast for India to 6.5%.", ["Asian Development Bank"] * 2),
    ("an airline's name holds 'Air'",
     "Air Canada said revenue rose 4%.\n\nThe airline forecast capacity growth of 2%.",
     ["Air Canada"] * 2),
    ("an agency's acronym",
     "Flu cases rose 12%, the CDC said.\n\nDeaths rose 9%, the agency said.", ["CDC"] * 2),
    ("a trade stands for the business the story let speak",
     "Prices rose 4%, Redfin said.\n\nSales fell 3%, the brokerage said.", ["Redfin"] * 2),
    ("negative: a data vendor is not the business",
     "Prices rose 4%, according to LSEG data.\n\nSales fell 3%, the brokerage said.",
     ["LSEG", "brokerage"]),
]


@pytest.mark.parametrize(("origin", "text", "names"), ROLE_RESOLUTION_CASES)
def test_role_resolution(origin: str, text: str, names: list[str]) -> None:
    claims = ClaimFinder("blank").find(text, published=PUBLISHED)
    assert [None if c.source is None else c.source.name for c in claims] == names, origin


def test_a_role_without_an_earlier_name_stays_a_role() -> None:
    claims = ClaimFinder("blank").find("The company expects revenue of $336 million.",
                                       published=PUBLISHED)
    assert [c.source.name for c in claims if c.source] == ["company"]


SCOPE_CASES = [
    # (origin, sentence, numbers, expected source name per number); sentences modelled on the
    # reposts in fixtures/text ("blind-*" pages), written for these rules.
    ("a price move is not speech", "Zinc added 0.8%.", ["0.8%"], [None]),
    ("a capitalised 'Statistics' belongs to the name",
     "Prices rose 2.6%, the Bureau of Labor Statistics said.", ["2.6%"],
     ["Bureau of Labor Statistics"]),
    ("a relative clause's source governs only what follows it",
     "Berlin approved 500 billion euros in spending, which the government expects to lift "
     "growth by 1.0 percent.", ["500 billion euros", "1.0 percent"], [None, "government"]),
    ("a coordinated clause's source governs only what follows it",
     "Inflation eased to 2.1% in December, and the bank projected it would average 1.9%.",
     ["2.1%", "1.9%"], [None, "bank"]),
    ("'estimates' after 'beat' is a noun",
     "Shares rose 6% after the chipmaker's forecast beat Wall Street estimates.", ["6%"], [None]),
    ("blind fixtures: a descriptor before the name",
     "Roughly 60% of supply has not moved, according to blockchain analytics firm Glassnode.",
     ["60%"], ["Glassnode"]),
    ("blind fixtures: an adjective before a named survey",
     "A separate Pew Research Center survey found that 62% of Republicans and 41% of "
     "Democrats agree.", ["62%", "41%"],
     ["Pew Research Center survey", "Pew Research Center survey"]),
    ("blind fixtures: police as a source", "An estimated 3,000 people rallied, police said.",
     ["3,000"], ["police"]),
    ("blind fixtures: a spokesman", "It will build 2,500 kilometres of embankments, a "
     "spokesman said.", ["2,500 kilometres"], ["spokesman"]),
    ("blind fixtures: the poll showed", "Just 28% agreed, the poll showed.", ["28%"], ["poll"]),
    ("blind fixtures: projections showed", "The Fed's projections showed inflation at 2.7%.",
     ["2.7%"], ["Fed"]),
    ("blind fixtures: the vendor who compiled the analysts' figure",
     "Revenue beat the $4.65 billion analysts had expected, according to data compiled by "
     "LSEG.", ["$4.65 billion"], ["LSEG"]),
    ("blind fixtures: a reporting phrase in the number's own clause",
     "The company forecast revenue of $5 billion, while analysts were expecting $4.87 "
     "billion, according to FactSet.", ["$5 billion", "$4.87 billion"], ["company", "FactSet"]),
    ("negative: the vendor before the number does not name later watchers",
     "Stocks rose 2.6 million barrels, data from the API showed, against analysts' "
     "expectations for a draw of 1.1 million barrels.", ["1.1 million barrels"],
     ["analysts' expectations"]),
    ("blind fixtures: the speaker a sentence ends on outranks the target's setter",
     "China set a growth target of around 5% for 2026, Premier Li Qiang said.", ["around 5%"],
     ["Premier Li Qiang"]),
    ("seed: a target's setter without a speaker", "Beijing had set its growth target for 2025 "
     "at around 5%.", ["around 5%"], ["Beijing"]),
    ("blind fixtures: a possessive before the named report",
     "The rate will fall to 3.25%, according to the central bank's quarterly Summary of "
     "Economic Projections.", ["3.25%"], ["Summary of Economic Projections"]),
    ("blind batch 2: a source named by its kind",
     "Core prices rose 2.8% in August, government data showed last week.", ["2.8%"],
     ["government"]),
    ("blind batch 3: the day between a body and its revision",
     "The World Bank on Monday lowered its forecast for global growth to 2.3%.", ["2.3%"],
     ["World Bank"]),
    ("blind batch 3: a role that revises its guidance",
     "The retailer cut its guidance and now sees sales of $12 billion.", ["$12 billion"],
     ["retailer"]),
    ("blind batch 3: a company's headquarters before its role",
     "The Dallas-based carrier now expects capacity to grow 3%.", ["3%"], ["carrier"]),
    ("blind batch 3: a comparison clause shares the closing reporting phrase",
     "Approval stands at 41%, down from 44% in March, the survey showed.", ["41%", "44%"],
     ["survey", "survey"]),
    ("blind batch 3: a comparison clause shares the opening reporting phrase",
     "The agency said output rose 1.2% after a revised 0.4% gain in May.", ["1.2%", "0.4%"],
     ["agency", "agency"]),
    ("seed shape, negative: a clause of its own keeps no source",
     "Imports rose 5.7%, strongest since March when they rose 7.4%, according to LSEG data.",
     ["5.7%", "7.4%"], ["LSEG", None]),
    ("an adjective before 'data from'",
     "The foundation sold 10,000 ETH, according to on-chain data from Arkham Intelligence.",
     ["10,000 ETH"], ["Arkham Intelligence"]),
]


@pytest.mark.parametrize(("origin", "sentence", "spans", "names"), SCOPE_CASES)
def test_source_scope(origin: str, sentence: str, spans: list[str], names: list[str | None]
                      ) -> None:
    claims = _claims(sentence, [(span, 1.0) for span in spans])
    got = [None if claims[s].source is None else claims[s].source.name  # type: ignore[union-attr]
           for s in spans]
    assert got == names, origin


def test_every_attribution_rule_has_a_cheap_precondition() -> None:
    # find_sources looks each rule's precondition up by the rule's name.
    from newsfacts._facts.attribution_rules import ATTRIBUTION_RULES, RULE_NEEDS

    assert {rule.name for rule in ATTRIBUTION_RULES} <= set(RULE_NEEDS)


def test_official_data_named_by_kind_after_the_verb_is_a_source() -> None:
    from newsfacts._facts.attribution import find_sources

    found = find_sources("The county jobless rate held at 4.1%, said state labor statistics "
                         "released on Friday.")
    assert [(m.source.name, m.source.cue) for m in found] == [("state labor", "data showed")]


def test_a_spokesperson_speaks_for_the_body() -> None:
    # A Xinhua-style story (reposts-dev, fit half): the figures a spokesperson gives, then
    # and when quoted again by surname, are the body's. Written here.
    text = ("The economy grew 5.1 percent in the first half, the National Statistics Office "
            "(NSO) said.\n\nOutput rose 4.9 percent in the second quarter, NSO spokesman Li "
            "Ming told a press conference.\n\nRetail sales reached 20.4 trillion yuan, Li said.")
    found = {c.text: c for c in ClaimFinder("blank").find(text, published=PUBLISHED)}
    for span in ("4.9 percent", "20.4 trillion yuan"):
        source = found[span].source
        assert source is not None, span
        assert source.name.startswith("National Statistics Office"), span


def test_who_expected_a_change_named_after_its_noun() -> None:
    # reposts-dev fit half, a wire-copy shape (written here): "the 0.4 percent gain that
    # economists had expected" is the economists' expectation, not the department's figure.
    sentence = ("The department said retail sales rose 0.6 percent last month, better than the "
                "0.4 percent gain that economists had expected.")
    found = {c.text: c for c in ClaimFinder("blank").find(sentence, published=PUBLISHED)}
    expected = found["0.4 percent"]
    assert expected.source is not None
    assert expected.source.name == "economists"
    assert expected.status == "expectation"
    assert found["0.6 percent"].status == "actual"


@pytest.mark.parametrize(("why", "sentence", "name"), [
    # Crypto-market shapes among the fit half's source misses of reposts-dev (written here).
    ("the market a price is read on", "On Kraken, bitcoin was trading down 4.1 percent at "
     "$31,000.", "Kraken"),
    ("a credit in brackets", "The daily candle printed a low of $9,312 (Kraken pricing).",
     "Kraken"),
])
def test_market_data_credits(why: str, sentence: str, name: str) -> None:
    sources = [mention.source.name for mention in find_sources(sentence)]
    assert name in sources, why


def test_a_weekday_opening_a_sentence_is_no_venue() -> None:
    assert find_sources("On Monday, bitcoin fell 4%.") == []


@pytest.mark.parametrize("sentence", [
    # reposts-dev fit half (written here): a rate's "per" is no "according to".
    "Output will rise by 648,000 barrels per day in both July and August.",
    "Rents reached $2,000 per month in June and July.",
])
def test_a_rate_per_unit_is_no_source(sentence: str) -> None:
    assert find_sources(sentence) == []
