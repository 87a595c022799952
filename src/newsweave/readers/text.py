"""Plain-text articles: one file, one article; cleaning finds title, dateline and boilerplate later."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsweave.model import RawArticle
from newsweave.readers.decode import decode


def read_text(path: Path, data: bytes, article_id: str) -> Iterator[RawArticle]:
    yield RawArticle(id=article_id, path=str(path), body=decode(data, str(path)), kind="text", format="text")
