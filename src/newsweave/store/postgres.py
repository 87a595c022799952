"""The PostgreSQL store: one database a team shares (`--db postgresql://...`), with the same schema and the
same migrations as the SQLite store (`store/migrations.py`, in PostgreSQL's dialect).

Several ingests may write at once, from several processes or machines. Every write transaction first takes
one transaction-level advisory lock, so batches are written one at a time (the clustering state, the story
ids and the arrival order stay consistent: no two ingests give out the same story id) while the slow
per-article work of each ingest runs in parallel; the engine loads the clustering state again when another
writer has written since its last batch. Readers take no lock. Full-text search is a generated tsvector
column (English configuration) with a GIN index.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from newsweave.clean.metadata import domain_of
from newsweave.contract import annotations_from_data, article_from_data, brief_from_data, to_data
from newsweave.errors import NewsweaveError
from newsweave.model import Annotations, Article
from newsweave.records import Brief, Story
from newsweave.store.interface import DuplicateCandidate, SearchHit, StoredArticle, StorySummary
from newsweave.store.migrations import LATEST, checked, migrations
from newsweave.store.sqlite import ARTICLE_COLUMNS, ranked_summaries, story_columns, utc_now
from newsweave.stories.cluster import ClusterState, StoryClusterer, StoryRecord

WRITE_LOCK = 0x6E77_0001  # advisory lock keys ("nw"): one for writes, one for migrations
MIGRATE_LOCK = 0x6E77_0002
SCHEMES = ("postgresql://", "postgres://")
ARTICLE_FIELDS = [c.strip() for c in ARTICLE_COLUMNS.split(",")]


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


class PostgresStore:
    """Articles, extractions and stories in a PostgreSQL database (the `Store` protocol)."""

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

    # articles -----------------------------------------------------------------------------------
    def has_key(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE key = %s", (key,)).fetchone() is not None

    def key_of(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT key FROM articles WHERE id = %s", (article_id,)).fetchone()
        return row[0] if row else None

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def add_articles(self, items: list[StoredArticle]) -> None:
        """Inside `transaction()`, which holds the write lock: arrival numbers follow the stored maximum."""
        ingested = utc_now()
        with self.db.cursor() as cursor:
            for item in items:
                article = item.article
                self._added += 1
                data = to_data(article)
                cursor.execute(
                    "INSERT INTO articles (id, key, path, url, title, site, author, published, original_source,"
                    " text, removed, headings, duplicate_of, rewrite_of, story_id, signature, added, format,"
                    " language, off_story, ingested, posts)"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    (
                        article.id, item.key, article.path, article.url, article.title, article.site,
                        article.author, article.published, article.original_source, article.text,
                        json.dumps(data["removed"]), json.dumps(data["headings"]), article.duplicate_of,
                        article.rewrite_of, item.story_id, item.signature, self._added, article.format,
                        article.language, json.dumps(article.off_story), ingested, json.dumps(data["posts"]),
                    ),
                )  # fmt: skip
                cursor.executemany(
                    "INSERT INTO minhash_bands (band, hash, article_id) VALUES (%s, %s, %s)",
                    [(band, value, article.id) for band, value in item.bands],
                )
                cursor.execute(
                    "INSERT INTO stories (id, size, dirty, last_added) VALUES (%s, 1, 1, %s) ON CONFLICT (id)"
                    " DO UPDATE SET size = stories.size + 1, dirty = 1, last_added = excluded.last_added",
                    (item.story_id, self._added),
                )
                cursor.execute(
                    "INSERT INTO search_index (article_id, kind, text) VALUES (%s, 'article', %s)",
                    (article.id, f"{article.title or ''}\n{article.text}"),
                )

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

    def recent_members(self, story_id: str, limit: int = 3) -> list[Article]:
        """A story's latest original articles."""
        return self._articles(
            "WHERE story_id = %s AND duplicate_of IS NULL ORDER BY added DESC LIMIT %s", (story_id, limit)
        )

    def set_annotations(self, annotations: list[Annotations]) -> None:
        with self.db.cursor() as cursor:
            for item in annotations:
                article_id = item.article
                cursor.execute(
                    "INSERT INTO annotations (article_id, data) VALUES (%s, %s)"
                    " ON CONFLICT (article_id) DO UPDATE SET data = excluded.data",
                    (article_id, json.dumps(to_data(item))),
                )
                cursor.execute(
                    "UPDATE stories SET dirty = 1 WHERE id = (SELECT story_id FROM articles WHERE id = %s)",
                    (article_id,),
                )
                for table in ("claims", "quotes", "entities"):
                    cursor.execute(f"DELETE FROM {table} WHERE article_id = %s", (article_id,))
                cursor.execute("DELETE FROM search_index WHERE article_id = %s AND kind = 'quote'", (article_id,))
                cursor.executemany(
                    "INSERT INTO claims VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    [
                        (c.id, article_id, c.value, c.low, c.high, c.unit, c.kind, c.change, c.qualifier, c.counted,
                         c.asserted_by, c.affiliation, c.sentence, c.start, c.end)
                        for c in item.claims
                    ],
                )  # fmt: skip
                cursor.executemany(
                    "INSERT INTO quotes VALUES (%s, %s, %s, %s, %s, %s, %s)",
                    [(q.id, article_id, q.speaker, q.text, int(q.direct), q.start, q.end) for q in item.quotes],
                )
                cursor.executemany(
                    "INSERT INTO entities VALUES (%s, %s, %s, %s, %s)",
                    [(e.id, article_id, e.name, e.type, e.affiliation) for e in item.entities],
                )
                cursor.executemany(
                    "INSERT INTO search_index (article_id, kind, text) VALUES (%s, 'quote', %s)",
                    [(article_id, q.text) for q in item.quotes],
                )

    def articles_of(self, story_id: str) -> list[Article]:
        return self._articles("WHERE story_id = %s ORDER BY added", (story_id,))

    def article(self, article_id: str) -> Article | None:
        found = self._articles("WHERE id = %s", (article_id,))
        return found[0] if found else None

    def _articles(self, clause: str, params: tuple) -> list[Article]:
        rows = self.db.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles {clause}", params).fetchall()
        articles = []
        for row in rows:
            data = dict(zip(ARTICLE_FIELDS, row, strict=True))
            data["removed"] = json.loads(data["removed"] or "[]")
            data["headings"] = json.loads(data["headings"] or "[]")
            data["off_story"] = json.loads(data["off_story"] or "[]")
            data["posts"] = json.loads(data["posts"] or "[]")
            articles.append(article_from_data(data))
        return articles

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

    def story_of(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT story_id FROM articles WHERE id = %s", (article_id,)).fetchone()
        return row[0] if row else None

    def story_sources(self) -> dict[str, set[str]]:
        """Each source (site, else the URL's domain) and the stories it reported on."""
        found: dict[str, set[str]] = {}
        for story_id, site, url in self.db.execute(
            "SELECT DISTINCT story_id, site, url FROM articles WHERE duplicate_of IS NULL"
        ).fetchall():
            name = site or domain_of(url or "") or None
            if name:
                found.setdefault(name, set()).add(story_id)
        return found

    def unannotated(self, limit: int) -> list[Article]:
        return self._articles(
            "WHERE NOT EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = articles.id) ORDER BY added LIMIT %s",
            (limit,),
        )

    # stories ------------------------------------------------------------------------------------
    def dirty_stories(self) -> list[str]:
        return [r[0] for r in self.db.execute('SELECT id FROM stories WHERE dirty = 1 ORDER BY id COLLATE "C"')]

    def save_story(self, story: Story, articles: list[Article]) -> None:
        """Store a story's brief and the columns the story list filters on."""
        self.db.execute(
            "UPDATE stories SET title = %s, brief = %s, dirty = 0, sources = %s, first_published = %s,"
            " last_published = %s, disputed = %s, updated = %s, extracted = %s WHERE id = %s",
            (*story_columns(story, articles), story.id),
        )

    def story_list(self, since: str | None = None, search: str | None = None) -> list[StorySummary]:
        """Stories, largest first (ties by id); `since` keeps those published on or after a date,
        `search` those holding an article or quote that matches a full-text query (every word)."""
        sql = (
            "SELECT id, title, size, sources, first_published, last_published, disputed, updated,"
            " brief IS NOT NULL AS summarised, extracted, last_added FROM stories"
        )
        where: list[str] = []
        params: list[str] = []
        if since:
            where.append("last_published >= %s")
            params.append(since)
        if search:
            where.append(
                "id IN (SELECT a.story_id FROM search_index s JOIN articles a ON a.id = s.article_id"
                " WHERE s.document @@ plainto_tsquery('english', %s))"
            )
            params.append(search)
        if where:
            sql += " WHERE " + " AND ".join(where)
        return ranked_summaries(self.db.execute(sql, params).fetchall())

    def story_brief(self, story_id: str) -> Brief:
        row = self.db.execute("SELECT brief FROM stories WHERE id = %s", (story_id,)).fetchone()
        if row is None:
            raise NewsweaveError(f"no story {story_id!r} in {self.location} (see `newsweave stories`)")
        if row[0] is None:
            raise NewsweaveError(f"story {story_id!r} has not been summarised yet; run `newsweave ingest` again")
        return brief_from_data(json.loads(row[0]))

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

    # clustering state ---------------------------------------------------------------------------
    def load_clusterer(self, active: int) -> StoryClusterer:
        """The clusterer as the last whole batch left it (`StoryClusterer.restore`)."""
        state = dict(self.db.execute("SELECT key, value FROM cluster_state").fetchall())
        rows = self.db.execute(
            "SELECT story_id, centroid, members, dates, last_seen FROM story_state ORDER BY last_seen DESC LIMIT %s",
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
        with self.db.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO cluster_state (key, value) VALUES (%s, %s)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [
                    ("documents", str(state.documents)),
                    ("next_id", str(state.next_id)),
                    ("tick", str(state.tick)),
                    ("settled_id", str(state.settled_id)),
                    ("settled_tick", str(state.settled_tick)),
                ],
            )
            cursor.executemany(
                "INSERT INTO term_df (term, df) VALUES (%s, %s) ON CONFLICT (term) DO UPDATE SET df = excluded.df",
                list(state.df.items()),
            )
            cursor.executemany(
                "INSERT INTO story_state VALUES (%s, %s, %s, %s, %s) ON CONFLICT (story_id) DO UPDATE SET"
                " centroid = excluded.centroid, members = excluded.members, dates = excluded.dates,"
                " last_seen = excluded.last_seen",
                [(r.id, json.dumps(r.centroid), r.size, json.dumps(r.dates), r.last_seen) for r in state.stories],
            )
            for gone, kept in state.merges:  # a merged story's articles go to the older story, assembled again
                cursor.execute("UPDATE articles SET story_id = %s WHERE story_id = %s", (kept, gone))
                cursor.execute(
                    "UPDATE stories SET size = size + COALESCE((SELECT size FROM stories WHERE id = %s), 0), dirty = 1"
                    " WHERE id = %s",
                    (gone, kept),
                )
                cursor.execute("DELETE FROM stories WHERE id = %s", (gone,))
                cursor.execute("DELETE FROM story_state WHERE story_id = %s", (gone,))
            moved = set()
            for article_id, story_id in state.moves:  # a split story's articles (and copies) go to its new stories
                cursor.execute("SELECT story_id FROM articles WHERE id = %s", (article_id,))
                row = cursor.fetchone()
                moved.update({row[0], story_id} if row else {story_id})
                cursor.execute(
                    "UPDATE articles SET story_id = %s WHERE id = %s OR duplicate_of = %s",
                    (story_id, article_id, article_id),
                )
            for story_id in sorted(moved):
                cursor.execute(
                    "INSERT INTO stories (id, size, dirty, last_added) SELECT %s, COUNT(*), 1, MAX(added) FROM articles"
                    " WHERE story_id = %s ON CONFLICT (id) DO UPDATE SET size = excluded.size, dirty = 1,"
                    " last_added = excluded.last_added",
                    (story_id, story_id),
                )
