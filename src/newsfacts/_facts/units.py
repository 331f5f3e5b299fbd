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
    (("Fr", "."), "CHF", "Swiss franc, abbreviated: 'Fr. 18.90' on Swiss price tags"),
    (("SFr",), "CHF", "Swiss franc, abbreviated"),
    (("SFr", "."), "CHF", "Swiss franc, abbreviated with a dot"),
    (("kr",), "SEK", "krona/krone; see KRONA below for why Swedish"),
    (("kr", "."), "SEK", "krona/krone with a dot; see KRONA below"),
    (("zł",), "PLN", "zloty sign, sometimes written first"),
)

# "kr" is the sign of three currencies (SEK, NOK, DKK; ISK too). Alone it is read as the
# Swedish krona, the most traded of them and the one English copy quotes most; a code or a
# country name ("NOK 200", "Danish kroner") says otherwise.
KRONA = "SEK"

# Signs and abbreviations written after the amount: "20€", "16,49 zł", "249 Kč", "60c".
# (surface tokens, ISO code, multiplier, reason). Matched case-sensitively. A sign that is
# also a prefix is read here only when no digit is glued after it ("5 $10 bills" is 10 USD).
CURRENCY_SUFFIXES: tuple[tuple[tuple[str, ...], str, float, str], ...] = (
    (("$",), "USD", 1, "dollar sign after the amount, as in much of Europe and Latin America"),
    (("US", "$"), "USD", 1, "US$ after the amount"),
    (("€",), "EUR", 1, "euro sign after the amount, the usual place in the euro area"),
    (("£",), "GBP", 1, "pound sign after the amount"),
    (("¥",), "JPY", 1, "yen sign after the amount"),
    (("₹",), "INR", 1, "rupee sign after the amount"),
    (("₩",), "KRW", 1, "won sign after the amount"),
    (("₽",), "RUB", 1, "rouble sign, written after the amount in Russian"),
    (("₺",), "TRY", 1, "lira sign after the amount"),
    (("₪",), "ILS", 1, "shekel sign after the amount"),
    (("₴",), "UAH", 1, "hryvnia sign"),
    (("¢",), "USD", 0.01, "cent sign"),
    (("zł",), "PLN", 1, "zloty"),
    (("Kč",), "CZK", 1, "Czech koruna"),
    (("kr",), KRONA, 1, "krona/krone; see KRONA"),
    (("kr", "."), KRONA, 1, "krona/krone with a dot; see KRONA"),
    (("lei",), "RON", 1, "Romanian leu, plural"),
    (("Rs",), "INR", 1, "rupees, abbreviated after the amount ('45Rs')"),
    (("RM",), "MYR", 1, "ringgit, abbreviated after the amount"),
)

# Suffixes read only when glued to the digits: "60c" is 60 cents, "60 c" is not money.
GLUED_SUFFIXES: tuple[tuple[tuple[str, ...], str, float, str], ...] = (
    (("c",), "USD", 0.01, "cents written '60c'; upper-case 'C' is Celsius"),
    (("p",), "GBP", 0.01, "pence written '60p'"),
)

# Words for the hundredth part of a currency, read after a whole amount: "$35 and 60 cents",
# "4 GBP 2 pence", "64 ringgit and 30 sen". The sub-unit's value is added as hundredths.
MINOR_UNIT_WORDS = frozenset({
    "cents", "cent", "c", "¢", "pence", "penny", "p", "sen", "sens", "paise", "centimes",
    "kopecks", "kuruş", "halalas", "fils", "agorot",
})  # fmt: skip

# Prefixes that are also common names ("PS4" is a games console): they count as currencies only
# before an amount written the way money is (a decimal point, separators, a scale, or 10+).
WEAK_PREFIXES = frozenset({("PS",)})

