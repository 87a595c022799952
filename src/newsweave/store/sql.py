"""What the backend-neutral store code needs of a database connection: a small adapter each backend writes.

Shared statements are written once, in SQLite's spelling with `?` parameters; an adapter runs them on its
connection (PostgreSQL's turns `?` into `%s`) and spells the one statement the dialects write differently,
replacing a whole row by its key (`replace`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol


class Sql(Protocol):
    """One thread's connection to a store's database, behind the operations the shared code uses."""

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        """Every row a query returns."""
        ...

    def one(self, sql: str, params: Sequence[Any] = ()) -> Sequence[Any] | None:
        """The first row a query returns, or None."""
        ...

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run one statement."""
        ...

    def run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement once per row of parameters."""
        ...

    def replace(self, table: str, columns: Sequence[str], key: str) -> str:
        """An insert of `columns` that replaces the row already holding the same `key`."""
        ...
