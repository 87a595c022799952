"""The store's schema, as numbered migrations that SQLite and PostgreSQL both apply.

A store records its version (SQLite: PRAGMA user_version; PostgreSQL: the `newsweave_schema` table) and is
brought up to the newest one when opened, so a store made by an older newsweave opens in a newer. Each
migration is one shared SQL text, written in SQLite's spelling, plus what only one dialect needs (the
full-text index: FTS5 on SQLite, a tsvector column with a GIN index on PostgreSQL). PostgreSQL reads the
shared text through `POSTGRES_TYPES` (64-bit integers, doubles, bytea): the only translation there is.
Never edit a released migration: add the next one.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from newsweave.errors import NewsweaveError

SHARED: list[str] = [
    # 1: the first schema: articles, their extractions, stories, and LSH bands for duplicates.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        path TEXT, url TEXT, title TEXT, site TEXT, author TEXT, published TEXT, original_source TEXT,
        text TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        headings TEXT NOT NULL DEFAULT '[]',
        duplicate_of TEXT,
        story_id TEXT,
        added INTEGER NOT NULL
    );
    CREATE INDEX articles_story ON articles(story_id);
    CREATE TABLE annotations (article_id TEXT PRIMARY KEY REFERENCES articles(id), data TEXT NOT NULL);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT,
        size INTEGER NOT NULL DEFAULT 0,
        dirty INTEGER NOT NULL DEFAULT 1,
        brief TEXT
    );
    CREATE TABLE minhash_bands (band INTEGER NOT NULL, hash INTEGER NOT NULL, article_id TEXT NOT NULL);
    CREATE INDEX minhash_bands_key ON minhash_bands(band, hash);
    """,
    # 2: rewrites, stored signatures, and the clustering state, so ingest can resume where it stopped.
    """
    ALTER TABLE articles ADD COLUMN rewrite_of TEXT;
    ALTER TABLE articles ADD COLUMN signature BLOB;
    CREATE TABLE cluster_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
    CREATE TABLE story_state (
        story_id TEXT PRIMARY KEY,
        centroid TEXT NOT NULL,
        members INTEGER NOT NULL,
        dates TEXT NOT NULL,
        last_seen INTEGER NOT NULL
    );
    """,
    # 3: queryable extractions (claims, quotes, entities), the story list's columns, the article's reader
    # and language, and a full-text index over articles and quotes.
    """
    ALTER TABLE articles ADD COLUMN format TEXT NOT NULL DEFAULT 'text';
    ALTER TABLE articles ADD COLUMN language TEXT;
    ALTER TABLE stories ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE stories ADD COLUMN first_published TEXT;
    ALTER TABLE stories ADD COLUMN last_published TEXT;
    ALTER TABLE stories ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE stories ADD COLUMN updated INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE stories ADD COLUMN extracted INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE stories ADD COLUMN last_added INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE claims (
        id TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id),
        value REAL, low REAL, high REAL, unit TEXT, kind TEXT, change TEXT, qualifier TEXT, counted TEXT,
        asserted_by TEXT, affiliation TEXT, sentence TEXT, start INTEGER, "end" INTEGER,
        PRIMARY KEY (article_id, id)
    );
    CREATE TABLE quotes (
        id TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id),
        speaker TEXT, text TEXT NOT NULL, direct INTEGER NOT NULL, start INTEGER, "end" INTEGER,
        PRIMARY KEY (article_id, id)
    );
    CREATE TABLE entities (
        id TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id),
        name TEXT NOT NULL, type TEXT NOT NULL, affiliation TEXT,
        PRIMARY KEY (article_id, id)
    );
    CREATE INDEX claims_source ON claims(asserted_by);
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE INDEX entities_name ON entities(name);
    """,
    # 4: arrival order indexed (the newest member of a story, the next arrival number under the write lock).
    """
    CREATE INDEX articles_added ON articles(added);
    """,
    # 5: the spans of an article's text that belong to another story (the cleaner marks them).
    """
    ALTER TABLE articles ADD COLUMN off_story TEXT NOT NULL DEFAULT '[]';
    """,
    # 6: when each article was ingested (UTC, ISO 8601, to the second); NULL for articles stored before.
    """
    ALTER TABLE articles ADD COLUMN ingested TEXT;
    """,
    # 7: the social posts embedded in an article (author, handle, date, address, span of their text).
    """
    ALTER TABLE articles ADD COLUMN posts TEXT NOT NULL DEFAULT '[]';
    """,
]

# What each dialect adds to a shared migration, by migration number.
SQLITE_ONLY: dict[int, str] = {
    3: "CREATE VIRTUAL TABLE search_index USING fts5(article_id UNINDEXED, kind UNINDEXED, text);",
}
POSTGRES_ONLY: dict[int, str] = {
    # The search text is cut to 300,000 characters: a tsvector holds at most 1 MB.
    3: """
    CREATE TABLE search_index (
        article_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
        document tsvector GENERATED ALWAYS AS (to_tsvector('english', left(text, 300000))) STORED
    );
    CREATE INDEX search_index_document ON search_index USING GIN (document);
    CREATE INDEX search_index_article ON search_index(article_id);
    """,
}
# SQLite's type names as PostgreSQL spells them (SQLite's INTEGER is 64-bit; MinHash band hashes need that).
POSTGRES_TYPES = {"INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION", "BLOB": "BYTEA"}
DIALECTS = ("sqlite", "postgres")


@dataclass(frozen=True)
class Migration:
    number: int
    statements: tuple[str, ...]


def migrations(dialect: str) -> list[Migration]:
    """Every migration as the statements one dialect runs, in order."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown SQL dialect {dialect!r}")
    found = []
    for number, shared in enumerate(SHARED, start=1):
        if dialect == "postgres":
            text = re.sub(r"\b(INTEGER|REAL|BLOB)\b", lambda m: POSTGRES_TYPES[m.group(1)], shared)
            text += POSTGRES_ONLY.get(number, "")
        else:
            text = shared + SQLITE_ONLY.get(number, "")
        found.append(Migration(number, tuple(s.strip() for s in text.split(";") if s.strip())))
    return found


LATEST = len(SHARED)


def check_version(connection: sqlite3.Connection, where: str) -> int:
    """The store's schema version; a newer one than this newsweave knows is refused by name."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    return checked(version, where)


def checked(version: int, where: str) -> int:
    if version > LATEST:
        raise NewsweaveError(
            f"{where}: store schema version {version} is newer than this newsweave's ({LATEST}); upgrade newsweave"
        )
    return version


def migrate(connection: sqlite3.Connection, target: int = LATEST, where: str = "store") -> int:
    """Apply the migrations a SQLite store lacks, each in its own transaction; return the new version.
    Each takes the write lock first and looks at the version again, so two processes opening a new store
    at once migrate it once."""
    version = check_version(connection, where)
    for migration in migrations("sqlite")[version:target]:
        connection.execute("BEGIN IMMEDIATE")
        try:
            current = check_version(connection, where)  # under the lock: another process may have migrated
            if current == 0 and connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
                raise NewsweaveError(f"{where}: a SQLite database, but not a newsweave store")
            if current < migration.number:
                for statement in migration.statements:
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {migration.number}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    return max(version, target)
