"""Migration 6: each article keeps when it was ingested (UTC), on SQLite and PostgreSQL; a store made before
the column existed migrates, its articles' times unknown (NULL)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from newsweave.pipeline.local import LocalEngine
from newsweave.store import open_store
from newsweave.store.migrations import LATEST, migrate
from tests.conftest import KURSK
from tests.store.conftest import rows, value

OLD_TEXT = (KURSK / "003_114b54cabd2150fb.txt").read_text("utf-8")


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def test_each_ingested_article_records_when_in_utc(store_url):
    store = open_store(store_url)
    before = _now()
    LocalEngine(store, None).run([KURSK])
    after = _now()
    ids = [r[0] for r in rows(store_url, "SELECT id FROM articles ORDER BY id")]
    times = store.ingested(ids)
    store.close()
    assert sorted(times) == ids and len(ids) == len(list(KURSK.glob("*.txt")))
    for stamp in times.values():
        moment = datetime.fromisoformat(stamp)
        assert moment.utcoffset().total_seconds() == 0 and stamp.endswith("+00:00")
        assert before <= moment <= after


def _store_of_schema_5(url: str) -> None:
    """A store as newsweave wrote it before migration 6, holding one article."""
    if url.startswith("postgresql"):  # the released schema 5: the newest one without the column
        import psycopg

        open_store(url).close()
        with psycopg.connect(url, autocommit=True) as con:
            con.execute("ALTER TABLE articles DROP COLUMN ingested")
            con.execute("ALTER TABLE articles DROP COLUMN posts")  # migration 7's
            con.execute("UPDATE newsweave_schema SET version = 5")
            con.execute(
                "INSERT INTO articles (id, key, text, story_id, added) VALUES (%s, %s, %s, %s, 1)",
                ("old", "sha256:old", OLD_TEXT, "s1"),
            )
            con.execute("INSERT INTO stories (id, size, dirty) VALUES ('s1', 1, 1)")
        return
    con = sqlite3.connect(url, isolation_level=None)
    assert migrate(con, target=5) == 5
    con.execute(
        "INSERT INTO articles (id, key, text, story_id, added) VALUES (?, ?, ?, ?, 1)",
        ("old", "sha256:old", OLD_TEXT, "s1"),
    )
    con.execute("INSERT INTO stories (id, size, dirty) VALUES ('s1', 1, 1)")
    con.close()


def test_a_store_of_schema_5_migrates_and_its_old_articles_have_no_ingest_time(store_url):
    _store_of_schema_5(store_url)
    store = open_store(store_url)
    postgres = store_url.startswith("postgresql")
    assert value(store_url, "SELECT version FROM newsweave_schema" if postgres else "PRAGMA user_version") == LATEST
    assert store.ingested(["old", "missing"]) == {"old": None}
    LocalEngine(store, None).run([KURSK / "000_1e8fda47268a562a.txt"])
    times = store.ingested(["old", "000_1e8fda47268a562a"])
    store.close()
    assert times["old"] is None and datetime.fromisoformat(times["000_1e8fda47268a562a"]).tzinfo is not None
