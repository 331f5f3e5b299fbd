"""Kinds of period expression added for issue 9 ("period exactly right" on real reposts).

Every sentence here is written for the rule it names (none is taken from reposts-dev); the
comment on each case says which kind of expression on the fit half of reposts-dev it stands for.
Stories are read with the blank pipeline and a date the test gives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts import Claim
from newsfacts._facts.decimal_comma import english_marks
from newsfacts._facts.periods import find_periods
from period_claims import Span, claims_in, period_span

D = dt.date
PUBLISHED = D(2026, 3, 11)


def _claims(text: str, published: dt.date | None = PUBLISHED) -> list[Claim]:
    return claims_in(text, published)


def _span(text: str, span: str, published: dt.date | None = PUBLISHED) -> Span | None:
    return period_span(text, span, published)


CASES = [
    # (why: the kind of expression, text, the figure's span, first day, last day)
    ("a value range: the figure before 'to' takes the first year",
     "The market for hearing aids will grow from $4.1 billion in 2024 to $6.3 billion in 2031.",
     "$4.1 billion", D(2024, 1, 1), D(2024, 12, 31)),
    ("a value range: the figure after 'to' takes the last year",
     "The market for hearing aids will grow from $4.1 billion in 2024 to $6.3 billion in 2031.",
     "$6.3 billion", D(2031, 1, 1), D(2031, 12, 31)),
    ("a value range: the growth rate of the change takes the whole span",
     "The market for hearing aids will grow from $4.1 billion in 2024 to $6.3 billion in 2031, "
     "a compound annual growth rate of 6.3%.", "6.3%", D(2024, 1, 1), D(2031, 12, 31)),
    ("a level a quarter opened at is its first day",
     "The token opened the second quarter at $410 and slid 12% over the following weeks.",
     "$410", D(2025, 4, 1), D(2025, 4, 1)),
    ("a level a quarter closed at is its last day ('it' is the quarter named before)",
     "The token opened the fourth quarter at $410 and closed it at $388.", "$388",
     D(2025, 12, 31), D(2025, 12, 31)),
    ("a year a figure ended at is its last day",
     "The bank's core capital ratio ended 2025 at 14.2%.", "14.2%", D(2025, 12, 31),
     D(2025, 12, 31)),
    ("a level at the start of the month, opening the sentence, is the run's first day",
     "Copper rose 6% in February.\n\nAt the start of the month, it had traded at $8,900 a "
     "tonne.", "$8,900 a tonne", D(2026, 2, 1), D(2026, 2, 1)),
    ("a level at the same time last year is the run's day a year back",
     "The rupee traded at 84.2 to the dollar on March 4, 2026, and at 82.9 at the same time "
     "last year.", "82.9", D(2025, 3, 4), D(2025, 3, 4)),
    ("a level at the end of a month named without its year is the latest such month's last day",
     "Foreign reserves stood at $48 billion at the end of January.", "$48 billion",
     D(2026, 1, 31), D(2026, 1, 31)),
    ("a level at the end of a year is its last day",
     "Household debt stood at $2.1 trillion at the end of 2025.", "$2.1 trillion",
     D(2025, 12, 31), D(2025, 12, 31)),
    ("a twelve-month rate stated for a month covers the twelve months ending with it",
     "The 12-month inflation rate stood at 3.4% in February.", "3.4%", D(2025, 3, 1),
     D(2026, 2, 28)),
    ("a trailing window 'over one month'",
     "Over one month, the share price has climbed 18 percent.", "18 percent", D(2026, 2, 11),
     D(2026, 3, 11)),
    ("'the previous month' in a story on a month is the month before it",
     "Retail sales rose 1.1% in January.\n\nIn the previous month, they had fallen 0.4%.",
     "0.4%", D(2025, 12, 1), D(2025, 12, 31)),
    ("'compared to the previous month' is the change's basis: the figure keeps the run",
     "Retail sales rose 1.1% in January.\n\nThat is 2,400 more shops open compared to the "
     "previous month.", "2,400 more shops", D(2026, 1, 1), D(2026, 1, 31)),
    ("a change against the month just ended, named with 'last', is that month's, a year on "
     "from its basis", "Core prices were up 4.3% compared to last February.", "4.3%",
     D(2026, 2, 1), D(2026, 2, 28)),
    ("the same with the year named relative to the article",
     "Sales were up 6% against January last year.", "6%", D(2026, 1, 1), D(2026, 1, 31)),
]


@pytest.mark.parametrize(("why", "text", "span", "first", "last"), CASES)
def test_kinds_of_period(why: str, text: str, span: str, first: dt.date, last: dt.date) -> None:
    assert _span(text, span) == (first, last), why


def test_late_year_as_a_date_of_its_own_is_the_last_quarter() -> None:
    # "its previous record set in late 2024": a date claim of the year the words narrow.
    claims = _claims("The coin doubled its previous record, set in late 2024, within weeks.")
    dated = [claim for claim in claims if claim.type == "date"]
    assert dated, [claim.text for claim in claims]
    assert dated[0].period is not None
    assert (dated[0].period.start, dated[0].period.end) == (D(2024, 10, 1), D(2024, 12, 31))


FOREIGN_CASES = [
    # (why, text, the figure's span, first day, last day); the view writes the story's words
    # the way the English rules read them.
    ("French: the start of a year is its first quarter",
     "Au total, l'Insee a compté, début 2025, 2,9 millions de chômeurs dans les régions.",
     "2,9 millions de chômeurs", D(2025, 1, 1), D(2025, 3, 31)),
    ("Spanish: the end of a year is its last quarter",
     "El paro bajó al 11,2% a finales de 2025, según los datos del instituto.", "11,2%",
     D(2025, 10, 1), D(2025, 12, 31)),
    ("German: the end of a year", "Die Quote der Arbeitslosen lag Ende 2025 bei 6,1 Prozent, "
     "wie das Amt mit den Daten für die Regionen mitteilte.", "6,1 Prozent", D(2025, 10, 1),
     D(2025, 12, 31)),
    ("Spanish: the first months of the year",
     "Las ventas de las empresas durante los dos primeros meses del año fueron un 4,5% "
     "superiores a las del mismo periodo de 2025.", "4,5%", D(2026, 1, 1), D(2026, 2, 28)),
    ("Portuguese: a rate accumulated over twelve months to a month",
     "A inflação acumulada em 12 meses ficou em 5,1% em janeiro, segundo o instituto.",
     "5,1%", D(2025, 2, 1), D(2026, 1, 31)),
    ("Portuguese: the month before the story's month",
     "A taxa ficou em 0,4% em janeiro, segundo o instituto.\n\nNo mês anterior, a taxa havia "
     "ficado em 0,6% para os dados da pesquisa.", "0,6%", D(2025, 12, 1), D(2025, 12, 31)),
]


@pytest.mark.parametrize(("why", "text", "span", "first", "last"), FOREIGN_CASES)
def test_kinds_of_period_in_other_languages(why: str, text: str, span: str, first: dt.date,
                                            last: dt.date) -> None:
    assert _span(text, span) == (first, last), why


@pytest.mark.parametrize("text", [
    "Le chômage a reculé de 0,2 point début 2025 et la hausse est de 1,2 % dans les régions.",
    "Las ventas de las empresas durante los siete primeros meses del año subieron un 2,5%.",
])
def test_the_view_keeps_every_offset(text: str) -> None:
    assert len(english_marks(text)) == len(text)


@pytest.mark.parametrize(("why", "sentence"), [
    ("a time a while back", "It traded at $5 over a year ago."),
    ("a record", "Shares hit a one-month high."),
])
def test_not_a_trailing_window(why: str, sentence: str) -> None:
    assert all(m.rule != "trailing_window" for m in find_periods(sentence, PUBLISHED)), why


@pytest.mark.parametrize(("why", "text", "span"), [
    ("the same month this year has not ended by the article's date",
     "Sales were up 6% against March last year.", "6%"),
    ("a comparison with a month some way back is no year-on-year one",
     "Core prices were up 4.3% compared to last December.", "4.3%"),
])
def test_a_comparison_month_that_places_nothing(why: str, text: str, span: str) -> None:
    assert _span(text, span) is None, why


def test_a_month_with_its_year_after_this_is_no_relative_date() -> None:
    # html-dev (CleanEval): "on this May 1997 mission" was read as "this May", a date claim
    # placed in the article's year.
    claims = _claims("Mir docked on this May 1997 mission with 3 crew.", D(2004, 1, 1))
    assert [claim.text for claim in claims] == ["3 crew"]
    assert _span("Mir docked on this May 1997 mission with 3 crew.", "3 crew",
                 D(2004, 1, 1)) == (D(1997, 5, 1), D(1997, 5, 31))
