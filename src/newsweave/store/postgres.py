"""The PostgreSQL store: one database a team shares (`--db postgresql://...`), with the same schema and the
same migrations as the SQLite store (`store/migrations.py`, in PostgreSQL's dialect).

Several ingests may write at once, from several processes or machines. Every write transaction first takes
one transaction-level advisory lock, so batches are written one at a time (the clustering state, the story
ids and the arrival order stay consistent: no two ingests give out the same story id) while the slow
per-article work of each ingest runs in parallel; the engine loads the clustering state again when another
writer has written since its last batch. Readers take no lock. Full-text search is a generated tsvector
column (English configuration) with a GIN index. What both stores do alike is `store/shared.py`'s.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from newsweave.contract import annotations_from_data
from newsweave.errors import NewsweaveError
from newsweave.model import Annotations
from newsweave.store.interface import DuplicateCandidate, SearchHit
from newsweave.store.migrations import LATEST, checked, migrations
from newsweave.store.shared import SharedStore

WRITE_LOCK = 0x6E77_0001  # advisory lock keys ("nw"): one for writes, one for migrations
MIGRATE_LOCK = 0x6E77_0002
SCHEMES = ("postgresql://", "postgres://")


class PostgresSql:
    """A psycopg connection as the shared store code uses it (`store/sql.py`): SQLite's `?` parameters become
    psycopg's `%s`, and a row is replaced by `ON CONFLICT ... DO UPDATE`."""

    def __init__(self, db: Any) -> None:
        self.db = db

    @staticmethod
    def spelled(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self.db.execute(self.spelled(sql), params).fetchall()

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        return self.db.execute(self.spelled(sql), params).fetchone()

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.db.execute(self.spelled(sql), params)

    def run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.db.cursor() as cursor:
            cursor.executemany(self.spelled(sql), rows)

    def replace(self, table: str, columns: Sequence[str], key: str) -> str:
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
        return (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
            f" ON CONFLICT ({key}) DO UPDATE SET {updates}"
        )


def is_postgres_url(url: object) -> bool:
    return str(url).startswith(SCHEMES)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _nul_safe_dumpers() -> list[type]:
    """PostgreSQL text cannot hold NUL, which a JSON article may carry ("\\u0000"): it is stored as U+FFFD,
    one character for one, so that every offset into the text still holds."""
    from psycopg.types.string import StrBinaryDumper, StrDumper, StrDumperUnknown

    def nul_safe(base: type) -> type:
        class NulSafe(base):  # type: ignore[misc, valid-type]
            def dump(self, obj: str) -> Any:
                return super().dump(obj.replace("\x00", "\ufffd"))

        return NulSafe

    return [nul_safe(base) for base in (StrDumper, StrBinaryDumper, StrDumperUnknown)]


class PostgresStore(SharedStore):
    """Articles, extractions and stories in a PostgreSQL database (the `Store` protocol)."""

    TEXT_MATCH = "s.document @@ plainto_tsquery('english', ?)"

    def __init__(self, url: str, readonly: bool = False) -> None:
        try:
            import psycopg
        except ImportError:
            raise NewsweaveError(
                f"--db {redact(url)}: the PostgreSQL store needs psycopg: pip install 'newsweave[postgres]'"
            ) from None
        self._psycopg = psycopg
        self.url = url
        self.location = redact(url)
        self.readonly = readonly
        self._local = threading.local()
        self._connections: list[Any] = []
        self._lock = threading.Lock()
        self._added = 0
        try:
            version = self._version()
            if readonly:
                if version == 0 and self._tables():
                    raise NewsweaveError(f"{self.location}: a PostgreSQL database, but not a newsweave store")
                if version == 0:
                    raise NewsweaveError(f"{self.location}: no newsweave store here (run `newsweave ingest` first)")
                if checked(version, self.location) < LATEST:
                    raise NewsweaveError(
                        f"{self.location}: store schema version {version} is older than this newsweave's ({LATEST});"
                        " run `newsweave ingest` once to migrate it"
                    )
            else:
                self._migrate()
        except psycopg.Error as exc:
            self.close()
            raise NewsweaveError(f"{self.location}: {_first_line(exc)}") from None
        except NewsweaveError:
            self.close()
            raise

    # connections --------------------------------------------------------------------------------
    @property
    def db(self) -> Any:
        """This thread's connection (autocommit; `transaction()` opens the write transactions)."""
        db = getattr(self._local, "db", None)
        if db is None:
            options = "-c default_transaction_read_only=on" if self.readonly else None
            try:
                db = self._psycopg.connect(self.url, autocommit=True, options=options, connect_timeout=20)
            except self._psycopg.Error as exc:
                raise NewsweaveError(f"{self.location}: cannot connect: {_first_line(exc)}") from None
            for dumper in _nul_safe_dumpers():
                db.adapters.register_dumper(str, dumper)
            self._local.db = db
            with self._lock:
                self._connections.append(db)
        return db

    def close(self) -> None:
        with self._lock:
            for db in self._connections:
                db.close()
            self._connections.clear()
        self._local = threading.local()

    def _version(self) -> int:
        # A query on the catalog, not to_regclass(): that may answer from a cache made before another
        # process's migration committed while this one waited for the migration lock.
        exists = self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables"
            " WHERE schemaname = current_schema() AND tablename = 'newsweave_schema')"
        ).fetchone()[0]
        if not exists:
            return 0
        row = self.db.execute("SELECT version FROM newsweave_schema").fetchone()
        return row[0] if row else 0

    def _tables(self) -> int:
        return self.db.execute(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchone()[0]

    def _migrate(self) -> None:
        """Bring the schema to the newest version, under a lock so that concurrent openers migrate once."""
        with self.db.transaction():
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
            version = checked(self._version(), self.location)
            if version == 0:
                if self._tables():
                    raise NewsweaveError(f"{self.location}: a PostgreSQL database, but not a newsweave store")
                self.db.execute("CREATE TABLE newsweave_schema (version INTEGER NOT NULL)")
                self.db.execute("INSERT INTO newsweave_schema VALUES (0)")
            for migration in migrations("postgres")[version:]:
                for statement in migration.statements:
                    self.db.execute(statement)
            self.db.execute("UPDATE newsweave_schema SET version = %s", (LATEST,))

    @contextmanager
    def writer(self, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Concurrent writers are allowed: each write transaction takes the write lock (`transaction`)."""
        if self.readonly:
            raise NewsweaveError(f"{self.location}: opened read-only")
        yield

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.db.transaction():
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            self._added = self.db.execute("SELECT COALESCE(MAX(added), 0) FROM articles").fetchone()[0]
            yield

    @property
    def sql(self) -> PostgresSql:
        return PostgresSql(self.db)

    def duplicate_candidates(self, bands: list[tuple[int, int]]) -> list[DuplicateCandidate]:
        """Stored articles sharing an LSH band with a signature, earliest first."""
        if not bands:
            return []
        rows = self.db.execute(
            "SELECT DISTINCT a.id, a.signature, a.story_id, a.added FROM minhash_bands b"
            " JOIN unnest(%s::bigint[], %s::bigint[]) AS q(band, hash) ON b.band = q.band AND b.hash = q.hash"
            " JOIN articles a ON a.id = b.article_id ORDER BY a.added",
            ([band for band, _ in bands], [value for _, value in bands]),
        ).fetchall()
        return [DuplicateCandidate(r[0], r[2], bytes(r[1])) for r in rows]

    def ingested(self, article_ids: list[str]) -> dict[str, str | None]:
        """When each article was ingested (UTC ISO); None for one stored before the store recorded it."""
        rows = self.db.execute("SELECT id, ingested FROM articles WHERE id = ANY(%s)", (list(article_ids),)).fetchall()
        return dict(rows)

    def annotations_of(self, article_ids: list[str]) -> list[Annotations]:
        rows = dict(
            self.db.execute(
                "SELECT article_id, data FROM annotations WHERE article_id = ANY(%s)", (list(article_ids),)
            ).fetchall()
        )
        return [annotations_from_data(json.loads(rows[a])) if a in rows else Annotations(a) for a in article_ids]

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Articles and quotes holding every word of `query` (English stemming), best ranked first."""
        rows = self.db.execute(
            "SELECT kind, article_id, story_id, title,"
            " ts_headline('english', text, q, 'StartSel=\"\", StopSel=\"\", MaxWords=16, MinWords=6')"
            " FROM (SELECT s.kind, s.article_id, a.story_id, a.title, s.text, q, ts_rank(s.document, q) AS rank"
            "  FROM search_index s JOIN articles a ON a.id = s.article_id,"
            "  plainto_tsquery('english', %s) AS q WHERE s.document @@ q ORDER BY rank DESC, a.added LIMIT %s) hits"
            " ORDER BY rank DESC",
            (query, limit),
        ).fetchall()
        return [SearchHit(*row) for row in rows]
