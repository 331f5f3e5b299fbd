"""Articles and failures flattened to the rows of ``tables.json``: one mapping per row."""

from __future__ import annotations

import json
import math
from typing import Any

from .._records import SCHEMA_VERSION, Article, Claim
from .._stories.signature import Signature
from .outcomes import Failed

Row = dict[str, Any]


def safe_text(value: str) -> str:
    """Text every database accepts: no NUL (PostgreSQL refuses it), no lone surrogates."""
    if "\x00" in value:
        value = value.replace("\x00", "\ufffd")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "replace").decode("utf-8")
    return value


def _finite(value: float | None) -> float | None:
    """NaN and infinity are not quantities, and JSON (DuckDB's staging) cannot carry them."""
    return None if value is None or not math.isfinite(value) else float(value)


def _safe_row(row: Row) -> Row:
    return {k: safe_text(v) if isinstance(v, str) else v for k, v in row.items()}


def article_row(article: Article, key: str) -> Row:
    origin = article.origin
    return _safe_row({
        "id": article.id,
        "input": key,
        "schema_version": SCHEMA_VERSION,
        "url": article.url,
        "title": article.title,
        "byline": article.byline,
        "published": article.published,
        "modified": article.modified,
        "site_name": article.site_name,
        "language": article.language,
        "kind": article.kind,
        "encoding": article.encoding,
        "origin_publisher": None if origin is None else origin.publisher,
        "origin_url": None if origin is None else origin.url,
        "origin_published": None if origin is None else origin.published,
        "reposted_by": json.dumps(list(article.reposted_by), ensure_ascii=False),
        "warnings": json.dumps(list(article.warnings), ensure_ascii=False),
        "claim_count": len(article.claims),
        "removal_count": len(article.removed),
        "text": article.text,
        "story_id": article.story_id,
    })


def signature_row(article: Article, signature: Signature) -> Row:
    return {"article_id": article.id, "story_id": article.story_id or article.id,
            "shingles": signature.size, "signature": signature.encode(),
            "numbers": signature.encode_numbers(), "host": signature.host}


def claim_row(article_id: str, position: int, claim: Claim) -> Row:
    # A date claim carries its value as an ISO string; numbers and strings get their own columns
    # so that `value` stays numeric in every database.
    numeric = claim.value if isinstance(claim.value, (int, float)) else None
    textual = claim.value if isinstance(claim.value, str) else None
    period, source = claim.period, claim.source
    return _safe_row({
        "article_id": article_id,
        "position": position,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "sentence": claim.sentence,
        "type": claim.type,
        "value": None if numeric is None else _finite(numeric),
        "value_text": textual,
        "low": _finite(claim.low),
        "high": _finite(claim.high),
        "unit": claim.unit,
        "scale": _finite(claim.scale),
        "bound": claim.bound,
        "metric": claim.metric,
        "entity": claim.entity,
        "direction": claim.direction,
        "basis": claim.basis,
        "period_start": None if period is None else period.start,
        "period_end": None if period is None else period.end,
        "period_text": None if period is None else period.text,
        "source_name": None if source is None else source.name,
        "source_cue": None if source is None else source.cue,
        "status": claim.status,
        "where": claim.where,
        "carried": json.dumps(list(claim.carried)),
    })


def claim_rows(article: Article) -> list[Row]:
    return [claim_row(article.id, i, claim) for i, claim in enumerate(article.claims)]


def removal_rows(article: Article) -> list[Row]:
    return [
        _safe_row({"article_id": article.id, "position": i, "reason": removal.reason,
                   "text": removal.text})
        for i, removal in enumerate(article.removed)
    ]


def error_row(failure: Failed) -> Row:
    return _safe_row({
        "input": failure.key,
        "position": failure.position,
        "error_type": failure.error_type,
        "message": failure.message,
    })
