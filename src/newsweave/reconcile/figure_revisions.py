"""A figure a report tells was corrected: "The zoo initially said that the child is 4 years old." ... "A family
spokeswoman later said in an email that he is 3." The first value is superseded, not disputed: reports that carry
it repeat the earlier word, and the group is an update whose latest value is the correction.

The word nearest before the figure in its sentence decides ("The boy was initially reported to be 4 years old, but
police later said he is 3": 3 is the correction); "earlier" and "now" are left out, as they date rather than
revise ("Earlier Tuesday, his campaign manager says ...").
"""

from __future__ import annotations

import math
import re

from newsweave.model import Claim

SUPERSEDED = "superseded"
CORRECTION = "correction"
MARKERS = re.compile(
    r"\b(?P<superseded>initially|originally|at first|first reported|previously reported)\b"
    r"|\b(?P<correction>later|corrected|correction|revised|subsequently)\b",
    re.IGNORECASE,
)


def figure_offset(claim: Claim, text: str | None) -> int:
    """Where the claim's figure starts in its sentence, or -1 when it cannot be placed."""
    sentence = claim.sentence
    at = text.rfind(sentence, max(0, claim.start - len(sentence)), claim.end + len(sentence)) if text else -1
    if at >= 0 and at <= claim.start <= at + len(sentence):
        return claim.start - at
    surface = text[claim.start : claim.end] if text else ""
    return sentence.find(surface) if surface else -1


def revision(claim: Claim, text: str | None) -> str | None:
    """SUPERSEDED when the sentence tells the figure is the first word since corrected, CORRECTION when it tells it
    corrects an earlier one, else None: the marker nearest before the figure."""
    offset = figure_offset(claim, text)
    if offset < 0:
        return None
    found = list(MARKERS.finditer(claim.sentence[:offset]))
    if not found:
        return None
    return SUPERSEDED if found[-1].group("superseded") else CORRECTION


def revised_values(claims: list[Claim], texts: dict[str, str | None]) -> tuple[list[float], list[float]]:
    """(superseded values, corrected values) that the group's reports tell: a value both corrected and superseded
    is neither."""
    told = {c.id: revision(c, texts.get(c.article)) for c in claims}
    old = [c.value for c in claims if told[c.id] == SUPERSEDED]
    new = [c.value for c in claims if told[c.id] == CORRECTION]
    both = [v for v in old if any(math.isclose(v, w) for w in new)]
    return [v for v in old if v not in both], [v for v in new if v not in both]


def is_revision(a: Claim, b: Claim, superseded: list[float], corrected: list[float]) -> bool:
    """Two values of which one is a superseded value and the other its correction."""

    def within(value: float, values: list[float]) -> bool:
        return any(math.isclose(value, v) for v in values)

    return (within(a.value, superseded) and within(b.value, corrected)) or (
        within(b.value, superseded) and within(a.value, corrected)
    )
