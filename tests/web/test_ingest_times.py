"""A story's sources and an article show when each article was published and when it was ingested; an
article stored before the store kept ingest times (migration 6) shows "unknown"."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime

import httpx

from newsweave.web import ServeOptions
from newsweave.web.server import BackgroundServer
from newsweave.web.views import shown_time


def test_the_sources_api_gives_publication_and_ingest_times(shared_server):
    sources = httpx.get(f"{shared_server.url}/api/stories/s1/sources").json()
    assert [s["n"] for s in sources] == [1, 2, 3, 4, 5]
    for source in sources:
        assert datetime.fromisoformat(source["ingested"]).utcoffset().total_seconds() == 0
    assert any(s["published"] == "2024-11-06" for s in sources)
    missing = httpx.get(f"{shared_server.url}/api/stories/s99/sources")
    assert missing.status_code == 404


def test_story_and_article_pages_show_when_ingested(shared_server):
    sources = httpx.get(f"{shared_server.url}/api/stories/s1/sources").json()
    page = httpx.get(f"{shared_server.url}/stories/s1").text
    for source in sources:
        assert f'ingested <time datetime="{source["ingested"]}">{shown_time(source["ingested"])}</time>' in page
    first = sources[0]
    article = httpx.get(f"{shared_server.url}/articles/{first['article']}").text
    assert f"published {first['published'] or 'date unknown'} · ingested <time" in article


def test_an_article_stored_before_ingest_times_shows_unknown(kursk_db, tmp_path):
    db = tmp_path / "old.db"
    shutil.copy(kursk_db, db)
    with sqlite3.connect(db) as con:  # what migration 6 leaves in the rows an older newsweave stored
        (old,) = con.execute("SELECT id FROM articles ORDER BY added LIMIT 1").fetchone()
        con.execute("UPDATE articles SET ingested = NULL WHERE id = ?", (old,))
    with BackgroundServer(ServeOptions(db=str(db), read_only=True)) as server:
        sources = {s["article"]: s for s in httpx.get(f"{server.url}/api/stories/s1/sources").json()}
        assert sources[old]["ingested"] is None
        assert sum(s["ingested"] is not None for s in sources.values()) == 4
        assert "ingested unknown" in httpx.get(f"{server.url}/stories/s1").text
        assert "ingested unknown" in httpx.get(f"{server.url}/articles/{old}").text


def test_shown_time_is_utc_to_the_minute():
    assert shown_time("2026-11-29T20:10:42+00:00") == "2026-11-29 20:10 UTC"
    assert shown_time("2026-11-29T21:10:42+01:00") == "2026-11-29 20:10 UTC"
    assert shown_time(None) == "unknown"
