"""Units, currencies and bound words as data for the quantity finder.

Every surface form is written as the finder's tokens see it (``"km/h"`` is ``km / h``); the
tables below are turned into lookup dictionaries keyed by token tuples at import. Surfaces are
matched case-insensitively unless the row says otherwise (``CASED``), because "m" (metre) and
"M", "nm" (nanometre) and "Nm" (newton metre) differ only by case.

Currencies are ISO 4217 codes (plus BTC/ETH, which have none). ``$`` alone is USD: news English
writes other dollars with a prefix (C$, A$, HK$) or a name ("Australian dollars").
Some rows are the ASCII transliterations that scrapers produce with ``unidecode``: "PS" for
"£", "Y=" for "¥", "degF" for "°F"; they are marked as such.
"""

from __future__ import annotations

from typing import Literal

UnitKind = Literal["percent", "money", "measure"]

# --- currencies written before the amount -----------------------------------------------------
# (surface tokens, ISO code, reason). Matched case-sensitively: "US" is a prefix, "us" is not.
CURRENCY_PREFIXES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("$",), "USD", "dollar sign; news English writes other dollars with a prefix"),
    (("US", "$"), "USD", "US$"),
    (("U", ".", "S", ".", "$"), "USD", "U.S.$"),
    (("$", "US"), "USD", "$US, common in Australian papers"),
    (("C", "$"), "CAD", "C$"),
    (("CA", "$"), "CAD", "CA$"),
    (("CAD", "$"), "CAD", "CAD$"),
    (("$", "C"), "CAD", "$C"),
    (("A", "$"), "AUD", "A$"),
    (("AU", "$"), "AUD", "AU$"),
    (("$", "A"), "AUD", "$A"),
    (("$", "AU"), "AUD", "$AU"),
    (("HK", "$"), "HKD", "HK$"),
    (("NZ", "$"), "NZD", "NZ$"),
    (("S", "$"), "SGD", "S$"),
    (("R", "$"), "BRL", "R$"),
    (("NT", "$"), "TWD", "NT$"),
    (("€",), "EUR", "euro sign"),
    (("£",), "GBP", "pound sign"),
    (("PS",), "GBP", "unidecode's transliteration of the pound sign"),
    (("¥",), "JPY", "yen sign (also used for yuan; yen is the common reading in English news)"),
    (("Y", "="), "JPY", "unidecode's transliteration of the yen sign"),
    (("₹",), "INR", "rupee sign"),
    (("Rs",), "INR", "rupees, abbreviated"),
    (("Rs", "."), "INR", "rupees, abbreviated with a dot"),
    (("₩",), "KRW", "won sign"),
    (("₿",), "BTC", "bitcoin sign"),
    (("₪",), "ILS", "shekel sign"),
    (("₽",), "RUB", "rouble sign"),
    (("₺",), "TRY", "lira sign"),
    (("RM",), "MYR", "ringgit"),
    (("Rp",), "IDR", "rupiah"),
)

# Prefixes that are also common names ("PS4" is a games console): they count as currencies only
# before an amount written the way money is (a decimal point, separators, a scale, or 10+).
WEAK_PREFIXES = frozenset({("PS",)})

# ISO 4217 codes that may stand before ("USD 10m") or after ("110 JPY") an amount. Upper case
# only, so that words such as "try" or "php" are never read as currencies.
ISO_CODES = frozenset({
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CNH", "INR", "KRW", "AUD", "CAD", "HKD", "NZD",
    "SGD", "CHF", "SEK", "NOK", "DKK", "RUB", "BRL", "MXN", "ZAR", "TRY", "ILS", "MYR", "IDR",
    "THB", "PHP", "VND", "AED", "SAR", "QAR", "NGN", "EGP", "PKR", "BDT", "TWD", "PLN", "HUF",
    "CZK", "ARS", "CLP", "COP", "PEN", "KES", "UAH", "KZT", "BTC", "ETH",
})  # fmt: skip
ISO_ALIASES = {"RMB": "CNY", "CNH": "CNY"}

