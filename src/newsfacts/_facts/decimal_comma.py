"""Stories in German, French, Spanish, Portuguese or Italian, read through an English view.

German, French, Spanish, Portuguese and Italian write the decimal mark as a comma and group
thousands with a dot, the other way round from English. The number readers read English
marks; a story in one of these languages is read through a view of it with the two marks
swapped between digits. The swap keeps every offset, so claims found in the view point at the
same characters of the story, and their text is taken back from the story itself.

The view also writes their month names, quarters and "last month/year/week" the way the period
rules read them, padded to the same length ("en enero de 2022" reads "in Jan.  of 2022", "3e
trimestre 2015" reads "Q3           2015", "el mes pasado" reads "el last month"); a claim's
period text is taken back from the story as well. (Weekdays were measured and left out: an
English abbreviation in their place, "Tue  " for "mardi", read as a source's name.)

In English copy a comma followed by one or two digits and a percent sign is a decimal comma
too ("a modest 1,5% rise": no thousands group has two digits); only those are swapped there.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .._month_names import MONTH_NUMBERS
from .._records import Claim, Period

# Function words that are frequent in one language and rare in the others (words English
# shares, such as "in", "an", "a", "do" or "per", are left out).
_DECIMAL_COMMA_WORDS = frozenset(
    {
        # German
        "der", "die", "und", "das", "ist", "nicht", "mit", "auf", "dem", "den", "ein", "eine",
        "sich", "auch", "wurde", "von", "zu", "im", "für", "vor", "einem", "sind",
        # French
        "le", "la", "les", "des", "est", "et", "une", "dans", "pour", "qui", "sur", "du", "au",
        "aux", "pas", "ce", "cette", "sont", "été",
        # Spanish
        "el", "los", "las", "del", "que", "y", "una", "por", "con", "se", "para", "su", "es",
        "como",
        # Portuguese and Italian
        "os", "da", "dos", "em", "uma", "não", "com", "ao", "il", "della", "che", "di",
        "nel", "na", "nas", "nos", "pelo", "pela", "foi", "mais", "ano",
        # Shared by several of them: "de" (Spanish, Portuguese, French), "en" (Spanish,
        # French), "según"/"selon" (according to), words a short wire story is made of.
        "de", "en", "según", "más", "fue", "selon", "ont", "wird", "nach", "bei",
    }
)  # fmt: skip
_ENGLISH_WORDS = frozenset(
    {"the", "and", "of", "to", "is", "that", "for", "on", "with", "was", "said", "by", "it",
     "from", "at", "as", "are", "has", "its", "were", "this", "which", "will", "be"}
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_WORD_END = re.compile(r"[^\W\d_]*")
# Enough words to tell the language; the opening of a long story is enough.
_SAMPLE_CHARS = 4000
_MIN_WORDS = 3
_MARK_BETWEEN_DIGITS = re.compile(r"(?<=\d)[.,](?=\d)")
_SWAP = str.maketrans({",": ".", ".": ","})
_SWAPPED_DOTTED_DATE = re.compile(r"(?<![\w.,])[0-3]?\d,[01]?\d,(?:19|20)\d\d(?![\w]|[.,]\d)")
# "1,5%", "12,25 percent" in English copy: never a thousands group.
# "(?<![\d.,])\d{1,3}" written to open with the digit, so that the search skips from digit to
# digit instead of trying its look-behind at every character of the story.
_ENGLISH_DECIMAL_COMMA = re.compile(
    r"\d(?<![\d.,]\d)\d{0,2}(?P<comma>,)\d{1,2}(?=\s?(?:%|per\s?cent\b|percent\b))"
)


_ENGLISH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                          "Nov", "Dec")
_ENGLISH_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                             "august", "september", "october", "november", "december"})
# Whole month names of the other languages ("mai" is the one three-letter name); their
# abbreviations are left alone, since some are words ("dic", "gen").
_NOT_MONTHS = frozenset({"marco", "sept"})  # a first name; an English abbreviation
_FOREIGN_MONTHS = {name: number for name, number in MONTH_NUMBERS.items()
                   if (len(name) >= 4 or name == "mai") and name not in _ENGLISH_MONTHS
                   and name not in _NOT_MONTHS}
_FOREIGN_MONTH = re.compile(
    r"\b(?P<before>(?:en|em|im|au|el|le)\s+(?:(?:mois|mes|m[êe]s)\s+d[e']\s*)?)?"
    r"(?P<month>" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + r")\b"
    r"(?P<of>\s+(?:de|del|des|do|di)\s+(?=(?:19|20)\d\d\b))?",
    re.IGNORECASE,
)


# A day before its month, as these languages write it: "5 de agosto de 2017", "le 5 mai",
# "am 12. September 2018", "1er juin", "1º de maio". The view writes it in US order in the
# same room ("Aug 5 2017", "May 5", "Sep 12 2018"), which the period rules read as a day
# without a preposition before it and the number readers as a date, not a figure. Whole month
# names only (English ones too: German writes "12. September").
_DAY_MONTH_NAMES = {name: number for name, number in MONTH_NUMBERS.items()
                    if (len(name) >= 4 or name == "mai") and name not in _NOT_MONTHS}
_FOREIGN_DAY_MONTH = re.compile(
    r"(?<![\d.,:/-])(?P<day>[0-3]?\d)(?:\.|er|º|°|ª)?\s+(?:de\s+)?"
    r"(?P<month>" + "|".join(sorted(_DAY_MONTH_NAMES, key=len, reverse=True)) + r")\b"
    r"(?:(?:\s+(?:de|del|do)\s+|,?\s+)(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


def _in_room(written: str, match: re.Match[str]) -> str:
    """``written`` padded to the length of what it replaces, so that every offset of the view
    is the story's; the story's own words where the English would not fit."""
    if len(written) > len(match.group()):
        return match.group()
    return written.ljust(len(match.group()))


def _english_day_month(match: re.Match[str]) -> str:
    """"5 de agosto de 2017" as "Aug 5 2017", padded to the same length."""
    day = int(match.group("day"))
    if not 1 <= day <= 31:
        return match.group()
    written = f"{_ENGLISH_ABBREVIATIONS[_DAY_MONTH_NAMES[match.group('month').lower()] - 1]} {day}"
    if match.group("year"):
        written += f" {match.group('year')}"
    return _in_room(written, match)


# A decade as these languages name it: "los años 90", "nos anos 1990", "les années 90", "in den
# 90er Jahren", read as "the '90s" or "the 1990s".
_FOREIGN_DECADE = re.compile(
    r"\b(?:(?:los|los\s+primeros|nos|os|les|des|aux)\s+(?:años|anos|années|annees)\s+"
    r"(?P<year>(?:19|20)?\d0)|(?P<year2>(?:19|20)?\d0)er(?:\s+Jahren?|-Jahren?))\b",
    re.IGNORECASE,
)


def _english_decade(match: re.Match[str]) -> str:
    year = match.group("year") or match.group("year2")
    return _in_room(f"the {year}s" if len(year) == 4 else f"the '{year}s", match)


# The article's year and month, where the English words fit in the room: "dieses Jahr", "cette
# année", "ce mois-ci".
_FOREIGN_THIS = re.compile(
    r"\b(?:(?P<year>dieses\s+Jahr|diesem\s+Jahr|cette\s+année|deste\s+ano|neste\s+ano|"
    r"desse\s+ano|nesse\s+ano|de\s+este\s+año)|(?P<month>ce\s+mois-ci|diesen\s+"
    r"Monat|diesem\s+Monat))\b", re.IGNORECASE)


def _english_this(match: re.Match[str]) -> str:
    return _in_room("this year" if match.group("year") else "this month", match)


# Thousands grouped by a space, as French writes them: "5 500 morts", "2 209 Français" read
# "5,500", "2,209", not two figures.
_SPACE_THOUSANDS = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)")
# "más de 2000", "plus de 5 000", "mehr als 40.000": a bound, as "over" reads in English, and
# no year.
_FOREIGN_BOUND = re.compile(
    r"\b(?:(?P<over>m[áa]s\s+de|mais\s+de|plus\s+de|mehr\s+als|über)|(?P<under>menos\s+de|"
    r"moins\s+de|weniger\s+als|unter))\s+(?=\d)", re.IGNORECASE)


def _english_bound(match: re.Match[str]) -> str:
    return _in_room("over" if match.group("over") else "under", match)


# Quarters: "3e trimestre", "primer trimestre", "im dritten Quartal", "terzo trimestre".
_ORDINAL_QUARTERS = {
    "1": 1, "2": 2, "3": 3, "4": 4,
    "premier": 1, "deuxième": 2, "deuxieme": 2, "second": 2, "troisième": 3, "troisieme": 3,
    "quatrième": 4, "quatrieme": 4, "dernier": 4,
    "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
    "primeiro": 1, "terceiro": 3, "quarto": 4, "último": 4, "ultimo": 4,
    "primo": 1, "secondo": 2, "terzo": 3,
    "ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
    "vierten": 4, "vierte": 4, "letzten": 4,
}  # fmt: skip
_FOREIGN_QUARTER = re.compile(
    r"\b(?P<ordinal>[1-4](?:e|er|ème|eme|º|°|o|\.)?|"
    + "|".join(sorted((k for k in _ORDINAL_QUARTERS if not k.isdigit()), key=len, reverse=True))
    + r")\s+(?:trimestre|Quartal|quartal)\b",
    re.IGNORECASE,
)


# The start or the end of a named year, which the corpus reads as its first or last quarter
# (as "early 2017", "late 2017"): "début 2016", "a finales de 2019", "no início de 2020",
# "Ende 2018".
_YEAR_PARTS = {
    "début": 1, "debut": 1, "fin": 4,
    "principios": 1, "comienzos": 1, "inicios": 1, "finales": 4, "fines": 4,
    "início": 1, "inicio": 1, "começo": 1, "comeco": 1, "final": 4, "fim": 4,
    "anfang": 1, "ende": 4,
}  # fmt: skip
_FOREIGN_YEAR_PART = re.compile(
    r"\b(?P<part>" + "|".join(sorted(_YEAR_PARTS, key=len, reverse=True)) + r")"
    r"(?:\s+(?:de|del|do)\b|\s+d['’])?\s*(?=(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


# "los siete primeros meses", "les sept premiers mois", "os sete primeiros meses", "den ersten
# sieben Monaten": the opening months of a year, read as "the first 7 months".
_COUNTS = {
    "dos": 2, "dois": 2, "duas": 2, "deux": 2, "zwei": 2, "tres": 3, "três": 3, "trois": 3,
    "drei": 3, "cuatro": 4, "quatro": 4, "quatre": 4, "vier": 4, "cinco": 5, "cinq": 5,
    "fünf": 5, "seis": 6, "six": 6, "sechs": 6, "siete": 7, "sete": 7, "sept": 7, "sieben": 7,
    "ocho": 8, "oito": 8, "huit": 8, "acht": 8, "nueve": 9, "nove": 9, "neuf": 9, "neun": 9,
    "diez": 10, "dez": 10, "dix": 10, "zehn": 10, "once": 11, "onze": 11, "elf": 11,
}  # fmt: skip
_COUNT_WORDS = "|".join(sorted(_COUNTS, key=len, reverse=True))
_FOREIGN_FIRST_MONTHS = re.compile(
    rf"\b(?:los|las|os|les|den)\s+(?:(?P<count>\d{{1,2}}|{_COUNT_WORDS})\s+(?:primeros|primeiros|"
    rf"premiers|ersten)|(?:ersten|primeros|primeiros|premiers)\s+(?P<count2>\d{{1,2}}|"
    rf"{_COUNT_WORDS}))\s+(?:meses|mois|Monaten)\b",
    re.IGNORECASE,
)
# "del mismo periodo de 2019", "do mesmo período de 2019": the same stretch a year back, which
# the period rules read as a comparison point.
_FOREIGN_SAME_PERIOD = re.compile(
    r"\b(?:del|el|al|do|o|ao)\s+(?:mismo|mesmo)\s+per[ií]odo\s+(?:de|del|do)\b", re.IGNORECASE)


def _english_first_months(match: re.Match[str]) -> str:
    word = (match.group("count") or match.group("count2") or "").lower()
    count = int(word) if word.isdigit() else _COUNTS[word]
    return _in_room(f"the first {count} months", match)


def _english_same_period(match: re.Match[str]) -> str:
    return _in_room("the same period of", match)


def _english_year_part(match: re.Match[str]) -> str:
    """"début 2016" as "Q1    2016": the quarter, padded to the same length."""
    return _in_room(f"Q{_YEAR_PARTS[match.group('part').lower()]}", match)


def _english_quarter(match: re.Match[str]) -> str:
    """"3e trimestre" as "Q3" padded to the same length."""
    ordinal = match.group("ordinal").lower()
    number = _ORDINAL_QUARTERS.get(ordinal) or _ORDINAL_QUARTERS.get(ordinal[:1])
    if number is None:
        return match.group()
    return f"Q{number}".ljust(len(match.group()))


# Scale and unit words after a figure, each with an English word no longer than itself (padded
# with spaces to its length): "3,02 Millionen" reads "3.02 million  ".
_FOREIGN_WORDS = {
    "millionen": "million", "million": "million", "millions": "million", "millones": "million",
    "milhões": "million", "milhoes": "million", "milioni": "million",
    "milliarden": "billion", "milliarde": "billion", "milliards": "billion",
    "milliard": "billion", "bilhões": "billion", "bilhoes": "billion", "miliardi": "billion",
    "mil millones": "billion",
    "prozent": "percent", "por ciento": "percent", "pour cent": "percent",
    "por cento": "percent", "per cento": "percent",
    "punkte": "points", "puntos": "points", "pontos": "points", "punti": "points",
}  # fmt: skip
_FOREIGN_WORD = re.compile(
    r"(?<=\d )(?:" + "|".join(sorted(_FOREIGN_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _english_word(match: re.Match[str]) -> str:
    return _FOREIGN_WORDS[match.group().lower()].ljust(len(match.group()))


# The month and year before the article's, and the week: "el mes pasado" reads "el last
# month", "do ano passado" reads "of last year". Only forms at least as long as the English.
_FOREIGN_RELATIVE = re.compile(
    r"\b(?P<of>(?:do|del|de|du)\s+)?(?:(?P<month>mes\s+(?:anterior|pasado)|mês\s+(?:anterior|"
    r"passado)|mois\s+(?:dernier|précédent|precedent))|(?P<year>año\s+pasado|ano\s+passado|"
    r"an\s+dernier|année\s+(?:dernière|derniere|précédente|precedente)|anno\s+scorso)|"
    r"(?P<week>semana\s+(?:pasada|passada)|semaine\s+(?:dernière|derniere)|letzte\s+Woche))\b",
    re.IGNORECASE)


# Stretches and comparisons the period rules read in English, as the other languages write
# them: "en lo que va del año" is the year so far, "sur les douze derniers mois" the past twelve
# months, "au trimestre précédent" the quarter before, "em relação ao trimestre anterior" a
# comparison with it. Each English phrase is no longer than what it stands for.
_FOREIGN_PHRASES = {
    "en lo que va del año": "year to date", "en lo que va de año": "year to date",
    "desde el inicio del año": "year to date", "desde principios de año": "year to date",
    "no acumulado do ano": "year to date", "desde o início do ano": "year to date",
    "acumulada no ano": "year to date", "acumulado no ano": "year to date",
    "depuis le début de l'année": "year to date", "depuis le début de l’année": "year to date",
    "seit jahresbeginn": "year to date", "seit jahresanfang": "year to date",
    "seit anfang des jahres": "year to date",
    "en los últimos doce meses": "the past year",
    "en los últimos 12 meses": "the past year",
    "nos últimos doze meses": "the past year", "nos últimos 12 meses": "the past year",
    "sur les douze derniers mois": "the past year",
    "sur les 12 derniers mois": "the past year",
    "in den vergangenen zwölf monaten": "the past year",
    "in den vergangenen 12 monaten": "the past year",
    "in den letzten zwölf monaten": "the past year",
    "in den letzten 12 monaten": "the past year",
    "trimestre précédent": "previous quarter", "trimestre precedent": "previous quarter",
    "trimestre anterior": "previous quarter",
    "im vergangenen monat": "last month", "im vergangenen jahr": "last year",
    "im vorjahreszeitraum": "in year-ago period",
    "em relação ao": "compared with", "en relación con el": "compared with",
    "em relação a": "versus", "na comparação com": "compared with",
    "en comparación con": "compared with", "im vergleich zum": "compared with",
    "im vergleich zu": "compared with",
    "par rapport au": "compared with", "par rapport à": "compared with",
    "gegenüber dem": "compared with", "frente al": "versus", "respecto al": "versus",
    "con respecto al": "compared with", "en comparación con el": "compared with",
    # German names the year, month or quarter before in one word: "im Vorjahr" is the year
    # before the story's, "im Vormonat" the month before the one it is on.
    "im vorjahr": "last year", "im vormonat": "prior month",
    "vorjahresmonat": "year-ago month", "vorjahresquartal": "year-ago quarter",
    # Verbs of a forecast or an expectation, as the status rules read them in English ("Le
    # groupe prévoit une croissance de 4 %" reads "sees", a forecast; analysts' "erwarteten"
    # reads "expected").
    "prévoit": "sees", "prévoient": "see", "prévoyait": "saw",
    "s'attend à": "sees", "s’attend à": "sees",
    "prevé": "sees", "prevén": "see", "prevê": "sees", "preveem": "see",
    "prevede": "sees", "prevedono": "see",
    "erwartet": "sees", "erwarten": "see", "erwarteten": "expected",
    "prognostiziert": "forecasts", "rechnet mit": "sees",
}  # fmt: skip
_FOREIGN_PHRASE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(phrase).replace(r"\ ", r"\s+")
                             for phrase in sorted(_FOREIGN_PHRASES, key=len, reverse=True))
    + r")(?!\w)", re.IGNORECASE)


def _english_phrase(match: re.Match[str]) -> str:
    key = " ".join(match.group().lower().split())
    return _in_room(_FOREIGN_PHRASES[key], match)


def _english_relative(match: re.Match[str]) -> str:
    if match.group("month") and match.group("month").lower().endswith(("anterior", "dent")):
        # "el mes anterior", "le mois précédent": the month before the one the story is about.
        phrase = "prior month"
    else:
        phrase = ("last month" if match.group("month") else "last year" if match.group("year")
                  else "last week")
    of = match.group("of") or ""
    words = match.group()[len(of):]
    lead = ("of" + of[len(of.rstrip()):]).ljust(len(of)) if of else ""
    return lead + phrase.ljust(len(words))


def _english_month(match: re.Match[str]) -> str:
    """The same length of text with an English month the period rules read."""
    before, month, of = match.group("before") or "", match.group("month"), match.group("of")
    if before[:2].lower() in ("en", "em", "im", "au"):
        before = "in" + before[2:]
    abbreviation = _ENGLISH_ABBREVIATIONS[_FOREIGN_MONTHS[month.lower()] - 1]
    written = abbreviation + ("." if len(month) > 3 else "")
    written = written.ljust(len(month))
    if of:
        # "de 2022": "of" and the same white space, padded to the same length.
        word = of.strip()
        written += of[: len(of) - len(of.lstrip())] + "of".ljust(len(word)) + of[len(of.rstrip()):]
    return before + written


def writes_decimal_comma(text: str) -> bool:
    """Whether ``text`` reads as German, French, Spanish, Portuguese or Italian rather than
    English, by counting each side's function words."""
    comma_side = english = 0
    for word in _WORD.findall(text[:_SAMPLE_CHARS].lower()):
        if word in _DECIMAL_COMMA_WORDS:
            comma_side += 1
        elif word in _ENGLISH_WORDS:
            english += 1
    return comma_side >= _MIN_WORDS and comma_side > 2 * english


