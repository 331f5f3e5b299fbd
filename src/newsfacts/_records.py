"""The records newsfacts returns: frozen dataclasses with JSON-native ``to_dict()``.

Every record serialises to the same keys in Python, JSON, CSV and Arrow. Dates are
``datetime.date`` in Python and ISO 8601 strings in ``to_dict()``; ``from_dict()`` reverses it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

SCHEMA_VERSION = "1.1"

ClaimType = Literal["percent", "money", "count", "measure", "date", "number"]
Bound = Literal["=", "~", ">", ">=", "<", "<="]
Direction = Literal["up", "down", "flat"]
Status = Literal["actual", "forecast", "expectation", "target", "estimate"]
Where = Literal["body", "title"]
# The fields a claim can take from earlier in its article rather than from its own sentence.
Carried = Literal["source", "period", "entity", "metric"]
CARRIED_FIELDS: tuple[Carried, ...] = ("source", "period", "entity", "metric")

JSONValue = Any  # str | int | float | bool | None | list[JSONValue] | dict[str, JSONValue]


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    raise TypeError(f"expected an ISO date string, got {type(value).__name__}")


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def _opt_float(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, (int, float, str)):
        return float(value)
    raise TypeError(f"expected a number, got {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the input that is not part of the article, and why it was taken out."""

    text: str
    reason: str

    def to_dict(self) -> dict[str, JSONValue]:
        return {"text": self.text, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Removal:
        return cls(text=str(data["text"]), reason=str(data["reason"]))


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a reposted article first appeared, as far as the repost says."""

    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None

    def to_dict(self) -> dict[str, JSONValue]:
        return {"publisher": self.publisher, "url": self.url, "published": _iso(self.published)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Origin:
        return cls(
            publisher=_opt_str(data.get("publisher")),
            url=_opt_str(data.get("url")),
            published=_date(data.get("published")),
        )


@dataclass(frozen=True, slots=True)
class Period:
    """The time a claim refers to: inclusive dates and the words that named it."""

    start: dt.date | None
    end: dt.date | None
    text: str

    def to_dict(self) -> dict[str, JSONValue]:
        return {"start": _iso(self.start), "end": _iso(self.end), "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Period:
        return cls(
            start=_date(data.get("start")),
            end=_date(data.get("end")),
            text=str(data.get("text", "")),
        )


@dataclass(frozen=True, slots=True)
class Source:
    """Who a claim is attributed to (``name``) and the words that say so (``cue``)."""

    name: str
    cue: str

    def to_dict(self) -> dict[str, JSONValue]:
        return {"name": self.name, "cue": self.cue}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Source:
        return cls(name=str(data["name"]), cue=str(data["cue"]))


@dataclass(frozen=True, slots=True)
class Claim:
    """One quantity in an article with the context that makes it usable.

    ``start``/``end`` are character offsets into ``Article.text`` (or into ``Article.title``
    when ``where == "title"``). ``value`` is already multiplied by ``scale``; for ``type ==
    "date"`` it is an ISO date string. ``low``/``high`` are set for ranges. ``carried`` names
    the fields (of ``CARRIED_FIELDS``) the claim took from earlier in the article rather than
    from its own sentence.
    """

    text: str
    start: int
    end: int
    sentence: str
    type: ClaimType
    value: float | str | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    scale: float | None = None
    bound: Bound = "="
    metric: str | None = None
    entity: str | None = None
    direction: Direction | None = None
    basis: str | None = None
    period: Period | None = None
    source: Source | None = None
    status: Status = "actual"
    where: Where = "body"
    carried: tuple[Carried, ...] = ()

    def to_dict(self) -> dict[str, JSONValue]:
        return {
            "schema_version": SCHEMA_VERSION,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "type": self.type,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "unit": self.unit,
            "scale": self.scale,
            "bound": self.bound,
            "metric": self.metric,
            "entity": self.entity,
            "direction": self.direction,
            "basis": self.basis,
            "period": None if self.period is None else self.period.to_dict(),
            "source": None if self.source is None else self.source.to_dict(),
            "status": self.status,
            "where": self.where,
            "carried": list(self.carried),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Claim:
        raw_value = data.get("value")
        value = raw_value if raw_value is None or isinstance(raw_value, str) else float(raw_value)
        period = data.get("period")
        source = data.get("source")
        return cls(
            text=str(data["text"]),
            start=int(data["start"]),
            end=int(data["end"]),
            sentence=str(data.get("sentence", "")),
            type=data["type"],
            value=value,
            low=_opt_float(data.get("low")),
            high=_opt_float(data.get("high")),
            unit=_opt_str(data.get("unit")),
            scale=_opt_float(data.get("scale")),
            bound=data.get("bound") or "=",
            metric=_opt_str(data.get("metric")),
            entity=_opt_str(data.get("entity")),
            direction=data.get("direction"),
            basis=_opt_str(data.get("basis")),
            period=None if period is None else Period.from_dict(period),
            source=None if source is None else Source.from_dict(source),
            status=data.get("status") or "actual",
            where=data.get("where") or "body",
            carried=tuple(name for name in CARRIED_FIELDS if name in (data.get("carried") or ())),
        )


@dataclass(frozen=True, slots=True)
class Article:
    """A clean article: metadata, body text, provenance, what was removed, and its claims.

    ``text`` holds the body paragraphs separated by one blank line. ``removed`` lists, in
    input order, every piece of the input that is not in ``text`` and the reason it went.
    ``warnings`` says what looked wrong without being an error (an empty body, text a
    parser limit would have dropped, an encoding guess).
    """

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    modified: dt.date | None = None
    site_name: str | None = None
    language: str | None = None
    origin: Origin | None = None
    reposted_by: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()
    claims: tuple[Claim, ...] = ()
    warnings: tuple[str, ...] = ()
    kind: Literal["html", "text"] = "text"
    encoding: str | None = None
    # The story (near-duplicate bodies across a batch) this article is in; set by batch runs.
    story_id: str | None = None

    def to_dict(self) -> dict[str, JSONValue]:
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "byline": self.byline,
            "published": _iso(self.published),
            "modified": _iso(self.modified),
            "site_name": self.site_name,
            "language": self.language,
            "text": self.text,
            "origin": None if self.origin is None else self.origin.to_dict(),
            "reposted_by": list(self.reposted_by),
            "removed": [r.to_dict() for r in self.removed],
            "claims": [c.to_dict() for c in self.claims],
            "warnings": list(self.warnings),
            "kind": self.kind,
            "encoding": self.encoding,
            "story_id": self.story_id,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        origin = data.get("origin")
        return cls(
            id=str(data["id"]),
            text=str(data.get("text", "")),
            url=_opt_str(data.get("url")),
            title=_opt_str(data.get("title")),
            byline=_opt_str(data.get("byline")),
            published=_date(data.get("published")),
            modified=_date(data.get("modified")),
            site_name=_opt_str(data.get("site_name")),
            language=_opt_str(data.get("language")),
            origin=None if origin is None else Origin.from_dict(origin),
            reposted_by=tuple(str(x) for x in data.get("reposted_by", ())),
            removed=tuple(Removal.from_dict(r) for r in data.get("removed", ())),
            claims=tuple(Claim.from_dict(c) for c in data.get("claims", ())),
            warnings=tuple(str(w) for w in data.get("warnings", ())),
            kind=data.get("kind") or "text",
            encoding=_opt_str(data.get("encoding")),
            story_id=_opt_str(data.get("story_id")),
        )
