"""The quantity finder, case by case: what it reads, how it reads it, and what it leaves alone.

Each list names where its examples come from: the seed article (fixtures/seed, a CNBC story of
2026-01-14), the issue's own examples, sentences of the kind found in NewsQuant (Reuters, CNBC
and Guardian copy; paraphrased, not copied) and cases written here for the rule they pin down.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from newsfacts._facts.quantities import Quantity, find_quantities


def _only(text: str, span: str) -> Quantity:
    """The one quantity whose text is ``span``."""
    found = [q for q in find_quantities(text) if q.text == span]
    assert len(found) == 1, (span, find_quantities(text))
    return found[0]


def _check(q: Quantity, expected: dict[str, Any]) -> None:
    for key, want in expected.items():
        got = getattr(q, key)
        if isinstance(want, float) and got is not None:
            assert got == pytest.approx(want, rel=1e-9), (key, q)
        else:
            assert got == want, (key, q)


# (sentence, span, expected fields)
SEED = [
    ("Exports surged 6.6% in U.S. dollar terms last month from a year earlier.", "6.6%",
     {"type": "percent", "value": 6.6, "unit": "percent", "bound": "="}),
    ("China’s annual trade surplus hits a record $1.2 trillion as December exports beat",
     "$1.2 trillion", {"type": "money", "value": 1.2e12, "unit": "USD", "scale": 1e12}),
    ("Beijing set a growth target of around 5% for 2025.", "around 5%",
     {"type": "percent", "value": 5.0, "bound": "~"}),
    ("an economy of nearly $19 trillion", "nearly $19 trillion",
     {"type": "money", "value": 19e12, "unit": "USD", "bound": "~"}),
    ("a trade surplus of $1.19 trillion last year", "$1.19 trillion",
     {"type": "money", "value": 1.19e12, "scale": 1e12}),
]

ISSUE = [
    ("the economy lost 911,000 fewer jobs than reported", "911,000 fewer jobs",
     {"type": "count", "value": 911000.0, "unit": "job", "change_word": "fewer"}),
    ("growth of between 3% and 5% is expected", "between 3% and 5%",
     {"type": "percent", "value": None, "low": 3.0, "high": 5.0, "unit": "percent"}),
    ("inflation of 3-5% this year", "3-5%", {"type": "percent", "low": 3.0, "high": 5.0}),
    ("tickets cost $10-$20 each", "$10-$20",
     {"type": "money", "low": 10.0, "high": 20.0, "unit": "USD"}),
    ("output will rise from 3 to 5 million tonnes", "from 3 to 5 million tonnes",
     {"type": "measure", "low": 3e6, "high": 5e6, "unit": "tonne", "scale": 1e6}),
    ("five people were hurt", "five people", {"type": "count", "value": 5.0, "unit": "people"}),
    ("a dozen eggs", "a dozen eggs", {"type": "count", "value": 12.0, "unit": "egg"}),
    ("two-thirds of voters backed it", "two-thirds", {"type": "number", "value": 2 / 3}),
    ("one in five adults skipped meals", "one in five", {"type": "number", "value": 0.2}),
    ("nearly half of Americans", "nearly half", {"value": 0.5, "bound": "~"}),
    ("tens of thousands of protesters", "tens of thousands of protesters",
     {"type": "count", "value": None, "low": 1e4, "high": 1e5, "unit": "protester"}),
    ("it pumps 1.5 million barrels per day", "1.5 million barrels per day",
     {"type": "measure", "value": 1.5e6, "unit": "barrel per day", "scale": 1e6}),
]

SCALES = [
    ("revenue of $2bn", "$2bn", {"value": 2e9, "scale": 1e9}),
    ("a fee of £6m", "£6m", {"value": 6e6, "unit": "GBP", "scale": 1e6}),
    ("a salary of 25k", "25k", {"value": 25e3, "scale": 1e3}),
    ("a loss of $1.762bn", "$1.762bn", {"value": 1.762e9}),
    ("a deal worth €3.5 mn", "€3.5 mn", {"value": 3.5e6, "unit": "EUR"}),
    ("debt of $1.2tn", "$1.2tn", {"value": 1.2e12, "scale": 1e12}),
    ("a project costing Rs 5 crore", "Rs 5 crore", {"value": 5e7, "unit": "INR", "scale": 1e7}),
    ("a prize of ₹2 lakh", "₹2 lakh", {"value": 2e5, "unit": "INR"}),
    ("roads worth Rs 1.5 lakh crore", "Rs 1.5 lakh crore", {"value": 1.5e12, "scale": 1e12}),
    ("assets of 12,34,567 rupees", "12,34,567 rupees", {"value": 1234567.0, "unit": "INR"}),
    ("about 8 B people", "about 8 B people", {"value": 8e9, "unit": "people", "bound": "~"}),
    ("two hundred and fifty workers", "two hundred and fifty workers", {"value": 250.0}),
    ("twenty-five cars", "twenty-five cars", {"value": 25.0, "unit": "car"}),
    # Invented, in the style of Canadian and British business copy that hyphens its scales.
    ("revenue rose to £574-million", "£574-million", {"value": 5.74e8, "unit": "GBP",
                                                     "scale": 1e6}),
    ("a record $291.3-million quarter", "$291.3-million", {"value": 2.913e8, "unit": "USD"}),
    ("a 2-million-barrel cut", "2-million-barrel", {"value": 2e6, "unit": "barrel"}),
    ("a record 2.4-billion-euro fine", "2.4-billion-euro",
     {"type": "money", "value": 2.4e9, "unit": "EUR"}),
    ("a 500-euro note", "500-euro", {"type": "money", "value": 500.0, "unit": "EUR"}),
    # Invented: a banker's "MM" after a currency is millions ("5mm" alone stays millimetres).
    ("it raised $25MM in its Series A", "$25MM", {"value": 2.5e7, "unit": "USD"}),
    # Invented: an accounting bracket between the figure and its scale.
    ("a net loss of ($4.7) million", "($4.7) million", {"value": 4.7e6, "unit": "USD"}),
]

CURRENCIES = [
    ("sales of US$7.2 billion", "US$7.2 billion", {"unit": "USD", "value": 7.2e9}),
    ("a bid of C$6 a share", "C$6 a share", {"unit": "CAD per share", "value": 6.0}),
    ("worth A$82 million", "A$82 million", {"unit": "AUD"}),
    ("worth $A82,615,680", "$A82,615,680", {"unit": "AUD", "value": 82615680.0}),
    ("a HK$10.05 billion deal", "HK$10.05 billion", {"unit": "HKD"}),
    ("priced at €125", "€125", {"unit": "EUR"}),
    ("fell to ¥5,182", "¥5,182", {"unit": "JPY"}),
    ("won ₩1.5 trillion", "₩1.5 trillion", {"unit": "KRW"}),
    ("supply of ₿21,000,000", "₿21,000,000", {"unit": "BTC"}),
    ("a stimulus of INR1 trillion", "INR1 trillion", {"unit": "INR", "value": 1e12}),
    ("revenue of EUR50m", "EUR50m", {"unit": "EUR", "value": 5e7}),
    ("110 JPY to the dollar", "110 JPY", {"unit": "JPY", "value": 110.0}),
    ("100 billion yuan of output", "100 billion yuan", {"unit": "CNY", "value": 1e11}),
    ("a 2 trillion renminbi plan", "2 trillion renminbi", {"unit": "CNY"}),
    ("a fine of 10.5 million Australian dollars", "10.5 million Australian dollars",
     {"unit": "AUD", "value": 10.5e6}),
    ("323 million euros", "323 million euros", {"unit": "EUR"}),
    ("361 million pounds sterling", "361 million pounds sterling", {"unit": "GBP"}),
    ("shares fell 84.75 cents", "84.75 cents", {"unit": "USD", "value": 0.8475, "scale": 0.01}),
    ("a bid of 470 pence a share", "470 pence a share", {"unit": "GBP per share", "value": 4.7}),
    ("rose 18 sen to RM23.50", "RM23.50", {"unit": "MYR", "value": 23.5}),
    ("a fee of PS2.7m", "PS2.7m", {"unit": "GBP", "value": 2.7e6}),
    ("Nintendo fell to Y=28,030", "Y=28,030", {"unit": "JPY", "value": 28030.0}),
    ("the trade gap widened to $-50.8bn", "$-50.8bn", {"unit": "USD", "value": -50.8e9}),
    ("oil at $52 a barrel", "$52 a barrel", {"unit": "USD per barrel"}),
    ("Premium costs $4.99/mo", "$4.99/mo", {"unit": "USD per month"}),
    ("priced at $1,100 per square foot", "$1,100 per square foot",
     {"unit": "USD per square foot"}),
    ("a loss of 63 cents per share", "63 cents per share", {"unit": "USD per share"}),
    ("361 million pounds of profit", "361 million pounds", {"type": "measure", "unit": "pound"}),
]

PERCENTS = [
    ("up 9.4 per cent", "9.4 per cent", {"unit": "percent", "value": 9.4}),
    ("a 24pc discount", "24pc", {"unit": "percent"}),
    ("a rate of .001 per cent", ".001 per cent", {"value": 0.001}),
    ("rates rose 25 basis points", "25 basis points", {"unit": "basis point", "type": "percent"}),
    ("a cut of 50 bps", "50 bps", {"unit": "basis point"}),
    ("up 1.5 percentage points", "1.5 percentage points", {"unit": "percentage point"}),
    ("Dow +0.2%", "+0.2%", {"value": 0.2, "change_word": "+"}),
    ("the index fell -1.30%", "-1.30%", {"value": -1.3}),
    ("twenty percent of users", "twenty percent", {"value": 20.0, "unit": "percent"}),
    ("rates rose a quarter of a percentage point", "a quarter of a percentage point",
     {"value": 0.25, "unit": "percentage point"}),
    ("rates rose half a percentage point", "half a percentage point",
     {"value": 0.5, "unit": "percentage point"}),
]

BOUNDS = [
    ("more than 6,650 employees", "more than 6,650 employees", {"bound": ">"}),
    ("over $100 million", "over $100 million", {"bound": ">"}),
    ("above 170 apiece", "above 170", {"bound": ">"}),
    ("at least 30 people", "at least 30 people", {"bound": ">="}),
    ("less than 8.90 ksi", "less than 8.90 ksi", {"bound": "<"}),
    ("under 170 cm", "under 170 cm", {"bound": "<"}),
    ("below 3%", "below 3%", {"bound": "<"}),
    ("up to 400 jobs", "up to 400 jobs", {"bound": "<="}),
    ("at most 100 apples", "at most 100 apples", {"bound": "<="}),
    ("about $200 billion", "about $200 billion", {"bound": "~"}),
    ("roughly $2.11 per gallon", "roughly $2.11 per gallon", {"bound": "~"}),
    ("approximately 1.99 kilograms", "approximately 1.99 kilograms", {"bound": "~"}),
    ("nearly 57%", "nearly 57%", {"bound": "~"}),
    ("sub-7 nanometer chips", "sub-7 nanometer", {"bound": "<", "unit": "nanometre"}),
    ("fewer than 20 minutes", "fewer than 20 minutes", {"bound": "<", "unit": "minute"}),
]

MEASURES = [
    ("800,000 barrels a day", "800,000 barrels a day", {"unit": "barrel per day"}),
    ("a 52,000 barrel-a-day refinery", "52,000 barrel-a-day", {"unit": "barrel per day"}),
    ("winds of 155mph", "155mph", {"unit": "mile per hour"}),
    ("about 80 m.p.h.", "about 80 m.p.h.", {"unit": "mile per hour"}),
    ("0 to 80km/h", "0 to 80km/h", {"unit": "kilometre per hour", "low": 0.0, "high": 80.0}),
    ("30 gigawatts of wind", "30 gigawatts", {"unit": "gigawatt"}),
    ("a 5.5kWh battery", "5.5kWh", {"unit": "kilowatt hour"}),
    ("a 6kW motor", "6kW", {"unit": "kilowatt"}),
    ("a 5,000mAh battery", "5,000mAh", {"unit": "milliampere hour"}),
    ("a 4500 mAh cell rated at 2 Ah", "4500 mAh", {"unit": "milliampere hour"}),
    ("scored 31 points and ran for 132 yards", "132 yards", {"unit": "yard"}),
    ("a 25-year-old striker", "25-year-old", {"unit": "year of age"}),
    ("the kicker made a 52-yarder", "52-yarder", {"unit": "yard", "value": 52.0}),
    ("the 6-foot-5 forward", "6-foot-5", {"unit": "foot", "value": 6 + 5 / 12}),
    ("450 Nm of torque", "450 Nm", {"unit": "newton metre"}),
    ("7 nm chips", "7 nm", {"unit": "nanometre"}),
    ("a 1.0l engine", "1.0l", {"unit": "litre"}),
    ("temperatures reached 40C (104F)", "40C", {"unit": "celsius"}),
    ("temperatures reached 40C (104F)", "104F", {"unit": "fahrenheit"}),
    ("256GB of storage", "256GB", {"unit": "gigabyte"}),
    ("a 2.4Ghz toy", "2.4Ghz", {"unit": "gigahertz"}),
    ("500 degrees celsius", "500 degrees celsius", {"unit": "celsius"}),
    ("2.14degF warmer", "2.14degF", {"unit": "fahrenheit"}),
    ("a 570 sq m space", "570 sq m", {"unit": "square metre"}),
    ("1,000 tonnes of steel", "1,000 tonnes", {"unit": "tonne"}),
    ("10 million ounces of gold", "10 million ounces", {"unit": "ounce", "value": 1e7}),
    ("50 million bushels", "50 million bushels", {"unit": "bushel"}),
    ("a 2.4-liter engine", "2.4-liter", {"unit": "litre", "value": 2.4}),
    ("a 185-hp four-cylinder", "185-hp", {"unit": "horsepower"}),
    ("a 7- or 8-inch screen", "7-", {"unit": "inch", "value": 7.0}),
    ("a 50 year-old man", "50 year-old", {"unit": "year of age"}),
    ("Maddon, 66, has lost weight", "66", {"unit": "year of age"}),
    ("Parise, 35, scored once in a 10-game stretch", "10-game", {"type": "count", "unit": "game"}),
    ("the firm's 50-member board", "50-member", {"type": "count", "unit": "member"}),
    ("a three-bedroom house", "three-bedroom", {"type": "count", "unit": "bedroom"}),
    ("he retired at age 35", "35", {"unit": "year of age"}),
    ("she was 25 years of age", "25 years of age", {"unit": "year of age"}),
    ("the past 200 days", "200 days", {"unit": "day", "type": "measure"}),
    ("-5 yards", "-5 yards", {"value": -5.0, "unit": "yard"}),
    ("minus-130 degrees Fahrenheit", "minus-130 degrees Fahrenheit", {"value": -130.0}),
    # A poll's margin (fixtures/claims/flu-survey, gallup-poll): not a negative amount.
    ("plus or minus 2.5 percentage points", "2.5 percentage points", {"value": 2.5}),
    ("two or three days", "two", {"unit": "day", "value": 2.0}),
    ("it costs about 8 or $9", "about 8", {"type": "money", "unit": "USD", "bound": "~"}),
    ("men aged 18 to 34", "18 to 34", {"unit": "year of age", "low": 18.0, "high": 34.0}),
    ("children under the age of 5 years", "5 years", {"unit": "year of age"}),
    ("3000 tests per day", "3000 tests per day", {"unit": "test per day"}),
    ("½ cup of rice", "½ cup", {"value": 0.5, "unit": "cup"}),
    ("a walk of 1½ miles", "1½ miles", {"value": 1.5, "unit": "mile"}),
    ("games at 60fps", "60fps", {"unit": "frame per second"}),
]

COUNTS = [
    # Invented: a streak, counted the way the reposts corpus annotates it ("for a seventh
    # straight month" is 7 months in a row).
    ("Retail sales rose for a seventh straight month.", "seventh",
     {"type": "count", "value": 7.0, "unit": "month"}),
    ("Exports rose, the 13th consecutive monthly gain.", "13th",
     {"type": "count", "value": 13.0, "unit": "gain"}),
    ("in a study of 135 unicorn startups", "135 unicorn startups",
     {"unit": "unicorn startup"}),
    ("more than 700 heart transplants", "more than 700 heart transplants",
     {"unit": "heart transplant"}),
    ("14 first-team players left", "14 first-team players", {"unit": "first-team player"}),
    ("13 people napped", "13 people", {"unit": "people"}),
    ("5 million children", "5 million children", {"unit": "child"}),
    ("2 mosques", "2 mosques", {"unit": "mosque"}),
    ("more than 3200 times", "more than 3200 times", {"unit": "time"}),
    ("35m of its Echo devices", "35m of its Echo devices", {"unit": "Echo device"}),
    ("one of the students", "one of the students", {"value": 1.0, "unit": "student"}),
    ("One proposal asks", "One proposal", {"value": 1.0, "unit": "proposal"}),
    ("raised 280 million of the 1.5 billion shekels", "280 million",
     {"type": "money", "unit": "ILS", "value": 2.8e8}),
    ("6 million homes, including 1.5 million in Los Angeles", "1.5 million",
     {"type": "count", "unit": "home"}),
    ("the highest is 84.75 cents, while the lowest is 74.07.", "74.07",
     {"type": "money", "unit": "USD", "value": 0.7407}),
    ("nine CLPS companies", "nine CLPS companies", {"unit": "CLPS company"}),
    ("about 460 Kia and Hyundai vehicles were stolen", "about 460 Kia and Hyundai vehicles",
     {"unit": "Kia and Hyundai vehicle", "bound": "~"}),
    ("two of Johnson’s deputies were fired", "two of Johnson’s deputies", {"unit": "deputy"}),
    ("263 daily news organizations", "263 daily news organizations",
     {"unit": "daily news organization"}),
    ("thousands of tests", "thousands of tests", {"low": 1e3, "high": 1e4, "unit": "test"}),
    ("dozens of people were killed", "dozens of people", {"low": 12.0, "high": 120.0}),
    # Invented, in the shape of a jobs report: the economists expected the figure, they are
    # not what it counts; a count of analysts who see something still is one.
    ("above the 200,000 economists had expected", "200,000", {"type": "number", "unit": None}),
    ("beating the 198,000 analysts polled by Reuters had forecast", "198,000",
     {"type": "number", "unit": None}),
    ("The 12 analysts polled by Reuters see profit", "12 analysts", {"unit": "analyst"}),
]

RANGES = [
    ("from $370,000 to $5.5 million", "from $370,000 to $5.5 million",
     {"low": 370000.0, "high": 5.5e6}),
    ("from $10 to $15 billion", "from $10 to $15 billion", {"low": 1e10, "high": 1.5e10}),
    ("between $US160 million and $US171 million", "between $US160 million and $US171 million",
     {"low": 1.6e8, "high": 1.71e8, "unit": "USD"}),
    ("four to five thousand people", "four to five thousand people",
     {"low": 4000.0, "high": 5000.0, "unit": "people"}),
    ("a 5-10W laser", "5-10W", {"low": 5.0, "high": 10.0, "unit": "watt"}),
    ("~25 – 40min", "~25 – 40min", {"low": 25.0, "high": 40.0, "bound": "~", "unit": "minute"}),
    ("about 2000 - 2500 Calories", "about 2000 - 2500 Calories",
     {"low": 2000.0, "high": 2500.0, "unit": "calorie"}),
    ("dropping from 208 pounds to 193", "from 208 pounds to 193",
     {"low": 193.0, "high": 208.0, "unit": "pound"}),
    ("from 450 sq ft up to 900 sq ft", "from 450 sq ft up to 900 sq ft",
     {"low": 450.0, "high": 900.0}),
    ("from $500,000 to $1 million a year", "from $500,000 to $1 million a year",
     {"unit": "USD per year", "low": 5e5, "high": 1e6}),
    ("the number range is 20 through 100", "20 through 100", {"low": 20.0, "high": 100.0}),
    ("5k-20k", "5k-20k", {"low": 5e3, "high": 2e4}),
    ("won 10 of its last 12 games", "10", {"type": "count", "unit": "game"}),
    ("completed 24 of 31 passes", "24", {"type": "count", "unit": "pass"}),
    # A score before the result it names: the pair, as NewsQuant annotates it.
    ("held a 9-2 lead in the ninth", "9-2 lead",
     {"type": "count", "low": 2.0, "high": 9.0, "unit": "lead"}),
    ("the bill passed by a 52-48 vote", "52-48 vote",
     {"type": "count", "low": 48.0, "high": 52.0, "unit": "vote"}),
]

# Figures next to each other that stay apart: a change from one figure to another is not a
# range, and "2 in 5 years" is not a share.
SEPARATE_FIGURES = [
    ("it rose 2 in 5 years", ["2", "5 years"]),
    ("The Dow rose 0.65 per cent to end at 27,349.19.", ["0.65 per cent", "27,349.19"]),
    ("Heineken rose 18 sen to RM23.50.", ["18 sen", "RM23.50"]),
    ("sales rose 60% in 2018 to 3.9 million headsets", ["60%", "2018", "3.9 million headsets"]),
    ("revenue rose to $7.36 billion from $6.78 billion a year earlier.",
     ["$7.36 billion", "$6.78 billion"]),
    # Invented: a change's size after "by" (or right after the verb), then the level it
    # reached, is two figures; close figures of one kind stay a range.
    ("Jobless claims rose by 17,000 to 230,000.", ["17,000", "230,000"]),
    ("Unemployment fell by a seasonally adjusted 9,000 to 2.8 million.",
     ["9,000", "2.8 million"]),
    ("The jobless total fell 17,000 to 2.638 million.", ["17,000", "2.638 million"]),
    ("The bank cut rates by 25 basis points to 3.5%.", ["25 basis points", "3.5%"]),
    ("Revenue will grow by 2% to 3% next year.", ["2% to 3%", "next year"]),
    ("Temperatures dropped by 1 to 1.5 degrees Celsius.", ["1 to 1.5 degrees Celsius"]),
]

DATES = [
    ("Exports rose last month.", "last month"),
    ("China will release the data next Monday.", "next Monday"),
    ("QINGDAO, CHINA – January 13, 2026 – ships", "January 13, 2026"),
    ("Brexit is due on March 29.", "March 29"),
    ("Reuters reported in May that", "May"),
    ("Callum Rice-Coates 1 September 2019", "1 September 2019"),
    ("negotiating since June of 2018.", "June of 2018"),
    ("Mar 9 2018 MIT researchers say", "Mar 9 2018"),
    ("on Aug. 14, Ford said", "Aug. 14"),
    ("sales in Q3 2025 rose", "Q3 2025"),
    ("in FY2025 profit", "FY2025"),
    ("fourth-quarter GDP", "fourth-quarter"),
    ("in the first half", "first half"),
    ("he joined in 2016.", "2016"),
    ("the 2014-15 Highlander", "2014-15"),
    ("Between 1600 and 1900 temperatures dropped", "Between 1600 and 1900"),
    ("stamp 2019-09-01T10:38:07.190Z here", "2019-09-01T10:38:07.190Z"),
    ("published 2026-01-14 in print", "2026-01-14"),
    ("two weeks ago", "two weeks ago"),
    ("it happened yesterday", "yesterday"),
    ("Sept. 20-24 and Oct. 18-22", "Sept. 20-24"),
]

# Numbers that are not quantities: nothing but dates may come back.
NOT_QUANTITIES = [
    ("The fifth day of talks ended.", "an ordinal that counts no streak"),
    ("China Blocks Nvidia’s RTX Pro 6000D as Local Chips Rise", "model name (seed)"),
    ("Cryptopolitan2026/01/16 02:50", "slashed date and time (seed)"),
    ("Polytrade Price(TRADE)", "ticker (seed)"),
    ("Apple's new iPhone 15 and iPhone 11 Pro cameras", "model names"),
    ("the Galaxy S23 Plus and S23 Ultra", "model names glued to letters"),
    ("the S&P 500 and the FTSE 100 were flat", "index names"),
    ("in Game 6 of the series", "a game number"),
    ("the 96th-minute winner", "ordinal"),
    ("finished 1st and 2nd", "ordinals"),
    ("at 3 p.m. and 9:01 p.m. Pacific time", "times of day"),
    ("Published 5:55 AM EST Dec 20 2019", "time of day and a date"),
    ("after 12:01 a.m. EDT (0401 GMT)", "24-hour time with a zone"),
    ("Call (555) 123-4567 or +1 202-555-0123", "phone numbers"),
    ("1. First item\n2. Second item", "list markers"),
    ("COVID-19 and the F-35 jet and a V-6", "names with a hyphenated number"),
    ("192.168.1.2 and version 3.10.4", "IP address and version"),
    ("9 E 71st St, Manhattan", "street address"),
    ("the Boeing 787 Dreamliner", "model number before a name"),
    ("the hosts won 9-2 on Saturday", "a score with no result noun after it"),
    ("a 3-1 home win", "a score before a word that names no result"),
    ("see https://www.cnbc.com/2026/01/14/story.html", "web address"),
    ("the 1990s", "decade"),
    ("One of them came", "a lone spelled number"),
    ("$0.0589$0.0589", "price widget repeating its figure"),
    ("prevent binge eating (14, 15). Try it (1).", "citation numbers"),
    ("five 787 Dreamliner sales", "a model number after a count"),
    ("our One Home Depot strategy", "a name that starts with 'One'"),
    ("16:9 gaming monitors", "an aspect ratio"),
    ("a PS4 DualShock controller", "a games console, not pounds (unidecode's 'PS')"),
    ("Number FHC/ABJ/03/095/2018 was filed", "a case number"),
    ("Destiny 2 runs in native 4K on Stadia", "screen resolution (and a title)"),
]


@pytest.mark.parametrize(("text", "span", "expected"),
                         SEED + ISSUE + SCALES + CURRENCIES + PERCENTS + BOUNDS + MEASURES
                         + COUNTS + RANGES)
def test_reads_quantity(text: str, span: str, expected: dict[str, Any]) -> None:
    _check(_only(text, span), expected)


@pytest.mark.parametrize(("text", "spans"), SEPARATE_FIGURES)
def test_figures_stay_apart(text: str, spans: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == spans


@pytest.mark.parametrize(("text", "span"), DATES)
def test_marks_dates(text: str, span: str) -> None:
    q = _only(text, span)
    assert (q.type, q.value) == ("date", None)


@pytest.mark.parametrize(("text", "why"), NOT_QUANTITIES)
def test_leaves_non_quantities(text: str, why: str) -> None:
    assert [q for q in find_quantities(text) if q.type != "date"] == [], why


@pytest.mark.parametrize("text", [t for t, _s, _e in SEED + ISSUE + MEASURES + RANGES]
                         + [t for t, _w in NOT_QUANTITIES])
def test_spans_are_exact_ordered_and_disjoint(text: str) -> None:
    found = find_quantities(text)
    for q in found:
        assert text[q.start:q.end] == q.text
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start


def test_empty_text() -> None:
    assert find_quantities("") == []
