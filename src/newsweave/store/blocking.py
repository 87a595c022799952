"""The clustering's blocking index (term -> stories) as both stores save and load it."""

from __future__ import annotations

from collections.abc import Iterable

from newsweave.stories.cluster import StoryClusterer


def index_entries(clusterer: StoryClusterer, stories: set[str]) -> list[tuple[str, str]]:
    """The blocking index's (term, story) entries of some stories, as the clusterer holds them."""
    return [(term, story_id) for term, ids in clusterer.index.items() for story_id in ids & stories]


def restore_index(clusterer: StoryClusterer, entries: Iterable[tuple[str, str]]) -> None:
    """Put back the stored blocking index of the loaded stories. The index only grows as articles join (a
    story keeps the terms it was once found by), so it cannot be rebuilt from the final centroids: that
    would narrow it, and a resumed ingest would then miss candidate stories an uninterrupted one finds.
    A story stored before the index was (schema 3) gets its index rebuilt from its centroid."""
    indexed = set()
    for term, story_id in entries:
        if story_id in clusterer.stories:
            clusterer.index[term].add(story_id)
            indexed.add(story_id)
    for story in clusterer.stories.values():
        if story.id not in indexed:
            for term in clusterer._index_terms(story):
                clusterer.index[term].add(story.id)
