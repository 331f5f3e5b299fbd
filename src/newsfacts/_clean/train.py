"""Train the furniture model (needs the ``train`` extra: scikit-learn).

    python -m newsfacts._clean.train --reposts ../shared/data/reposts-dev --fixtures fixtures/text

Documents come from two places: an annotated corpus of real reposts (``NNN.txt`` + ``NNN.json``:
``body_first`` / ``body_last`` bound the body, ``boilerplate`` lists every piece of furniture,
``title`` is neither) and the project's golden fixtures (``NAME.txt`` + ``NAME.expected.json``:
``removed`` furniture, ``must_keep`` body, the same body bounds). Each document runs through the
rule stage exactly as at run time; the blocks the model will decide get a label:

- furniture: the block is one listed furniture string, a piece of one (furniture printed over
  several lines), or nothing but listed furniture; or it lies outside the body's bounds;
- body: it lies within the bounds and is not furniture;
- no label: the page's title.

Training is deterministic: documents are read in sorted order, the booster has a fixed seed and
no random subsampling, and the exported JSON is written with sorted keys, so ``make train``
rebuilds the identical file.
"""

from __future__ import annotations

import argparse
import json
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .._text import text_to_blocks
from . import rule_stage
from .classify import Verdict
from .ensemble import MODEL_PATH, FurnitureModel, Tree, model_from_dict
from .features import FEATURE_NAMES, block_features
from .judge import has_prose, is_candidate
from .vocabulary import Vocabulary, learn_vocabulary

_SPACES = re.compile(r"\s+")
_LEFTOVER = re.compile(r"[\W_]*")
# Booster settings, chosen by leave-site-out validation (bench/reposts.py).
TREES = 150
LEAF_NODES = 15
LEARNING_RATE = 0.1
MIN_LEAF_SAMPLES = 10
L2 = 1.0
SEED = 0
# Site groups of the cross-fitted vocabulary features (see ``fit``).
VOCABULARY_FOLDS = 5


def flat(text: str | None) -> str:
    return _SPACES.sub(" ", (text or "").replace("\u00a0", " ")).strip()


@dataclass(frozen=True, slots=True)
class TrainingDoc:
    """One annotated page: its text and what of it is body and furniture."""

    name: str
    group: str  # documents of one site share a group: folds never split a site
    family: str
    text: str
    url: str | None
    title: str | None
    body_first: str | None
    body_last: str | None
    furniture: tuple[str, ...]
    first_occurrence: int = 1


def load_reposts(folder: Path) -> list[TrainingDoc]:
    docs = []
    for path in sorted(folder.glob("*.json")):
        note = json.loads(path.read_text("utf-8"))
        url = note.get("url")
        docs.append(TrainingDoc(
            name=path.stem,
            group=_host(url) or path.stem,
            family=note.get("family") or "",
            text=path.with_suffix(".txt").read_text("utf-8"),
            url=url,
            title=note.get("title"),
            body_first=note.get("body_first"),
            body_last=note.get("body_last"),
            furniture=tuple(note.get("boilerplate") or ()),
            first_occurrence=int(note.get("body_first_occurrence") or 1),
        ))
    return docs


def load_fixtures(folder: Path) -> list[TrainingDoc]:
    docs = []
    for path in sorted(folder.glob("*.txt")):
        expected = path.with_name(path.stem + ".expected.json")
        if not expected.exists():
            continue
        note = json.loads(expected.read_text("utf-8"))
        docs.append(TrainingDoc(
            name=path.stem,
            group=f"fixture:{path.stem}",
            family="fixture",
            text=path.read_text("utf-8"),
            url=None,
            title=note.get("title"),
            body_first=note.get("body_first"),
            body_last=note.get("body_last"),
            furniture=tuple(item["text"] for item in note.get("removed") or ()),
        ))
    return docs


def _host(url: str | None) -> str:
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")


def labels(doc: TrainingDoc, present: Sequence[Verdict]) -> list[int | None]:
    """1 furniture, 0 body, None for the title (see the module notes)."""
    texts = [flat(verdict.block.text) for verdict in present]
    start, end = _body_bounds(doc, texts)
    furniture = sorted({flat(item) for item in doc.furniture if flat(item)}, key=len, reverse=True)
    title = flat(doc.title)
    found: list[int | None] = []
    for index, text in enumerate(texts):
        if _is_furniture(text, furniture):
            found.append(1)
        elif title and text == title:
            found.append(None)
        else:
            found.append(0 if start <= index <= end else 1)
    return found


def _body_bounds(doc: TrainingDoc, texts: Sequence[str]) -> tuple[int, int]:
    first, last = flat(doc.body_first), flat(doc.body_last)
    if not first:
        return len(texts), -1  # an all-furniture page
    hits = [index for index, text in enumerate(texts) if first in text]
    start = hits[min(doc.first_occurrence, len(hits)) - 1] if hits else 0
    ends = [index for index, text in enumerate(texts) if index >= start and last in text]
    return start, ends[0] if ends else len(texts) - 1


def _is_furniture(text: str, furniture: Sequence[str]) -> bool:
    if not text:
        return False
    if any(text == item or (len(text) >= 4 and text in item) for item in furniture):
        return True
    rest = text
    for item in furniture:
        rest = rest.replace(item, " ")
    return rest != text and _LEFTOVER.fullmatch(rest) is not None


