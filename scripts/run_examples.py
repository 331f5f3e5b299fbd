"""`make run` until the batch command lands: extract the bundled examples and print a summary."""

from __future__ import annotations

from pathlib import Path

import newsfacts

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def main() -> None:
    extractor = newsfacts.Extractor()
    for path in sorted(EXAMPLES.glob("*.*")):
        article = extractor.extract(path.read_bytes())
        print(f"{path.name}: {article.title!r}, {len(article.text)} chars, "
              f"{len(article.removed)} removed, {len(article.claims)} claims")


if __name__ == "__main__":
    main()
