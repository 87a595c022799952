"""The static vectors' key table read from a cached array instead of its msgpack file.

en_core_web_md maps 684,830 word hashes to its 20,000 vector rows (`vocab/key2row`). spaCy reads that file
with msgpack into a dict in every process that loads the pipeline: 0.15 to 0.2 s of CPU, a tenth of
`newsweave brief` on a few articles, and about 70 MB of integers and dict slots. The parse asks the table only
for the words it meets (`Vectors.find`, a few thousand distinct words an article), so the table can wait on
disk: the first load writes it as one array (keys sorted, their rows, their place in the file) to
`$XDG_CACHE_HOME/newsweave/spacy-vectors/` (named by the file's path, size and date, so another model or an
upgrade makes another copy); later loads map that array (no read), and `KeyRows` answers a key by a binary
search, remembered for the next time. Every lookup answers as the dict does (tests/test_vector_keys.py); whatever
iterates the table or changes it gets the dict itself, built then in the file's order. When the copy cannot be
written or read, spaCy reads its table itself as before. msgpack writes dicts only: a pipeline loaded here is
saved (`nlp.to_disk`, `Vectors.to_bytes`) after `vectors.key2row = vectors.key2row.whole()`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from newsweave.cache_files import write_once

_MISSING = -1


class KeyRows(MutableMapping[int, int]):
    """A `Vectors.key2row` dict over a (3, n) uint64 array: keys sorted, their rows, their order in the file."""

    def __init__(self, table: np.ndarray) -> None:
        self._table = table
        self._known: dict[int, int] = {}  # keys asked before -> row, or -1 when the table has none
        self._dict: dict[int, int] | None = None  # the whole table, once something iterates or changes it

    def _row(self, key: Any) -> int:
        row = self._known.get(key)
        if row is None:
            row = _MISSING
            if isinstance(key, int | np.integer) and 0 <= key < 1 << 64:
                keys = self._table[0]
                at = int(np.searchsorted(keys, np.uint64(key)))
                if at < len(keys) and int(keys[at]) == key:
                    row = int(self._table[1, at])
            self._known[key] = row
        return row

    def in_file_order(self, line: int) -> np.ndarray:
        """The keys (`line` 0) or rows (1) in the order of the file."""
        out = np.empty(self._table.shape[1], dtype=np.uint64)
        out[self._table[2]] = self._table[line]
        return out

    def filled_rows(self) -> list[int]:
        """The rows some key points to, ascending (what `Vectors._sync_unset` reads from the values)."""
        return np.unique(self._table[1]).tolist()

    def whole(self) -> dict[int, int]:
        """The table as the dict spaCy reads (same order), made once and used from then on."""
        if self._dict is None:
            self._dict = dict(zip(self.in_file_order(0).tolist(), self.in_file_order(1).tolist(), strict=True))
        return self._dict

    def get(self, key: Any, default: Any = None) -> Any:
        if self._dict is not None:
            return self._dict.get(key, default)
        row = self._row(key)
        return default if row == _MISSING else row

    def __getitem__(self, key: Any) -> int:
        if self._dict is not None:
            return self._dict[key]
        row = self._row(key)
        if row == _MISSING:
            raise KeyError(key)
        return row

    def __contains__(self, key: object) -> bool:
        return key in self._dict if self._dict is not None else self._row(key) != _MISSING

    def __len__(self) -> int:
        return len(self._dict) if self._dict is not None else self._table.shape[1]

    def __iter__(self) -> Iterator[int]:
        return iter(self.whole())

    def __setitem__(self, key: int, row: int) -> None:
        self.whole()[key] = row

    def __delitem__(self, key: int) -> None:
        del self.whole()[key]

    def keys(self):  # noqa: ANN201 (the dict's own views)
        return self.whole().keys()

    def items(self):  # noqa: ANN201
        return self.whole().items()

    def values(self):  # noqa: ANN201
        return self.whole().values()

    def copy(self) -> dict[int, int]:
        return dict(self.whole())


def cached_table(key2row: Path, cache_dir: Path, read: Callable[[], dict[int, int]]) -> Path:
    """Where the array of `key2row` lives, written now from `read()` (the file's dict) if missing; atomically,
    so no process maps half a file."""
    stat = key2row.stat()
    name = hashlib.sha256(str(key2row.resolve()).encode()).hexdigest()[:16]
    target = cache_dir / "spacy-vectors" / f"key2row-{name}-{stat.st_size}-{stat.st_mtime_ns}.npy"

    def write(out: BinaryIO) -> None:
        table = read()
        keys = np.fromiter(table.keys(), dtype=np.uint64, count=len(table))
        rows = np.fromiter(table.values(), dtype=np.uint64, count=len(table))
        order = np.argsort(keys, kind="stable")
        np.save(out, np.stack([keys[order], rows[order], order.astype(np.uint64)]), allow_pickle=False)

    return write_once(target, write)


def mapped_table(path: Path) -> np.ndarray:
    """The cached array, mapped read-only (pages read as the searches touch them), checked for its shape."""
    table = np.load(path, mmap_mode="r", allow_pickle=False)
    if table.dtype != np.uint64 or table.ndim != 2 or table.shape[0] != 3:
        raise ValueError(f"{path}: not a key table")
    return table
