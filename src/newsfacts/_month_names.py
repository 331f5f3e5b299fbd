"""Month and weekday names as page stamps and stories write them, in the languages the corpus
pages come in.

A stamp such as "25 Februar 2004", "publié le mercredi 30 octobre 2019" or "15 de marzo de
2024" dates a page as surely as "Feb. 25, 2004" does. Names and their usual abbreviations,
lower case, with and without accents (scrapers often drop them). Abbreviations that are
everyday words in another language ("out", "set", "ago") are left out.
"""

from __future__ import annotations

import unicodedata

_NAMES_BY_MONTH: tuple[tuple[str, ...], ...] = (
    # English, German, French, Spanish, Portuguese, Italian, Dutch
    ("jan", "january", "januar", "jän", "jänner", "janvier", "janv", "enero", "ene", "janeiro",
     "gennaio", "gen", "januari"),
    ("feb", "february", "februar", "février", "févr", "fév", "febrero", "fevereiro", "fev",
     "febbraio", "februari"),
    ("mar", "march", "märz", "mär", "mars", "marzo", "março", "maart", "mrt"),
    ("apr", "april", "avril", "avr", "abril", "abr", "aprile"),
    ("may", "mai", "mayo", "maio", "maggio", "mag", "mei"),
    ("jun", "june", "juni", "juin", "junio", "junho", "giugno", "giu"),
    ("jul", "july", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug"),
    ("aug", "august", "août", "aout", "agosto", "augustus"),
    ("sep", "sept", "september", "septembre", "septiembre", "setiembre", "setembro",
     "settembre"),
    ("oct", "october", "oktober", "okt", "octobre", "octubre", "outubro", "ottobre",
     "ott"),
    ("nov", "november", "novembre", "noviembre", "novembro"),
    ("dec", "december", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dezembro",
     "dicembre"),
)


def _plain(word: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(char))


MONTH_NUMBERS: dict[str, int] = {}
for _number, _names in enumerate(_NAMES_BY_MONTH, start=1):
    for _name in _names:
        MONTH_NUMBERS.setdefault(_name, _number)
        MONTH_NUMBERS.setdefault(_plain(_name), _number)

# Longest first so that a regex alternation prefers "septembre" over "sept".
MONTH_PATTERN = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation in any of the table's languages, else None."""
    return MONTH_NUMBERS.get(word.lower().rstrip("."))


# Weekdays, Monday to Sunday, in the table's other languages, lower case as those languages
# write them (German capitalises its nouns; the patterns below allow for it). One table for
# page stamps ("sexta-feira, 22 de outubro de 2010", "Dienstag, 2. Dezember 2025") and for the
# period reader ("el jueves", "am Freitag").
WEEKDAYS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}
# Languages whose names keep a capital in running text.
_CAPITALISED_WEEKDAYS = frozenset({"de"})


def _weekday_forms(languages: tuple[str, ...]) -> dict[str, int]:
    """Each weekday name of ``languages`` (with and without accents; Portuguese's also
    without its "-feira") and its number, Monday 0."""
    forms: dict[str, int] = {}
    for language in languages:
        for number, name in enumerate(WEEKDAYS_BY_LANGUAGE[language]):
            for form in (name, _plain(name), name.split("-")[0], _plain(name.split("-")[0])):
                forms.setdefault(form, number)
    return forms


FOREIGN_WEEKDAY_NUMBERS = _weekday_forms(tuple(WEEKDAYS_BY_LANGUAGE))


def weekday_pattern(languages: tuple[str, ...]) -> str:
    """An alternation of the whole weekday names of ``languages``, longest first, with
    and without accents; German ones also capitalised. Case-sensitive otherwise: "Domingo"
    is as often a name as a Sunday."""
    names: set[str] = set()
    for language in languages:
        for name in WEEKDAYS_BY_LANGUAGE[language]:
            for form in (name, _plain(name)):
                names.add(form)
                if language in _CAPITALISED_WEEKDAYS:
                    names.add(form.capitalize())
    return "|".join(sorted(names, key=lambda name: (-len(name), name)))


# Weekday names a stamp opens with, in every language of the table.
FOREIGN_WEEKDAY_PATTERN = weekday_pattern(tuple(WEEKDAYS_BY_LANGUAGE))
# A weekday opening a stamp, in English (whole or abbreviated, "Tues.") or in any language of
# the table, with the comma and space after it: "Tuesday, ", "Fri ", "terça-feira, ".
WEEKDAY_WORD = (r"(?i:(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
                rf"|{FOREIGN_WEEKDAY_PATTERN}),?\s+)")
