"""The store, on SQLite and on PostgreSQL: idempotent re-ingest, migration, reading while an ingest writes,
search, show and export. Ingests run as real subprocesses where a process matters."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading

import pytest

from newsweave.errors import NewsweaveError
from newsweave.pipeline.local import LocalEngine
from newsweave.store import SQLiteStore, open_store
from newsweave.store.interface import Store
from newsweave.store.migrations import LATEST, migrate, migrations
from tests.conftest import BBC, KURSK
from tests.store.conftest import rows, value

NEWSWEAVE = [sys.executable, "-m", "newsweave"]


def bbc_folder(tmp_path, count: int, start: int = 0, name: str = "bbc"):
    """A folder of BBC articles (file names carry the category, so ids are unique)."""
    folder = tmp_path / name
    folder.mkdir()
    for path in sorted(BBC.glob("*/*.txt"))[start : start + count]:
        (folder / f"{path.parent.name}_{path.name}").write_bytes(path.read_bytes())
    return folder


def snapshot(url: str) -> dict:
    counts = {
        table: value(url, f"SELECT COUNT(*) FROM {table}")
        for table in ("articles", "annotations", "stories", "minhash_bands", "claims", "quotes", "search_index")
    }
    return counts | {"briefs": sorted(r[0] for r in rows(url, "SELECT brief FROM stories"))}


def test_reingesting_the_same_articles_changes_nothing(store_url, nlp):
    first = LocalEngine(open_store(store_url), nlp).run([KURSK])
    before = snapshot(store_url)
    second = LocalEngine(open_store(store_url), nlp).run([KURSK])
    assert (first.added, second.added, second.unchanged) == (5, 0, 5)
    assert snapshot(store_url) == before
    assert before["claims"] > 0 and before["quotes"] > 0


def test_both_stores_hold_the_same_stories_and_briefs(new_store_url, nlp, tmp_path):
    """The PostgreSQL store is the SQLite store on another database: the same input, the same briefs."""
    url = new_store_url()
    LocalEngine(open_store(url), nlp).run([KURSK])
    reference = tmp_path / "reference.db"
    LocalEngine(SQLiteStore(reference), nlp).run([KURSK])
    assert snapshot(url) == snapshot(str(reference))
    store, sqlite_store = open_store(url, readonly=True), SQLiteStore(reference, readonly=True)
    assert store.story_list() == sqlite_store.story_list()
    assert store.story_brief("s1") == sqlite_store.story_brief("s1")


def test_full_text_search_finds_articles_and_quotes(store_url, nlp):
    LocalEngine(open_store(store_url), nlp).run([KURSK])
    store = open_store(store_url, readonly=True)
    hits = store.search("North Korean soldiers")
    assert hits and {h.story for h in hits} == {"s1"} and "soldiers" in hits[0].snippet
    quote = rows(store_url, "SELECT text FROM quotes ORDER BY length(text) DESC LIMIT 1")[0][0]
    words = " ".join(w for w in quote.split() if w.isalpha() and len(w) > 3)
    assert "quote" in {h.kind for h in store.search(words)}
    assert [s.id for s in store.story_list(search="Kursk")] == ["s1"]
    assert store.story_list(search="Kursk zzzunknownword") == []
    assert store.search('"; DROP TABLE articles; --') == [] and store.count() == 5  # words, never syntax


def test_both_stores_answer_the_web_pages_questions(store_url, tmp_path):
    LocalEngine(open_store(store_url), None).run([KURSK])
    store = open_store(store_url, readonly=True)
    assert store.story_of("001_d50eaae05427456e") == "s1" and store.story_of("nope") is None
    sources = store.story_sources()
    assert all(stories == {"s1"} for stories in sources.values())


def test_every_migration_runs_on_both_dialects(store_url):
    store = open_store(store_url)
    for table in ("articles", "story_state", "search_index", "claims"):
        assert value(store_url, f"SELECT COUNT(*) FROM {table}") == 0
    postgres = store_url.startswith("postgresql")
    version_sql = "SELECT version FROM newsweave_schema" if postgres else "PRAGMA user_version"
    assert value(store_url, version_sql) == LATEST == len(migrations("postgres")) == len(migrations("sqlite"))
    store.close()
    open_store(store_url).close()  # opening again migrates nothing


def test_a_store_of_the_first_schema_opens_and_keeps_its_data(tmp_path):
    db = tmp_path / "v1.db"
    con = sqlite3.connect(db, isolation_level=None)
    assert migrate(con, target=1) == 1
    text = (KURSK / "003_114b54cabd2150fb.txt").read_text("utf-8")
    con.execute(
        "INSERT INTO articles (id, key, text, story_id, added) VALUES (?, ?, ?, ?, 1)",
        ("003_114b54cabd2150fb", "sha256:old", text, "s1"),
    )
    con.execute("INSERT INTO stories (id, size, dirty) VALUES ('s1', 1, 1)")
    con.close()
    store = SQLiteStore(db)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
    [article] = store.articles_of("s1")
    assert article.text == text and article.rewrite_of is None
    assert store.has_key("sha256:old")


def test_a_store_of_an_older_schema_is_migrated_before_it_is_read(tmp_path):
    """`newsweave stories` on a store made by an older newsweave: migrated first (the file is writable)."""
    db = tmp_path / "v3.db"
    con = sqlite3.connect(db, isolation_level=None)
    assert migrate(con, target=3) == 3
    con.execute("INSERT INTO stories (id, title, size, brief) VALUES ('s1', 'Old story', 1, '{}')")
    con.close()
    store = open_store(db, readonly=True)
    assert [(s.id, s.title) for s in store.story_list()] == [("s1", "Old story")]
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == LATEST


def test_a_store_from_a_newer_version_is_refused(store_url):
    open_store(store_url).close()
    if store_url.startswith("postgresql"):
        rows_sql = f"UPDATE newsweave_schema SET version = {LATEST + 1} RETURNING version"
        rows(store_url, rows_sql)
    else:
        con = sqlite3.connect(store_url)
        con.execute(f"PRAGMA user_version = {LATEST + 1}")
        con.close()
    for readonly in (False, True):
        with pytest.raises(NewsweaveError, match="newer than this newsweave"):
            open_store(store_url, readonly=readonly)


def test_reading_while_an_ingest_writes(store_url, tmp_path):
    folder = bbc_folder(tmp_path, 80)
    open_store(store_url).close()  # the schema exists before anyone reads
    process = subprocess.Popen(
        [*NEWSWEAVE, "ingest", str(folder), "--db", store_url, "--no-extract"], stderr=subprocess.DEVNULL
    )
    reads, seen = 0, set()
    try:
        while process.poll() is None and reads < 200:
            result = subprocess.run([*NEWSWEAVE, "stories", "--db", store_url], capture_output=True, text=True)
            assert result.returncode == 0, result.stderr
            store = open_store(store_url, readonly=True)
            seen.add(store.count())
            store.close()
            reads += 1
    finally:
        process.wait(timeout=300)
    assert process.returncode == 0
    assert reads >= 2 and len(seen) >= 2  # reads succeeded at different points of the ingest


def test_show_and_export_read_the_stored_brief(store_url, nlp, tmp_path):
    LocalEngine(open_store(store_url), nlp).run([KURSK])
    out = tmp_path / "s1.json"
    result = subprocess.run([*NEWSWEAVE, "export", "s1", "--db", store_url, "--json", str(out)], capture_output=True)
    assert result.returncode == 0
    assert len(json.loads(out.read_text("utf-8"))["stories"][0]["articles"]) == 5
    shown = subprocess.run([*NEWSWEAVE, "show", "s1", "--db", store_url], capture_output=True, text=True)
    assert "Figures: who says what" in shown.stdout
    missing = subprocess.run([*NEWSWEAVE, "show", "s99", "--db", store_url], capture_output=True, text=True)
    assert missing.returncode == 2 and "no story 's99'" in missing.stderr and "Traceback" not in missing.stderr


def test_an_article_with_a_nul_character_is_stored(store_url, tmp_path):
    """A JSON article may carry "\\u0000", which PostgreSQL text cannot hold: it is stored as U+FFFD."""
    folder = tmp_path / "nul"
    folder.mkdir()
    text = "Floods closed the bridge.\u0000 Officials said 3,000 people were evacuated from the town on Monday."
    (folder / "a.json").write_text(json.dumps({"title": "Bridge\u0000closed", "maintext": text}), "utf-8")
    summary = LocalEngine(open_store(store_url), None).run([folder])
    assert summary.added == 1
    [article] = open_store(store_url, readonly=True).articles_of("s1")
    assert len(article.text) == len(text) and article.text.replace("\ufffd", "\u0000") == text


def test_stores_opened_at_once_on_a_new_database_migrate_it_once(store_url):
    """Regression: two ingests started together on a new PostgreSQL database; the second waited for the
    first's migration, then took the new tables for another program's ("not a newsweave store")."""
    barrier, errors = threading.Barrier(6), []

    def open_one() -> None:
        barrier.wait()
        try:
            open_store(store_url).close()
        except NewsweaveError as exc:
            errors.append(str(exc))

    threads = [threading.Thread(target=open_one) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert value(store_url, "SELECT COUNT(*) FROM articles") == 0


def test_extracting_after_a_bulk_load_fills_the_stored_stories(store_url, nlp):
    """`ingest --no-extract` then `annotate`: the extractions reach the store and the stories again."""
    LocalEngine(open_store(store_url), None).run([KURSK])
    assert len(open_store(store_url).unannotated(10)) == 5
    assert open_store(store_url, readonly=True).story_list()[0].extracted is False
    summary = LocalEngine(open_store(store_url), None).annotate_stored(nlp)
    assert (summary.added, summary.stories_updated) == (5, 1)
    store = open_store(store_url, readonly=True)
    assert store.unannotated(10) == [] and store.story_list()[0].extracted is True
    assert store.story_brief("s1").stories[0].figures


def test_a_store_opened_in_one_thread_closes_in_another(store_url):
    """Regression: `serve --read-only` shut down from uvicorn's thread logged "SQLite objects created in a
    thread can only be used in that same thread" from `close()`."""
    open_store(store_url).close()  # creates the store
    failures: list[BaseException] = []

    def close_it(store: Store) -> None:
        try:
            store.close()
        except BaseException as exc:  # noqa: BLE001 - the failure is what the test reports
            failures.append(exc)

    for readonly in (False, True):
        closer = threading.Thread(target=close_it, args=(open_store(store_url, readonly=readonly),))
        closer.start()
        closer.join()
    assert failures == []