# --- currencies written after the amount ------------------------------------------------------
# (surface tokens, ISO code, multiplier): "84.75 cents" is 0.8475 USD with scale 0.01.
CURRENCY_NAMES: tuple[tuple[tuple[str, ...], str, float], ...] = (
    (("dollar",), "USD", 1), (("dollars",), "USD", 1),
    (("us", "dollars"), "USD", 1), (("us", "dollar"), "USD", 1),
    (("u", ".", "s", ".", "dollars"), "USD", 1),
    (("american", "dollars"), "USD", 1),
    (("australian", "dollars"), "AUD", 1), (("australian", "dollar"), "AUD", 1),
    (("canadian", "dollars"), "CAD", 1), (("canadian", "dollar"), "CAD", 1),
    (("hong", "kong", "dollars"), "HKD", 1), (("new", "zealand", "dollars"), "NZD", 1),
    (("singapore", "dollars"), "SGD", 1), (("taiwan", "dollars"), "TWD", 1),
    (("euro",), "EUR", 1), (("euros",), "EUR", 1),
    (("pounds", "sterling"), "GBP", 1), (("pound", "sterling"), "GBP", 1),
    (("sterling",), "GBP", 1), (("british", "pounds"), "GBP", 1),
    (("pence",), "GBP", 0.01), (("penny",), "GBP", 0.01),
    (("cents",), "USD", 0.01), (("cent",), "USD", 0.01),
    (("yen",), "JPY", 1), (("japanese", "yen"), "JPY", 1),
    (("yuan",), "CNY", 1), (("renminbi",), "CNY", 1), (("chinese", "yuan"), "CNY", 1),
    (("rupees",), "INR", 1), (("rupee",), "INR", 1), (("indian", "rupees"), "INR", 1),
    (("rupiah",), "IDR", 1), (("ringgit",), "MYR", 1), (("sen",), "MYR", 0.01),
    (("won",), "KRW", 1), (("shekels",), "ILS", 1), (("shekel",), "ILS", 1),
    (("new", "shekels"), "ILS", 1), (("rand",), "ZAR", 1),
    (("roubles",), "RUB", 1), (("rubles",), "RUB", 1), (("lira",), "TRY", 1),
    (("turkish", "lira"), "TRY", 1),
    (("swiss", "francs"), "CHF", 1), (("francs",), "CHF", 1),
    (("mexican", "pesos"), "MXN", 1), (("pesos",), "MXN", 1), (("naira",), "NGN", 1),
    (("dirhams",), "AED", 1), (("riyals",), "SAR", 1), (("baht",), "THB", 1),
    (("dong",), "VND", 1), (("kronor",), "SEK", 1), (("zlotys",), "PLN", 1),
    (("zloty",), "PLN", 1), (("forint",), "HUF", 1), (("bitcoin",), "BTC", 1),
    (("bitcoins",), "BTC", 1), (("btc",), "BTC", 1),
)  # fmt: skip

# --- percentages ------------------------------------------------------------------------------
PERCENT_UNITS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("%",), "percent"), (("percent",), "percent"), (("per", "cent"), "percent"),
    (("pc",), "percent"), (("pct",), "percent"), (("per", "-", "cent"), "percent"),
    (("percentage", "point"), "percentage point"), (("percentage", "points"), "percentage point"),
    (("percent", "point"), "percentage point"), (("percent", "points"), "percentage point"),
    (("pp",), "percentage point"), (("ppt",), "percentage point"),
    (("ppts",), "percentage point"), (("basis", "point"), "basis point"),
    (("basis", "points"), "basis point"), (("bp",), "basis point"), (("bps",), "basis point"),
)  # fmt: skip

