"""RSS and Atom feed files: every entry with a body is an article (full content preferred to summary)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import feedparser

from newsweave.errors import InputError
from newsweave.model import RawArticle
from newsweave.readers.decode import decode


def read_feed(path: Path, data: bytes, article_id: str) -> Iterator[RawArticle]:
    text = decode(data, str(path))
    parsed = feedparser.parse(text)
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "not a feed")()
        raise InputError(str(path), f"malformed feed ({reason})")
    if not parsed.entries:
        raise InputError(str(path), "feed has no entries")
    site = parsed.feed.get("title")
    yielded = 0
    for number, entry in enumerate(parsed.entries, start=1):
        contents = entry.get("content") or []
        body = contents[0].get("value") if contents else entry.get("summary", "")
        if not body or not body.strip():
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        yield RawArticle(
            id=f"{article_id}-{number}",
            path=str(path),
            body=body,
            kind="html" if "<" in body and ">" in body else "text",
            format="feed",
            url=entry.get("link"),
            title=entry.get("title"),
            site=site,
            author=entry.get("author"),
            published=time.strftime("%Y-%m-%d", stamp) if stamp else None,
        )
        yielded += 1
    if not yielded:
        problem = "malformed feed" if parsed.bozo else "feed"
        raise InputError(str(path), f"{problem}: no entry has any text")
