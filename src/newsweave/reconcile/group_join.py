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