# --- measures ---------------------------------------------------------------------------------
# (canonical name, surfaces). Each surface is space-separated tokens. Singular and plural are
# both listed where English adds more than an "s".
MEASURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("kilometre", ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")),
    ("metre", ("metre", "metres", "meter", "meters")),
    ("centimetre", ("cm", "centimetre", "centimetres", "centimeter", "centimeters")),
    ("millimetre", ("mm", "millimetre", "millimetres", "millimeter", "millimeters")),
    ("micrometre", ("μm", "µm", "micron", "microns", "micrometre", "micrometres",
                    "micrometer", "micrometers")),
    ("nanometre", ("nanometre", "nanometres", "nanometer", "nanometers")),
    ("mile", ("mile", "miles", "mi")),
    ("foot", ("foot", "feet", "ft")),
    ("inch", ("inch", "inches")),
    ("yard", ("yard", "yards", "yd", "yds")),
    ("square metre", ("sq m", "sqm", "m2", "m²", "square metre", "square metres",
                      "square meter", "square meters", "sq metres", "sq meters")),
    ("square foot", ("sq ft", "sqft", "square foot", "square feet", "sq feet")),
    ("square kilometre", ("sq km", "km2", "km²", "square kilometre", "square kilometres",
                          "square kilometer", "square kilometers")),
    ("square mile", ("square mile", "square miles", "sq mi", "sq miles")),
    ("hectare", ("hectare", "hectares", "ha")),
    ("acre", ("acre", "acres")),
    ("litre", ("litre", "litres", "liter", "liters", "l")),
    ("millilitre", ("ml", "millilitre", "millilitres", "milliliter", "milliliters")),
    ("gallon", ("gallon", "gallons", "gal")),
    ("pint", ("pint", "pints")),
    ("quart", ("quart", "quarts")),
    ("barrel", ("barrel", "barrels", "bbl", "bbls")),
    ("barrel per day", ("barrels per day", "barrels a day", "barrel per day", "barrel a day",
                        "barrel - a - day", "barrels - a - day", "bpd", "b / d")),
    ("cubic metre", ("cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3", "m³")),
    ("cubic foot", ("cubic foot", "cubic feet")),
    ("kilogram", ("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos")),
    ("gram", ("gram", "grams", "gramme", "grammes")),
    ("milligram", ("mg", "milligram", "milligrams")),
    ("microgram", ("mcg", "microgram", "micrograms")),
    ("tonne", ("tonne", "tonnes", "ton", "tons", "metric tons", "metric tonnes")),
    ("pound", ("pound", "pounds", "lb", "lbs")),
    ("ounce", ("ounce", "ounces", "oz", "troy ounce", "troy ounces")),
    ("bushel", ("bushel", "bushels")),
    ("carat", ("carat", "carats")),
    ("watt", ("watt", "watts")),
    ("kilowatt", ("kilowatt", "kilowatts")),
    ("megawatt", ("megawatt", "megawatts")),
    ("gigawatt", ("gigawatt", "gigawatts")),
    ("terawatt", ("terawatt", "terawatts")),
    ("kilowatt hour", ("kilowatt hour", "kilowatt hours", "kilowatt - hour", "kilowatt - hours")),
    ("megawatt hour", ("megawatt hour", "megawatt hours", "megawatt - hour",
                       "megawatt - hours")),
    ("gigawatt hour", ("gigawatt hour", "gigawatt hours", "gigawatt - hours")),
    ("horsepower", ("hp", "bhp", "horsepower", "ps")),
    ("newton metre", ("newton metre", "newton metres", "newton meters")),
    ("pound-foot", ("lb - ft", "pound - feet", "pound - foot", "pound feet", "lb ft")),
    ("revolution per minute", ("rpm",)),
    ("volt", ("volt", "volts")),
    ("kilovolt", ("kilovolt", "kilovolts")),
    ("calorie", ("calorie", "calories", "kcal")),
    ("joule", ("joule", "joules")),
    ("decibel", ("decibel", "decibels", "db")),
    ("mile per hour", ("mph", "m . p . h .", "miles per hour", "miles an hour",
                       "mile per hour")),
    ("kilometre per hour", ("km / h", "kph", "kmh", "kmph", "kilometres per hour",
                            "kilometers per hour", "kilometres an hour",
                            "kilometers an hour")),
    ("metre per second", ("metres per second", "meters per second", "m / s")),
    ("knot", ("knot", "knots")),
    ("mile per gallon", ("mpg", "miles per gallon", "miles a gallon")),
    ("byte", ("byte", "bytes")),
    ("kilobyte", ("kilobyte", "kilobytes")),
    ("megabyte", ("megabyte", "megabytes")),
    ("gigabyte", ("gigabyte", "gigabytes")),
    ("terabyte", ("terabyte", "terabytes")),
    ("megabit per second", ("mbps", "mbit / s", "megabits per second")),
    ("gigabit per second", ("gbps", "gbit / s", "gigabits per second")),
    ("hertz", ("hz", "hertz")),
    ("kilohertz", ("khz", "kilohertz")),
    ("megahertz", ("mhz", "megahertz")),
    ("gigahertz", ("ghz", "gigahertz")),
    ("celsius", ("°c", "º c", "° c", "degc", "deg c", "degree c", "degrees c", "degree celsius",
                 "degrees celsius", "celsius", "degrees centigrade", "centigrade")),
    ("fahrenheit", ("°f", "° f", "degf", "deg f", "degree f", "degrees f",
                    "degree fahrenheit", "degrees fahrenheit", "fahrenheit")),
    ("degree", ("degree", "degrees", "°", "deg")),
    ("megapascal", ("mpa", "megapascal", "megapascals")),
    ("kilopound per square inch", ("ksi",)),
    ("pound per square inch", ("psi",)),
    ("part per million", ("ppm", "parts per million")),
    ("part per billion", ("ppb", "parts per billion")),
    ("point", ("point", "points", "pts")),
    ("year", ("year", "years", "yr", "yrs")),
    ("month", ("month", "months")),
    ("week", ("week", "weeks")),
    ("day", ("day", "days")),
    ("hour", ("hour", "hours", "hr", "hrs")),
    ("minute", ("minute", "minutes", "min", "mins")),
    ("second", ("second", "seconds", "sec", "secs")),
    ("millisecond", ("ms", "millisecond", "milliseconds")),
    ("decade", ("decade", "decades")),
    ("century", ("century", "centuries")),
    ("year of age", ("year - old", "years - old", "year old", "years old", "yo")),
    ("cylinder", ("cylinder", "cylinders")),
    ("cup", ("cup", "cups")),
    ("teaspoon", ("teaspoon", "teaspoons", "tsp")),
    ("tablespoon", ("tablespoon", "tablespoons", "tbsp")),
    ("teraflop", ("teraflop", "teraflops", "tflops")),
    ("frame per second", ("fps", "frames per second")),
    ("point per game", ("ppg",)),
    ("rebound per game", ("rpg",)),
    ("assist per game", ("apg",)),
)

