"""How a unit reads after its number in a sentence or a table: quantulum3's spoken names ("400 pounds",
"12 feet", "5 miles per hour") rather than the normalised names the contract stores ("pound-mass", "foot"),
and an age as "years old". A unit quantulum3 does not name reads as stored.
"""

from __future__ import annotations

AGE = "year of age"  # the unit of an age (annotate/figures.py, reconcile/figure_ages.py)


def unit_words(value: float, unit: str) -> str:
    """The unit's words for `value` of it: "pounds" for 400 pound-mass, "year old" for an age of 1."""
    if unit == AGE:
        return "year old" if value == 1 else "years old"
    from newsweave.fastimport import import_unchecked

    import_unchecked("inflect")  # before quantulum3 loads it, as annotate/units.py does: see fastimport (2 s)
    from quantulum3 import load  # its unit table, loaded once per process by quantulum3 (only when a unit shows)

    known = load.units("en_US").names.get(unit)
    return known.to_spoken(value) if known is not None else unit
