"""Figures that reports give differently, as contradictions a fact-checker lists with each side's sentence.

A disputed figure group is a contradiction: one side per claim, with who gives which value ("25 million",
New York Post; "more than 50 million", World Health Organization). A share of a population told as a
percentage by one report and as a fraction by another ("up to 60 percent of Europe's total population",
"nearly one-third of Europe's population") is one quantity the figure groups keep apart; two shares of one
place's population that differ are a contradiction too. Two precise values of one quantity by two outlets
within the figures' tolerance ("12,500 employees on June 30", "WeWork's 12,000 employees") are agreed as a
figure but worth listing as a minor discrepancy. Figure groups and their status are never changed here.

Severity is "major" when the values cannot both hold, "minor" when they may (a ceiling above the other
value, a rounding).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from newsweave.model import Claim
from newsweave.reconcile.figure_context import proper_names
from newsweave.reconcile.figure_holders import remainder
from newsweave.reconcile.figure_status import TOLERANCE, SourceView, bounds, disagree, far_apart
from newsweave.reconcile.figures import claim_period, counted_of, figure_key
from newsweave.records import Contradiction, ContradictionSide, Figure

SAME_VALUE = 0.01  # relative difference under which two values are one value
MIN_DISCREPANCY_VALUE = 100  # "3 cases" against "2 cases" are two counts, not a rounding of one
MIN_SHARED_NAMES = 2  # proper names two sentences share to be about one past event ("Black Death")
# Counted heads too loose to be one quantity across reports: any crowd, a unit of a price.
GENERIC_HEADS = {"people", "year", "time", "day", "week", "month", "thing", "other", "one", "pence", "penny", "cent",
                 "point"}  # fmt: skip
POPULATION = re.compile(
    r"(?:\b([A-Z][\w.-]+(?: [A-Z][\w.-]+)*)['’]s\s+(?:\w+\s+)?population\b"
    r"|\bpopulation\s+of\s+(?:the\s+)?([A-Z][\w.-]+(?: [A-Z][\w.-]+)*))"
)
HEDGE_CHARS = 20
HEDGE_BEFORE = re.compile(
    r"\b(?:(?:more|less|fewer)[\s-]+than|over|under|about|around|nearly|almost|some|roughly|approximately|up\s+to|"
    r"at\s+least)[\s-]+$",
    re.IGNORECASE,
)
HEDGE_AFTER = re.compile(r"^(?:\s+or\s+so\b|\s*-?plus\b|\+)", re.IGNORECASE)
OWNER = re.compile(r"\b([A-Z][\w.-]+)['’]s\s+(?:[\d,.]+\s+)?(?:\w+\s+)?$")


def claim_side(claim: Claim, view: SourceView, text: str | None) -> ContradictionSide:
    """The claim's whole sentence in its article (offsets of the sentence), its side and its own words."""
    start, end = claim.start, claim.end
    if text:
        at = text.rfind(claim.sentence, max(0, claim.start - len(claim.sentence)), claim.end + len(claim.sentence))
        if at >= 0 and at <= claim.start <= at + len(claim.sentence):
            start, end = at, at + len(claim.sentence)
    said = text[claim.start : claim.end] if text and claim.end <= len(text) else None
    return ContradictionSide(
        article=claim.article,
        sentence=claim.sentence,
        start=start,
        end=end,
        source=view.side(claim),
        claim=claim.id,
        value=said,
    )


def _text(view: SourceView, claim: Claim) -> str | None:
    article = view.articles.get(claim.article)
    return article.text if article else None


def _about(figure: Figure) -> str:
    return figure.about + (f" ({figure.period})" if figure.period else "")


