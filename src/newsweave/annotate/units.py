"""Units of measure and currencies, named by quantulum3's unit table rather than a list kept by hand.

"km/h", "kph" and "kilometres per hour" are one unit ("kilometre per hour"); a currency is its ISO code.
quantulum3 holds some 300 units with their surfaces, plurals and symbols (its table is loaded once per
process by quantulum3 itself). The few forms news writes that the table lacks ("pc" for per cent, "bhp",
"mpg", "RM", "m.p.h.") are added below, each with the name the table would use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from quantulum3 import load

from newsweave.annotate.currency_names import currency_named
from newsweave.fastimport import import_leaf, import_unchecked

STOP_WORDS = import_leaf("spacy.lang.en.stop_words").STOP_WORDS  # spaCy's list without spaCy (see fastimport)

# forms news writes that quantulum3's table does not hold: surface -> (name, entity)
NEWS_UNITS = {
    "pc": ("percentage", "dimensionless"), "per cent": ("percentage", "dimensionless"),
    "PS": ("horsepower", "power"),  # Pferdestärke, after the number ("300 PS"); "PS6m" before it is a mangled £
    "bhp": ("brake horsepower", "power"), "mpg": ("mile per gallon", "fuel economy"),
    "km/h": ("kilometre per hour", "speed"), "kmh": ("kilometre per hour", "speed"),
    "m.p.h.": ("mile per hour", "speed"), "m.p.h": ("mile per hour", "speed"),
    "ksi": ("kilopound per square inch", "pressure"), "m2": ("square metre", "area"),
    "sq ft": ("square foot", "area"), "sq m": ("square metre", "area"), "lb-ft": ("pound-foot", "torque"),
    "kms": ("kilometre", "length"), "yrs": ("year", "time"), "hrs": ("hour", "time"), "mins": ("minute", "time"),
    "secs": ("second", "time"), "sec": ("second", "time"), "tons": ("ton", "mass"),
    "fahrenheit": ("degree Fahrenheit", "temperature"), "celsius": ("degree Celsius", "temperature"),
    "centigrade": ("degree Celsius", "temperature"),
    # "degrees" alone is a temperature as often as an angle; "ml" is a volume the table names by its equal
    "degree": ("degree", "temperature or angle"), "degrees": ("degree", "temperature or angle"),
    "ml": ("millilitre", "volume"), "mL": ("millilitre", "volume"),
    # per-game statistics of sports reports ("15.3 ppg, 7.4 rpg, 6.9 apg"; "0.5 WAR")
    "pound-feet": ("pound-foot", "torque"), "pound-foot": ("pound-foot", "torque"),
    "degf": ("degree Fahrenheit", "temperature"), "deg f": ("degree Fahrenheit", "temperature"),
    "degc": ("degree Celsius", "temperature"), "deg c": ("degree Celsius", "temperature"),
    "ppg": ("point per game", "sports statistic"), "rpg": ("rebound per game", "sports statistic"),
    "apg": ("assist per game", "sports statistic"), "WAR": ("win above replacement", "sports statistic"),
    # points of an index or a score ("up 58.06 points", "7.3 points a game"); the singular is left a word, as
    # in "a 10-point plan" or "at one point"
    "points": ("point", "index or score"), "pts": ("point", "index or score"),
    # frames of a video or a game each second ("stream at 1080p and 60FPS"), which the table reads as feet per second
    "fps": ("frame per second", "frame rate"),
    "dram": ("dram", "mass"), "drams": ("dram", "mass"),  # an apothecaries' weight the table lacks
}  # fmt: skip
# currencies by the prefix news writes glued to the amount ("RM23.50", "A$5m", "Y=590 billion", "USD10m")
CURRENCY_PREFIXES = {
    "$": "USD", "US$": "USD", "$US": "USD", "US": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "Y=": "JPY",
    "₩": "KRW", "₽": "RUB", "₹": "INR", "RM": "MYR", "A$": "AUD", "$A": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "NZ$": "NZD", "S$": "SGD", "HK$": "HKD", "R$": "BRL", "Rs": "INR", "Rs.": "INR",
}  # fmt: skip
# currency abbreviations in mixed case that news writes apart from the amount ("Rs 24 lakh", "Rs. 500")
SPACED_PREFIXES = frozenset({"Rs", "Rs."})
# ISO 4217 codes news writes before amounts; quantulum3's table holds only fifteen of them
ISO_CODES = frozenset({
    "USD", "EUR", "GBP", "JPY", "CNY", "AUD", "CAD", "CHF", "INR", "KRW", "RUB", "BRL", "MXN", "NZD", "ZAR", "SGD",
    "HKD", "MYR", "SEK", "NOK", "DKK", "PLN", "TRY", "UAH",
})  # fmt: skip
# Symbols that are also words or scale letters: a unit only when glued to the number ("45g", "37m").
GLUED_ONLY = frozenset({"m", "b", "k", "t", "g", "l", "s", "h", "p", "a", "in", "T", "K", "B", "M", "G", "W"})
AMBIGUOUS = frozenset({"p", "b", "K", "T", "a", "s", "G"})  # readings to guess; "1990s" a decade, "5G" a network
# units of the table that news writes as words of another meaning: "36 league games" are games of a league,
# not 108 miles
WORDS_NOT_UNITS = frozenset({"league", "leagues"})
# entities whose figures measure rather than count; length and time go to the measures list
MEASURE_ENTITIES = frozenset({"length", "time"})


@dataclass(frozen=True)
class Unit:
    name: str  # "kilometre per hour"; an ISO code for money; "percent"
    kind: str  # money, percent, measure
    entity: str = ""  # quantulum3's entity: length, time, speed, mass, currency ...

    @property
    def distance_or_time(self) -> bool:
        return self.entity in MEASURE_ENTITIES


PERCENT = Unit("percent", "percent", "dimensionless")


def _normalise(surface: str) -> str:
    return unicodedata.normalize("NFC", surface).replace("μ", "µ").replace("’", "'").strip()


# quantulum3's table writes one eponymous unit in lower case beside "degree Celsius"
NAME_SPELLINGS = {"degree fahrenheit": "degree Fahrenheit"}


# quantulum3's dimensionless units that are ratios, like its "percentage", rather than counts
RATIOS = frozenset({"basis point", "per mille"})


def _from_table(name: str, entity: str, code: str | None) -> Unit | None:
    name = NAME_SPELLINGS.get(name, name)
    if name == "percentage":
        return PERCENT
    if entity == "currency" or code:
        return Unit(code, "money", "currency") if code else None
    if entity == "dimensionless":
        # "pair", "dozen": counted things, not units; a ratio ("basis point", "parts-per-million") is a unit
        return Unit(name, "measure", "ratio") if name in RATIOS or name.startswith("parts-per-") else None
    return Unit(name, "measure", entity)


@lru_cache(maxsize=8192)  # a pure function of its arguments, asked about 200 times per article
def lookup(surface: str, glued: bool = False, capitals: bool = False) -> Unit | None:
    """The unit a surface names ("kph", "miles per hour", "µm", "bhp"), or None. Single letters and
    stop words count as units only when glued to the number ("45g", not "45 g" read as a word); a symbol in
    capitals ("HZ") only when the caller allows it (no name follows: "four FA Cup finals" is no unit)."""
    text = _normalise(surface)
    if not text or (text.lower() in STOP_WORDS and not glued) or (text in GLUED_ONLY and not glued):
        return None
    if text in AMBIGUOUS or text.lower() in WORDS_NOT_UNITS:
        return None
    if text.upper() in ISO_CODES and text.isupper():
        return Unit(text.upper(), "money", "currency")
    if text.endswith("=") and text[:-1] in ISO_CODES and text[:-1].isupper():
        return Unit(text[:-1], "money", "currency")  # a news-wire quote code: "to 108.79 JPY=" is in yen
    if (code := currency_named(text)) is not None:  # "30,000 Egyptian pounds", "7.5 million Danish crowns"
        return Unit(code, "money", "currency")
    news = NEWS_UNITS.get(text) or NEWS_UNITS.get(text.lower())
    if news:
        return _from_table(news[0], news[1], None)
    import_unchecked("inflect")  # before quantulum3 loads it: see fastimport
    table = load.units("en_US")
    candidates = table.symbols.get(text) or table.surfaces.get(text) or table.surfaces_lower.get(text.lower())
    if not candidates and len(text) >= 3:
        candidates = table.symbols_lower.get(text.lower())
    if not candidates and capitals and text.isupper() and len(text) >= 2:
        # a symbol written in capitals ("49.52 HZ", "784 HP") when its small letters name one unit, not a time
        # ("PS", "MS" are not seconds; "PM" could be petametres or picometres)
        candidates = [u for u in table.symbols_lower.get(text.lower(), []) if u.entity.name != "time"]
        candidates = candidates if len(candidates) == 1 else []
    if not candidates:
        return _prefixed(text) or _quotient(text)
    # "pounds": a weight unless written as money ("£", "sterling"), which the caller sees first; "12 C" a
    # temperature before a charge, as news writes it
    ranked = sorted(candidates, key=lambda u: (u.entity.name == "currency", u.entity.name != "temperature", u.name))
    best = ranked[0]
    return _from_table(best.name, best.entity.name, getattr(best, "currency_code", None))


# Words that tell which reading of a symbol with several a sentence means, by the kind of quantity ("the charge
# stored in the capacitor was 2.5 F": farads, not degrees; "the concert ticket cost me 150 kn": kuna, not knots).
ENTITY_CUES = {
    "currency": frozenset({"cost", "costs", "price", "prices", "priced", "paid", "pay", "ticket", "fee", "fees",
                           "pricey", "cheap", "expensive", "buy", "bought", "sold", "spend", "spent", "worth"}),
    "speed": frozenset({"speed", "fast", "wind", "winds", "sail", "sailing", "velocity", "sound", "gusts"}),
    "capacitance": frozenset({"capacitor", "capacitance", "capacitors"}),
    "temperature": frozenset({"temperature", "temperatures", "hot", "cold", "warm", "heat", "weather", "degrees"}),
    "radiation exposure": frozenset({"exposure", "radiation", "dose", "radiologist", "x-ray", "x-rays"}),
    "energy": frozenset({"bomb", "explosion", "nuclear", "blast", "tnt", "warhead", "yield"}),
    "data storage": frozenset({"file", "files", "data", "memory", "storage", "download", "bandwidth"}),
}  # fmt: skip
# readings news gives a symbol that quantulum3's table lacks ("kn", the Croatian kuna, beside the knot)
OTHER_READINGS = {"kn": (("croatian kuna", "currency", "HRK"),)}


def unit_in_context(surface: str, words: set[str]) -> Unit | None:
    """The reading of a symbol with several ("F", "kt", "R", "kn") that the sentence's words point to, when they
    point to exactly one kind of quantity; None when the symbol has one reading or the words do not decide."""
    text = _normalise(surface).rstrip(".")
    import_unchecked("inflect")
    table = load.units("en_US")
    readings = [(u.name, u.entity.name, getattr(u, "currency_code", None)) for u in table.symbols.get(text, [])]
    readings += list(OTHER_READINGS.get(text, ()))
    if len({entity for _, entity, _ in readings}) < 2:
        return None
    lowered = {w.lower() for w in words}
    cued = [r for r in readings if ENTITY_CUES.get(r[1], frozenset()) & lowered]
    return _from_table(*cued[0]) if len({r[1] for r in cued}) == 1 else None


# SI prefixes a symbol may carry where the table holds only its kilo- form ("GWh" beside "kWh")
SI_PREFIXES = {"M": "mega", "G": "giga", "T": "tera"}


def _prefixed(text: str) -> Unit | None:
    """A symbol with another SI prefix than the table's kilo- form: "GWh" is "gigawatt hour" as "kWh" is
    "kilowatt hour"."""
    if len(text) < 3 or text[0] not in SI_PREFIXES or not text[1].isalpha():
        return None
    kilo = lookup("k" + text[1:])
    if kilo is None or kilo.kind != "measure" or not kilo.name.startswith("kilo"):
        return None
    return Unit(SI_PREFIXES[text[0]] + kilo.name[4:], "measure", kilo.entity)


def _quotient(text: str) -> Unit | None:
    """A unit written as a quotient of two symbols: "km/hr" is "kilometre per hour", "kV/cm" "kilovolt per
    centimetre", "A/cm2" "ampere per square centimetre"."""
    top, slash, bottom = text.partition("/")
    if not slash or not top or not bottom or "/" in bottom:
        return None
    numerator, denominator = lookup(top, glued=True), lookup(bottom, glued=True)
    if numerator is None or denominator is None or numerator.kind != "measure" or denominator.kind != "measure":
        return None
    return Unit(f"{numerator.name} per {denominator.name}", "measure", "rate")


