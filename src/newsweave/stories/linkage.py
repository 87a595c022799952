"""Average linkage between two stories, from their centroids alone: when two stories are one thread.

A story's centroid is the sum of its members' unit-length vectors, so the mean similarity of every pair of
members across two stories (average linkage) is the dot product of the two sums divided by the sums of the
members' lengths, channel by channel (words, names: `features.similarity`); the cut to the strongest terms
makes it approximate. Unlike the cosine of two centroids, which rises as a story grows diffuse (its centroid
averages out towards the collection's common words, so two centroid-agreeing stories merge and chain),
average linkage falls as a story grows diffuse. Measured (issue 14) as the join score instead of the centroid
cosine: lower on both collections (join at 0.18-0.27: ECB+ 0.850-0.889, news-threads 0.869-0.911); as a merge
of two stories on linkage alone (0.15-0.3): news-threads up to 0.941 but ECB+ down to 0.837-0.875 (its two
events of one topic share people, places and words as one thread's reports do); as a merge that also needs
the stories' titles to agree (`titles_agree`), shipped in `cluster.py`.
"""

from __future__ import annotations

from collections.abc import Callable

from newsweave.stories import features


def average_link(
    a: dict[str, float], lengths_a: tuple[float, float], b: dict[str, float], lengths_b: tuple[float, float]
) -> float:
    """Mean two-channel similarity of the members of two stories, from their centroids `a`, `b` (sums of unit
    vectors) and `lengths_*`: the sums of their members' words-channel and names-channel lengths."""
    return features.similarity(a, b, lengths_a, lengths_b)  # the channel dots over summed lengths, not norms


def titles_agree(a: dict[str, int], b: dict[str, int], rarity: Callable[[str], float]) -> float:
    """Cosine of two stories' title-term counts (each story's shares), each term weighted by its `rarity`."""
    if not a or not b:
        return 0.0
    total_a, total_b = sum(a.values()), sum(b.values())
    return features.cosine(
        {term: count / total_a * rarity(term) for term, count in a.items()},
        {term: count / total_b * rarity(term) for term, count in b.items()},
    )