def disputed_figure_contradictions(
    figures: list[Figure], claims: dict[str, Claim], view: SourceView
) -> list[Contradiction]:
    """Each disputed figure group, its claims as sides (lowest value first)."""
    found = []
    for figure in figures:
        if figure.status != "disputed":
            continue
        members = sorted((claims[c] for c in figure.claims if c in claims), key=lambda c: (c.value, c.article))
        major = any(disagree(a, b) for i, a in enumerate(members) for b in members[i + 1 :])
        found.append(
            Contradiction(
                id="",
                about=_about(figure),
                sides=_one_per_sentence([claim_side(c, view, _text(view, c)) for c in members]),
                score=float(len(figure.sources)),
                kind="figure",
                severity="major" if major else "minor",
                figure=figure.id,
            )
        )
    return found


def _one_per_sentence(sides: list[ContradictionSide]) -> list[ContradictionSide]:
    """A sentence giving two values of the figure ("around 8,000 ... rose to 10,000") is one side."""
    seen: set[tuple[str, int]] = set()
    kept = []
    for side in sides:
        if (side.article, side.start) not in seen:
            seen.add((side.article, side.start))
            kept.append(side)
    return kept


@dataclass(frozen=True)
class Share:
    """A claim read as a percentage of a named place's population."""

    claim: Claim
    place: str
    percent: float

    @property
    def bounds(self) -> tuple[float, float]:
        low, high = bounds(self.claim)
        scale = 100.0 if self.claim.kind != "percent" else 1.0
        return low * scale, high * scale


def population_share(claim: Claim) -> Share | None:
    """ "up to 60 percent of Europe's total population" -> (Europe, 60); "nearly one-third of Europe's
    population" (a count below one of a population) -> (Europe, 33.3)."""
    if "population" not in (claim.counted or "").lower() or claim.change != "none":
        return None
    if claim.kind == "percent":
        percent = claim.value
    elif claim.kind == "count" and 0 < claim.value < 1:
        percent = claim.value * 100
    else:
        return None
    places = {a or b for a, b in POPULATION.findall(claim.sentence)}
    if len(places) != 1:
        return None
    return Share(claim, places.pop(), percent)


def share_contradictions(claims: list[Claim], view: SourceView, grouped: set[frozenset[str]]) -> list[Contradiction]:
    """Shares of one place's population that two outlets give differently, about one time: the same period, or
    one named by a single report whose sentence names the same event as the other's ("the Black Death")."""
    texts = {c.id: _text(view, c) for c in claims}
    shares = [s for c in claims if (s := population_share(c)) is not None]
    found = []
    for i, a in enumerate(shares):
        for b in shares[i + 1 :]:
            if a.place != b.place or view.source(a.claim) == view.source(b.claim):
                continue
            if view.root(a.claim.article) == view.root(b.claim.article):
                continue
            if frozenset((a.claim.id, b.claim.id)) in grouped:
                continue
            if not far_apart(a.percent, b.percent) or not _same_time(a.claim, b.claim, view, texts):
                continue
            (low_a, high_a), (low_b, high_b) = a.bounds, b.bounds
            major = (high_a < low_b and far_apart(high_a, low_b)) or (high_b < low_a and far_apart(high_b, low_a))
            low, high = sorted((a, b), key=lambda s: s.percent)
            found.append(
                Contradiction(
                    id="",
                    about=f"share of {a.place}'s population",
                    sides=[claim_side(s.claim, view, texts[s.claim.id]) for s in (low, high)],
                    score=2.0,
                    kind="figure",
                    severity="major" if major else "minor",
                )
            )
    return found


def _same_time(a: Claim, b: Claim, view: SourceView, texts: dict[str, str | None]) -> bool:
    periods = [claim_period(c, texts[c.id], view.date(c.article)) for c in (a, b)]
    if periods[0] == periods[1]:
        return True
    if None in periods:
        return len(proper_names(a) & proper_names(b)) >= MIN_SHARED_NAMES
    return False


def _owner(claim: Claim, text: str | None) -> str | None:
    """The name a count belongs to, read before the figure ("WeWork's 12,000 employees" -> WeWork)."""
    if not text:
        return None
    match = OWNER.search(text[max(0, claim.start - 60) : claim.start])
    return match.group(1) if match else None


