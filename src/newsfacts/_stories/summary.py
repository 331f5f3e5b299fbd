"""The ``stories`` and ``story_claims`` rows, from what each member article contributes.

Canonical article of a story: the member whose URL the other members name as their origin (the
original that the reposts credit); else the earliest published; else the longest clean body.
A claim of the story is a (type, value, unit, period) that members agree on, with the number of
members that carry it; wording, metric and source may differ between copies and are left to
the ``claims`` rows of each member.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Member:
    """What the stories table needs of one article."""

    article_id: str
    story_id: str
    url: str | None
    origin_url: str | None
    published: dt.date | None
    length: int
    publisher: str | None
    title: str | None


def publisher_of(site_name: str | None, url: str | None) -> str | None:
    """The site's own name when the page gives one, else its host without ``www.``."""
    if site_name:
        return site_name
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _url_key(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}".lower() or None


def canonical(members: Sequence[Member]) -> Member:
    credited = Counter(key for m in members if (key := _url_key(m.origin_url)))
    by_url = [m for m in members if (key := _url_key(m.url)) and credited.get(key)]
    if by_url:
        return max(by_url, key=lambda m: (credited[_url_key(m.url) or ""], m.length))
    dated = [m for m in members if m.published is not None]
    if dated:
        return min(dated, key=lambda m: (m.published or dt.date.max, -m.length, m.article_id))
    return max(members, key=lambda m: (m.length, m.article_id))


def story_rows(members: Iterable[Member]) -> list[Row]:
    grouped: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        grouped[member.story_id].append(member)
    rows = []
    for story_id, group in grouped.items():
        lead = canonical(group)
        dates = [m.published for m in group if m.published is not None]
        publishers = sorted({m.publisher for m in group if m.publisher})
        rows.append({
            "story_id": story_id,
            "canonical_id": lead.article_id,
            "canonical_url": lead.url,
            "title": lead.title,
            "members": len(group),
            "first_published": min(dates) if dates else None,
            "last_published": max(dates) if dates else None,
            "publishers": json.dumps(publishers, ensure_ascii=False),
        })
    return rows


ClaimKey = tuple[str, Any, Any, Any, Any, Any]  # type, value, value_text, unit, start, end
CLAIM_KEY_COLUMNS = ("type", "value", "value_text", "unit", "period_start", "period_end")


def story_claim_rows(carried: Iterable[tuple[str, str, ClaimKey]]) -> list[Row]:
    """``(story_id, article_id, claim key)`` triples -> one row per key and story, the keys
    carried by most members first."""
    carriers: dict[str, dict[ClaimKey, set[str]]] = defaultdict(lambda: defaultdict(set))
    for story_id, article_id, key in carried:
        carriers[story_id][key].add(article_id)
    rows = []
    for story_id, keys in carriers.items():
        ranked = sorted(keys.items(), key=lambda item: (-len(item[1]), _sortable(item[0])))
        for position, (key, articles) in enumerate(ranked):
            rows.append({"story_id": story_id, "position": position,
                         **dict(zip(CLAIM_KEY_COLUMNS, key, strict=True)),
                         "members": len(articles)})
    return rows


def _sortable(key: ClaimKey) -> tuple[str, ...]:
    return tuple("" if part is None else str(part) for part in key)
