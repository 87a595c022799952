"""The store's schema, as numbered migrations. A store records its version (PRAGMA user_version) and
is brought up to the newest one when opened, so a store made by an older newsweave opens in a newer.
Never edit a released migration: add the next one."""

from __future__ import annotations

import sqlite3

from newsweave.errors import NewsweaveError

MIGRATIONS: list[str] = [
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
    CREATE VIRTUAL TABLE search_index USING fts5(article_id UNINDEXED, kind UNINDEXED, text);
    """,
]
LATEST = len(MIGRATIONS)


def check_version(connection: sqlite3.Connection, where: str) -> int:
    """The store's schema version; a newer one than this newsweave knows is refused by name."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST:
        raise NewsweaveError(
            f"{where}: store schema version {version} is newer than this newsweave's ({LATEST}); upgrade newsweave"
        )
    return version


def migrate(connection: sqlite3.Connection, target: int = LATEST, where: str = "store") -> int:
    """Apply the migrations the store lacks, each in its own transaction; return the new version."""
    version = check_version(connection, where)
    if version == 0 and connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
        raise NewsweaveError(f"{where}: a SQLite database, but not a newsweave store")
    for number in range(version + 1, target + 1):
        connection.executescript(f"BEGIN;\n{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;")
    return max(version, target)
