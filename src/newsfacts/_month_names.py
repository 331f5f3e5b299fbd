"""Month names as page date stamps write them, in the languages the corpus pages come in.

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


# Weekday names a stamp opens with in the table's other languages ("sexta-feira, 22 de
# outubro de 2010 às 20:13", "Dienstag, 2. Dezember 2025"), with and without accents; English
# and French ones are in the stamp patterns themselves.
_FOREIGN_WEEKDAYS: tuple[str, ...] = (
    # German
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    # Spanish
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    # Portuguese
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    # Italian
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
    # Dutch
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
)
FOREIGN_WEEKDAY_PATTERN = "|".join(sorted({name for weekday in _FOREIGN_WEEKDAYS
                                           for name in (weekday, _plain(weekday))},
                                          key=len, reverse=True))