# "£" lost to an ASCII conversion comes out as "PS" ("PS2.7m", "PS21,700"); read as pounds only when the
# amount is written as money (decimals, thousands commas or a scale letter), so "PS5" stays a console
MANGLED_POUND = re.compile(r"\bPS(?=\d{1,3}(?:,\d{3})+(?!\d)|\d+\.\d|\d+(?:\.\d+)?(?:bn|mn|m|k|tn)(?![A-Za-z]))")


# "164p", "118.5p": pence, glued to an amount of at most three digits ("1080p" is a screen's resolution)
PENCE = re.compile(r"^\d{1,3}(?:\.\d+)?p$")
PENCE_CODE = "GBX"  # pence sterling, as exchanges quote share prices


def mangled_pound(text: str) -> bool:
    """Whether a token is an amount whose "£" was mangled to "PS"."""
    return MANGLED_POUND.match(text) is not None


def currency_prefix(prefix: str) -> str | None:
    """The ISO code of a currency written before an amount: "$", "RM", "USD", "A$"."""
    if prefix in CURRENCY_PREFIXES:
        return CURRENCY_PREFIXES[prefix]
    return prefix if prefix in ISO_CODES else None


def longest_unit(words: list[str], glued_first: bool = False) -> tuple[Unit, int] | None:
    """The longest unit named by the first words after a number ("miles per hour", "sq ft", "km / h"),
    with how many words it takes."""
    for n in range(min(4, len(words)), 0, -1):
        parts = words[:n]
        # capitals are a symbol when no name follows ("49.52 HZ on 20 June", not "20 EV models")
        capitals = n == len(words) or words[n].lower() in STOP_WORDS or not words[n][:1].isalnum()
        # two words are never glued into a unit ("a Formula 1 car at" is no "carat"); split symbols are ("km", "/", "h")
        glue = n == 1 or not all(p.isalpha() and len(p) > 1 for p in parts)
        for joined in (" ".join(parts), "".join(parts) if glue else "", " ".join(parts).rstrip("."), "-".join(parts)):
            unit = lookup(joined, glued=glued_first and n == 1, capitals=capitals)
            if unit is not None:
                return unit, n
    return None
