"""Where a batch's rows go. Every sink writes the tables of ``schema/tables.json``.

A sink receives the outcomes of a few documents at a time, in input order, and writes them in
one transaction (or one buffered append for file formats): a run that is killed loses at most the
batch in flight, never part of a document, and ``--resume`` redoes exactly what is missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Literal, Protocol

from ..._stories import Signature
from ..._templates import SiteTemplates
from ..outcomes import Outcome

Format = Literal["jsonl", "csv", "parquet", "sqlite", "duckdb", "postgres"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet", "sqlite", "duckdb", "postgres")

# Output name endings and the format each implies; the first match wins.
_SUFFIX_FORMATS: tuple[tuple[str, Format], ...] = (
    (".sqlite", "sqlite"),
    (".sqlite3", "sqlite"),
    (".db", "sqlite"),
    (".duckdb", "duckdb"),
    (".parquet", "parquet"),
    (".csv", "csv"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
)
_URL_SCHEMES = ("postgresql://", "postgres://")


class SinkError(RuntimeError):
    """The output cannot be opened or written (an unreachable database, a missing extra)."""


def make_parent_folder(path: str) -> None:
    """Create the folder an output file goes in; a folder that cannot be made is a SinkError."""
    folder = os.path.dirname(path)
    if not folder:
        return
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise SinkError(f"cannot create the output folder {folder}: {exc}") from exc


class Sink(Protocol):
    """What the batch command needs from an output."""

    def done_inputs(self) -> set[str]:
        """Input keys that already have an article or error row (for ``--resume``)."""
        ...

    def write(self, outcomes: Sequence[Outcome]) -> None:
        """Write the rows of these documents together: all of them or none."""
        ...

    def stored_signatures(self) -> Iterable[tuple[str, str, Signature]]:
        """(article id, story id, signature) of every article an earlier run filed in a story."""
        ...

    def finish_stories(self) -> None:
        """Write the ``stories`` and ``story_claims`` tables from everything written so far."""
        ...

    def stored_templates(self) -> SiteTemplates:
        """The site templates an earlier run stored (none for file outputs)."""
        ...

    def write_templates(self, templates: SiteTemplates) -> None:
        """Add these site templates to the ``templates`` table."""
        ...

    def close(self) -> None:
        ...


def infer_format(output: str | None) -> Format | None:
    """The format an output name implies; JSON Lines on stdout when there is no output."""
    if output is None or output == "-":
        return "jsonl"
    if output.lower().startswith(_URL_SCHEMES):
        return "postgres"
    lowered = output.lower()
    return next((fmt for suffix, fmt in _SUFFIX_FORMATS if lowered.endswith(suffix)), None)


def open_sink(output: str | None, fmt: Format, *, resume: bool) -> Sink:
    """Open (and create the tables of) the output; raises :class:`SinkError` before any work."""
    if fmt == "sqlite":
        from .sqlite import SqliteSink

        return SqliteSink(_require_path(output, fmt))
    if fmt == "duckdb":
        from .duckdb import DuckdbSink

        return DuckdbSink(_require_path(output, fmt))
    if fmt == "postgres":
        from .postgres import PostgresSink

        return PostgresSink(_require_path(output, fmt))
    if resume:
        raise SinkError(f"--resume needs a database output (sqlite, duckdb, postgres), not {fmt}")
    if fmt == "parquet":
        from .parquet import ParquetSink

        return ParquetSink(_require_path(output, fmt))
    if fmt == "csv":
        from .csv import CsvSink

        return CsvSink(output)
    from .jsonl import JsonlSink

    return JsonlSink(output)


def _require_path(output: str | None, fmt: Format) -> str:
    if output is None or output == "-":
        raise SinkError(f"the {fmt} format needs an output: -o NAME")
    return output


__all__ = ["FORMATS", "Format", "Sink", "SinkError", "infer_format", "open_sink"]
