"""Opening a text output that may be stdout, and reporting errors for formats without an
errors table."""

from __future__ import annotations

import sys
from typing import IO

from ..outcomes import Failed


def open_output(path: str | None) -> tuple[IO[bytes], bool]:
    """The binary stream to write, and whether the sink owns (and so closes) it."""
    if path is None or path == "-":
        return sys.stdout.buffer, False
    return open(path, "wb"), True  # the sink closes it in close()


def report_error(failure: Failed) -> None:
    print(f"newsfacts: {failure.key}: {failure.error_type}: {failure.message}", file=sys.stderr)
