"""Group a story's figures by what they count, and show who says what.

Two figures count the same thing when their counted phrases have the same head (with synonyms:
troops, soldiers, forces, personnel), the same condition (killed, wounded, captured ...), the same
"of" object, the same unit, and no conflicting nationality. A figure with no nationality joins the
group of its head when only one nationality is in play for it in the story. A group is agreed when
its values lie within TOLERANCE of each other, disputed otherwise.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsweave.annotate.knowledge import country_named
from newsweave.model import Claim

TOLERANCE = 0.10  # values within 10% of the largest agree
UNATTRIBUTED = "unattributed"
SYNONYMS = {
    "troop": "troops", "soldier": "troops", "force": "troops", "personnel": "troops", "fighter": "troops",
    "serviceman": "troops", "servicemen": "troops", "servicemember": "troops", "service member": "troops",
    "man": "people", "men": "people", "person": "people", "people": "people", "civilian": "civilians",
    "fatality": "people", "casualty": "casualties", "victim": "victims",
}  # fmt: skip
CONDITIONS = {
    "killed": "killed", "dead": "killed", "died": "killed", "death": "killed", "deaths": "killed",
    "executed": "killed", "wounded": "wounded", "injured": "wounded", "hurt": "wounded",
    "hospitalized": "hospitalized", "missing": "missing", "unaccounted": "missing", "captured": "captured",
    "detained": "detained", "arrested": "detained", "kidnapped": "kidnapped", "abducted": "kidnapped",
    "displaced": "displaced", "evacuated": "evacuated", "rescued": "rescued", "infected": "infected",
    "deported": "deported", "homeless": "homeless", "diagnosed": "diagnosed", "quarantined": "quarantined",
    "tested": "tested", "vaccinated": "vaccinated", "charged": "charged", "convicted": "convicted",
    "sentenced": "sentenced", "indicted": "indicted", "trapped": "trapped", "stranded": "stranded",
    "poisoned": "poisoned", "sickened": "sickened", "treated": "treated", "released": "released", "freed": "released",
}  # fmt: skip
TALLY_WORDS = {"toll", "number", "count", "tally", "total", "figure"}  # "the death toll": a count of people


@dataclass
class FigureGroup:
    id: str
    about: str
    claims: list[Claim] = field(default_factory=list)

    @property
    def values(self) -> list[float]:
        return sorted({v for c in self.claims for v in (c.value, c.low, c.high) if v is not None})

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    @property
    def status(self) -> str:
        """Disputed when two sources (articles or affiliations) give values further apart than TOLERANCE;
        one source giving several values (this year's and last year's) is not a dispute."""
        for a in self.claims:
            for b in self.claims:
                different_source = a.article != b.article or (a.affiliation or "") != (b.affiliation or "")
                if different_source and _far_apart(a.value, b.value):
                    return "disputed"
        return "agreed"

    @property
    def by_affiliation(self) -> dict[str, list[float]]:
        table: dict[str, set[float]] = defaultdict(set)
        for claim in self.claims:
            table[claim.affiliation or UNATTRIBUTED].add(claim.value)
        return {k: sorted(v) for k, v in sorted(table.items(), key=lambda kv: (kv[0] == UNATTRIBUTED, kv[0]))}

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "about": self.about,
            "claims": [c.id for c in self.claims],
            "values": self.values,
            "low": self.low,
            "high": self.high,
            "status": self.status,
            "by_affiliation": self.by_affiliation,
            "unit": self.claims[0].unit,
        }


def _far_apart(a: float, b: float) -> bool:
    high = max(abs(a), abs(b))
    return high > 0 and abs(a - b) / high > TOLERANCE


def _singular(word: str) -> str:
    if word in SYNONYMS or word in CONDITIONS:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def figure_key(claim: Claim) -> tuple[tuple, str | None]:
    """(what is counted, nationality): the part that must match, and the part that may be unknown."""
    counted = (claim.counted or "").lower()
    counted = re.sub(r"[^\w\s\-']", " ", counted)
    main, _, of_part = counted.partition(" of ")
    words = main.split()
    condition = next((CONDITIONS[w] for w in words if w in CONDITIONS), None)
    if condition is not None:
        words = [w for w in words[: next(i for i, w in enumerate(words) if w in CONDITIONS)] if w not in TALLY_WORDS]
    head = _singular(words[-1]) if words else "people"
    head = SYNONYMS.get(head, head)
    of_head = _singular(of_part.split()[-1]) if of_part.split() else ""
    nationality = None
    tokens = counted.split()
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            nationality = nationality or country_named(" ".join(tokens[i : i + size]))
    return (claim.kind, claim.unit, head, of_head, condition), nationality


def group_figures(claims: list[Claim], story_id: str = "s1") -> list[FigureGroup]:
    """Group claims that count the same thing; the largest groups first."""
    keyed = [(claim, *figure_key(claim)) for claim in claims if claim.counted or claim.kind != "count"]
    nationalities: dict[tuple, set[str]] = defaultdict(set)
    for _, key, nationality in keyed:
        if nationality:
            nationalities[key].add(nationality)
    buckets: dict[tuple, list[Claim]] = defaultdict(list)
    for claim, key, nationality in keyed:
        if nationality is None and len(nationalities[key]) == 1:
            nationality = next(iter(nationalities[key]))
        if claim.kind != "count" and not claim.counted:
            key = (*key, claim.id)  # an amount with nothing to compare it to stands alone
        buckets[(key, nationality)].append(claim)
    groups = []
    for bucket in sorted(_merge_same_amounts(list(buckets.values())), key=lambda b: (-len(b), b[0].start)):
        about = _about(bucket)
        groups.append(FigureGroup(id=f"{story_id}:f{len(groups)}", about=about, claims=bucket))
    return groups


def _merge_same_amounts(buckets: list[list[Claim]]) -> list[list[Claim]]:
    """Money and percentages with one unit and the same value are one figure, however each report names
    what it measures ("the campaign cost $449,000", "the state paid $449,000")."""
    merged: list[list[Claim]] = []
    for bucket in buckets:
        first = bucket[0]
        target = None
        if first.kind in ("money", "percent") and len({c.value for c in bucket}) == 1:
            target = next(
                (
                    m
                    for m in merged
                    if m[0].kind == first.kind
                    and m[0].unit == first.unit
                    and len({c.value for c in m}) == 1
                    and abs(m[0].value - first.value) <= 0.01 * max(abs(first.value), 1e-9)
                ),
                None,
            )
        if target is None:
            merged.append(list(bucket))
        else:
            target.extend(bucket)
    return merged


def _about(claims: list[Claim]) -> str:
    names = Counter(c.counted for c in claims if c.counted)
    if not names:
        return claims[0].unit or "amount"
    return max(names, key=lambda n: (names[n], len(n)))
