"""One quantity in two units: a gorilla of 400 pounds is the gorilla of 181 kg. pint converts the units news
converts between (mass, length, speed, area, volume) to one base unit per kind of measure, so that a figure and
its conversion are recognised as one ("400-pound (181-kg)") and reports in two units are grouped together.

Units are named as `units.lookup` names them (quantulum3's names); `PINT_NAMES` says which pint unit each is
(names only: pint holds the factors). Temperatures are left out: their scales differ by an offset, and news rarely
groups them. The factors are pint's, read once into `FACTORS`: no run builds pint's registry.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsweave.annotate.units import longest_unit

# quantulum3's unit name -> pint's name for the same unit
PINT_NAMES = {
    "kilogram": "kilogram", "gram": "gram", "milligram": "milligram", "tonne": "tonne", "pound-mass": "pound",
    "ounce": "ounce", "ton": "short_ton", "short ton": "short_ton", "long ton": "long_ton", "stone": "stone",
    "metre": "metre", "kilometre": "kilometre", "centimetre": "centimetre", "millimetre": "millimetre",
    "foot": "foot", "inch": "inch", "yard": "yard", "mile": "mile", "nautical mile": "nautical_mile",
    "kilometre per hour": "kilometre / hour", "mile per hour": "mile / hour", "knot": "knot",
    "metre per second": "metre / second", "kilometre per second": "kilometre / second",
    "mile per second": "mile / second",
    "square metre": "metre ** 2", "square kilometre": "kilometre ** 2", "square foot": "foot ** 2",
    "square mile": "mile ** 2", "acre": "acre", "hectare": "hectare",
    "litre": "litre", "millilitre": "millilitre", "gallon": "gallon", "cubic metre": "metre ** 3",
    "barrel": "oil_barrel",
}  # fmt: skip
# pint's dimensionality of a unit -> the kind of measure it is, and the unit its values are compared in
KINDS = {
    "[mass]": ("mass", "kilogram"), "[length]": ("length", "metre"), "[length] / [time]": ("speed", "kilometre / hour"),
    "[length] ** 2": ("area", "metre ** 2"), "[length] ** 3": ("volume", "litre"),
}  # fmt: skip
AGREE = 0.03  # a conversion rounds: 181 kg is 399 pounds, "63,800 kilograms" 140,655 pounds


@dataclass(frozen=True)
class Measure:
    """A value in a unit, read in its kind's base unit."""

    kind: str
    base: float


# unit -> (kind of measure, size of one unit in the unit its kind is compared in), as `pint_factors` computes them
# with pint (its floating-point roundings kept, so a figure reads the same with or without pint): a table, so that
# no process builds pint's unit registry (0.26 s) to read 36 constants. A test checks it against pint.
FACTORS: dict[str, tuple[str, float]] = {
    "kilogram": ("mass", 1.0),
    "gram": ("mass", 0.001),
    "milligram": ("mass", 1e-06),
    "tonne": ("mass", 1000.0),
    "pound-mass": ("mass", 0.4535923700000001),
    "ounce": ("mass", 0.028349523125000005),
    "ton": ("mass", 907.1847400000001),
    "short ton": ("mass", 907.1847400000001),
    "long ton": ("mass", 1016.0469088000001),
    "stone": ("mass", 6.35029318),
    "metre": ("length", 1.0),
    "kilometre": ("length", 1000.0),
    "centimetre": ("length", 0.01),
    "millimetre": ("length", 0.001),
    "foot": ("length", 0.30479999999999996),
    "inch": ("length", 0.0254),
    "yard": ("length", 0.9144),
    "mile": ("length", 1609.344),
    "nautical mile": ("length", 1852.0),
    "kilometre per hour": ("speed", 1.0),
    "mile per hour": ("speed", 1.609344),
    "knot": ("speed", 1.852),
    "metre per second": ("speed", 3.6),
    "kilometre per second": ("speed", 3600.0),
    "mile per second": ("speed", 5793.638400000001),
    "square metre": ("area", 1.0),
    "square kilometre": ("area", 1000000.0),
    "square foot": ("area", 0.09290303999999999),
    "square mile": ("area", 2589988.110336),
    "acre": ("area", 4046.8726098742513),
    "hectare": ("area", 10000.0),
    "litre": ("volume", 1.0),
    "millilitre": ("volume", 0.001),
    "gallon": ("volume", 3.785411783999999),
    "cubic metre": ("volume", 999.9999999999999),
    "barrel": ("volume", 158.98729492799993),
}


def pint_factors() -> dict[str, tuple[str, float]]:
    """`FACTORS` as pint computes them from `PINT_NAMES` and `KINDS` (builds pint's registry: for tests)."""
    from pint import UnitRegistry

    registry = UnitRegistry(cache_folder=None)
    factors = {}
    for unit, name in PINT_NAMES.items():
        one = registry.Quantity(1.0, name)
        kind = KINDS.get(str(one.dimensionality))
        if kind is not None:
            factors[unit] = (kind[0], float(one.to(kind[1]).magnitude))
    return factors


def _factor(unit: str) -> tuple[str, float] | None:
    """(kind of measure, size of one `unit` in the unit that kind is compared in), or None for a unit not converted."""
    return FACTORS.get(unit)


def in_base(value: float, unit: str | None) -> Measure | None:
    """The value in the base unit of its kind, or None when the unit is not converted here."""
    found = _factor(unit or "")
    return Measure(found[0], value * found[1]) if found else None


def dimension(unit: str | None) -> str | None:
    """The kind of measure a unit belongs to ("mass" for pounds and kilograms), or None."""
    found = _factor(unit or "")
    return found[0] if found else None


def convert(value: float, unit: str, to: str) -> float | None:
    """The value in another unit of its kind, or None when the two are not convertible."""
    a, b = _factor(unit), _factor(to)
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
