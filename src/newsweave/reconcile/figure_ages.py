"""Ages in a story's figure groups: an age is the age of one person or animal, so ages are grouped by whose they
are. Reports name one owner differently ("a 42-year-old man", "the 42-year-old male driver", "the tram driver,
42,"), so ages of one value whose owners are people described rather than named are one group; two named owners
("Harambe", "Berit", both 17) stay two. An age belongs to the report's own time unless the sentence names a
year ("a 3-year-old boy fell ... in 1996"): "earlier" or "on Saturday" changes nobody's age.
"""

from __future__ import annotations

import math
import re

from newsweave.annotate.ages import person_owner
from newsweave.annotate.knowledge import country_named, nationality_noun
from newsweave.model import Claim
from newsweave.reconcile.group_join import join_first

AGE = "year of age"
# the words news uses for one child whose age it gives ("a four-year-old boy", "the child is 4 years old")
CHILD_WORDS = frozenset({"boy", "child", "son", "toddler", "kid", "youngster", "baby", "infant", "tot"})


def is_age(claim: Claim) -> bool:
    return claim.unit == AGE


REVISION = re.compile(r"\b(?:initially|originally|later|earlier|update|updated|corrected|correction|revised)\b", re.I)


def revises(one: Claim, other: Claim) -> bool:
    """Two ages of one report are of one person only when the report tells one corrects the other ("The zoo
    initially said that the child is 4 years old." ... "A family spokeswoman later said ... he is 3."); else
    they are two people ("a 45-year-old man" arrested, "A 24-year-old man from Leicester" detained)."""
    return bool(REVISION.search(one.sentence) or REVISION.search(other.sentence))


def age_head(head: str) -> str:
    """The key word of an age's owner: one child's age, however each report names the child."""
    return "child" if head in CHILD_WORDS else head


def age_period(period: str | None) -> str | None:
    """The period an age is of: a year the sentence names, else the report's own time."""
    return period if period and any(ch.isdigit() for ch in period) else None


def _described(claim: Claim) -> bool:
    """A person the report describes ("man", "tram driver", "the 19-year-old Dutchman") or leaves out ("the
    19-year-old"), not one it names nor a thing ("the picture is understood to be four years old")."""
    counted = (claim.counted or "").split()
    if counted and demonym(counted[-1]):
        return True  # a nationality describes its owner, capital letter and all
    return not counted or (not counted[-1][:1].isupper() and person_owner(claim.counted))


def demonym(word: str) -> bool:
    """A word naming a person by nationality ("Dutchman", "Briton", "Frenchwoman")."""
    if not word[:1].isupper():
        return False
    return country_named(word) is not None or nationality_noun(word)


def merge_same_ages(groups: list[list[Claim]], periods: dict[str, str | None]) -> list[list[Claim]]:
    """Groups of one age value whose owners are all described (no name), of one period, are one group; an age
    whose owner the report leaves out ("a 3-year-old got into the enclosure", "the 19-year-old gained universal
    praise") then joins the one group of owned ages that holds its value, if only one does (the boy aged 3 or 4;
    Max Verstappen, 19)."""
    merged = _merge_described(groups, periods)
    result: list[list[Claim]] = []
    for group in merged:
        unowned = all(is_age(c) and not c.counted for c in group) and len({c.value for c in group}) == 1
        holders = [
            m
            for m in (merged if unowned else [])  # only an unowned age looks for its holders
            if m is not group
            and all(is_age(c) for c in m)  # described ("the boy") or named ("Max Verstappen", "the Dutchman")
            and any(c.counted for c in m)
            and any(math.isclose(c.value, group[0].value) for c in m)
            and len({periods.get(c.id) for c in [*m, *group]}) == 1
        ]
        if unowned and len(holders) == 1:
            holders[0].extend(group)
        else:
            result.append(group)
    return result


def _merge_described(groups: list[list[Claim]], periods: dict[str, str | None]) -> list[list[Claim]]:
    def one_age(claims: list[Claim], value: float) -> bool:
        return all(is_age(c) and _described(c) and math.isclose(c.value, value) for c in claims)

    def fits(kept: list[Claim], group: list[Claim]) -> bool:
        value = group[0].value
        return one_age(group, value) and one_age(kept, value) and len({periods.get(c.id) for c in [*kept, *group]}) == 1

    def described_age(claim: Claim) -> bool | None:
        return True if is_age(claim) and _described(claim) else None  # only groups of one described age join

    return join_first(groups, fits, key=described_age)
