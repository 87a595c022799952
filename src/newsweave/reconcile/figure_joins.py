"""Joining a story's figure groups pass by pass (`figure_amounts`, `figure_wording`, `figure_ages`) without testing
every pair of its groups: a pass tells by a key which groups it may join at all (money of one unit and change, counts
of one change, one-age groups), and each group is tested only against the kept groups of its own key."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable

from newsweave.model import Claim


def join_first_by_key(
    groups: list[list[Claim]],
    fits: Callable[[list[Claim], list[Claim]], bool],
    key: Callable[[Claim], Hashable | None],
) -> list[list[Claim]]:
    """The groups with each joined to the first earlier kept group `fits(kept, group)` accepts, as
    `group_join.join_first` joins them, given that `fits` never accepts two groups whose first claims' keys differ,
    nor a group whose first claim's key is None (it stays as it is)."""
    kept: list[list[Claim]] = []
    kept_by_key: dict[Hashable, list[list[Claim]]] = defaultdict(list)
    for group in groups:
        group_key = key(group[0])
        candidates = kept_by_key[group_key] if group_key is not None else []
        target = next((m for m in candidates if fits(m, group)), None)
        if target is None:
            kept.append(list(group))
            if group_key is not None:
                kept_by_key[group_key].append(kept[-1])
        else:
            target.extend(group)
    return kept
