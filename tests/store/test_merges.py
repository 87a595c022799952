"""A story merge is recorded on SQLite and on PostgreSQL: the merged story's articles move to the older story,
its rows go, and the story sizes still add up (news-threads, where four stories of one thread merge)."""

from __future__ import annotations

from newsweave.evaluation.stories import load_news_threads
from newsweave.pipeline.local import LocalEngine
from newsweave.store import open_store
from newsweave.stories.cluster import StoryClusterer
from newsweave.stories.settle import settle
from tests.conftest import SHARED
from tests.store.conftest import rows, value
from tests.store.test_resume import consistent

NEWS_THREADS = SHARED / "data" / "news-threads"


def test_a_merged_storys_articles_move_to_the_older_story_in_the_store(store_url):
    clusterer = StoryClusterer()
    placed = {d.id: clusterer.add(d.id, d.terms, d.published) for d in load_news_threads(NEWS_THREADS)}
    assert settle(clusterer)  # the call's small stories settle too, and the store records those merges alike
    merged = {gone for gone, _ in clusterer.merges}
    assert merged
    store = open_store(store_url)
    LocalEngine(store, nlp=None).run([NEWS_THREADS / "articles"], assemble=False)
    store.close()
    stored = dict(rows(store_url, "SELECT id, story_id FROM articles"))
    assert stored == {article_id: clusterer.resolve(story_id) for article_id, story_id in placed.items()}
    for table, column in (("articles", "story_id"), ("stories", "id"), ("story_state", "story_id")):
        assert value(store_url, f"SELECT COUNT(*) FROM {table} WHERE {column} IN ({','.join('?' * len(merged))})",
                     tuple(merged)) == 0  # fmt: skip
    consistent(store_url)
