"""A figure whose own words name no metric takes the one the figure before it measured.

Cases written for this project; each names the kind of reference a reader resolves.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts._facts import ClaimFinder
from newsfacts._facts.carried_metrics import carry_metrics
from newsfacts._records import Claim

PUBLISHED = dt.date(2026, 3, 11)


def _claim(text: str, span: str):  # type: ignore[no-untyped-def]
    found = [c for c in ClaimFinder("blank").find(text, published=PUBLISHED) if c.text == span]
    assert found, span
    return found[0]


@pytest.mark.parametrize(("kind", "text", "span", "metric"), [
    ("a pronoun subject", "Nordcoin's price fell 4% to $61,900 on Monday. It now struggles at "
     "$61,500.", "$61,500", "price"),
    ("an expectation of the same figure", "Retail sales rose 0.7% in February. Economists "
     "polled by Acme Wire had forecast a 0.2% increase.", "0.2%", "retail sales"),
    ("the same amount in another currency", "Net profit climbed to 28.3 billion dirhams "
     "($7.7 billion).", "$7.7 billion", "net profit"),
    ("a consensus told paragraphs later is of the lead figure", "Copper output fell 3.1% in "
     "October.\n\nPrivate mines produced about 2% less.\n\nAnalysts polled by Acme Wire had "
     "expected a decline of 1.5%.", "1.5%", "copper output"),
    ("a pronoun skips an expectation told in passing", "Imports rose 5.7%, topping expectations "
     "for a 0.9% growth, the strongest since September when they rose 7.4%.", "7.4%",
     "imports"),
    ("a change after a level", "The median home price was $3.1 million, down 9.2% from a year "
     "earlier.", "9.2%", "median home price"),
])
def test_metric_is_carried(kind: str, text: str, span: str, metric: str) -> None:
    claim = _claim(text, span)
    assert claim.metric == metric, kind


def test_a_carried_metric_says_so() -> None:
    claim = _claim("Nordcoin's price fell 4% to $61,900 on Monday. It now struggles at $61,500.",
                   "$61,500")
    assert "metric" in claim.carried
    assert claim.to_dict()["carried"] == list(claim.carried)


@pytest.mark.parametrize(("kind", "text", "span"), [
    ("an amount per share is no total", "Net income was $5.1 million, or 41 cents per share.",
     "41 cents per share"),
])
def test_metric_is_not_carried(kind: str, text: str, span: str) -> None:
    claim = _claim(text, span)
    assert "metric" not in claim.carried, kind


def test_a_metric_does_not_reach_past_the_next_paragraph() -> None:
    text = ("Copper output fell 3% in October.\n\nZinc was steady.\n\nShipping was slow.\n\n"
            "It was also down 2%.")
    assert _claim(text, "2%").metric is None


def test_dates_and_headline_figures_neither_give_nor_take() -> None:
    text = "Sales rose 5%. Results are due on April 30. It was 2%."
    stated = Claim("5%", 11, 13, "Sales rose 5%.", "percent", 5.0, unit="percent", metric="sales")
    date = Claim("April 30", 34, 42, "Results are due on April 30.", "date", "2026-04-30")
    headline = Claim("9%", 0, 2, "9% jump", "percent", 9.0, unit="percent", where="title")
    bare = Claim("2%", 51, 53, "It was 2%.", "percent", 2.0, unit="percent")
    result = carry_metrics(text, [stated, date, headline, bare])
    assert [claim.metric for claim in result] == ["sales", None, None, "sales"]
    assert result[3].carried == ("metric",)
