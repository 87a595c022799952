"""A fetch cache: pages already fetched, with their validators, so a feed fetched again costs one request
for the feed (conditional) and one per new item. One SQLite file in the cache folder."""

from __future__ import annotations

import sqlite3
import time
import zlib
from pathlib import Path
from types import TracebackType

from newsweave.errors import NewsweaveError
from newsweave.fetch.client import Page

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, final_url TEXT, content_type TEXT, body BLOB,"
    " etag TEXT, last_modified TEXT, fetched REAL)"
)


class FetchCache:
    """Pages by the URL they were asked for; a None folder makes a cache that remembers nothing."""

    def __init__(self, folder: Path | None) -> None:
        self.db: sqlite3.Connection | None = None
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(folder / "fetch-cache.sqlite", timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise NewsweaveError(f"{folder}: cannot use it as the fetch cache ({exc})") from None

    def __enter__(self) -> FetchCache:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self.db is not None:
            self.db.close()

    def get(self, url: str) -> Page | None:
        if self.db is None:
            return None
        row = self.db.execute(
            "SELECT final_url, content_type, body, etag, last_modified FROM pages WHERE url = ?", (url,)
        ).fetchone()
        if row is None:
            return None
        return Page(url, row[0], row[1], zlib.decompress(row[2]), row[3], row[4])

    def put(self, page: Page) -> None:
        if self.db is None:
            return
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?)",
                (page.url, page.final_url, page.content_type, zlib.compress(page.body), page.etag,
                 page.last_modified, time.time()),
            )  # fmt: skip
