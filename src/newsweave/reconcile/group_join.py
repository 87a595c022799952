"""Joining figure groups: each group joins the first group already kept that fits it, else is kept as it is.

The figure step joins groups by several rules (same specific amount, same age of people described alike);
each is a predicate over (kept group, new group), and the order of the input decides which group a new one joins.
"""

from __future__ import annotations

from collections.abc import Callable

from newsweave.model import Claim


def join_first(groups: list[list[Claim]], fits: Callable[[list[Claim], list[Claim]], bool]) -> list[list[Claim]]:
    """The groups with each joined to the first earlier group `fits(kept, group)` accepts."""
    kept: list[list[Claim]] = []
    for group in groups:
        target = next((m for m in kept if fits(m, group)), None)
        if target is None:
            kept.append(list(group))
        else:
            target.extend(group)
    return kept


# how far above a lower bound (or below an upper one) another report's value may lie and still be the same
# quantity told as a bound ("more than 200 passengers" and "226 passengers")
BOUND_REACH = 1.25
# counts this small coincide across reports ("two offshore companies" in Congo, "two companies in Beijing")
SMALL_COUNT = 10


def bound_holds(a: Claim, b: Claim) -> bool:
    """One claim is a bound the other's exact value lies within, near it: "more than 200 passengers" in one
    report and "226 passengers" in another are one quantity, which the bound agrees with."""
    for bound, value in ((a, b), (b, a)):
        if value.qualifier != "exactly" or bound.value <= 0 or value.value <= 0:
            continue
        if bound.qualifier in ("over", "at_least") and bound.value <= value.value <= bound.value * BOUND_REACH:
            return True
        if bound.qualifier in ("under", "up_to") and bound.value / BOUND_REACH <= value.value <= bound.value:
            return True
    return False


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
