"""Extractors that misbehave on purpose, for the batch runner's tests.

They live in a module of their own because worker processes import them by name (a pickled
factory crosses the process boundary as a module path plus a class name).
"""

from __future__ import annotations

import os
import time
from typing import Any

from newsfacts import Article, Extractor

HANG_MARKER = "HANG-THIS-WORKER"
CRASH_MARKER = "CRASH-THIS-WORKER"


class MisbehavingExtractor(Extractor):
    """Hangs forever on a document holding HANG_MARKER, dies hard on one holding CRASH_MARKER.

    A hang stands for a parser stuck on hostile input; a hard exit (no exception, no cleanup)
    stands for a segfault in a C extension.
    """

    def extract(self, source: str | bytes, **kwargs: Any) -> Article:
        text = source if isinstance(source, str) else source.decode("utf-8", "replace")
        if HANG_MARKER in text:
            time.sleep(3600)
        if CRASH_MARKER in text:
            os._exit(70)
        return super().extract(source, **kwargs)


class PidExtractor(Extractor):
    """Puts the worker's process id in the article's URL, to see which worker served what."""

    def extract(self, source: str | bytes, **kwargs: Any) -> Article:
        kwargs["url"] = f"https://worker.invalid/{os.getpid()}"
        return super().extract(source, **kwargs)
