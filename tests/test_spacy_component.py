"""The ``newsfacts_claims`` spaCy component, found through its entry point.

The tests build pipelines with ``spacy.blank`` / ``spacy.load`` and ``nlp.add_pipe`` only: the
factory must be found the way a spaCy user finds it, through the ``spacy_factories`` entry
point in pyproject.toml. The sentences are the issue's example and the seed's first claims.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
import spacy

from newsfacts import Claim, PipelineNotInstalledError
from newsfacts._facts import ClaimFinder
from newsfacts._facts.pipeline import installed_statistical_package, load_pipeline

ISSUE_EXAMPLE = "Exports surged 6.6% last month from a year earlier, according to LSEG data."
SEED_TWO_SENTENCES = (
    "Exports surged 6.6% in U.S. dollar terms last month from a year earlier, according to LSEG "
    "data. Imports rose 5.7% in December from a year earlier."
)


def _check_issue_example(claims: list[Claim]) -> None:
    (claim,) = claims
    assert (claim.text, claim.type, claim.value) == ("6.6%", "percent", 6.6)
    assert (claim.metric, claim.direction, claim.basis) == ("exports", "up", "year-on-year")
    assert claim.period is not None
    assert (claim.period.start, claim.period.end) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert claim.source is not None
    assert (claim.source.name, claim.source.cue) == ("LSEG", "according to")
    assert claim.status == "actual"


def test_entry_point_registers_the_factory_on_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_claims", config={"published": "2026-01-14"})
    _check_issue_example(nlp(ISSUE_EXAMPLE)._.claims)


def test_entry_point_works_without_importing_newsfacts() -> None:
    # A fresh interpreter that imports only spaCy: the factory must come from the entry point.
    script = (
        "import sys, spacy\n"
        "assert 'newsfacts' not in sys.modules\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('sentencizer')\n"
        "nlp.add_pipe('newsfacts_claims', config={'published': '2026-01-14'})\n"
        f"doc = nlp({ISSUE_EXAMPLE!r})\n"
        "print(type(doc._.claims[0]).__name__, doc._.claims[0].source.name)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["Claim", "LSEG"]


def test_doc_published_overrides_the_configured_date() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_claims")
    doc = nlp.make_doc(ISSUE_EXAMPLE)
    doc._.published = "2026-01-14"
    _check_issue_example(nlp(doc)._.claims)


def test_without_a_date_relative_periods_stay_open() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfacts_claims")
    (claim,) = nlp(ISSUE_EXAMPLE)._.claims
    assert claim.period is not None
    assert (claim.period.start, claim.period.end) == (None, None)


def test_a_date_at_the_calendars_end_reads_no_period() -> None:
    # "9999-12-31" often stands for "unknown"; read against it, periods fell past year 9999.
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfacts_claims")
    doc = nlp.make_doc("Exports rose 5.7% in December from a year earlier, H1 sales fell 2% "
                       "next quarter, compared with last year's 3%.")
    doc._.published = "9999-12-31"
    claims = nlp(doc)._.claims
    assert claims
    assert all(claim.period is None or claim.period.start is None for claim in claims)


def test_component_without_sentences_reads_the_doc_as_one() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfacts_claims", config={"published": "2026-01-14"})
    claims = nlp(SEED_TWO_SENTENCES)._.claims
    assert [claim.text for claim in claims] == ["6.6%", "5.7%"]


def test_quantity_cut_by_a_sentence_boundary_is_kept() -> None:
    # The sentencizer ends a sentence after "Fr." (Swiss francs); the amount must survive.
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_claims")
    claims = nlp("The menu lists the dish at Fr. 18.90 in Zurich.")._.claims
    assert [(claim.text, claim.unit) for claim in claims if claim.type == "money"] == [
        ("Fr. 18.90", "CHF")
    ]


def test_text_without_numbers_gives_an_empty_list() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfacts_claims")
    assert nlp("No numbers here.")._.claims == []


needs_statistical = pytest.mark.skipif(
    installed_statistical_package() is None, reason="en_core_web_sm is not installed"
)


@needs_statistical
def test_entry_point_on_en_core_web_sm() -> None:
    package = installed_statistical_package()
    assert package is not None
    nlp = spacy.load(package)
    nlp.add_pipe("newsfacts_claims", config={"published": "2026-01-14"})
    doc = nlp(SEED_TWO_SENTENCES)
    claims = doc._.claims
    assert [claim.text for claim in claims] == ["6.6%", "5.7%"]
    _check_issue_example(claims[:1])
    assert claims[1].period is not None
    assert claims[1].period.start == dt.date(2025, 12, 1)


@needs_statistical
def test_claim_finder_on_en_core_web_sm_matches_blank() -> None:
    published = dt.date(2026, 1, 14)
    statistical = ClaimFinder("en_core_web_sm").find(SEED_TWO_SENTENCES, published=published)
    blank = ClaimFinder("blank").find(SEED_TWO_SENTENCES, published=published)
    assert [(c.text, c.period, c.source, c.status) for c in statistical] == [
        (c.text, c.period, c.source, c.status) for c in blank
    ]


def test_pipeline_is_loaded_once_and_shared() -> None:
    assert load_pipeline("blank") is load_pipeline("blank")
    finder = ClaimFinder("blank")
    assert finder.nlp is finder.nlp


def test_unknown_pipeline_name_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="pipeline must be"):
        ClaimFinder("en_core_web_trf")


def test_missing_statistical_pipeline_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsfacts._facts.pipeline as pipeline

    monkeypatch.setattr(pipeline, "installed_statistical_package", lambda: None)
    pipeline.load_pipeline.cache_clear()
    try:
        with pytest.raises(PipelineNotInstalledError, match="not installed"):
            pipeline.load_pipeline("en_core_web_sm")
    finally:
        pipeline.load_pipeline.cache_clear()


def test_the_component_reads_the_doc_whole() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsfacts_claims", config={"published": "2026-01-14"})
    doc = nlp("Retail sales rose 0.4% in December, the Commerce Department said. "
              "Sales at gasoline stations climbed 1.4%.")
    later = doc._.claims[-1]
    assert (later.source.name, later.carried) == ("Commerce Department", ("source", "period"))