def english_marks(text: str) -> str:
    """``text`` with its decimal commas written as points (same length), or ``text`` itself
    when it has none."""
    if writes_decimal_comma(text):
        view = _MARK_BETWEEN_DIGITS.sub(lambda match: match.group().translate(_SWAP), text)
        # "01.01.2019": a date, kept as the story writes it for the date readers.
        view = _SWAPPED_DOTTED_DATE.sub(lambda match: match.group().replace(",", "."), view)
        view = _SPACE_THOUSANDS.sub(
            lambda match: re.sub(r"[ \u00a0\u202f]", ",", match.group()), view)
        view = _FOREIGN_BOUND.sub(_english_bound, view)
        view = _FOREIGN_WORD.sub(_english_word, view)
        view = _FOREIGN_QUARTER.sub(_english_quarter, view)
        view = _FOREIGN_YEAR_PART.sub(_english_year_part, view)
        view = _FOREIGN_FIRST_MONTHS.sub(_english_first_months, view)
        view = _FOREIGN_SAME_PERIOD.sub(_english_same_period, view)
        view = _FOREIGN_PHRASE.sub(_english_phrase, view)
        view = _FOREIGN_RELATIVE.sub(_english_relative, view)
        view = _FOREIGN_THIS.sub(_english_this, view)
        view = _FOREIGN_DECADE.sub(_english_decade, view)
        view = _FOREIGN_DAY_MONTH.sub(_english_day_month, view)
        return _FOREIGN_MONTH.sub(_english_month, view)
    if "," not in text:
        return text
    return _ENGLISH_DECIMAL_COMMA.sub(
        lambda match: match.group().replace(",", ".", 1), text)


