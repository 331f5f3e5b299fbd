"""Stories written with decimal commas (German, French, Spanish, Portuguese, Italian).

reposts-dev holds pages in es/de/fr/pt whose figures ("12,5%", "3,02 Millionen", "27.071 pts")
were all missed; the sentences here were written for the rule, none is taken from the corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts import Claim
from newsfacts._facts import ClaimFinder
from newsfacts._facts.decimal_comma import english_marks, writes_decimal_comma

PUBLISHED = dt.date(2026, 3, 11)


def _claims(text: str) -> list[Claim]:
    return ClaimFinder("blank").find(text, published=PUBLISHED)


@pytest.mark.parametrize(("language", "text"), [
    ("Spanish", "Las ventas de las empresas crecieron un 12,5% en febrero, según el INE."),
    ("German", "Die Zahl der Arbeitslosen ist um 78.000 auf 3,02 Millionen gesunken."),
    ("French", "Le taux de chômage est passé à 7,4% au quatrième trimestre, selon l'Insee."),
    ("Portuguese", "A inflação oficial ficou em 9,53% em agosto, segundo o IBGE, e a taxa dos "
     "preços da energia caiu."),
])
def test_a_story_in_a_decimal_comma_language_is_told_apart(language: str, text: str) -> None:
    assert writes_decimal_comma(text), language


@pytest.mark.parametrize("text", [
    "Exports rose 5.5% in December from a year earlier, customs data showed on Wednesday.",
    "The company hired 1,250 people, and the plant will open in 2027.",
])
def test_english_copy_is_not_read_as_decimal_comma(text: str) -> None:
    assert not writes_decimal_comma(text)
    assert english_marks(text) == text


@pytest.mark.parametrize(("why", "text", "span", "value"), [
    ("a decimal comma", "Las ventas de las empresas crecieron un 12,5% en febrero, según el INE.",
     "12,5%", 12.5),
    ("a thousands point", "Die Zahl der Arbeitslosen ist im April um 78.000 auf 3,02 Millionen "
     "gesunken, wie die Bundesagentur mitteilte.", "78.000", 78000.0),
    ("an index level with a thousands point", "Le Nasdaq a perdu 0,59% à 8.277 points, selon "
     "les données de la séance, et le marché est resté dans le rouge.", "8.277 points", 8277.0),
    ("English copy with a decimal comma before a percent sign",
     "The group posted a modest 1,5% rise in revenue for the quarter.", "1,5%", 1.5),
])
def test_decimal_comma_figures_are_read(why: str, text: str, span: str, value: float) -> None:
    found = {claim.text: claim for claim in _claims(text)}
    assert span in found, f"{why}: {sorted(found)}"
    assert found[span].value == pytest.approx(value), why
    # The claim points at the story's own characters, not the view's.
    claim = found[span]
    assert text[claim.start:claim.end] == span
    assert claim.sentence in text


@pytest.mark.parametrize(("text", "span", "value"), [
    # Scale and unit words of those languages, read as the English ones (written here).
    ("Die Zahl der Arbeitslosen ist auf 3,02 Millionen gesunken, wie die Bundesagentur "
     "mitteilte.", "3,02 Millionen", 3.02e6),
    ("La facturación de las empresas creció un 2,1 por ciento en el mes, según el INE.",
     "2,1 por ciento", 2.1),
    ("Le déficit a atteint 4,5 milliards sur un an, selon l'Insee, et la dette est restée "
     "stable.", "4,5 milliards", 4.5e9),
])
def test_scale_words_of_the_story_language(text: str, span: str, value: float) -> None:
    found = {claim.text: claim for claim in _claims(text)}
    assert span in found, sorted(found)
    assert found[span].value == pytest.approx(value)
    assert text[found[span].start:found[span].end] == span


def test_english_thousands_stay_thousands() -> None:
    found = {claim.text: claim for claim in _claims("The firm hired 1,250 people in 2025.")}
    assert found["1,250 people"].value == 1250


@pytest.mark.parametrize(("why", "text", "span", "period"), [
    ("a Spanish month", "La inflación se desaceleró al 6,1% en febrero, según el INE, tras "
     "el dato de enero.", "6,1%", (dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
    ("a month with its year, 'de' between", "La tasa subió al 2,4% en enero de 2025, según los "
     "datos del instituto.", "2,4%", (dt.date(2025, 1, 1), dt.date(2025, 1, 31))),
    ("a French quarter with its year", "Le taux de chômage est révisé à 10,2% pour le 3e "
     "trimestre 2025, selon l'Insee, et il est resté stable.", "10,2%",
     (dt.date(2025, 7, 1), dt.date(2025, 9, 30))),
    ("a German quarter in words", "Die Wirtschaft ist im dritten Quartal um 0,4 Prozent "
     "gewachsen, wie das Bundesamt mitteilte.", "0,4 Prozent",
     (dt.date(2025, 7, 1), dt.date(2025, 9, 30))),
    ("a German month", "Die Arbeitslosenquote ist im Januar auf 7,1 Prozent gesunken, wie die "
     "Bundesagentur mitteilte.", "7,1 Prozent", (dt.date(2026, 1, 1), dt.date(2026, 1, 31))),
    ("the month before, in Spanish", "Los precios subieron un 3,2% el mes pasado, según el "
     "instituto de estadística.", "3,2%", (dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
    ("the year before, in Portuguese", "A taxa havia sido de 4,25% no ano passado, segundo os "
     "dados da pesquisa, e não mudou com a revisão.", "4,25%",
     (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
    ("a month of the year before, in Portuguese", "Em agosto do ano passado, a taxa havia sido "
     "de 0,25% para os dados da pesquisa, e não mudou com a revisão.", "0,25%",
     (dt.date(2025, 8, 1), dt.date(2025, 8, 31))),
])
def test_month_names_of_the_story_give_periods(
    why: str, text: str, span: str, period: tuple[dt.date, dt.date]
) -> None:
    claim = next(claim for claim in _claims(text) if claim.text == span)
    assert claim.period is not None, why
    assert (claim.period.start, claim.period.end) == period, why
    # The period's text is the story's own words.
    assert claim.period.text in text, why


@pytest.mark.parametrize(("why", "text", "span", "source"), [
    ("según", "Los precios cayeron un 0,5% en enero, según el INE.", "0,5%", "INE"),
    ("selon", "Le taux de chômage a reculé de 0,2 point sur un an, selon l'Insee, et il est "
     "resté stable dans les départements.", "0,2 point", "Insee"),
    ("segundo", "Segundo o IBGE, a taxa ficou em 9,56% em julho.", "9,56%", "IBGE"),
    ("German, the verb last", "Das waren 57.000 mehr als vor einem Jahr, wie die Bundesagentur "
     "für Arbeit am Dienstag mitteilte.", "57.000", "Bundesagentur"),
    ("a name before its verb", "Au total, l'Insee a comptabilisé 2,845 millions de chômeurs.",
     "2,845 millions", "Insee"),
])
def test_sources_credited_in_the_story_language(why: str, text: str, span: str,
                                                source: str) -> None:
    claim = next(claim for claim in _claims(text) if claim.text.startswith(span))
    assert claim.source is not None, why
    assert source in claim.source.name, why
