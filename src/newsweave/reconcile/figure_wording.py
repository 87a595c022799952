"""Counts of one thing that two reports word differently: "more than 100 media groups" and "more than 100 media
partners", "12 current or former world leaders" and "12 current or former heads of state". The counted noun keys a
count's bucket (`figures`), so such counts were two one-source figures; they are one when the two reports give one
value (or one rounds the other), their counted phrases share a word beside the noun ("media", "current or former"),
and their sentences share content words, as two reports of one fact do. Small counts coincide too often ("two
companies") and different outcomes ("killed", "injured") never meet.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsweave.model import Claim
from newsweave.reconcile.figure_amounts import same_value
from newsweave.reconcile.figure_context import context_words
from newsweave.reconcile.group_join import SMALL_COUNT, join_first, rounds_to

# words of a counted phrase that say nothing of what is counted
FILLER = frozenset({"the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "more",
                    "than", "about", "some", "their", "its", "his", "her", "our", "these", "those", "all"})  # fmt: skip


def counted_words(claim: Claim) -> frozenset[str]:
    """The common words of what the claim counts, without filler and plural endings ("media partners": media,
    partner); a name's words are left out ("iPhone 11 Pro models", "iPhone 11 Pro users" count nothing alike)."""
    words = re.findall(r"\b[a-z][a-z'-]+", claim.counted or "")
    return frozenset(w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w for w in words) - FILLER


def _alike(a: Claim, b: Claim, min_shared: int) -> bool:
    """Two reports' claims of one count worded differently (see the module docstring)."""
    if a.article == b.article or max(a.value, b.value) <= SMALL_COUNT:
        return False
    if not (same_value(a.value, b.value) or rounds_to(a, b) or rounds_to(b, a)):
        return False
    return bool(counted_words(a) & counted_words(b)) and len(context_words(a) & context_words(b)) >= min_shared


def join_worded_alike(
    groups: list[list[Claim]],
    periods: dict[str, str | None],
    condition: Callable[[Claim], str | None],
    min_shared: int,
) -> list[list[Claim]]:
    """Groups of counts joined when a claim of each is the other's count worded differently, in one period, with one
    outcome (`condition`: killed, wounded ...), from reports the other group has none of, its values all agreeing."""

    def fits(kept: list[Claim], group: list[Claim]) -> bool:
        first = group[0]
        if first.kind != "count" or first.unit is not None or (kept[0].kind, kept[0].unit) != ("count", None):
            return False
        if kept[0].change != first.change or {condition(c) for c in kept} != {condition(c) for c in group}:
            return False
        if len({periods.get(c.id) for c in [*kept, *group]} - {None}) > 1:
            return False
        if {c.article for c in kept} & {c.article for c in group}:
            return False
        if len({v for c in [*kept, *group] for v in [c.value]}) > 2:
            return False  # a group of several values is a dispute or an update of its own wording
        return any(_alike(a, b, min_shared) for a in kept for b in group)

    def count_key(claim: Claim) -> tuple | None:
        return ("count", claim.change) if claim.kind == "count" and claim.unit is None else None

    return join_first(groups, fits, key=count_key)
