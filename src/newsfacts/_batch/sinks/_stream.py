"""Outputs written once as a stream (JSON Lines, CSV): opening one that may be stdout, what
such an output stores for later runs (nothing), and reporting errors for formats without an
errors table."""

from __future__ import annotations

import sys
from typing import IO

from ..._stories import Signature
from ..._templates import SiteTemplates
from ..outcomes import Failed


def open_output(path: str | None) -> tuple[IO[bytes], bool]:
    """The binary stream to write, and whether the sink owns (and so closes) it."""
    if path is None or path == "-":
        return sys.stdout.buffer, False
    return open(path, "wb"), True  # the sink closes it in close()


def report_error(failure: Failed) -> None:
    print(f"newsfacts: {failure.key}: {failure.error_type}: {failure.message}", file=sys.stderr)


class StreamSink:
    """What every stream output shares: it is written once, so a later run finds nothing in it
    to resume from (no done inputs, no story signatures, no site templates)."""

    def __init__(self, path: str | None) -> None:
        self.stream, self.owned = open_output(path)
        self.seen: set[str] = set()

    def done_inputs(self) -> set[str]:
        return set()

    def stored_signatures(self) -> list[tuple[str, str, Signature]]:
        return []

    def stored_templates(self) -> SiteTemplates:
        return SiteTemplates()

    def write_templates(self, templates: SiteTemplates) -> None:
        """Nothing to store: a file output is not read by later runs."""

    def close(self) -> None:
        if self.owned:
            self.stream.close()
