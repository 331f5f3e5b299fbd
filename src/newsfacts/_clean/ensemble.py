"""The shipped furniture model: a small boosted-tree ensemble read from JSON, run in pure Python.

The model is trained with scikit-learn (``make train``, ``newsfacts._clean.train``) and exported
to ``model/furniture-v2.json``: for each tree its split features, thresholds, children and leaf
values, and the learnt word weights that some features read (``vocabulary.py``). Evaluating it
needs no numeric library: a block's probability of being furniture is the logistic of the base
score plus one leaf value per tree.

The file is read once per process. A missing, unreadable or malformed file, or one trained on
features this code does not compute, raises :class:`~newsfacts.ModelError` naming the file.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._errors import NewsfactsError
from .features import FEATURE_NAMES
from .vocabulary import EMPTY, Vocabulary

MODEL_FORMAT = "newsfacts-furniture"
MODEL_VERSION = 2
MODEL_PATH = Path(__file__).resolve().parent / "model" / f"furniture-v{MODEL_VERSION}.json"
_LEAF = -1


class ModelError(NewsfactsError):
    """The furniture model file is missing, unreadable or not a model this version can run."""


@dataclass(frozen=True, slots=True)
class Tree:
    """One regression tree: node ``i`` splits on ``feature[i] <= threshold[i]`` (left) or is a
    leaf (``left[i] == -1``) worth ``value[i]``."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def leaf_value(self, row: Sequence[float]) -> float:
        node = 0
        left, right, feature, threshold = self.left, self.right, self.feature, self.threshold
        while left[node] != _LEAF:
            node = left[node] if row[feature[node]] <= threshold[node] else right[node]
        return self.value[node]


@dataclass(frozen=True, slots=True)
class FurnitureModel:
    """A boosted-tree ensemble over ``features`` that scores a block's odds of being furniture."""

    features: tuple[str, ...]
    base_score: float
    trees: tuple[Tree, ...]
    meta: tuple[tuple[str, str], ...] = ()
    vocabulary: Vocabulary = field(default=EMPTY, hash=False)
    # The trees compiled to one function on first use (not part of the model's value).
    _score: list[Callable[[Sequence[float]], float]] = field(
        default_factory=list, compare=False, hash=False, repr=False
    )

    def probability(self, row: Sequence[float]) -> float:
        if not self._score:
            self._score.append(_compiled(self))
        score = self._score[0](row)
        if score < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-score))

    def raw_score(self, row: Sequence[float]) -> float:
        """The ensemble's log-odds, walking the trees one node at a time (the reference)."""
        return self.base_score + sum(tree.leaf_value(row) for tree in self.trees)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": MODEL_FORMAT,
            "version": MODEL_VERSION,
            "features": list(self.features),
            "base_score": self.base_score,
            "meta": dict(self.meta),
            "vocabulary": dict(sorted(self.vocabulary.weights.items())),
            "trees": [
                {
                    "feature": list(tree.feature),
                    "threshold": list(tree.threshold),
                    "left": list(tree.left),
                    "right": list(tree.right),
                    "value": list(tree.value),
                }
                for tree in self.trees
            ],
        }


def _expression(tree: Tree, node: int = 0) -> str:
    if tree.left[node] == _LEAF:
        return repr(float(tree.value[node]))
    return (
        f"({_expression(tree, tree.left[node])} if f{int(tree.feature[node])} <= "
        f"{float(tree.threshold[node])!r} else {_expression(tree, tree.right[node])})"
    )


def _compiled(model: FurnitureModel) -> Callable[[Sequence[float]], float]:
    """The ensemble as one Python function of nested conditionals: several times faster than
    walking the node arrays. The source is built only from validated ints and floats.

    Each feature a split reads is taken from the row once, into a local ``f<index>``: the
    trees read some sixty features several hundred times."""
    used = sorted({int(feature) for tree in model.trees
                   for feature, left in zip(tree.feature, tree.left, strict=True)
                   if left != _LEAF})
    loads = "".join(f"    f{index} = x[{index}]\n" for index in used)
    terms = " + ".join(_expression(tree) for tree in model.trees) or "0.0"
    source = f"def score(x):\n{loads}    return {float(model.base_score)!r} + {terms}\n"
    namespace: dict[str, Any] = {}
    exec(compile(source, "<furniture model>", "exec"), namespace)
    function: Callable[[Sequence[float]], float] = namespace["score"]
    return function


def model_from_dict(data: Any, *, source: str = "<model>") -> FurnitureModel:
    """Check and build a model from its JSON form; :class:`ModelError` names ``source``."""
    if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
        raise ModelError(f"{source}: not a newsfacts furniture model (format field missing)")
    if data.get("version") != MODEL_VERSION:
        raise ModelError(
            f"{source}: model version {data.get('version')!r}, this newsfacts reads "
            f"{MODEL_VERSION}; rebuild it with `make train`"
        )
    features = tuple(data.get("features") or ())
    if features != FEATURE_NAMES:
        raise ModelError(
            f"{source}: the model was trained on other features than this code computes; "
            "rebuild it with `make train`"
        )
    try:
        trees = tuple(_tree(raw, len(features)) for raw in data["trees"])
        base = float(data["base_score"])
        meta = tuple(sorted((str(k), str(v)) for k, v in dict(data.get("meta") or {}).items()))
        vocabulary = Vocabulary({
            str(word): float(weight) for word, weight in dict(data["vocabulary"]).items()
        })
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"{source}: malformed furniture model ({exc})") from exc
    return FurnitureModel(
        features=features, base_score=base, trees=trees, meta=meta, vocabulary=vocabulary
    )


def _tree(raw: dict[str, Any], width: int) -> Tree:
    tree = Tree(
        feature=tuple(int(v) for v in raw["feature"]),
        threshold=tuple(float(v) for v in raw["threshold"]),
        left=tuple(int(v) for v in raw["left"]),
        right=tuple(int(v) for v in raw["right"]),
        value=tuple(float(v) for v in raw["value"]),
    )
    size = len(tree.left)
    if not size or any(
        len(part) != size for part in (tree.feature, tree.threshold, tree.right, tree.value)
    ):
        raise ValueError("tree arrays of different lengths")
    for node in range(size):
        if tree.left[node] == _LEAF:
            continue
        # Children come after their parent, so evaluation always terminates.
        if not (node < tree.left[node] < size and node < tree.right[node] < size):
            raise ValueError(f"node {node} points outside its tree")
        if not 0 <= tree.feature[node] < width:
            raise ValueError(f"node {node} splits on an unknown feature")
    return tree


def load_model(path: Path | str) -> FurnitureModel:
    """Read a model file; :class:`ModelError` when it is missing or not a valid model."""
    location = Path(path)
    try:
        raw = location.read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"furniture model {location} cannot be read: {exc.strerror}") from exc
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ModelError(f"furniture model {location} is not valid JSON: {exc}") from exc
    return model_from_dict(data, source=f"furniture model {location}")


@functools.lru_cache(maxsize=1)
def shipped_model() -> FurnitureModel:
    """The model shipped in the package, read once per process."""
    return load_model(MODEL_PATH)