@dataclass(frozen=True, slots=True)
class LabelledPage:
    """A training document after the rule stage: the blocks the model decides, labelled."""

    doc: TrainingDoc
    present: tuple[Verdict, ...]
    chosen: tuple[tuple[int, int], ...]  # (index into present, 1 furniture / 0 body)


def labelled_page(doc: TrainingDoc) -> LabelledPage:
    page = rule_stage(text_to_blocks(doc.text), url=doc.url)
    present = tuple(verdict for verdict in page.verdicts if verdict.text)
    if not has_prose(present):
        return LabelledPage(doc, present, ())  # the model does not judge such pages
    marks = labels(doc, present)
    chosen = tuple(
        (index, mark)
        for index, (verdict, mark) in enumerate(zip(present, marks, strict=True))
        if mark is not None and is_candidate(verdict)
    )
    return LabelledPage(doc, present, chosen)


def examples(page: LabelledPage, vocabulary: Vocabulary) -> tuple[list[list[float]], list[int]]:
    """Feature rows and labels of the blocks the model decides on ``page``."""
    if not page.chosen:
        return [], []
    rows = block_features(page.present, vocabulary=vocabulary)
    return [rows[index] for index, _ in page.chosen], [mark for _, mark in page.chosen]


def vocabulary_of(pages: Iterable[LabelledPage]) -> Vocabulary:
    return learn_vocabulary(
        (page.present[index].text, bool(mark), page.doc.group)
        for page in pages
        for index, mark in page.chosen
    )


def _vocabulary_fold(group: str) -> int:
    return zlib.crc32(group.encode("utf-8")) % VOCABULARY_FOLDS


def fit(docs: Iterable[TrainingDoc], *, trees: int = TREES) -> FurnitureModel:
    """Train a booster on ``docs`` and export it as a pure-Python model.

    The vocabulary features of a training block come from a vocabulary learnt without its
    site (cross-fitting by site groups): learnt with it, they would be too good to be true in
    training and the trees would lean on them more than they deserve on new sites. The model
    ships with the vocabulary of all documents.
    """
    from sklearn.ensemble import HistGradientBoostingClassifier

    pages = [labelled_page(doc) for doc in sorted(docs, key=lambda doc: doc.name)]
    held_out = {
        fold: vocabulary_of(page for page in pages if _vocabulary_fold(page.doc.group) != fold)
        for fold in range(VOCABULARY_FOLDS)
    }
    features: list[list[float]] = []
    targets: list[int] = []
    for page in pages:
        rows, marks = examples(page, held_out[_vocabulary_fold(page.doc.group)])
        features.extend(rows)
        targets.extend(marks)
    booster = HistGradientBoostingClassifier(
        max_iter=trees, learning_rate=LEARNING_RATE, max_leaf_nodes=LEAF_NODES,
        min_samples_leaf=MIN_LEAF_SAMPLES, l2_regularization=L2, early_stopping=False,
        random_state=SEED,
    )
    booster.fit(features, targets)
    model = export(
        booster,
        meta={"blocks": str(len(targets)), "furniture": str(sum(targets))},
        vocabulary=vocabulary_of(pages),
    )
    _check_export(booster, model, features)
    return model


def export(booster: Any, *, meta: dict[str, str], vocabulary: Vocabulary) -> FurnitureModel:
    """The fitted scikit-learn booster's trees as a :class:`FurnitureModel`."""
    trees = []
    for predictors in booster._predictors:
        nodes = predictors[0].nodes
        trees.append(Tree(
            feature=tuple(int(node["feature_idx"]) for node in nodes),
            threshold=tuple(float(node['num_threshold']) for node in nodes),
            left=tuple(-1 if node["is_leaf"] else int(node["left"]) for node in nodes),
            right=tuple(-1 if node["is_leaf"] else int(node["right"]) for node in nodes),
            value=tuple(
                float(f"{float(node['value']):.7g}") if node["is_leaf"] else 0.0
                for node in nodes
            ),
        ))
    base = float(f"{float(booster._baseline_prediction.ravel()[0]):.9g}")
    return FurnitureModel(
        features=FEATURE_NAMES, base_score=base, trees=tuple(trees),
        meta=tuple(sorted(meta.items())), vocabulary=vocabulary,
    )


def _check_export(booster: Any, model: FurnitureModel, features: list[list[float]]) -> None:
    expected = booster.predict_proba(features[:500])[:, 1]
    for row, want in zip(features[:500], expected, strict=True):
        if abs(model.probability(row) - float(want)) > 1e-4:
            raise AssertionError("the exported model disagrees with the trained booster")


def write_model(model: FurnitureModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(model.to_dict(), sort_keys=True, separators=(",", ":"))
    model_from_dict(json.loads(text), source=str(path))  # what is written can be read back
    path.write_text(text + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reposts", type=Path, required=True, help="annotated real reposts")
    parser.add_argument("--fixtures", type=Path, help="golden fixtures (NAME.expected.json)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    docs = load_reposts(args.reposts)
    if args.fixtures:
        docs += load_fixtures(args.fixtures)
    model = fit(docs)
    write_model(model, args.out)
    print(f"wrote {args.out}: {len(model.trees)} trees over {len(FEATURE_NAMES)} features, "
          f"trained on {len(docs)} documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
