"""Who gives a figure, and whether the values of a group agree, are disputed or were updated.

A claim's side is the affiliation it speaks for, else its named source, else the outlet that says it
in its own voice. A copy or a rewrite speaks with the voice of the article it copies, so it is never a
second source. Values further apart than TOLERANCE (read with their qualifiers: "more than 200" agrees
with 226) are a dispute when independent sides give them at
the same time (the same publication day, or a day unknown), and an update when they differ only
between days (a death toll rising 50 -> 58 -> 59): the reports then follow the figure over time. A
from-to pair ("its valuation slashed from $47 billion to $8 billion") is two values at two times, an
update told by one report, never a range of values in dispute: it is read at the level it reached.
A lower bound that other reports exceed by more than TOLERANCE ("at least five dead" early, seven later) is
a toll still rising: an update when the bound is the earliest of them by publication day; unordered (one
day, or a day unknown) the bound still allows the higher values ("more than 200" agrees with 226). A value the
reports tell was corrected ("initially said ... 4", "later said ... 3") is an update to its correction, whatever the
days (`figure_revisions`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlsplit

from newsweave.annotate.knowledge import organisation_named
from newsweave.annotate.quantities import CHANGE_VERBS
from newsweave.model import Article, Claim
from newsweave.reconcile.figure_revisions import is_revision, revised_values

TOLERANCE = 0.10  # values within 10% of the larger agree
UNATTRIBUTED = "unattributed"


@dataclass(frozen=True)
class SourceView:
    """What status and sides need to know of the story's articles and actors."""

    articles: dict[str, Article]
    entity_names: dict[str, str]  # story entity id -> its merged name ("WHO" -> "World Health Organization")

    def root(self, article_id: str) -> str:
        """The article a copy or rewrite comes from (itself when it is an original)."""
        seen = {article_id}
        while True:
            article = self.articles.get(article_id)
            parent = article and (article.duplicate_of or article.rewrite_of)
            if not parent or parent in seen:
                return article_id
            seen.add(parent)
            article_id = parent

    def outlet(self, article_id: str) -> str | None:
        article = self.articles.get(self.root(article_id))
        return outlet_name(article.site, article.url) if article and article.site else None

    def text(self, article_id: str) -> str | None:
        article = self.articles.get(article_id)
        return article.text if article else None

    def date(self, article_id: str) -> str | None:
        article = self.articles.get(article_id)
        return article.published if article else None

    @cached_property
    def organisation_names(self) -> dict[str, str]:
        """An organisation's one name in the knowledge table ("WHO") -> the story's name for it ("World Health
        Organization"), so a side reads as the story's actor list does."""
        return {org: name for name in self.entity_names.values() if (org := organisation_named(name)) and org != name}

    def side(self, claim: Claim) -> str:
        """The affiliation, else the source by its merged name, else the outlet in its own voice (UNATTRIBUTED
        when the outlet is unknown)."""
        if claim.affiliation:
            return self.organisation_names.get(claim.affiliation, claim.affiliation)
        if claim.asserted_by:
            return self.entity_names.get(claim.source_entity or "", claim.asserted_by)
        return self.outlet(claim.article) or UNATTRIBUTED

    def source(self, claim: Claim) -> str:
        """The side as an independent source: an unknown outlet is told apart by its (original) article."""
        side = self.side(claim)
        return f"report {self.root(claim.article)}" if side == UNATTRIBUTED else side


def outlet_name(site: str, url: str | None) -> str:
    """The outlet a site name stands for: an edition named after its brand speaks with the brand's voice,
    read from the address ("The Real Deal New York" on therealdeal.com is The Real Deal)."""
    host = urlsplit(url or "").hostname or ""
    suffixes = {"com", "org", "net", "gov", "edu", "info", "news"}  # and every country code ("co.uk", ".de")
    labels = [label for label in host.lower().split(".") if len(label) > 2 and label not in suffixes]
    brand = labels[-1] if labels else ""
    words = site.split()
    for size in range(1, len(words)):
        if brand and re.sub(r"[^a-z0-9]", "", " ".join(words[:size]).lower()) == brand:
            return " ".join(words[:size])
    return site


def far_apart(a: float, b: float) -> bool:
    high = max(abs(a), abs(b))
    return high > 0 and abs(a - b) / high > TOLERANCE


def _forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", stem + "ed", stem + "ing",
            lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # fmt: skip


# A verb of change: "slashed from $47 billion to $8 billion" is a change, "from $150 to $200" a spread of prices.
CHANGE_FORMS = frozenset(
    {form for lemma in CHANGE_VERBS | {"revise", "change", "upgrade", "downgrade"} for form in _forms(lemma)}
    | {"rose", "risen", "grew", "grown", "fell", "fallen", "lost", "sank", "sunk", "slid", "shrank", "shrunk"}
)
CHANGE_WINDOW = 8  # words from a verb of change to the "from" of its pair, at most