def restore_text(claims: Sequence[Claim], view: str, text: str) -> list[Claim]:
    """Claims found in ``view`` (``english_marks(text)``) with their spans and sentences
    taken from ``text``."""
    restored: list[Claim] = []
    for claim in claims:
        sentence = claim.sentence
        at = view.find(sentence, max(0, claim.start - len(sentence)), claim.end + len(sentence))
        end = claim.end
        # A word the view wrote shorter and padded ("Millionen" as "million  "): the story's
        # whole word.
        while end < len(text) and view[end] == " " and not text[end].isspace():
            end += 1
        restored.append(dataclasses.replace(
            claim, text=text[claim.start:end], end=end,
            sentence=text[at:at + len(sentence)] if at >= 0 else sentence,
            period=_restored_period(claim.period, view, text, at)))
    return restored


def _restored_period(period: Period | None, view: str, text: str, sentence_at: int
                     ) -> Period | None:
    """The period with its text as the story writes it (found in the claim's sentence first,
    else where the story first names it)."""
    if period is None or not period.text:
        return period
    at = view.find(period.text, max(0, sentence_at))
    if at < 0:
        at = view.find(period.text)
    if at < 0:
        return period
    end = at + len(period.text)
    # A date the view wrote shorter and padded ("Mar 10" for "10 de marzo"): the story's
    # whole date.
    padded = end
    while padded < len(view) and view[padded] == " ":
        padded += 1
    end += len(text[end:padded].rstrip())
    # A month the view abbreviated ("Jan." for "Januar"): the story's whole word.
    word = _WORD_END.match(text, end)
    if word is not None and text[end - 1].isalpha():
        end = word.end()
    return dataclasses.replace(period, text=text[at:end])
