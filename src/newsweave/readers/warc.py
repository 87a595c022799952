"""WARC / WARC.gz archives (as Common Crawl's CC-NEWS): every HTML response record is an article.

Archives are streamed record by record (they run to gigabytes). Bounds: each record's payload is read
up to the size limit, and a whole file decompresses to at most `MAX_RATIO` times its size on disk (or
the size limit, whichever is larger), so a small decompression bomb is stopped early. We gunzip the
file ourselves, so a truncated archive is reported instead of read as a shorter one without a word.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr
from pathlib import Path
from typing import BinaryIO, TypeVar

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecordLoader

from newsweave.errors import InputError
from newsweave.model import RawArticle
from newsweave.readers.decode import decode, looks_binary, regular_file
from newsweave.readers.fields import checked_url

T = TypeVar("T")
MAX_RATIO = 100  # decompressed bytes per byte on disk; real WARC.gz files are far below 20
MAX_URL_SHOWN = 200
_CHUNK = 64 * 1024


class _Overflow(Exception):
    """The archive decompressed beyond its bound."""


class BoundedStream(io.RawIOBase):
    """A read-only stream: raises _Overflow past `limit` bytes, ends (noting `truncated`) at a cut gzip member."""

    def __init__(self, inner: BinaryIO, limit: int) -> None:
        self.inner = inner
        self.limit = limit
        self.count = 0
        self.truncated = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        want = min(len(buffer), _CHUNK)
        try:
            data = self.inner.read1(want)  # type: ignore[attr-defined]  # not read(): it drops data read before an error
        except EOFError:
            self.truncated = True
            return 0
        except (gzip.BadGzipFile, zlib.error) as exc:
            raise ArchiveLoadFailed(f"corrupt gzip data: {exc}") from None
        self.count += len(data)
        if self.count > self.limit:
            raise _Overflow()
        buffer[: len(data)] = data
        return len(data)


class _UriOptionalLoader(ArcWarcRecordLoader):
    """warcio's loader, but a response record without WARC-Target-URI is still parsed (warcio raised on it)."""

    def load_http_headers(self, rec_type, uri, stream, length):  # type: ignore[no-untyped-def]
        return super().load_http_headers(rec_type, uri if uri is not None else "http:", stream, length)


def _archive(stream: BinaryIO) -> ArchiveIterator:
    archive = ArchiveIterator(stream)
    archive.loader.__class__ = _UriOptionalLoader
    return archive


def read_warc(path: Path, max_bytes: int, article_id: str) -> Iterator[RawArticle | InputError]:
    """Stream the records; a record that cannot be decoded is reported and skipped."""
    size = regular_file(path).st_size
    limit = max(max_bytes, MAX_RATIO * size)
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise InputError(str(path), "cannot open", exc.strerror or str(exc)) from None
    with raw:
        compressed = raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        inner: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw  # type: ignore[assignment]
        bounded = BoundedStream(inner, limit)
        stream = io.BufferedReader(bounded, buffer_size=_CHUNK)
        try:
            yield from _records(path, stream, max_bytes, article_id, lambda: bounded.truncated)
        except _Overflow:
            raise InputError(
                str(path), "archive too large once decompressed", f"limit {limit:,} bytes ({MAX_RATIO}x its size)"
            ) from None


def _charset(ctype: str) -> str | None:
    return ctype.split("charset=", 1)[1].split(";")[0].strip(" \"'") or None if "charset=" in ctype else None


def _quietly(call: Callable[[], T]) -> tuple[T, str]:
    """Run `call`, capturing what warcio writes straight to stderr (warnings with raw bytes, over lines)."""
    captured = io.StringIO()
    with redirect_stderr(captured):
        result = call()
    return result, captured.getvalue().strip()


def _records(
    path: Path, stream: BinaryIO, max_bytes: int, article_id: str, truncated: Callable[[], bool]
) -> Iterator[RawArticle | InputError]:
    found = seen = 0
    try:
        records = iter(_archive(stream))
        while True:
            record, noise = _quietly(lambda: next(records, None))
            if noise:
                yield InputError(str(path), "malformed WARC record", f"after record {seen}: {noise}")
            if record is None:
                break
            seen += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in ctype:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or None
            found += 1
            shown = url if url is None or len(url) <= MAX_URL_SHOWN else url[:MAX_URL_SHOWN] + "…"
            source = f"{path} record {found}" + (f" ({shown})" if shown else "")
            try:
                payload, noise = _quietly(lambda: record.content_stream().read(max_bytes + 1))  # noqa: B023
            except (OSError, EOFError, zlib.error, ValueError) as exc:  # a broken Content-Encoding or chunking
                yield InputError(source, "unreadable record payload", f"{type(exc).__name__}: {exc}")
                continue
            if noise:
                yield InputError(source, "unreadable record payload", noise)
                continue
            while record.raw_stream.read(_CHUNK):
                pass
            if getattr(record.raw_stream, "limit", 0) > 0:
                raise InputError(source, "truncated archive", "the file ends inside this record")
            if len(payload) > max_bytes:
                yield InputError(source, "record too large", f"limit {max_bytes:,} bytes")
                continue
            try:
                checked_url(url, source)
                if not payload.strip() or looks_binary(payload):
                    raise InputError(source, "empty or binary HTML payload")
                html = decode(payload, source, declared=_charset(ctype))
            except InputError as exc:
                yield exc
                continue
            yield RawArticle(id=f"{article_id}-{found}", path=str(path), body=html, kind="html", format="warc", url=url)
    except ArchiveLoadFailed as exc:
        raise InputError(str(path), "not a valid WARC archive", str(exc)) from None
    except (OSError, EOFError, ValueError) as exc:
        raise InputError(str(path), "not a valid WARC archive", f"{type(exc).__name__}: {exc}") from None
    if truncated():
        raise InputError(str(path), "truncated archive", "the gzip data ends inside a member")
    if not found:
        raise InputError(str(path), "WARC archive holds no HTML response records")
