"""Numbers in news text: "11,000" -> 11000, "three" -> 3, "1.5 million" -> 1500000, "$2bn" -> 2e9 USD.

Parsing works on a surface string so it can be tested on its own (quantulum3's test sentences);
deciding which numbers are figures is the job of `figures.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000, "mn": 1_000_000,
    "mln": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000, "dozen": 12, "dozens": 12,
}  # fmt: skip
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip
VULGAR = {"½": 0.5, "⅓": 1 / 3, "¼": 0.25, "¾": 0.75, "⅔": 2 / 3}
CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₩": "KRW",
    "₽": "RUB",
    "₹": "INR",
}
# "pounds" alone is a weight as often as a currency: it is money only after "£" or before "sterling".
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "sterling": "GBP",
    "gbp": "GBP", "euro": "EUR", "euros": "EUR", "eur": "EUR", "yen": "JPY", "won": "KRW", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "yuan": "CNY", "rupees": "INR", "hryvnia": "UAH",
}  # fmt: skip
# Measurement units: a figure with one of these measures rather than counts.
MEASURE_UNITS = {
    "mile": "mile", "miles": "mile", "mi": "mile", "km": "kilometre", "kilometre": "kilometre",
    "kilometres": "kilometre", "kilometer": "kilometre", "kilometers": "kilometre", "metre": "metre",
    "metres": "metre", "meter": "metre", "meters": "metre", "m": "metre", "feet": "foot", "foot": "foot",
    "ft": "foot", "inch": "inch", "inches": "inch", "in": "inch", "cm": "centimetre", "mm": "millimetre",
    "yards": "yard", "yard": "yard", "kg": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram",
    "g": "gram", "grams": "gram", "tonnes": "tonne", "tonne": "tonne", "tons": "ton", "ton": "ton",
    "pounds": "pound", "lb": "pound", "lbs": "pound", "litres": "litre", "liters": "litre", "litre": "litre",
    "gallons": "gallon", "barrels": "barrel", "acres": "acre", "hectares": "hectare", "mph": "mile per hour",
    "km/h": "kilometre per hour", "degrees": "degree", "°c": "degree Celsius", "°f": "degree Fahrenheit",
    "hours": "hour", "hour": "hour", "days": "day", "day": "day", "weeks": "week", "months": "month",
    "years": "year", "minutes": "minute", "seconds": "second", "mw": "megawatt", "gw": "gigawatt",
}  # fmt: skip
DISTANCE_OR_TIME = {"mile", "kilometre", "metre", "foot", "inch", "centimetre", "millimetre", "yard",
                    "hour", "day", "week", "month", "year", "minute", "second"}  # fmt: skip

_NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$")
_FRACTION = re.compile(r"^(\d+)/(\d+)$")
_ATTACHED = re.compile(r"^(?P<cur>US\$|[$£€¥₩₽₹])?(?P<num>-?[\d.,/]+)(?P<scale>bn|mn|m|k|tn|b)?(?P<pct>%)?$", re.I)
_TOKENS = re.compile(
    r"US\$|[$£€¥₩₽₹]|-?[\d.,]*\d(?:/\d+)?(?:(?:bn|mn|tn|m|k|b)(?![A-Za-z]))?%?|[A-Za-z°]+(?:-[A-Za-z]+)*|%|[½⅓¼¾⅔]"
)


@dataclass
class ParsedNumber:
    value: float
    unit: str | None = None  # ISO currency code, "percent", or a measurement unit
    kind: str = "count"  # count, money, percent, measure


def parse_digits(text: str) -> float | None:
    text = text.strip().replace("−", "-")
    if text in VULGAR:
        return VULGAR[text]
    if _NUMBER.match(text) and any(ch.isdigit() for ch in text):
        return float(text.replace(",", ""))
    fraction = _FRACTION.match(text)
    if fraction and int(fraction[2]):
        return int(fraction[1]) / int(fraction[2])
    return None


def parse_words(words: list[str]) -> float | None:
    """'two hundred thousand' -> 200000; 'two and a half' -> 2.5; None when a word is not a number word."""
    total, current, seen = 0.0, 0.0, False
    last_unit: float | None = None  # the numerator a fraction word divides ("two thirds")
    for raw in words:
        word = raw.lower().strip(",")
        if word in ("and", "a", "an", "-"):
            last_unit = None
            continue
        for part in word.split("-") if not word.startswith("-") else [word]:
            if part in UNITS_WORDS:
                last_unit = UNITS_WORDS[part]
                current += last_unit
            elif (value := parse_digits(part)) is not None:
                last_unit = value
                current += value
            elif part in DENOMINATORS:
                numerator = last_unit if last_unit is not None else 1
                current = current - (last_unit or 0) + numerator / DENOMINATORS[part]
                last_unit = None
            elif part in SCALES:
                scale = SCALES[part]
                current = (current or 1) * scale
                if scale >= 1000:
                    total, current = total + current, 0.0
            else:
                return None
            seen = True
    return total + current if seen else None


def parse_surface(surface: str) -> ParsedNumber | None:
    """Parse a number with its currency, percent sign, scale word and unit, as written in a sentence."""
    surface = surface.replace("−", "-")
    negative = surface.strip().startswith("(") and surface.strip().endswith(")")
    tokens = _TOKENS.findall(surface)
    if not tokens:
        return None
    unit: str | None = None
    kind = "count"
    number_words: list[str] = []
    rest: list[str] = []
    for token in tokens:
        attached = _ATTACHED.match(token)
        if token in CURRENCY_SYMBOLS:
            unit, kind = CURRENCY_SYMBOLS[token], "money"
        elif attached and any(ch.isdigit() for ch in token) and not rest:
            if attached["cur"]:
                unit, kind = CURRENCY_SYMBOLS[attached["cur"]], "money"
            number_words.append(attached["num"].rstrip(".,"))
            if attached["scale"]:
                number_words.append(attached["scale"].lower())
            if attached["pct"]:
                unit, kind = "percent", "percent"
        elif (
            token in VULGAR
            and not rest
            or not rest
            and (
                token.lower() in UNITS_WORDS
                or token.lower() in SCALES
                or (token.lower() in DENOMINATORS and number_words)
                or (token.lower() in ("a", "an") and not number_words)
                or (token.lower() == "and" and number_words)
                or ("-" in token and all(p in UNITS_WORDS or p in DENOMINATORS for p in token.lower().split("-")))
            )
        ):
            number_words.append(token)
        elif token.lower() in ("percent", "per", "cent", "%") and kind != "money":
            unit, kind = "percent", "percent"
        else:
            rest.append(token)
    value = parse_words(number_words) if number_words else None
    if value is None:
        return None
    if negative:
        value = -value
    value = float(f"{value:.12g}")  # 65.4 * 1e9 is 65400000000.00001 in binary
    for token in rest:
        lower = token.lower()
        if lower in CURRENCY_WORDS and kind != "money":
            unit, kind = CURRENCY_WORDS[lower], "money"
            break
        if lower in MEASURE_UNITS and kind == "count":
            unit, kind = MEASURE_UNITS[lower], "measure"
            break
    return ParsedNumber(value=value, unit=unit, kind=kind)


def format_number(value: float, unit: str | None = None) -> str:
    """11000 -> "11,000"; 3.8 with "percent" -> "3.8%"; 449000 with "USD" -> "449,000 USD"."""
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if unit == "percent":
        return f"{number}%"
    return f"{number} {unit}" if unit else number
