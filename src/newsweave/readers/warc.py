"""WARC / WARC.gz archives (as Common Crawl's CC-NEWS): every HTML response record is an article.

Archives are streamed record by record (they run to gigabytes), so the size limit applies per record.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsweave.errors import InputError
from newsweave.model import RawArticle
from newsweave.readers.decode import decode, looks_binary


def read_warc(path: Path, max_bytes: int, article_id: str) -> Iterator[RawArticle | InputError]:
    """Stream the records; a record that cannot be decoded is reported and skipped."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise InputError(str(path), f"cannot open ({exc.strerror or exc})") from None
    with stream:
        yield from _records(path, stream, max_bytes, article_id)


def _records(path: Path, stream: BinaryIO, max_bytes: int, article_id: str) -> Iterator[RawArticle | InputError]:
    found = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in ctype:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            found += 1
            source = f"{path} record {found} ({url})"
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                yield InputError(source, f"record too large (limit {max_bytes:,} bytes)")
                continue
            charset = ctype.split("charset=", 1)[1].split(";")[0].strip() if "charset=" in ctype else None
            try:
                if not payload.strip() or looks_binary(payload):
                    raise InputError(source, "empty or binary HTML payload")
                html = decode(payload, source, declared=charset)
            except InputError as exc:
                yield exc
                continue
            yield RawArticle(id=f"{article_id}-{found}", path=str(path), body=html, kind="html", format="warc", url=url)
    except (ArchiveLoadFailed, OSError, EOFError) as exc:
        raise InputError(str(path), f"not a valid WARC archive ({exc})") from None
    if not found:
        raise InputError(str(path), "WARC archive holds no HTML response records")
