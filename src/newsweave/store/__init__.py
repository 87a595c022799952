"""Stores: the `Store` protocol, its SQLite implementation and the schema migrations."""

from __future__ import annotations

from pathlib import Path

from newsweave.store.interface import DuplicateCandidate, SearchHit, Store, StoredArticle, StorySummary
from newsweave.store.sqlite import DEFAULT_DB, SQLiteStore


def open_store(url: str | Path = DEFAULT_DB, readonly: bool = False) -> Store:
    """The store a `--db` value names: a SQLite path or `sqlite:///` URL (other databases are refused by name)."""
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
