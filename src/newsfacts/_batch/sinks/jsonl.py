"""JSON Lines: one ``Article.to_dict()`` a line, on stdout when there is no output file."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..outcomes import Extracted, Outcome
from ._stream import StreamSink, report_error


class JsonlSink(StreamSink):
    def write(self, outcomes: Sequence[Outcome]) -> None:
        lines = []
        for outcome in outcomes:
            if not isinstance(outcome, Extracted):
                report_error(outcome)
            elif outcome.article.id not in self.seen:
                self.seen.add(outcome.article.id)
                line = json.dumps(outcome.article.to_dict(), ensure_ascii=False)
                lines.append(line.encode("utf-8", "replace") + b"\n")
        self.stream.write(b"".join(lines))
        self.stream.flush()

    def finish_stories(self) -> None:
        """Nothing to add: each line already carries its ``story_id``."""
