"""The SQLite store: one file in WAL mode (readers never wait for the ingest that writes).

Everything an ingest changes for a batch of articles is written in one transaction: the articles,
their extractions, duplicate bands, story links and the clustering state. A run killed at any point
leaves the store as it was after the last whole batch, and the next run carries on from there.
One writer at a time: an ingest holds an advisory lock on `<file>.lock` for its whole run, so a second
ingest waits (and says so) instead of interleaving its stories with the first one's. Each thread gets
its own connection.
"""

from __future__ import annotations

import fcntl
import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from newsweave.clean.metadata import domain_of
from newsweave.contract import annotations_from_data, article_from_data, brief_from_data, to_data
from newsweave.errors import NewsweaveError
from newsweave.model import Annotations, Article
from newsweave.records import Brief, Story
from newsweave.store.interface import DuplicateCandidate, SearchHit, StoredArticle, StorySummary
from newsweave.store.migrations import LATEST, check_version, migrate
from newsweave.stories.cluster import ClusterState, StoryClusterer, StoryRecord

DEFAULT_DB = "newsweave.db"
ARTICLE_COLUMNS = (
    "id, path, url, title, site, author, published, original_source, text, removed, headings,"
    " duplicate_of, rewrite_of, format, language, off_story, posts"
)


def utc_now() -> str:
    """The ingest time stored with each article: UTC, ISO 8601, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def database_path(url: str | Path) -> str:
    """A file path from a path or a `sqlite:///` URL; other databases are named, not guessed at."""
    text = str(url)
    if text.startswith("sqlite:///"):
        return text[len("sqlite:///") :] or ":memory:"
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise NewsweaveError(
            f"--db {text}: the {scheme} backend is not supported; use a SQLite file path or a postgresql:// URL"
        )
    return text


def _describe(exc: sqlite3.DatabaseError) -> str:
    message = str(exc)
    if "not a database" in message or "malformed" in message:
        return "not a SQLite database, or a damaged one"
    if "readonly" in message or "unable to open" in message:
        return f"cannot open it ({message})"
    return message


def _use_write_ahead_log(db: sqlite3.Connection, patience: float = 60.0) -> None:
    """Switch to WAL, waiting for other openers: on a new file the switch answers "database is locked" at once
    (SQLite does not call the busy handler for it) when another connection is switching at the same moment."""
    deadline = time.monotonic() + patience
    delay = 0.01
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


class SQLiteStore:
    """Articles, extractions and stories in one SQLite database (the `Store` protocol)."""

    def __init__(self, url: str | Path = DEFAULT_DB, readonly: bool = False) -> None:
        path = database_path(url)
        self.location = path
        self.readonly = readonly
        self._local = threading.local()
        self._memory_uri = f"file:newsweave-{uuid.uuid4().hex}?mode=memory&cache=shared" if path == ":memory:" else None
        if readonly and self._memory_uri is None and not Path(path).is_file():
            raise NewsweaveError(f"{path}: no store here (run `newsweave ingest` first)")
        try:
            self._anchor = self._connect()  # keeps an in-memory database alive; the first thread's connection
            if readonly:
                self._check_readable()
            else:
                migrate(self._anchor, where=path)
            self._added = self._anchor.execute("SELECT COALESCE(MAX(added), 0) FROM articles").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise NewsweaveError(f"{path}: {_describe(exc)}") from None
        self._local.db = self._anchor

    def _check_readable(self) -> None:
        """A store to read: a newsweave store of this version (an older one is migrated first if it can be
        written; reading never needs write access to a current one)."""
        version = check_version(self._anchor, self.location)
        if version == 0:
            if self._anchor.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
                raise NewsweaveError(f"{self.location}: a SQLite database, but not a newsweave store")
            raise NewsweaveError(f"{self.location}: no newsweave store here (run `newsweave ingest` first)")
        if version < LATEST:
            try:
                SQLiteStore(self.location).close()
            except NewsweaveError:
                raise NewsweaveError(
                    f"{self.location}: store schema version {version} is older than this newsweave's ({LATEST}) and"
                    " the file cannot be written to migrate it; open it once with write access"
                ) from None

    def _connect(self) -> sqlite3.Connection:
        if self._memory_uri is not None:
            db = sqlite3.connect(self._memory_uri, uri=True, isolation_level=None, check_same_thread=False)
        elif self.readonly:
            db = self._connect_readonly()
        else:
            db = sqlite3.connect(self.location, isolation_level=None, timeout=60, check_same_thread=False)
            _use_write_ahead_log(db)
            db.execute("PRAGMA synchronous=NORMAL")
        db.row_factory = sqlite3.Row
        return db

    def _connect_readonly(self) -> sqlite3.Connection:
        """Read-only, even where the file or its folder cannot be written (no -wal/-shm can be made)."""
        uri = Path(self.location).resolve().as_uri()
        db = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=60, check_same_thread=False)
        try:
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.OperationalError:
            db.close()
            immutable = f"{uri}?mode=ro&immutable=1"
            return sqlite3.connect(immutable, uri=True, isolation_level=None, check_same_thread=False)

    @property
    def db(self) -> sqlite3.Connection:
        """This thread's connection."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self._connect()
        return db

    def close(self) -> None:
        """Close this thread's connection and the first one; any thread may close the store (a server
        shuts down from another thread than the one that opened it), so connections are not thread-bound."""
        db = getattr(self._local, "db", None)
        if db is not None and db is not self._anchor:
            db.close()
        self._anchor.close()

    @contextmanager
    def writer(self, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        if self.readonly:
            raise NewsweaveError(f"{self.location}: opened read-only")
        if self._memory_uri is not None:
            yield
            return
        lock_path = f"{self.location}.lock"
        with open(lock_path, "a+") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_wait:
                    on_wait(f"{self.location}: another ingest is writing; waiting for it to finish")
                fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                # Another writer may have added articles and stories while this one waited.
                self._added = self.db.execute("SELECT COALESCE(MAX(added), 0) FROM articles").fetchone()[0]
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

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

    def key_of(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT key FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def add_articles(self, items: list[StoredArticle]) -> None:
        ingested = utc_now()
        for item in items:
            self._add_article(item, ingested)

    def _add_article(self, item: StoredArticle, ingested: str) -> None:
        article = item.article
        data = to_data(article)  # once: the removed blocks and headings come from it
        self._added += 1  # arrival order; one writer at a time (the writer lock)
        self.db.execute(
            "INSERT INTO articles (id, key, path, url, title, site, author, published, original_source, text,"
            " removed, headings, duplicate_of, rewrite_of, story_id, signature, added, format, language, off_story,"
            " ingested, posts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id, item.key, article.path, article.url, article.title, article.site, article.author,
                article.published, article.original_source, article.text,
                json.dumps(data["removed"]), json.dumps(data["headings"]),
                article.duplicate_of, article.rewrite_of, item.story_id, item.signature, self._added,
                article.format, article.language, json.dumps(article.off_story), ingested,
                json.dumps(data["posts"]),
            ),
        )  # fmt: skip
        self.db.executemany(
            "INSERT INTO minhash_bands (band, hash, article_id) VALUES (?, ?, ?)",
            [(band, value, article.id) for band, value in item.bands],
        )
        self.db.execute(
            "INSERT INTO stories (id, size, dirty, last_added) VALUES (?, 1, 1, ?)"
            " ON CONFLICT(id) DO UPDATE SET size = size + 1, dirty = 1, last_added = excluded.last_added",
            (item.story_id, self._added),
        )
        self.db.execute(
            "INSERT INTO search_index (article_id, kind, text) VALUES (?, 'article', ?)",
            (article.id, f"{article.title or ''}\n{article.text}"),
        )

    def duplicate_candidates(self, bands: list[tuple[int, int]]) -> list[DuplicateCandidate]:
        """Stored articles sharing an LSH band with a signature, earliest first."""
        if not bands:
            return []
        clause = " OR ".join("(band = ? AND hash = ?)" for _ in bands)
        params = [x for pair in bands for x in pair]
        rows = self.db.execute(
            "SELECT DISTINCT a.id, a.signature, a.story_id, a.added FROM minhash_bands b"
            f" JOIN articles a ON a.id = b.article_id WHERE {clause} ORDER BY a.added",
            params,
        ).fetchall()
        return [DuplicateCandidate(r["id"], r["story_id"], r["signature"]) for r in rows]

    def recent_members(self, story_id: str, limit: int = 3) -> list[Article]:
        """A story's latest original articles."""
        rows = self.db.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE story_id = ? AND duplicate_of IS NULL"
            " ORDER BY added DESC LIMIT ?",
            (story_id, limit),
        ).fetchall()
        return [_article(r) for r in rows]

    def set_annotations(self, annotations: list[Annotations]) -> None:
        for item in annotations:
            article_id = item.article
            data = to_data(item)
            self.db.execute(
                "INSERT OR REPLACE INTO annotations (article_id, data) VALUES (?, ?)", (article_id, json.dumps(data))
            )
            self.db.execute(
                "UPDATE stories SET dirty = 1 WHERE id = (SELECT story_id FROM articles WHERE id = ?)", (article_id,)
            )
            for table in ("claims", "quotes", "entities"):
                self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            self.db.execute("DELETE FROM search_index WHERE article_id = ? AND kind = 'quote'", (article_id,))
            self.db.executemany(
                "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (c.id, article_id, c.value, c.low, c.high, c.unit, c.kind, c.change, c.qualifier, c.counted,
                     c.asserted_by, c.affiliation, c.sentence, c.start, c.end)
                    for c in item.claims
                ],
            )  # fmt: skip
            self.db.executemany(
                "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(q.id, article_id, q.speaker, q.text, int(q.direct), q.start, q.end) for q in item.quotes],
            )
            self.db.executemany(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
                [(e.id, article_id, e.name, e.type, e.affiliation) for e in item.entities],
            )
            self.db.executemany(
                "INSERT INTO search_index (article_id, kind, text) VALUES (?, 'quote', ?)",
                [(article_id, q.text) for q in item.quotes],
            )

    def articles_of(self, story_id: str) -> list[Article]:
        rows = self.db.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE story_id = ? ORDER BY added", (story_id,)
        ).fetchall()
        return [_article(row) for row in rows]

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(row) if row else None

    def ingested(self, article_ids: list[str]) -> dict[str, str | None]:
        """When each article was ingested (UTC ISO); None for one stored before the store recorded it."""
        found: dict[str, str | None] = {}
        for article_id in article_ids:
            row = self.db.execute("SELECT ingested FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row:
                found[article_id] = row[0]
        return found

    def annotations_of(self, article_ids: list[str]) -> list[Annotations]:
        found = []
        for article_id in article_ids:
            row = self.db.execute("SELECT data FROM annotations WHERE article_id = ?", (article_id,)).fetchone()
            found.append(annotations_from_data(json.loads(row[0])) if row else Annotations(article_id))
        return found

    def story_of(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def unannotated(self, limit: int) -> list[Article]:
        rows = self.db.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id NOT IN (SELECT article_id FROM annotations)"
            " ORDER BY added LIMIT ?",
            (limit,),
        ).fetchall()
        return [_article(r) for r in rows]

    # stories ------------------------------------------------------------------------------------
    def dirty_stories(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM stories WHERE dirty = 1 ORDER BY id")]

    def save_story(self, story: Story, articles: list[Article]) -> None:
        """Store a story's brief and the columns the story list filters on."""
        self.db.execute(
            "UPDATE stories SET title = ?, brief = ?, dirty = 0, sources = ?, first_published = ?,"
            " last_published = ?, disputed = ?, updated = ?, extracted = ? WHERE id = ?",
            (*story_columns(story, articles), story.id),
        )

    def story_list(self, since: str | None = None, search: str | None = None) -> list[StorySummary]:
        """Stories, largest first (ties by id); `since` keeps those published on or after a date,
        `search` those holding an article or quote that matches a full-text query."""
        sql = (
            "SELECT id, title, size, sources, first_published, last_published, disputed, updated,"
            " brief IS NOT NULL AS summarised, extracted, last_added FROM stories"
        )
        where, params = [], []
        if since:
            where.append("last_published >= ?")
            params.append(since)
        if search:
            where.append(
                "id IN (SELECT a.story_id FROM search_index s JOIN articles a ON a.id = s.article_id"
                " WHERE search_index MATCH ?)"
            )
            params.append(fts_query(search))
        if where:
            sql += " WHERE " + " AND ".join(where)
        return ranked_summaries(tuple(r) for r in self.db.execute(sql, params).fetchall())

    def story_brief(self, story_id: str) -> Brief:
        row = self.db.execute("SELECT brief FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise NewsweaveError(f"no story {story_id!r} in {self.location} (see `newsweave stories`)")
        if row[0] is None:
            raise NewsweaveError(f"story {story_id!r} has not been summarised yet; run `newsweave ingest` again")
        return brief_from_data(json.loads(row[0]))

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        rows = self.db.execute(
            "SELECT s.kind, s.article_id, a.story_id, a.title, snippet(search_index, 2, '', '', '…', 16)"
            " FROM search_index s JOIN articles a ON a.id = s.article_id WHERE search_index MATCH ?"
            " ORDER BY rank LIMIT ?",
            (fts_query(query), limit),
        ).fetchall()
        return [SearchHit(*tuple(r)) for r in rows]

    def story_sources(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for row in self.db.execute("SELECT DISTINCT story_id, site, url FROM articles WHERE duplicate_of IS NULL"):
            name = row["site"] or domain_of(row["url"] or "") or None
            if name:
                found.setdefault(name, set()).add(row["story_id"])
        return found

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
                # a store written before settling existed: its stories count as settled
                settled_id=int(state.get("settled_id", state.get("next_id", 1))),
                settled_tick=int(state.get("settled_tick", state.get("tick", 0))),
                df=dict(self.db.execute("SELECT term, df FROM term_df").fetchall()),
                stories=[StoryRecord(r[0], json.loads(r[1]), r[2], json.loads(r[3]), r[4]) for r in rows],
            )
        )

    def save_clusterer(self, clusterer: StoryClusterer, stories: set[str], terms: set[str]) -> None:
        """Write what a batch changed (`StoryClusterer.snapshot`): counters, its terms' frequencies, its stories."""
        state = clusterer.snapshot(stories, terms)
        self.db.executemany(
            "INSERT OR REPLACE INTO cluster_state (key, value) VALUES (?, ?)",
            [
                ("documents", str(state.documents)),
                ("next_id", str(state.next_id)),
                ("tick", str(state.tick)),
                ("settled_id", str(state.settled_id)),
                ("settled_tick", str(state.settled_tick)),
            ],
        )
        self.db.executemany("INSERT OR REPLACE INTO term_df (term, df) VALUES (?, ?)", list(state.df.items()))
        rows = [(r.id, json.dumps(r.centroid), r.size, json.dumps(r.dates), r.last_seen) for r in state.stories]
        self.db.executemany("INSERT OR REPLACE INTO story_state VALUES (?, ?, ?, ?, ?)", rows)
        for gone, kept in state.merges:  # a merged story's articles go to the older story, which is assembled again
            self.db.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (kept, gone))
            self.db.execute(
                "UPDATE stories SET size = size + COALESCE((SELECT size FROM stories WHERE id = ?), 0), dirty = 1"
                " WHERE id = ?",
                (gone, kept),
            )
            self.db.execute("DELETE FROM stories WHERE id = ?", (gone,))
            self.db.execute("DELETE FROM story_state WHERE story_id = ?", (gone,))
        moved = set()
        for article_id, story_id in state.moves:  # a split story's articles (and their copies) go to its new stories
            row = self.db.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
            moved.update({row[0], story_id} if row else {story_id})
            self.db.execute(
                "UPDATE articles SET story_id = ? WHERE id = ? OR duplicate_of = ?", (story_id, article_id, article_id)
            )
        for story_id in sorted(moved):
            self.db.execute(
                "INSERT INTO stories (id, size, dirty, last_added) SELECT ?, COUNT(*), 1, MAX(added) FROM articles"
                " WHERE story_id = ? ON CONFLICT(id) DO UPDATE SET size = excluded.size, dirty = 1,"
                " last_added = excluded.last_added",
                (story_id, story_id),
            )


def story_columns(story: Story, articles: list[Article]) -> tuple:
    """The stored brief and the columns the story list filters on, in the order both stores write them:
    title, brief JSON, sources, first and last published, disputed and updated figures, extracted."""
    brief = Brief(articles=articles, stories=[story])
    dates = sorted(a.published for a in articles if a.published)
    return (
        story.title, json.dumps(to_data(brief)), count_sources([a for a in articles if not a.duplicate_of]),
        dates[0] if dates else None, dates[-1] if dates else None,
        sum(f.status == "disputed" for f in story.figures), sum(f.status == "updated" for f in story.figures),
        int(bool(story.claims or story.quotes or story.entities)),
    )  # fmt: skip


def count_sources(articles: list[Article]) -> int:
    """Independent sources: by site, else by the URL's domain; articles with neither count once together."""
    sites = {a.site or domain_of(a.url or "") or None for a in articles}
    return len(sites - {None}) + (None in sites)


def ranked_summaries(rows) -> list[StorySummary]:
    """Story-list rows (in `StorySummary`'s column order) as records, largest first, ids in natural order."""
    found = [StorySummary(*row) for row in rows]
    for item in found:
        item.summarised, item.extracted = bool(item.summarised), bool(item.extracted)
    return sorted(found, key=lambda s: (-s.articles, natural_key(s.id)))


def natural_key(story_id: str) -> tuple:
    """s2 before s10."""
    head = story_id.rstrip("0123456789")
    tail = story_id[len(head) :]
    return (head, int(tail) if tail else -1, story_id)


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query of quoted terms (all must match), so no input is FTS syntax."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' for w in words) or '""'


def _article(row: sqlite3.Row) -> Article:
    data = dict(row)
    data["removed"] = json.loads(data["removed"] or "[]")
    data["headings"] = json.loads(data["headings"] or "[]")
    data["off_story"] = json.loads(data["off_story"] or "[]")
    data["posts"] = json.loads(data["posts"] or "[]")
    return article_from_data(data)
