"""Stories that are one thread merge (average linkage and titles agree); the older id wins (the store: tests/store)."""

from __future__ import annotations

from collections import defaultdict
from itertools import product

import pytest

from newsweave.evaluation.stories import load_news_threads
from newsweave.stories import features
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.features import article_terms
from newsweave.stories.linkage import average_link
from newsweave.stories.snapshot import ClusterState
from newsweave.stories.story import LENGTHS, Story
from tests.conftest import SHARED, bbc_article

NEWS_THREADS = SHARED / "data" / "news-threads"


@pytest.fixture(scope="module")
def threads():
    docs = load_news_threads(NEWS_THREADS)
    clusterer = StoryClusterer()
    placed = {d.id: clusterer.add(d.id, d.terms, d.published) for d in docs}
    return docs, clusterer, placed


def test_the_harambe_reports_weeks_apart_become_one_story(threads):
    """Reports on the Cincinnati zoo's gorilla started two stories in file order; they merge into the older."""
    docs, clusterer, placed = threads
    harambe = {clusterer.resolve(placed[d.id]) for d in docs if d.gold == "harambe"}
    assert len(harambe) == 1
    merged = [(gone, kept) for gone, kept in clusterer.merges if kept in harambe]
    assert merged and all(int(gone[1:]) > int(kept[1:]) for gone, kept in merged)  # the older id wins


def test_every_merge_on_news_threads_joins_stories_of_one_thread(threads):
    docs, clusterer, placed = threads
    gold = {d.id: d.gold for d in docs}
    threads_of = defaultdict(set)
    for article_id, story_id in placed.items():
        threads_of[story_id].add(gold[article_id])
    assert clusterer.merges
    for gone, kept in clusterer.merges:
        assert len(threads_of[gone] | threads_of[kept]) == 1, (gone, kept)


def _vectors(names: list[str]) -> list[dict[str, float]]:
    """BBC articles as the clusterer weighs them, words only (the names channel left out)."""
    clusterer = StoryClusterer()
    vectors = []
    for name in names:
        title, body = bbc_article(name)
        terms, _ = features.split_title(article_terms(body.lower()))  # lower case: no name terms
        vectors.append(clusterer.vector(terms))
    return vectors


def _story(vectors: list[dict[str, float]]) -> Story:
    story = Story("s1")
    for vector in vectors:
        story.add(vector, None, 0)
    return story


def test_average_linkage_from_the_sums_is_the_mean_similarity_of_every_pair():
    a, b = _vectors(["business/001", "business/002"]), _vectors(["business/003", "politics/001", "politics/002"])
    pairs = [features.similarity(x, y) for x, y in product(a, b)]
    story_a, story_b = _story(a), _story(b)
    assert average_link(story_a.centroid, story_a.lengths, story_b.centroid, story_b.lengths) == pytest.approx(
        sum(pairs) / len(pairs)
    )


def test_a_story_of_generic_economy_reports_agrees_with_another_by_centroid_but_not_by_linkage():
    """Why average linkage and not the centroid cosine (which chained BBC economy reports into one story): five
    different BBC reports on jobs and economies sum to a centroid of their common words that agrees more with a
    sixth ("Jobs growth still slow in the US") than any of the five does, while their mean similarity stays low."""
    members = ["business/014", "business/022", "business/023", "business/027", "business/030"]
    vectors = _vectors(["business/007", *members])
    report, diffuse = _story(vectors[:1]), _story(vectors[1:])
    centroid_cosine = features.cosine(diffuse.centroid, report.centroid)
    assert centroid_cosine > max(features.cosine(vector, vectors[0]) for vector in vectors[1:])
    assert diffuse.linkage(report) < centroid_cosine / 2


def test_a_storys_lengths_are_saved_with_its_record_and_restored():
    clusterer = StoryClusterer()
    story = clusterer.add("a", article_terms("Prices fell again on Tuesday in London.", "Bitcoin Slumps"))
    record = clusterer.snapshot({story}, set()).stories[0]
    assert all(key in record.centroid for key in LENGTHS)
    restored = StoryClusterer.restore(ClusterState(1, 1, 2, {}, [record])).stories[story]
    assert restored.lengths == clusterer.stories[story].lengths
    assert not any(key in restored.centroid for key in LENGTHS)
