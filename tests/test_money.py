"""Money phrases across formats: amount, ISO currency and bound, read through ``claims()``.

Every phrase here was written for newsfacts. The *kinds* follow two public test suites that
parse money: Duckling's English AmountOfMoney corpus (symbols before and after the amount,
currency names and codes, spelled numbers, dollars-and-cents compounds, lakh/crore, "under" /
"over" bounds) and price-parser's tests (shop price strings: European decimal commas, space and
apostrophe thousands, "zł", "Kč", "kr", "R$", "CHF"). No case is copied from either suite.

Each row is (name, phrase, value, ISO currency, bound). A case passes when one money claim in
the phrase has that value (relative tolerance 1e-9), that currency and that bound.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import newsfacts


class MoneyCase(NamedTuple):
    name: str
    phrase: str
    value: float
    currency: str
    bound: str = "="


# Symbols and codes before the amount; kinds as in Duckling's corpus and price-parser's tests.
BEFORE = [
    MoneyCase("dollar sign", "$7", 7, "USD"),
    MoneyCase("dollar sign spaced", "$ 35", 35, "USD"),
    MoneyCase("dollar cents", "$12.34", 12.34, "USD"),
    MoneyCase("dollar thousands", "$2,500", 2500, "USD"),
    MoneyCase("dollar k suffix", "$25K", 25000, "USD"),
    MoneyCase("dollar leading point", "$.79", 0.79, "USD"),
    MoneyCase("us dollar glued", "US$8.25", 8.25, "USD"),
    MoneyCase("us dollar spaced", "US $ 6.50", 6.5, "USD"),
    MoneyCase("usd code glued", "USD4.15", 4.15, "USD"),
    MoneyCase("usd code million", "USD 5 million", 5e6, "USD"),
    MoneyCase("usd both sides", "$1,000.00 USD", 1000, "USD"),
    MoneyCase("a us dollar billion", "a US$2.9 billion deal", 2.9e9, "USD"),
    MoneyCase("euro sign", "€45", 45, "EUR"),
    MoneyCase("euro sign decimal comma", "€ 24,95", 24.95, "EUR"),
    MoneyCase("eur code", "EUR 35", 35, "EUR"),
    MoneyCase("eur code decimal", "EUR 35.0", 35, "EUR"),
    MoneyCase("pound sign", "£15", 15, "GBP"),
    MoneyCase("pound k", "£40k", 40000, "GBP"),
    MoneyCase("pound m", "£1.8m", 1.8e6, "GBP"),
    MoneyCase("gbp code glued", "GBP4.02", 4.02, "GBP"),
    MoneyCase("gbp code spaced", "GBP 12.50", 12.5, "GBP"),
    MoneyCase("cad code", "CAD 6.07", 6.07, "CAD"),
    MoneyCase("chf code", "CHF7.05", 7.05, "CHF"),
    MoneyCase("chf apostrophe thousands", "CHF 2'450.75", 2450.75, "CHF"),
    MoneyCase("swiss francs abbreviated", "Fr. 18.90", 18.9, "CHF"),
    MoneyCase("cny code", "CNY 8", 8, "CNY"),
    MoneyCase("cny code glued", "CNY8", 8, "CNY"),
    MoneyCase("rupees abbreviated dot", "Rs. 45", 45, "INR"),
    MoneyCase("rupees abbreviated", "Rs 45", 45, "INR"),
    MoneyCase("rupees glued", "Rs45", 45, "INR"),
    MoneyCase("rupees thousands", "Rs. 2,199", 2199, "INR"),
    MoneyCase("rupee sign spaced", "₹ 3,999.00", 3999, "INR"),
    MoneyCase("inr code", "INR 750", 750, "INR"),
    MoneyCase("ringgit abbreviated", "RM 64", 64, "MYR"),
    MoneyCase("ringgit glued", "RM64", 64, "MYR"),
    MoneyCase("myr code", "MYR 64", 64, "MYR"),
    MoneyCase("real sign decimal comma", "R$ 49,90", 49.9, "BRL"),
    MoneyCase("taiwan dollar", "NT$450", 450, "TWD"),
    MoneyCase("singapore dollar", "S$18", 18, "SGD"),
    MoneyCase("australian dollar glued", "A$5.5 billion", 5.5e9, "AUD"),
    MoneyCase("australian dollar sign spaced from its amount", "A$ 300 million", 3e8, "AUD"),
    # "A" opening a sentence is the article: the prefix letter must touch its sign.
    MoneyCase("article before a dollar amount", "A $5 million grant", 5e6, "USD"),
    MoneyCase("article before a dollar price", "He paid A $5 fee.", 5, "USD"),
    MoneyCase("hong kong dollar spaced", "HK$ 9.60", 9.6, "HKD"),
    MoneyCase("yen sign", "¥3,200", 3200, "JPY"),
    MoneyCase("jpy code", "JPY 2500", 2500, "JPY"),
    MoneyCase("won sign", "₩25,000", 25000, "KRW"),
    MoneyCase("krona before", "kr 350", 350, "SEK"),
    MoneyCase("sek code", "SEK 350", 350, "SEK"),
    MoneyCase("dollar bn", "$4.2bn", 4.2e9, "USD"),
    MoneyCase("rupees name before", "Rupees 250 crore", 2.5e9, "INR"),
    MoneyCase("ringgit name before", "ringgit 64", 64, "MYR"),
    MoneyCase("malaysian ringgits name before", "malaysian ringgits 64", 64, "MYR"),
    MoneyCase("czech dashed whole amount", "249,- Kč", 249, "CZK"),
    MoneyCase("swiss dashed whole amount", "CHF 1'250.-", 1250, "CHF"),
]

# Currency after the amount.
AFTER = [
    MoneyCase("dollar sign after", "15$", 15, "USD"),
    MoneyCase("k dollar sign after", "30k$", 30000, "USD"),
    MoneyCase("us dollar after", "6.28US$", 6.28, "USD"),
    MoneyCase("dollars word", "35 dollars", 35, "USD"),
    MoneyCase("dollar word compound noun", "a 35 dollar fee", 35, "USD"),
    MoneyCase("euro sign after", "45€", 45, "EUR"),
    MoneyCase("euro sign after spaced", "45 €", 45, "EUR"),
    MoneyCase("euros word", "45 euros", 45, "EUR"),
    MoneyCase("euro word capital", "45 Euro", 45, "EUR"),
    MoneyCase("euros word capital", "45 Euros", 45, "EUR"),
    MoneyCase("euro decimal comma after", "24,95 €", 24.95, "EUR"),
    MoneyCase("euro dotted thousands comma decimals", "2.349,00 €", 2349, "EUR"),
    MoneyCase("euro spaced thousands", "1 849,50 €", 1849.5, "EUR"),
    MoneyCase("zloty", "16,49 zł", 16.49, "PLN"),
    MoneyCase("zloty spaced thousands", "2 599 zł", 2599, "PLN"),
    MoneyCase("koruna", "249 Kč", 249, "CZK"),
    MoneyCase("krona after", "350 kr", 350, "SEK"),
    MoneyCase("krona decimal comma", "1 295,00 kr", 1295, "SEK"),
    MoneyCase("yen word", "2500 yen", 2500, "JPY"),
    MoneyCase("won word", "25,000 won", 25000, "KRW"),
    MoneyCase("yuan word", "8 yuan", 8, "CNY"),
    MoneyCase("cny code after", "8 CNY", 8, "CNY"),
    MoneyCase("rupees word", "45 Rupees", 45, "INR"),
    MoneyCase("rupees glued after", "45Rs", 45, "INR"),
    MoneyCase("ringgit word", "64 ringgit", 64, "MYR"),
    MoneyCase("ringgit abbreviation after", "64 RM", 64, "MYR"),
    MoneyCase("myr glued after", "64MYR", 64, "MYR"),
    MoneyCase("malaysian ringgit", "64 malaysian ringgit", 64, "MYR"),
    MoneyCase("ringgits plural", "64 ringgits", 64, "MYR"),
    MoneyCase("kwd code after", "55 KWD", 55, "KWD"),
    MoneyCase("kuwaiti dinar", "55 kuwaiti dinars", 55, "KWD"),
    MoneyCase("lebanese pounds", "55 Lebanese pounds", 55, "LBP"),
    MoneyCase("lbp code after", "55 LBP", 55, "LBP"),
    MoneyCase("egyptian pounds", "55 Egyptian pounds", 55, "EGP"),
    MoneyCase("egp code after", "55 EGP", 55, "EGP"),
    MoneyCase("qatari riyals", "55 Qatari riyals", 55, "QAR"),
    MoneyCase("saudi riyals", "55 Saudi riyals", 55, "SAR"),
    MoneyCase("bgn code after", "55 BGN", 55, "BGN"),
    MoneyCase("shekels word", "twelve shekels", 12, "ILS"),
    MoneyCase("ils code after", "12 ILS", 12, "ILS"),
    MoneyCase("riyals word", "12 riyals", 12, "SAR"),
    MoneyCase("tugriks word", "12 tugriks", 12, "MNT"),
    MoneyCase("mnt glued after", "12MNT", 12, "MNT"),
    MoneyCase("bucks", "60 bucks", 60, "USD"),
    MoneyCase("bucks about", "about 60 bucks", 60, "USD", "~"),
    MoneyCase("bucks exactly", "exactly 60 bucks", 60, "USD"),
    MoneyCase("cents word", "25 cents", 0.25, "USD"),
    MoneyCase("cent sign", "25¢", 0.25, "USD"),
    MoneyCase("pennies spelled", "fifteen pennies", 0.15, "USD"),
    MoneyCase("pence word", "80 pence", 0.8, "GBP"),
]

# Spelled numbers, scale words and compounds of a unit and its hundredths.
WORDS = [
    MoneyCase("one dollar", "one dollar", 1, "USD"),
    MoneyCase("a dollar", "It costs a dollar.", 1, "USD"),
    MoneyCase("spelled dollars", "fifteen dollars", 15, "USD"),
    MoneyCase("spelled euros", "seventy euros", 70, "EUR"),
    MoneyCase("million dollars", "5 million dollars", 5e6, "USD"),
    MoneyCase("a billion euros", "a billion euros", 1e9, "EUR"),
    MoneyCase("lakh rupees", "3 lakh rupees", 3e5, "INR"),
    MoneyCase("lakhs rupees spelled", "three lakhs rupees", 3e5, "INR"),
    MoneyCase("crore rupees", "6 crore rupees", 6e7, "INR"),
    MoneyCase("crores rupees spelled", "six crores rupees", 6e7, "INR"),
    MoneyCase("dollars and cents", "35 dollars and 60 cents", 35.6, "USD"),
    MoneyCase("dollars cents", "35 dollars 60 cents", 35.6, "USD"),
    MoneyCase("dollar sign and c", "$35 and 60c", 35.6, "USD"),
    MoneyCase("dollar singular c", "35 dollar 60c", 35.6, "USD"),
    MoneyCase("spelled dollar cents", "thirty dollar 60 cents", 30.6, "USD"),
    MoneyCase("dollar then hundredths", "35 dollar 60", 35.6, "USD"),
    MoneyCase("spelled dollar and hundredths", "thirty dollars and 60", 30.6, "USD"),
    MoneyCase("rupees then hundredths", "45 Rupees 25", 45.25, "INR"),
    MoneyCase("ringgit and sen", "64 ringgit and 30 sen", 64.3, "MYR"),
    MoneyCase("gbp and pence", "4 GBP 2 pence", 4.02, "GBP"),
    MoneyCase("cad and cents", "6 CAD 7 cents", 6.07, "CAD"),
    MoneyCase("a dollar and cents", "a dollar and 75 cents", 1.75, "USD"),
]

# Bounds: "under" / "over" and their kin, before every kind of amount above.
BOUNDS = [
    MoneyCase("under spelled euros", "under nine euros", 9, "EUR", "<"),
    MoneyCase("less than eur code", "less than 9 EUR", 9, "EUR", "<"),
    MoneyCase("lower than euro sign after", "lower than 9€", 9, "EUR", "<"),
    MoneyCase("under dollars", "headphones under $50", 50, "USD", "<"),
    MoneyCase("below pounds", "below £200", 200, "GBP", "<"),
    MoneyCase("up to euros", "up to 1,000 euros", 1000, "EUR", "<="),
    MoneyCase("at most", "at most $80", 80, "USD", "<="),
    MoneyCase("over dollars word", "over 2.35 dollars", 2.35, "USD", ">"),
    MoneyCase("over euros thousands", "over 1,000 euros", 1000, "EUR", ">"),
    MoneyCase("above dollar sign", "above $300", 300, "USD", ">"),
    MoneyCase("more than dollar and cents", "more than 2 dollars and thirty-five cents", 2.35,
              "USD", ">"),
    MoneyCase("above a dollar and cents", "above a dollar and 35 cents", 1.35, "USD", ">"),
    MoneyCase("at least dollar sign", "at least $2.35", 2.35, "USD", ">="),
    MoneyCase("starting at", "plans starting at $9.99", 9.99, "USD", ">="),
    MoneyCase("starting from", "rooms starting from €79", 79, "EUR", ">="),
    MoneyCase("from just", "flights from just £29", 29, "GBP", ">="),
    MoneyCase("more than rupees", "more than Rs 5,000", 5000, "INR", ">"),
    MoneyCase("under zloty", "under 100 zł", 100, "PLN", "<"),
    MoneyCase("around yen", "around ¥500", 500, "JPY", "~"),
    MoneyCase("nearly billion", "nearly $3 billion", 3e9, "USD", "~"),
]

# News English that must keep its reading while the formats above are accepted.
NEWS = [
    MoneyCase("english thousands stay thousands", "The car costs $1,299.", 1299, "USD"),
    MoneyCase("english thousands before euro", "a fine of 1,299 euros", 1299, "EUR"),
    MoneyCase("dotted decimal before euro stays decimal", "shares at 1.299 euros", 1.299, "EUR"),
    MoneyCase("two dollar amounts in a list", "$5, $10 and $20 notes", 10, "USD"),
    MoneyCase("hundredths need the end of the phrase", "It cost 20 dollars and 43 people came.",
              20, "USD"),
    MoneyCase("pounds with a scale are sterling", "It raised £2.5 million.", 2.5e6, "GBP"),
]

CASES = BEFORE + AFTER + WORDS + BOUNDS + NEWS


def _money_claims(phrase: str) -> list[tuple[object, str | None, str]]:
    return [(c.value, c.unit, c.bound) for c in newsfacts.claims(phrase) if c.type == "money"]


def _found(case: MoneyCase) -> bool:
    return any(
        isinstance(value, float) and value == pytest.approx(case.value, rel=1e-9)
        and unit == case.currency and bound == case.bound
        for value, unit, bound in _money_claims(case.phrase)
    )


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_money_phrase(case: MoneyCase) -> None:
    assert _found(case), _money_claims(case.phrase)


# Numbers near currency-like words that are not money.
NOT_MONEY = [
    ("per cent stays a percentage", "Growth slowed to 5.5 per cent."),
    ("year before euro area", "In 2024 euro area growth slowed."),
    ("decimal comma list is not money", "Scores were 39,99 and 41."),
    ("kr as a word", "The KR 200 series"),
    ("pence in a name", "Mike Pence 2024"),
    ("c after a space is not cents", "at 25 C the water"),
    ("dollar sign starting a ticker", "Up 5 $SPY today"),
    ("glued p as a screen resolution", "Streams at 1080p."),
    ("a dollar store is a shop", "He runs a dollar store."),
    ("the euro area after a year", "The 2024 euro area outlook"),
    ("won as a verb", "Samsung won 3 awards"),
    ("currency name before a percentage", "The rupee was 2% weaker."),
    ("decimal comma needs a currency", "a ratio of 3,5 to 1"),
    ("space groups need a currency", "aged 18 250 of them"),
]


@pytest.mark.parametrize(("name", "text"), NOT_MONEY, ids=[row[0] for row in NOT_MONEY])
def test_not_money(name: str, text: str) -> None:
    assert _money_claims(text) == [], name
