"""Stores: the `Store` protocol, its SQLite and PostgreSQL implementations and the schema migrations."""

from __future__ import annotations

from pathlib import Path

from newsweave.store.interface import DuplicateCandidate, SearchHit, Store, StoredArticle, StorySummary
from newsweave.store.sqlite import DEFAULT_DB, SQLiteStore


def open_store(url: str | Path = DEFAULT_DB, readonly: bool = False) -> Store:
    """The store a `--db` value names: `postgresql://...` (a team database), else a SQLite path or
    `sqlite:///` URL (other databases are refused by name)."""
    from newsweave.store.postgres import PostgresStore, is_postgres_url

    if is_postgres_url(url):
        return PostgresStore(str(url), readonly=readonly)
    return SQLiteStore(url, readonly=readonly)


__all__ = [
    "DEFAULT_DB",
    "DuplicateCandidate",
    "SQLiteStore",
    "SearchHit",
    "Store",
    "StoredArticle",
    "StorySummary",
    "open_store",
]
