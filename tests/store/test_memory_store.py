"""`brief`'s in-memory store holds each article's extractions as the records themselves (no JSON round trip), and
gives back what a file store gives back, committed transactions only."""

from __future__ import annotations

import pytest

from newsweave.model import Annotations, Article
from newsweave.store import open_store
from newsweave.store.interface import StoredArticle
from tests.conftest import annotate_text

# examples/kursk/003_114b54cabd2150fb.txt, its second paragraph
KURSK_LEAD = (
    "Reports from South Korean intelligence suggest that over 10,000 North Korean troops have been deployed to "
    "Russia. Many of these soldiers are believed to be positioned in regions close to the Ukrainian border, ready to "
    "provide support to Russia’s military operations."
)


def _stored(store, annotations: Annotations) -> None:
    article = Article(id=annotations.article, text=KURSK_LEAD)
    with store.transaction():
        store.add_articles([StoredArticle(article, f"path:{article.id}", "s1", b"", [])])
        store.set_annotations([annotations])


def test_the_memory_store_gives_back_what_a_file_store_gives_back(nlp, tmp_path):
    annotations = annotate_text(nlp, KURSK_LEAD, article_id="kursk3")
    memory, disk = open_store(":memory:"), open_store(tmp_path / "store.db")
    try:
        _stored(memory, annotations)
        _stored(disk, annotations)
        [held], [read] = memory.annotations_of(["kursk3"]), disk.annotations_of(["kursk3"])
        assert held == read == annotations and [e.name for e in held.entities] == [
            "South Korean",
            "North Korean",
            "Russia",
            "Ukrainian",
        ]
        assert memory.annotations_of(["elsewhere"]) == [Annotations("elsewhere")]
    finally:
        memory.close()
        disk.close()


def test_the_memory_store_forgets_the_extractions_of_a_transaction_rolled_back(nlp):
    annotations = annotate_text(nlp, KURSK_LEAD, article_id="kursk3")
    store = open_store(":memory:")
    try:
        with pytest.raises(RuntimeError), store.transaction():
            store.set_annotations([annotations])
            assert store.annotations_of(["kursk3"]) == [annotations]  # its own writes, before the commit
            raise RuntimeError("the batch failed")
        assert store.annotations_of(["kursk3"]) == [Annotations("kursk3")]
    finally:
        store.close()
