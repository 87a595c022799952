"""Amounts of one precise value joined across groups: money, percentages and measures whose reports name what they
measure differently ("the campaign cost $449,000", "the state paid $449,000") are one figure, and a measure told with
its conversion in brackets ("140,000 pounds (63,500kg)") is one value, not two of one sentence; and two reports'
amounts told alike, one of them round ("almost $6 million", "$5.9 million"), are one figure. Split out of
`figures.py` (grouping).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from newsweave.model import Claim
from newsweave.reconcile.figure_ages import is_age
from newsweave.reconcile.figure_context import STOPWORDS, context_words, proper_names
from newsweave.reconcile.figure_status import disagree
from newsweave.reconcile.figure_units import converted_same
from newsweave.reconcile.group_join import join_first, one_amount, rounds_to

SAME_VALUE = 0.01  # relative difference under which two values are one value (a restatement)
APPROXIMATE = "approximately"
CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip  # the qualifier of a value told round ("about", "nearly", "almost")


def same_value(a: float, b: float) -> bool:
    """Two values within SAME_VALUE of each other: one value told twice."""
    return abs(a - b) <= SAME_VALUE * max(abs(a), abs(b), 1e-9)


def amount_key(claim: Claim) -> tuple | None:
    """(kind, unit, change) of a money, percentage or measure claim (not an age's): the amounts joined across groups
    are of one key; None for any other claim."""
    measured = claim.kind == "quantity" and claim.unit is not None and not is_age(claim)
    return (claim.kind, claim.unit, claim.change) if claim.kind in ("money", "percent") or measured else None


def _precise(value: float) -> bool:
    """An amount with two or more significant digits ($449,000, not $8 billion): unlikely to coincide."""
    digits = f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0")
    return len(digits) >= 2


def one_value(a: Claim, b: Claim) -> bool:
    """One amount told twice: within SAME_VALUE, and as told (`one_amount`: "29%" rounds "28.9%", "13.7%" is not
    "13.8%") unless compared in a base unit (140,000 pounds is 63,503kg, told 63,500kg)."""
    if not same_value(a.value, b.value):
        return False
    return (a.unit or "").startswith("[") or one_amount(a.value, b.value)


def _conversion(a: Claim, b: Claim, units: dict[str, str | None]) -> bool:
    """One value told in two units ("140,000 pounds (63,500kg)"), compared in their kind's base unit; two values
    of one unit are two things however close ("a 8-ounce package", "a 8-ounce jar")."""
    return units.get(a.id) != units.get(b.id) and converted_same(a, b)


def merge_same_amounts(
    groups: list[list[Claim]],
    periods: dict[str, str | None],
    apart: Callable[[list[Claim], list[Claim]], bool],
    units: dict[str, str | None],
) -> list[list[Claim]]:
    """Money, percentages and measures of one specific value, unit and change are one figure, however each
    report names what it measures ("the campaign cost $449,000", "the state paid $449,000"; a payload of
    "63,800kg" and "140,660 pounds" read in kilograms, though one sentence gives both: "140,000 pounds (63,500kg)");
    shares held by different actors stay apart, and shares of two things told in sentences about two topics."""

    def fits(kept: list[Claim], group: list[Claim]) -> bool:
        first = group[0]
        # "63,800kg" and "140,660 pounds" alike; an age is grouped by its owner (figure_ages)
        measured = first.kind == "quantity" and first.unit is not None and not is_age(first)
        return (  # the cheap tests first: most pairs of groups differ in kind, unit or value
            (first.kind in ("money", "percent") or measured)
            and (kept[0].kind, kept[0].unit, kept[0].change) == (first.kind, first.unit, first.change)
            and any(one_value(c, first) for c in kept)  # the value the kept group holds, or one of them
            and all(same_value(c.value, first.value) for c in group)
            and _precise(first.value)
            and not any(
                a.article == b.article and not (math.isclose(a.value, b.value) or _conversion(a, b, units))
                for a in kept
                for b in group
            )
            and not any(
                a.sentence == b.sentence and not _conversion(a, b, units)
                for a in kept
                for b in group
                if a.article == b.article
            )
            and len({periods.get(c.id) for c in [*kept, *group]} - {None}) <= 1
            and not apart(kept, group)
            and (first.kind != "percent" or any(_one_topic(a, b) for a in kept for b in group))
        )

    return join_first(groups, fits, key=amount_key)


def _one_topic(a: Claim, b: Claim) -> bool:
    """Two sentences about one thing: an actor named in both (a month or a weekday names no actor), or two content
    words in common. Shares of two things coincide in value too often to be joined by their value alone ("overall
    retail sales rose by 1.1%" in December and "UK house prices increased by 1.1% in December"; "a profit margin of
    45.6%" and "owns 46% of Virgin Blue"); "92 per cent capacity" and "92 percent power" of one rocket's thrust are
    one share."""
    if (proper_names(a) & proper_names(b)) - CALENDAR_WORDS:
        return True
    return len(_topic_words(a) & _topic_words(b)) >= 2


def _topic_words(claim: Claim) -> set[str]:
    """The content words of the claim's sentence, what it counts included ("a 15% stake in oil unit
    Yuganskneftegas", "15% of Yukos' former key oil production unit"), dates left out."""
    words = {w.rstrip("s") for w in re.findall(r"[a-z][a-z'-]{2,}", claim.sentence.lower())}
    return words - STOPWORDS - CALENDAR_WORDS


def _told_round(a: Claim, b: Claim) -> bool:
    """One claim rounds the other's value, or both give one value and one of them tells it round."""
    if rounds_to(a, b) or rounds_to(b, a):
        return True
    return same_value(a.value, b.value) and APPROXIMATE in (a.qualifier, b.qualifier)


def join_agreeing_amounts(
    groups: list[list[Claim]],
    periods: dict[str, str | None],
    apart: Callable[[list[Claim], list[Claim]], bool],
    min_shared: int,
) -> list[list[Claim]]:
    """Amounts of one unit that two reports tell alike, one of them round or as a bound, are one figure: "had
    planned to charge WeWork almost $6 million to use his trademark of the word 'We'" and "sold the company the
    right to use the word 'We' for $5.9 million". A claim of each group must round the other's value (`rounds_to`), or
    give it told round ("nearly $2 billion", "as much as $2 billion"), in a sentence sharing `min_shared` content words
    with it; two exact round values may coincide ("2 points"), and a bound is too loose ("up to 62,540 pounds" is not
    "nearly 60,000 pounds"). No two of their claims may disagree: joining tells an agreement, never a dispute."""

    def fits(kept: list[Claim], group: list[Claim]) -> bool:
        first = group[0]
        measured = first.kind == "quantity" and first.unit is not None and not is_age(first)
        if not (first.kind in ("money", "percent") or measured):
            return False
        if (kept[0].kind, kept[0].unit, kept[0].change) != (first.kind, first.unit, first.change):
            return False
        if len({periods.get(c.id) for c in [*kept, *group]} - {None}) > 1 or apart(kept, group):
            return False
        if {c.article for c in kept} & {c.article for c in group}:
            return False  # one report's two amounts are two quantities, or were grouped already
        if any(disagree(a, b) for a in kept for b in group):
            return False
        return any(
            _told_round(a, b) and len(context_words(a) & context_words(b)) >= min_shared for a in kept for b in group
        )

    return join_first(groups, fits, key=amount_key)
