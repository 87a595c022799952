"""One quantity in two units: a gorilla of 400 pounds is the gorilla of 181 kg. Factors to one base unit per
kind of measure, for the units news converts between (mass, length, speed, area, volume), so that a figure and
its conversion are recognised as one ("400-pound (181-kg)") and reports in two units are grouped together.

Units are named as `units.lookup` names them (quantulum3's names). Temperatures are left out: their scales
differ by an offset, and news rarely groups them.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsweave.annotate.units import longest_unit

# unit name -> (kind of measure, size in the base unit of that kind: kilogram, metre, km/h, m², litre)
FACTORS: dict[str, tuple[str, float]] = {
    "kilogram": ("mass", 1.0), "gram": ("mass", 0.001), "milligram": ("mass", 1e-6), "tonne": ("mass", 1000.0),
    "pound-mass": ("mass", 0.45359237), "ounce": ("mass", 0.028349523125), "ton": ("mass", 907.18474),
    "short ton": ("mass", 907.18474), "long ton": ("mass", 1016.0469088), "stone": ("mass", 6.35029318),
    "metre": ("length", 1.0), "kilometre": ("length", 1000.0), "centimetre": ("length", 0.01),
    "millimetre": ("length", 0.001), "foot": ("length", 0.3048), "inch": ("length", 0.0254),
    "yard": ("length", 0.9144), "mile": ("length", 1609.344), "nautical mile": ("length", 1852.0),
    "kilometre per hour": ("speed", 1.0), "mile per hour": ("speed", 1.609344), "knot": ("speed", 1.852),
    "metre per second": ("speed", 3.6), "kilometre per second": ("speed", 3600.0),
    "mile per second": ("speed", 5793.6384),
    "square metre": ("area", 1.0), "square kilometre": ("area", 1e6), "square foot": ("area", 0.09290304),
    "square mile": ("area", 2589988.110336), "acre": ("area", 4046.8564224), "hectare": ("area", 10000.0),
    "litre": ("volume", 1.0), "millilitre": ("volume", 0.001), "gallon": ("volume", 3.785411784),
    "cubic metre": ("volume", 1000.0), "barrel": ("volume", 158.987294928),
}  # fmt: skip
AGREE = 0.03  # a conversion rounds: 181 kg is 399 pounds, "63,800 kilograms" 140,655 pounds


@dataclass(frozen=True)
class Measure:
    """A value in a unit, read in its kind's base unit."""

    kind: str
    base: float


def in_base(value: float, unit: str | None) -> Measure | None:
    """The value in the base unit of its kind, or None when the unit has no factor here."""
    found = FACTORS.get(unit or "")
    return Measure(found[0], value * found[1]) if found else None


def dimension(unit: str | None) -> str | None:
    """The kind of measure a unit belongs to ("mass" for pounds and kilograms), or None."""
    found = FACTORS.get(unit or "")
    return found[0] if found else None


def convert(value: float, unit: str, to: str) -> float | None:
    """The value in another unit of its kind, or None when the two are not convertible."""
    a, b = FACTORS.get(unit), FACTORS.get(to)
    if a is None or b is None or a[0] != b[0]:
        return None
    return value * a[1] / b[1]


def same_quantity(value: float, unit: str | None, other: float, other_unit: str | None) -> bool:
    """Whether two values in two units of one kind are one quantity, a conversion's rounding allowed."""
    if unit == other_unit:
        return False
    a, b = in_base(value, unit), in_base(other, other_unit)
    if a is None or b is None or a.kind != b.kind:
        return False
    high = max(abs(a.base), abs(b.base))
    return high > 0 and abs(a.base - b.base) / high <= AGREE


# nouns of a physical quantity: "pounds" said of them weigh ("5.1 million pounds of thrust", "pounds of TNT")
PHYSICAL_NOUNS = frozenset({"thrust", "payload", "cargo", "tnt", "weight", "weighs", "weighing", "weighed", "weigh"})


def pounds_weigh(unit_words: list[str], after: list[str], sentence_words: list[str]) -> bool:
    """Whether an amount of "pounds" read as sterling (a million or more, written without "£" or "sterling")
    is a weight: converted to a unit of mass ("5.1 million pounds or 2300 metric tons") or said in a sentence
    about a physical quantity ("the average thrust ... equivalent to roughly 4.7 million pounds")."""
    if [w.lower() for w in unit_words[:1]] not in (["pounds"], ["pound"]) or "£" in sentence_words:
        return False
    if "sterling" in (w.lower() for w in after[:2]):
        return False
    if after[:1] in (["or"], ["("]) and len(after) > 2 and after[1][:1].isdigit():
        found = longest_unit(after[2:6])
        if found is not None and dimension(found[0].name) == "mass":
            return True
    return any(w.lower() in PHYSICAL_NOUNS for w in sentence_words)
