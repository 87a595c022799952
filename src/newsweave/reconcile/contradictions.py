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
GENERIC = {"say", "report", "state", "include", "make", "take", "give", "have", "be", "do", "new", "country",
           "nation", "people", "year", "time", "week", "day", "official", "government", "situation"}  # fmt: skip


def _score(negative: Statement, positive: Statement) -> float:
    focus = set(negative.focus) - GENERIC
    shared = focus & set(positive.lemmas)
    if len(shared) < MIN_SHARED or not set(negative.countries) & set(positive.countries):
        return 0.0
    overlap = set(negative.lemmas) & set(positive.lemmas) - GENERIC
    return len(shared) * 2 + len(overlap) / max(1, len(set(negative.lemmas) | set(positive.lemmas)))


def find_contradictions(
    articles: list[Article], annotations: list[Annotations], story_id: str = "s1"
) -> list[dict]:
    published = {a.id: a.published for a in articles}
    originals = {a.id for a in articles if not a.duplicate_of}
    statements = [s for ann in annotations if ann.article in originals for s in ann.statements]
    negatives = [s for s in statements if s.negated and s.focus]
    found: list[dict] = []
    for negative in negatives:
        candidates = [
            (_score(negative, positive), positive)
            for positive in statements
            if not positive.negated and positive.article != negative.article
        ]
        candidates = [c for c in candidates if c[0] > 0]
        if not candidates:
            continue
        score, positive = max(candidates, key=lambda c: c[0])
        dates = {published.get(negative.article), published.get(positive.article)}
        found.append(
            {
                "id": f"{story_id}:x{len(found)}",
                "about": ", ".join(sorted(set(negative.focus) & set(positive.lemmas) - GENERIC)),
                "score": round(score, 3),
                "may_be_time": negative.temporal or len(dates) > 1 or None in dates,
                "sides": [
                    {
                        "article": s.article,
                        "sentence": s.text,
                        "start": s.start,
                        "end": s.end,
                        "negated": s.negated,
                    }
                    for s in (negative, positive)
                ],
            }
        )
    return sorted(found, key=lambda c: -c["score"])
