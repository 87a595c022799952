"""The store: idempotent re-ingest, kill -9 and resume, migration from the first schema, reading while
an ingest writes. Ingests run as real subprocesses where a process matters."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from newsweave.errors import NewsweaveError
from newsweave.pipeline.local import LocalEngine
from newsweave.store import SQLiteStore as Store
from newsweave.store.migrations import LATEST, migrate
from newsweave.stories.dedupe import BANDS
from tests.conftest import BBC, KURSK

NEWSWEAVE = [sys.executable, "-m", "newsweave"]


def _bbc_folder(tmp_path, count: int):
    folder = tmp_path / "bbc"
    folder.mkdir()
    for path in sorted(BBC.glob("*/*.txt"))[:count]:
        (folder / f"{path.parent.name}_{path.name}").write_bytes(path.read_bytes())
    return folder


def _snapshot(db):
    with sqlite3.connect(db) as con:
        return {
            table: con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("articles", "annotations", "stories", "minhash_bands")
        } | {"briefs": sorted(r[0] for r in con.execute("SELECT brief FROM stories"))}


def test_reingesting_the_same_articles_changes_nothing(tmp_path, nlp):
    db = tmp_path / "n.db"
    first = LocalEngine(Store(db), nlp).run([KURSK])
    before = _snapshot(db)
    second = LocalEngine(Store(db), nlp).run([KURSK])
    assert (first.added, second.added, second.unchanged) == (5, 0, 5)
    assert _snapshot(db) == before


def _consistent(db) -> int:
    """Integrity holds and every stored article is whole: bands, story, extraction."""
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        assert con.execute("SELECT COUNT(*) FROM minhash_bands").fetchone()[0] == articles * BANDS
        assert con.execute("SELECT COUNT(*) FROM articles WHERE story_id IS NULL").fetchone()[0] == 0
        assert con.execute("SELECT COUNT(*) FROM annotations").fetchone()[0] == articles
        assert con.execute("SELECT COALESCE(SUM(size), 0) FROM stories").fetchone()[0] == articles
    return articles


def test_killed_ingest_leaves_a_consistent_store_and_the_next_run_resumes(tmp_path):
    folder = _bbc_folder(tmp_path, 120)
    db = tmp_path / "k.db"
    process = subprocess.Popen([*NEWSWEAVE, "ingest", str(folder), "--db", str(db)], stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    stored = 0
    while time.time() < deadline and process.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as con:
                    stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue  # the schema is still being made
            if stored >= 32:
                break
    assert process.poll() is None, "ingest finished before it could be killed; give it more articles"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = _consistent(db)
    assert 32 <= partial < 120
    result = subprocess.run([*NEWSWEAVE, "ingest", str(folder), "--db", str(db)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert f"{120 - partial} new, {partial} already stored" in result.stderr
    assert _consistent(db) == 120
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM stories WHERE dirty = 1 OR brief IS NULL").fetchone()[0] == 0


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
    store = Store(db)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
    [article] = store.articles_of("s1")
    assert article.text == text and article.rewrite_of is None
    assert store.has_key("sha256:old")


def test_a_store_from_a_newer_version_is_refused(tmp_path):
    db = tmp_path / "future.db"
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {LATEST + 1}")
    con.close()
    with pytest.raises(NewsweaveError, match="newer than this newsweave"):
        Store(db)


def test_reading_while_an_ingest_writes(tmp_path):
    folder = _bbc_folder(tmp_path, 80)
    db = tmp_path / "c.db"
    Store(db).close()  # the schema exists before anyone reads
    process = subprocess.Popen([*NEWSWEAVE, "ingest", str(folder), "--db", str(db)], stderr=subprocess.DEVNULL)
    reads, seen = 0, set()
    try:
        while process.poll() is None and reads < 200:
            result = subprocess.run([*NEWSWEAVE, "stories", "--db", str(db)], capture_output=True, text=True)
            assert result.returncode == 0, result.stderr
            store = Store(db, readonly=True)
            seen.add(store.count())
            store.close()
            reads += 1
    finally:
        process.wait(timeout=300)
    assert process.returncode == 0
    assert reads >= 2 and len(seen) >= 2  # reads succeeded at different points of the ingest


def test_show_and_export_read_the_stored_brief(tmp_path, nlp):
    db = tmp_path / "e.db"
    LocalEngine(Store(db), nlp).run([KURSK])
    out = tmp_path / "s1.json"
    result = subprocess.run([*NEWSWEAVE, "export", "s1", "--db", str(db), "--json", str(out)], capture_output=True)
    assert result.returncode == 0
    assert len(json.loads(out.read_text("utf-8"))["stories"][0]["articles"]) == 5
    shown = subprocess.run([*NEWSWEAVE, "show", "s1", "--db", str(db)], capture_output=True, text=True)
    assert "Figures: who says what" in shown.stdout
    missing = subprocess.run([*NEWSWEAVE, "show", "s99", "--db", str(db)], capture_output=True, text=True)
    assert missing.returncode == 2 and "no story 's99'" in missing.stderr and "Traceback" not in missing.stderr
