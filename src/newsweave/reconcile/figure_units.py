"""One quantity reported in two units: claims are grouped and compared in their kind's base unit (a gorilla's
400 pounds and its 181 kg are one weight, in agreement), and a group shows its values in the unit most of its
claims use.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from newsweave.annotate.conversions import AGREE, convert, dimension, in_base
from newsweave.model import Claim


def compared(claim: Claim) -> Claim:
    """The claim with its values in the base unit of its kind of measure, the kind as its unit ("[mass]");
    itself when its unit converts to no other."""
    kind = dimension(claim.unit)
    if kind is None or claim.kind == "money":
        return claim

    def base(value: float | None) -> float | None:
        measure = in_base(value, claim.unit) if value is not None else None
        return measure.base if measure is not None else None

    return replace(
        claim, value=base(claim.value) or claim.value, low=base(claim.low), high=base(claim.high), unit=f"[{kind}]"
    )


def converted_same(a: Claim, b: Claim) -> bool:
    """Two compared claims of one quantity given in two units ("the 400-pound (181-kg) gorilla"): the same value
    in the base unit, a conversion's rounding allowed."""
    if not (a.unit or "").startswith("[") or a.unit != b.unit:
        return False
    high = max(abs(a.value), abs(b.value))
    return high > 0 and abs(a.value - b.value) / high <= AGREE


def display_unit(claims: list[Claim]) -> str | None:
    """The unit a group shows its values in: the one most of its claims use (the first among equals)."""
    counts = Counter(c.unit for c in claims)
    return max(counts, key=lambda u: (counts[u], -next(i for i, c in enumerate(claims) if c.unit == u)))


def shown(claims: list[Claim]) -> list[Claim]:
    """The claims with their values in the group's display unit; a converted value keeps three significant
    digits (181 kg shows as 399 pounds)."""
    unit = display_unit(claims)
    if unit is None or all(c.unit == unit for c in claims):
        return claims

    def value_in(value: float | None, claim: Claim) -> float | None:
        if value is None or claim.unit == unit:
            return value
        converted = convert(value, claim.unit or "", unit)
        return value if converted is None else float(f"{converted:.3g}")

    return [
        replace(c, value=value_in(c.value, c), low=value_in(c.low, c), high=value_in(c.high, c), unit=unit)
        if c.unit != unit
        else c
        for c in claims
    ]
