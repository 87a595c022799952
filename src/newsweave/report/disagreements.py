"""Contradictions as every renderer shows them: major ones first, each side with who says it, what it says
(its value, or its sentence when it has none) and which article, so the terminal, Markdown, HTML report and
web page agree. A brief stored before contradictions had kinds and sides had sources shows, as before, one
report's sentence against the others'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsweave.records import Contradiction, ContradictionSide
from newsweave.report.common import BriefView

KIND_LABELS = {
    "statement": "statement",
    "figure": "figure",
    "share": "share",
    "discrepancy": "discrepancy",
    "date": "date",
    "age": "age",
    "place": "place",
}
SEVERITY_NOTES = {"major": "both cannot be right", "minor": "both may hold"}
TIME_NOTE = "may be a difference in time"
DAY_SPAN = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:/(\d{4}-\d{2}-\d{2}))?$")


@dataclass(frozen=True)
class SideView:
    """One side as a reader reads it: `says` is the value in the report's words, or its sentence."""

    side: ContradictionSide
    label: str  # who: the side's source, or for a side without one the old "one report says" wording
    says: str
    sentence: str  # the exact sentence, whitespace trimmed
    n: int | None  # the article's citation number
    outlet: str  # the article's site, "" when unknown
    has_value: bool  # False: `says` is the sentence itself


@dataclass(frozen=True)
class Disagreement:
    """One contradiction ready to show: what it is about, kind and severity labels, its sides."""

    item: Contradiction
    kind: str
    major: bool
    sides: list[SideView]

    @property
    def severity(self) -> str:
        return "major" if self.major else "minor"

    @property
    def severity_note(self) -> str:
        return SEVERITY_NOTES[self.severity]


def day_span(value: str) -> str:
    """A date side's value ("2019-10-01/2019-10-31") as a reader says it ("October 2019")."""
    match = DAY_SPAN.match(value)
    if not match:
        return value
    try:
        low = date.fromisoformat(match.group(1))
        high = date.fromisoformat(match.group(2) or match.group(1))
    except ValueError:
        return value
    if low == high:
        return f"{low.day} {low:%B %Y}"
    if low.day == 1 and low.month == 1 and high.month == 12 and high.day == 31 and low.year == high.year:
        return str(low.year)
    next_day = date.fromordinal(high.toordinal() + 1)
    if low.day == 1 and next_day.day == 1 and (low.year, low.month) == (high.year, high.month):
        return f"{low:%B %Y}"
    if (low.year, low.month) == (high.year, high.month):
        return f"{low.day}–{high.day} {low:%B %Y}"
    return f"{low.day} {low:%B %Y} – {high.day} {high:%B %Y}"


def _side_view(view: BriefView, item: Contradiction, index: int, side: ContradictionSide, legacy: bool) -> SideView:
    sentence = " ".join(side.sentence.split())
    value = side.value.strip() if side.value else ""
    if value and item.kind == "date":
        value = day_span(value)
    if side.source:
        label = side.source
    elif legacy:
        label = "one report says" if index == 0 else "another report says"
    else:
        label = ""
    article = view.articles.get(side.article)
    outlet = (article.site or "") if article else ""
    return SideView(side, label, value or sentence, sentence, view.number.get(side.article), outlet, bool(value))


def disagreements(view: BriefView) -> list[Disagreement]:
    """The story's contradictions, major before minor (each group in the reconciler's order)."""
    found = []
    for item in view.story.contradictions:
        legacy = not any(s.source or s.value for s in item.sides)
        sides = [_side_view(view, item, i, s, legacy) for i, s in enumerate(item.sides)]
        kind = KIND_LABELS.get(item.kind, item.kind)
        found.append(Disagreement(item, kind, item.severity != "minor", sides))
    return sorted(found, key=lambda d: not d.major)