# ISO 4217 codes that may stand before ("USD 10m") or after ("110 JPY") an amount. Upper case
# only, so that words such as "try" or "php" are never read as currencies.
ISO_CODES = frozenset({
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CNH", "INR", "KRW", "AUD", "CAD", "HKD", "NZD",
    "SGD", "CHF", "SEK", "NOK", "DKK", "RUB", "BRL", "MXN", "ZAR", "TRY", "ILS", "MYR", "IDR",
    "THB", "PHP", "VND", "AED", "SAR", "QAR", "NGN", "EGP", "PKR", "BDT", "TWD", "PLN", "HUF",
    "CZK", "ARS", "CLP", "COP", "PEN", "KES", "UAH", "KZT", "BTC", "ETH", "KWD", "BHD", "OMR",
    "JOD", "IQD", "IRR", "LBP", "BGN", "RON", "ISK", "MNT", "LKR", "NPR", "MAD", "TND", "GHS",
    "ETB", "TZS", "UGX", "DZD", "RSD", "XOF", "XAF",
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
    (("buck",), "USD", 1), (("bucks",), "USD", 1), (("pennies",), "USD", 0.01),
    (("malaysian", "ringgit"), "MYR", 1), (("malaysian", "ringgits"), "MYR", 1),
    (("malaysia", "ringgit"), "MYR", 1), (("malaysia", "ringgits"), "MYR", 1),
    (("ringgits",), "MYR", 1), (("sens",), "MYR", 0.01),
    (("kuwaiti", "dinar"), "KWD", 1), (("kuwaiti", "dinars"), "KWD", 1),
    (("iraqi", "dinars"), "IQD", 1), (("jordanian", "dinars"), "JOD", 1),
    (("bahraini", "dinars"), "BHD", 1),
    (("lebanese", "pound"), "LBP", 1), (("lebanese", "pounds"), "LBP", 1),
    (("egyptian", "pound"), "EGP", 1), (("egyptian", "pounds"), "EGP", 1),
    (("syrian", "pounds"), "SYP", 1),
    (("saudi", "riyal"), "SAR", 1), (("saudi", "riyals"), "SAR", 1), (("riyal",), "SAR", 1),
    (("qatari", "riyal"), "QAR", 1), (("qatari", "riyals"), "QAR", 1),
    (("omani", "rials"), "OMR", 1), (("iranian", "rials"), "IRR", 1),
    (("rials",), "IRR", 1), (("rial",), "IRR", 1),
    (("tugrik",), "MNT", 1), (("tugriks",), "MNT", 1), (("tögrög",), "MNT", 1),
    (("czech", "crowns"), "CZK", 1), (("koruna",), "CZK", 1), (("korunas",), "CZK", 1),
    (("swedish", "kronor"), "SEK", 1), (("swedish", "crowns"), "SEK", 1),
    (("norwegian", "kroner"), "NOK", 1), (("norwegian", "crowns"), "NOK", 1),
    (("danish", "kroner"), "DKK", 1), (("danish", "crowns"), "DKK", 1),
    (("kroner",), "NOK", 1), (("krona",), "SEK", 1),
    (("reais",), "BRL", 1), (("brazilian", "reais"), "BRL", 1),
    (("hryvnias",), "UAH", 1), (("hryvnia",), "UAH", 1), (("lei",), "RON", 1),
    (("leva",), "BGN", 1), (("levs",), "BGN", 1), (("tenge",), "KZT", 1),
    (("pesos", "argentinos"), "ARS", 1), (("argentine", "pesos"), "ARS", 1),
    (("chilean", "pesos"), "CLP", 1), (("colombian", "pesos"), "COP", 1),
    (("philippine", "pesos"), "PHP", 1), (("kenyan", "shillings"), "KES", 1),
    (("uae", "dirhams"), "AED", 1), (("moroccan", "dirhams"), "MAD", 1),
    (("sri", "lankan", "rupees"), "LKR", 1), (("pakistani", "rupees"), "PKR", 1),
    (("nepalese", "rupees"), "NPR", 1), (("taka",), "BDT", 1),
)

# Currency names that Indian and Malaysian English also write before the figure ("Rupees 500
# crore", "ringgit 42"). Read there only before digits that nothing else claims ("the rupee 2%
# weaker" is a percentage).
CURRENCY_NAMES_BEFORE: tuple[tuple[tuple[str, ...], str], ...] = (
    (("rupees",), "INR"), (("indian", "rupees"), "INR"),
    (("ringgit",), "MYR"), (("ringgits",), "MYR"),
    (("malaysian", "ringgit"), "MYR"), (("malaysian", "ringgits"), "MYR"),
    (("malaysia", "ringgit"), "MYR"), (("malaysia", "ringgits"), "MYR"),
)  # fmt: skip

# Singular currency names that are also nouns before other nouns ("the 2024 euro area", "a
# 1990 dollar rally"): after a number that could be a year they count as money only when the
# amount ends there ("it cost 2000 yen.", "2000 yen per night").
NOUN_LIKE_NAMES = frozenset({"dollar", "euro", "yen", "won", "rand", "lei", "sen",
                             "dong", "sterling", "pound", "buck", "penny", "cent"})  # fmt: skip

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
    ("yard", ("yard", "yards", "yd", "yds", "yarder", "yarders")),
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
    ("milliampere hour", ("mah", "milliamp hour", "milliamp hours", "milliampere hour",
                          "milliampere hours", "milliamp - hour", "milliamp - hours")),
    ("ampere hour", ("amp hour", "amp hours", "ampere hour", "ampere hours", "amp - hour",
                     "amp - hours")),
    ("ampere", ("amp", "amps", "ampere", "amperes")),
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
    ("year of age", ("year - old", "years - old", "year old", "years old", "yo",
                     "years of age", "year of age")),
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
    ("ampere hour", ("Ah",)), ("watt hour", ("Wh",)),
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
    # shop prices: "plans starting at $9.99", "flights from just £29"
    (("starting", "at"), ">="), (("starting", "from"), ">="), (("starts", "at"), ">="),
    (("from", "just"), ">="), (("from", "only"), ">="),
    (("less", "than"), "<"), (("fewer", "than"), "<"), (("under",), "<"), (("below",), "<"),
    (("just", "under"), "<"), (("just", "below"), "<"), (("lower", "than"), "<"),
    (("sub", "-"), "<"), (("south", "of"), "<"),
    (("up", "to"), "<="), (("at", "most"), "<="), (("no", "more", "than"), "<="),
    (("not", "more", "than"), "<="), (("a", "maximum", "of"), "<="), (("as", "much", "as"), "<="),
    (("exactly",), "="),  # "exactly 42 bucks": kept in the span, and says the figure is exact
)  # fmt: skip

# Singular names that "a" or "an" may stand for one of: "it costs a dollar", "a dollar and 35
# cents". Read only when the amount ends there or a sub-unit follows, since "a dollar store"
# and "a euro bond" are things, not amounts.
ONE_UNIT_NAMES = frozenset({"dollar", "euro", "buck", "penny", "cent", "rupee", "yen", "yuan",
                            "franc", "shekel", "ringgit"})  # fmt: skip

# Words between a number and its counted noun that themselves say the direction.
CHANGE_WORDS = frozenset({"fewer", "more", "less", "additional", "extra"})
