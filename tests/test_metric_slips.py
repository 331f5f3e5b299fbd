"""Metric slips seen in ``make run`` on the bundled examples, and period words read as claims.

Each case is a kind of phrasing (written here, not copied from the examples): a state of the
figure ("roughly flat"), a unit ("tons") or who acted ("polled by Andes Wire") is no metric,
and a stretch of time inside a period's name ("the first six months") is no claim.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts._facts import ClaimFinder

PUBLISHED = dt.date(2026, 3, 11)


def _metric(text: str, span: str) -> str | None:
    found = [c for c in ClaimFinder("blank").find(text, published=PUBLISHED) if c.text == span]
    assert found, span
    return found[0].metric


@pytest.mark.parametrize(("why", "text", "span", "not_metric"), [
    ("a state of the figure", "For the first ten months, output was roughly flat at 4.6 "
     "million tons.", "4.6 million tons", "flat"),
    ("a unit of the figure before", "The agency sees output of 5.5 million tons in 2027, a "
     "rise of 4% on this year.", "4%", "tons"),
    ("who expected the figure", "Analysts polled by Acme Wire had expected a decline of 1.5%.",
     "1.5%", "acme wire"),
])
def test_no_metric_slip(why: str, text: str, span: str, not_metric: str) -> None:
    metric = _metric(text, span)
    assert metric is None or not_metric not in metric, why


def test_a_state_leaves_the_subject_as_metric() -> None:
    text = "For the first ten months, production was roughly flat at 4.6 million tons."
    assert _metric(text, "4.6 million tons") == "production"


@pytest.mark.parametrize(("text", "kept"), [
    ("GDP reached 20.4 trillion yuan in the first six months.", ["20.4 trillion yuan"]),
    ("Exports rose 3% in the three months to November.", ["3%"]),
    # A stretch of time outside any period's name is still a figure.
    ("The loan runs for three months.", ["three months"]),
])
def test_a_stretch_of_time_inside_a_period_is_no_claim(text: str, kept: list[str]) -> None:
    found = [c.text for c in ClaimFinder("blank").find(text, published=PUBLISHED)
             if c.type != "date"]
    assert found == kept


@pytest.mark.parametrize(("why", "text", "span", "metric"), [
    ("a count's verb ends its subject", "Northfield operates 14 bakeries in three states.",
     "14 bakeries", "northfield"),
    ("a hyphenated modifier is no adverb", "The median price for single-family homes was "
     "$3.1 million.", "$3.1 million", "median price for single-family homes"),
    ("openers set off by commas", "In the harbour district, based on 37 sales, the median "
     "rent was $2,900.", "$2,900", "median rent"),
    ("a market price standing at a level", "Nordcoin is trading hands at $1.67.", "$1.67",
     "nordcoin"),
    ("a basis between a move and its level", "Adjusted EBITDA increased 15% year-over-year to "
     "$10.8 million.", "$10.8 million", "adjusted ebitda"),
    ("a lower-case owner before the noun", "The nation's trade gap narrowed sharply in May, to "
     "$43.1 billion.", "$43.1 billion", "trade gap"),
    ("what a span ranges over", "The fund holds claims, ranging from $200 to $4 million.",
     "from $200 to $4 million", "claims"),
    ("a predicate adjective", "Growth was strong at 5%.", "5%", "growth"),
    ("a move told by a participle after a comma", "Nordcoin rose towards $65,000 on Monday, "
     "gaining nearly 4% on the day.", "nearly 4%", "nordcoin"),
    ("a level reached after a comma", "Arrivals of tourists rose 7% last year, accounting to "
     "1.32 billion.", "1.32 billion", "arrivals of tourists"),
    ("nouns joined by 'and'", "The company cut general and administrative expenses by "
     "$0.4 million.", "$0.4 million", "general and administrative expenses"),
    ("a move by a further amount", "The total bond market has shrunk by another $50 billion.",
     "$50 billion", "bond market"),
    ("what a sentence of reasoning is about", "This means the engine produces 296 hp.",
     "296 hp", "engine"),
    ("a change set beside the figure it qualifies", "The agency sees output of 5.5 million "
     "tons in 2027, a rise of 4% on this year.", "4%", "output"),
    ("a change beside an amount of money", "Sales came in at $4.2 billion, an increase of 12% "
     "from a year ago, the retailer said.", "12%", "sales"),
])
def test_metric_reading(why: str, text: str, span: str, metric: str) -> None:
    assert _metric(text, span) == metric, why


@pytest.mark.parametrize(("text", "span"), [
    ("Analysts had forecast a still bigger drop of around 12,000.", "around 12,000"),
    ("It followed a 10.1 percent year-on-year decline in April.", "10.1 percent"),
])
def test_the_size_or_basis_of_a_change_is_no_metric(text: str, span: str) -> None:
    assert _metric(text, span) is None

