"""Exact copies are not parsed again: they take their original's annotations under their own id, and those are
the annotations a parse of the copy gives."""

from __future__ import annotations

import shutil

from newsweave.annotate import annotate
from newsweave.model import Article, Heading
from newsweave.pipeline.copies import Copies, reading_key
from newsweave.pipeline.local import LocalEngine
from newsweave.store import open_store
from tests.conftest import BBC

# BBC articles the dataset holds twice, word for word (98 of its 2,225 articles are such copies)
COPIES = [
    ("business/256", "business/371"),
    ("entertainment/039", "entertainment/082"),
    ("business/007", "business/253"),
]


def _article(name: str) -> Article:
    return Article(id=name.replace("/", "_"), text=(BBC / f"{name}.txt").read_text(encoding="utf-8"))


def test_a_copy_renamed_from_its_original_is_what_parsing_the_copy_gives(nlp):
    # every record id and entity reference moves to the copy's id ("business_371:c0", speaker "business_371:e2")
    for original_name, copy_name in COPIES:
        original, copy = _article(original_name), _article(copy_name)
        assert reading_key(original) == reading_key(copy)
        made, parsed = list(annotate([original, copy], nlp))
        assert parsed.claims and parsed.entities
        assert made.renamed(copy.id) == parsed


def test_what_the_extractors_read_makes_the_key_and_nothing_else_does():
    text = (BBC / "business/256.txt").read_text(encoding="utf-8")
    first = Article(id="a", text=text, url="https://example.com/a", site="BBC", author="A. Writer")
    assert reading_key(first) == reading_key(Article(id="b", text=text, path="/elsewhere/b.txt", format="html"))
    for changed in (
        Article(id="c", text=text, title="Singapore growth at 8.1%"),
        Article(id="c", text=text, published="2005-02-14"),
        Article(id="c", text=text, language="en"),
        Article(id="c", text=text, headings=[Heading("Singapore", 0, 9)]),
        Article(id="c", text=text + " "),
    ):
        assert reading_key(changed) != reading_key(first)


def test_the_first_article_of_a_key_is_the_original_of_every_later_one():
    copies = Copies()
    one, two, three = (_article(n) for n in ("business/256", "business/371", "business/007"))
    assert copies.original_of(one, reading_key(one)) is None
    assert copies.original_of(two, reading_key(two)) == one.id
    assert copies.original_of(three, reading_key(three)) is None
    assert copies.original_of(two, reading_key(two)) == one.id


def test_an_ingest_stores_a_copy_of_an_earlier_batch_with_the_parse_of_the_copy(nlp, tmp_path):
    # batches of one article: the copy's original is read back from the store, and the annotate step counts it
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("business/256", "business/001", "business/371"):
        shutil.copy(BBC / f"{name}.txt", folder / f"{name.replace('/', '_')}.txt")
    store = open_store(tmp_path / "news.db")
    try:
        summary = LocalEngine(store, nlp, batch=1).run([folder])
        annotate_stats = next(s for s in summary.steps if s.name == "annotate")
        assert annotate_stats.marked == 1 and annotate_stats.passed == 3
        stored = {a.article: a for a in store.annotations_of(["business_256", "business_371"])}
        copy = store.article("business_371")
        assert copy is not None
        assert stored["business_371"] == next(annotate([copy], nlp))
        assert stored["business_371"] == stored["business_256"].renamed("business_371")
    finally:
        store.close()


def test_a_copy_whose_original_id_now_holds_another_article_is_parsed(nlp, tmp_path):
    # another writer may have stored a different article under the original's id: the key no longer matches
    store = open_store(tmp_path / "news.db")
    try:
        engine = LocalEngine(store, nlp)
        folder = tmp_path / "in"
        folder.mkdir()
        shutil.copy(BBC / "business/001.txt", folder / "business_256.txt")  # another text under the id
        engine.run([folder])
        original = _article("business/256")
        assert engine.stored_annotations("business_256", reading_key(original)) is None
        stored = store.article("business_256")
        assert stored is not None
        assert (
            engine.stored_annotations("business_256", reading_key(stored)) == store.annotations_of(["business_256"])[0]
        )
    finally:
        store.close()
