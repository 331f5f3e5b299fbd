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
    # English, German, French, Spanish, Portuguese, Italian, Dutch; Russian (a stamp writes
    # its month in the genitive, "24 сентября 2018"; the nominative and the abbreviation too)
    ("jan", "january", "januar", "jän", "jänner", "janvier", "janv", "enero", "ene", "janeiro",
     "gennaio", "gen", "januari", "января", "январь", "янв"),
    ("feb", "february", "februar", "février", "févr", "fév", "febrero", "fevereiro", "fev",
     "febbraio", "februari", "февраля", "февраль", "фев"),
    ("mar", "march", "märz", "mär", "mars", "marzo", "março", "maart", "mrt", "марта", "март",
     "мар"),
    ("apr", "april", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "апр"),
    ("may", "mai", "mayo", "maio", "maggio", "mag", "mei", "мая", "май"),
    ("jun", "june", "juni", "juin", "junio", "junho", "giugno", "giu", "июня", "июнь", "июн"),
    ("jul", "july", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "июля", "июль",
     "июл"),
    ("aug", "august", "août", "aout", "agosto", "augustus", "августа", "август", "авг"),
    ("sep", "sept", "september", "septembre", "septiembre", "setiembre", "setembro",
     "settembre", "сентября", "сентябрь", "сент", "сен"),
    ("oct", "october", "oktober", "okt", "octobre", "octubre", "outubro", "ottobre",
     "ott", "октября", "октябрь", "окт"),
    ("nov", "november", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "нояб", "ноя"),
    ("dec", "december", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dezembro",
     "dicembre", "декабря", "декабрь", "дек"),
)
# Abbreviations that are everyday English words ("ago", "set", "out": Italian and Portuguese
# August, Italian and Portuguese September, Portuguese October), read only between a day and a
# year: "02 Ago 2017" is a date, "two days ago" is not.
DAY_FIRST_MONTHS: dict[str, int] = {"ago": 8, "set": 9, "out": 10}


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
# The same, with the abbreviations read only between a day and a year.
DAY_FIRST_MONTH_PATTERN = "|".join(sorted([*MONTH_NUMBERS, *DAY_FIRST_MONTHS], key=len,
                                          reverse=True))


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation in any of the table's languages (one of
    ``DAY_FIRST_MONTHS`` too: the patterns that find it say where it is a month), else None."""
    word = word.lower().rstrip(".")
    return MONTH_NUMBERS.get(word) or DAY_FIRST_MONTHS.get(word)


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