# Surfaces whose case carries the meaning; they are matched only exactly as written here.
CASED_MEASURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("metre", ("m",)),
    ("celsius", ("C",)), ("fahrenheit", ("F",)),
    ("gram", ("g",)),
    ("nanometre", ("nm",)),
    ("newton metre", ("Nm",)),
    ("watt", ("W",)), ("kilowatt", ("kW", "KW")), ("megawatt", ("MW",)),
    ("gigawatt", ("GW",)), ("terawatt", ("TW",)),
    ("kilowatt hour", ("kWh", "KWh", "kwh")), ("megawatt hour", ("MWh",)),
    ("gigawatt hour", ("GWh",)), ("terawatt hour", ("TWh",)),
    ("kilovolt", ("kV",)), ("volt", ("V",)),
    ("kilobyte", ("KB", "kB")), ("megabyte", ("MB",)), ("gigabyte", ("GB",)),
    ("terabyte", ("TB",)),
    ("kilovolt per centimetre", ("kV / cm",)),
    ("ampere per square centimetre", ("A / cm2",)),
)  # fmt: skip

# "per X" / "a X" / "an X" after a unit makes a rate: "$52 a barrel", "3,000 tests per day".
RATE_WORDS = frozenset({"per", "a", "an", "/", "each"})
RATE_DENOMINATORS: dict[str, str] = {
    "day": "day", "week": "week", "month": "month", "year": "year", "annum": "year",
    "hour": "hour", "minute": "minute", "second": "second", "night": "night",
    "share": "share", "barrel": "barrel", "gallon": "gallon", "ounce": "ounce",
    "oz": "ounce", "tonne": "tonne", "ton": "tonne", "kilogram": "kilogram", "kg": "kilogram",
    "pound": "pound", "lb": "pound", "litre": "litre", "liter": "litre",
    "person": "person", "capita": "person", "head": "person", "game": "game",
    "unit": "unit", "mile": "mile", "km": "kilometre", "kwh": "kilowatt hour",
    "mwh": "megawatt hour", "square foot": "square foot", "sq ft": "square foot",
    "square metre": "square metre", "square meter": "square metre", "sq m": "square metre",
    "mmbtu": "million British thermal units", "bushel": "bushel", "seat": "seat",
    "acre": "acre", "hectare": "hectare", "mo": "month", "yr": "year", "wk": "week",
}  # fmt: skip

# --- bounds -----------------------------------------------------------------------------------
# (surface tokens, bound) read before a number and included in its span.
BOUND_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("about",), "~"), (("around",), "~"), (("approximately",), "~"), (("approx",), "~"),
    (("approx", "."), "~"), (("roughly",), "~"), (("nearly",), "~"), (("almost",), "~"),
    (("some",), "~"), (("circa",), "~"), (("~",), "~"), (("close", "to"), "~"),
    (("an", "estimated"), "~"), (("an", "approximate"), "~"), (("just", "about"), "~"),
    (("more", "than"), ">"), (("over",), ">"), (("above",), ">"), (("greater", "than"), ">"),
    (("higher", "than"), ">"), (("in", "excess", "of"), ">"), (("upwards", "of"), ">"),
    (("upward", "of"), ">"), (("just", "over"), ">"), (("well", "over"), ">"),
    (("well", "above"), ">"), (("exceeding",), ">"), (("north", "of"), ">"),
    (("at", "least"), ">="), (("no", "less", "than"), ">="), (("not", "less", "than"), ">="),
    (("a", "minimum", "of"), ">="),
    (("less", "than"), "<"), (("fewer", "than"), "<"), (("under",), "<"), (("below",), "<"),
    (("just", "under"), "<"), (("just", "below"), "<"), (("lower", "than"), "<"),
    (("sub", "-"), "<"), (("south", "of"), "<"),
    (("up", "to"), "<="), (("at", "most"), "<="), (("no", "more", "than"), "<="),
    (("not", "more", "than"), "<="), (("a", "maximum", "of"), "<="), (("as", "much", "as"), "<="),
)  # fmt: skip

# Words between a number and its counted noun that themselves say the direction.
CHANGE_WORDS = frozenset({"fewer", "more", "less", "additional", "extra"})
