"""The local store: one SQLite file in WAL mode (readers never wait for the ingest that writes).

Everything an ingest changes for a batch of articles is written in one transaction: the articles,
their extractions, duplicate bands, story links and the clustering state. A run killed at any point
leaves the store as it was after the last whole batch, and the next run carries on from there.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from newsweave.errors import NewsweaveError
from newsweave.model import Annotations, Article
from newsweave.store.migrations import migrate
from newsweave.stories.cluster import ClusterState, StoryClusterer, StoryRecord

DEFAULT_DB = "newsweave.db"


def database_path(url: str | Path) -> str:
    """A file path from a path or a `sqlite:///` URL; other databases are named, not guessed at."""
    text = str(url)
    if text.startswith("sqlite:///"):
        return text[len("sqlite:///") :] or ":memory:"
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise NewsweaveError(f"--db {text}: the {scheme} backend is not supported yet; use a SQLite file path")
    return text


class Store:
    """Articles, extractions and stories in one SQLite database."""

    def __init__(self, url: str | Path = DEFAULT_DB, readonly: bool = False) -> None:
        path = database_path(url)
        self.path = path
        try:
            if readonly:
                if path != ":memory:" and not Path(path).exists():
                    raise NewsweaveError(f"{path}: no store here (run `newsweave ingest` first)")
                uri = f"file:{path}?mode=ro" if path != ":memory:" else "file::memory:"
                self.db = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30, check_same_thread=False)
            else:
                self.db = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                migrate(self.db)
        except sqlite3.DatabaseError as exc:
            raise NewsweaveError(f"{path}: not a newsweave store ({exc})") from None
        self.db.row_factory = sqlite3.Row
        self._added = self.db.execute("SELECT COALESCE(MAX(added), 0) FROM articles").fetchone()[0]

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # articles -----------------------------------------------------------------------------------
    def has_key(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE key = ?", (key,)).fetchone() is not None

    def has_id(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def add_article(self, article: Article, key: str, story_id: str, signature: bytes, bands: list) -> None:
        self._added += 1  # arrival order; one writer at a time (BEGIN IMMEDIATE)
        added = self._added
        self.db.execute(
            "INSERT INTO articles (id, key, path, url, title, site, author, published, original_source, text,"
            " removed, headings, duplicate_of, rewrite_of, story_id, signature, added)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                key,
                article.path,
                article.url,
                article.title,
                article.site,
                article.author,
                article.published,
                article.original_source,
                article.text,
                json.dumps([asdict(r) for r in article.removed]),
                json.dumps([asdict(h) for h in article.headings]),
                article.duplicate_of,
                article.rewrite_of,
                story_id,
                signature,
                added,
            ),  # fmt: skip
        )
        self.db.executemany(
            "INSERT INTO minhash_bands (band, hash, article_id) VALUES (?, ?, ?)",
            [(band, value, article.id) for band, value in bands],
        )
        self.db.execute(
            "INSERT INTO stories (id, size, dirty) VALUES (?, 1, 1)"
            " ON CONFLICT(id) DO UPDATE SET size = size + 1, dirty = 1",
            (story_id,),
        )

    def duplicate_candidates(self, bands: list[tuple[int, int]]) -> list[sqlite3.Row]:
        """Stored articles sharing an LSH band with a signature, earliest first."""
        if not bands:
            return []
        clause = " OR ".join("(band = ? AND hash = ?)" for _ in bands)
        params = [x for pair in bands for x in pair]
        return self.db.execute(
            "SELECT DISTINCT a.id, a.signature, a.story_id, a.added FROM minhash_bands b"
            f" JOIN articles a ON a.id = b.article_id WHERE {clause} ORDER BY a.added",
            params,
        ).fetchall()

    def story_of(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def recent_members(self, story_id: str, limit: int = 3) -> list[tuple[str, str, str | None, str | None]]:
        """(id, text, site, url) of a story's latest original articles."""
        rows = self.db.execute(
            "SELECT id, text, site, url FROM articles WHERE story_id = ? AND duplicate_of IS NULL"
            " ORDER BY added DESC LIMIT ?",
            (story_id, limit),
        ).fetchall()
        return [tuple(r) for r in rows]

    def set_annotations(self, annotations: Annotations) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO annotations (article_id, data) VALUES (?, ?)",
            (annotations.article, json.dumps(annotations.to_dict())),
        )

    def articles_of(self, story_id: str) -> list[Article]:
        rows = self.db.execute("SELECT * FROM articles WHERE story_id = ? ORDER BY added", (story_id,)).fetchall()
        return [_article(row) for row in rows]

    def annotations_of(self, article_ids: list[str]) -> list[Annotations]:
        found = []
        for article_id in article_ids:
            row = self.db.execute("SELECT data FROM annotations WHERE article_id = ?", (article_id,)).fetchone()
            found.append(Annotations.from_dict(json.loads(row[0])) if row else Annotations(article_id))
        return found

    # stories ------------------------------------------------------------------------------------
    def dirty_stories(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM stories WHERE dirty = 1 ORDER BY id")]

    def save_story(self, story_id: str, title: str, brief: dict[str, Any]) -> None:
        self.db.execute(
            "UPDATE stories SET title = ?, brief = ?, dirty = 0 WHERE id = ?", (title, json.dumps(brief), story_id)
        )

    def stories(self) -> list[sqlite3.Row]:
        return self.db.execute("SELECT id, title, size, dirty, brief FROM stories ORDER BY size DESC, id").fetchall()

    def story_brief(self, story_id: str) -> dict[str, Any]:
        row = self.db.execute("SELECT brief FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise NewsweaveError(f"no story {story_id!r} in {self.path} (see `newsweave stories`)")
        if row[0] is None:
            raise NewsweaveError(f"story {story_id!r} has not been summarised yet; run `newsweave ingest` again")
        return json.loads(row[0])

    # clustering state ---------------------------------------------------------------------------
    def load_clusterer(self, active: int) -> StoryClusterer:
        """The clusterer as the last whole batch left it (`StoryClusterer.restore`: counters, all term
        frequencies, the `active` most recently updated story records)."""
        state = dict(self.db.execute("SELECT key, value FROM cluster_state").fetchall())
        rows = self.db.execute(
            "SELECT story_id, centroid, members, dates, last_seen FROM story_state ORDER BY last_seen DESC LIMIT ?",
            (active,),
        ).fetchall()
        return StoryClusterer.restore(
            ClusterState(
                documents=int(state.get("documents", 0)),
                tick=int(state.get("tick", 0)),
                next_id=int(state.get("next_id", 1)),
                df=dict(self.db.execute("SELECT term, df FROM term_df").fetchall()),
                stories=[StoryRecord(r[0], json.loads(r[1]), r[2], json.loads(r[3]), r[4]) for r in rows],
            )
        )

    def save_clusterer(self, clusterer: StoryClusterer, stories: set[str], terms: set[str]) -> None:
        """Write what a batch changed (`StoryClusterer.snapshot`): counters, its terms' frequencies, its stories."""
        state = clusterer.snapshot(stories, terms)
        self.db.executemany(
            "INSERT OR REPLACE INTO cluster_state (key, value) VALUES (?, ?)",
            [("documents", str(state.documents)), ("next_id", str(state.next_id)), ("tick", str(state.tick))],
        )
        self.db.executemany("INSERT OR REPLACE INTO term_df (term, df) VALUES (?, ?)", list(state.df.items()))
        rows = [(r.id, json.dumps(r.centroid), r.size, json.dumps(r.dates), r.last_seen) for r in state.stories]
        self.db.executemany("INSERT OR REPLACE INTO story_state VALUES (?, ?, ?, ?, ?)", rows)


def _article(row: sqlite3.Row) -> Article:
    data = dict(row)
    data["removed"] = json.loads(data["removed"] or "[]")
    data["headings"] = json.loads(data["headings"] or "[]")
    return Article.from_dict(data)
