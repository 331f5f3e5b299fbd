"""JSON Lines: one ``Article.to_dict()`` a line, on stdout when there is no output file."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..._stories import Signature
from ..._templates import SiteTemplates
from ..outcomes import Extracted, Outcome
from ._stream import open_output, report_error


class JsonlSink:
    def __init__(self, path: str | None) -> None:
        self.stream, self.owned = open_output(path)
        self.seen: set[str] = set()

    def done_inputs(self) -> set[str]:
        return set()

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

    def stored_signatures(self) -> list[tuple[str, str, Signature]]:
        return []  # a file that is written once: nothing to resume

    def finish_stories(self) -> None:
        """Nothing to add: each line already carries its ``story_id``."""

    def stored_templates(self) -> SiteTemplates:
        return SiteTemplates()

    def write_templates(self, templates: SiteTemplates) -> None:
        """Nothing to store: a file output is not read by later runs."""

    def close(self) -> None:
        if self.owned:
            self.stream.close()
