"""Who says so across a story: issue 9's kinds of attribution misses, one invented story each.

Every sentence here was written for the rule it tests (none is taken from a corpus); ``why``
names the kind of miss on real pages the rule answers.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts import Claim
from newsfacts._facts import ClaimFinder
from newsfacts._facts.attribution import find_sources

PUBLISHED = dt.date(2026, 3, 11)


def _claims(text: str, title: str | None = None) -> list[Claim]:
    return [claim for claim in ClaimFinder("blank").find(text, published=PUBLISHED, title=title)
            if claim.type != "date"]


def _by_span(text: str, span: str, title: str | None = None) -> Claim:
    found = [claim for claim in _claims(text, title) if claim.text == span]
    assert found, f"no claim {span!r} in {[claim.text for claim in _claims(text, title)]}"
    return found[0]


@pytest.mark.parametrize(("why", "text", "span", "source", "title"), [
    ("an official body the opening is about reports its own figures",
     "The Ministry of Fisheries reviewed the export season on Monday. Fish exports earned "
     "410 million dollars in the first half, and frozen fillets made up 62 percent.",
     "62 percent", "Ministry of Fisheries", None),
    ("a body named only by its role still speaks for the figures after it",
     "The group reported a profit of 30 million rupees for the quarter.\n\n"
     "Revenues rose 8 percent to 900 million rupees.",
     "8 percent", "group", None),
    ("a title-case headline names the issuer of a release whose body names none",
     "Revenue of $12.4 million, up 8% year over year.\n\nGross margin was 41%.",
     "41%", "Zentro", "Zentro Reports Third-Quarter Results"),
    ("an appositive with a two-word possessive between the company and its verb",
     "Zentro Corp., Brazil's largest toolmaker, said Wednesday its profit rose 7% in the "
     "quarter.", "7%", "Zentro Corp", None),
    ("a reporting verb beyond said/reported",
     "Zentro Corp. stated that revenue rose 12% to $40 million in the quarter.",
     "$40 million", "Zentro Corp", None),
    ("a credit naming a report yields to the report's publisher",
     "Sales fell 3% in May, according to the Monthly Retail Trade report published by the "
     "Census Bureau.", "3%", "Census Bureau", None),
    ("Spanish: the verb first, 'dijo el Ministerio'",
     "El paro bajó al 11,2% en marzo, dijo el Ministerio de Trabajo.",
     "11,2%", "Ministerio de Trabajo", None),
    ("Portuguese: 'de acordo com o IBGE'",
     "O desemprego caiu para 7,1% no trimestre, de acordo com o IBGE.", "7,1%", "IBGE", None),
    ("French: 'a déclaré l'Insee'",
     "Le chômage a reculé à 7,3 %, a déclaré l'Insee.", "7,3 %", "Insee", None),
    ("Spanish: data credited, 'los datos del INE'",
     "Los datos del INE muestran que los precios subieron un 2,8% en mayo.", "2,8%", "INE",
     None),
])
def test_the_source_of_a_figure(why: str, text: str, span: str, source: str,
                                title: str | None) -> None:
    claim = _by_span(text, span, title)
    assert claim.source is not None, why
    assert claim.source.name == source, why


def test_german_according_to_official_figures() -> None:
    """'nach Angaben des Statistischen Bundesamts': the office, not 'Angaben'."""
    sentence = "Die Exporte stiegen nach Angaben des Statistischen Bundesamts um 3 Prozent."
    assert [mention.source.name for mention in find_sources(sentence)] == [
        "Statistischen Bundesamts"]


def test_an_expectation_nobody_holds_is_the_speakers_forecast() -> None:
    """"The sale is expected to bring a gain": no watcher is named, so the company that
    speaks for the story expects it, and what a company expects is its forecast."""
    text = ("Zentro Corp. said on Tuesday it would sell its freight arm for $1.2 billion.\n\n"
            "The sale is expected to bring a gain of about $300 million.")
    claim = _by_span(text, "about $300 million")
    assert claim.source is not None
    assert claim.source.name.startswith("Zentro Corp")
    assert claim.status == "forecast"
    assert "source" in claim.carried


def test_an_expectation_of_watchers_stays_theirs() -> None:
    text = ("Zentro Corp. said on Tuesday it would sell its freight arm for $1.2 billion.\n\n"
            "The gain was smaller than the $300 million analysts had expected.")
    claim = _by_span(text, "$300 million")
    assert claim.source is not None
    assert claim.source.name == "analysts"
    assert claim.status == "expectation"


def test_a_statement_without_figures_starts_no_carry() -> None:
    """A body quoted for what it will do, not for a figure, is not the source of the next
    paragraph's figures."""
    text = ("The central bank said it would keep watching prices closely.\n\n"
            "Bread prices rose 4% in March.")
    assert _by_span(text, "4%").source is None


@pytest.mark.parametrize("quantifier", ["Several", "Some", "Many", "Two"])
def test_a_quantifier_is_not_part_of_the_name(quantifier: str) -> None:
    sentence = f"{quantifier} Zentro Bank economists wrote that growth slowed to 2%."
    names = [mention.source.name for mention in find_sources(sentence)]
    assert names
    assert not names[0].startswith(quantifier)


def test_a_body_named_by_its_role_speaks_until_another_source_is_named() -> None:
    """The role is the last resort: once the story names a source, later figures are not the
    role's any more."""
    text = ("Property taxes rise 3%, according to the city's finance department.\n\n"
            "Mayor Ana Ruiz said the city would hire 45 officers.\n\n"
            "Spending on parks will rise to $38 million.")
    assert _by_span(text, "3%").source is not None
    assert _by_span(text, "$38 million").source is None
