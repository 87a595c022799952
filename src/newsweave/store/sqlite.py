"""The SQLite store: one file in WAL mode (readers never wait for the ingest that writes).

Everything an ingest changes for a batch of articles is written in one transaction: the articles,
their extractions, duplicate bands, story links and the clustering state. A run killed at any point
leaves the store as it was after the last whole batch, and the next run carries on from there.
One writer at a time: an ingest holds an advisory lock on `<file>.lock` for its whole run, so a second
ingest waits (and says so) instead of interleaving its stories with the first one's. Each thread gets
its own connection. What both stores do alike is `store/shared.py`'s.
"""

from __future__ import annotations

import fcntl
import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsweave.contract import annotations_from_data
from newsweave.errors import NewsweaveError
from newsweave.model import Annotations
from newsweave.store.interface import DuplicateCandidate, SearchHit
from newsweave.store.migrations import LATEST, check_version, migrate
from newsweave.store.shared import SharedStore

DEFAULT_DB = "newsweave.db"


class SQLiteSql:
    """A SQLite connection as the shared store code uses it (`store/sql.py`): its statements are SQLite's."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return self.db.execute(sql, params).fetchall()

    def one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        return self.db.execute(sql, params).fetchone()

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.db.execute(sql, params)

    def run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.db.executemany(sql, rows)

    def replace(self, table: str, columns: Sequence[str], key: str) -> str:
        return f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


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


class SQLiteStore(SharedStore):
    """Articles, extractions and stories in one SQLite database (the `Store` protocol)."""

    TEXT_MATCH = "search_index MATCH ?"
    sole_writer = True  # `writer()` holds the file's lock for the whole run (an in-memory store has one user)

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
        # An in-memory store (`brief`'s) lives and dies with this process: it holds each article's extractions as the
        # records themselves, not as JSON nothing outside this process could read (writing it and parsing it back was
        # 0.8 s of `brief`'s main process over 600 BBC articles). A transaction's records join on its commit.
        self._held: dict[str, Annotations] | None = {} if self._memory_uri is not None else None

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
        self._local.pending = {}
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        finally:
            pending, self._local.pending = self._local.pending, None
        self.db.execute("COMMIT")
        if self._held is not None:
            self._held.update(pending)

    @property
    def sql(self) -> SQLiteSql:
        return SQLiteSql(self.db)

    def text_query(self, words: str) -> str:
        return fts_query(words)

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

    def ingested(self, article_ids: list[str]) -> dict[str, str | None]:
        """When each article was ingested (UTC ISO); None for one stored before the store recorded it."""
        found: dict[str, str | None] = {}
        for article_id in article_ids:
            row = self.db.execute("SELECT ingested FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row:
                found[article_id] = row[0]
        return found

    def set_annotations(self, annotations: list[Annotations]) -> None:
        if self._held is not None:
            pending = getattr(self._local, "pending", None)
            (self._held if pending is None else pending).update((item.article, item) for item in annotations)
        super().set_annotations(annotations)

    def annotations_text(self, item: Annotations) -> str:
        return "{}" if self._held is not None else super().annotations_text(item)

    def annotations_of(self, article_ids: list[str]) -> list[Annotations]:
        if self._held is not None:
            pending = getattr(self._local, "pending", None) or {}
            return [pending.get(a) or self._held.get(a) or Annotations(a) for a in article_ids]
        found = []
        for article_id in article_ids:
            row = self.db.execute("SELECT data FROM annotations WHERE article_id = ?", (article_id,)).fetchone()
            found.append(annotations_from_data(json.loads(row[0])) if row else Annotations(article_id))
        return found

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        rows = self.db.execute(
            "SELECT s.kind, s.article_id, a.story_id, a.title, snippet(search_index, 2, '', '', '…', 16)"
            " FROM search_index s JOIN articles a ON a.id = s.article_id WHERE search_index MATCH ?"
            " ORDER BY rank LIMIT ?",
            (fts_query(query), limit),
        ).fetchall()
        return [SearchHit(*tuple(r)) for r in rows]


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query of quoted terms (all must match), so no input is FTS syntax."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' for w in words) or '""'