def changed_before_from(sentence: str) -> bool:
    """Whether a verb of change governs a "from": "had its valuation slashed from", "rose by 37 percent, from"."""
    words = re.findall(r"[a-z]+", sentence.lower())
    return any(
        word == "from" and any(w in CHANGE_FORMS for w in words[max(0, i - CHANGE_WINDOW) : i])
        for i, word in enumerate(words)
    )


def from_to(claim: Claim) -> bool:
    """A level and the level it left after a verb of change ("fell from $47 billion to $8 billion"), as the
    number reader gives a from-to pair: read at the level reached (value = high), the earlier level as low.
    Without a verb of change a pair is a spread ("prices from $150 to $200", "from zero to 60 mph")."""
    if claim.qualifier != "range" or claim.low is None or claim.high is None:
        return False
    paired = math.isclose(claim.value, claim.high) and not math.isclose(claim.low, claim.high)
    return paired and changed_before_from(claim.sentence)


def bounds(claim: Claim) -> tuple[float, float]:
    """The values a claim allows: "more than 200" allows 226, "up to $8 billion" does not allow $9.5 billion;
    a from-to pair allows the level it reached."""
    value = claim.value
    if from_to(claim):
        return value, value
    if claim.qualifier == "range" and claim.low is not None and claim.high is not None:
        return min(claim.low, claim.high), max(claim.low, claim.high)
    if claim.qualifier in ("over", "at_least"):
        return value, math.inf
    if claim.qualifier in ("under", "up_to"):
        return min(0.0, value), value
    return value, value


def disagree(a: Claim, b: Claim) -> bool:
    """Two claims whose allowed values lie further apart than TOLERANCE."""
    (low_a, high_a), (low_b, high_b) = bounds(a), bounds(b)
    if high_a < low_b:
        return far_apart(high_a, low_b)
    if high_b < low_a:
        return far_apart(high_b, low_a)
    return False


def figure_status(claims: list[Claim], view: SourceView) -> str:
    """agreed, disputed, updated or one_source (see the module docstring)."""
    sides = {view.source(c) for c in claims}
    dispute = False
    update = any(from_to(c) and far_apart(c.low or 0.0, c.value) for c in claims)  # revised in one report
    superseded, corrected = revised_values(claims, {c.article: view.text(c.article) for c in claims})
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if not disagree(a, b):
                continue
            day_a, day_b = view.date(a.article), view.date(b.article)
            if (day_a and day_b and day_a != day_b) or is_revision(a, b, superseded, corrected):
                update = True
            else:
                dispute = True
    if dispute:
        return "disputed"
    if update or bound_exceeded_later(claims, view):
        return "updated"
    return "agreed" if len(sides) > 1 else "one_source"


def bound_exceeded_later(claims: list[Claim], view: SourceView) -> bool:
    """Whether a lower bound ("at least 5") is exceeded, further apart than TOLERANCE, by values of reports
    never dated before it and some dated after it: the Independent's early "at least five dead", seven in the
    reports of that day and the next."""
    for bound in claims:
        if bound.qualifier not in ("over", "at_least") or from_to(bound):
            continue
        above = [c for c in claims if bounds(c)[0] > bound.value and far_apart(bounds(c)[0], bound.value)]
        day, days = view.date(bound.article), [view.date(c.article) for c in above]
        if above and day and all(d and d >= day for d in days) and any(d and d > day for d in days):
            return True
    return False


def by_side(claims: list[Claim], view: SourceView) -> dict[str, list[float]]:
    """Values by side, sides in name order."""
    table: dict[str, set[float]] = {}
    for claim in claims:
        table.setdefault(view.side(claim), set()).add(claim.value)
    return {k: sorted(v) for k, v in sorted(table.items())}


def update_series(claims: list[Claim], view: SourceView) -> list[tuple[str, float, str, str]]:
    """(date, value, side, claim id) by publication date: the curve of an updated figure. A from-to pair
    gives both its levels on its report's date, the earlier level first; a value the reports tell was corrected
    comes before its correction."""
    superseded, _ = revised_values(claims, {c.article: view.text(c.article) for c in claims})
    points = []
    for claim in claims:
        day = view.date(claim.article)
        if not day:
            continue
        old = 0 if any(math.isclose(claim.value, v) for v in superseded) else 1
        if from_to(claim) and claim.low is not None:
            points.append((old, day, 0, claim.low, view.side(claim), claim.id))
        points.append((old, day, 1, claim.value, view.side(claim), claim.id))
    points.sort(key=lambda t: (t[0], t[1], t[2], t[3]))
    return [(day, value, side, claim_id) for _, day, _, value, side, claim_id in points]
