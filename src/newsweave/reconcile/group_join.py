"""Joining figure groups: each group joins the first group already kept that fits it, else is kept as it is.

The figure step joins groups by several rules (same specific amount, same age of people described alike);
each is a predicate over (kept group, new group), and the order of the input decides which group a new one joins.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Hashable

from newsweave.model import Claim
from newsweave.reconcile.figure_status import TOLERANCE


def join_first(
    groups: list[list[Claim]],
    fits: Callable[[list[Claim], list[Claim]], bool],
    key: Callable[[Claim], Hashable | None] | None = None,
) -> list[list[Claim]]:
    """The groups with each joined to the first earlier kept group `fits(kept, group)` accepts.

    With `key`, a pass that never joins two groups whose first claims' keys differ (money of one unit and change,
    counts of one change, one-age groups) tests a group only against the kept groups of its own key, not every
    pair of a story's groups; a group whose key is None joins none. The groups are those of testing every pair."""
    kept: list[list[Claim]] = []
    kept_by_key: dict[Hashable, list[list[Claim]]] = defaultdict(list)
    for group in groups:
        group_key = key(group[0]) if key is not None else ()
        candidates = kept_by_key[group_key] if group_key is not None else []
        target = next((m for m in candidates if fits(m, group)), None)
        if target is None:
            kept.append(list(group))
            if group_key is not None:
                kept_by_key[group_key].append(kept[-1])
        else:
            target.extend(group)
    return kept


# how far above a lower bound (or below an upper one) another report's value may lie and still be the same
# quantity told as a bound ("more than 200 passengers" and "226 passengers")
BOUND_REACH = 1.25
# counts this small coincide across reports ("two offshore companies" in Congo, "two companies in Beijing")
SMALL_COUNT = 10


def bound_holds(a: Claim, b: Claim) -> bool:
    """One claim is a bound the other's value lies within, near it: "more than 200 passengers" in one report and
    "226 passengers" (or "about 226") in another are one quantity, which the bound agrees with."""
    for bound, value in ((a, b), (b, a)):
        if value.qualifier not in ("exactly", "approximately") or bound.value <= 0 or value.value <= 0:
            continue
        if bound.qualifier in ("over", "at_least") and bound.value <= value.value <= bound.value * BOUND_REACH:
            return True
        if bound.qualifier in ("under", "up_to") and bound.value / BOUND_REACH <= value.value <= bound.value:
            return True
    return False


def rounds_to(approximate: Claim, exact: Claim) -> bool:
    """A value told "about" ("almost $6 million") and an exact value it rounds ("$5.9 million"), within
    `rounding_reach`: "about 8,000 troops" may be 7,800 told round, but never "over 10,000" (the kursk dispute)."""
    if approximate.qualifier != "approximately" or exact.qualifier != "exactly":
        return False
    return abs(exact.value - approximate.value) <= rounding_reach(approximate.value)


def significant_digits(value: float) -> int:
    """How many significant digits a value is told with (13.8: 3; 8,000: 1)."""
    return len(f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0")) or 1


def rounding_reach(value: float) -> float:
    """How far a value told "about" may lie from the exact one it rounds: half a unit of its last significant
    digit, at most TOLERANCE of it ("about 8,000": 7,500 to 8,500; "about $51 billion" is not $47 billion)."""
    exponent = int(f"{abs(value):.6e}".split("e")[1])
    unit = 10.0 ** (exponent - significant_digits(value) + 1)
    return min(unit / 2, TOLERANCE * abs(value))


def one_amount(a: float, b: float) -> bool:
    """Two amounts are one when equal, or when the rounder one rounds the other ("29%" and "28.9%"); two told with
    as many digits are two, however close ("13.8%" and "13.7%", "$42.8m" and "$42.9m")."""
    if math.isclose(a, b, rel_tol=1e-9):
        return True
    digits_a, digits_b = significant_digits(a), significant_digits(b)
    if digits_a == digits_b:
        return False
    rounder = a if digits_a < digits_b else b
    return abs(a - b) <= rounding_reach(rounder)


def small_count_apart(a: Claim, b: Claim, related: bool, specific: bool) -> bool:
    """Two reports giving one small value of a generic count of things described differently, in sentences about
    other things ("one of two offshore companies that acquired oil fields in Congo", "used to set up two companies
    in Beijing"): two quantities that happen to share a value. A specific count ("the first two infected patients",
    "two infected individuals") is one quantity however it is worded."""
    if specific or a.kind != "count" or b.kind != "count" or a.unit is not None or max(a.value, b.value) > SMALL_COUNT:
        return False
    if a.value != b.value:
        return False  # two values of one specific count are a dispute to show, not two quantities
    return (a.counted or "").lower() != (b.counted or "").lower() and not related
