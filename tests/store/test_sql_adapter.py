"""The connection adapter the shared store code runs on (`store/sql.py`): one statement, in SQLite's spelling,
does the same on both backends."""

from __future__ import annotations

from newsweave.store import open_store
from tests.store.conftest import rows


def test_a_replace_overwrites_the_whole_row_of_its_key_on_both_backends(store_url):
    store = open_store(store_url)
    try:
        sql = store.sql
        statement = sql.replace("story_state", ("story_id", "centroid", "members", "dates", "last_seen"), "story_id")
        with store.transaction():
            sql.run_many(statement, [("s1", "{}", 1, "[]", 1), ("s2", "{}", 1, "[]", 2)])
            sql.run(statement, ("s1", '{"kursk": 1.0}', 2, '["2024-11-06"]', 3))
        found = sql.all("SELECT story_id, members, last_seen FROM story_state ORDER BY story_id")
        assert [tuple(r) for r in found] == [("s1", 2, 3), ("s2", 1, 2)]
    finally:
        store.close()
    assert rows(store_url, "SELECT centroid, dates FROM story_state WHERE story_id = ?", ("s1",)) == [
        ('{"kursk": 1.0}', '["2024-11-06"]')
    ]


def test_a_percent_sign_in_a_shared_statement_is_text_on_both_backends(store_url):
    """PostgreSQL's driver reads `%` as a parameter mark: the adapter escapes it, so `LIKE 'a%'` means the same."""
    store = open_store(store_url)
    try:
        sql = store.sql
        with store.transaction():
            sql.run_many("INSERT INTO term_df (term, df) VALUES (?, ?)", [("kursk", 3), ("korea", 2), ("seoul", 1)])
        found = sql.all("SELECT term FROM term_df WHERE term LIKE 'k%' AND df > ? ORDER BY term", (1,))
        assert [r[0] for r in found] == ["korea", "kursk"]
        assert sql.one("SELECT df FROM term_df WHERE term = ?", ("none",)) is None
    finally:
        store.close()
