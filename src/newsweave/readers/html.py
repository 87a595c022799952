"""HTML pages: one file, one article; trafilatura does the extraction in the cleaning stage."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from newsweave.errors import InputError
from newsweave.model import RawArticle
from newsweave.readers.decode import decode

_TAG = re.compile(r"<\s*(html|head|body|div|p|article|title|meta|span|h[1-6])\b", re.I)


def read_html(path: Path, data: bytes, article_id: str) -> Iterator[RawArticle]:
    text = decode(data, str(path))
    if not _TAG.search(text[:100_000]):
        raise InputError(str(path), "malformed HTML (no HTML elements found)")
    yield RawArticle(id=article_id, path=str(path), body=text, kind="html", format="html")
