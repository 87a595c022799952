"""The local store (SQLite) and its schema migrations."""

from newsweave.store.sqlite import DEFAULT_DB, Store

__all__ = ["DEFAULT_DB", "Store"]
