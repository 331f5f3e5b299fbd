"""A date claim's ``metric``: the event the date dates, as a short normalised noun phrase.

The sentences are written for these tests; each names the kind of sentence it stands for.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts import Extractor, Options

PUBLISHED = dt.date(2026, 1, 14)


@pytest.mark.parametrize(
    ("kind", "sentence", "date", "event"),
    [
        ("event verb with its object after the date (the seed's release date)",
         "The statistics bureau is set to release next Monday its annual GDP data.",
         "next Monday", "release of annual gdp data"),
        ("event verb with its object before the date",
         "The central bank will publish its quarterly survey on Thursday.",
         "Thursday", "publication of quarterly survey"),
        ("passive event verb: its subject names the thing",
         "A national minimum wage was introduced on January 1, 2015, the ministry said.",
         "January 1, 2015", "introduction of national minimum wage"),
        ("a date that modifies the noun after it",
         "The forecast was little changed from its August estimate of the harvest.",
         "August", "estimate"),
        ("a clause without an event verb keeps its last words, without a hole",
         "While overall exports saw robust growth in 2025, margins shrank.",
         "2025", "overall exports saw robust growth"),
        ("time words before the date belong to the date, not the event",
         "Shipments fell sharply for most of last year.",
         "last year", "shipments fell sharply"),
    ],
)
def test_date_claim_names_its_event(kind: str, sentence: str, date: str, event: str) -> None:
    claims = Extractor(Options()).claims(sentence, published=PUBLISHED)
    dated = [claim for claim in claims if claim.type == "date" and claim.text == date]
    assert dated, (kind, [(c.text, c.type) for c in claims])
    assert dated[0].metric == event, kind


def test_no_event_words_leaves_metric_empty() -> None:
    claims = Extractor(Options()).claims("Friday.", published=PUBLISHED)
    assert [(claim.type, claim.metric) for claim in claims] == [("date", None)]
