"""Locks the public API: a change here is a change users notice and CHANGELOG must say."""

from __future__ import annotations

import inspect

import newsfacts

EXPECTED_ALL = {
    "SCHEMA_VERSION",
    "Article",
    "BinaryInputError",
    "Claim",
    "DecodeError",
    "EmptyInputError",
    "ExtractionError",
    "Extractor",
    "InputTooLargeError",
    "NewsfactsError",
    "NewsfactsWarning",
    "Options",
    "Origin",
    "Period",
    "PipelineNotInstalledError",
    "Removal",
    "SiteTemplates",
    "Source",
    "__version__",
    "claims",
    "extract",
}


def test_all_is_the_curated_list() -> None:
    assert set(newsfacts.__all__) == EXPECTED_ALL
    for name in newsfacts.__all__:
        assert hasattr(newsfacts, name), name


def test_no_public_submodules_leak() -> None:
    public = {n for n in dir(newsfacts) if not n.startswith("_")}
    modules = {n for n in public if inspect.ismodule(getattr(newsfacts, n))}
    assert modules <= {"spark"}


def test_extract_signature() -> None:
    params = inspect.signature(newsfacts.extract).parameters
    assert list(params) == ["source", "url", "published", "kind"]
    assert params["source"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    for name in ("url", "published", "kind"):
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY
    assert params["kind"].default == "auto"


def test_claims_signature() -> None:
    params = inspect.signature(newsfacts.claims).parameters
    assert list(params) == ["text", "published"]
    assert params["published"].kind is inspect.Parameter.KEYWORD_ONLY


def test_errors_form_one_hierarchy() -> None:
    for name in ("EmptyInputError", "BinaryInputError", "DecodeError", "InputTooLargeError"):
        error = getattr(newsfacts, name)
        assert issubclass(error, newsfacts.ExtractionError)
        assert issubclass(error, newsfacts.NewsfactsError)
    assert issubclass(newsfacts.ExtractionError, ValueError)
