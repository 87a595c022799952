"""A story split at the end of a call is recorded on SQLite and on PostgreSQL: the smaller event's articles move to
a new story, the story sizes still add up, and the store's stories are those the evaluation measures (ECB+ topic 12:
the Indian navy's two pirate captures, which one pass puts in one story)."""

from __future__ import annotations

import random

from newsweave.evaluation.stories import Doc, load_ecbplus, place
from newsweave.pipeline.local import LocalEngine
from newsweave.reading import read_articles
from newsweave.store import open_store
from newsweave.stories.features import article_terms
from tests.conftest import ECBPLUS
from tests.store.conftest import rows
from tests.store.test_resume import consistent


def test_a_split_storys_smaller_event_moves_to_a_new_story_in_the_store(store_url, tmp_path):
    """In this order (seed 1) the one pass puts all 30 reports in one story (s1); the split moves 12b's 11 to s2."""
    docs = [doc for doc in load_ecbplus(ECBPLUS) if doc.gold in {"12a", "12b"}]
    random.Random(1).shuffle(docs)
    for number, doc in enumerate(docs):
        (tmp_path / f"{number:03d}-{doc.id}.txt").write_text(doc.text, encoding="utf-8")
    gold = {f"{number:03d}-{doc.id}": doc.gold for number, doc in enumerate(docs)}
    store = open_store(store_url)
    LocalEngine(store, nlp=None).run([tmp_path], assemble=False)
    store.close()
    stored = dict(rows(store_url, "SELECT id, story_id FROM articles"))
    events = {event: {stored[a] for a, e in gold.items() if e == event} for event in ("12a", "12b")}
    assert all(len(stories) == 1 for stories in events.values()) and events["12a"] != events["12b"]
    read = [Doc(a.id, article_terms(a.text, a.title), a.published, "", a.text) for a in read_articles([tmp_path])]
    assert stored == place(read)  # the store records what the evaluation measures
    assert dict(rows(store_url, "SELECT id, size FROM stories")) == {"s1": 19, "s2": 11}
    assert {stored[a] for a, e in gold.items() if e == "12b"} == {"s2"}
    consistent(store_url)
