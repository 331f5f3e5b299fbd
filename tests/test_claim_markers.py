"""Numbers that are not claims of the story: the page's own markers, and a headline's repeat.

Each case is written for the rule it tests (none is taken from a corpus) and names the kind of
page where the form turns up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts import Claim
from newsfacts._facts import ClaimFinder

PUBLISHED = dt.date(2026, 3, 11)
LEAD = "Exports rose 4.2% in February from a year earlier, the statistics office said."


def _claims(text: str, title: str | None = None) -> list[Claim]:
    return ClaimFinder("blank").find(text, published=PUBLISHED, title=title)


@pytest.mark.parametrize(("kind", "marker", "number"), [
    ("a feed list's headline with its age", "Fossils found in a Spanish cave - 14 mins ago",
     "14 mins"),
    ("an aggregator card's age after a middle dot", "Rates hold steady · 3 hours ago", "3 hours"),
    ("a lone age under a teaser", "5 days ago", "5 days"),
    ("a thread's post number", "1/ Inflation climbed 6.4% in January.", "1"),
    ("a blog's reading time", "Reading Time: 2 mins read", "2 mins"),
    ("a news app's reading time", "3 min read", "3 min"),
    ("a table row of bare numbers", "0.102 | 0.85 | 0.047 | 0.9777 |", "0.9777"),
    ("a lone number line", "2", "2"),
])
def test_page_markers_are_no_claims(kind: str, marker: str, number: str) -> None:
    texts = [claim.text for claim in _claims(f"{marker}\n\n{LEAD}")]
    assert number not in texts, kind
    assert "4.2%" in texts, kind


@pytest.mark.parametrize(("kind", "sentence", "number"), [
    ("an age that is the story's figure", "The advance estimate of 3.0% came two months ago.",
     "3.0%"),
    ("a count that starts a sentence", "12 banks failed the stress test this year.", "12 banks"),
    ("a figure with its unit in a table cell", "Revenue | $5.2 billion | up 3%", "$5.2 billion"),
])
def test_figures_that_look_like_markers_stay(kind: str, sentence: str, number: str) -> None:
    assert number in [claim.text for claim in _claims(sentence)], kind


def test_a_headline_figure_the_body_restates_is_claimed_once() -> None:
    claims = _claims(LEAD, title="Exports up 4.2% in February")
    assert [(claim.text, claim.where) for claim in claims] == [("4.2%", "body")]


def test_a_headline_figure_the_body_does_not_give_stays() -> None:
    claims = _claims(LEAD, title="Trade surplus hits a record $1.2 trillion")
    assert ("$1.2 trillion", "title") in [(claim.text, claim.where) for claim in claims]


def test_a_fall_signed_in_one_place_only_is_still_the_same_figure() -> None:
    body = "Shares of Acme fell 7% on Tuesday after the company cut its forecast."
    claims = _claims(body, title="Acme shares drop 7% on forecast cut")
    assert [claim.where for claim in claims if claim.text == "7%"] == ["body"]
