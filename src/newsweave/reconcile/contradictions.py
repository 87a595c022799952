"""Contradictions beyond figures: a negated statement in one article against an affirmed one in another.

A pair is reported when the negated statement's focus ("participate in active combat") shares a
content word with an affirmative sentence of another article that names the same country or actor
("North Korean troops have engaged in their first direct combat"). When the negation is temporal
("had yet to") or the articles were published on different days, the pair is marked as possibly a
difference in time rather than in fact.
"""

from __future__ import annotations

from newsweave.model import Annotations, Article, Statement

MIN_SHARED = 1
# Words too common in any news story to make two sentences about the same thing.
GENERIC = {
    "say", "report", "state", "include", "make", "take", "give", "have", "be", "do", "new", "country",
    "nation", "people", "year", "time", "week", "day", "official", "government", "situation",
}  # fmt: skip


def _score(negative: Statement, positive: Statement) -> float:
    """How surely `positive` affirms what `negative` denies: a shared noun in the denied part is needed."""
    if positive.modal or not set(negative.countries) & set(positive.countries):
        return 0.0
    lemmas = set(positive.lemmas)
    nouns = set(negative.focus_nouns) - GENERIC & lemmas
    if len(nouns) < MIN_SHARED:
        return 0.0
    others = (set(negative.focus) - set(negative.focus_nouns) - GENERIC) & lemmas
    overlap = set(negative.lemmas) & lemmas - GENERIC
    return 2 * len(nouns) + len(others) + len(overlap) / max(1, len(set(negative.lemmas) | lemmas))


def find_contradictions(articles: list[Article], annotations: list[Annotations], story_id: str = "s1") -> list[dict]:
    """Each negated statement with the best affirming sentence of every other article."""
    published = {a.id: a.published for a in articles}
    originals = {a.id for a in articles if not a.duplicate_of}
    statements = [s for ann in annotations if ann.article in originals for s in ann.statements]
    found: list[dict] = []
    for negative in (s for s in statements if s.negated and s.focus):
        best: dict[str, tuple[float, Statement]] = {}
        for positive in statements:
            if positive.negated or positive.article == negative.article:
                continue
            score = _score(negative, positive)
            if score > 0 and score > best.get(positive.article, (0.0, positive))[0]:
                best[positive.article] = (score, positive)
        if not best:
            continue
        affirming = [p for _, p in sorted(best.values(), key=lambda sp: -sp[0])]
        dates = {published.get(s.article) for s in [negative, *affirming]}
        about = set(negative.focus) & set().union(*(p.lemmas for p in affirming)) - GENERIC
        found.append(
            {
                "id": f"{story_id}:x{len(found)}",
                "about": ", ".join(sorted(about)),
                "score": round(max(score for score, _ in best.values()), 3),
                "may_be_time": negative.temporal or len(dates) > 1 or None in dates,
                "sides": [_side(s) for s in (negative, *affirming)],
            }
        )
    return sorted(found, key=lambda c: -c["score"])


def _side(statement: Statement) -> dict:
    return {
        "article": statement.article,
        "sentence": statement.text,
        "start": statement.start,
        "end": statement.end,
        "negated": statement.negated,
    }
