"""Print what a `newsfacts extract ... -o FILE.sqlite` run found: articles, their claims, errors.

Used by `make run`; works on any SQLite output of the batch command.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import textwrap


def _value(value: float | None, text_value: str | None, unit: str | None) -> str:
    if text_value is not None:
        return text_value
    if value is None:
        return "?"
    shown = f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"
    return f"{shown} {unit}" if unit else shown


def show(database: str) -> None:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    articles = connection.execute(
        "SELECT id, input, title, published, origin_publisher, reposted_by, claim_count, "
        "removal_count FROM articles ORDER BY input").fetchall()
    for article_id, source, title, published, origin, reposted_by, claims, removals in articles:
        print(f"\n{source}\n  {title or '(no title)'}  [{published or 'no date'}]")
        if origin:
            reposters = ", ".join(json.loads(reposted_by or "[]"))
            print(f"  original: {origin}" + (f"; reposted by {reposters}" if reposters else ""))
        print(f"  {removals} pieces of furniture removed, {claims} claims:")
        rows = connection.execute(
            'SELECT "text", "type", "value", value_text, unit, metric, direction, period_text, '
            'period_start, period_end, source_name, status FROM claims WHERE article_id = ? '
            "ORDER BY position", (article_id,)).fetchall()
        for (text, kind, value, value_text, unit, metric, direction, period, start, end,
             source_name, status) in rows:
            parts = [f"{text!r}", kind, _value(value, value_text, unit), status]
            if metric:
                parts.append(f"metric={metric}")
            if direction:
                parts.append(direction)
            if period:
                parts.append(f"period={period}" + (f" ({start}..{end})" if start else ""))
            if source_name:
                parts.append(f"source={source_name}")
            print(textwrap.indent(textwrap.fill(" | ".join(parts), 96), "    - ")
                  .replace("\n    - ", "\n      "))
    _show_stories(connection)
    errors = connection.execute("SELECT input, error_type, message FROM errors").fetchall()
    for source, error_type, message in errors:
        print(f"\n{source}: {error_type}: {message}")
    connection.close()


def _show_stories(connection: sqlite3.Connection) -> None:
    """The stories with more than one member: which sites carried one story."""
    stories = connection.execute(
        "SELECT s.story_id, s.title, s.members, s.first_published, s.last_published, "
        "s.publishers, a.input FROM stories s JOIN articles a ON a.id = s.canonical_id "
        "WHERE s.members > 1 ORDER BY s.members DESC, s.first_published").fetchall()
    if not stories:
        return
    noun = "story" if len(stories) == 1 else "stories"
    print(f"\n{len(stories)} {noun} carried by more than one page:")
    for story_id, title, members, first, last, publishers, canonical in stories:
        print(f"\n  {title or '(no title)'}  [{first or '?'} .. {last or '?'}]")
        print(f"    {members} pages by {', '.join(json.loads(publishers)) or 'unknown sites'}; "
              f"canonical: {canonical}")
        agreed = connection.execute(
            "SELECT type, value, value_text, unit, members FROM story_claims "
            "WHERE story_id = ? AND members > 1 ORDER BY position", (story_id,)).fetchall()
        shown = [f"{_value(value, text, unit)}" for _kind, value, text, unit, _n in agreed]
        print(textwrap.indent(textwrap.fill(
            f"{len(agreed)} figures more than one copy carries: " + "; ".join(shown), 92), "    "))


if __name__ == "__main__":
    show(sys.argv[1] if len(sys.argv) > 1 else "out/newsfacts.sqlite")
