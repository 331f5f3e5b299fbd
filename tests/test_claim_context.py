"""A claim's context: direction, basis, status, metric, entity, and the period it inherits.

Quantities are given by hand (``_claim``) so the tests pin claim assembly alone. "seed" cases
are sentences of the seed article (fixtures/seed); "issue 3" cases are the issue's examples;
the others are typical wire-copy sentences written here for the rule they name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts._facts.assemble import assemble_sentence
from newsfacts._facts.quantities import Quantity
from newsfacts._records import Claim, ClaimType

PUBLISHED = dt.date(2026, 1, 14)
D = dt.date


def _claim(sentence: str, span: str, change_word: str | None = None) -> Claim:
    start = sentence.index(span)
    kind: ClaimType = "percent" if "%" in span else "money" if "$" in span else "count"
    quantity = Quantity(span, start, start + len(span), kind, 1.0, change_word=change_word)
    claims = assemble_sentence(sentence, 0, len(sentence), [quantity], published=PUBLISHED)
    assert len(claims) == 1
    return claims[0]


DIRECTION_CASES = [
    ("issue 3 / seed", "Exports surged 6.6% last month.", "6.6%", "up"),
    ("issue 3 / seed", "accelerating from a 5.9% jump in November", "5.9%", "up"),
    ("issue 3", "Imports fell 3.1% in December.", "3.1%", "down"),
    ("noun after", "It reported a 4% decline in sales.", "4%", "down"),
    ("word after", "Shares closed 2% higher.", "2%", "up"),
    ("'up' before", "Blackmores up 9.4 per cent to $84", "9.4 per cent", "up"),
    ("change word in the span", "The economy added 911,000 fewer jobs.", "911,000 fewer jobs",
     "down"),
    ("flat", "Prices stayed flat at 2%.", "2%", "flat"),
    ("negative: a level has no direction", "The surplus was $1.19 trillion.", "$1.19 trillion",
     None),
    ("negative: a verb in another clause", "Sales rose, while margins were 5%.", "5%", None),
]


@pytest.mark.parametrize(("origin", "sentence", "span", "direction"), DIRECTION_CASES)
def test_direction(origin: str, sentence: str, span: str, direction: str | None) -> None:
    change = "fewer" if "fewer" in span else None
    assert _claim(sentence, span, change).direction == direction, origin


BASIS_CASES = [
    ("seed", "Imports rose 5.7% in December from a year earlier.", "5.7%", "year-on-year"),
    ("issue 3", "Retail sales rose 3% y/y.", "3%", "year-on-year"),
    ("issue 3", "Output grew 2% year-on-year.", "2%", "year-on-year"),
    ("seed", "exports for the full year grew 5.5% compared to 2024", "5.5%", "compared to 2024"),
    ("month-on-month", "Prices rose 0.3% month-on-month.", "0.3%", "month-on-month"),
    ("month-on-month", "Sales fell 1% from the previous month.", "1%", "month-on-month"),
    ("quarter-on-quarter", "GDP grew 0.8% q/q.", "0.8%", "quarter-on-quarter"),
    ("annualised", "GDP grew at a 3% annualized rate.", "3%", "annualized"),
    ("negative: no comparison", "The surplus was $1.19 trillion.", "$1.19 trillion", None),
]


@pytest.mark.parametrize(("origin", "sentence", "span", "basis"), BASIS_CASES)
def test_basis(origin: str, sentence: str, span: str, basis: str | None) -> None:
    assert _claim(sentence, span).basis == basis, origin


STATUS_CASES = [
    ("seed", "Exports surged 6.6% last month, according to LSEG data.", "6.6%", "actual"),
    ("seed", "topping analysts’ median estimate for a 3% growth", "3%", "expectation"),
    ("seed", "topping expectations for a 0.9% growth", "0.9%", "expectation"),
    ("seed", "Economists polled by Reuters expected the economy to have expanded 4.5%.", "4.5%",
     "expectation"),
    ("seed", "Beijing had set its growth target for 2025 at around 5%.", "around 5%", "target"),
    ("seed", "missing the official target of around 2% increase", "around 2%", "target"),
    ("target after the number", "The bank has a 2% inflation target.", "2%", "target"),
    ("issue 3: consensus", "The consensus was for 1.5% growth.", "1.5%", "expectation"),
    ("forecast", "The IMF forecasts growth of 3.1% next year.", "3.1%", "forecast"),
    ("forecast", "Revenue will rise 8% in 2027.", "8%", "forecast"),
    ("forecast: a future period", "Sales of $5 billion are due in 2027.", "$5 billion",
     "forecast"),
    ("estimate", "The damage is estimated at $2 billion.", "$2 billion", "estimate"),
    ("issue 3: 'X estimates'", "Goldman Sachs estimates the cost at $4 billion.", "$4 billion",
     "estimate"),
    ("blind fixtures: 'an estimated' inside the span", "Floods displaced an estimated "
     "160,000 people.", "an estimated 160,000 people", "estimate"),
    ("blind fixtures: a plan is a target", "The state plans to build 2,500 homes.", "2,500",
     "target"),
    ("blind fixtures: 'is seen at'", "Unemployment is seen at 4.4% in the fourth quarter.",
     "4.4%", "forecast"),
    ("blind fixtures: their own forecast, not a consensus", "Policymakers raised their "
     "forecast for growth to 2.1%.", "2.1%", "forecast"),
    ("blind fixtures: market-implied odds", "Traders priced about a 20% chance of a cut.",
     "20%", "expectation"),
    ("blind fixtures: a data vendor keeps the consensus an expectation", "Analysts on average "
     "were expecting $4.87 billion, according to FactSet.", "$4.87 billion", "expectation"),
    ("blind fixtures: a projection in a relative clause after the number", "Inflation will "
     "end the year at 2.7%, up from the 2.5% it forecast in December.", "2.5%", "forecast"),
    ("blind batch 2: a speaker who estimated", "About 200 residents attended, organisers "
     "estimated.", "200", "estimate"),
    ("blind batch 2: a poll's share of its respondents is its finding", "A Reuters poll showed "
     "70% of economists expect a rate hike.", "70%", "actual"),
    ("blind batch 2: the past starting point of a projected change", "Spending will rise to "
     "$38 million from $31 million last year.", "$31 million", "actual"),
    ("blind batch 2: the projected level itself", "Spending will rise to $38 million from "
     "$31 million last year.", "$38 million", "forecast"),
    ("blind batch 2: odds before the number", "He put the odds of approval by year-end at 90%.",
     "90%", "expectation"),
    ("blind batch 3: the forecast a revision replaced", "The fund trimmed its forecast for "
     "growth to 2.8%, from 3.1% in January.", "3.1%", "forecast"),
    ("blind batch 3: a previous guidance range", "It now expects $7 a share, up from a "
     "previous range of $6 to $6.50.", "$6 to $6.50", "forecast"),
    ("blind batch 3: a poll's margin of error", "The poll of voters has a margin of error of "
     "plus or minus 3 percentage points.", "3 percentage points", "actual"),
    ("blind batch 3: the past starting point of an expected change", "Growth is expected to "
     "slow to 1.8% in 2026 from 2.6% last year.", "2.6%", "actual"),
    ("negative: a cue after the number", "Exports rose 6% in December, beating expectations.",
     "6%", "actual"),
    ("negative: a cue in another clause", "Analysts had expected a fall, but exports grew 5%.",
     "5%", "actual"),
    ("negative: 'as expected' opens a sentence about what happened", "As expected, the bank "
     "raised rates by 25 basis points.", "25 basis points", "actual"),
    ("negative: 'than expected' compares the figure with the expectation", "Profit rose more "
     "than expected, to $5 billion.", "$5 billion", "actual"),
    ("negative: 'than had been expected'", "Output grew less than had been expected, by 1.2%.",
     "1.2%", "actual"),
    ("'than the expected' still names the expected figure", "Sales rose 3%, more than the "
     "expected 2%.", "2%", "expectation"),
]


@pytest.mark.parametrize(("origin", "sentence", "span", "status"), STATUS_CASES)
def test_status(origin: str, sentence: str, span: str, status: str) -> None:
    assert _claim(sentence, span).status == status, origin


METRIC_CASES = [
    ("seed", "Exports surged 6.6% last month.", "6.6%", "exports", None),
    ("seed", "China’s exports for the full year grew 5.5% compared to 2024", "5.5%", "exports",
     "China"),
    ("seed", "imports stayed flat, taking Beijing’s trade surplus to $1.19 trillion.",
     "$1.19 trillion", "trade surplus", "Beijing"),
    ("seed: title; 'annual' is its period", "China’s annual trade surplus hits a record "
     "$1.2 trillion", "$1.2 trillion", "trade surplus", "China"),
    ("seed", "The nearly $19 trillion economy has struggled", "nearly $19 trillion", "economy",
     None),
    ("seed", "missing the official target of around 2% increase", "around 2%",
     "official target", None),
    ("level verb", "Apple's revenue was $90 billion.", "$90 billion", "revenue", "Apple"),
    ("negative: a pronoun is no metric", "when they rose 7.4%", "7.4%", None, None),
    ("a move after a comma is its clause's", "Exports were $5 billion, up 3% on the year.", "3%",
     "exports", None),
    ("a share's whole", "About 35% of the respondents said no.", "About 35%", "respondents",
     None),
    ("figures in brackets measure the name before them",
     "Key players: Ann Lee (15.3 ppg, 7.4 rpg)", "7.4 rpg", "ann lee", None),
    ("a possessive name opens the phrase", "Share this post China's trade surplus hit $1.2 "
     "trillion", "$1.2 trillion", "trade surplus", "China"),
    ("the noun a hyphenated measure modifies", "It has a standard 2.4-liter engine.",
     "2.4-liter", "engine", None),
    ("after 'reported that'", "The agency reported on Monday that average rents climbed "
     "to $2,100.", "$2,100", "average rents", None),
    ("negative: a contraction is no metric", "We're close to 5% now.", "close to 5%", None,
     None),
]


@pytest.mark.parametrize(("origin", "sentence", "span", "metric", "entity"), METRIC_CASES)
def test_metric_and_entity(
    origin: str, sentence: str, span: str, metric: str | None, entity: str | None
) -> None:
    claim = _claim(sentence, span)
    assert (claim.metric, claim.entity) == (metric, entity), origin


def test_later_clause_inherits_the_main_clause_period() -> None:
    # seed: the 0.9% expectation is for December, named only in the main clause.
    sentence = "Imports rose 5.7% in December, topping expectations for a 0.9% growth."
    assert _claim(sentence, "0.9%").period is not None
    assert _claim(sentence, "0.9%").period.text == "December"  # type: ignore[union-attr]


def test_number_without_a_date_has_no_period() -> None:
    # seed: "The nearly $19 trillion economy" names no period, and none is invented.
    assert _claim("The nearly $19 trillion economy has struggled.", "nearly $19 trillion"
                  ).period is None


def test_date_claim_for_an_event_date() -> None:
    # seed: "next Monday" is the release date, a claim of its own and a forecast.
    sentence = "China is set to release next Monday its annual GDP data."
    start = sentence.index("next Monday")
    quantity = Quantity("next Monday", start, start + 11, "date", None)
    (claim,) = assemble_sentence(sentence, 0, len(sentence), [quantity], published=PUBLISHED)
    assert (claim.type, claim.value, claim.status) == ("date", "2026-01-19", "forecast")


@pytest.mark.parametrize(
    ("origin", "sentence", "span"),
    [
        ("seed", "China is set to release its annual and fourth-quarter GDP data.",
         "fourth-quarter"),
        ("Scrapinghub benchmark article", "WeWork’s 2025 bond has weakened sharply.", "2025"),
    ],
)
def test_date_naming_a_thing_is_no_claim(origin: str, sentence: str, span: str) -> None:
    start = sentence.index(span)
    quantity = Quantity(span, start, start + len(span), "date", None)
    assert assemble_sentence(sentence, 0, len(sentence), [quantity], published=PUBLISHED) == [], (
        origin
    )


def test_date_used_as_a_period_is_no_claim_of_its_own() -> None:
    sentence = "Imports rose 5.7% in December."
    quantities = [
        Quantity("5.7%", 13, 17, "percent", 5.7),
        Quantity("December", 21, 29, "date", None),
    ]
    claims = assemble_sentence(sentence, 0, len(sentence), quantities, published=PUBLISHED)
    assert [claim.text for claim in claims] == ["5.7%"]


PLANNED_QUARTER_CASES = [
    # (origin, sentence, span, first day, last day); the article is dated 2026-01-14.
    ("blind fixtures: a forecast for a bare quarter is the coming one",
     "Unemployment is seen at 4.4% in the third quarter.", "4.4%", D(2026, 7, 1),
     D(2026, 9, 30)),
    ("negative: an actual figure for a bare quarter is the latest one",
     "Unemployment rose to 4.4% in the third quarter.", "4.4%", D(2025, 7, 1), D(2025, 9, 30)),
    ("negative: a written year stays", "Unemployment is seen at 4.4% in the third quarter of "
     "2025.", "4.4%", D(2025, 7, 1), D(2025, 9, 30)),
    ("blind batch 2: 'since July' is a comparison point, the weekday stays the period",
     "The yen weakened 0.8% on Tuesday, its weakest level since July.", "0.8%", D(2026, 1, 13),
     D(2026, 1, 13)),
    ("blind fixtures: a weekday beside a quarter is the report day, not the period",
     "Nimbus reported fourth-quarter revenue of $4.82 billion on Wednesday.", "$4.82 billion",
     D(2025, 10, 1), D(2025, 12, 31)),
]


@pytest.mark.parametrize(("origin", "sentence", "span", "first", "last"),
                         PLANNED_QUARTER_CASES)
def test_claim_period(origin: str, sentence: str, span: str, first: dt.date, last: dt.date
                      ) -> None:
    period = _claim(sentence, span).period
    assert period is not None, origin
    assert (period.start, period.end) == (first, last), origin
