"""Migration 7: an article's embedded social posts are stored with it, on SQLite and PostgreSQL; a store made
before the column existed migrates and its articles have no posts."""

from __future__ import annotations

import sqlite3

from newsweave.model import Article, EmbeddedPost
from newsweave.store import StoredArticle, open_store
from newsweave.store.migrations import LATEST, migrate
from tests.store.conftest import value

TEXT = "Critics mocked the slogan.\n\nI love that they trademarked it."
POST = EmbeddedPost(
    28, 61, "Robert Maguire", "@RobertMaguire_", "2019-11-18", "https://twitter.com/RobertMaguire_/status/1", "twitter"
)


def test_an_articles_embedded_posts_are_stored_and_read_back(store_url):
    store = open_store(store_url)
    with store.transaction():
        store.add_articles([StoredArticle(Article(id="a", text=TEXT, posts=[POST]), "k", "s1", b"", [])])
    kept = store.article("a")
    store.close()
    start, end = kept.posts[0].start, kept.posts[0].end
    assert kept.posts == [POST] and kept.text[start:end] == "I love that they trademarked it."


def _store_of_schema_6(url: str) -> None:
    """A store as newsweave wrote it before migration 7, holding one article."""
    if url.startswith("postgresql"):
        import psycopg

        open_store(url).close()
        with psycopg.connect(url, autocommit=True) as con:
            con.execute("ALTER TABLE articles DROP COLUMN posts")
            con.execute("UPDATE newsweave_schema SET version = 6")
            con.execute("INSERT INTO articles (id, key, text, story_id, added) VALUES ('old', 'k', 'Old.', 's1', 1)")
        return
    con = sqlite3.connect(url, isolation_level=None)
    assert migrate(con, target=6) == 6
    con.execute("INSERT INTO articles (id, key, text, story_id, added) VALUES ('old', 'k', 'Old.', 's1', 1)")
    con.close()


def test_a_store_of_schema_6_migrates_and_its_old_articles_have_no_posts(store_url):
    _store_of_schema_6(store_url)
    store = open_store(store_url)
    postgres = store_url.startswith("postgresql")
    assert value(store_url, "SELECT version FROM newsweave_schema" if postgres else "PRAGMA user_version") == LATEST
    old = store.article("old")
    store.close()
    assert old is not None and old.posts == []
