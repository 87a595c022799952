"""Readers: turn files (text, HTML, news-please JSON, JSON lines, WARC, RSS/Atom) into raw articles.

Every reader has one signature, `(path, data, article_id) -> iterator of RawArticle | InputError`.
A reader raises InputError for a file it cannot read at all, and yields one for a single bad record
inside a file it can otherwise read, so one bad line never costs the rest of the file.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsweave.errors import InputError
from newsweave.model import RawArticle
from newsweave.readers.decode import DEFAULT_MAX_BYTES, load_bytes
from newsweave.readers.feed import read_feed
from newsweave.readers.html import read_html
from newsweave.readers.newsplease import read_json, read_jsonl
from newsweave.readers.text import read_text

if TYPE_CHECKING:
    from newsweave.fetch.options import FetchOptions


def read_warc(path: Path, max_bytes: int, article_id: str) -> Iterator[RawArticle | InputError]:
    """`readers.warc.read_warc`, imported on the first WARC input: warcio (with fsspec) loads only then."""
    from newsweave.readers.warc import read_warc as read

    return read(path, max_bytes, article_id)


# Readers that stream a file themselves instead of receiving it whole: (path, max_bytes, article_id).
STREAM_READERS = {".warc": read_warc}

Reader = Callable[[Path, bytes, str], Iterable["RawArticle | InputError"]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    fetch: FetchOptions | None = None  # how URL inputs are fetched (newsweave.fetch); None: the defaults


def format_suffix(path: Path) -> str:
    """The suffix that decides the reader, looking through `.gz` (`a.warc.gz` -> `.warc`)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def article_stem(path: Path) -> str:
    """The file name without its format suffixes: the base of the article ids it yields."""
    name = path.name
    for _ in range(2):
        stem, dot, ext = name.rpartition(".")
        if dot and "." + ext.lower() in {*READERS, *STREAM_READERS, ".gz"}:
            name = stem
    return name


def _walk(folder: Path, errors: list[InputError]) -> list[Path]:
    """Files under `folder`, following symlinked folders once each; unreadable folders and loops are reported."""
    found: list[Path] = []
    seen: set[str] = {os.path.realpath(folder)}

    def unreadable(exc: OSError) -> None:
        errors.append(InputError(str(exc.filename or folder), "cannot read folder", exc.strerror or str(exc)))

    for root, dirs, names in os.walk(folder, onerror=unreadable, followlinks=True):
        kept = []
        for name in sorted(dirs):
            sub = os.path.join(root, name)
            real = os.path.realpath(sub)
            if name.startswith("."):
                continue
            if real in seen:
                errors.append(InputError(sub, "folder visited twice", f"a symlink back to {real}"))
                continue
            seen.add(real)
            kept.append(name)
        dirs[:] = kept
        for name in sorted(names):
            if not name.startswith("."):
                found.append(Path(root, name))
    return found


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Files, folders (recursively, hidden files skipped) and glob patterns, in a stable order.

    Anything named that is not a readable regular file (a FIFO, a broken symlink, a folder that cannot be
    listed) comes back as an InputError, so it is counted instead of silently left out.
    """
    files: list[Path] = []
    missing: list[InputError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(_walk(path, missing)))
        elif path.exists() or path.is_symlink():
            files.append(path)
        elif any(ch in str(raw) for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(str(raw), recursive=True) if not Path(p).is_dir())
            if matches:
                files.extend(matches)
            else:
                missing.append(InputError(str(raw), "no file matches this pattern"))
        else:
            missing.append(InputError(str(raw), "no such file or folder"))
    return list(dict.fromkeys(files)), missing


def read_file(path: Path, options: ReadOptions | None = None) -> Iterator[RawArticle | InputError]:
    """Read one file; every failure, even an unforeseen one, comes back as an InputError value, never raised."""
    options = options or ReadOptions()

    def records() -> Iterable[RawArticle | InputError]:
        suffix = format_suffix(path)
        if suffix in STREAM_READERS:
            return STREAM_READERS[suffix](path, options.max_bytes, article_stem(path))
        if suffix in READERS:
            return READERS[suffix](path, load_bytes(path, options.max_bytes), article_stem(path))
        shown = "".join(path.suffixes) or "(none)"
        known = " ".join(sorted({*READERS, *STREAM_READERS}))
        raise InputError(str(path), f"unknown file type {shown}", f"known: {known}, optionally .gz")

    return guarded(str(path), records)


def guarded(source: str, records: Callable[[], Iterable[RawArticle | InputError]]) -> Iterator[RawArticle | InputError]:
    """The records a reader yields, its failures as InputError values naming `source`: a reader bug on one
    input ends that input, never the run."""
    count = 0
    try:
        for item in records():
            count += 1
            yield item
    except InputError as exc:
        yield exc
    except Exception as exc:  # noqa: BLE001 - a reader bug on one input must not end the run
        where = f" after {count} record(s)" if count else ""
        yield InputError(source, "reader failed", f"{type(exc).__name__}{where}: {exc}")