def hedged(claim: Claim, text: str | None) -> bool:
    """A value its words around make approximate, whatever the qualifier read ("The more-than 11 million
    documents", "the 100,000 or so net cafes"): not precise enough to call another value a discrepancy."""
    if not text:
        return False
    before, after = text[max(0, claim.start - HEDGE_CHARS) : claim.start], text[claim.end : claim.end + HEDGE_CHARS]
    return bool(HEDGE_BEFORE.search(before) or HEDGE_AFTER.match(after))


def _discrepancy_keys(claims: list[Claim], view: SourceView, disputed: set[str]) -> list[tuple[Claim, tuple]]:
    """The counts that may be one quantity told by two outlets: a precise ("exactly") count of a named thing
    (not "people", not an age or an amount), of at least MIN_DISCREPANCY_VALUE, outside a disputed figure,
    which its article gives with one value only (an article giving two values of it counts two things); a count of
    the rest of a total ("128 other politicians") is another quantity than the total ("140 politicians")."""
    keyed = []
    for claim in claims:
        if claim.qualifier != "exactly" or claim.id in disputed or claim.change != "none" or claim.kind != "count":
            continue
        if abs(claim.value) < MIN_DISCREPANCY_VALUE or not counted_of(claim) or hedged(claim, _text(view, claim)):
            continue
        key, nationality = figure_key(claim)
        if key[3] in GENERIC_HEADS:
            continue
        period = claim_period(claim, _text(view, claim), view.date(claim.article))
        keyed.append((claim, (key, nationality, period, remainder(claim))))  # "128 other politicians" is no total
    values: dict[tuple, list[float]] = {}
    for claim, key in keyed:
        values.setdefault((view.root(claim.article), key), []).append(claim.value)
    return [
        (c, k)
        for c, k in keyed
        if all(math.isclose(v, c.value, rel_tol=SAME_VALUE) for v in values[(view.root(c.article), k)])
    ]


def discrepancies(claims: list[Claim], view: SourceView, disputed: set[str]) -> list[Contradiction]:
    """Two precise counts of one quantity from two outlets, within the figures' tolerance but not one value: a
    minor discrepancy (a rounding, a different day). Counts of one owner only ("WeWork's") when both name one."""
    texts = {c.id: _text(view, c) for c in claims}
    keyed = _discrepancy_keys(claims, view, disputed)
    found = []
    seen: set[tuple[str, float, float]] = set()
    for i, (a, key_a) in enumerate(keyed):
        for b, key_b in keyed[i + 1 :]:
            if key_a != key_b or view.root(a.article) == view.root(b.article) or view.source(a) == view.source(b):
                continue
            if math.isclose(a.value, b.value, rel_tol=SAME_VALUE) or far_apart(a.value, b.value):
                continue
            if len({_owner(a, texts[a.id]), _owner(b, texts[b.id])} - {None}) > 1:
                continue
            low, high = sorted((a, b), key=lambda c: c.value)
            mark = (str(key_a), low.value, high.value)
            if mark in seen:
                continue
            seen.add(mark)
            found.append(
                Contradiction(
                    id="",
                    about=counted_of(a) or key_a[0][3],
                    sides=[claim_side(c, view, texts[c.id]) for c in (low, high)],
                    score=1.0 - abs(a.value - b.value) / max(abs(a.value), abs(b.value)) / TOLERANCE,
                    kind="discrepancy",
                    severity="minor",
                )
            )
    return found


def figure_contradictions(figures: list[Figure], claims: list[Claim], view: SourceView) -> list[Contradiction]:
    """Disputed figures, then population shares told differently, then minor discrepancies (see the module
    docstring). `claims` are the story's original claims (copies left out)."""
    by_id = {c.id: c for c in claims}
    disputed_groups = [f for f in figures if f.status == "disputed"]
    disputed = {c for f in disputed_groups for c in f.claims}
    grouped = {frozenset((x, y)) for f in disputed_groups for x in f.claims for y in f.claims if x != y}
    return [
        *disputed_figure_contradictions(figures, by_id, view),
        *share_contradictions(claims, view, grouped),
        *discrepancies(claims, view, disputed),
    ]
