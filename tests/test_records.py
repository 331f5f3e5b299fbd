"""Records are frozen, JSON-native, round-trip through dicts and match the shipped schema."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from importlib import resources
from typing import Any

import jsonschema
import pytest

import newsfacts
from newsfacts import Article, Claim, Origin, Period, Removal, Source


def _schema() -> dict[str, Any]:
    text = resources.files("newsfacts").joinpath("schema/article.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _sample_article() -> Article:
    claim = Claim(
        text="6.6%",
        start=15,
        end=19,
        sentence="Exports surged 6.6% last month.",
        type="percent",
        value=6.6,
        metric="exports",
        direction="up",
        period=Period(dt.date(2025, 12, 1), dt.date(2025, 12, 31), "last month"),
        source=Source("LSEG", "according to"),
    )
    return Article(
        id="abc",
        text="Exports surged 6.6% last month.",
        title="Trade",
        published=dt.date(2026, 1, 14),
        origin=Origin("CNBC", "https://www.cnbc.com/x", dt.date(2026, 1, 14)),
        reposted_by=("BitcoinEthereumNews.com",),
        removed=(Removal("Share", "share-widget"),),
        claims=(claim,),
    )


def test_records_are_frozen() -> None:
    article = _sample_article()
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.title = "changed"  # type: ignore[misc]


def test_to_dict_is_json_native_and_round_trips() -> None:
    article = _sample_article()
    data = article.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["schema_version"] == newsfacts.SCHEMA_VERSION
    assert data["claims"][0]["period"] == {
        "start": "2025-12-01",
        "end": "2025-12-31",
        "text": "last month",
    }
    assert Article.from_dict(data) == article


def test_sample_matches_schema() -> None:
    jsonschema.validate(_sample_article().to_dict(), _schema())


def test_schema_rejects_a_wrong_record() -> None:
    data = _sample_article().to_dict()
    data["claims"][0]["status"] = "rumour"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _schema())


def test_real_output_matches_schema() -> None:
    text = (
        "Exports jump in December\n\n"
        "Exports surged 6.6% in December from a year earlier, according to LSEG data.\n\n"
        "Share\n"
    )
    article = newsfacts.extract(text, published="2026-01-14")
    jsonschema.validate(article.to_dict(), _schema())
    html = (
        "<html><head><title>Exports jump</title></head><body><article>"
        "<p>Exports surged 6.6% in December from a year earlier, according to LSEG data.</p>"
        "</article></body></html>"
    )
    jsonschema.validate(newsfacts.extract(html).to_dict(), _schema())


def test_carried_fields_round_trip_and_match_schema() -> None:
    article = _sample_article()
    claim = dataclasses.replace(article.claims[0], carried=("source", "period"))
    data = dataclasses.replace(article, claims=(claim,)).to_dict()
    assert data["claims"][0]["carried"] == ["source", "period"]
    jsonschema.validate(data, _schema())
    assert Article.from_dict(data).claims[0].carried == ("source", "period")
    data["claims"][0]["carried"] = ["metric", "entity"]
    jsonschema.validate(data, _schema())
    assert Article.from_dict(data).claims[0].carried == ("entity", "metric")
    data["claims"][0]["carried"] = ["value"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _schema())
